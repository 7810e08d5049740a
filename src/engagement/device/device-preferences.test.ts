import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../lib/storage/safe-storage.ts';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import {
  readDraft,
  readName,
  readReplyDrafts,
  readSort,
  writeDraft,
  writeName,
  writeSort,
} from './device-preferences.ts';

describe('device preferences', () => {
  it('remembers the name and the sort order', () => {
    const storage = createSafeStorage(() => new MemoryStorage());
    expect(readName(storage)).toBe('');
    expect(readSort(storage)).toBe('newest');
    writeName(storage, 'Ana');
    writeSort(storage, 'oldest');
    expect(readName(storage)).toBe('Ana');
    expect(readSort(storage)).toBe('oldest');
  });

  it('keeps drafts of comments and replies apart, per article', () => {
    const backing = new MemoryStorage();
    const storage = createSafeStorage(() => backing);
    writeDraft(storage, 'a', null, 'New comment');
    writeDraft(storage, 'a', 'c1', 'A reply');
    writeDraft(storage, 'b', null, 'Elsewhere');
    const reloaded = createSafeStorage(() => backing);
    expect(readDraft(reloaded, 'a', null)).toBe('New comment');
    expect(readDraft(reloaded, 'a', 'c1')).toBe('A reply');
    expect(readDraft(reloaded, 'a', 'c2')).toBe('');
    expect(readReplyDrafts(reloaded, 'a')).toEqual(new Set(['c1']));
    writeDraft(reloaded, 'a', 'c1', '');
    writeDraft(reloaded, 'a', null, '');
    expect(backing.getItem('broadsheet:drafts:v1:a')).toBeNull();
  });

  it('ignores a sort order it does not know, and sets the bad value aside', () => {
    const backing = new MemoryStorage();
    backing.setItem('broadsheet:comment-sort:v1', '"sideways"');
    const storage = createSafeStorage(() => backing);
    expect(readSort(storage)).toBe('newest');
    expect(storage.getStatus().problems[0]).toMatchObject({ kind: 'corrupt' });
  });
});
