import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import { commentsKey, type StoredComment } from '../store/stored-comments.ts';
import { CommentsSection } from './CommentsSection.tsx';
import { ARTICLE_ID, renderWithEngagement } from './test-render.tsx';

const NOW = Date.UTC(2024, 4, 1, 12);
const TOKEN = 'a'.repeat(24);

/** Twelve comments a minute apart; the oldest, `c0`, is the reader's, with a kept edit. */
function twelveWithKeptEdit(fields: Partial<StoredComment> = {}): MemoryStorage {
  const comments: StoredComment[] = Array.from({ length: 12 }, (_, index) => ({
    id: `c${String(index)}`,
    articleId: ARTICLE_ID,
    parentId: null,
    authorName: `Reader ${String(index)}`,
    body: `Comment ${String(index)}`,
    createdAt: NOW - (12 - index) * 60_000,
    editedAt: null,
    deletedAt: null,
    authorToken: index === 0 ? TOKEN : null,
    ...(index === 0 ? fields : {}),
  }));
  const local = new MemoryStorage();
  local.setItem(commentsKey(ARTICLE_ID), JSON.stringify(comments));
  local.setItem('broadsheet:author:v1', JSON.stringify(TOKEN));
  local.setItem(
    `broadsheet:drafts:v1:${ARTICLE_ID}`,
    JSON.stringify({ comment: '', replies: [], edits: [['c0', 'Kept words']] }),
  );
  return local;
}

function section() {
  return <CommentsSection articleId={ARTICLE_ID} articleTitle="A story" />;
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CommentList', () => {
  it('keeps a comment with a kept edit in sight past the first ten threads', () => {
    renderWithEngagement(section(), { local: twelveWithKeptEdit() });
    const mine = screen.getByRole('article', { name: 'Comment by Reader 0' });
    expect(within(mine).getByLabelText('Edit your comment')).toHaveValue('Kept words');
    expect(screen.getByRole('button', { name: /Show 1 more comment/ })).toBeInTheDocument();
  });

  it('keeps a kept edit in sight when its comment was deleted since', () => {
    renderWithEngagement(section(), {
      local: twelveWithKeptEdit({ authorName: '', body: '', deletedAt: NOW - 30_000 }),
    });
    const deleted = screen.getByRole('article', { name: 'Deleted comment' });
    expect(within(deleted).getByLabelText('Your unsaved changes')).toHaveValue('Kept words');
  });
});
