// Build-time rendering of bundled article pages (scripts/prerender.mjs runs
// this after `vite build --ssr`). The same components as the browser, with the
// article already in the query cache, so the HTML matches the first client
// render exactly and hydration has nothing to fix.
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app/App.tsx';
import { AppProviders, createQueryClient } from './app/AppProviders.tsx';
import { parseArticleJson } from './article/format/parse-article.ts';
import { summarizeArticle } from './article/format/summarize-article.ts';
import { articleQuery } from './article/load/article-queries.ts';
import { serializeInlineArticle } from './article/load/inline-article.ts';

export interface PrerenderedPage {
  html: string;
  title: string;
  description: string;
  inlineJson: string;
}

export function renderArticlePage(articleJson: string): PrerenderedPage {
  const result = parseArticleJson(articleJson);
  if (!result.ok)
    throw new Error(
      result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '),
    );
  const loaded = { article: result.article, skipped: result.skipped };
  const { article } = loaded;
  const client = createQueryClient();
  client.setQueryData(articleQuery(article.slug).queryKey, loaded);
  const html = renderToString(
    <AppProviders client={client}>
      <StaticRouter location={`/articles/${article.slug}`}>
        <App />
      </StaticRouter>
    </AppProviders>,
  );
  const summary = summarizeArticle(article);
  return {
    html,
    title: `${article.headline} · ${article.publication.name}`,
    description: article.dek ?? `By ${summary.byline}. ${String(summary.readingMinutes)} min read.`,
    inlineJson: serializeInlineArticle(loaded),
  };
}
