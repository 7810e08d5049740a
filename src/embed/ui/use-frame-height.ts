import { useEffect, useState, type RefObject } from 'react';
import { isResizeMessage } from '../host/is-resize-message.ts';

/**
 * The height an embed in this page reports, checked exactly as the host
 * script checks it: from that frame's window, from its origin, of the right shape.
 */
export function useFrameHeight(
  ref: RefObject<HTMLIFrameElement | null>,
  origin: string,
  initial: number,
): number {
  const [height, setHeight] = useState(initial);
  useEffect(() => {
    function handleMessage(event: MessageEvent) {
      const frame = ref.current?.contentWindow;
      if (frame == null || event.source !== frame || event.origin !== origin) return;
      if (isResizeMessage(event.data)) setHeight(event.data.height);
    }
    window.addEventListener('message', handleMessage);
    return () => {
      window.removeEventListener('message', handleMessage);
    };
  }, [ref, origin]);
  return height;
}
