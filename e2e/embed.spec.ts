import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { DEFAULT_EMBED_OPTIONS } from '../src/embed/options/embed-options.ts';
import { RESIZE_MESSAGE, SET_THEME_MESSAGE } from '../src/embed/protocol/embed-messages.ts';
import { embedSnippet } from '../src/embed/snippet/embed-snippet.ts';
import { hostPage, startHostSite, type HostSite } from './embed-host-server.ts';
import { SAMPLE_SLUG, expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures.ts';

const SAMPLE_HEADLINE = 'Kazakhstan says Russian troops can start leaving this week';
const EXAMPLE_HEADLINE = 'Harbour town votes to rebuild its sea wall';
const DARK_PAPER = 'rgb(21, 21, 21)';

let site: HostSite;
let embedOrigin: string;
let hostUrl: string;

// eslint-disable-next-line no-empty-pattern -- a hook's fixtures come first; this one needs none.
test.beforeAll(async ({}, testInfo) => {
  embedOrigin = new URL(testInfo.project.use.baseURL ?? '').origin;
  site = await startHostSite();
  // The second story is the partner's own article JSON, read through /embed/read?src=.
  const exampleUrl = site.put(
    '/stories/sea-wall.json',
    readFileSync('docs/examples/every-block.json', 'utf8'),
    'application/json',
  );
  const first = embedSnippet({
    embedUrl: new URL(`/embed/articles/${SAMPLE_SLUG}`, embedOrigin),
    options: DEFAULT_EMBED_OPTIONS,
    title: SAMPLE_HEADLINE,
    height: 800,
  });
  const second = embedSnippet({
    embedUrl: new URL(`/embed/read?src=${encodeURIComponent(exampleUrl)}`, embedOrigin),
    options: { theme: 'auto', comments: true, lead: true },
    title: EXAMPLE_HEADLINE,
    height: 800,
  });
  hostUrl = site.put(
    '/blog.html',
    hostPage('Partner blog', `${first}\n<p>Between.</p>\n${second}`),
  );
});

test.afterAll(async () => {
  await site.close();
});

async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle()).contentFrame();
  if (frame == null) throw new Error('the iframe has no frame');
  return frame;
}

interface Fit {
  frame: number;
  content: number;
  innerScroll: number;
}

