// One value in storage under a versioned key: read, validated, migrated from
// an older key, and, when corrupt, moved aside under a backup key and
// reported, never silently dropped.
import type { SafeStorage } from './safe-storage.ts';

/** What a parser made of stored JSON: the value, or what it could salvage and why the rest failed. */
export type Decoded<T> = { value: T; problem: null } | { value: T | null; problem: string };

export interface StoredValue<T> {
  key: string;
  decode: (json: unknown) => Decoded<T>;
  empty: () => T;
  /** Turns the value into what JSON can hold, when it is not that already (a Map). */
  encode?: (value: T) => unknown;
  /** Keys an older version wrote, newest first; their decoders return the current shape. */
  legacy?: readonly { key: string; decode: (json: unknown) => Decoded<T> }[];
}

export function backupKeyFor(key: string, now: number): string {
  return `${key}:corrupt:${String(now)}`;
}

/**
 * Keeps the unreadable text under a backup key. When there is no room even
 * for that, the copy stays in memory and the report says so, so the reader
 * can be offered a download of it before the page closes.
 */
function moveAside(storage: SafeStorage, key: string, text: string, detail: string) {
  const backupKey = backupKeyFor(key, Date.now());
  const backedUp = storage.set(backupKey, text);
  if (backedUp) storage.remove(key);
  storage.report({ kind: 'corrupt', key, backupKey, backedUp, detail });
}

function decodeText<T>(
  storage: SafeStorage,
  key: string,
  text: string,
  decode: (json: unknown) => Decoded<T>,
): Decoded<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    moveAside(storage, key, text, 'not valid JSON');
    return { value: null, problem: 'not valid JSON' };
  }
  const decoded = decode(json);
  if (decoded.problem !== null) moveAside(storage, key, text, decoded.problem);
  return decoded;
}

export function encodeStored<T>(spec: StoredValue<T>, value: T): string {
  return JSON.stringify(spec.encode === undefined ? value : spec.encode(value));
}

export function writeStored<T>(storage: SafeStorage, spec: StoredValue<T>, value: T): boolean {
  return storage.set(spec.key, encodeStored(spec, value));
}

/**
 * Reads the value, or what an older version left, or the empty value.
 * `text` may be passed when it is already known (from a `storage` event).
 */
export function readStored<T>(
  storage: SafeStorage,
  spec: StoredValue<T>,
  text: string | null = storage.get(spec.key),
): T {
  if (text !== null) {
    const decoded = decodeText(storage, spec.key, text, spec.decode);
    if (decoded.problem === null) return decoded.value;
    // What could be salvaged takes the corrupt value's place, so the next read is clean.
    const value = decoded.value ?? spec.empty();
    writeStored(storage, spec, value);
    return value;
  }
  for (const legacy of spec.legacy ?? []) {
    const old = storage.get(legacy.key);
    if (old === null) continue;
    const value = decodeText(storage, legacy.key, old, legacy.decode).value ?? spec.empty();
    // The old copy goes only once the migrated one is safely stored.
    if (writeStored(storage, spec, value)) storage.remove(legacy.key);
    return value;
  }
  return spec.empty();
}
