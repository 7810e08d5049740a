// @vitest-environment node
// The eight news pages of the shared corpus (../shared/corpus beside the
// repository, as CI checks it out). Each must import with the headline and
// byline Readability finds, its language kept, its figures and captions kept,
// nothing executable, a valid article and the verbatim promise. The digest in
// corpus-digests/<page>.json pins the rest; UPDATE_IMPORTER_CASES=1 rewrites it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { joinList } from '../../src/article/format/list-parts.ts';
import { articleDigest } from './article-digest.ts';
import { expectImportInvariants, visibleText } from './expect-import-invariants.ts';
import { formatJson } from './format-json.ts';
import { importArticle } from './import-article.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(REPO, '../shared/corpus/html');
const DIGESTS = fileURLToPath(new URL('./corpus-digests/', import.meta.url));
const UPDATE = process.env.UPDATE_IMPORTER_CASES === '1';

const PAGES = [
  'nytimes-1',
  'wapo-2',
  'telegraph',
  'herald-sun-1',
  'quanta-1',
  'la-nacion',
  'theverge',
  'heise',
];

/** Languages of the pages that do not declare one (see the corpus README). */
const UNDECLARED_LANGUAGES: Record<string, string> = { 'wapo-2': 'en', 'la-nacion': 'es' };

const expectedMetadataSchema = v.object({
  title: v.string(),
  byline: v.nullable(v.string()),
  lang: v.optional(v.nullable(v.string())),
});

// jsdom and Readability on a 300 KB page take a second on a quiet machine, several on a busy one.
describe('corpus pages', { timeout: 60_000 }, () => {
  it('finds the shared corpus beside the repository', () => {
    expect(
      existsSync(CORPUS),
      `The article corpus is missing: expected it at ${CORPUS}. CI checks out shared/ beside the clone; locally, put the corpus there.`,
    ).toBe(true);
  });

  for (const page of PAGES) {
    it.runIf(existsSync(CORPUS))(page, async () => {
      const dir = path.join(CORPUS, page);
      const content = readFileSync(path.join(dir, 'source.html'));
      const expected = v.parse(
        expectedMetadataSchema,
        JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')),
      );
      const result = importArticle({ name: 'source.html', content });
      if (!result.ok) throw new Error(`${page}: ${result.error}`);
      const { article } = result;

      expect(article.headline).toBe(expected.title);
      expect(
        joinList(
          article.authors.map((author) => author.name),
          'en',
        ),
      ).toBe((expected.byline ?? '').replace(/^By\s+/i, ''));
      expect(article.language.toLowerCase()).toBe(
        (expected.lang ?? UNDECLARED_LANGUAGES[page] ?? '').toLowerCase(),
      );
      expectImportInvariants(article, visibleText(content.toString('utf8')));

      const digestFile = path.join(DIGESTS, `${page}.json`);
      const digest = articleDigest(article);
      if (UPDATE) writeFileSync(digestFile, await formatJson(digest, digestFile));
      expect(digest).toEqual(JSON.parse(readFileSync(digestFile, 'utf8')));
    });
  }
});
