import { useSyncExternalStore } from 'react';

// One clock for every relative time on the page, ticking twice a minute:
// "3 minutes ago" needs no finer grain, and edit buttons go within 30 s. It
// reads whole seconds, so reading it twice in a row agrees, as
// useSyncExternalStore needs, and mounting renders once, not twice.
const TICK_MS = 30_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const notify of listeners) notify();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const snapshot = () => Math.floor(Date.now() / 1000) * 1000;

export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
