import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchFirstSight } from './watch-first-sight.ts';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observed: Callback | undefined;

class FakeObserver {
  constructor(callback: Callback) {
    observed = callback;
  }
  observe = vi.fn();
  disconnect = vi.fn();
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setVisibility('visible');
});

describe('watchFirstSight', () => {
  it('waits until the element is on screen, then fires once', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const seen = vi.fn();
    watchFirstSight(document.body, seen);
    expect(seen).not.toHaveBeenCalled();
    observed?.([{ isIntersecting: true }]);
    observed?.([{ isIntersecting: true }]);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('waits for a background tab to come to the front', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    setVisibility('hidden');
    const seen = vi.fn();
    watchFirstSight(document.body, seen);
    observed?.([{ isIntersecting: true }]);
    expect(seen).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('does not fire once stopped, even for a sighting already on its way', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const seen = vi.fn();
    watchFirstSight(document.body, seen)();
    // The fake, like a real observer's queued callback, still calls after disconnect().
    observed?.([{ isIntersecting: true }]);
    setVisibility('visible');
    expect(seen).not.toHaveBeenCalled();
  });
});
