// The embed's options come from the query string a partner pasted into their
// page, so they are untrusted and often hand-edited: each is validated on its
// own, and anything unknown falls back to its default instead of an error page.
import * as v from 'valibot';
import { embedIdSchema } from '../protocol/embed-message-schema.ts';
import { EMBED_THEMES } from '../protocol/embed-messages.ts';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from './embed-options.ts';

function flag(fallback: boolean) {
  return v.fallback(
    v.pipe(
      v.picklist(['0', '1']),
      v.transform((value) => value === '1'),
    ),
    fallback,
  );
}

const optionsSchema = v.object({
  theme: v.fallback(v.picklist(EMBED_THEMES), DEFAULT_EMBED_OPTIONS.theme),
  comments: flag(DEFAULT_EMBED_OPTIONS.comments),
  lead: flag(DEFAULT_EMBED_OPTIONS.lead),
});

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
  return v.parse(optionsSchema, {
    theme: params.get('theme'),
    comments: params.get('comments'),
    lead: params.get('lead'),
  });
}

/** The id the embed puts in its resize messages: the host's `id` option when valid, else the fallback. */
export function parseEmbedId(params: URLSearchParams, fallback: string): string {
  const result = v.safeParse(embedIdSchema, params.get('id'));
  if (result.success) return result.output;
  return v.is(embedIdSchema, fallback) ? fallback : 'broadsheet';
}
