import { createContext, useContext, type ReactNode } from 'react';
import type { SafeStorage } from '../../lib/storage/safe-storage.ts';
import type { EngagementStore } from './engagement-store.ts';

export interface Engagement {
  store: EngagementStore;
  /** This browser's own storage, for the reader's name, sort order and drafts. */
  device: SafeStorage;
}

const EngagementContext = createContext<Engagement | null>(null);

/**
 * Gives the components below another store: a shared backend, or a test's.
 * Without it they use this browser's storage (use-engagement.ts), so the
 * comments and counts work anywhere, an embed included, with no setup.
 */
export function EngagementProvider({
  value,
  children,
}: {
  value: Engagement;
  children: ReactNode;
}) {
  return <EngagementContext value={value}>{children}</EngagementContext>;
}

/** The provider's engagement, or null where there is none. Imports no store code. */
export function useProvidedEngagement(): Engagement | null {
  return useContext(EngagementContext);
}
