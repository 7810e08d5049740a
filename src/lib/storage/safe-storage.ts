// Every touch of browser storage goes through here, because browsers refuse
// it more often than people think: a sandboxed or cross-site iframe throws a
// SecurityError on the mere read of `window.localStorage`, a full quota throws
// on write, private modes differ. Nothing here ever throws. Whatever cannot be
// written is kept in memory for the life of the page, and the status says so,
// so the reader can be told.

/** Where the reader's data lives now. */
export type Persistence = 'saved' | 'memory-only' | 'quota-exceeded';

export type StorageProblem =
  | { kind: 'unavailable'; detail: string }
  | { kind: 'quota'; key: string }
  | { kind: 'corrupt'; key: string; backupKey: string; backedUp: boolean; detail: string };

export interface StorageStatus {
  persistence: Persistence;
  problems: readonly StorageProblem[];
}

export interface SafeStorage {
  get(key: string): string | null;
  /** Returns true when the value reached browser storage, false when it is kept in memory only. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  report(problem: StorageProblem): void;
  /** The same object until something changes (for useSyncExternalStore). */
  getStatus(): StorageStatus;
  subscribe(listener: () => void): () => void;
}

const PROBE_KEY = 'broadsheet:probe';

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  // Older Firefox names it differently.
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function sameProblem(a: StorageProblem, b: StorageProblem): boolean {
  if (a.kind === 'unavailable' || b.kind === 'unavailable') return a.kind === b.kind;
  return a.kind === b.kind && a.key === b.key;
}

/**
 * Wraps `window.localStorage` or `window.sessionStorage`. `open` is a function
 * because reading the property is itself what throws in a sandboxed frame.
 */
export function createSafeStorage(open: () => Storage): SafeStorage {
  /** Values the browser would not take; they shadow what storage holds. */
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  let backing: Storage | null = null;
  let problems: StorageProblem[] = [];
  let status: StorageStatus = { persistence: 'saved', problems };

  function refresh() {
    const persistence: Persistence =
      backing === null ? 'memory-only' : memory.size > 0 ? 'quota-exceeded' : 'saved';
    if (persistence === status.persistence && problems === status.problems) return;
    status = { persistence, problems };
    for (const listener of listeners) listener();
  }

  function report(problem: StorageProblem) {
    if (problems.some((known) => sameProblem(known, problem))) return;
    problems = [...problems, problem];
    console.warn(`Broadsheet storage: ${JSON.stringify(problem)}`);
    refresh();
  }

  function giveUp(error: unknown) {
    backing = null;
    report({ kind: 'unavailable', detail: describe(error) });
  }

  try {
    backing = open();
    backing.setItem(PROBE_KEY, '1');
    backing.removeItem(PROBE_KEY);
  } catch (error) {
    // A full quota still lets us read what is there; anything else means no storage at all.
    if (isQuotaError(error) && backing !== null) report({ kind: 'quota', key: PROBE_KEY });
    else giveUp(error);
  }
  refresh();

  /** Once there is room again, what was kept in memory goes to storage. */
  function flushMemory(except: string) {
    if (backing === null) return;
    for (const [key, value] of memory) {
      if (key === except) continue;
      try {
        backing.setItem(key, value);
        memory.delete(key);
      } catch {
        return;
      }
    }
  }

  return {
    get(key) {
      const kept = memory.get(key);
      if (kept !== undefined) return kept;
      if (backing === null) return null;
      try {
        return backing.getItem(key);
      } catch (error) {
        giveUp(error);
        return null;
      }
    },
    set(key, value) {
      if (backing === null) {
        memory.set(key, value);
        refresh();
        return false;
      }
      try {
        flushMemory(key);
        backing.setItem(key, value);
        memory.delete(key);
        refresh();
        return true;
      } catch (error) {
        memory.set(key, value);
        if (isQuotaError(error)) report({ kind: 'quota', key });
        else giveUp(error);
        refresh();
        return false;
      }
    },
    remove(key) {
      memory.delete(key);
      if (backing !== null) {
        try {
          backing.removeItem(key);
        } catch (error) {
          giveUp(error);
        }
        // The room just freed may be what a value kept in memory was waiting
        // for: a posted comment whose draft is cleared right after, say.
        flushMemory(key);
      }
      refresh();
    },
    report,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
