import { expect, test } from './fixtures.ts';
import { commentForm, commentSaying, openComments, postComment } from './engagement-helpers.ts';

test.describe('two tabs of the same article', () => {
  test('a comment posted in one shows in the other within a second', async ({ page, context }) => {
    const other = await context.newPage();
    await openComments(page);
    await openComments(other);
    await postComment(page, 'Ana', 'Hello from the first tab');
    await expect(commentSaying(other, 'Hello from the first tab')).toBeVisible({ timeout: 1000 });
    await expect(other.getByRole('link', { name: '1 comment in this browser' })).toBeVisible({
      timeout: 1000,
    });
  });

  test('posting at the same moment keeps both comments', async ({ page, context }) => {
    const other = await context.newPage();
    await openComments(page);
    await openComments(other);
    for (const [tab, text] of [
      [page, 'Left tab'],
      [other, 'Right tab'],
    ] as const) {
      await commentForm(tab).getByLabel('Your name').fill('Ana');
      await commentForm(tab).getByLabel('Your comment').fill(text);
    }
    // Both submit in the same task of each page, with no chance to see the other's write.
    await Promise.all(
      [page, other].map((tab) =>
        tab.evaluate(() => {
          document
            .querySelector<HTMLFormElement>('form[aria-label="Write a comment"]')
            ?.requestSubmit();
        }),
      ),
    );
    for (const tab of [page, other]) {
      await expect(commentSaying(tab, 'Left tab')).toBeVisible();
      await expect(commentSaying(tab, 'Right tab')).toBeVisible();
    }
    const third = await context.newPage();
    await openComments(third);
    await expect(third.locator('.comment')).toHaveCount(2);
  });

  test('storage cleared by another tab loses no comment', async ({ page, context }) => {
    await openComments(page);
    await postComment(page, 'Ana', 'Do not lose me');
    await expect(commentSaying(page, 'Do not lose me')).toBeVisible();
    const other = await context.newPage();
    await other.goto('/schema/article-v1.json');
    await other.evaluate(() => {
      localStorage.clear();
    });
    await expect(commentSaying(page, 'Do not lose me')).toBeVisible();
    await expect
      .poll(() => other.evaluate(() => Object.keys(localStorage).join(' ')))
      .toContain('broadsheet:comments:v2:');
    await openComments(other);
    await expect(commentSaying(other, 'Do not lose me')).toBeVisible();
  });
});
