import { useEffect, type RefObject } from 'react';
import { RESIZE_MESSAGE } from '../protocol/embed-messages.ts';
import type { ResizeMessage } from '../protocol/embed-message-schema.ts';
import { observeHeight } from './observe-height.ts';

/**
 * Tells the framing page how tall the content is, whenever that changes.
 * The target origin is "*": a height is no secret, and the host may be any
 * site that frame-ancestors lets frame us. The host checks who sent it.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, id: string) {
  useEffect(() => {
    const element = ref.current;
    if (element === null || window.parent === window) return;
    return observeHeight(element, (height) => {
      const message: ResizeMessage = { type: RESIZE_MESSAGE, id, height };
      window.parent.postMessage(message, '*');
    });
  }, [ref, id]);
}
