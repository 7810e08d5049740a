import { describe, expect, it } from 'vitest';
import type { Comment } from './comment.ts';
import { buildThreads, countVisible } from './comment-threads.ts';

function comment(id: string, createdAt: number, fields: Partial<Comment> = {}): Comment {
  return {
    id,
    articleId: 'a',
    parentId: null,
    authorName: 'Ana',
    body: id,
    createdAt,
    editedAt: null,
    deletedAt: null,
    own: false,
    ...fields,
  };
}

describe('buildThreads with replies the form never makes', () => {
  it('shows every comment it counts: a reply to a reply, a self-reply, a loop', () => {
    const odd = [
      comment('root', 1),
      comment('reply', 2, { parentId: 'root' }),
      comment('reply-to-reply', 3, { parentId: 'reply' }),
      comment('self', 4, { parentId: 'self' }),
      comment('loop-a', 5, { parentId: 'loop-b' }),
      comment('loop-b', 6, { parentId: 'loop-a' }),
      comment('orphan', 7, { parentId: 'gone' }),
    ];
    const threads = buildThreads(odd, 'oldest');
    const shown = threads.flatMap((thread) => [thread.comment, ...thread.replies]);
    expect(shown).toHaveLength(countVisible(odd));
    expect(
      threads.find((thread) => thread.comment.id === 'root')?.replies.map((c) => c.id),
    ).toEqual(['reply', 'reply-to-reply']);
    expect(threads.map((thread) => thread.comment.id)).toEqual([
      'root',
      'self',
      'loop-a',
      'loop-b',
      'orphan',
    ]);
  });
});

describe('buildThreads', () => {
  const comments = [
    comment('first', 1),
    comment('second', 2),
    comment('reply-late', 5, { parentId: 'first' }),
    comment('reply-early', 3, { parentId: 'first' }),
  ];

  it('sorts threads newest or oldest first, and replies always oldest first', () => {
    const newest = buildThreads(comments, 'newest');
    expect(newest.map((t) => t.comment.id)).toEqual(['second', 'first']);
    expect(newest[1]?.replies.map((c) => c.id)).toEqual(['reply-early', 'reply-late']);
    expect(buildThreads(comments, 'oldest').map((t) => t.comment.id)).toEqual(['first', 'second']);
  });

  it('keeps a deleted comment only while replies hang from it', () => {
    const deletedParent = [
      comment('gone', 1, { deletedAt: 9, body: '' }),
      comment('answer', 2, { parentId: 'gone' }),
      comment('lonely-gone', 3, { deletedAt: 9, body: '' }),
      comment('deleted-reply', 4, { parentId: 'answer-less', deletedAt: 9 }),
    ];
    const threads = buildThreads(deletedParent, 'oldest');
    expect(threads.map((t) => t.comment.id)).toEqual(['gone']);
    expect(threads[0]?.replies.map((c) => c.id)).toEqual(['answer']);
  });

  it('shows a reply whose parent is missing on its own', () => {
    const threads = buildThreads([comment('orphan', 1, { parentId: 'nowhere' })], 'oldest');
    expect(threads.map((t) => t.comment.id)).toEqual(['orphan']);
  });

  it('builds 5,000 threads quickly', () => {
    const many = Array.from({ length: 5000 }, (_, i) => comment(`c${String(i)}`, i));
    const started = performance.now();
    expect(buildThreads(many, 'newest')).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('countVisible', () => {
  it('does not count deleted comments', () => {
    expect(countVisible([{ deletedAt: null }, { deletedAt: 5 }, { deletedAt: null }])).toBe(2);
  });
});
