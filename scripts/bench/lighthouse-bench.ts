// Lighthouse 12 (mobile settings: Moto G Power emulation, simulated slow 4G
// and 4x CPU slowdown) on the built app's sample article and on a plain static
// HTML page of the same story, three runs each, medians printed as a table.
// Then the returning reader: the app again with the browser's cache, storage
// and service worker kept from an earlier visit (a "repeat view"), where the
// scripts come with V8's code cache and cost a fraction to start.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureChromium } from '../find-chromium.mjs';
import { staticArticlePage } from './static-page.tsx';
import { median } from './median.ts';
import { startPreview } from './start-preview.ts';

const SAMPLE = 'kazakhstan-russian-troops-withdrawal';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const APP_PORT = 4392;
const STATIC_PORT = 4393;
const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';

interface Figures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

function startStaticServer(html: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
      return;
    }
    if (request.url === '/favicon.ico') {
      void readFile(path.join(outDir, 'favicon.svg')).then((svg) => {
        response.writeHead(200, { 'content-type': 'image/svg+xml' });
        response.end(svg);
      });
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(STATIC_PORT, 'localhost', () => {
      resolve(server);
    }),
  );
}

async function measure(url: string, chromePort: number, repeatView = false): Promise<Figures> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // A repeat view keeps what the previous visit left: HTTP cache, code cache, service worker.
    disableStorageReset: repeatView,
  });
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError !== undefined) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
  };
}

function medians(runs: Figures[]): Figures {
  const pick = (key: keyof Figures) => median(runs.map((run) => run[key]));
  return {
    score: pick('score'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    bytes: pick('bytes'),
  };
}

interface Results {
  app: Figures;
  plain: Figures;
  repeat: Figures;
}

export async function lighthouseBench(): Promise<Results> {
  const chromePath = ensureChromium();
  mkdirSync('.bench', { recursive: true });
  const html = staticArticlePage(`public/articles/${SAMPLE}.json`);
  writeFileSync('.bench/static-sample.html', html);
  const preview = await startPreview(APP_PORT, outDir);
  const staticServer = await startStaticServer(html);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const targets = {
      app: `http://localhost:${String(APP_PORT)}/articles/${SAMPLE}`,
      plain: `http://localhost:${String(STATIC_PORT)}/`,
    };
    const runs: Record<'app' | 'plain', Figures[]> = { app: [], plain: [] };
    for (let run = 1; run <= RUNS; run += 1) {
      for (const key of ['app', 'plain'] as const) {
        const figures = await measure(targets[key], chrome.port);
        runs[key].push(figures);
        console.error(
          `  lighthouse run ${String(run)}/${String(RUNS)} ${key}: score ${String(figures.score)}, LCP ${figures.lcp.toFixed(0)} ms`,
        );
      }
    }
    // Two runs only warm up: the first visit with storage kept, then one more
    // so that V8 has written its code cache for the scripts.
    await measure(targets.app, chrome.port, true);
    await measure(targets.app, chrome.port, true);
    const repeat: Figures[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const figures = await measure(targets.app, chrome.port, true);
      repeat.push(figures);
      console.error(
        `  lighthouse run ${String(run)}/${String(RUNS)} app, repeat view: score ${String(figures.score)}, TBT ${figures.tbt.toFixed(0)} ms`,
      );
    }
    return { app: medians(runs.app), plain: medians(runs.plain), repeat: medians(repeat) };
  } finally {
    chrome.kill();
    staticServer.close();
    if (preview.pid !== undefined) process.kill(-preview.pid);
  }
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

export function formatLighthouseTable({ app, plain, repeat }: Results): string {
  const row = (name: string, f: Figures) =>
    `| ${name} | ${String(f.score)} | ${f.fcp.toFixed(0)} ms | ${f.lcp.toFixed(0)} ms | ${f.tbt.toFixed(0)} ms | ${f.cls.toFixed(3)} | ${(f.bytes / 1024).toFixed(1)} KB |`;
  return [
    `Lighthouse 12.2.3, mobile settings, median of ${String(RUNS)} runs`,
    '| page | score | FCP | LCP | TBT | CLS | bytes |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('Broadsheet sample article', app),
    row('plain static HTML page', plain),
    row('Broadsheet sample article, repeat view', repeat),
    `LCP ratio (Broadsheet / static): ${(app.lcp / plain.lcp).toFixed(2)} (target ≤ 1.15)`,
    `targets on a first visit: score ≥ 98 ${verdict(app.score >= 98)}, LCP ratio ≤ 1.15 ${verdict(app.lcp / plain.lcp <= 1.15)}, TBT ≤ 50 ms ${verdict(app.tbt <= 50)}, CLS ≤ 0.01 ${verdict(app.cls <= 0.01)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const figures = await lighthouseBench();
  console.log(formatLighthouseTable(figures));
}
