import AxeBuilder from '@axe-core/playwright';
import { SAMPLE_PATH, SAMPLE_SLUG, expect, saveScreenshot, test } from './fixtures.ts';

test.describe('the Embed action on an article page', () => {
  test('loads its dialog only when asked, and offers the snippet with a live preview', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('EmbedDialog')) chunks.push(request.url());
    });
    await page.goto(SAMPLE_PATH);
    const button = page.getByRole('button', { name: 'Embed' });
    await expect(button).toBeVisible();
    expect(chunks, 'the dialog is not part of the first load').toEqual([]);

    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this story' });
    await expect(dialog).toBeVisible();
    expect(chunks).toHaveLength(1);

    const code = dialog.getByLabel('Embed code');
    await expect(code).toHaveValue(
      new RegExp(
        `^<iframe data-broadsheet src="${origin}/embed/articles/${SAMPLE_SLUG}\\?theme=auto&amp;comments=0&amp;lead=1"`,
      ),
    );
    await expect(code).toHaveValue(new RegExp(`<script async src="${origin}/embed.js"></script>$`));

    // The preview is the embed itself, sized by the same protocol as on a partner page.
    const preview = dialog.locator('iframe');
    await expect(preview.contentFrame().getByRole('heading', { level: 1 })).toHaveText(
      /Kazakhstan says/,
    );
    const frame = await (await preview.elementHandle()).contentFrame();
    if (frame === null) throw new Error('no preview frame');
    await expect
      .poll(async () => {
        const content = await frame.evaluate(
          () => document.querySelector('main.embed')?.getBoundingClientRect().height ?? 0,
        );
        const height = await preview.evaluate((element) => element.clientHeight);
        return content > 1000 && Math.abs(height - content) <= 2;
      })
      .toBe(true);
    await saveScreenshot(page, 'embed-dialog');
    // The modal makes the page behind it inert: what a reader can reach is the dialog.
    const results = await new AxeBuilder({ page })
      .include('.embed-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await dialog.getByRole('checkbox', { name: 'Comments' }).check();
    await dialog.getByRole('checkbox', { name: 'Lead image' }).uncheck();
    await expect(code).toHaveValue(/\?theme=dark&amp;comments=1&amp;lead=0"/);
    await expect(preview).toHaveAttribute('src', /\?theme=dark&comments=1&lead=0$/);
    await expect(
      preview.contentFrame().getByRole('button', { name: 'Show comments' }),
    ).toBeVisible();
    await expect(preview.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('copies the snippet to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SAMPLE_PATH);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this story' });
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await dialog.getByLabel('Embed code').inputValue());
  });
});

test('an article page names its oEmbed document, which carries the snippet', async ({ page }) => {
  // In the prerendered HTML itself, for a CMS that does not run the page's scripts.
  const html = await (await page.request.get(SAMPLE_PATH)).text();
  expect(html).toMatch(
    new RegExp(
      `<head>[\\s\\S]*<link rel="alternate" type="application/json\\+oembed" href="/oembed/${SAMPLE_SLUG}\\.json"[^>]*>[\\s\\S]*</head>`,
    ),
  );
  await page.goto(SAMPLE_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveAttribute('href', `/oembed/${SAMPLE_SLUG}.json`);
  await expect(link).toHaveCount(1);
  const href = await link.getAttribute('href');
  const response = await page.request.get(href ?? '');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const document = (await response.json()) as Record<string, unknown>;
  expect(document).toMatchObject({
    version: '1.0',
    type: 'rich',
    title: 'Kazakhstan says Russian troops can start leaving this week',
    width: 640,
  });
  expect(document.height).toEqual(expect.any(Number));
  expect(document.html).toMatch(
    new RegExp(`^<iframe data-broadsheet src="https?://[^"]+/embed/articles/${SAMPLE_SLUG}\\?`),
  );
  expect(document.html).toContain(`height="${String(document.height)}"`);
  expect(document.html).toMatch(/<script async src="https?:\/\/[^"]+\/embed\.js"><\/script>$/);
});
