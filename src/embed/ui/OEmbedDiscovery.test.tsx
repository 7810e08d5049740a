import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OEmbedDiscovery } from './OEmbedDiscovery.tsx';

const links = () =>
  [...document.head.querySelectorAll('link[type="application/json+oembed"]')].map((link) =>
    link.getAttribute('href'),
  );

afterEach(() => {
  for (const link of document.head.querySelectorAll('link')) link.remove();
});

describe('OEmbedDiscovery', () => {
  it('adds the article’s discovery link and removes it when the page goes', () => {
    const { unmount } = render(<OEmbedDiscovery slug="a-story" />);
    expect(links()).toEqual(['/oembed/a-story.json']);
    unmount();
    expect(links()).toEqual([]);
  });

  it('reuses the link a prerendered head already carries', () => {
    const prerendered = document.createElement('link');
    prerendered.rel = 'alternate';
    prerendered.type = 'application/json+oembed';
    prerendered.setAttribute('href', '/oembed/a-story.json');
    document.head.append(prerendered);
    render(<OEmbedDiscovery slug="a-story" />);
    expect(links()).toEqual(['/oembed/a-story.json']);
    expect(document.head.querySelector('link[type="application/json+oembed"]')).toBe(prerendered);
  });

  it('leaves one link, the new article’s, after navigating from another', () => {
    const stale = document.createElement('link');
    stale.rel = 'alternate';
    stale.type = 'application/json+oembed';
    stale.setAttribute('href', '/oembed/first.json');
    document.head.append(stale);
    const { rerender } = render(<OEmbedDiscovery slug="second" />);
    expect(links()).toEqual(['/oembed/second.json']);
    rerender(<OEmbedDiscovery slug="third" />);
    expect(links()).toEqual(['/oembed/third.json']);
  });
});
