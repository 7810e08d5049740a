// The service worker and web app manifest (vite-plugin-pwa, Workbox's
// generateSW). The app shell is precached; every article a reader opens —
// its page and its JSON — is cached as it is read and served stale while a
// fresh copy is fetched, so a story read once can be read again offline.
// The app registers the worker itself (src/offline/), never inside an embed.
import type { VitePWAOptions } from 'vite-plugin-pwa';

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['favicon.svg', 'boot.js'],
  manifest: {
    name: 'Broadsheet',
    short_name: 'Broadsheet',
    description: 'News articles, read the way a good newspaper prints them.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fdfcf8',
    theme_color: '#1b1b1b',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['assets/**/*.{js,css}', 'index.html', 'favicon.svg', 'boot.js', 'icons/*.png'],
    // Client-side routes (the front page, /read, the 404) work offline from the shell.
    navigateFallback: '/index.html',
    // Prerendered article pages and embeds are not the shell: they are cached as read.
    navigateFallbackDenylist: [/^\/articles\//, /^\/embed\//, /^\/oembed\//, /^\/schema\//],
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, request }) =>
          url.pathname.startsWith('/articles/') &&
          (request.mode === 'navigate' || url.pathname.endsWith('.json')),
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: 'broadsheet-articles',
          expiration: { maxEntries: 200, maxAgeSeconds: 60 * 60 * 24 * 30 },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        urlPattern: ({ url, request }) =>
          url.origin === self.location.origin && request.destination === 'image',
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: 'broadsheet-images',
          expiration: { maxEntries: 100, maxAgeSeconds: 60 * 60 * 24 * 30 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
};
