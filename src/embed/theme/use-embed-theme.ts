import { useEffect, useLayoutEffect, useState } from 'react';
import { parseSetThemeMessage } from '../protocol/embed-message-schema.ts';
import type { EmbedTheme } from '../protocol/embed-messages.ts';

/**
 * The stylesheet reads `data-theme` on the root element; without it the
 * reader's prefers-color-scheme decides, which is what `auto` means.
 */
export function applyTheme(root: HTMLElement, theme: EmbedTheme) {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** True when `event` is a message from the page that frames this one. */
export function isFromParent(event: MessageEvent, win: Window = window): boolean {
  return win.parent !== win && event.source !== null && event.source === win.parent;
}

/**
 * The theme the query string asked for, until the framing page sends its own
 * (a host with a dark-mode toggle). Messages from any other window, or of any
 * other shape, are ignored.
 */
export function useEmbedTheme(initial: EmbedTheme) {
  const [theme, setTheme] = useState(initial);

  useEffect(() => {
    function handleMessage(event: MessageEvent) {
      if (!isFromParent(event)) return;
      const message = parseSetThemeMessage(event.data);
      if (message !== undefined) setTheme(message.theme);
    }
    window.addEventListener('message', handleMessage);
    return () => {
      window.removeEventListener('message', handleMessage);
    };
  }, []);

  // Before paint, so a dark embed never flashes light.
  useLayoutEffect(() => {
    const root = document.documentElement;
    applyTheme(root, theme);
    return () => {
      applyTheme(root, 'auto');
    };
  }, [theme]);
}
