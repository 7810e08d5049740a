import { describe, expect, it } from 'vitest';
import type { NewComment } from '../model/comment.ts';
import { commentsKey } from './stored-comments.ts';
import { VIEWS_SETTLE_MS } from './local-engagement-store.ts';
import { openTabStore, SharedStorage, TestLocks, testClock } from './store-test-kit.ts';

const ARTICLE = 'story';

function input(id: string, body: string): NewComment {
  return { id, articleId: ARTICLE, parentId: null, authorName: 'Ana', body };
}

describe('two tabs of the same article', () => {
  it('both keep their comment when they post at the same moment', async () => {
    const shared = new SharedStorage();
    const clock = testClock();
    const left = openTabStore(shared, clock);
    const right = openTabStore(shared, clock);
    // Neither tab has seen the other's write when it writes its own list.
    await left.addComment(input('left', 'From the left tab'));
    await right.addComment(input('right', 'From the right tab'));
    shared.deliver();
    for (const tab of [left, right])
      expect((await tab.listComments(ARTICLE)).map((c) => c.id)).toEqual(['left', 'right']);
    const fresh = openTabStore(shared, clock);
    expect((await fresh.listComments(ARTICLE)).map((c) => c.id)).toEqual(['left', 'right']);
  });

  it('shows the other tab’s new comment, and tells the page', async () => {
    const shared = new SharedStorage();
    const clock = testClock();
    const left = openTabStore(shared, clock);
    const right = openTabStore(shared, clock);
    await right.listComments(ARTICLE);
    const changes: unknown[] = [];
    right.subscribe((change) => changes.push(change));
    await left.addComment(input('left', 'Hello'));
    shared.deliver();
    expect(changes).toContainEqual({ articleId: ARTICLE });
    expect((await right.listComments(ARTICLE)).map((c) => c.id)).toEqual(['left']);
  });

  it('keeps a deletion even when the other tab still held the comment', async () => {
    const shared = new SharedStorage();
    const clock = testClock();
    const left = openTabStore(shared, clock);
    await left.addComment(input('a', 'Soon gone'));
    shared.deliver();
    const right = openTabStore(shared, clock);
    await right.listComments(ARTICLE);
    await left.deleteComment({ articleId: ARTICLE, id: 'a' });
    await right.recordView(ARTICLE);
    shared.deliver();
    expect((await right.listComments(ARTICLE))[0]?.deletedAt).not.toBeNull();
    expect((await right.getCounts(ARTICLE)).comments).toBe(0);
  });

  it('writes its comments back when another tab clears storage mid-session', async () => {
    const shared = new SharedStorage();
    const clock = testClock();
    const left = openTabStore(shared, clock);
    await left.addComment(input('a', 'Do not lose me'));
    shared.deliver();
    const right = shared.openTab();
    right.storage.clear();
    shared.deliver();
    expect(right.storage.getItem(commentsKey(ARTICLE))).toContain('Do not lose me');
    expect((await left.listComments(ARTICLE)).map((c) => c.id)).toEqual(['a']);
  });
});

describe('two tabs counting views', () => {
  // As in Chrome: each tab reads its own copy of storage, which the other
  // tab's writes reach a few milliseconds later.
  function tabsWithLocks(count: number) {
    const shared = new SharedStorage(VIEWS_SETTLE_MS / 10);
    const clock = testClock();
    const locks = new TestLocks();
    const tabs = Array.from({ length: count }, () => openTabStore(shared, clock, locks));
    return { shared, clock, tabs };
  }

  it('counts both views when two tabs open the article in the same instant', async () => {
    const { shared, clock, tabs } = tabsWithLocks(2);
    // Both ask before either has seen the other's write.
    expect(await Promise.all(tabs.map((tab) => tab.recordView(ARTICLE)))).toEqual([
      { counted: true },
      { counted: true },
    ]);
    shared.deliver();
    for (const tab of [...tabs, openTabStore(shared, clock)])
      expect((await tab.getCounts(ARTICLE)).views).toBe(2);
  });

  it('keeps both counts when two tabs open different articles in the same instant', async () => {
    const { shared, clock, tabs } = tabsWithLocks(2);
    await Promise.all(tabs.map((tab, index) => tab.recordView(index === 0 ? ARTICLE : 'other')));
    shared.deliver();
    const fresh = openTabStore(shared, clock);
    expect((await fresh.getCounts(ARTICLE)).views).toBe(1);
    expect((await fresh.getCounts('other')).views).toBe(1);
  });
});
