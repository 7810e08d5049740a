import { readFile } from 'node:fs/promises';
import {
  SAMPLE_PATH,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  saveScreenshot,
  test,
} from './fixtures.ts';
import {
  commentForm,
  commentSaying,
  openComments,
  postComment,
  seedStorage,
  storedComments,
  COMMENTS_KEY,
} from './engagement-helpers.ts';

test.describe('views', () => {
  test('are counted once per session and shown beside the original post’s count', async ({
    page,
    context,
  }) => {
    await page.goto(SAMPLE_PATH);
    const summary = page.locator('.article-header .engagement-summary');
    await expect(summary.locator('.engagement-part')).toHaveText([
      '7 views on the original post',
      '1 in this browser',
      '0 comments in this browser',
    ]);
    await page.reload();
    await expect(summary).toContainText('1 in this browser');
    // A new tab is a new browser session.
    const other = await context.newPage();
    await other.goto(SAMPLE_PATH);
    await expect(other.locator('.article-header .engagement-summary')).toContainText(
      '2 in this browser',
    );
    await page.goto('/');
    await expect(page.locator('.teaser .engagement-part')).toHaveText([
      '7 views on the original post',
      '2 in this browser',
      '0 comments in this browser',
    ]);
  });

  test('are not counted for a page opened in the background until it is seen', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    });
    await page.goto(SAMPLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => localStorage.getItem('broadsheet:views:v1'))).toBeNull();
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(page.locator('.article-header .engagement-summary')).toContainText(
      '1 in this browser',
    );
  });
});

