// The comments under load: 5,000 comments on the sample article (4,000
// threads, 1,000 replies), kept in localStorage the way Broadsheet keeps them.
// Each run opens the article in a fresh browser context, scrolls to the
// comments, and times from the moment the page asks for them (the
// `broadsheet:comments-requested` mark) to the first frame painted with the
// list in it. "Render" runs have the comments' code already loaded, as it is
// once the reader has scrolled near; "first visit" runs load it too. Prints
// medians, the longest main-thread task meanwhile, and how many DOM nodes the
// section holds. Expects a build in BROADSHEET_OUT_DIR (default dist); builds
// nothing itself.
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { commentsKey, type StoredComment } from '../../src/engagement/store/stored-comments.ts';
import { HOW_TO_GET_CHROMIUM, findChromium } from '../find-chromium.mjs';
import { median } from './median.ts';

const SAMPLE = 'kazakhstan-russian-troops-withdrawal';
const COMMENTS = 5000;
const REPLIES = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FIRST_PORT = 4391;
const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';
const NUMBER = new Intl.NumberFormat('en');

const SENTENCES = [
  'The withdrawal timetable seems ambitious given how the deployment began.',
  'I lived in Almaty for six years and the mood there was nothing like this.',
  'Worth reading alongside the earlier coverage: https://example.com/background.',
  'Ten days is a long time in politics, and longer still for the people on the streets.',
  'Who decides what counts as the goal being fulfilled?',
  'Good reporting.\nThe numbers box was especially useful.',
];

function seededComments(now: number): StoredComment[] {
  const comments: StoredComment[] = [];
  const threads = COMMENTS - REPLIES;
  for (let index = 0; index < COMMENTS; index += 1) {
    const isReply = index >= threads;
    const body = [0, 1, 2]
      .map((offset) => SENTENCES[(index + offset * 7) % SENTENCES.length] ?? '')
      .slice(0, 1 + (index % 3))
      .join(' ');
    comments.push({
      id: `bench-${String(index)}`,
      articleId: SAMPLE,
      // Replies go to the newest threads, which the page shows first.
      parentId: isReply ? `bench-${String(threads - 1 - ((index - threads) % 50))}` : null,
      authorName: `Reader ${String(index % 700)}`,
      body,
      createdAt: now - (COMMENTS - index) * 30_000,
      editedAt: index % 40 === 0 ? now - (COMMENTS - index) * 30_000 + 60_000 : null,
      deletedAt: null,
      authorToken: null,
    });
  }
  return comments;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => {
        resolve(false);
      })
      .once('listening', () => {
        probe.close(() => {
          resolve(true);
        });
      })
      .listen(port, 'localhost');
  });
}

async function freePort(): Promise<number> {
  for (let port = FIRST_PORT; port < FIRST_PORT + 50; port += 1)
    if (await isFree(port)) return port;
  throw new Error(`no free port from ${String(FIRST_PORT)}`);
}

interface Run {
  renderMs: number;
  longestTaskMs: number;
  sectionNodes: number;
  pageNodes: number;
  shown: number;
}

/** The built chunk holding the comments' code, as the page imports it. */
function commentsChunk(): string {
  const name = readdirSync(`${outDir}/assets`).find(
    (file) => file.startsWith('CommentsSection-') && file.endsWith('.js'),
  );
  if (name === undefined) throw new Error(`no CommentsSection chunk in ${outDir}/assets`);
  return `/assets/${name}`;
}

async function measureOnce(
  browser: Browser,
  origin: string,
  stored: string,
  preload: string | null,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Notes when the first comment enters the DOM, and when the frame after it is painted.
  await page.addInitScript(() => {
    const marks = window as unknown as { paintedAt?: number; longestTask?: number };
    marks.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        marks.longestTask = Math.max(marks.longestTask ?? 0, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    const observer = new MutationObserver(() => {
      if (document.querySelector('.comment') === null) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        setTimeout(() => {
          marks.paintedAt = performance.now();
        }, 0);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.route('/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto(`${origin}/schema/article-v1.json`);
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [commentsKey(SAMPLE), stored] as const,
  );
  await page.goto(`${origin}/articles/${SAMPLE}`);
  await page
    .getByRole('link', { name: `${NUMBER.format(COMMENTS)} comments in this browser` })
    .waitFor();
  if (preload !== null)
    await page.evaluate(async (url) => {
      await import(/* @vite-ignore */ url);
    }, preload);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    (window as unknown as { longestTask: number }).longestTask = 0;
    document.getElementById('comments')?.scrollIntoView();
  });
  await page.waitForFunction(
    () => (window as { paintedAt?: number }).paintedAt !== undefined,
    null,
    {
      timeout: 30_000,
    },
  );
  const run = await page.evaluate(() => {
    const marks = window as unknown as { paintedAt: number; longestTask: number };
    const requested = performance.getEntriesByName('broadsheet:comments-requested')[0];
    return {
      renderMs: marks.paintedAt - (requested?.startTime ?? Number.NaN),
      longestTaskMs: marks.longestTask,
      sectionNodes: document.querySelectorAll('#comments *').length,
      pageNodes: document.getElementsByTagName('*').length,
      shown: document.querySelectorAll('.comment').length,
    };
  });
  await context.close();
  return run;
}

const executablePath = findChromium();
if (executablePath === undefined) throw new Error(HOW_TO_GET_CHROMIUM);
const port = await freePort();
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { port, strictPort: true, host: 'localhost', open: false },
});
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const stored = JSON.stringify(seededComments(Date.now()));
  const origin = `http://localhost:${String(port)}`;
  const chunk = commentsChunk();
  const warm: Run[] = [];
  const cold: Run[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    warm.push(await measureOnce(browser, origin, stored, chunk));
    cold.push(await measureOnce(browser, origin, stored, null));
  }
  const last = warm[warm.length - 1];
  const ms = (runs: Run[], pick: (run: Run) => number) =>
    String(Math.round(median(runs.map(pick))));
  const megabytes = (stored.length / 1024 / 1024).toFixed(1);
  console.log(
    `comments: ${NUMBER.format(COMMENTS)} comments, median render ${ms(warm, (run) => run.renderMs)} ms over ${String(RUNS)} runs, ${NUMBER.format(last?.sectionNodes ?? 0)} DOM nodes`,
  );
  console.log(
    `comments: (${megabytes} MB in localStorage; ${String(last?.shown ?? 0)} comments shown until "Show more"; ${NUMBER.format(last?.pageNodes ?? 0)} DOM nodes on the whole page; longest main-thread task ${ms(warm, (run) => run.longestTaskMs)} ms; runs: ${warm.map((run) => String(Math.round(run.renderMs))).join(', ')} ms)`,
  );
  console.log(
    `comments: first visit, code loading included: median ${ms(cold, (run) => run.renderMs)} ms from scrolling near to painted, longest main-thread task ${ms(cold, (run) => run.longestTaskMs)} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
