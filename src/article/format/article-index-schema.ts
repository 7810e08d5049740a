// The list of bundled articles served at /articles/index.json. Each entry is
// a summary derived from its article by summarizeArticle(), so the front page
// can list stories without downloading every one of them.
import * as v from 'valibot';

export const INDEX_FORMAT = 'broadsheet/index@1';

export const articleSummarySchema = v.object({
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug')),
  headline: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  dek: v.optional(v.string()),
  section: v.optional(v.string()),
  byline: v.string(),
  publication: v.string(),
  source: v.optional(v.string()),
  publishedAt: v.optional(v.string()),
  language: v.string(),
  readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  engagement: v.optional(
    v.object({
      views: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      comments: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
  ),
});

export const articleIndexSchema = v.object({
  format: v.literal(INDEX_FORMAT, `must be "${INDEX_FORMAT}"`),
  articles: v.array(articleSummarySchema),
});

export type ArticleSummary = v.InferOutput<typeof articleSummarySchema>;
export type ArticleIndex = v.InferOutput<typeof articleIndexSchema>;
