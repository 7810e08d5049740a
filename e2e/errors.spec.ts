import {
  allowConsoleErrors,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  saveScreenshot,
  test,
} from './fixtures.ts';

/** Matches requests by path alone: a glob would also match /read?src=/x.json itself. */
const path = (pathname: string) => (url: URL) => url.pathname === pathname;

test('an unknown address shows an accessible 404 page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, '404');
});

test('an unknown article says so', async ({ page }) => {
  allowConsoleErrors(page, /status of 404/);
  await page.goto('/articles/no-such-story');
  await expect(page.getByRole('heading', { level: 1, name: 'No such article' })).toBeVisible();
});

test('an invalid article names the field and the problem, and is accessible', async ({ page }) => {
  await page.route(path('/bad.json'), (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        format: 'broadsheet/article@1',
        id: 'x',
        slug: 'x',
        authors: [],
        publication: { name: 'P' },
        language: 'en',
        body: [],
      }),
    }),
  );
  await page.goto('/read?src=/bad.json');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The article has errors' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveText('headline: is required');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, 'error');
});

test('an invalid block is skipped, the rest renders, and the console says why', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.route(path('/partly-bad.json'), (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        format: 'broadsheet/article@1',
        id: 'x',
        slug: 'x',
        headline: 'Partly bad',
        authors: [],
        publication: { name: 'P' },
        language: 'en',
        body: [
          { type: 'paragraph', content: ['Kept.'] },
          { type: 'figure', image: { src: 'javascript:alert(1)', alt: '', width: 1, height: 1 } },
          { type: 'carousel' },
        ],
      }),
    }),
  );
  await page.goto('/read?src=/partly-bad.json');
  await expect(page.getByText('Kept.')).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  await expect
    .poll(() => warnings.join('\n'))
    .toContain('body[1].image.src: must be an http(s) or relative URL');
  expect(warnings.join('\n')).toContain('body[2]: unknown block type "carousel"');
});

test('a network failure offers a retry that works', async ({ page }) => {
  allowConsoleErrors(page, /ERR_INTERNET_DISCONNECTED/);
  let fail = true;
  await page.route(path('/flaky.json'), async (route) => {
    if (fail) {
      await route.abort('internetdisconnected');
      return;
    }
    await route.fulfill({
      path: 'public/articles/kazakhstan-russian-troops-withdrawal.json',
      contentType: 'application/json',
    });
  });
  await page.goto('/read?src=/flaky.json');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The article could not be downloaded' }),
  ).toBeVisible({ timeout: 15_000 });
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kazakhstan says/);
});

test('a document that is not JSON, or too large, gets its own message', async ({ page }) => {
  await page.route(path('/not-json.json'), (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"headline": ' }),
  );
  await page.goto('/read?src=/not-json.json');
  await expect(
    page.getByRole('heading', { level: 1, name: 'That is not an article' }),
  ).toBeVisible();
  await page.route(path('/huge.json'), (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: `{"x":"${'a'.repeat(2 * 1024 * 1024 + 10)}"}`,
    }),
  );
  await page.goto('/read?src=/huge.json');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The article is too large' }),
  ).toBeVisible();
});

test('a read link without a usable src explains what is missing', async ({ page }) => {
  await page.goto('/read?src=javascript:alert(1)');
  await expect(page.getByRole('listitem')).toHaveText('src: must be an http(s) or relative URL');
  await page.goto('/read');
  await expect(page.getByRole('listitem')).toContainText('src: is required');
});
