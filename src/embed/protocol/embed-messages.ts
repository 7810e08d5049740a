// The message protocol between an embedded story and the page that frames it.
// Both sides import these names from here: the embed (React, validated with
// valibot) and the standalone host script /embed.js (hand-validated, because
// it must stay tiny). docs/embed.md documents them for people who write their
// own host code; change them here and the docs in the same commit.

/** Embed -> host: the story's content height changed. `{ type, id, height }` */
export const RESIZE_MESSAGE = 'broadsheet:resize';

/** Host -> embed: follow the host page's theme. `{ type, theme }` */
export const SET_THEME_MESSAGE = 'broadsheet:set-theme';

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/**
 * No story is taller than this many CSS pixels; a larger figure is a bug or
 * an attack (a frame stretched to hide the host page), so both sides refuse it.
 */
export const MAX_EMBED_HEIGHT = 100_000;

/** An embed's id: what the host gave in the `id` query option, or the article's slug. */
export const EMBED_ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;
