import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import type { CommentRecord } from '../model/comment.ts';
import { serializeCommentsFile } from '../model/comments-file.ts';
import { commentsKey } from '../store/stored-comments.ts';
import { CommentsTransfer } from './CommentsTransfer.tsx';
import { ARTICLE_ID, freezeDate, NOW, renderWithEngagement } from './test-render.tsx';

const article = { id: ARTICLE_ID, title: 'A story' };

function comment(id: string, fields: Partial<CommentRecord> = {}): CommentRecord {
  return {
    id,
    articleId: ARTICLE_ID,
    parentId: null,
    authorName: 'Ana',
    body: `Comment ${id}`,
    createdAt: NOW - 60_000,
    editedAt: null,
    deletedAt: null,
    ...fields,
  };
}

const tombstone = { authorName: '', body: '', deletedAt: NOW - 30_000 };

async function importFile(comments: CommentRecord[], local = new MemoryStorage()) {
  const user = userEvent.setup();
  renderWithEngagement(<CommentsTransfer articleId={ARTICLE_ID} articleTitle={article.title} />, {
    local,
  });
  const text = serializeCommentsFile(article, comments, NOW);
  await user.upload(
    screen.getByLabelText('Import a comments file'),
    new File([text], 'comments.json', { type: 'application/json' }),
  );
  return (await screen.findByText(/\.$/, { selector: '[role="status"]' })).textContent;
}

freezeDate();

describe('CommentsTransfer import', () => {
  it('counts the comments a reader can see, not deleted ones', async () => {
    expect(await importFile([comment('a'), comment('b', tombstone)])).toBe('Imported 1 comment.');
  });

  it('says which comments the file deleted here, apart from the ones imported', async () => {
    const local = new MemoryStorage();
    local.setItem(
      commentsKey(ARTICLE_ID),
      JSON.stringify(
        [comment('here'), comment('doomed')].map((c) => ({ ...c, authorToken: null })),
      ),
    );
    expect(
      await importFile(
        [comment('here'), comment('doomed', tombstone), comment('new'), comment('old', tombstone)],
        local,
      ),
    ).toBe('Imported 1 comment; 1 comment deleted here, as in the file; 1 comment already here.');
  });
});
