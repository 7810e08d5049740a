// Registers the service worker that lets a reader reopen articles offline.
// Never inside an embed: a partner's page should not get a worker installed
// on its readers' browsers by an iframe, and framed contexts often cannot
// keep one anyway.

export function shouldRegisterServiceWorker(
  location: Pick<Location, 'pathname'>,
  framed: boolean,
): boolean {
  return !framed && !location.pathname.startsWith('/embed/');
}

function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    // Reading window.top across origins throws: that is a frame too.
    return true;
  }
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!shouldRegisterServiceWorker(window.location, isFramed())) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('Broadsheet: offline reading is unavailable', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
