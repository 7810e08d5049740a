import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage } from './safe-storage.ts';
import { readStored, writeStored, type Decoded, type StoredValue } from './stored-value.ts';
import { FullStorage, MemoryStorage } from './test-storages.ts';

const listSchema = v.array(v.string());

function decodeList(json: unknown): Decoded<string[]> {
  if (!Array.isArray(json)) return { value: null, problem: 'not a list' };
  const good = json.filter((item): item is string => v.is(v.string(), item));
  return good.length === json.length
    ? { value: good, problem: null }
    : { value: good, problem: `${String(json.length - good.length)} item(s) unreadable` };
}

const spec: StoredValue<string[]> = {
  key: 'test:v2',
  decode: decodeList,
  empty: () => [],
  legacy: [
    {
      key: 'test:v1',
      decode: (json) =>
        v.is(v.string(), json)
          ? { value: json.split(','), problem: null }
          : { value: null, problem: 'not a string' },
    },
  ],
};

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(Date, 'now').mockReturnValue(1234);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('readStored', () => {
  it('reads back what was written, and the empty value when there is none', () => {
    const backing = new MemoryStorage();
    const storage = createSafeStorage(() => backing);
    expect(readStored(storage, spec)).toEqual([]);
    writeStored(storage, spec, ['a', 'b']);
    expect(readStored(storage, spec)).toEqual(['a', 'b']);
    expect(v.parse(listSchema, JSON.parse(backing.getItem('test:v2') ?? ''))).toEqual(['a', 'b']);
  });

  it('moves corrupt JSON aside under a backup key and reports it', () => {
    const backing = new MemoryStorage();
    backing.setItem('test:v2', '{"oops');
    const storage = createSafeStorage(() => backing);
    expect(readStored(storage, spec)).toEqual([]);
    expect(backing.getItem('test:v2:corrupt:1234')).toBe('{"oops');
    expect(storage.getStatus().problems).toEqual([
      {
        kind: 'corrupt',
        key: 'test:v2',
        backupKey: 'test:v2:corrupt:1234',
        backedUp: true,
        detail: 'not valid JSON',
      },
    ]);
    expect(readStored(storage, spec)).toEqual([]);
    expect(storage.getStatus().problems).toHaveLength(1);
  });

  it('keeps what it can salvage from a partly invalid value, and backs up the whole', () => {
    const backing = new MemoryStorage();
    backing.setItem('test:v2', '["a", 5, "b"]');
    const storage = createSafeStorage(() => backing);
    expect(readStored(storage, spec)).toEqual(['a', 'b']);
    expect(backing.getItem('test:v2')).toBe('["a","b"]');
    expect(backing.getItem('test:v2:corrupt:1234')).toBe('["a", 5, "b"]');
  });

  it('migrates a value an older version wrote, and drops the old key once the new one is saved', () => {
    const backing = new MemoryStorage();
    backing.setItem('test:v1', '"x,y"');
    const storage = createSafeStorage(() => backing);
    expect(readStored(storage, spec)).toEqual(['x', 'y']);
    expect(backing.getItem('test:v2')).toBe('["x","y"]');
    expect(backing.getItem('test:v1')).toBeNull();
  });

  it('keeps the old key when the migrated value cannot be saved', () => {
    const backing = new FullStorage(20);
    backing.setItem('test:v1', '"x,y"');
    const storage = createSafeStorage(() => backing);
    expect(readStored(storage, spec)).toEqual(['x', 'y']);
    expect(backing.getItem('test:v1')).toBe('"x,y"');
    expect(readStored(storage, spec)).toEqual(['x', 'y']);
  });

  it('keeps the backup in memory when there is no room for it, and says so', () => {
    const backing = new FullStorage(30);
    backing.setItem('test:v2', '{"oops');
    const storage = createSafeStorage(() => backing);
    backing.setRoom(20);
    expect(readStored(storage, spec)).toEqual([]);
    expect(backing.getItem('test:v2:corrupt:1234')).toBeNull();
    expect(storage.get('test:v2:corrupt:1234')).toBe('{"oops');
    expect(storage.getStatus().problems).toContainEqual(
      expect.objectContaining({ kind: 'corrupt', backedUp: false }),
    );
  });
});
