import { useEffect, useRef, type RefObject } from 'react';

/**
 * When a form closes (after posting, saving or Cancel) the focused element
 * goes with it: the focus goes back to the button that opened the form, or,
 * once that is gone, to the comment. Focus the reader moved elsewhere stays.
 */
export function useReturnFocus(
  open: boolean,
  opener: RefObject<HTMLElement | null>,
  comment: RefObject<HTMLElement | null>,
) {
  const wasOpen = useRef(open);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasOpen.current && !open && lost) (opener.current ?? comment.current)?.focus();
    wasOpen.current = open;
  }, [open, opener, comment]);
}
