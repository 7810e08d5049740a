// Messages that both validators (valibot on the embed side, the hand-written
// one in the host script) must judge alike. Each test file loops over these.
import { MAX_EMBED_HEIGHT, RESIZE_MESSAGE, SET_THEME_MESSAGE } from './embed-messages.ts';

export const validResizeMessages: readonly unknown[] = [
  { type: RESIZE_MESSAGE, id: 'kazakhstan-russian-troops-withdrawal', height: 1843 },
  { type: RESIZE_MESSAGE, id: 'a', height: 0 },
  { type: RESIZE_MESSAGE, id: 'Side_Bar-2', height: MAX_EMBED_HEIGHT },
  // Fields a later version may add are ignored, not refused.
  { type: RESIZE_MESSAGE, id: 'story', height: 600, width: 320 },
];

export const invalidResizeMessages: readonly unknown[] = [
  null,
  undefined,
  'broadsheet:resize',
  42,
  [RESIZE_MESSAGE, 'story', 600],
  {},
  { type: 'broadsheet:resize ', id: 'story', height: 600 },
  { type: 'iframe-resizer:resize', id: 'story', height: 600 },
  { type: SET_THEME_MESSAGE, id: 'story', height: 600 },
  { type: RESIZE_MESSAGE, height: 600 },
  { type: RESIZE_MESSAGE, id: 'story' },
  { type: RESIZE_MESSAGE, id: '', height: 600 },
  { type: RESIZE_MESSAGE, id: 'has space', height: 600 },
  { type: RESIZE_MESSAGE, id: '<img src=x>', height: 600 },
  { type: RESIZE_MESSAGE, id: 'x'.repeat(81), height: 600 },
  { type: RESIZE_MESSAGE, id: 7, height: 600 },
  { type: RESIZE_MESSAGE, id: 'story', height: '600' },
  { type: RESIZE_MESSAGE, id: 'story', height: '600px' },
  { type: RESIZE_MESSAGE, id: 'story', height: -1 },
  { type: RESIZE_MESSAGE, id: 'story', height: 600.5 },
  { type: RESIZE_MESSAGE, id: 'story', height: Number.NaN, note: 'NaN' },
  { type: RESIZE_MESSAGE, id: 'story', height: Number.POSITIVE_INFINITY, note: 'Infinity' },
  { type: RESIZE_MESSAGE, id: 'story', height: MAX_EMBED_HEIGHT + 1 },
  { type: RESIZE_MESSAGE, id: 'story', height: null },
];

export const validSetThemeMessages: readonly unknown[] = [
  { type: SET_THEME_MESSAGE, theme: 'light' },
  { type: SET_THEME_MESSAGE, theme: 'dark' },
  { type: SET_THEME_MESSAGE, theme: 'auto' },
];

export const invalidSetThemeMessages: readonly unknown[] = [
  null,
  'dark',
  { type: SET_THEME_MESSAGE },
  { type: SET_THEME_MESSAGE, theme: 'Dark' },
  { type: SET_THEME_MESSAGE, theme: 'sepia' },
  { type: SET_THEME_MESSAGE, theme: ['dark'] },
  { type: RESIZE_MESSAGE, theme: 'dark' },
  { type: 'set-theme', theme: 'dark' },
];

/** A fixture's name in a test title; JSON.stringify would print NaN and Infinity as null. */
export function describeMessage(message: unknown): string {
  // JSON.stringify(undefined) is undefined, whatever its type says.
  return typeof message === 'number' || message === undefined
    ? String(message)
    : JSON.stringify(message);
}