async function measure(iframe: Locator): Promise<Fit> {
  const frame = await frameOf(iframe);
  const inside = await frame.evaluate(() => ({
    content: document.querySelector('main.embed')?.getBoundingClientRect().height ?? -1,
    innerScroll: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
  return {
    frame: await iframe.evaluate((element) => element.getBoundingClientRect().height),
    ...inside,
  };
}

/** The frame is as tall as its story (within 2 px) and has nothing to scroll. */
async function expectFits(iframe: Locator): Promise<Fit> {
  let last: Fit | undefined;
  await expect
    .poll(
      async () => {
        last = await measure(iframe);
        return Math.abs(last.frame - last.content) <= 2 && last.innerScroll <= 0
          ? 'fits'
          : JSON.stringify(last);
      },
      { timeout: 10_000 },
    )
    .toBe('fits');
  if (last === undefined) throw new Error('not measured');
  return last;
}

async function openStory(page: Page, index: number, headline: string): Promise<Locator> {
  const iframe = page.locator('iframe[data-broadsheet]').nth(index);
  // The snippet lazy-loads its frame, as a partner's long page would.
  await iframe.scrollIntoViewIfNeeded();
  await expect(iframe.contentFrame().getByRole('heading', { level: 1 })).toHaveText(headline);
  return iframe;
}

test.describe('embedded in a page on another site', () => {
  test('two stories size themselves to their content', async ({ page }) => {
    await page.goto(hostUrl);
    const sample = await openStory(page, 0, SAMPLE_HEADLINE);
    const example = await openStory(page, 1, EXAMPLE_HEADLINE);
    const sampleFit = await expectFits(sample);
    const exampleFit = await expectFits(example);
    expect(sampleFit.content).toBeGreaterThan(2000);
    expect(exampleFit.content).toBeGreaterThan(1000);
    // Embed mode: no site chrome, a way to the full story.
    const inside = sample.contentFrame();
    await expect(inside.getByRole('link', { name: 'Broadsheet' })).toHaveCount(0);
    await expect(inside.getByRole('contentinfo')).toHaveCount(0);
    await expect(
      inside.getByRole('link', { name: /Read on The San Juan Daily Star/ }),
    ).toBeVisible();
    await expect(example.contentFrame().getByRole('img', { name: /harbour wall/ })).toBeVisible();
    test.info().annotations.push({
      type: 'height accuracy',
      description: `sample ${JSON.stringify(sampleFit)}, example ${JSON.stringify(exampleFit)}`,
    });
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    await saveScreenshot(page, 'embed-host');
  });

  test('follows a theme change, opened comments and a narrowing viewport', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(hostUrl);
    const sample = await openStory(page, 0, SAMPLE_HEADLINE);
    const example = await openStory(page, 1, EXAMPLE_HEADLINE);
    const wide = await expectFits(sample);
    await expectFits(example);

    // The partner's own dark-mode toggle switches the embeds too.
    await page.evaluate(() => {
      document.body.classList.add('dark');
      window.broadsheetEmbed?.setTheme('dark');
    });
    for (const iframe of [sample, example]) {
      const frame = await frameOf(iframe);
      await expect
        .poll(() => frame.evaluate(() => getComputedStyle(document.body).backgroundColor))
        .toBe(DARK_PAPER);
      await expectFits(iframe);
    }

    const closed = await expectFits(example);
    await example.contentFrame().getByRole('button', { name: 'Show comments' }).click();
    await expect
      .poll(async () => (await measure(example)).frame)
      .toBeGreaterThan(closed.frame + 10);
    await expectFits(example);

    await page.setViewportSize({ width: 360, height: 740 });
    await expectFits(example);
    // Chromium does not lay out a cross-origin frame while it is off screen:
    // its height catches up as soon as the reader scrolls to it.
    await sample.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await measure(sample)).frame).toBeGreaterThan(wide.frame + 200);
    const narrow = await expectFits(sample);

    // And back: the height follows the content down as well as up, so it
    // cannot be feeding on itself.
    await page.setViewportSize({ width: 1280, height: 800 });
    await sample.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await measure(sample)).frame).toBeLessThan(narrow.frame - 200);
    const again = await expectFits(sample);
    expect(Math.abs(again.frame - wide.frame)).toBeLessThanOrEqual(2);
  });

  test('ignores messages from other windows and messages of the wrong shape', async ({
    page,
    context,
  }) => {
    await page.goto(hostUrl);
    const sample = await openStory(page, 0, SAMPLE_HEADLINE);
    const example = await openStory(page, 1, EXAMPLE_HEADLINE);
    const { frame: height } = await expectFits(sample);
    const sampleFrame = await frameOf(sample);
    const exampleFrame = await frameOf(example);
    const bogus = { type: RESIZE_MESSAGE, id: SAMPLE_SLUG, height: 50 };

    // The host page itself, and another story's frame, claim the first frame's height.
    await page.evaluate((message) => {
      window.postMessage(message, '*');
    }, bogus);
    await exampleFrame.evaluate((message) => {
      window.parent.postMessage(message, '*');
    }, bogus);
    // A window on the embed's own origin that is not the frame: a popup.
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate((url) => window.open(url), `${embedOrigin}/embed/articles/${SAMPLE_SLUG}`),
    ]);
    await popup.waitForLoadState();
    await popup.evaluate((message) => {
      (window.opener as Window | null)?.postMessage(message, '*');
    }, bogus);
    // The frame itself, with shapes the protocol refuses.
    for (const data of [
      { ...bogus, height: '50' },
      { ...bogus, height: -50 },
      { ...bogus, height: 1e9 },
      { ...bogus, type: 'broadsheet:resized' },
      { ...bogus, id: '<img src=x>' },
      '{"type":"broadsheet:resize","id":"x","height":50}',
    ]) {
      await sampleFrame.evaluate((message) => {
        window.parent.postMessage(message, '*');
      }, data);
    }
    // Embeds ignore a theme from anyone but the page that frames them, or of an unknown value.
    await exampleFrame.evaluate(
      (message) => {
        window.parent.frames[0]?.postMessage(message, '*');
      },
      { type: SET_THEME_MESSAGE, theme: 'dark' },
    );
    await sampleFrame.evaluate(
      (message) => {
        window.postMessage(message, '*');
      },
      { type: SET_THEME_MESSAGE, theme: 'dark' },
    );
    await page.evaluate(
      (message) => {
        window.frames[0]?.postMessage(message, '*');
      },
      { type: SET_THEME_MESSAGE, theme: 'purple' },
    );

    await page.waitForTimeout(500);
    expect((await measure(sample)).frame).toBe(height);
    expect(
      await sampleFrame.evaluate(() => document.documentElement.dataset.theme),
    ).toBeUndefined();

    // The same channel does accept the real thing, so the checks above proved something.
    await sampleFrame.evaluate(
      (message) => {
        window.parent.postMessage(message, '*');
      },
      { ...bogus, height: height + 37 },
    );
    await expect.poll(async () => (await measure(sample)).frame).toBe(height + 37);
    await page.evaluate(
      (message) => {
        window.frames[0]?.postMessage(message, '*');
      },
      { type: SET_THEME_MESSAGE, theme: 'dark' },
    );
    await expect
      .poll(() => sampleFrame.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
  });

  test('a placeholder link becomes a sized embed with its options', async ({ page }) => {
    const url = site.put(
      '/placeholder.html',
      hostPage(
        'Placeholder',
        `<a class="broadsheet-embed" href="${embedOrigin}/articles/${SAMPLE_SLUG}" data-theme="dark" data-lead="0">${SAMPLE_HEADLINE}</a>
<script async src="${embedOrigin}/embed.js"></script>`,
      ),
    );
    await page.goto(url);
    await expect(page.locator('a.broadsheet-embed')).toHaveCount(0);
    const iframe = page.locator('iframe[data-broadsheet]');
    await expect(iframe).toHaveAttribute('title', SAMPLE_HEADLINE);
    const inside = await openStory(page, 0, SAMPLE_HEADLINE);
    await expectFits(inside);
    const frame = await frameOf(inside);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(inside.contentFrame().getByText('Photo not available')).toHaveCount(0);
  });
});

