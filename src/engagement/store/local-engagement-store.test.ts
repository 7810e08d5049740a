import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommentRecord, NewComment } from '../model/comment.ts';
import { createSafeStorage } from '../../lib/storage/safe-storage.ts';
import { FullStorage, MemoryStorage, refusedStorage } from '../../lib/storage/test-storages.ts';
import { EngagementError } from './engagement-store.ts';
import { createLocalEngagementStore, type ViewLocks } from './local-engagement-store.ts';
import { commentsKey } from './stored-comments.ts';
import { TestLocks, testClock, type Clock } from './store-test-kit.ts';

const ARTICLE = 'kazakhstan-russian-troops-withdrawal';
let clock: Clock;
let counter = 0;

function store(local: Storage = new MemoryStorage(), session: Storage = new MemoryStorage()) {
  return createLocalEngagementStore({
    local: createSafeStorage(() => local),
    session: createSafeStorage(() => session),
    now: clock.now,
  });
}

function input(fields: Partial<NewComment> = {}): NewComment {
  counter += 1;
  return {
    id: `c${String(counter)}`,
    articleId: ARTICLE,
    parentId: null,
    authorName: 'Ana',
    body: `Comment number ${String(counter)}`,
    ...fields,
  };
}

async function refusal(promise: Promise<unknown>): Promise<EngagementError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof EngagementError))
    throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

