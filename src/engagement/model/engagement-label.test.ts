import { describe, expect, it } from 'vitest';
import {
  labelText,
  localCommentsLabel,
  localViewsLabel,
  originalCommentsLabel,
  originalViewsLabel,
} from './engagement-label.ts';

describe('engagement labels', () => {
  it('keeps the original post’s views apart from the views counted here', () => {
    const original = originalViewsLabel({ views: 7, comments: 0 });
    expect(original && labelText(original)).toBe('7 views on the original post');
    expect(labelText(localViewsLabel(3, true))).toBe('3 in this browser');
    const one = originalViewsLabel({ views: 1 });
    expect(one && labelText(one)).toBe('1 view on the original post');
  });

  it('names the unit when there is no original count', () => {
    expect(originalViewsLabel(undefined)).toBeNull();
    expect(originalViewsLabel({})).toBeNull();
    expect(labelText(localViewsLabel(1, false))).toBe('1 view in this browser');
    expect(labelText(localViewsLabel(12_345, false))).toBe('12,345 views in this browser');
  });

  it('shows an ellipsis, not a false zero, while the count is unknown', () => {
    expect(localViewsLabel(null, false)).toEqual({ count: '…', words: ' views in this browser' });
    expect(labelText(localCommentsLabel(null))).toBe('… comments in this browser');
  });

  it('labels comments as kept in this browser', () => {
    expect(labelText(localCommentsLabel(0))).toBe('0 comments in this browser');
    expect(labelText(localCommentsLabel(1))).toBe('1 comment in this browser');
  });

  it('mentions the original post’s comments only when there were some', () => {
    expect(originalCommentsLabel({ comments: 0 })).toBeNull();
    expect(originalCommentsLabel(undefined)).toBeNull();
    const twelve = originalCommentsLabel({ comments: 12 });
    expect(twelve && labelText(twelve)).toBe('12 comments on the original post');
  });
});
