// Stand-ins for window.localStorage in unit tests: a plain one, and ones that
// fail the ways browsers do.

export class MemoryStorage implements Storage {
  [name: string]: unknown;
  private readonly values = new Map<string, string>();
  get length() {
    return this.values.size;
  }
  clear() {
    this.values.clear();
  }
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  key(index: number) {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
  entries(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
}

/** What a sandboxed iframe does: the mere access throws. */
export function refusedStorage(): Storage {
  throw new DOMException(
    'The document is sandboxed and lacks the allow-same-origin flag.',
    'SecurityError',
  );
}

/** A storage whose quota runs out once `room` characters are stored. */
export class FullStorage extends MemoryStorage {
  constructor(private room: number) {
    super();
  }
  override setItem(key: string, value: string) {
    const used = Object.entries(this.entries())
      .filter(([k]) => k !== key)
      .reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    if (used + key.length + value.length > this.room)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
  setRoom(room: number) {
    this.room = room;
  }
}
