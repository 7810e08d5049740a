// The host script's behaviour, as a function of the page it runs in so it can
// be tested in jsdom; embed-host.ts is the entry that installs it.
import { EMBED_THEMES, SET_THEME_MESSAGE, type EmbedTheme } from '../protocol/embed-messages.ts';
import { expectedOrigin, frameSrcForLink } from './frame-checks.ts';
import { isResizeMessage } from './is-resize-message.ts';

export interface BroadsheetHost {
  /** Upgrades embeds added after the page loaded (e.g. by a single-page app). */
  upgrade: (root?: ParentNode) => void;
  /** Switches every embed on the page to the host's theme. */
  setTheme: (theme: EmbedTheme) => void;
}

export const FRAME_SELECTOR = 'iframe[data-broadsheet]';
export const LINK_SELECTOR = 'a.broadsheet-embed';
const PLACEHOLDER_HEIGHT = '600';

export function createHost(win: Window): BroadsheetHost {
  const doc = win.document;
  const frames = new Set<HTMLIFrameElement>();
  let theme: EmbedTheme | undefined;

  function sendTheme(iframe: HTMLIFrameElement) {
    const origin = expectedOrigin(iframe);
    if (theme === undefined || origin === '') return;
    // An opaque origin cannot be named as a target; the recipient is still only this frame.
    iframe.contentWindow?.postMessage(
      { type: SET_THEME_MESSAGE, theme },
      origin === 'null' ? '*' : origin,
    );
  }

  function upgradeLink(link: HTMLAnchorElement) {
    const src = frameSrcForLink(link.href, link.dataset);
    if (src === undefined) return;
    const iframe = doc.createElement('iframe');
    iframe.setAttribute('data-broadsheet', '');
    iframe.src = src;
    iframe.title = link.textContent.trim() || 'Broadsheet story';
    iframe.height = link.dataset.height ?? PLACEHOLDER_HEIGHT;
    iframe.loading = 'lazy';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    link.replaceWith(iframe);
  }

  function upgrade(root: ParentNode = doc) {
    root.querySelectorAll<HTMLAnchorElement>(LINK_SELECTOR).forEach(upgradeLink);
    root.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR).forEach((iframe) => {
      frames.add(iframe);
    });
  }

  win.addEventListener('message', (event) => {
    for (const iframe of frames) {
      if (!iframe.isConnected) {
        frames.delete(iframe);
        continue;
      }
      if (event.source === null || event.source !== iframe.contentWindow) continue;
      if (event.origin !== expectedOrigin(iframe) || !isResizeMessage(event.data)) return;
      iframe.style.height = `${String(event.data.height)}px`;
      // The embed speaks first once it is ready, and again after a reload: a
      // theme sent before then would have been lost, so repeat it now.
      sendTheme(iframe);
      return;
    }
  });

  return {
    upgrade,
    setTheme(next) {
      if (!EMBED_THEMES.includes(next)) return;
      theme = next;
      frames.forEach(sendTheme);
    },
  };
}
