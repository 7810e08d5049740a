import { normalizeSpace } from './normalize-space.ts';

export type ScrapeLine =
  | { kind: 'blank' }
  | { kind: 'chrome'; text: string }
  | { kind: 'engagement'; text: string; views?: number; comments?: number }
  | { kind: 'publication'; name: string }
  | { kind: 'byline'; byline: string }
  | { kind: 'date'; text: string; iso?: string }
  | { kind: 'text'; text: string };

// Lines that blog platforms (Wix, WordPress, Medium, Substack) put around
// every post: navigation, account links, share buttons, reading time.
const CHROME_LINES = new Set(
  (
    'top of page|bottom of page|skip to main content|skip to content|menu|home|search|log in|login|' +
    'sign in|sign up|log in / sign up|log out|subscribe|share|share this|share this post|more|follow|' +
    'follow us|all posts|recent posts|see all|back to top|print|email|facebook|twitter|x|linkedin|' +
    'whatsapp|copy link|like|comments|write a comment...|post not marked as liked|privacy policy|' +
    'terms of use|cookie settings|accept|advertisement|related posts|read more|related'
  ).split('|'),
);
const READING_TIME = /^(?:\d+|one|two|three|four|five)\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;
// "7 views0 comments": Wix glues the counters together.
const ENGAGEMENT =
  /^(?:(\d{1,3}(?:,\d{3})*|\d+)\s*views?)?\s*(?:(\d{1,3}(?:,\d{3})*|\d+)\s*comments?)?\s*(?:\d[\d,]*\s*likes?)?$/i;
const PUBLICATION = /^[•·▪◦]\s*(\S.*)$/;
const BYLINE = /^by\b[:\s]+(\p{Lu}.{1,200})$/iu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_LINE =
  /^(?:(?:updated|published|posted)\s*:?\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?$/i;

function parseCount(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text.replace(/,/g, ''));
}

/** An ISO calendar date, only when the line gives the year: never guessed. */
function isoDate(month: string, day: string, year: string | undefined): string | undefined {
  if (year === undefined) return undefined;
  const monthIndex = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  const date = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
  if (date.getUTCMonth() !== monthIndex) return undefined;
  return date.toISOString().slice(0, 10);
}

function classifyEngagement(line: string): ScrapeLine | undefined {
  const match = ENGAGEMENT.exec(line);
  if (match === null || !/\d/.test(line)) return undefined;
  const views = parseCount(match[1]);
  const comments = parseCount(match[2]);
  return {
    kind: 'engagement',
    text: line,
    ...(views === undefined ? {} : { views }),
    ...(comments === undefined ? {} : { comments }),
  };
}

/** What one line of a plain-text scrape is, judged on the line alone. */
export function classifyScrapeLine(raw: string): ScrapeLine {
  const line = normalizeSpace(raw);
  if (line === '') return { kind: 'blank' };
  if (CHROME_LINES.has(line.toLowerCase()) || READING_TIME.test(line) || COPYRIGHT.test(line)) {
    return { kind: 'chrome', text: line };
  }
  const engagement = classifyEngagement(line);
  if (engagement !== undefined) return engagement;
  const publication = PUBLICATION.exec(line)?.[1];
  if (publication !== undefined) return { kind: 'publication', name: publication.trim() };
  const byline = BYLINE.exec(line)?.[1];
  if (byline !== undefined && !/[.!?]$/.test(byline)) return { kind: 'byline', byline };
  const date = DATE_LINE.exec(line);
  if (date !== null) {
    const iso = isoDate(date[1] ?? '', date[2] ?? '', date[3]);
    return { kind: 'date', text: line, ...(iso === undefined ? {} : { iso }) };
  }
  return { kind: 'text', text: line };
}
