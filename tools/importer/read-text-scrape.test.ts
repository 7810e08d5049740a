// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readTextScrape } from './read-text-scrape.ts';

const SCRAPE = `top of page
  • The Daily Example

Harbour reopens after storm

Boats return to the harbour on Monday.

By Ann Lee and Bo Diaz

The harbour reopened on Monday,
three days after the storm.

What comes next

Repairs will take a month, officials said.

12 views3 comments
bottom of page
Recent Posts
`;

describe('readTextScrape', () => {
  it('finds the publication, headline, caption, byline, paragraphs and engagement', () => {
    const draft = readTextScrape(SCRAPE);
    if ('error' in draft) throw new Error(draft.error);
    expect(draft.publication).toBe('The Daily Example');
    expect(draft.headline).toBe('Harbour reopens after storm');
    expect(draft.lead).toEqual({ caption: 'Boats return to the harbour on Monday.' });
    expect(draft.authors).toEqual([{ name: 'Ann Lee' }, { name: 'Bo Diaz' }]);
    expect(draft.engagement).toEqual({ views: 12, comments: 3 });
    expect(draft.body).toEqual([
      {
        type: 'paragraph',
        content: ['The harbour reopened on Monday, three days after the storm.'],
      },
      { type: 'heading', level: 2, text: 'What comes next' },
      { type: 'paragraph', content: ['Repairs will take a month, officials said.'] },
    ]);
  });

  it('accounts for the chrome it dropped', () => {
    const draft = readTextScrape(SCRAPE);
    if ('error' in draft) throw new Error(draft.error);
    expect(draft.dropped.get('site-chrome')).toEqual({
      count: 1,
      examples: ['top of page'],
    });
    expect(draft.dropped.get('after-footer')?.examples).toEqual(['bottom of page', 'Recent Posts']);
  });

  it('keeps the line after the headline as text when there is no byline', () => {
    const draft = readTextScrape('Headline here\n\nFirst paragraph.\n\nSecond paragraph.');
    if ('error' in draft) throw new Error(draft.error);
    expect(draft.lead).toBeUndefined();
    expect(draft.body).toHaveLength(2);
  });

  it('reads a dated post but never guesses a year', () => {
    const dated = readTextScrape('Jan 12, 2022\nHeadline\n\nText.');
    const undated = readTextScrape('Jan 12\nHeadline\n\nText.');
    if ('error' in dated || 'error' in undated) throw new Error('expected drafts');
    expect(dated.publishedAt).toBe('2022-01-12');
    expect(undated.publishedAt).toBeUndefined();
    expect(undated.notes).toContain('date line "Jan 12" has no year: no date set');
  });

  it('refuses text without a headline or without paragraphs', () => {
    expect(readTextScrape('top of page\nbottom of page')).toEqual({
      error: 'no headline: the text has only site chrome',
    });
    expect(readTextScrape('Just a headline')).toEqual({
      error: 'no article text after the headline',
    });
  });
});
