import { describe, expect, it } from 'vitest';
import { estimateEmbedHeight, oembedDocument } from './oembed-document.ts';
import { oembedPath } from './oembed-path.ts';

const story = {
  slug: 'my-story',
  headline: 'Council votes to rebuild the "old" wall',
  byline: 'Ana Example and Bo Example',
  publication: 'The Example Gazette',
  words: 1000,
  hasLeadImage: false,
};

describe('oembedDocument', () => {
  it('is a rich oEmbed with the snippet, its width and height', () => {
    const document = oembedDocument(story, 'https://news.example');
    expect(document).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: story.headline,
      author_name: 'Ana Example and Bo Example',
      provider_name: 'The Example Gazette',
      provider_url: 'https://news.example/',
      width: 640,
      height: estimateEmbedHeight(1000, false),
    });
    expect(document.html).toContain(
      'src="https://news.example/embed/articles/my-story?theme=auto&amp;comments=0&amp;lead=1"',
    );
    expect(document.html).toContain(`height="${String(document.height)}"`);
    expect(document.html).toContain('<script async src="https://news.example/embed.js"></script>');
    expect(document.html).toContain('title="Council votes to rebuild the &quot;old&quot; wall"');
  });

  it('leaves out an empty byline', () => {
    expect(oembedDocument({ ...story, byline: '' }, 'https://news.example')).not.toHaveProperty(
      'author_name',
    );
  });

  it('names the site by its root, whatever address it was given', () => {
    expect(oembedDocument(story, 'https://example.org/news/').provider_url).toBe(
      'https://example.org/',
    );
  });
});

describe('estimateEmbedHeight', () => {
  it('grows with the text and with a lead image, in round figures', () => {
    expect(estimateEmbedHeight(0, false)).toBe(330);
    expect(estimateEmbedHeight(1000, false)).toBeGreaterThan(estimateEmbedHeight(500, false));
    expect(estimateEmbedHeight(500, true)).toBe(estimateEmbedHeight(500, false) + 400);
    expect(estimateEmbedHeight(123, false) % 10).toBe(0);
  });
});

describe('oembedPath', () => {
  it('names the file after the slug', () => {
    expect(oembedPath('my-story')).toBe('/oembed/my-story.json');
  });
});
