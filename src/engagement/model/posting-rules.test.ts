import { describe, expect, it } from 'vitest';
import { canModify, checkPosting } from './posting-rules.ts';

const NOW = Date.UTC(2024, 4, 1, 12);

describe('checkPosting', () => {
  it('allows a first comment', () => {
    expect(checkPosting({ now: NOW, body: 'Hi', lastPostAt: undefined, ownComments: [] })).toEqual({
      ok: true,
    });
  });

  it('asks for ten seconds between comments from the same tab, and says until when', () => {
    expect(
      checkPosting({ now: NOW, body: 'Hi', lastPostAt: NOW - 3_000, ownComments: [] }),
    ).toEqual({ ok: false, reason: 'too-soon', retryAt: NOW + 7_000 });
    expect(
      checkPosting({ now: NOW, body: 'Hi', lastPostAt: NOW - 10_000, ownComments: [] }),
    ).toEqual({ ok: true });
  });

  it('refuses the same text again within an hour, and says when it works again', () => {
    const ownComments = [
      { body: 'Same', createdAt: NOW - 20 * 60_000, deletedAt: null },
      { body: 'Same', createdAt: NOW - 5 * 60_000, deletedAt: null },
      { body: 'Other', createdAt: NOW - 60_000, deletedAt: null },
    ];
    expect(checkPosting({ now: NOW, body: 'Same', lastPostAt: undefined, ownComments })).toEqual({
      ok: false,
      reason: 'duplicate',
      retryAt: NOW + 55 * 60_000,
    });
    expect(checkPosting({ now: NOW, body: 'New', lastPostAt: undefined, ownComments })).toEqual({
      ok: true,
    });
  });

  it('allows a repeat after an hour, or of a deleted comment', () => {
    expect(
      checkPosting({
        now: NOW,
        body: 'Same',
        lastPostAt: undefined,
        ownComments: [
          { body: 'Same', createdAt: NOW - 61 * 60_000, deletedAt: null },
          { body: 'Same', createdAt: NOW - 60_000, deletedAt: NOW - 30_000 },
        ],
      }),
    ).toEqual({ ok: true });
  });
});

describe('canModify', () => {
  it('lets the author edit for 15 minutes, and no one else ever', () => {
    const comment = { createdAt: NOW, deletedAt: null, own: true };
    expect(canModify(comment, NOW + 14 * 60_000)).toBe(true);
    expect(canModify(comment, NOW + 15 * 60_000)).toBe(false);
    expect(canModify({ ...comment, own: false }, NOW)).toBe(false);
    expect(canModify({ ...comment, deletedAt: NOW }, NOW)).toBe(false);
  });
});
