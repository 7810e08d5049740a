// What an embed can be asked for, and how the asking is written in its
// address. Parsing an address is parse-embed-options.ts; this half has no
// valibot, so the Embed dialog's chunk does not pull the validator apart
// from the main bundle.
import type { EmbedTheme } from '../protocol/embed-messages.ts';

export interface EmbedOptions {
  /** `auto` follows the host's set-theme messages, else prefers-color-scheme. */
  theme: EmbedTheme;
  comments: boolean;
  /** Show the lead figure. */
  lead: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'auto', comments: false, lead: true };

/** The query string of an embed with these options, every option spelled out so a partner can edit it. */
export function embedOptionsQuery(options: EmbedOptions): string {
  return new URLSearchParams({
    theme: options.theme,
    comments: options.comments ? '1' : '0',
    lead: options.lead ? '1' : '0',
  }).toString();
}
