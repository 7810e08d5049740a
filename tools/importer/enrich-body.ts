import type { Block, BlockOf } from '../../src/article/format/article-schema.ts';
import { inlineText } from '../../src/article/format/summarize-article.ts';
import type { Person } from './find-people.ts';
import { findQuotes, type QuoteFinding } from './find-quotes.ts';
import { findStats } from './find-stats.ts';
import { pickPullQuotes } from './pick-pull-quotes.ts';

const STATS_TITLE = 'By the numbers';

export interface Enriched {
  body: Block[];
  blockQuotes: number;
  pullQuotes: number;
  stats: number;
}

function quoteBlock(finding: QuoteFinding, variant: 'block' | 'pull'): BlockOf<'quote'> {
  const { name, role }: Person = finding.speaker;
  return {
    type: 'quote',
    variant,
    text: finding.text,
    attribution: role === undefined ? { name } : { name, role },
  };
}

/**
 * Does the editing work on an English article's body: quotation paragraphs
 * become block quotes, up to three strong quoted lines are pulled out after
 * their paragraph, and a "By the numbers" group of statistics closes it.
 */
export function enrichBody(body: readonly Block[]): Enriched {
  const paragraphAt: number[] = [];
  const texts: string[] = [];
  body.forEach((block, index) => {
    if (block.type !== 'paragraph') return;
    paragraphAt[index] = texts.length;
    texts.push(inlineText(block.content));
  });
  const findings = findQuotes(texts);
  const blockQuotes = new Map(
    findings
      .filter((finding) => finding.wholeParagraph)
      .map((finding) => [finding.paragraph, finding]),
  );
  const pulls = pickPullQuotes(findings, texts.length);
  const stats = findStats(texts);
  const enriched: Block[] = [];
  body.forEach((block, index) => {
    const paragraph = paragraphAt[index];
    const asQuote = paragraph === undefined ? undefined : blockQuotes.get(paragraph);
    enriched.push(asQuote === undefined ? block : quoteBlock(asQuote, 'block'));
    for (const pull of pulls)
      if (pull.paragraph === paragraph) enriched.push(quoteBlock(pull, 'pull'));
  });
  if (stats.length > 0) enriched.push({ type: 'stats', title: STATS_TITLE, items: stats });
  return {
    body: enriched,
    blockQuotes: blockQuotes.size,
    pullQuotes: pulls.length,
    stats: stats.length,
  };
}