beforeEach(() => {
  clock = testClock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('comments', () => {
  it('posts a trimmed comment, keeps it, and marks it as the reader’s own', async () => {
    const local = new MemoryStorage();
    const first = store(local);
    const posted = await first.addComment(
      input({ authorName: ' Ana ', body: '  Hello\n\nthere ' }),
    );
    expect(posted).toMatchObject({ authorName: 'Ana', body: 'Hello\n\nthere', own: true });
    const reloaded = store(local);
    expect(await reloaded.listComments(ARTICLE)).toEqual([posted]);
    expect(await reloaded.getCounts(ARTICLE)).toEqual({ views: 0, comments: 1 });
  });

  it('refuses blank text, 10,000 emoji and a megabyte, saying which field is wrong', async () => {
    const s = store();
    for (const [body, message] of [
      [' \u200B\n', 'Write a comment first.'],
      ['😀'.repeat(10_000), 'A comment must be 2,000 characters or fewer; it is 10,000.'],
      ['a'.repeat(1 << 20), 'A comment must be 2,000 characters or fewer; it is more than 20,000.'],
    ] as const) {
      const error = await refusal(s.addComment(input({ body })));
      expect(error.code).toBe('invalid');
      expect(error.fieldErrors).toEqual({ body: message });
    }
    expect(await s.listComments(ARTICLE)).toEqual([]);
  });

  it('keeps markup and tricks as plain text, exactly as typed', async () => {
    const s = store();
    const body =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) \u202Eevil';
    expect((await s.addComment(input({ body }))).body).toBe(body);
  });

  it('asks this tab to wait ten seconds between comments, and says until when', async () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    const s = store(local, session);
    await s.addComment(input());
    clock.advance(4_000);
    const error = await refusal(s.addComment(input()));
    expect(error).toMatchObject({ code: 'too-soon', retryAt: clock.now() + 6_000 });
    // The pause holds across a reload of the same tab …
    expect((await refusal(store(local, session).addComment(input()))).code).toBe('too-soon');
    // … but another tab may post.
    await expect(store(local).addComment(input())).resolves.toMatchObject({ own: true });
    clock.advance(6_000);
    await expect(s.addComment(input())).resolves.toMatchObject({ own: true });
  });

  it('refuses an identical repeat within the hour, from any tab', async () => {
    const local = new MemoryStorage();
    await store(local).addComment(input({ body: 'Same words' }));
    clock.advance(20 * 60_000);
    const error = await refusal(store(local).addComment(input({ body: '  Same words ' })));
    expect(error).toMatchObject({ code: 'duplicate', retryAt: clock.now() + 40 * 60_000 });
    clock.advance(40 * 60_000);
    await expect(store(local).addComment(input({ body: 'Same words' }))).resolves.toBeDefined();
  });

  it('takes replies one level deep', async () => {
    const s = store();
    const top = await s.addComment(input());
    clock.advance(10_000);
    const reply = await s.addComment(input({ parentId: top.id }));
    clock.advance(10_000);
    const replyToReply = await s.addComment(input({ parentId: reply.id }));
    expect(reply.parentId).toBe(top.id);
    expect(replyToReply.parentId).toBe(top.id);
    expect((await refusal(s.addComment(input({ parentId: 'nope' })))).code).toBe('not-found');
  });

  it('posts a retried comment only once', async () => {
    const s = store();
    const same = input();
    await s.addComment(same);
    await s.addComment(same);
    expect(await s.listComments(ARTICLE)).toHaveLength(1);
  });

  it('lets the author edit and delete for 15 minutes, and nobody else', async () => {
    const local = new MemoryStorage();
    const s = store(local);
    const posted = await s.addComment(input());
    clock.advance(60_000);
    const edited = await s.editComment({ articleId: ARTICLE, id: posted.id, body: ' Better ' });
    expect(edited).toMatchObject({ body: 'Better', editedAt: clock.now() });
    clock.advance(14 * 60_000);
    const late = await refusal(s.editComment({ articleId: ARTICLE, id: posted.id, body: 'x' }));
    expect(late.code).toBe('not-allowed');
    expect((await refusal(s.deleteComment({ articleId: ARTICLE, id: posted.id }))).code).toBe(
      'not-allowed',
    );

    const other = store(new MemoryStorage());
    await other.importComments(ARTICLE, await s.exportComments(ARTICLE));
    clock.advance(-14 * 60_000);
    expect(
      (await refusal(other.editComment({ articleId: ARTICLE, id: posted.id, body: 'x' }))).code,
    ).toBe('not-allowed');
  });

  it('deletes as a tombstone with the text removed', async () => {
    const s = store();
    const posted = await s.addComment(input());
    await s.deleteComment({ articleId: ARTICLE, id: posted.id });
    const [tombstone] = await s.listComments(ARTICLE);
    expect(tombstone).toMatchObject({ id: posted.id, body: '', authorName: '' });
    expect(tombstone?.deletedAt).toBe(clock.now());
    expect((await s.getCounts(ARTICLE)).comments).toBe(0);
  });

  it('imports an export without duplicates, and keeps the reader’s authorship', async () => {
    const s = store();
    const mine = await s.addComment(input());
    const elsewhere = store();
    await elsewhere.addComment(input({ authorName: 'Bo' }));
    const file = [
      ...(await elsewhere.exportComments(ARTICLE)),
      ...(await s.exportComments(ARTICLE)),
    ];
    expect(await s.importComments(ARTICLE, file)).toEqual({
      added: 1,
      updated: 0,
      deleted: 0,
      unchanged: 1,
    });
    expect(await s.importComments(ARTICLE, file)).toEqual({
      added: 0,
      updated: 0,
      deleted: 0,
      unchanged: 2,
    });
    const comments = await s.listComments(ARTICLE);
    expect(comments.map((c) => [c.authorName, c.own])).toEqual([
      ['Ana', true],
      ['Bo', false],
    ]);
    expect(comments[0]?.id).toBe(mine.id);
  });

  it('counts what an import did in comments the reader sees, tombstones apart', async () => {
    const s = store();
    for (let posted = 0; posted < 3; posted += 1) {
      await s.addComment(input());
      clock.advance(60_000);
    }
    const [kept, edited, deleted] = await s.exportComments(ARTICLE);
    if (kept === undefined || edited === undefined || deleted === undefined)
      throw new Error('expected three comments');
    const gone = { authorName: '', body: '', deletedAt: clock.now() };
    const file: CommentRecord[] = [
      kept,
      { ...edited, body: 'Edited elsewhere', editedAt: clock.now() },
      { ...deleted, ...gone },
      { ...kept, id: 'new', authorName: 'Bo' },
      // Deleted elsewhere before this browser ever saw it: nothing the reader can see changes.
      { ...kept, id: 'never-seen', ...gone },
    ];
    expect(await s.importComments(ARTICLE, file)).toEqual({
      added: 1,
      updated: 1,
      deleted: 1,
      unchanged: 1,
    });
    expect(await s.importComments(ARTICLE, file)).toEqual({
      added: 0,
      updated: 0,
      deleted: 0,
      unchanged: 3,
    });
    expect((await s.getCounts(ARTICLE)).comments).toBe(3);
  });

  it('tells subscribers about every change', async () => {
    const s = store();
    const listener = vi.fn();
    const unsubscribe = s.subscribe(listener);
    await s.addComment(input());
    expect(listener).toHaveBeenCalledWith({ articleId: ARTICLE });
    unsubscribe();
    await s.recordView(ARTICLE);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('views', () => {
  function storeWithLocks(locks: ViewLocks, local = new MemoryStorage()) {
    return createLocalEngagementStore({
      local: createSafeStorage(() => local),
      session: createSafeStorage(() => new MemoryStorage()),
      now: clock.now,
      locks,
    });
  }

  it('counts a view once even when asked again while waiting for the lock', async () => {
    const s = storeWithLocks(new TestLocks());
    expect(await Promise.all([s.recordView(ARTICLE), s.recordView(ARTICLE)])).toEqual([
      { counted: true },
      { counted: false },
    ]);
    expect(s.peekCounts(ARTICLE).views).toBe(1);
  });

  it('counts without a lock where the browser refuses one (an opaque origin)', async () => {
    const refusing: ViewLocks = {
      request: () => Promise.reject(new DOMException('opaque origin', 'SecurityError')),
    };
    const s = storeWithLocks(refusing);
    expect(await s.recordView(ARTICLE)).toEqual({ counted: true });
    expect(s.peekCounts(ARTICLE).views).toBe(1);
  });

  it('counts a view once per article per tab session', async () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const s = store(local, session);
    expect(await s.recordView(ARTICLE)).toEqual({ counted: true });
    expect(await s.recordView(ARTICLE)).toEqual({ counted: false });
    expect(await store(local, session).recordView(ARTICLE)).toEqual({ counted: false });
    expect(await s.recordView('other')).toEqual({ counted: true });
    expect(await store(local, new MemoryStorage()).recordView(ARTICLE)).toEqual({ counted: true });
    expect(s.peekCounts(ARTICLE)).toEqual({ views: 2, comments: 0 });
  });

  it('does not let an article id reach a prototype', async () => {
    const s = store();
    await s.recordView('__proto__');
    expect((await s.getCounts('__proto__')).views).toBe(1);
    expect((await s.getCounts('constructor')).views).toBe(0);
  });
});

describe('when storage fails', () => {
  it('works in memory when storage throws on access, and says it will not be kept', async () => {
    const s = createLocalEngagementStore({
      local: createSafeStorage(refusedStorage),
      session: createSafeStorage(refusedStorage),
      now: clock.now,
    });
    expect(s.getStatus().persistence).toBe('memory-only');
    await s.recordView(ARTICLE);
    const posted = await s.addComment(input());
    expect(await s.listComments(ARTICLE)).toEqual([posted]);
    expect(await s.getCounts(ARTICLE)).toEqual({ views: 1, comments: 1 });
  });

  it('keeps a comment the quota refuses in memory, and says so', async () => {
    const local = new FullStorage(2000);
    const s = store(local);
    const listener = vi.fn();
    s.subscribeStatus(listener);
    const posted = await s.addComment(input({ body: 'x'.repeat(1990) }));
    expect(await s.listComments(ARTICLE)).toEqual([posted]);
    expect(s.getStatus().persistence).toBe('quota-exceeded');
    expect(listener).toHaveBeenCalled();
    expect(local.getItem(commentsKey(ARTICLE))).toBeNull();
  });

  it('moves corrupt JSON aside, reports it, and carries on', async () => {
    const local = new MemoryStorage();
    local.setItem(commentsKey(ARTICLE), '[{"id": "c1", "body": "half a comm');
    const s = store(local);
    expect(await s.listComments(ARTICLE)).toEqual([]);
    const [problem] = s.getStatus().problems;
    expect(problem).toMatchObject({ kind: 'corrupt', key: commentsKey(ARTICLE), backedUp: true });
    if (problem?.kind !== 'corrupt') throw new Error('no problem reported');
    expect(local.getItem(problem.backupKey)).toBe('[{"id": "c1", "body": "half a comm');
    await expect(s.addComment(input())).resolves.toBeDefined();
  });

  it('keeps the readable comments of a partly corrupt list', async () => {
    const local = new MemoryStorage();
    const s = store(local);
    const good = await s.addComment(input());
    const stored = JSON.parse(local.getItem(commentsKey(ARTICLE)) ?? '[]') as unknown[];
    local.setItem(
      commentsKey(ARTICLE),
      JSON.stringify([
        ...stored,
        { id: 'bad', body: 42 },
        { ...(stored[0] as object), articleId: 'x', id: 'c9' },
      ]),
    );
    expect((await store(local).listComments(ARTICLE)).map((c) => c.id)).toEqual([good.id]);
  });

  it('drops a stored comment whose time no Date can hold, rather than crash the page', async () => {
    const local = new MemoryStorage();
    const s = store(local);
    const good = await s.addComment(input());
    const stored = JSON.parse(local.getItem(commentsKey(ARTICLE)) ?? '[]') as object[];
    local.setItem(
      commentsKey(ARTICLE),
      JSON.stringify([...stored, { ...stored[0], id: 'far', createdAt: 1e16 }]),
    );
    const comments = await store(local).listComments(ARTICLE);
    expect(comments.map((c) => c.id)).toEqual([good.id]);
    // Every time left can be formatted (RelativeTime and the export do).
    for (const comment of comments)
      expect(() => new Date(comment.createdAt).toISOString()).not.toThrow();
  });

  it('migrates comments an older version stored, as the reader’s own', async () => {
    const local = new MemoryStorage();
    local.setItem(
      commentsKey(ARTICLE, 'v1'),
      JSON.stringify([{ id: 'old1', name: 'Ana', text: 'From before', postedAt: clock.now() }]),
    );
    const s = store(local);
    expect(await s.listComments(ARTICLE)).toEqual([
      {
        id: 'old1',
        articleId: ARTICLE,
        parentId: null,
        authorName: 'Ana',
        body: 'From before',
        createdAt: clock.now(),
        editedAt: null,
        deletedAt: null,
        own: true,
      },
    ]);
    expect(local.getItem(commentsKey(ARTICLE, 'v1'))).toBeNull();
    expect(local.getItem(commentsKey(ARTICLE))).toContain('From before');
  });
});
