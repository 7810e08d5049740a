import { defineConfig, devices } from '@playwright/test';
import { HOW_TO_GET_CHROMIUM, findChromium } from './scripts/find-chromium.mjs';

const executablePath = findChromium();
if (executablePath === undefined) throw new Error(HOW_TO_GET_CHROMIUM);

// Tests run against the production build served by `vite preview`, the same
// thing `npm start` serves. A separate port keeps a running `npm start` free.
const port = Number(process.env.E2E_PORT ?? 4317);
const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';

const launchOptions = {
  executablePath,
  // Flags from this machine's notes: without them Chromium tries to reach
  // Google's services at start and floods a closed network with refusals.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${String(port)}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, launchOptions },
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${String(port)} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${String(port)}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { CI: '1' },
  },
});
