// Renders engagement components the way the app does, over a store and device
// storage of the test's choosing.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { createSafeStorage, type SafeStorage } from '../../lib/storage/safe-storage.ts';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import type { EngagementStore } from '../store/engagement-store.ts';
import { EngagementProvider } from '../store/EngagementProvider.tsx';
import { createLocalEngagementStore } from '../store/local-engagement-store.ts';
import { commentsKey, type StoredComment } from '../store/stored-comments.ts';
import { CommentsSection } from './CommentsSection.tsx';

export const ARTICLE_ID = 'story-1';

export interface Setup {
  /** A storage, or how to open one (which may throw, as a sandboxed frame's does). */
  local?: Storage | (() => Storage);
  session?: Storage;
  store?: (defaults: { local: SafeStorage; session: SafeStorage }) => EngagementStore;
}

export function renderWithEngagement(ui: ReactElement, setup: Setup = {}) {
  const given = setup.local ?? new MemoryStorage();
  const local = createSafeStorage(typeof given === 'function' ? given : () => given);
  const session = createSafeStorage(() => setup.session ?? new MemoryStorage());
  const store = setup.store?.({ local, session }) ?? createLocalEngagementStore({ local, session });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={client}>
      <EngagementProvider value={{ store, device: local }}>{ui}</EngagementProvider>
    </QueryClientProvider>,
  );
  return { ...result, store, local, client };
}

/** The tests' "now", with Date frozen there (see freezeDate). */
export const NOW = Date.UTC(2024, 4, 1, 12);
/** This browser's author token in the tests: comments carrying it are the reader's own. */
export const AUTHOR_TOKEN = 'a'.repeat(24);

/** A stored comment by "Reader <id>", five minutes old, not the reader's unless `fields` say so. */
export function storedComment(id: string, fields: Partial<StoredComment> = {}): StoredComment {
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

/** Device storage holding these comments, this browser's author token, and maybe kept edits. */
export function storageWith(
  comments: readonly StoredComment[],
  keptEdits: [commentId: string, body: string][] = [],
): MemoryStorage {
  const local = new MemoryStorage();
  local.setItem(commentsKey(ARTICLE_ID), JSON.stringify(comments));
  local.setItem('broadsheet:author:v1', JSON.stringify(AUTHOR_TOKEN));
  if (keptEdits.length > 0)
    local.setItem(
      `broadsheet:drafts:v1:${ARTICLE_ID}`,
      JSON.stringify({ comment: '', replies: [], edits: keptEdits }),
    );
  return local;
}

/** The comments section of the test article, as the article page renders it. */
export function commentsSection(): ReactElement {
  return <CommentsSection articleId={ARTICLE_ID} articleTitle="A story" />;
}

/** Freezes Date at NOW for each test of the calling file (timers stay real). */
export function freezeDate(): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
