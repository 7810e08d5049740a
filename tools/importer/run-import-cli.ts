import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FILE, writeIndex } from '../article-index/update-index.ts';
import {
  importArticle,
  MAX_INPUT_BYTES,
  tooLargeMessage,
  type ImportResult,
} from './import-article.ts';
import { formatJson } from './format-json.ts';
import { formatReport } from './import-report.ts';
import { parseCliArgs, USAGE, type CliOptions } from './parse-cli-args.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
/** With this many inputs or more, each file gets a progress line. */
const PROGRESS_FROM = 3;

function errorMessage(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : 'unknown error';
}

async function readInput(file: string): Promise<Uint8Array | { error: string }> {
  try {
    const { size } = await stat(file);
    // Refused before reading, so a huge file never fills memory.
    if (size > MAX_INPUT_BYTES) return { error: tooLargeMessage(size) };
    return await readFile(file);
  } catch (error) {
    return { error: `cannot read the file (${errorMessage(error)})` };
  }
}

async function importFile(file: string, options: CliOptions): Promise<ImportResult> {
  const content = await readInput(file);
  if ('error' in content) return { ok: false, error: content.error };
  try {
    return importArticle({ name: file, content }, options.importOptions);
  } catch (error) {
    // A bug, or a page that breaks jsdom or Readability: report it like any other failure.
    return { ok: false, error: `import failed (${errorMessage(error)})` };
  }
}

/**
 * Writes beside the target and renames into place, so a failed write (a full
 * disk, a killed run) never leaves a half-written article for the index to
 * trip over.
 */
async function writeArticle(out: string, target: string, json: string): Promise<void> {
  await mkdir(out, { recursive: true });
  const temporary = `${target}.${String(process.pid)}.tmp`;
  try {
    await writeFile(temporary, json);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Imports each file in turn, writing articles (or printing one) and a summary; returns how many failed. */
async function importAll(
  options: CliOptions,
  io: CliIo,
): Promise<{ failed: number; written: number }> {
  const writtenBy = new Map<string, string>();
  let failed = 0;
  for (const [index, file] of options.files.entries()) {
    if (options.files.length >= PROGRESS_FROM)
      io.stderr(`[${String(index + 1)}/${String(options.files.length)}] ${file}\n`);
    const result = await importFile(file, options);
    if (result.warning !== undefined) io.stderr(`warning: ${file}: ${result.warning}\n`);
    if (!result.ok) {
      failed += 1;
      io.stderr(`error: ${file}: ${result.error}\n`);
      continue;
    }
    const target = path.join(options.out, `${result.article.slug}.json`);
    if (!options.stdout && `${result.article.slug}.json` === INDEX_FILE) {
      // index.json is rebuilt after the run and would silently replace the article.
      failed += 1;
      io.stderr(
        `error: ${file}: the slug "index" is reserved for ${INDEX_FILE}; give another with --slug\n`,
      );
      continue;
    }
    let json: string;
    try {
      json = await formatJson(result.article, target);
    } catch (error) {
      failed += 1;
      io.stderr(`error: ${file}: cannot format the article (${errorMessage(error)})\n`);
      continue;
    }
    if (options.stdout) {
      io.stdout(json);
      io.stderr(`${formatReport(`${file} -> stdout`, result.report).join('\n')}\n`);
      continue;
    }
    const earlier = writtenBy.get(result.article.slug);
    if (earlier !== undefined) {
      failed += 1;
      io.stderr(
        `error: ${file}: slug "${result.article.slug}" was already written from ${earlier}; import it alone with --slug\n`,
      );
      continue;
    }
    try {
      await writeArticle(options.out, target, json);
    } catch (error) {
      failed += 1;
      io.stderr(`error: ${file}: cannot write ${target} (${errorMessage(error)})\n`);
      continue;
    }
    writtenBy.set(result.article.slug, file);
    io.stderr(`${formatReport(`${file} -> ${target}`, result.report).join('\n')}\n`);
  }
  return { failed, written: writtenBy.size };
}

/**
 * The import command: `npm run import -- <file...> [options]`. Exit code 0
 * when every input became an article, 1 when some could not (each says why;
 * the others are still written), 2 for wrong usage.
 */
export async function runImportCli(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(args);
  if (parsed.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`error: ${parsed.message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  const { failed, written } = await importAll(options, io);
  let indexFailed = false;
  if (written > 0) {
    const indexFile = path.join(options.out, INDEX_FILE);
    try {
      const index = await writeIndex(options.out);
      for (const error of index.errors) io.stderr(`warning: index skips ${error}\n`);
      io.stderr(`index: ${indexFile} lists ${String(index.count)} article(s)\n`);
    } catch (error) {
      indexFailed = true;
      io.stderr(`error: cannot rebuild ${indexFile} (${errorMessage(error)})\n`);
    }
  }
  if (options.files.length > 1) {
    io.stderr(
      `imported ${String(options.files.length - failed)} of ${String(options.files.length)} file(s)\n`,
    );
  }
  return failed > 0 || indexFailed ? EXIT_SOME_FAILED : EXIT_OK;
}
