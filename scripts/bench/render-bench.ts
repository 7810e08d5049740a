// Render time of a 10,000-word article in the real app, in Chromium: from the
// moment its JSON has arrived to the moment its last paragraph is in the DOM
// (so it covers parsing, validation and React's render and commit).
import { chromium } from '@playwright/test';
import { ensureChromium } from '../find-chromium.mjs';
import { syntheticArticle } from './synthetic-article.ts';
import { median } from './median.ts';
import { startPreview } from './start-preview.ts';

const PORT = 4394;
const RUNS = 7;
const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';

export async function renderBench(): Promise<{
  medianMs: number;
  paragraphs: number;
  domNodes: number;
}> {
  const executablePath = ensureChromium();
  const article = syntheticArticle();
  const json = JSON.stringify(article);
  const paragraphs = (article.body as { type: string }[]).filter(
    (block) => block.type === 'paragraph',
  ).length;
  const preview = await startPreview(PORT, outDir);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const times: number[] = [];
    let domNodes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.route(
        (url) => url.pathname === '/bench/synthetic.json',
        (route) => route.fulfill({ contentType: 'application/json', body: json }),
      );
      await page.addInitScript((expected: number) => {
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll('.article-body > p').length >= expected) {
            (window as unknown as { renderedAt: number }).renderedAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      }, paragraphs);
      await page.goto(`http://localhost:${String(PORT)}/read?src=/bench/synthetic.json`);
      await page.waitForFunction(() => 'renderedAt' in window);
      const elapsed = await page.evaluate(() => {
        const entry = performance
          .getEntriesByType('resource')
          .find((e) => e.name.endsWith('/bench/synthetic.json')) as PerformanceResourceTiming;
        return (window as unknown as { renderedAt: number }).renderedAt - entry.responseEnd;
      });
      times.push(elapsed);
      domNodes = await page.evaluate(() => document.querySelectorAll('*').length);
      await page.close();
    }
    return { medianMs: median(times), paragraphs, domNodes };
  } finally {
    await browser.close();
    if (preview.pid !== undefined) process.kill(-preview.pid);
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { medianMs, paragraphs, domNodes } = await renderBench();
  console.log(
    `render: 10,000-word article (${String(paragraphs)} paragraphs), median ${medianMs.toFixed(1)} ms from JSON arrival to last paragraph in the DOM over ${String(RUNS)} runs, ${String(domNodes)} DOM nodes (target ≤ 100 ms)`,
  );
}
