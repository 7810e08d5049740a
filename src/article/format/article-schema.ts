// The article format, version 1. This file is the single source of truth:
// the TypeScript types below are inferred from it, the published JSON Schema
// (/schema/article-v1.json) is generated from it, and docs/article-format.md
// describes it. Change it here and regenerate; never restate it by hand.
import * as v from 'valibot';
import { parseSrcset } from './parse-srcset.ts';
import { isSafeUrl } from './safe-url.ts';

export const ARTICLE_FORMAT = 'broadsheet/article@1';

const nonBlank = (value: string) => value.trim().length > 0;

function text(max: number, what = 'text') {
  return v.pipe(
    v.string('must be a string'),
    v.minLength(1, 'must not be empty'),
    v.check(nonBlank, 'must not be blank'),
    v.maxLength(max, `${what} must be at most ${String(max)} characters`),
  );
}

const url = v.pipe(
  v.string('must be a string'),
  v.maxLength(4096, 'URL must be at most 4096 characters'),
  v.check(isSafeUrl, 'must be an http(s) or relative URL'),
  v.description('An http(s) URL or a relative URL. Any other scheme is refused.'),
);

// ISO 8601: a calendar date, or a date and time with a zone offset.
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const isoDateTime = v.pipe(
  v.string('must be a string'),
  v.regex(ISO_8601, 'must be an ISO 8601 date or date-time, e.g. 2022-01-11T09:30:00Z'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real calendar date'),
);

// BCP 47, loosely: a primary language subtag and optional subtags.
const languageTag = v.pipe(
  v.string('must be a string'),
  v.regex(
    /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/,
    'must be a BCP 47 language tag, e.g. "en" or "es-AR"',
  ),
);

const slug = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens'),
  v.maxLength(120, 'slug must be at most 120 characters'),
);

const count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);

/** A run of text with optional emphasis, strong and link. */
export const inlineSchema = v.union(
  [
    v.string('must be a string'),
    v.object({
      text: v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty')),
      emphasis: v.optional(v.boolean('must be true or false')),
      strong: v.optional(v.boolean('must be true or false')),
      href: v.optional(url),
    }),
  ],
  'must be a string or a text run { text, emphasis?, strong?, href? }',
);

const inlineContent = v.pipe(
  v.array(inlineSchema, 'must be an array of text runs'),
  v.minLength(1, 'must have at least one text run'),
);

const personSchema = v.object({
  name: text(200, 'name'),
  url: v.optional(url),
  role: v.optional(text(200, 'role')),
});

const imageSchema = v.object({
  src: url,
  srcset: v.optional(
    v.pipe(
      v.string('must be a string'),
      // Read as a browser reads it (a URL may hold commas), so what is checked
      // is what would be fetched.
      v.check(
        (value) => parseSrcset(value).every((candidate) => isSafeUrl(candidate.url)),
        'every candidate must be an http(s) or relative URL',
      ),
    ),
  ),
  sizes: v.optional(v.string('must be a string')),
  alt: v.pipe(v.string('must be a string (use "" for a decorative image)'), v.maxLength(1000)),
  width: v.pipe(count, v.minValue(1, 'must be at least 1')),
  height: v.pipe(count, v.minValue(1, 'must be at least 1')),
});

const figureFields = {
  image: v.optional(imageSchema),
  caption: v.optional(text(2000, 'caption')),
  credit: v.optional(text(300, 'credit')),
};

const hasImageOrCaption = (figure: { image?: unknown; caption?: unknown }) =>
  figure.image !== undefined || figure.caption !== undefined;

export const statItemSchema = v.object({
  value: text(40, 'value'),
  label: text(200, 'label'),
  context: v.optional(text(1000, 'context')),
  unit: v.optional(text(40, 'unit')),
  source: v.optional(text(300, 'source')),
  asOf: v.optional(isoDateTime),
});

export const paragraphBlockSchema = v.object({
  type: v.literal('paragraph'),
  content: inlineContent,
});

export const headingBlockSchema = v.object({
  type: v.literal('heading'),
  level: v.picklist([2, 3, 4], 'must be 2, 3 or 4'),
  text: text(300, 'heading'),
});

