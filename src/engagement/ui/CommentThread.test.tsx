import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  AUTHOR_TOKEN,
  commentsSection,
  freezeDate,
  NOW,
  renderWithEngagement,
  storageWith,
  storedComment,
} from './test-render.tsx';

freezeDate();

describe('CommentThread', () => {
  it('gives the focus back to Reply after Cancel and after posting', async () => {
    const user = userEvent.setup();
    renderWithEngagement(commentsSection(), { local: storageWith([storedComment('p')]) });
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
    const local = storageWith(
      [
        storedComment('p'),
        storedComment('r1', { parentId: 'p', createdAt: NOW - 3 * 60_000 }),
        storedComment('r2', { parentId: 'p', createdAt: NOW - 2 * 60_000 }),
        storedComment('r3', { parentId: 'p', createdAt: NOW - 60_000, authorToken: AUTHOR_TOKEN }),
      ],
      [['r3', 'Second thoughts']],
    );
    renderWithEngagement(commentsSection(), { local });
    const mine = screen.getByRole('article', { name: 'Comment by Reader r3' });
    expect(within(mine).getByLabelText('Edit your comment')).toHaveValue('Second thoughts');
  });
});
