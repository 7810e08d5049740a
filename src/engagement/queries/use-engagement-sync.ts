import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EngagementStore } from '../store/engagement-store.ts';
import { engagementKeys } from './engagement-keys.ts';

// One subscription per store and query client, however many components ask:
// a front page of fifty teasers must not invalidate fifty times per change.
const subscriptions = new WeakMap<
  EngagementStore,
  Map<QueryClient, { users: number; stop: () => void }>
>();

function connect(store: EngagementStore, client: QueryClient): () => void {
  let byClient = subscriptions.get(store);
  if (byClient === undefined) {
    byClient = new Map();
    subscriptions.set(store, byClient);
  }
  const clients = byClient;
  let entry = clients.get(client);
  if (entry === undefined) {
    const stop = store.subscribe(({ articleId }) => {
      void client.invalidateQueries({
        queryKey: articleId === null ? engagementKeys.all : engagementKeys.article(articleId),
      });
    });
    entry = { users: 0, stop };
    clients.set(client, entry);
  }
  const connected = entry;
  connected.users += 1;
  return () => {
    connected.users -= 1;
    if (connected.users === 0) {
      connected.stop();
      clients.delete(client);
    }
  };
}

/** Keeps the queries in step with the store: this tab's writes and other tabs'. */
export function useEngagementSync(store: EngagementStore): void {
  const client = useQueryClient();
  useEffect(() => connect(store, client), [store, client]);
}
