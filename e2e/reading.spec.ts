import {
  SAMPLE_PATH,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  saveScreenshot,
  test,
} from './fixtures.ts';

const LAST_PARAGRAPH = 'About 80% of the economic population is in';

test.describe('prerendered article pages', () => {
  test('the HTML holds the whole story and its data before any script runs', async ({
    request,
  }) => {
    const response = await request.get(SAMPLE_PATH);
    expect(response.headers()['content-type']).toContain('text/html');
    const html = await response.text();
    expect(html).toContain(
      '<h1 class="article-header__headline">Kazakhstan says Russian troops can start leaving this week</h1>',
    );
    expect(html).toContain(LAST_PARAGRAPH);
    expect(html).toContain('A building that was torched during recent unrest in Almaty');
    expect(html).toContain('<script type="application/json" id="broadsheet-article">');
    expect(html).toMatch(/<style>[^<]*--serif/);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).not.toMatch(/<script type="module"/);
  });

  test('reads with JavaScript disabled', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kazakhstan says Russian troops can start leaving this week',
    );
    await expect(page.locator('.article-body > p', { hasText: LAST_PARAGRAPH })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  test('hydrates without a mismatch and takes over', async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('button', { name: 'Larger text' })).toBeVisible();
    expect(
      messages.filter((message) => /hydrat|did not match|#418|#419|#423|#425/i.test(message)),
    ).toEqual([]);
    await page.getByRole('link', { name: 'Broadsheet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s stories' })).toBeVisible();
  });

  test('starts an English article without touching Intl', async ({ page }) => {
    // The first Intl object in a page sets up ICU: 30–70 ms of main thread
    // on these machines, the largest single piece of work at load. English
    // dates, author lists and counts are written out instead (format-date.ts).
    await page.addInitScript(() => {
      const made: string[] = [];
      Object.defineProperty(window, '__intlMade', { value: made });
      for (const name of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'PluralRules'] as const) {
        const original = Intl[name];
        Object.defineProperty(Intl, name, {
          value: new Proxy(original, {
            construct(target, args: unknown[]) {
              made.push(name);
              return Reflect.construct(target, args) as object;
            },
          }),
        });
      }
    });
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
    await expect(page.locator('.engagement-summary .engagement-count').first()).not.toHaveText('…');
    expect(
      await page.evaluate(() => (window as unknown as { __intlMade: string[] }).__intlMade),
    ).toEqual([]);
    // The proxy does see Intl when something does use it.
    expect(await page.evaluate(() => new Intl.NumberFormat('en').format(1))).toBe('1');
    expect(
      await page.evaluate(() => (window as unknown as { __intlMade: string[] }).__intlMade),
    ).toEqual(['NumberFormat']);
  });
});

test.describe('reading comfort', () => {
  test('the text size control changes the text and is remembered', async ({ page }) => {
    await page.goto(SAMPLE_PATH);
    const paragraph = page.locator('.article-body > p').first();
    const before = await paragraph.evaluate((element) =>
      parseFloat(getComputedStyle(element).fontSize),
    );
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    const after = await paragraph.evaluate((element) =>
      parseFloat(getComputedStyle(element).fontSize),
    );
    expect(after).toBeGreaterThan(before);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('Large');
    await expectNoHorizontalScroll(page);
  });

  test('is usable at 200% zoom, and lets the reader zoom', async ({ page }) => {
    // A 1280 × 720 window at 200% zoom lays out in 640 × 360 CSS pixels.
    await page.setViewportSize({ width: 640, height: 360 });
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expectNoHorizontalScroll(page);
    // What stays on screen while scrolling must leave the story room to be read.
    await page.mouse.wheel(0, 1500);
    const pinned = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => ['fixed', 'sticky'].includes(getComputedStyle(element).position))
        .reduce((sum, element) => sum + element.getBoundingClientRect().height, 0),
    );
    expect(pinned).toBeLessThan(360 * 0.2);
    for (const name of ['Smaller text', 'Larger text', 'Share', 'Embed']) {
      const button = page.getByRole('button', { name });
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport();
      // Nothing pinned lies over it (a disabled button cannot take a trial click).
      const onTop = await button.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit !== null && element.contains(hit);
      });
      expect(onTop, `${name} is covered`).toBe(true);
    }
    // Pinch zoom is never switched off.
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
    await saveScreenshot(page, 'article-zoom-200');
  });

  test('share copies the link where there is no share sheet, and says so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      // Headless Chromium on Linux may expose navigator.share; test the fallback path.
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.goto(SAMPLE_PATH);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('reopening an article goes back to where the reader left off', async ({ page }) => {
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('button', { name: 'Larger text' })).toBeVisible();
    const middle = await page.evaluate(() => document.documentElement.scrollHeight / 2);
    await page.mouse.wheel(0, middle);
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage).some((key) => key.startsWith('broadsheet:position:v1:')),
        ),
      )
      .toBe(true);
    await page.goto('/');
    await page.goto(SAMPLE_PATH);
    await expect(page.getByText('Back where you left off.')).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await page.getByRole('button', { name: 'Start from the top' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(5);
  });

  test('prints just the story', async ({ page }) => {
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('button', { name: 'Larger text' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.masthead')).toBeHidden();
    await expect(page.locator('.article-actions')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('tap targets are at least 24 px and the page is accessible with the tools loaded', async ({
    page,
  }) => {
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('button', { name: 'Larger text' })).toBeVisible();
    for (const button of await page.locator('.article-actions button').all()) {
      const box = await button.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
    }
    await expectNoAxeViolations(page);
  });
});

test.describe('offline and installable', () => {
  test('the manifest names the app and its icons exist', async ({ request }) => {
    const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Broadsheet', start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons)
      expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
  });

  test('an article read once reads again offline, and the page says it is offline', async ({
    page,
    context,
  }) => {
    await page.goto(SAMPLE_PATH);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The first visit installs the worker; the second, under its control, fills the cache.
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await page.reload();
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).includes('broadsheet-articles')))
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kazakhstan says Russian troops can start leaving this week',
    );
    await expect(page.locator('.article-body > p', { hasText: LAST_PARAGRAPH })).toBeVisible();
    await expect(page.getByText(/You are offline/)).toBeVisible();
    await context.setOffline(false);
  });
});
