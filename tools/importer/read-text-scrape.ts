import type { Block } from '../../src/article/format/article-schema.ts';
import { classifyScrapeLine } from './classify-scrape-line.ts';
import type { DraftArticle } from './draft-article.ts';
import { recordDrop, type DropLog } from './drop-log.ts';
import { parseByline } from './parse-byline.ts';

const MAX_SUBHEAD_LENGTH = 80;

/** A short line with no closing punctuation between paragraphs reads as a subhead. */
function isSubhead(text: string, isLast: boolean): boolean {
  return (
    !isLast &&
    text.length <= MAX_SUBHEAD_LENGTH &&
    !/[.!?:;,…"”’)]$/.test(text) &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    text.split(' ').length <= 12
  );
}

function toBlocks(groups: readonly string[]): Block[] {
  return groups.map((text, index) =>
    isSubhead(text, index === groups.length - 1)
      ? { type: 'heading', level: 2, text }
      : { type: 'paragraph', content: [text] },
  );
}

interface ScrapeState {
  publication?: string;
  headline?: string;
  byline?: string;
  /** How many text groups came before the byline. */
  groupsBeforeByline?: number;
  publishedAt?: string;
  engagement?: { views?: number; comments?: number };
  groups: string[];
  current: string[];
  footerReached: boolean;
  dropped: DropLog;
  notes: string[];
}

function flush(state: ScrapeState): void {
  if (state.current.length > 0) state.groups.push(state.current.join(' '));
  state.current = [];
}

function readLine(state: ScrapeState, raw: string): void {
  const line = classifyScrapeLine(raw);
  if (state.footerReached) {
    if (line.kind !== 'blank') recordDrop(state.dropped, 'after-footer', raw.trim());
    return;
  }
  if (line.kind !== 'text') flush(state);
  switch (line.kind) {
    case 'blank':
      return;
    case 'chrome':
      recordDrop(state.dropped, 'site-chrome', line.text);
      return;
    case 'engagement':
      // The counters close the post on every platform we know; what follows is the site's.
      state.engagement = {
        ...(line.views === undefined ? {} : { views: line.views }),
        ...(line.comments === undefined ? {} : { comments: line.comments }),
      };
      state.notes.push(`engagement read from "${line.text}"`);
      state.footerReached = true;
      return;
    case 'publication':
      if (state.headline === undefined) state.publication ??= line.name;
      else state.current.push(raw.trim());
      return;
    case 'date':
      recordDrop(state.dropped, 'site-chrome', line.text);
      if (line.iso === undefined)
        state.notes.push(`date line "${line.text}" has no year: no date set`);
      else state.publishedAt ??= line.iso;
      return;
    case 'byline':
      if (state.headline !== undefined && state.byline === undefined) {
        state.byline = line.byline;
        state.groupsBeforeByline = state.groups.length;
      } else {
        state.current.push(raw.trim());
      }
      return;
    case 'text':
      if (state.headline === undefined) state.headline = line.text;
      else state.current.push(line.text);
  }
}

/**
 * Reads a plain-text scrape of a blog post: chrome lines dropped, the
 * publication's bullet line, headline, photo caption, byline, paragraphs and
 * the engagement counters found by position and shape.
 */
export function readTextScrape(text: string): DraftArticle | { error: string } {
  const state: ScrapeState = {
    groups: [],
    current: [],
    footerReached: false,
    dropped: new Map(),
    notes: [],
  };
  for (const raw of text.replace(/^\ufeff/, '').split(/\r\n?|\n/)) readLine(state, raw);
  flush(state);
  if (state.headline === undefined) return { error: 'no headline: the text has only site chrome' };
  // The line between the headline and the byline is the caption of a photo the scrape lost.
  const captionIndex =
    state.groupsBeforeByline !== undefined && state.groupsBeforeByline > 0 ? 0 : -1;
  const caption = state.groups[captionIndex];
  const paragraphs = state.groups.filter((_, index) => index !== captionIndex);
  if (paragraphs.length === 0) return { error: 'no article text after the headline' };
  return {
    headline: state.headline,
    authors: parseByline(state.byline),
    ...(state.publication === undefined ? {} : { publication: state.publication }),
    ...(state.publishedAt === undefined ? {} : { publishedAt: state.publishedAt }),
    ...(caption === undefined ? {} : { lead: { caption } }),
    ...(state.engagement === undefined ? {} : { engagement: state.engagement }),
    body: toBlocks(paragraphs),
    dropped: state.dropped,
    notes: state.notes,
  };
}
