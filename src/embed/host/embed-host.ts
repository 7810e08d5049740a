// /embed.js: the standalone script a partner page loads next to its embeds.
// No React and no dependencies (at most 2 KB gzip, checked by npm test); it is
// bundled on its own by tools/embed/embed-vite-plugin.ts.
import { createHost, type BroadsheetHost } from './create-host.ts';

declare global {
  interface Window {
    broadsheetEmbed?: BroadsheetHost;
  }
}

// window.broadsheetEmbed cannot be trusted to be ours: any element with
// id="broadsheetEmbed" (or name=) on the partner page shows up there through
// named access, and a page's markup may come from its users. No markup can
// name a symbol, so the running host is found through one.
const HOST_KEY: unique symbol = Symbol.for('broadsheet.embedHost');
const win = window as Window & { [HOST_KEY]?: BroadsheetHost };

// Every snippet carries the script tag, so a page with two embeds runs it
// twice: the second run only upgrades what the first has not seen.
const host = (win[HOST_KEY] ??= createHost(window));
// An own property shadows the named element, so the documented API works too.
window.broadsheetEmbed = host;
host.upgrade();
// An async script may run while the page is still arriving: look again once it has.
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => {
    host.upgrade();
  });
}
