// Builds the oEmbed document of every bundled article, at build time. The
// article schema decides what is an article: a file that does not validate
// gets no oEmbed document (and `npm run index` names it).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticleJson } from '../../src/article/format/parse-article.ts';
import { bylineOf, countWords, inlineText } from '../../src/article/format/summarize-article.ts';
import type { Article } from '../../src/article/format/article-schema.ts';
import { oembedDocument, type OEmbedDocument } from '../../src/embed/oembed/oembed-document.ts';

export interface OEmbedFile {
  /** Relative to the output directory, e.g. oembed/my-story.json. */
  fileName: string;
  document: OEmbedDocument;
}

/** The words the embed shows, pull quotes and numbers included: they take room in the frame. */
function shownWords(article: Article): number {
  const text = article.body.map((block): string => {
    switch (block.type) {
      case 'paragraph':
        return inlineText(block.content);
      case 'list':
        return block.items.map(inlineText).join(' ');
      case 'heading':
      case 'quote':
        return block.text;
      case 'stats':
        return block.items
          .map((item) => `${item.value} ${item.label} ${item.context ?? ''}`)
          .join(' ');
      case 'stat':
        return `${block.value} ${block.label} ${block.context ?? ''}`;
      case 'figure':
        return block.caption ?? '';
      case 'divider':
        return '';
      default:
        return block satisfies never;
    }
  });
  return countWords([article.dek ?? '', article.lead?.caption ?? '', ...text].join(' '));
}

export function oembedFileFor(article: Article, siteUrl: string): OEmbedFile {
  return {
    fileName: `oembed/${article.slug}.json`,
    document: oembedDocument(
      {
        slug: article.slug,
        headline: article.headline,
        byline: bylineOf(article),
        publication: article.publication.name,
        words: shownWords(article),
        hasLeadImage: article.lead?.image !== undefined,
      },
      siteUrl,
    ),
  };
}

export async function oembedFiles(articlesDir: string, siteUrl: string): Promise<OEmbedFile[]> {
  const names = (await readdir(articlesDir)).filter(
    (name) => name.endsWith('.json') && name !== 'index.json',
  );
  const files: OEmbedFile[] = [];
  for (const name of names.sort()) {
    const result = parseArticleJson(await readFile(path.join(articlesDir, name), 'utf8'));
    if (result.ok && `${result.article.slug}.json` === name) {
      files.push(oembedFileFor(result.article, siteUrl));
    }
  }
  return files;
}
