// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArticleJson } from '../../src/article/format/parse-article.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, runImportCli } from './run-import-cli.ts';

// Passes through to the real module; a test makes one write fail, as on a
// read-only directory (EACCES), which cannot be arranged when tests run as root.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, writeFile: vi.fn(actual.writeFile) };
});

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = fileURLToPath(new URL('./cases/kazakhstan-sample/input.txt', import.meta.url));
const SAMPLE_OPTIONS = [
  '--source',
  'The New York Times',
  '--slug',
  'kazakhstan-russian-troops-withdrawal',
];
const PAGE = fileURLToPath(new URL('./cases/figures-and-credits/source.html', import.meta.url));

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-import-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runImportCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('runImportCli', { timeout: 30_000 }, () => {
  it('writes the article and the index, and summarises on stderr (exit 0)', async () => {
    const out = path.join(dir, 'articles');
    const { code, stdout, stderr } = await run([SAMPLE, '--out', out, ...SAMPLE_OPTIONS]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toBe('');
    const written = await readFile(
      path.join(out, 'kazakhstan-russian-troops-withdrawal.json'),
      'utf8',
    );
    expect(parseArticleJson(written).ok).toBe(true);
    const index: unknown = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'));
    expect(index).toMatchObject({ articles: [{ slug: 'kazakhstan-russian-troops-withdrawal' }] });
    expect(stderr).toContain('found: 2 block quotes, 3 pull quotes, 10 statistics');
    expect(stderr).toContain('dropped: 1 × lines of site chrome ("top of page")');
    expect(stderr).toContain('index.json lists 1 article(s)');
  });

  it('prints the article with --stdout and writes nothing', async () => {
    const index = path.join(REPO, 'public', 'articles', 'index.json');
    const before = existsSync(index) ? await readFile(index, 'utf8') : undefined;
    const { code, stdout } = await run([SAMPLE, '--stdout', ...SAMPLE_OPTIONS]);
    expect(code).toBe(EXIT_OK);
    const printed = parseArticleJson(stdout);
    expect(printed.ok && printed.article.slug).toBe('kazakhstan-russian-troops-withdrawal');
    expect(existsSync(index) ? await readFile(index, 'utf8') : undefined).toBe(before);
  });

  it('writes what it can and explains each failure in one line (exit 1)', async () => {
    const empty = path.join(dir, 'empty.txt');
    const pdf = path.join(dir, 'story.pdf');
    await writeFile(empty, 'top of page\nbottom of page\n');
    await writeFile(pdf, '%PDF-1.7');
    const out = path.join(dir, 'out');
    const { code, stderr } = await run([
      SAMPLE,
      empty,
      pdf,
      path.join(dir, 'missing.html'),
      PAGE,
      '--out',
      out,
    ]);
    expect(code).toBe(EXIT_SOME_FAILED);
    const errors = stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(errors).toEqual([
      `error: ${empty}: no headline: the text has only site chrome`,
      `error: ${pdf}: not a .txt or .html file`,
      `error: ${path.join(dir, 'missing.html')}: cannot read the file (ENOENT)`,
    ]);
    expect((await readdir(out)).sort()).toEqual([
      'harbour-reopens-after-storms.json',
      'index.json',
      'kazakhstan-says-russian-troops-can-start-leaving-this-week.json',
    ]);
    expect(stderr).toContain('[5/5] ');
    expect(stderr).toContain('imported 2 of 5 file(s)');
  });

  it('reads a Windows-1252 file and says so in one line naming it', async () => {
    const input = path.join(dir, 'cafe.txt');
    // “Café” in Windows-1252: 0x93 and 0x94 are the curly quotes, 0xE9 is é.
    await writeFile(
      input,
      Buffer.concat([
        Buffer.from('Harbour caf'),
        Buffer.from([0xe9]),
        Buffer.from(' reopens\n\nThe '),
        Buffer.from([0x93]),
        Buffer.from('Caf'),
        Buffer.from([0xe9, 0x94]),
        Buffer.from(' on the harbour reopened on Wednesday after the storms.\n'),
      ]),
    );
    const { code, stdout, stderr } = await run([
      input,
      '--stdout',
      '--language',
      'en',
      '--publication',
      'The Example',
    ]);
    expect(code).toBe(EXIT_OK);
    expect(stderr.split('\n')[0]).toBe(`warning: ${input}: not valid UTF-8; read as Windows-1252`);
    const printed = parseArticleJson(stdout);
    expect(printed.ok && printed.article.headline).toBe('Harbour café reopens');
    expect(stdout).toContain('The “Café” on the harbour');
    expect(stdout).not.toContain('\ufffd');
  });

  it('refuses a second article with the same slug in one run', async () => {
    const { code, stderr } = await run([SAMPLE, SAMPLE, '--out', dir]);
    expect(code).toBe(EXIT_SOME_FAILED);
    expect(stderr).toContain('was already written from');
  });

  it('reports a file it cannot write in one line, and still writes the rest and the index', async () => {
    const out = path.join(dir, 'out');
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    vi.mocked(writeFile).mockRejectedValueOnce(denied);
    const { code, stderr } = await run([SAMPLE, PAGE, '--out', out]);
    expect(code).toBe(EXIT_SOME_FAILED);
    const target = path.join(
      out,
      'kazakhstan-says-russian-troops-can-start-leaving-this-week.json',
    );
    expect(stderr.split('\n').filter((line) => line.startsWith('error: '))).toEqual([
      `error: ${SAMPLE}: cannot write ${target} (EACCES)`,
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
    // Nothing half-written is left behind, not even the temporary file.
    expect((await readdir(out)).sort()).toEqual([
      'harbour-reopens-after-storms.json',
      'index.json',
    ]);
    expect(stderr).toContain('index.json lists 1 article(s)');
  });

  it('fails in one line when --out is a file', async () => {
    const out = path.join(dir, 'not-a-dir');
    await writeFile(out, 'x');
    const { code, stderr } = await run([SAMPLE, '--out', out, ...SAMPLE_OPTIONS]);
    expect(code).toBe(EXIT_SOME_FAILED);
    expect(stderr).toMatch(
      new RegExp(
        `^error: ${SAMPLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot write .+ \\(E[A-Z]+\\)$`,
        'm',
      ),
    );
    expect(await readFile(out, 'utf8')).toBe('x');
  });

  it('refuses an article whose slug would be index.json', async () => {
    const input = path.join(dir, 'index.txt');
    await writeFile(
      input,
      'Index\n\nThe harbour reopened on Wednesday after the storms, the port authority said.\n',
    );
    const out = path.join(dir, 'out');
    const { code, stderr } = await run([
      input,
      '--out',
      out,
      '--language',
      'en',
      '--publication',
      'The Example',
    ]);
    expect(code).toBe(EXIT_SOME_FAILED);
    expect(stderr).toContain(`error: ${input}: the slug "index" is reserved for index.json`);
    expect(existsSync(path.join(out, 'index.json'))).toBe(false);
  });

  it.each([
    [[SAMPLE, '--slug', 'index']],
    [[]],
    [['--bogus', 'a.txt']],
    [[SAMPLE, '--url', 'ftp://example.com/a']],
    [[SAMPLE, SAMPLE, '--stdout']],
  ])('explains wrong usage with a usage line (exit 2): %j', async (args) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toMatch(/^error: .+\nusage: npm run import -- /);
  });

  it('prints the usage for --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^usage: /);
  });
});

// Starting Node with tsx takes a few seconds on a busy machine.
describe('scripts/import.ts', { timeout: 60_000 }, () => {
  it('runs as a command and sets the exit code', async () => {
    const script = path.join(REPO, 'scripts', 'import.ts');
    expect(existsSync(script)).toBe(true);
    const error = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
      cwd: REPO,
    }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({
      code: EXIT_USAGE,
      stderr: expect.stringContaining('usage: npm run import') as unknown,
    });
  });
});
