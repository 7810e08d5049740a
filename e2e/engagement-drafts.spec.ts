import { expect, test } from './fixtures.ts';
import { commentSaying, openComments, postComment } from './engagement-helpers.ts';

test.describe('comment drafts', () => {
  test('an edit in progress survives a reload, and is gone once saved', async ({ page }) => {
    await openComments(page);
    await postComment(page, 'Ana Example', 'Written in haste.');
    const mine = commentSaying(page, 'Written in haste.');
    await mine.getByRole('button', { name: 'Edit' }).click();
    await mine.getByLabel('Edit your comment').fill('Written in haste, and mended.');

    await page.reload();
    const reopened = page.getByLabel('Edit your comment');
    await expect(reopened).toHaveValue('Written in haste, and mended.');
    await expect(reopened).not.toBeFocused();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(commentSaying(page, 'Written in haste, and mended.')).toBeVisible();
    await expect(page.getByLabel('Edit your comment')).toHaveCount(0);

    await page.reload();
    await expect(commentSaying(page, 'Written in haste, and mended.')).toBeVisible();
    await expect(page.getByLabel('Edit your comment')).toHaveCount(0);
  });
});
