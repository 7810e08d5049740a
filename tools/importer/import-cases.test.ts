// @vitest-environment node
// Golden-file tests in the shape of mozilla/readability's test-pages: one
// folder per case under cases/ with its input (input.txt or source.html),
// the importer options (options.json, as on the command line) and the
// expected article (expected.json). Run with UPDATE_IMPORTER_CASES=1 to
// rewrite the expected files after a deliberate change, then review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { expectImportInvariants, visibleText } from './expect-import-invariants.ts';
import { formatJson } from './format-json.ts';
import { importArticle } from './import-article.ts';

const CASES = fileURLToPath(new URL('./cases/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const UPDATE = process.env.UPDATE_IMPORTER_CASES === '1';

/**
 * Cases whose expected article is a file the app ships: the sample article was
 * regenerated with the importer and reviewed, so the two must stay equal.
 */
const PUBLISHED: Record<string, string> = {
  'kazakhstan-sample': 'public/articles/kazakhstan-russian-troops-withdrawal.json',
};

const optionsSchema = v.strictObject({
  url: v.optional(v.string()),
  source: v.optional(v.string()),
  publication: v.optional(v.string()),
  slug: v.optional(v.string()),
  language: v.optional(v.string()),
});

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function inputOf(dir: string): string {
  const inputs = ['input.txt', 'source.html'].filter((name) => existsSync(path.join(dir, name)));
  if (inputs.length !== 1) throw new Error(`${dir} needs exactly one of input.txt and source.html`);
  return path.join(dir, inputs[0] ?? '');
}

describe('importer golden cases', { timeout: 30_000 }, () => {
  const names = readdirSync(CASES).sort();

  it('has cases', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  for (const name of names) {
    it(name, async () => {
      const dir = path.join(CASES, name);
      const input = inputOf(dir);
      const optionsFile = path.join(dir, 'options.json');
      const options = v.parse(optionsSchema, existsSync(optionsFile) ? readJson(optionsFile) : {});
      const content = readFileSync(input);
      const result = importArticle({ name: input, content }, options);
      if (!result.ok) throw new Error(`${name}: ${result.error}`);
      const published = PUBLISHED[name];
      const expectedFile =
        published === undefined ? path.join(dir, 'expected.json') : path.join(REPO, published);
      if (UPDATE && published === undefined) {
        writeFileSync(expectedFile, await formatJson(result.article, expectedFile));
      }
      expect(result.article).toEqual(readJson(expectedFile));
      const text = content.toString('utf8');
      expectImportInvariants(result.article, input.endsWith('.html') ? visibleText(text) : text);
    });
  }
});
