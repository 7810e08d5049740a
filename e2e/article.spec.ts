import {
  SAMPLE_PATH,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  saveScreenshot,
  test,
} from './fixtures.ts';

test.describe('the sample article', () => {
  test('renders headline, byline, caption, quotes and the numbers', async ({ page }) => {
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kazakhstan says Russian troops can start leaving this week',
    );
    await expect(page).toHaveTitle(/Kazakhstan says Russian troops/);
    await expect(page.locator('.byline')).toContainText('By Valerie Hopkins and Ivan Nechepurenko');
    await expect(page.locator('.byline')).toContainText(
      'Originally published by The New York Times',
    );
    await expect(page.getByRole('figure').first()).toContainText(
      'A building that was torched during recent unrest in Almaty',
    );
    await expect(page.locator('.block-quote')).toHaveCount(2);
    await expect(page.locator('.block-quote').first()).toContainText('Daniil Kislov');
    expect(await page.getByRole('figure', { name: 'Pull quote' }).count()).toBeGreaterThanOrEqual(
      2,
    );
    const numbers = page.getByRole('complementary', { name: 'By the numbers' });
    await expect(numbers).toContainText('2,500');
    await expect(numbers).toContainText('one-twelfth');
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'article');
  });

  test('is accessible', async ({ page }) => {
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('does not shift its layout while loading', async ({ page }) => {
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Until the app has taken over: counts, reading tools and Embed all in.
    await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
    await expect(page.getByRole('button', { name: /share/i })).toBeVisible();
    // The server's HTML already says "… in this browser": wait for every number.
    await expect(page.locator('.engagement-summary .engagement-count')).not.toHaveCount(0);
    await expect(
      page.locator('.engagement-summary .engagement-count').filter({ hasText: '…' }),
    ).toHaveCount(0);
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; moved: string[] }[]>((resolve) => {
          const seen: { value: number; moved: string[] }[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources: { node: Node | null; previousRect: DOMRect; currentRect: DOMRect }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              // What moved, so a failure says where to look.
              const moved = entry.sources.map(
                ({ node, previousRect: a, currentRect: b }) =>
                  `${node?.nodeName ?? '?'} "${(node?.textContent ?? '').slice(0, 30)}" ` +
                  `${String(a.x)},${String(a.y)} ${String(a.width)}x${String(a.height)} -> ` +
                  `${String(b.x)},${String(b.y)} ${String(b.width)}x${String(b.height)} at ${String(Math.round(entry.startTime))} ms`,
              );
              seen.push({ value: entry.value, moved });
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => {
            resolve(seen);
          }, 500);
        }),
    );
    // Not merely small: nothing on the page moves at all.
    expect(shifts, JSON.stringify(shifts, null, 1)).toEqual([]);
  });

  test('has no horizontal scroll at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});

test.describe('the front page', () => {
  test('lists the sample with its reading time and links to it', async ({ page }) => {
    await page.goto('/');
    const teaser = page.getByRole('link', {
      name: 'Kazakhstan says Russian troops can start leaving this week',
    });
    await expect(teaser).toBeVisible();
    await expect(page.locator('.teaser').first()).toContainText('min read');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, 'front');
    await teaser.click();
    await expect(page).toHaveURL(SAMPLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('opens an article from a URL typed into the form, and refuses a javascript: URL', async ({
    page,
  }) => {
    await page.goto('/');
    const input = page.getByLabel('Read an article from its JSON address');
    await input.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Read' }).click();
    await expect(page.getByRole('alert')).toContainText('http(s)');
    await input.fill('/articles/kazakhstan-russian-troops-withdrawal.json');
    await page.getByRole('button', { name: 'Read' }).click();
    await expect(page).toHaveURL(/\/read\?src=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kazakhstan says/);
  });
});