test.describe('comments', () => {
  test('an empty thread invites the first comment, which survives a reload', async ({ page }) => {
    await page.goto(SAMPLE_PATH);
    await page.getByRole('link', { name: '0 comments in this browser' }).click();
    await expect(page.getByText('No one has commented yet.')).toBeVisible();
    await expect(
      page.getByText(/Comments are kept in this browser and visible only on this device/),
    ).toBeVisible();
    await postComment(page, 'Ana Example', 'First line.\nSecond line, kept as written.');
    const posted = commentSaying(page, 'First line.');
    await expect(posted).toBeVisible();
    await expect(posted.locator('.comment__body')).toHaveText(
      'First line.\nSecond line, kept as written.',
    );
    await expect(commentForm(page).getByLabel('Your comment')).toHaveValue('');
    await page.reload();
    await expect(commentSaying(page, 'First line.')).toBeVisible();
    await expect(page.getByRole('link', { name: '1 comment in this browser' })).toBeVisible();
    await expect(commentForm(page).getByLabel('Your name')).toHaveValue('Ana Example');
  });

  test('keeps an unsent comment and reply through a reload', async ({ page }) => {
    await seedStorage(page, { [COMMENTS_KEY]: storedComments(1) });
    await openComments(page);
    await commentForm(page).getByLabel('Your comment').fill('Half-written thought');
    await commentSaying(page, 'Seeded comment number 0')
      .getByRole('button', { name: 'Reply' })
      .click();
    await page.getByLabel('Your reply to Reader 0').fill('Half a reply');
    await page.reload();
    await expect(commentForm(page).getByLabel('Your comment')).toHaveValue('Half-written thought');
    await expect(page.getByLabel('Your reply to Reader 0')).toHaveValue('Half a reply');
  });

  test('shows times relative, with the full date available', async ({ page }) => {
    await seedStorage(page, { [COMMENTS_KEY]: storedComments(1) });
    await openComments(page);
    const time = commentSaying(page, 'Seeded comment number 0').locator('time');
    await expect(time).toHaveText('1 minute ago');
    await expect(time).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await expect(time).toHaveAttribute('title', /\d{4}/);
  });

  test('replies one level deep, edits and deletes within 15 minutes', async ({ page }) => {
    await page.clock.install();
    await openComments(page);
    await postComment(page, 'Ana', 'The original comment');
    const original = commentSaying(page, 'The original comment');
    await expect(original).toBeVisible();
    await page.clock.fastForward(11_000);

    await original.getByRole('button', { name: 'Reply' }).click();
    const replyForm = page.getByRole('form', { name: 'Reply to Ana' });
    await replyForm.getByLabel('Your reply to Ana').fill('A reply to it');
    await replyForm.getByRole('button', { name: 'Post reply' }).click();
    const reply = page.getByRole('list', { name: 'Replies to Ana' }).getByRole('article');
    await expect(reply).toContainText('A reply to it');
    await expect(reply.getByText('You', { exact: true })).toBeVisible();
    await expect(replyForm).toBeHidden();
    await expect(page.getByRole('link', { name: '2 comments in this browser' })).toBeVisible();

    await reply.getByRole('button', { name: 'Edit' }).click();
    await reply.getByLabel('Edit your comment').fill('A better reply');
    await reply.getByRole('button', { name: 'Save changes' }).click();
    await expect(reply.locator('.comment__body')).toHaveText('A better reply');
    await expect(reply.getByText('Edited')).toBeVisible();

    await original.getByRole('button', { name: 'Delete' }).click();
    await original.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('This comment was deleted.')).toBeVisible();
    await expect(page.getByText('The original comment')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Replies to a deleted comment' })).toContainText(
      'A better reply',
    );
    await expect(page.getByRole('link', { name: '1 comment in this browser' })).toBeVisible();

    await page.clock.fastForward('16:00');
    await expect(commentSaying(page, 'A better reply')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  });

  test('asks for ten seconds between comments and refuses a repeat, saying when', async ({
    page,
  }) => {
    await page.clock.install();
    await openComments(page);
    await postComment(page, 'Ana', 'One');
    await expect(commentSaying(page, 'One')).toBeVisible();
    await postComment(page, 'Ana', 'Two');
    await expect(commentForm(page).getByRole('alert')).toContainText(
      /you can post again in \d+ seconds?, at /,
    );
    await expect(commentForm(page).getByLabel('Your comment')).toHaveValue('Two');
    await page.clock.fastForward(11_000);
    await postComment(page, 'Ana', 'One');
    await expect(commentForm(page).getByRole('alert')).toContainText(
      /^You have already posted this comment\. You can post the same words again in (60 minutes|1 hour), at /,
    );
    await expect(page.locator('.comment')).toHaveCount(1);
  });

  test('says what is wrong next to the field', async ({ page }) => {
    await openComments(page);
    const form = commentForm(page);
    await form.getByLabel('Your comment').fill('   \n  ');
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(form.getByLabel('Your name')).toBeFocused();
    await expect(form.getByLabel('Your name')).toHaveAccessibleDescription('Enter your name.');
    await expect(form.getByLabel('Your comment')).toHaveAccessibleDescription(
      /Write a comment first\./,
    );
    await form.getByLabel('Your name').fill('Ana');
    await form.getByLabel('Your comment').fill('😀'.repeat(2005));
    await expect(form.getByText('5 characters too many')).toBeVisible();
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(form.getByLabel('Your comment')).toHaveAccessibleDescription(
      /A comment must be 2,000 characters or fewer; it is 2,005\./,
    );
    await expect(page.locator('.comment')).toHaveCount(0);
  });

  test('renders markup, script URLs and direction tricks as inert text', async ({ page }) => {
    await openComments(page);
    const nasty = [
      '<script>window.pwned = 1</script>',
      '<img src=x onerror="window.pwned = 2">',
      'javascript:window.pwned=3',
      'data:text/html,<b>x</b>',
      'Right to left \u202Eevil.exe\u202C and zero\u200Bwidth',
      'https://example.com/ok',
    ].join('\n');
    await postComment(page, '<b>Bold</b> \u202Ename', nasty);
    const body = page.locator('.comment__body');
    await expect(body).toHaveText(nasty);
    expect(await body.locator('script, img, b').count()).toBe(0);
    const links = body.getByRole('link');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveAttribute('href', 'https://example.com/ok');
    await expect(links).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
    await expect(page.locator('.comment__author')).toHaveText('<b>Bold</b> \u202Ename');
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('shows long threads a page at a time, sorted as the reader chose', async ({ page }) => {
    await seedStorage(page, { [COMMENTS_KEY]: storedComments(25) });
    await openComments(page);
    await expect(page.getByRole('heading', { name: 'Comments (25)' })).toBeVisible();
    await expect(page.locator('.comment')).toHaveCount(10);
    await expect(page.locator('.comment').first()).toContainText('Seeded comment number 24.');
    await page.getByRole('button', { name: /Show 10 more comments/ }).click();
    await expect(page.locator('.comment')).toHaveCount(20);
    await expect(page.locator('.comment').nth(10)).toBeFocused();
    await page.getByRole('button', { name: /Show 5 more comments/ }).click();
    await expect(page.locator('.comment')).toHaveCount(25);

    await page.getByLabel('Sort').selectOption('oldest');
    await expect(page.locator('.comment').first()).toContainText('Seeded comment number 0.');
    await page.reload();
    await expect(page.getByLabel('Sort')).toHaveValue('oldest');
    await expect(page.locator('.comment').first()).toContainText('Seeded comment number 0.');
  });

  test('exports comments to a file that imports on another device', async ({
    page,
    browser,
    baseURL,
  }) => {
    await openComments(page);
    await postComment(page, 'Ana', 'Worth keeping');
    await expect(commentSaying(page, 'Worth keeping')).toBeVisible();
    await page.getByText('Move your comments to another device').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download comments (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^broadsheet-comments-kazakhstan-says-russian-troops-can-start-leaving-this-week-\d{4}-\d\d-\d\d\.json$/,
    );
    const file = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'broadsheet/comments@1' });

    const device = await browser.newContext({ ...(baseURL === undefined ? {} : { baseURL }) });
    const other = await device.newPage();
    await openComments(other);
    await other.getByText('Move your comments to another device').click();
    const input = other.getByLabel('Import a comments file');
    const upload = {
      name: 'comments.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    };
    await input.setInputFiles(upload);
    await expect(other.getByText('Imported 1 comment.')).toBeVisible();
    await expect(commentSaying(other, 'Worth keeping')).toBeVisible();
    await input.setInputFiles(upload);
    await expect(other.getByText('Nothing new to import; 1 comment already here.')).toBeVisible();
    await input.setInputFiles({ ...upload, buffer: Buffer.from('{"not": "ours"}') });
    await expect(other.getByText('This file is not a Broadsheet comments export.')).toBeVisible();
    await expect(other.locator('.comment')).toHaveCount(1);
    await device.close();
  });

  test('is accessible with comments open, and fits a phone', async ({ page }) => {
    await page.clock.install();
    await seedStorage(page, { [COMMENTS_KEY]: storedComments(3) });
    await openComments(page);
    await postComment(
      page,
      'Ana Example',
      'A comment of my own, with a link: https://example.com/report.',
    );
    await page.clock.fastForward(11_000);
    await commentSaying(page, 'Seeded comment number 2')
      .getByRole('button', { name: 'Reply' })
      .click();
    await page.getByLabel('Your reply to Reader 2').fill('Agreed.');
    await page.getByRole('button', { name: 'Post reply' }).click();
    await expect(page.getByRole('list', { name: 'Replies to Reader 2' })).toContainText('Agreed.');
    await page.getByText('Move your comments to another device').click();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    await page.locator('#comments').screenshot({
      path: `test-results/screenshots/comments-${String(page.viewportSize()?.width ?? 0)}.png`,
    });
    await saveScreenshot(page, 'article-with-comments');
  });
});
