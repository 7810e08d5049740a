import {
  ARTICLE_FORMAT,
  type Article,
  type Block,
} from '../../src/article/format/article-schema.ts';
import { formatProblem, parseArticle } from '../../src/article/format/parse-article.ts';
import { inlineText } from '../../src/article/format/summarize-article.ts';
import { textDirection } from '../../src/article/format/text-direction.ts';
import { checkVerbatim } from './check-verbatim.ts';
import { decodeInput } from './decode-input.ts';
import { detectLanguage, isEnglish } from './detect-language.ts';
import type { DraftArticle } from './draft-article.ts';
import { enrichBody } from './enrich-body.ts';
import { countBlocks, dropList, type ImportReport } from './import-report.ts';
import { makeSlug } from './make-slug.ts';
import { readHtmlPage } from './read-html-page.ts';
import { readTextScrape } from './read-text-scrape.ts';

/** Inputs larger than this are refused before they are read. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** What the command line's options supply; each wins over what the input says. */
export interface ImportOptions {
  /** The article's canonical URL; for HTML also the base for relative links. */
  url?: string;
  /** The original publisher of a republished story, e.g. "The New York Times". */
  source?: string;
  publication?: string;
  slug?: string;
  /** A BCP 47 tag, for inputs that do not declare their language. */
  language?: string;
}

export interface ImportInput {
  /** The file name; its extension says whether the input is text or HTML. */
  name: string;
  content: string | Uint8Array;
}

export type ImportResult = (
  { ok: true; article: Article; report: ImportReport } | { ok: false; error: string }
) & {
  /** How the bytes were read, when the person running the import should check (see decodeInput). */
  warning?: string;
};

const MEGABYTE = 1024 * 1024;

/** Why an input over MAX_INPUT_BYTES is refused, in one line. */
export function tooLargeMessage(bytes: number): string {
  const size = (Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1);
  return `input is ${size} MB, over the importer's limit of ${String(MAX_INPUT_BYTES / MEGABYTE)} MB`;
}

function inputKind(name: string): 'text' | 'html' | undefined {
  if (/\.(?:txt|text)$/i.test(name)) return 'text';
  if (/\.(?:html?|xhtml)$/i.test(name)) return 'html';
  return undefined;
}

function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

function readDraft(
  text: string,
  kind: 'text' | 'html',
  options: ImportOptions,
): DraftArticle | { error: string } {
  if (kind === 'text') return readTextScrape(text);
  return readHtmlPage(text, options.url === undefined ? {} : { url: options.url });
}

/** The text of the paragraphs only: what quotes and statistics are looked for in. */
function paragraphText(body: readonly Block[]): string {
  return body
    .flatMap((block) => (block.type === 'paragraph' ? [inlineText(block.content)] : []))
    .join('\n');
}

/** All the text the input gave the body, against which nothing may be invented. */
function sourceTextOf(body: readonly Block[]): string {
  return body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return inlineText(block.content);
        case 'quote':
          return block.text;
        case 'list':
          return block.items.map(inlineText).join('\n');
        case 'heading':
          return block.text;
        case 'figure':
          return block.caption ?? '';
        default:
          return '';
      }
    })
    .join('\n');
}

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** The draft completed with the options and checked against the format. */
function buildArticle(
  draft: DraftArticle,
  input: ImportInput,
  options: ImportOptions,
): ImportResult {
  const sourceText = sourceTextOf(draft.body);
  const notes = [...draft.notes];
  const detected =
    draft.language === undefined ? detectLanguage(paragraphText(draft.body)) : undefined;
  const language = options.language ?? draft.language ?? detected;
  if (language === undefined)
    return { ok: false, error: 'cannot tell the article’s language; pass --language' };
  if (options.language === undefined && detected !== undefined)
    notes.push(`language "${detected}" guessed from the text`);
  const publication = options.publication ?? draft.publication;
  if (publication === undefined)
    return { ok: false, error: 'no publication name found; pass --publication' };
  const slug = options.slug ?? makeSlug(draft.headline) ?? makeSlug(baseName(input.name));
  if (slug === undefined)
    return { ok: false, error: 'cannot make a slug from the headline; pass --slug' };
  const english = isEnglish(language);
  if (!english)
    notes.push(
      `no quotes or statistics looked for: they are found in English only, and this is "${language}"`,
    );
  const enriched = english
    ? enrichBody(draft.body)
    : { body: draft.body, blockQuotes: 0, pullQuotes: 0, stats: 0 };
  const canonicalUrl = options.url ?? draft.canonicalUrl;
  const candidate: Article = {
    format: ARTICLE_FORMAT,
    id: slug,
    slug,
    headline: draft.headline,
    ...(draft.dek === undefined ? {} : { dek: draft.dek }),
    authors: draft.authors,
    publication: { name: publication },
    ...(options.source === undefined ? {} : { source: { name: options.source } }),
    ...(draft.publishedAt === undefined ? {} : { publishedAt: draft.publishedAt }),
    ...(draft.updatedAt === undefined ? {} : { updatedAt: draft.updatedAt }),
    language,
    direction: draft.direction ?? textDirection({ language }),
    ...(canonicalUrl === undefined ? {} : { canonicalUrl }),
    ...(draft.lead === undefined ? {} : { lead: draft.lead }),
    ...(draft.engagement === undefined ? {} : { engagement: draft.engagement }),
    body: enriched.body,
  };
  const parsed = parseArticle(candidate);
  if (!parsed.ok)
    return {
      ok: false,
      error: `not a valid article: ${parsed.problems.map(formatProblem).join('; ')}`,
    };
  const invalid = parsed.skipped.map(formatProblem);
  if (invalid.length > 0) return { ok: false, error: `invalid blocks: ${invalid.join('; ')}` };
  const invented = checkVerbatim(parsed.article, sourceText);
  if (invented.length > 0)
    return { ok: false, error: `not found verbatim in the source: ${invented.join(' | ')}` };
  return {
    ok: true,
    article: parsed.article,
    report: {
      blocks: countBlocks(parsed.article),
      blockQuotes: enriched.blockQuotes,
      pullQuotes: enriched.pullQuotes,
      stats: enriched.stats,
      dropped: dropList(draft.dropped),
      notes,
    },
  };
}

/**
 * Turns a plain-text scrape (.txt) or a news page (.html) into a valid
 * Broadsheet article, with quotes and statistics found in English stories.
 * Pure apart from the work it does: no files, no network.
 */
export function importArticle(input: ImportInput, options: ImportOptions = {}): ImportResult {
  const kind = inputKind(input.name);
  if (kind === undefined) return { ok: false, error: 'not a .txt or .html file' };
  const bytes = byteLength(input.content);
  if (bytes > MAX_INPUT_BYTES) return { ok: false, error: tooLargeMessage(bytes) };
  const decoded =
    typeof input.content === 'string' ? { text: input.content } : decodeInput(input.content, kind);
  const draft = readDraft(decoded.text, kind, options);
  const result: ImportResult =
    'error' in draft ? { ok: false, error: draft.error } : buildArticle(draft, input, options);
  return decoded.warning === undefined ? result : { ...result, warning: decoded.warning };
}
