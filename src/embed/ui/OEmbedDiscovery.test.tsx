import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OEmbedDiscovery } from './OEmbedDiscovery.tsx';

const links = () =>
  [...document.head.querySelectorAll('link[type="application/json+oembed"]')].map((link) =>
    link.getAttribute('href'),
  );

/** A discovery link already in the head, as a prerendered page or an earlier article left it. */
function addLink(href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'alternate';
  link.type = 'application/json+oembed';
  link.setAttribute('href', href);
  document.head.append(link);
  return link;
}

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
    const prerendered = addLink('/oembed/a-story.json');
    render(<OEmbedDiscovery slug="a-story" />);
    expect(links()).toEqual(['/oembed/a-story.json']);
    expect(document.head.querySelector('link[type="application/json+oembed"]')).toBe(prerendered);
  });

  it('leaves one link, the new article’s, after navigating from another', () => {
    addLink('/oembed/first.json');
    const { rerender } = render(<OEmbedDiscovery slug="second" />);
    expect(links()).toEqual(['/oembed/second.json']);
    rerender(<OEmbedDiscovery slug="third" />);
    expect(links()).toEqual(['/oembed/third.json']);
  });
});
