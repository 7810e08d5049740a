// Rebuilds public/articles/index.json from the article files beside it, so
// that the front page lists exactly the articles that validate.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FORMAT, type ArticleIndex } from '../../src/article/format/article-index-schema.ts';
import { formatProblem, parseArticleJson } from '../../src/article/format/parse-article.ts';
import { summarizeArticle } from '../../src/article/format/summarize-article.ts';

export const INDEX_FILE = 'index.json';

export async function buildIndex(dir: string): Promise<{ index: ArticleIndex; errors: string[] }> {
  const files = (await readdir(dir))
    .filter((name) => name.endsWith('.json') && name !== INDEX_FILE)
    .sort();
  const errors: string[] = [];
  const articles: ArticleIndex['articles'] = [];
  for (const name of files) {
    const result = parseArticleJson(await readFile(path.join(dir, name), 'utf8'));
    if (!result.ok) {
      errors.push(`${name}: ${result.problems.map(formatProblem).join('; ')}`);
      continue;
    }
    if (`${result.article.slug}.json` !== name) {
      errors.push(`${name}: slug "${result.article.slug}" does not match the file name`);
      continue;
    }
    articles.push(summarizeArticle(result.article));
  }
  return { index: { format: INDEX_FORMAT, articles }, errors };
}

export async function writeIndex(dir: string): Promise<{ count: number; errors: string[] }> {
  const { index, errors } = await buildIndex(dir);
  await writeFile(path.join(dir, INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
  return { count: index.articles.length, errors };
}
