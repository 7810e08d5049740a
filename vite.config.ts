/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { embedPlugin } from './tools/embed/embed-vite-plugin.ts';
import { pwaOptions } from './tools/pwa/pwa-options.ts';

// The sample article, opened by `npm start` when there is a desktop to open it on.
const SAMPLE_PATH = '/articles/kazakhstan-russian-troops-withdrawal';
const canOpenBrowser =
  process.env.CI === undefined &&
  (process.platform !== 'linux' ||
    process.env.DISPLAY !== undefined ||
    process.env.WAYLAND_DISPLAY !== undefined);
const previewPort = Number(process.env.PORT ?? 4173);

export default defineConfig(({ isSsrBuild = false }) => ({
  plugins: [
    // The service worker belongs to the browser build only, not the prerenderer's.
    isSsrBuild ? null : VitePWA(pwaOptions),
    react(),
    embedPlugin({
      // Where the site is deployed: oEmbed documents must name absolute URLs.
      siteUrl: process.env.BROADSHEET_SITE_URL ?? `http://localhost:${String(previewPort)}`,
      // Who may frame embeds: origins separated by spaces; unset means anyone.
      embedAllow: process.env.BROADSHEET_EMBED_ALLOW,
    }),
  ],
  build: {
    outDir: process.env.BROADSHEET_OUT_DIR ?? 'dist',
    target: 'es2022',
  },
  preview: {
    port: previewPort,
    strictPort: true,
    host: 'localhost',
    open: canOpenBrowser ? SAMPLE_PATH : false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
  },
}));
