// The yardstick for the Lighthouse bench: the sample story as a plain static
// HTML page — the same text, markup and stylesheet, and no JavaScript at all.
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseArticleJson } from '../../src/article/format/parse-article.ts';
import { ArticleView } from '../../src/article/view/ArticleView.tsx';

export function staticArticlePage(articlePath: string, cssPath = 'src/styles.css'): string {
  const result = parseArticleJson(readFileSync(articlePath, 'utf8'));
  if (!result.ok) throw new Error(`${articlePath} is not a valid article`);
  const { article } = result;
  const body = renderToStaticMarkup(<ArticleView article={article} />);
  return `<!doctype html>
<html lang="${article.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${article.headline.replace(/"/g, '&quot;')}">
<title>${article.headline.replace(/</g, '&lt;')}</title>
<style>${readFileSync(cssPath, 'utf8')}</style>
</head>
<body><main id="main" style="padding: 0 1rem">${body}</main></body>
</html>
`;
}
