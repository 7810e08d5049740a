import { parseArgs } from 'node:util';
import { isAbsoluteHttpUrl } from '../../src/article/format/safe-url.ts';
import { canonicalLanguageTag } from './detect-language.ts';
import type { ImportOptions } from './import-article.ts';

const DEFAULT_OUT_DIR = 'public/articles';

export const USAGE =
  'usage: npm run import -- <file.txt|file.html>... [--out <dir>] [--url <canonical url>] [--stdout] [--source <name>] [--publication <name>] [--slug <slug>] [--language <tag>]';

export interface CliOptions {
  files: string[];
  out: string;
  stdout: boolean;
  importOptions: ImportOptions;
}

export type CliArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function usageError(message: string): CliArgs {
  return { kind: 'usage-error', message };
}

/** Options that describe one article cannot be given for several. */
function checkOneArticleOptions(
  files: readonly string[],
  values: Record<string, unknown>,
): string | undefined {
  if (files.length <= 1) return undefined;
  const given = ['url', 'slug', 'stdout'].filter((name) => values[name] !== undefined);
  return given.length === 0
    ? undefined
    : `--${given.join(', --')} describe one article: give one input file`;
}

function checkValues(values: {
  url?: string;
  slug?: string;
  language?: string;
}): string | undefined {
  if (values.url !== undefined && !isAbsoluteHttpUrl(values.url))
    return '--url must be an absolute http(s) URL';
  if (values.slug !== undefined && !SLUG.test(values.slug))
    return '--slug must be lowercase letters, digits and single hyphens';
  if (values.slug === 'index') return '--slug index is reserved for the article index (index.json)';
  if (values.language !== undefined && canonicalLanguageTag(values.language) === undefined) {
    return '--language must be a language tag such as "en" or "es-AR"';
  }
  return undefined;
}

/** Reads the import command's arguments; never exits, so it can be tested. */
export function parseCliArgs(args: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        url: { type: 'string' },
        stdout: { type: 'boolean' },
        source: { type: 'string' },
        publication: { type: 'string' },
        slug: { type: 'string' },
        language: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : 'cannot read the arguments');
  }
  const { values, positionals: files } = parsed;
  if (values.help === true) return { kind: 'help' };
  if (files.length === 0) return usageError('no input files');
  const blank = Object.entries(values).find(
    ([, value]) => typeof value === 'string' && value.trim() === '',
  );
  if (blank !== undefined) return usageError(`--${blank[0]} needs a value`);
  const problem = checkOneArticleOptions(files, values) ?? checkValues(values);
  if (problem !== undefined) return usageError(problem);
  if (values.stdout === true && values.out !== undefined)
    return usageError('--stdout writes no file: drop --out');
  const language =
    values.language === undefined ? undefined : canonicalLanguageTag(values.language);
  return {
    kind: 'run',
    options: {
      files,
      out: values.out ?? DEFAULT_OUT_DIR,
      stdout: values.stdout === true,
      importOptions: {
        ...(values.url === undefined ? {} : { url: values.url }),
        ...(values.source === undefined ? {} : { source: values.source.trim() }),
        ...(values.publication === undefined ? {} : { publication: values.publication.trim() }),
        ...(values.slug === undefined ? {} : { slug: values.slug }),
        ...(language === undefined ? {} : { language }),
      },
    },
  };
}
