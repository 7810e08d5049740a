import { describe, expect, it } from 'vitest';
import type { CommentRecord } from './comment.ts';
import { mergeComments } from './merge-comments.ts';

function comment(id: string, fields: Partial<CommentRecord> = {}): CommentRecord {
  return {
    id,
    articleId: 'a',
    parentId: null,
    authorName: 'Ana',
    body: `Body ${id}`,
    createdAt: 1000,
    editedAt: null,
    deletedAt: null,
    ...fields,
  };
}

describe('mergeComments', () => {
  it('keeps both sides’ comments, once each, in order of creation', () => {
    const a = comment('a', { createdAt: 2 });
    const b = comment('b', { createdAt: 1 });
    const result = mergeComments([a], [b, a]);
    expect(result.comments.map((c) => c.id)).toEqual(['b', 'a']);
    expect(result).toMatchObject({ changed: true, added: 1, updated: 0 });
  });

  it('reports no change when the other side holds nothing new', () => {
    const a = comment('a');
    expect(mergeComments([a], [{ ...a }]).changed).toBe(false);
    expect(mergeComments([a], []).changed).toBe(false);
  });

  it('takes the later edit', () => {
    const old = comment('a', { body: 'old' });
    const edited = comment('a', { body: 'new', editedAt: 5000 });
    expect(mergeComments([old], [edited]).comments[0]?.body).toBe('new');
    expect(mergeComments([edited], [old]).comments[0]?.body).toBe('new');
    expect(mergeComments([edited], [old]).changed).toBe(false);
  });

  it('never lets a stale copy bring back a deleted comment', () => {
    const deleted = comment('a', { body: '', deletedAt: 2000 });
    const editedLater = comment('a', { body: 'edited', editedAt: 9000 });
    expect(mergeComments([editedLater], [deleted]).comments[0]?.deletedAt).toBe(2000);
    expect(mergeComments([deleted], [editedLater]).comments[0]?.deletedAt).toBe(2000);
  });

  it('gives the same result whichever side merges', () => {
    const left = [comment('a'), comment('b', { body: 'x', editedAt: 3000 })];
    const right = [comment('b'), comment('c', { createdAt: 1 })];
    expect(mergeComments(left, right).comments).toEqual(mergeComments(right, left).comments);
  });
});
