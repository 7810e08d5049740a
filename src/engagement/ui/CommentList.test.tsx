import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MemoryStorage } from '../../lib/storage/test-storages.ts';
import type { StoredComment } from '../store/stored-comments.ts';
import {
  AUTHOR_TOKEN,
  commentsSection,
  freezeDate,
  NOW,
  renderWithEngagement,
  storageWith,
  storedComment,
} from './test-render.tsx';

/** Twelve comments a minute apart; the oldest, `c0`, is the reader's, with a kept edit. */
function twelveWithKeptEdit(fields: Partial<StoredComment> = {}): MemoryStorage {
  const comments = Array.from({ length: 12 }, (_, index) =>
    storedComment(`c${String(index)}`, {
      authorName: `Reader ${String(index)}`,
      body: `Comment ${String(index)}`,
      createdAt: NOW - (12 - index) * 60_000,
      authorToken: index === 0 ? AUTHOR_TOKEN : null,
      ...(index === 0 ? fields : {}),
    }),
  );
  return storageWith(comments, [['c0', 'Kept words']]);
}

freezeDate();

describe('CommentList', () => {
  it('keeps a comment with a kept edit in sight past the first ten threads', () => {
    renderWithEngagement(commentsSection(), { local: twelveWithKeptEdit() });
    const mine = screen.getByRole('article', { name: 'Comment by Reader 0' });
    expect(within(mine).getByLabelText('Edit your comment')).toHaveValue('Kept words');
    expect(screen.getByRole('button', { name: /Show 1 more comment/ })).toBeInTheDocument();
  });

  it('keeps a kept edit in sight when its comment was deleted since', () => {
    renderWithEngagement(commentsSection(), {
      local: twelveWithKeptEdit({ authorName: '', body: '', deletedAt: NOW - 30_000 }),
    });
    const deleted = screen.getByRole('article', { name: 'Deleted comment' });
    expect(within(deleted).getByLabelText('Your unsaved changes')).toHaveValue('Kept words');
  });
});
