import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import { commentsKey, type StoredComment } from '../store/stored-comments.ts';
import { CommentsSection } from './CommentsSection.tsx';
import { ARTICLE_ID, renderWithEngagement } from './test-render.tsx';

const NOW = Date.UTC(2024, 4, 1, 12);
const TOKEN = 'a'.repeat(24);

function comment(id: string, fields: Partial<StoredComment> = {}): StoredComment {
  return {
    id,
    articleId: ARTICLE_ID,
    parentId: null,
    authorName: `Reader ${id}`,
    body: `Comment ${id}`,
    createdAt: NOW - 5 * 60_000,
    editedAt: null,
    deletedAt: null,
    authorToken: null,
    ...fields,
  };
}

function withComments(comments: StoredComment[]): MemoryStorage {
  const local = new MemoryStorage();
  local.setItem(commentsKey(ARTICLE_ID), JSON.stringify(comments));
  local.setItem('broadsheet:author:v1', JSON.stringify(TOKEN));
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

describe('CommentThread', () => {
  it('gives the focus back to Reply after Cancel and after posting', async () => {
    const user = userEvent.setup();
    renderWithEngagement(section(), { local: withComments([comment('p')]) });
    const parent = screen.getByRole('article', { name: 'Comment by Reader p' });
    const reply = within(parent).getByRole('button', { name: 'Reply' });
    await user.click(reply);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Reply to Reader p' })).not.toBeInTheDocument();
    expect(reply).toHaveFocus();
    await user.click(reply);
    const form = screen.getByRole('form', { name: 'Reply to Reader p' });
    await user.type(within(form).getByLabelText('Your name'), 'Bo');
    await user.type(within(form).getByLabelText('Your reply to Reader p'), 'Agreed');
    await user.click(within(form).getByRole('button', { name: 'Post reply' }));
    expect(await screen.findByRole('article', { name: 'Comment by Bo' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Reply to Reader p' })).not.toBeInTheDocument();
    expect(reply).toHaveFocus();
  });

  it('shows every reply when one past the first two holds a kept edit', () => {
    const local = withComments([
      comment('p'),
      comment('r1', { parentId: 'p', createdAt: NOW - 3 * 60_000 }),
      comment('r2', { parentId: 'p', createdAt: NOW - 2 * 60_000 }),
      comment('r3', { parentId: 'p', createdAt: NOW - 60_000, authorToken: TOKEN }),
    ]);
    local.setItem(
      `broadsheet:drafts:v1:${ARTICLE_ID}`,
      JSON.stringify({ comment: '', replies: [], edits: [['r3', 'Second thoughts']] }),
    );
    renderWithEngagement(section(), { local });
    const mine = screen.getByRole('article', { name: 'Comment by Reader r3' });
    expect(within(mine).getByLabelText('Edit your comment')).toHaveValue('Second thoughts');
  });
});
