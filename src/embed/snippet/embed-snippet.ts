// The HTML a partner pastes into their page. It works without the host
// script (a fixed-height frame that scrolls) and gets exact sizing with it.
import { embedOptionsQuery, type EmbedOptions } from '../options/embed-options.ts';
import { HOST_SCRIPT_PATH } from './embed-url.ts';

export interface SnippetInput {
  /** The embed address without options, e.g. https://news.example/embed/articles/my-story. */
  embedUrl: URL;
  options: EmbedOptions;
  /** Names the frame for screen readers: the story's headline. */
  title: string;
  /** The frame's height before the story reports its own. */
  height: number;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** The frame's address with the options set, keeping any other parameter (the `src` of /embed/read). */
export function embedFrameUrl(embedUrl: URL, options: EmbedOptions): URL {
  const url = new URL(embedUrl.href);
  for (const [name, value] of new URLSearchParams(embedOptionsQuery(options))) {
    url.searchParams.set(name, value);
  }
  return url;
}

export function embedSnippet({ embedUrl, options, title, height }: SnippetInput): string {
  const src = embedFrameUrl(embedUrl, options).href;
  const script = new URL(HOST_SCRIPT_PATH, embedUrl.origin).href;
  return [
    `<iframe data-broadsheet src="${escapeHtml(src)}" title="${escapeHtml(title)}"`,
    ` width="100%" height="${String(Math.round(height))}" style="width:100%;border:0" loading="lazy"></iframe>`,
    `\n<script async src="${escapeHtml(script)}"></script>`,
  ].join('');
}
