/** Hierarchical, so one article's counts and comments are invalidated together. */
export const engagementKeys = {
  all: ['engagement'] as const,
  article: (articleId: string) => ['engagement', articleId] as const,
  counts: (articleId: string) => ['engagement', articleId, 'counts'] as const,
  comments: (articleId: string) => ['engagement', articleId, 'comments'] as const,
};
