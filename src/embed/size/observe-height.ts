// Measures the embed's content for the size protocol. The height is the
// content's own box, never the viewport's: a frame sized to a height that
// depended on the frame (100vh, min-height: 100%) would grow without end.
import { MAX_EMBED_HEIGHT } from '../protocol/embed-messages.ts';

/**
 * The frame height that shows all of this content: rounded up, because a
 * fractional height rounded down leaves a 1 px scroll bar.
 */
export function frameHeight(contentHeight: number): number {
  if (!Number.isFinite(contentHeight) || contentHeight <= 0) return 0;
  return Math.min(MAX_EMBED_HEIGHT, Math.ceil(contentHeight));
}

/** Calls `onChange` with the element's frame height now and whenever it changes. */
export function observeHeight(element: Element, onChange: (height: number) => void): () => void {
  let last = -1;
  const measure = () => {
    const height = frameHeight(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    onChange(height);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  measure();
  return () => {
    observer.disconnect();
  };
}
