import { describe, expect, it } from 'vitest';
import { isFramedByOtherOrigin } from './framing.ts';

describe('isFramedByOtherOrigin', () => {
  it('is false for a page that is not framed', () => {
    expect(isFramedByOtherOrigin(window)).toBe(false);
  });

  it('is false in a frame of the same origin', () => {
    const top = { location: { origin: 'https://news.example' } };
    const frame = { top, location: { origin: 'https://news.example' } };
    expect(isFramedByOtherOrigin(frame as unknown as Window)).toBe(false);
  });

  it('is true in a frame of another origin, whose location cannot be read', () => {
    const top = {
      get location(): Location {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    };
    const frame = { top, location: { origin: 'https://news.example' } };
    expect(isFramedByOtherOrigin(frame as unknown as Window)).toBe(true);
  });
});