export const figureBlockSchema = v.pipe(
  v.object({ type: v.literal('figure'), ...figureFields }),
  v.check((figure) => hasImageOrCaption(figure), 'a figure needs an image, a caption or both'),
);

export const quoteBlockSchema = v.object({
  type: v.literal('quote'),
  variant: v.picklist(['block', 'pull'], 'must be "block" or "pull"'),
  text: text(5000, 'quote'),
  attribution: v.optional(
    v.object({
      name: text(200, 'name'),
      role: v.optional(text(300, 'role')),
      source: v.optional(text(300, 'source')),
    }),
  ),
});

export const statBlockSchema = v.object({
  type: v.literal('stat'),
  ...statItemSchema.entries,
});

export const statsBlockSchema = v.object({
  type: v.literal('stats'),
  title: text(200, 'title'),
  items: v.pipe(
    v.array(statItemSchema, 'must be an array of statistics'),
    v.minLength(1, 'must have at least one statistic'),
    v.maxLength(24, 'must have at most 24 statistics'),
  ),
  source: v.optional(text(300, 'source')),
});

export const listBlockSchema = v.object({
  type: v.literal('list'),
  ordered: v.boolean('must be true or false'),
  items: v.pipe(
    v.array(inlineContent, 'must be an array of items'),
    v.minLength(1, 'must have at least one item'),
  ),
});

export const dividerBlockSchema = v.object({ type: v.literal('divider') });

/** Every block this version knows, keyed on `type`. */
export const blockSchemas = {
  paragraph: paragraphBlockSchema,
  heading: headingBlockSchema,
  figure: figureBlockSchema,
  quote: quoteBlockSchema,
  stat: statBlockSchema,
  stats: statsBlockSchema,
  list: listBlockSchema,
  divider: dividerBlockSchema,
} as const;

export type BlockType = keyof typeof blockSchemas;

export const blockSchema = v.union(
  [
    paragraphBlockSchema,
    headingBlockSchema,
    figureBlockSchema,
    quoteBlockSchema,
    statBlockSchema,
    statsBlockSchema,
    listBlockSchema,
    dividerBlockSchema,
  ],
  'must be a known block',
);

const metadataEntries = {
  format: v.literal(ARTICLE_FORMAT, `must be "${ARTICLE_FORMAT}"`),
  id: text(200, 'id'),
  slug,
  headline: text(300, 'headline'),
  dek: v.optional(text(600, 'dek')),
  section: v.optional(text(80, 'section')),
  authors: v.pipe(v.array(personSchema, 'must be an array of authors'), v.maxLength(20)),
  publication: v.object({ name: text(200, 'name'), url: v.optional(url) }),
  source: v.optional(v.object({ name: text(200, 'name'), url: v.optional(url) })),
  publishedAt: v.optional(isoDateTime),
  updatedAt: v.optional(isoDateTime),
  language: languageTag,
  direction: v.optional(v.picklist(['ltr', 'rtl'], 'must be "ltr" or "rtl"')),
  canonicalUrl: v.optional(url),
  tags: v.optional(v.pipe(v.array(text(60, 'tag'), 'must be an array of tags'), v.maxLength(30))),
  lead: v.optional(
    v.pipe(
      v.object(figureFields),
      v.check((figure) => hasImageOrCaption(figure), 'a figure needs an image, a caption or both'),
    ),
  ),
  engagement: v.optional(
    v.object({
      views: v.optional(count),
      comments: v.optional(count),
      capturedAt: v.optional(isoDateTime),
    }),
  ),
};

/** The whole article, strictly: what the JSON Schema publishes. */
export const articleSchema = v.object({
  ...metadataEntries,
  body: v.array(blockSchema, 'must be an array of blocks'),
});

/**
 * The same metadata with the body left open, so that one bad or unknown
 * block can be skipped without refusing the whole story.
 */
export const articleEnvelopeSchema = v.object({
  ...metadataEntries,
  body: v.array(v.unknown(), 'must be an array of blocks'),
});

export type Article = v.InferOutput<typeof articleSchema>;
export type Block = Article['body'][number];
export type Inline = v.InferOutput<typeof inlineSchema>;
export type StatItem = v.InferOutput<typeof statItemSchema>;
export type Figure = NonNullable<Article['lead']>;
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;
