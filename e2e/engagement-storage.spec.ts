import { SAMPLE_PATH, SAMPLE_SLUG, expect, test } from './fixtures.ts';
import {
  COMMENTS_KEY,
  noFavicon,
  commentSaying,
  openComments,
  postComment,
  seedStorage,
} from './engagement-helpers.ts';

test.describe('when the browser refuses storage', () => {
  test('inside a sandboxed iframe the reader can read and comment, and is told it is not kept', async ({
    page,
  }) => {
    // A host page on the same server, framing the article with scripts allowed but no
    // same-origin: the framed page gets an opaque origin, and reading localStorage throws.
    await page.route('/host-page', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title>
          <iframe sandbox="allow-scripts" title="Story" style="width: 100%; height: 700px"
            src="${SAMPLE_PATH}#comments"></iframe></html>`,
      }),
    );
    await noFavicon(page);
    await page.goto('/host-page');
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      frame.getByText('This browser does not let Broadsheet save anything here'),
    ).toBeVisible();
    await frame.getByLabel('Your name').fill('Ana');
    await frame.getByLabel('Your comment').fill('Said in a sandbox');
    await frame.getByRole('button', { name: 'Post comment' }).click();
    await expect(
      frame
        .getByRole('article', { name: 'Comment by Ana' })
        .filter({ hasText: 'Said in a sandbox' }),
    ).toBeVisible();
    await expect(frame.getByRole('link', { name: '1 comment in this browser' })).toBeVisible();
  });

  test('when reading storage throws, comments work for the page and the reader is told', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
    });
    await openComments(page);
    await expect(
      page.getByText('This browser does not let Broadsheet save anything here'),
    ).toBeVisible();
    await postComment(page, 'Ana', 'Kept for now');
    await expect(commentSaying(page, 'Kept for now')).toBeVisible();
  });

  test('when the quota is exceeded, the comment stays on the page and the reader is told', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')
        ?.value as Storage['setItem'];
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key.startsWith('broadsheet:comments:'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await openComments(page);
    await postComment(page, 'Ana', 'Too big for the box');
    await expect(commentSaying(page, 'Too big for the box')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(
      'This browser’s storage for Broadsheet is full.',
    );
    await expect(page.getByRole('link', { name: '1 comment in this browser' })).toBeVisible();
  });
});

test.describe('when storage holds bad data', () => {
  test('corrupt JSON is set aside and reported, and commenting carries on', async ({ page }) => {
    await seedStorage(page, { [COMMENTS_KEY]: '[{"id": "c1", "body": "half a comm' });
    await openComments(page);
    await expect(
      page.getByText(
        /could not be read, so it was set aside rather than used \(nothing was deleted\)/,
      ),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();
    const backup = await page.evaluate(() =>
      Object.keys(localStorage).find((key) => key.includes(':corrupt:')),
    );
    expect(backup).toMatch(new RegExp(`^${COMMENTS_KEY}:corrupt:\\d+$`));
    await postComment(page, 'Ana', 'Still works');
    await expect(commentSaying(page, 'Still works')).toBeVisible();
  });

  test('comments an older version stored are migrated and shown', async ({ page }) => {
    await seedStorage(page, {
      [`broadsheet:comments:v1:${SAMPLE_SLUG}`]: JSON.stringify([
        {
          id: 'old-1',
          name: 'Early Reader',
          text: 'Written by an older Broadsheet',
          postedAt: Date.now() - 3_600_000,
        },
      ]),
    });
    await openComments(page);
    await expect(commentSaying(page, 'Written by an older Broadsheet')).toContainText(
      'Early Reader',
    );
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toContain(COMMENTS_KEY);
  });
});
