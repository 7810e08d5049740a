/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The sample article, opened by `npm start` when there is a desktop to open it on.
const SAMPLE_PATH = '/articles/kazakhstan-russian-troops-withdrawal';
const canOpenBrowser =
  process.env.CI === undefined &&
  (process.platform !== 'linux' ||
    process.env.DISPLAY !== undefined ||
    process.env.WAYLAND_DISPLAY !== undefined);

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.BROADSHEET_OUT_DIR ?? 'dist',
    target: 'es2022',
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
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
});
