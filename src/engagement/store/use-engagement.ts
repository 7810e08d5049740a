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
    }),
    device: browserLocalStorage(),
  };
  return browserDefault;
}

export function useEngagement(): Engagement {
  return useProvidedEngagement() ?? defaultEngagement();
}
