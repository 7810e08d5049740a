import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MemoryStorage } from '../../lib/storage/test-storages.ts';
import type { StoredComment } from '../store/stored-comments.ts';
import {
  ARTICLE_ID,
  AUTHOR_TOKEN,
  commentsSection,
  freezeDate,
  NOW,
  renderWithEngagement,
  storageWith,
  storedComment,
} from './test-render.tsx';

const DRAFTS_KEY = `broadsheet:drafts:v1:${ARTICLE_ID}`;

/** Storage holding one comment this browser wrote, `minutesAgo`, and maybe a kept edit of it. */
function ownComment(
  minutesAgo: number,
  fields: Partial<StoredComment> = {},
  keptEdit?: string,
): MemoryStorage {
  return storageWith(
    [
      storedComment('mine', {
        authorName: 'Ana',
        body: 'As posted',
        createdAt: NOW - minutesAgo * 60_000,
        authorToken: AUTHOR_TOKEN,
        ...fields,
      }),
    ],
    keptEdit === undefined ? [] : [['mine', keptEdit]],
  );
}

function mine() {
  return screen.getByRole('article', { name: /Comment by Ana|Deleted comment/ });
}

freezeDate();

describe('EditCommentForm', () => {
  it('keeps an edit as it is typed and reopens it, without taking the focus, until saved', async () => {
    const user = userEvent.setup();
    const local = ownComment(1);
    const first = renderWithEngagement(commentsSection(), { local });
    await user.click(within(mine()).getByRole('button', { name: 'Edit' }));
    const box = within(mine()).getByLabelText('Edit your comment');
    expect(box).toHaveFocus();
    await user.type(box, ', then changed');
    first.unmount();

    const second = renderWithEngagement(commentsSection(), { local });
    const reopened = within(mine()).getByLabelText('Edit your comment');
    expect(reopened).toHaveValue('As posted, then changed');
    expect(reopened).not.toHaveFocus();
    await user.click(within(mine()).getByRole('button', { name: 'Save changes' }));
    expect(await within(mine()).findByText('As posted, then changed')).toBeInTheDocument();
    expect(local.getItem(DRAFTS_KEY)).toBeNull();
    second.unmount();

    renderWithEngagement(commentsSection(), { local });
    expect(within(mine()).queryByLabelText('Edit your comment')).not.toBeInTheDocument();
  });

  it('forgets the edit on Cancel, and when the text is back as saved', async () => {
    const user = userEvent.setup();
    const local = ownComment(1);
    renderWithEngagement(commentsSection(), { local });
    await user.click(within(mine()).getByRole('button', { name: 'Edit' }));
    const box = within(mine()).getByLabelText('Edit your comment');
    await user.type(box, '!');
    expect(local.getItem(DRAFTS_KEY)).not.toBeNull();
    await user.type(box, '{Backspace}');
    expect(local.getItem(DRAFTS_KEY)).toBeNull();
    await user.type(box, '?');
    await user.click(within(mine()).getByRole('button', { name: 'Cancel' }));
    expect(local.getItem(DRAFTS_KEY)).toBeNull();
  });

  it('shows a kept edit read-only once the time to edit has passed, until discarded', async () => {
    const user = userEvent.setup();
    const local = ownComment(16, {}, 'Words worth keeping');
    renderWithEngagement(commentsSection(), { local });
    expect(within(mine()).getByText('As posted')).toBeInTheDocument();
    const kept = within(mine()).getByLabelText('Your unsaved changes');
    expect(kept).toHaveValue('Words worth keeping');
    expect(kept).toHaveAttribute('readonly');
    expect(kept).toHaveAccessibleDescription(/The time to edit this comment has passed/);
    expect(within(mine()).queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    await user.click(within(mine()).getByRole('button', { name: 'Discard changes' }));
    expect(within(mine()).queryByLabelText('Your unsaved changes')).not.toBeInTheDocument();
    expect(local.getItem(DRAFTS_KEY)).toBeNull();
    // The button that held the focus is gone, and there is no Edit button: the comment takes it.
    expect(mine()).toHaveFocus();
  });

  it('shows a kept edit of a comment deleted since, read-only', () => {
    const local = ownComment(
      1,
      { authorName: '', body: '', deletedAt: NOW - 30_000 },
      'Still mine',
    );
    renderWithEngagement(commentsSection(), { local });
    const kept = within(mine()).getByLabelText('Your unsaved changes');
    expect(kept).toHaveValue('Still mine');
    expect(kept).toHaveAccessibleDescription(/This comment was deleted/);
  });

  it('gives the focus back to Edit after Cancel and after saving', async () => {
    const user = userEvent.setup();
    renderWithEngagement(commentsSection(), { local: ownComment(1) });
    const edit = within(mine()).getByRole('button', { name: 'Edit' });
    await user.click(edit);
    await user.click(within(mine()).getByRole('button', { name: 'Cancel' }));
    expect(within(mine()).getByRole('button', { name: 'Edit' })).toHaveFocus();
    await user.click(within(mine()).getByRole('button', { name: 'Edit' }));
    await user.type(within(mine()).getByLabelText('Edit your comment'), ' and more');
    await user.click(within(mine()).getByRole('button', { name: 'Save changes' }));
    expect(await within(mine()).findByText('As posted and more')).toBeInTheDocument();
    expect(within(mine()).getByRole('button', { name: 'Edit' })).toHaveFocus();
  });
});
