import { describe, expect, it } from 'vitest';
import { applyTheme, isFromParent } from './use-embed-theme.ts';

describe('applyTheme', () => {
  it('sets data-theme for light and dark, and removes it for auto', () => {
    const root = document.createElement('html');
    applyTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyTheme(root, 'light');
    expect(root.dataset.theme).toBe('light');
    applyTheme(root, 'auto');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});

describe('isFromParent', () => {
  const parent = {} as Window;
  const framed = { parent } as Window;
  const message = (source: unknown) => new MessageEvent('message', { source: source as Window });

  it('accepts only a message whose source is the framing window', () => {
    expect(isFromParent(message(parent), framed)).toBe(true);
    expect(isFromParent(message(framed), framed)).toBe(false);
    expect(isFromParent(message({}), framed)).toBe(false);
    expect(isFromParent(message(null), framed)).toBe(false);
  });

  it('accepts nothing in a page that is not framed', () => {
    const top = { parent: undefined } as unknown as Window;
    (top as { parent: Window }).parent = top;
    expect(isFromParent(message(top), top)).toBe(false);
  });
});
