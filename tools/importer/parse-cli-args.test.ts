// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './parse-cli-args.ts';

describe('parseCliArgs', () => {
  it('reads files and options, defaulting the output folder', () => {
    expect(
      parseCliArgs([
        'a.txt',
        '--source',
        'The New York Times',
        '--slug',
        'a-story',
        '--language',
        'en-gb',
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        files: ['a.txt'],
        out: 'public/articles',
        stdout: false,
        importOptions: { source: 'The New York Times', slug: 'a-story', language: 'en-GB' },
      },
    });
  });

  it('reads several files with an output folder', () => {
    expect(parseCliArgs(['a.html', 'b.txt', '--out', 'tmp'])).toMatchObject({
      kind: 'run',
      options: { files: ['a.html', 'b.txt'], out: 'tmp', stdout: false },
    });
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], 'no input files'],
    [['a.txt', '--nope'], "Unknown option '--nope'"],
    [['a.txt', '--url', 'javascript:alert(1)'], '--url must be an absolute http(s) URL'],
    [['a.txt', '--url', '/relative'], '--url must be an absolute http(s) URL'],
    [['a.txt', '--slug', 'Not A Slug'], '--slug must be'],
    [['a.txt', '--slug', 'index'], '--slug index is reserved'],
    [['a.txt', '--language', 'english'], '--language must be'],
    [['a.txt', 'b.txt', '--slug', 'x'], '--slug describe one article'],
    [['a.txt', 'b.txt', '--stdout'], '--stdout describe one article'],
    [['a.txt', '--stdout', '--out', 'x'], '--stdout writes no file'],
    [['a.txt', '--publication', ' '], '--publication needs a value'],
  ])('refuses %j', (args, message) => {
    const parsed = parseCliArgs(args);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' ? parsed.message : '').toContain(message);
  });
});
