import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FullStorage, MemoryStorage, refusedStorage } from '../../lib/storage/test-storages.ts';
import { commentsKey, type StoredComment } from '../store/stored-comments.ts';
import { CommentsSection } from './CommentsSection.tsx';
import { ARTICLE_ID, renderWithEngagement } from './test-render.tsx';

const NOW = Date.UTC(2024, 4, 1, 12);

function stored(count: number, fields: Partial<StoredComment> = {}): StoredComment[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `s${String(index)}`,
    articleId: ARTICLE_ID,
    parentId: null,
    authorName: `Reader ${String(index)}`,
    body: `Comment ${String(index)}`,
    createdAt: NOW - (count - index) * 60_000,
    editedAt: null,
    deletedAt: null,
    authorToken: null,
    ...fields,
  }));
}

function withComments(comments: StoredComment[]): MemoryStorage {
  const local = new MemoryStorage();
  local.setItem(commentsKey(ARTICLE_ID), JSON.stringify(comments));
  return local;
}

function section() {
  return <CommentsSection articleId={ARTICLE_ID} articleTitle="A story" />;
}

async function post(user: ReturnType<typeof userEvent.setup>, body: string) {
  const form = screen.getByRole('form', { name: 'Write a comment' });
  await user.clear(within(form).getByLabelText('Your name'));
  await user.type(within(form).getByLabelText('Your name'), 'Ana');
  fireEvent.change(within(form).getByLabelText('Your comment'), { target: { value: body } });
  await user.click(within(form).getByRole('button', { name: 'Post comment' }));
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('CommentsSection', () => {
  it('invites the first comment and says where comments are kept', () => {
    renderWithEngagement(section());
    expect(screen.getByRole('heading', { name: 'Comments' })).toBeInTheDocument();
    expect(screen.getByText(/No one has commented yet/)).toBeInTheDocument();
    expect(
      screen.getByText(/Comments are kept in this browser and visible only on this device/),
    ).toBeInTheDocument();
  });

  it('renders markup and tricks as inert text, and only http(s) addresses as links', async () => {
    const user = userEvent.setup();
    const { container } = renderWithEngagement(section());
    const body = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1) data:text/html,hi',
      '\u202Egnp.exe zero\u200Bwidth',
      'see https://example.com/a.',
    ].join('\n');
    await post(user, body);
    const text = container.querySelector('.comment__body');
    expect(text).toHaveTextContent(/<script>alert\(1\)<\/script>/);
    expect(text?.textContent).toBe(body);
    expect(text).toHaveAttribute('dir', 'auto');
    expect(container.querySelectorAll('.comment script, .comment img')).toHaveLength(0);
    const links = within(text as HTMLElement).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.com/a']);
    expect(links[0]).toHaveAttribute('rel', 'nofollow ugc noopener noreferrer');
  });

  it('shows times relative, with the full date in a time element', () => {
    renderWithEngagement(section(), { local: withComments(stored(1)) });
    const time = screen.getByText('1 minute ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', new Date(NOW - 60_000).toISOString());
    expect(time.getAttribute('title')).toMatch(/2024/);
  });

  it('takes a reply one level deep, under the comment it answers', async () => {
    const user = userEvent.setup();
    renderWithEngagement(section(), { local: withComments(stored(1)) });
    const parent = screen.getByRole('article', { name: 'Comment by Reader 0' });
    await user.click(within(parent).getByRole('button', { name: 'Reply' }));
    const reply = screen.getByRole('form', { name: 'Reply to Reader 0' });
    await user.type(within(reply).getByLabelText('Your name'), 'Bo');
    await user.type(within(reply).getByLabelText('Your reply to Reader 0'), 'Quite right');
    await user.click(within(reply).getByRole('button', { name: 'Post reply' }));
    const replies = await screen.findByRole('list', { name: 'Replies to Reader 0' });
    expect(within(replies).getByRole('article', { name: 'Comment by Bo' })).toHaveTextContent(
      'Quite right',
    );
    expect(within(replies).queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Reply to Reader 0' })).not.toBeInTheDocument();
  });

  it('reopens a kept reply draft without taking the focus; pressing Reply does take it', async () => {
    const user = userEvent.setup();
    const local = withComments(stored(1));
    const first = renderWithEngagement(section(), { local });
    const parent = screen.getByRole('article', { name: 'Comment by Reader 0' });
    await user.click(within(parent).getByRole('button', { name: 'Reply' }));
    const reply = screen.getByRole('form', { name: 'Reply to Reader 0' });
    expect(within(reply).getByLabelText('Your reply to Reader 0')).toHaveFocus();
    await user.type(within(reply).getByLabelText('Your reply to Reader 0'), 'Half a thought');
    first.unmount();
    // The comments load again as the reader scrolls near them, mid-article.
    renderWithEngagement(section(), { local });
    const reopened = screen.getByRole('form', { name: 'Reply to Reader 0' });
    expect(within(reopened).getByLabelText('Your reply to Reader 0')).toHaveValue('Half a thought');
    expect(reopened).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('lets the author edit and delete for 15 minutes, and says a comment was edited', async () => {
    const user = userEvent.setup();
    renderWithEngagement(section());
    await post(user, 'First version');
    const mine = await screen.findByRole('article', { name: 'Comment by Ana' });
    expect(within(mine).getByText('You')).toBeInTheDocument();
    await user.click(within(mine).getByRole('button', { name: 'Edit' }));
    const box = within(mine).getByLabelText('Edit your comment');
    await user.clear(box);
    await user.type(box, 'Second version');
    await user.click(within(mine).getByRole('button', { name: 'Save changes' }));
    expect(await within(mine).findByText('Second version')).toBeInTheDocument();
    expect(within(mine).getByText('Edited')).toBeInTheDocument();
    await user.click(within(mine).getByRole('button', { name: 'Delete' }));
    await user.click(within(mine).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/No one has commented yet/)).toBeInTheDocument();
  });

  it('offers no edit once 15 minutes have passed', () => {
    const local = withComments(
      stored(1, { createdAt: NOW - 16 * 60_000, authorToken: 'a'.repeat(24) }),
    );
    local.setItem('broadsheet:author:v1', JSON.stringify('a'.repeat(24)));
    renderWithEngagement(section(), { local });
    const mine = screen.getByRole('article', { name: 'Comment by Reader 0' });
    expect(within(mine).getByText('You')).toBeInTheDocument();
    expect(within(mine).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('keeps a deleted comment’s place while it has replies', () => {
    renderWithEngagement(section(), {
      local: withComments([
        ...stored(1, { deletedAt: NOW, authorName: '', body: '' }),
        ...stored(1, { id: 'r1', parentId: 's0', authorName: 'Bo', body: 'An answer' }),
      ]),
    });
    expect(screen.getByText('This comment was deleted.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Comment by Bo' })).toHaveTextContent('An answer');
  });

  it('shows ten threads at a time, and remembers the sort order', async () => {
    const user = userEvent.setup();
    const local = withComments(stored(25));
    const first = renderWithEngagement(section(), { local });
    expect(screen.getAllByRole('article')).toHaveLength(10);
    expect(screen.getAllByRole('article')[0]).toHaveAccessibleName('Comment by Reader 24');
    await user.click(screen.getByRole('button', { name: /Show 10 more comments/ }));
    expect(screen.getAllByRole('article')).toHaveLength(20);
    await user.selectOptions(screen.getByLabelText('Sort'), 'oldest');
    expect(screen.getAllByRole('article')[0]).toHaveAccessibleName('Comment by Reader 0');
    first.unmount();
    renderWithEngagement(section(), { local });
    expect(screen.getByLabelText('Sort')).toHaveValue('oldest');
  });

  it('keeps a new comment in sight when it sorts past the threads shown', async () => {
    const user = userEvent.setup();
    const local = withComments(stored(25));
    local.setItem('broadsheet:comment-sort:v1', JSON.stringify('oldest'));
    renderWithEngagement(section(), { local });
    await post(user, 'My late arrival');
    expect(await screen.findByText('My late arrival')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(11);
    expect(
      screen.getByRole('button', { name: /Show 10 more comments \(15 not shown yet\)/ }),
    ).toBeInTheDocument();
  });

  it('tells the reader when nothing can be kept, and still takes comments', async () => {
    const user = userEvent.setup();
    renderWithEngagement(section(), { local: refusedStorage });
    expect(screen.getByText(/does not let Broadsheet save anything here/)).toBeInTheDocument();
    await post(user, 'In memory');
    expect(await screen.findByText('In memory')).toBeInTheDocument();
  });

  it('tells the reader when the quota is full, and keeps the comment on the page', async () => {
    const user = userEvent.setup();
    renderWithEngagement(section(), { local: new FullStorage(400) });
    await post(user, 'x'.repeat(500));
    expect(await screen.findByText('x'.repeat(500))).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('storage for Broadsheet is full');
  });

  it('reports corrupt saved data and offers it for download', () => {
    const local = new MemoryStorage();
    local.setItem(commentsKey(ARTICLE_ID), '{not json');
    renderWithEngagement(section(), { local });
    expect(screen.getByText(/could not be read, so it was set aside/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download the unreadable data' }),
    ).toBeInTheDocument();
  });
});
