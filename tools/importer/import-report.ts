import type { Article } from '../../src/article/format/article-schema.ts';
import type { DropEntry, DropLog, DropReason } from './drop-log.ts';

/** What one import did, for the person running it. */
export interface ImportReport {
  /** Blocks in the article body by type; pull quotes counted apart from block quotes. */
  blocks: Record<string, number>;
  blockQuotes: number;
  pullQuotes: number;
  stats: number;
  dropped: (DropEntry & { reason: DropReason })[];
  notes: string[];
}

const DROP_REASONS: Record<DropReason, string> = {
  'site-chrome': 'lines of site chrome',
  'after-footer': 'lines after the post’s footer',
  script: 'scripts',
  'event-handler': 'inline event handlers',
  'unsafe-base': '<base> elements with a non-http(s) URL',
  'unsafe-link': 'script or non-http(s) URLs (link text kept)',
  'dead-link': 'links that only work inside the page (text kept)',
  'image-without-size': 'images without width/height (any caption kept)',
  'unsafe-image': 'images without an http(s) source',
  'tiny-image': 'tracking pixels and spacers',
  'lead-image-without-size': 'og:image without width/height',
  table: 'tables',
  embed: 'embeds (iframes, video, social posts)',
  form: 'forms and form controls',
  'orphan-caption': 'captions of removed media',
  'duplicate-headline': 'headings repeating the headline',
  'byline-paragraph': 'paragraphs repeating the byline',
  'credit-only-caption': 'captions of dropped images that were only a credit',
};

export function countBlocks(article: Pick<Article, 'body'>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of article.body) {
    const key = block.type === 'quote' && block.variant === 'pull' ? 'pull quote' : block.type;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export function dropList(log: DropLog): ImportReport['dropped'] {
  return [...log.entries()].map(([reason, entry]) => ({ reason, ...entry }));
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${count === 1 ? noun.replace(/s$/, '') : noun}`;
}

/** The summary lines printed for one imported article, indented under its heading. */
export function formatReport(heading: string, report: ImportReport): string[] {
  const blocks = Object.entries(report.blocks)
    .map(([type, count]) => `${String(count)} ${type}`)
    .join(', ');
  const lines = [
    heading,
    `  blocks: ${blocks}`,
    `  found: ${plural(report.blockQuotes, 'block quotes')}, ${plural(report.pullQuotes, 'pull quotes')}, ${plural(report.stats, 'statistics')}`,
  ];
  for (const drop of report.dropped) {
    const examples =
      drop.examples.length === 0
        ? ''
        : ` (${drop.examples.map((example) => `"${example}"`).join(', ')})`;
    lines.push(`  dropped: ${String(drop.count)} × ${DROP_REASONS[drop.reason]}${examples}`);
  }
  for (const note of report.notes) lines.push(`  note: ${note}`);
  return lines;
}
