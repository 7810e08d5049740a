import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleJson } from '../format/parse-article.ts';
import type { Article } from '../format/article-schema.ts';
import { ArticleView } from './ArticleView.tsx';

function load(path: string): Article {
  const result = parseArticleJson(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`fixture ${path} is invalid`);
  return result.article;
}

function renderArticle(article: Article) {
  return render(
    <MemoryRouter>
      <ArticleView article={article} />
    </MemoryRouter>,
  );
}

describe('ArticleView with every block type', () => {
  const example = load('docs/examples/every-block.json');

  it('renders the header: headline, dek, byline, dates and reading time', () => {
    renderArticle(example);
    expect(screen.getByRole('heading', { level: 1, name: example.headline })).toBeInTheDocument();
    expect(screen.getByText(/An example article/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ana Example' })).toHaveAttribute(
      'href',
      'https://example.com/ana',
    );
    expect(screen.getByText(/Originally published by/)).toHaveTextContent('Example Wire');
    expect(document.querySelector('time[datetime="2024-03-05T09:30:00Z"]')).toHaveTextContent(
      'March 5, 2024',
    );
    expect(screen.getByText(/min read/)).toBeInTheDocument();
  });

  it('renders inline emphasis, strong and links inside paragraphs', () => {
    renderArticle(example);
    expect(screen.getByText('seven to two').tagName).toBe('STRONG');
    expect(screen.getByText('record').tagName).toBe('EM');
    expect(screen.getByRole('link', { name: 'according to the minutes' })).toHaveAttribute(
      'href',
      'https://example.com/minutes',
    );
  });

  it('renders figures with reserved space, caption and credit', () => {
    renderArticle(example);
    const image = screen.getByRole('img', { name: 'A drawing of a harbour wall with waves' });
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '675');
    expect(image).toHaveAttribute('loading', 'eager');
    const figures = screen.getAllByRole('figure');
    expect(figures[0]).toHaveTextContent('The old wall at high tide.');
    expect(figures[0]).toHaveTextContent('Illustration: The Example Gazette');
  });

  it('renders a caption-only figure deliberately, with no image', () => {
    renderArticle(example);
    const captionOnly = screen
      .getByText(/A figure may have a caption and no image/)
      .closest('figure');
    expect(captionOnly).not.toBeNull();
    if (captionOnly === null) return;
    expect(within(captionOnly).queryByRole('img')).toBeNull();
    expect(within(captionOnly).getByText('Photo not available')).toBeInTheDocument();
  });

  it('renders block and pull quotes with their attribution in cite', () => {
    const { container } = renderArticle(example);
    const quotes = container.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(2);
    expect(screen.getByRole('figure', { name: 'Pull quote' })).toHaveTextContent(
      'It is time to build it again.',
    );
    expect(container.querySelector('.block-quote cite')).toHaveTextContent('Maria Example');
    expect(container.querySelector('.block-quote')).toHaveTextContent('Mayor');
  });

  it('renders statistics as labelled complementary regions', () => {
    renderArticle(example);
    const single = screen.getByRole('complementary', {
      name: 'Statistic: €4.2 million cost of the new wall',
    });
    expect(within(single).getByText('Source: Town council, as of')).toBeInTheDocument();
    const group = screen.getByRole('complementary', { name: 'By the numbers' });
    expect(within(group).getByRole('heading', { name: 'By the numbers' })).toBeInTheDocument();
    expect(
      within(group)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['7', 'about 40% of cost']);
  });

  it('renders ordered lists, headings and dividers', () => {
    renderArticle(example);
    expect(
      screen.getByRole('heading', { level: 2, name: 'What the money buys' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Survey the wall',
      'Rebuild the north section',
      'Rebuild the south section',
    ]);
    expect(screen.getByRole('separator')).toBeInTheDocument();
  });

  it('lays out a right-to-left article right to left', () => {
    const rtl = parseArticle({ ...example, language: 'ar', direction: undefined });
    if (!rtl.ok) throw new Error('invalid');
    const { container } = renderArticle(rtl.article);
    expect(container.querySelector('article')).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('article')).toHaveAttribute('lang', 'ar');
  });

  it('renders what remains when blocks were skipped', () => {
    const result = parseArticle({
      ...example,
      body: [{ type: 'hologram' }, { type: 'paragraph', content: ['Still here.'] }],
    });
    if (!result.ok) throw new Error('invalid');
    renderArticle(result.article);
    expect(screen.getByText('Still here.')).toBeInTheDocument();
  });
});

describe('ArticleView with the sample', () => {
  const sample = load('public/articles/kazakhstan-russian-troops-withdrawal.json');

  it('shows the syndication line, the caption-only lead and the numbers', () => {
    const { container } = renderArticle(sample);
    expect(container.querySelector('.byline__authors')).toHaveTextContent(
      'By Valerie Hopkins and Ivan Nechepurenko',
    );
    expect(screen.getByText(/Originally published by/)).toHaveTextContent(
      'The San Juan Daily Star · Originally published by The New York Times',
    );
    expect(screen.getByText(/A building that was torched/).closest('figure')).not.toBeNull();
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(screen.getByRole('complementary', { name: 'By the numbers' })).toHaveTextContent(
      '2,500',
    );
  });
});
