import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../lib/storage/safe-storage.ts';
import { MemoryStorage } from '../../lib/storage/test-storages.ts';
import {
  readDraft,
  readEditDraft,
  readEditDrafts,
  readName,
  readReplyDrafts,
  readSort,
  writeDraft,
  writeEditDraft,
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

  it('keeps edits beside the other drafts, and removes the key when nothing is left', () => {
    const backing = new MemoryStorage();
    const storage = createSafeStorage(() => backing);
    writeEditDraft(storage, 'a', 'c1', 'Better words');
    writeEditDraft(storage, 'a', 'c2', '');
    writeDraft(storage, 'a', null, 'New comment');
    writeDraft(storage, 'a', 'c3', 'A reply');
    const reloaded = createSafeStorage(() => backing);
    expect(readEditDraft(reloaded, 'a', 'c1')).toBe('Better words');
    expect(readEditDraft(reloaded, 'a', 'c2')).toBe('');
    expect(readEditDraft(reloaded, 'a', 'c3')).toBeNull();
    expect(readEditDrafts(reloaded, 'a')).toEqual(new Set(['c1', 'c2']));
    expect(readDraft(reloaded, 'a', null)).toBe('New comment');
    writeDraft(reloaded, 'a', null, '');
    writeDraft(reloaded, 'a', 'c3', '');
    writeEditDraft(reloaded, 'a', 'c2', null);
    expect(readEditDraft(reloaded, 'a', 'c1')).toBe('Better words');
    writeEditDraft(reloaded, 'a', 'c1', null);
    expect(backing.getItem('broadsheet:drafts:v1:a')).toBeNull();
  });

  it('reads drafts an older version wrote, and writes what an older version still reads', () => {
    const backing = new MemoryStorage();
    backing.setItem(
      'broadsheet:drafts:v1:a',
      JSON.stringify({ comment: 'Old', replies: [['c1', 'Old reply']] }),
    );
    const storage = createSafeStorage(() => backing);
    expect(readDraft(storage, 'a', 'c1')).toBe('Old reply');
    expect(readEditDrafts(storage, 'a')).toEqual(new Set());
    writeEditDraft(storage, 'a', 'c2', 'An edit');
    const olderSchema = v.object({
      comment: v.string(),
      replies: v.array(v.tuple([v.string(), v.string()])),
    });
    const written: unknown = JSON.parse(backing.getItem('broadsheet:drafts:v1:a') ?? 'null');
    expect(v.parse(olderSchema, written)).toEqual({
      comment: 'Old',
      replies: [['c1', 'Old reply']],
    });
    expect(storage.getStatus().problems).toEqual([]);
  });

  it('ignores a sort order it does not know, and sets the bad value aside', () => {
    const backing = new MemoryStorage();
    backing.setItem('broadsheet:comment-sort:v1', '"sideways"');
    const storage = createSafeStorage(() => backing);
    expect(readSort(storage)).toBe('newest');
    expect(storage.getStatus().problems[0]).toMatchObject({ kind: 'corrupt' });
  });
});
