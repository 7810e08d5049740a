import { SAMPLE_PATH, expect, test } from './fixtures.ts';

const VIEWS_KEY = 'broadsheet:views:v1';

test('two tabs opening the article in the same instant count two views', async ({
  page,
  context,
}) => {
  const tabs = [page, await context.newPage()];
  for (const tab of tabs) {
    // Opened in the background, so neither counts its view until the test brings both forward.
    await tab.addInitScript(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    });
    await tab.goto(SAMPLE_PATH);
    await expect(tab.locator('.article-header .engagement-summary')).toContainText(
      '0 in this browser',
    );
  }
  // Both come forward at the same millisecond, each in its own page.
  const at = Date.now() + 500;
  await Promise.all(
    tabs.map((tab) =>
      tab.evaluate((time) => {
        while (Date.now() < time) {
          // Waits for the agreed moment without yielding, so the other tab cannot go first.
        }
        Object.defineProperty(document, 'visibilityState', {
          value: 'visible',
          configurable: true,
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, at),
    ),
  );
  for (const tab of tabs)
    await expect(tab.locator('.article-header .engagement-summary')).toContainText(
      '2 in this browser',
    );
  expect(await page.evaluate((key) => localStorage.getItem(key), VIEWS_KEY)).toContain(',2]');
});
