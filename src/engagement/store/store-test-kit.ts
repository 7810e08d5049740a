// Builders for the store's unit tests: tabs that share storage the way a
// browser's tabs do.
import { createSafeStorage } from '../../lib/storage/safe-storage.ts';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import { createLocalEngagementStore, type ViewLocks } from './local-engagement-store.ts';

export interface Clock {
  now: () => number;
  advance: (ms: number) => void;
}

export function testClock(start = Date.UTC(2024, 4, 1, 12)): Clock {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

/**
 * Storage as Chrome shares it between tabs: each tab reads and writes its own
 * copy at once; other tabs receive the write, and a `storage` event, only
 * when `deliver()` runs, as they would a moment later.
 */
export class SharedStorage {
  private readonly tabs: { storage: MemoryStorage; events: EventTarget }[] = [];
  private queue: { from: MemoryStorage; key: string | null; value: string | null }[] = [];

  /** With `latencyMs`, writes also reach the other tabs by themselves, that long after. */
  constructor(private readonly latencyMs?: number) {}

  openTab(): { storage: Storage; events: EventTarget } {
    const copy = new MemoryStorage();
    const first = this.tabs[0];
    if (first !== undefined)
      for (const [key, value] of Object.entries(first.storage.entries())) copy.setItem(key, value);
    const queue = (key: string | null, value: string | null) => {
      this.queue.push({ from: copy, key, value });
      if (this.latencyMs !== undefined)
        setTimeout(() => {
          this.deliver();
        }, this.latencyMs);
    };
    const storage = new (class extends MemoryStorage {
      override setItem(key: string, value: string) {
        copy.setItem(key, value);
        queue(key, value);
      }
      override getItem(key: string) {
        return copy.getItem(key);
      }
      override removeItem(key: string) {
        copy.removeItem(key);
        queue(key, null);
      }
      override clear() {
        copy.clear();
        queue(null, null);
      }
    })();
    const tab = { storage: copy, events: new EventTarget() };
    this.tabs.push(tab);
    return { storage, events: tab.events };
  }

  /** Delivers queued writes to the other tabs, until no tab writes anything more. */
  deliver(): void {
    for (let round = 0; round < 10 && this.queue.length > 0; round += 1) {
      const writes = this.queue;
      this.queue = [];
      for (const write of writes) {
        for (const tab of this.tabs) {
          if (tab.storage === write.from) continue;
          if (write.key === null) tab.storage.clear();
          else if (write.value === null) tab.storage.removeItem(write.key);
          else tab.storage.setItem(write.key, write.value);
          tab.events.dispatchEvent(
            new StorageEvent('storage', { key: write.key, newValue: write.value }),
          );
        }
      }
    }
  }
}

/**
 * Web Locks as a browser grants them to its tabs: one holder per name at a
 * time, in the order asked, each granted only after the request returns, so
 * tabs asking at once interleave.
 */
export class TestLocks implements ViewLocks {
  private readonly queues = new Map<string, Promise<void>>();

  request(name: string, callback: () => Promise<void>): Promise<void> {
    const granted = (this.queues.get(name) ?? Promise.resolve()).then(callback);
    this.queues.set(
      name,
      granted.catch(() => undefined),
    );
    return granted;
  }
}

export function openTabStore(
  shared: SharedStorage,
  clock: Clock,
  locks?: ViewLocks,
): ReturnType<typeof createLocalEngagementStore> {
  const tab = shared.openTab();
  return createLocalEngagementStore({
    local: createSafeStorage(() => tab.storage),
    session: createSafeStorage(() => new MemoryStorage()),
    now: clock.now,
    events: tab.events,
    locks,
  });
}
