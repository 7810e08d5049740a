import { browserLocalStorage, browserSessionStorage } from '../../lib/storage/browser-storage.ts';
import { useProvidedEngagement, type Engagement } from './EngagementProvider.tsx';
import { createLocalEngagementStore } from './local-engagement-store.ts';

let browserDefault: Engagement | undefined;

/** The default: everything kept in this browser, one store per page. */
export function defaultEngagement(): Engagement {
  browserDefault ??= {
    store: createLocalEngagementStore({
      local: browserLocalStorage(),
      session: browserSessionStorage(),
      ...(typeof window === 'undefined' ? {} : { events: window }),
      // Only pages served securely have Web Locks; elsewhere views are counted without.
      ...(typeof navigator !== 'undefined' && 'locks' in navigator
        ? { locks: navigator.locks }
        : {}),
    }),
    device: browserLocalStorage(),
  };
  return browserDefault;
}

export function useEngagement(): Engagement {
  return useProvidedEngagement() ?? defaultEngagement();
}
