// Build-time rendering of bundled article pages (scripts/prerender.mjs runs
// this after `vite build --ssr`). The same components as the browser, given
// the article the way the browser's page gives it (PreloadedArticleContext),
// so the HTML matches the first client render exactly and hydration has
// nothing to fix.
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app/App.tsx';
import { parseArticleJson } from './article/format/parse-article.ts';
import { summarizeArticle } from './article/format/summarize-article.ts';
import { serializeInlineArticle } from './article/load/inline-article.ts';
import { PreloadedArticleContext } from './article/load/preloaded-article.ts';
import { oembedPath } from './embed/oembed/oembed-path.ts';

export interface PrerenderedPage {
  html: string;
  title: string;
  description: string;
  inlineJson: string;
  /** The article's oEmbed document, for the discovery link in the head. */
  oembedHref: string;
}

export function renderArticlePage(articleJson: string): PrerenderedPage {
  const result = parseArticleJson(articleJson);
  if (!result.ok)
    throw new Error(
      result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '),
    );
  const loaded = { article: result.article, skipped: result.skipped };
  const { article } = loaded;
  const html = renderToString(
    <PreloadedArticleContext value={loaded}>
      <StaticRouter location={`/articles/${article.slug}`}>
        <App />
      </StaticRouter>
    </PreloadedArticleContext>,
  );
  const summary = summarizeArticle(article);
  return {
    html,
    title: `${article.headline} · ${article.publication.name}`,
    description: article.dek ?? `By ${summary.byline}. ${String(summary.readingMinutes)} min read.`,
    inlineJson: serializeInlineArticle(loaded),
    oembedHref: oembedPath(article.slug),
  };
}
