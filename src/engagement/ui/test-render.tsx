// Renders engagement components the way the app does, over a store and device
// storage of the test's choosing.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createSafeStorage, type SafeStorage } from '../../lib/storage/safe-storage.ts';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import type { EngagementStore } from '../store/engagement-store.ts';
import { EngagementProvider } from '../store/EngagementProvider.tsx';
import { createLocalEngagementStore } from '../store/local-engagement-store.ts';

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
