// The protocol's message shapes as valibot schemas: what the embed checks
// every message against before acting on it. The host script cannot afford
// valibot and hand-checks the same shapes (host/is-resize-message.ts); both
// run against the same fixtures (message-fixtures.ts) so they cannot drift.
import * as v from 'valibot';
import {
  EMBED_ID_PATTERN,
  EMBED_THEMES,
  MAX_EMBED_HEIGHT,
  RESIZE_MESSAGE,
  SET_THEME_MESSAGE,
} from './embed-messages.ts';

export const embedIdSchema = v.pipe(v.string(), v.regex(EMBED_ID_PATTERN));

export const resizeMessageSchema = v.object({
  type: v.literal(RESIZE_MESSAGE),
  id: embedIdSchema,
  height: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_EMBED_HEIGHT)),
});

export const setThemeMessageSchema = v.object({
  type: v.literal(SET_THEME_MESSAGE),
  theme: v.picklist(EMBED_THEMES),
});

export type ResizeMessage = v.InferOutput<typeof resizeMessageSchema>;
export type SetThemeMessage = v.InferOutput<typeof setThemeMessageSchema>;

/** The host's instruction carried by `data`, or undefined when it is not one. */
export function parseSetThemeMessage(data: unknown): SetThemeMessage | undefined {
  const result = v.safeParse(setThemeMessageSchema, data);
  return result.success ? result.output : undefined;
}

export function parseResizeMessage(data: unknown): ResizeMessage | undefined {
  const result = v.safeParse(resizeMessageSchema, data);
  return result.success ? result.output : undefined;
}
