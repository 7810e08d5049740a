import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage } from './safe-storage.ts';
import { FullStorage, MemoryStorage, refusedStorage } from './test-storages.ts';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('createSafeStorage', () => {
  it('reads and writes browser storage when it may', () => {
    const backing = new MemoryStorage();
    const storage = createSafeStorage(() => backing);
    expect(storage.set('k', 'v')).toBe(true);
    expect(backing.getItem('k')).toBe('v');
    expect(storage.get('k')).toBe('v');
    storage.remove('k');
    expect(backing.getItem('k')).toBeNull();
    expect(storage.getStatus()).toEqual({ persistence: 'saved', problems: [] });
  });

  it('falls back to memory when the mere access throws (a sandboxed iframe)', () => {
    const storage = createSafeStorage(refusedStorage);
    expect(storage.getStatus().persistence).toBe('memory-only');
    expect(storage.getStatus().problems[0]).toMatchObject({ kind: 'unavailable' });
    expect(storage.set('k', 'v')).toBe(false);
    expect(storage.get('k')).toBe('v');
    storage.remove('k');
    expect(storage.get('k')).toBeNull();
  });

  it('falls back to memory when reads start throwing mid-session', () => {
    const backing = new MemoryStorage();
    const storage = createSafeStorage(() => backing);
    backing.getItem = () => {
      throw new DOMException('Access denied', 'SecurityError');
    };
    expect(() => storage.get('k')).not.toThrow();
    expect(storage.getStatus().persistence).toBe('memory-only');
  });

  it('keeps a value the quota refuses in memory, says so, and saves it once there is room', () => {
    const backing = new FullStorage(40);
    const storage = createSafeStorage(() => backing);
    const listener = vi.fn();
    storage.subscribe(listener);
    expect(storage.set('small', 'x')).toBe(true);
    expect(storage.set('big', 'y'.repeat(100))).toBe(false);
    expect(storage.get('big')).toBe('y'.repeat(100));
    expect(storage.getStatus()).toEqual({
      persistence: 'quota-exceeded',
      problems: [{ kind: 'quota', key: 'big' }],
    });
    expect(listener).toHaveBeenCalled();
    backing.setRoom(1000);
    expect(storage.set('small', 'z')).toBe(true);
    expect(backing.getItem('big')).toBe('y'.repeat(100));
    expect(storage.getStatus().persistence).toBe('saved');
  });

  it('saves what was kept in memory once removing something makes room', () => {
    // A comment too big for what is left, while its own draft still takes room:
    // clearing the draft after posting must get the comment stored.
    const backing = new FullStorage(100);
    const storage = createSafeStorage(() => backing);
    expect(storage.set('draft', 'd'.repeat(60))).toBe(true);
    expect(storage.set('comments', 'c'.repeat(60))).toBe(false);
    expect(backing.getItem('comments')).toBeNull();
    storage.remove('draft');
    expect(backing.getItem('comments')).toBe('c'.repeat(60));
    expect(storage.getStatus().persistence).toBe('saved');
  });

  it('still reads a storage that is full from the start (old private modes)', () => {
    const backing = new FullStorage(0);
    const storage = createSafeStorage(() => backing);
    expect(storage.getStatus().persistence).toBe('saved');
    expect(storage.getStatus().problems).toEqual([{ kind: 'quota', key: 'broadsheet:probe' }]);
    expect(storage.set('k', 'v')).toBe(false);
    expect(storage.getStatus().persistence).toBe('quota-exceeded');
  });

  it('keeps the same status object until something changes', () => {
    const storage = createSafeStorage(() => new MemoryStorage());
    const first = storage.getStatus();
    storage.set('k', 'v');
    expect(storage.getStatus()).toBe(first);
  });
});