test.describe('the embed page', () => {
  const path = `/embed/articles/${SAMPLE_SLUG}`;

  test('is accessible, light and dark, with comments open', async ({ page }) => {
    for (const theme of ['light', 'dark']) {
      await page.goto(`${path}?theme=${theme}&comments=1`);
      await page.getByRole('button', { name: 'Show comments' }).click();
      await expectNoAxeViolations(page);
    }
  });

  test('measures its content, never its viewport', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const content = () =>
      page.evaluate(() => document.querySelector('main.embed')?.getBoundingClientRect().height);
    const short = await content();
    const width = page.viewportSize()?.width ?? 360;
    await page.setViewportSize({ width, height: 3000 });
    expect(await content()).toBe(short);
  });

  test('falls back to the defaults for unknown options', async ({ page }) => {
    await page.goto(`${path}?theme=purple&comments=yes&lead=maybe&id=<x>`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_HEADLINE);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await expect(page.getByText('Photo not available')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show comments' })).toHaveCount(0);
  });

  test('opens the full story, and every other link, in a new tab', async ({ page, context }) => {
    await page.goto(path);
    const readOn = page.getByRole('link', { name: /Read on The San Juan Daily Star/ });
    await expect(readOn).toHaveAttribute('target', '_blank');
    await expect(readOn).toHaveAttribute('rel', 'noopener');
    const [tab] = await Promise.all([context.waitForEvent('page'), readOn.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(`/articles/${SAMPLE_SLUG}`);
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_HEADLINE);
    expect(await page.evaluate(() => document.querySelector('base')?.target)).toBe('_blank');
  });

  test('registers no service worker', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0);
  });

  test('says so inside the frame when the address names no story', async ({ page }) => {
    await page.goto('/embed/nothing-here');
    await expect(page.getByRole('heading', { level: 1, name: 'Story not found' })).toBeVisible();
    await expect(page.locator('.masthead')).toHaveCount(0);
  });
});
