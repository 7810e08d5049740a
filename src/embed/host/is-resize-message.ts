// The host script's check of a resize message. It is the same shape as
// resizeMessageSchema (protocol/embed-message-schema.ts), written by hand
// because valibot would triple /embed.js; the shared fixtures keep the two
// in agreement.
import { EMBED_ID_PATTERN, MAX_EMBED_HEIGHT, RESIZE_MESSAGE } from '../protocol/embed-messages.ts';
import type { ResizeMessage } from '../protocol/embed-message-schema.ts';

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, height } = data as Record<string, unknown>;
  return (
    type === RESIZE_MESSAGE &&
    typeof id === 'string' &&
    EMBED_ID_PATTERN.test(id) &&
    Number.isInteger(height) &&
    (height as number) >= 0 &&
    (height as number) <= MAX_EMBED_HEIGHT
  );
}
