import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_EMBED_HEIGHT } from '../protocol/embed-messages.ts';
import { frameHeight, observeHeight } from './observe-height.ts';

describe('frameHeight', () => {
  it('rounds up, so a fractional height never leaves a scroll bar', () => {
    expect(frameHeight(812)).toBe(812);
    expect(frameHeight(812.01)).toBe(813);
    expect(frameHeight(812.99)).toBe(813);
  });

  it('stays within what the protocol accepts', () => {
    expect(frameHeight(-5)).toBe(0);
    expect(frameHeight(Number.NaN)).toBe(0);
    expect(frameHeight(Number.POSITIVE_INFINITY)).toBe(0);
    expect(frameHeight(MAX_EMBED_HEIGHT * 3)).toBe(MAX_EMBED_HEIGHT);
  });
});

describe('observeHeight', () => {
  const observers: { callback: () => void; disconnected: boolean }[] = [];

  class FakeResizeObserver {
    entry: { callback: () => void; disconnected: boolean };
    constructor(callback: () => void) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe() {
      return undefined;
    }
    disconnect() {
      this.entry.disconnected = true;
    }
  }

  afterEach(() => {
    observers.length = 0;
    vi.unstubAllGlobals();
  });

  it('reports at once, then only when the rounded height changes', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const element = document.createElement('main');
    let height = 100.2;
    vi.spyOn(element, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    const reports: number[] = [];
    const stop = observeHeight(element, (value) => reports.push(value));
    const fire = () => {
      observers[0]?.callback();
    };
    height = 100.7;
    fire();
    height = 250;
    fire();
    fire();
    height = 120;
    fire();
    expect(reports).toEqual([101, 250, 120]);
    stop();
    expect(observers[0]?.disconnected).toBe(true);
  });
});
