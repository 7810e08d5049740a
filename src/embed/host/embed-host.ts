// /embed.js: the standalone script a partner page loads next to its embeds.
// No React and no dependencies (at most 2 KB gzip, checked by npm test); it is
// bundled on its own by tools/embed/embed-vite-plugin.ts.
import { createHost, type BroadsheetHost } from './create-host.ts';

declare global {
  interface Window {
    broadsheetEmbed?: BroadsheetHost;
  }
}

// Every snippet carries the script tag, so a page with two embeds runs it
// twice: the second run only upgrades what the first has not seen.
const host = (window.broadsheetEmbed ??= createHost(window));
host.upgrade();
// An async script may run while the page is still arriving: look again once it has.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => {
    host.upgrade();
  });
}
