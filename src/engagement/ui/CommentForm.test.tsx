import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import { createLocalEngagementStore } from '../store/local-engagement-store.ts';
import { CommentForm } from './CommentForm.tsx';
import { CommentsSection } from './CommentsSection.tsx';
import { ARTICLE_ID, renderWithEngagement } from './test-render.tsx';

function section() {
  return <CommentsSection articleId={ARTICLE_ID} articleTitle="A story" />;
}

function form() {
  return screen.getByRole('form', { name: 'Write a comment' });
}

describe('CommentForm', () => {
  it('says what is wrong next to each field, for screen readers too, and focuses it', async () => {
    const user = userEvent.setup();
    renderWithEngagement(<CommentForm articleId={ARTICLE_ID} parentId={null} />);
    await user.type(screen.getByLabelText('Your comment'), '   ');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    const name = screen.getByLabelText('Your name');
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter your name.');
    expect(screen.getByLabelText('Your comment')).toHaveAccessibleDescription(
      'Plain text, up to 2,000 characters. Web addresses become links. Write a comment first.',
    );
  });

  it('counts an emoji as one character and warns near the limit', () => {
    renderWithEngagement(<CommentForm articleId={ARTICLE_ID} parentId={null} />);
    const box = screen.getByLabelText('Your comment');
    fireEvent.change(box, { target: { value: '👩‍👩‍👧'.repeat(1990) } });
    expect(screen.getByText('10 characters left')).toBeInTheDocument();
    fireEvent.change(box, { target: { value: '👍🏽'.repeat(2001) } });
    expect(screen.getByText('1 character too many')).toBeInTheDocument();
    fireEvent.change(box, { target: { value: 'short' } });
    expect(screen.queryByText(/characters? (left|too many)/)).not.toBeInTheDocument();
  });

  it('refuses 10,000 emoji and a megabyte of text, keeping them in the box', async () => {
    const user = userEvent.setup();
    renderWithEngagement(section());
    await user.type(within(form()).getByLabelText('Your name'), 'Ana');
    const box = within(form()).getByLabelText('Your comment');
    fireEvent.change(box, { target: { value: '😀'.repeat(10_000) } });
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(box).toHaveAccessibleDescription(/it is 10,000\.$/);
    const megabyte = 'a'.repeat(1024 * 1024);
    fireEvent.change(box, { target: { value: megabyte } });
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(box).toHaveAccessibleDescription(/it is more than 20,000\.$/);
    expect(box).toHaveValue(megabyte);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('posts, empties the box, keeps the name and says so', async () => {
    const user = userEvent.setup();
    renderWithEngagement(section());
    await user.type(within(form()).getByLabelText('Your name'), 'Ana');
    await user.type(within(form()).getByLabelText('Your comment'), '  Well reported.  ');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    const posted = await screen.findByRole('article', { name: 'Comment by Ana' });
    expect(within(posted).getByText('Well reported.')).toBeInTheDocument();
    expect(within(form()).getByLabelText('Your comment')).toHaveValue('');
    expect(within(form()).getByLabelText('Your name')).toHaveValue('Ana');
    expect(screen.getByText('Your comment is posted.')).toHaveAttribute('role', 'status');
  });

  it('saves the draft as it is typed and brings it back', async () => {
    const user = userEvent.setup();
    const local = new MemoryStorage();
    const first = renderWithEngagement(<CommentForm articleId={ARTICLE_ID} parentId={null} />, {
      local,
    });
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    await user.type(screen.getByLabelText('Your comment'), 'Half a thought');
    first.unmount();
    renderWithEngagement(<CommentForm articleId={ARTICLE_ID} parentId={null} />, { local });
    expect(screen.getByLabelText('Your comment')).toHaveValue('Half a thought');
    expect(screen.getByLabelText('Your name')).toHaveValue('Ana');
  });

  it('says when the next comment may be posted, and keeps the text', async () => {
    const user = userEvent.setup();
    renderWithEngagement(section());
    await user.type(within(form()).getByLabelText('Your name'), 'Ana');
    await user.type(within(form()).getByLabelText('Your comment'), 'First');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    await screen.findByText('First');
    await user.type(within(form()).getByLabelText('Your comment'), 'Second');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent(
      /you can post again in (9|10) seconds, at /,
    );
    expect(within(form()).getByLabelText('Your comment')).toHaveValue('Second');
  });

  it('shows a comment at once and takes it back if the store refuses it, keeping every word', async () => {
    const user = userEvent.setup();
    let refuse: (reason: Error) => void = () => undefined;
    renderWithEngagement(section(), {
      store: ({ local, session }) => {
        const real = createLocalEngagementStore({ local, session });
        return {
          ...real,
          addComment: () =>
            new Promise((_, reject) => {
              refuse = reject;
            }),
        };
      },
    });
    await user.type(within(form()).getByLabelText('Your name'), 'Ana');
    await user.type(within(form()).getByLabelText('Your comment'), 'Optimistic words');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    const shown = await screen.findByRole('article', { name: 'Comment by Ana' });
    expect(shown).toHaveTextContent('Posting…');
    await act(async () => {
      refuse(new Error('disk on fire'));
      await Promise.resolve();
    });
    expect(screen.queryByRole('article', { name: 'Comment by Ana' })).not.toBeInTheDocument();
    expect(within(form()).getByRole('alert')).toHaveTextContent(
      'Your comment could not be saved. It is still in the box: please try again.',
    );
    expect(within(form()).getByLabelText('Your comment')).toHaveValue('Optimistic words');
  });
});
