// Shared steps for the views-and-comments browser tests.
import type { Locator, Page } from '@playwright/test';
import { SAMPLE_PATH, SAMPLE_SLUG, expect } from './fixtures.ts';

export const COMMENTS_KEY = `broadsheet:comments:v2:${SAMPLE_SLUG}`;

/** Opens the sample at its comments and waits for the comment form. */
export async function openComments(page: Page, path = SAMPLE_PATH): Promise<void> {
  await page.goto(`${path}#comments`);
  // Generous: the comments come after the article and their own chunk, on a busy CI machine too.
  await expect(commentForm(page)).toBeVisible({ timeout: 20_000 });
}

export function commentForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Write a comment' });
}

export async function postComment(page: Page, name: string, body: string): Promise<void> {
  const form = commentForm(page);
  await form.getByLabel('Your name').fill(name);
  await form.getByLabel('Your comment').fill(body);
  await form.getByRole('button', { name: 'Post comment' }).click();
}

/** A comment in the thread, found by what it says. */
export function commentSaying(page: Page, text: string | RegExp): Locator {
  return page.getByRole('article', { name: /^Comment by/ }).filter({ hasText: text });
}

/** A JSON document or a host page makes the browser ask for /favicon.ico, which 404s. */
export async function noFavicon(page: Page): Promise<void> {
  await page.route('/favicon.ico', (route) => route.fulfill({ status: 204 }));
}

/** Writes browser storage for the site before the app runs, from a page where no app runs. */
export async function seedStorage(page: Page, values: Record<string, string>): Promise<void> {
  await noFavicon(page);
  await page.goto('/schema/article-v1.json');
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
}

/** Stored comments in the current (v2) shape, oldest first, a minute apart. */
export function storedComments(count: number, now = Date.now()): string {
  return JSON.stringify(
    Array.from({ length: count }, (_, index) => ({
      id: `seed-${String(index)}`,
      articleId: SAMPLE_SLUG,
      parentId: null,
      authorName: `Reader ${String(index)}`,
      body: `Seeded comment number ${String(index)}.`,
      createdAt: now - (count - index) * 60_000,
      editedAt: null,
      deletedAt: null,
      authorToken: null,
    })),
  );
}
