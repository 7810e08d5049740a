import { describe, expect, it } from 'vitest';
import { EngagementError } from '../store/engagement-store.ts';
import { describeRefusal } from './describe-refusal.ts';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const en = ['en-GB'];

describe('describeRefusal', () => {
  it('says when the next comment may be posted', () => {
    const error = new EngagementError('too-soon', 'wait', { retryAt: NOW + 6_500 });
    expect(describeRefusal(error, NOW, en)).toMatch(
      /^Please wait a moment between comments: you can post again in 7 seconds, at \d\d:\d\d:\d\d\.$/,
    );
  });

  it('says when a repeat of the same words works again', () => {
    const error = new EngagementError('duplicate', 'same', { retryAt: NOW + 40 * 60_000 });
    expect(describeRefusal(error, NOW, en)).toMatch(
      /^You have already posted this comment\. You can post the same words again in 40 minutes, at \d\d:\d\d:\d\d, or change them now\.$/,
    );
  });

  it('passes the store’s own words on, and reassures on a fault', () => {
    expect(describeRefusal(new EngagementError('not-allowed', 'Too late.'), NOW, en)).toBe(
      'Too late.',
    );
    expect(describeRefusal(new Error('boom'), NOW, en)).toBe(
      'Your comment could not be saved. It is still in the box: please try again.',
    );
  });
});
