import { describe, expect, it } from 'vitest';
import type { CommentRecord } from './comment.ts';
import {
  describeImport,
  exportFileName,
  parseCommentsFile,
  serializeCommentsFile,
  type ImportTally,
} from './comments-file.ts';

const article = { id: 'story-1', title: 'Kazakhstan says Russian troops can leave' };
const NOW = Date.UTC(2024, 4, 1, 12);

const comments: CommentRecord[] = [
  {
    id: 'c1',
    articleId: 'story-1',
    parentId: null,
    authorName: 'Ana',
    body: 'First line\nsecond line 👍',
    createdAt: NOW - 60_000,
    editedAt: NOW - 30_000,
    deletedAt: null,
  },
  {
    id: 'c2',
    articleId: 'story-1',
    parentId: 'c1',
    authorName: '',
    body: '',
    createdAt: NOW - 20_000,
    editedAt: null,
    deletedAt: NOW - 10_000,
  },
];

describe('comments file', () => {
  it('round-trips comments, replies and deletions', () => {
    const text = serializeCommentsFile(article, comments, NOW);
    expect(JSON.parse(text)).toMatchObject({
      format: 'broadsheet/comments@1',
      exportedAt: '2024-05-01T12:00:00.000Z',
      article,
    });
    expect(parseCommentsFile(text, article)).toEqual({
      ok: true,
      comments,
      skipped: 0,
      firstProblem: null,
    });
  });

  it('names the file after the article and the day', () => {
    expect(exportFileName('Kazakhstan says “Russian” troops café!', NOW)).toBe(
      'broadsheet-comments-kazakhstan-says-russian-troops-cafe-2024-05-01.json',
    );
    expect(exportFileName('Почему', NOW)).toBe('broadsheet-comments-article-2024-05-01.json');
  });

  it('refuses what is not an export, with a message a reader understands', () => {
    expect(parseCommentsFile('{oops', article)).toEqual({
      ok: false,
      message: 'This file is not a Broadsheet comments export: it is not JSON.',
    });
    expect(parseCommentsFile('{"format":"broadsheet/article@1"}', article)).toEqual({
      ok: false,
      message: 'This file is not a Broadsheet comments export.',
    });
    expect(parseCommentsFile('x'.repeat(10 * 1024 * 1024 + 1), article)).toMatchObject({
      ok: false,
      message: expect.stringContaining('larger than 10 MB') as string,
    });
  });

  it('says what is damaged in a broken export', () => {
    const text = JSON.stringify({ format: 'broadsheet/comments@1', article, comments: 'none' });
    expect(parseCommentsFile(text, article)).toEqual({
      ok: false,
      message:
        'This comments export is damaged (comments: must be a list of comments), so nothing was imported.',
    });
  });

  it('refuses an export of another article’s comments', () => {
    const text = serializeCommentsFile({ id: 'other', title: 'Other story' }, [], NOW);
    expect(parseCommentsFile(text, article)).toEqual({
      ok: false,
      message:
        'This file holds comments on another article (“Other story”), not on “Kazakhstan says Russian troops can leave”. Open that article to import it.',
    });
  });

  it('cleans imported names and text the way the form does', () => {
    const file = JSON.parse(serializeCommentsFile(article, comments, NOW)) as {
      comments: Record<string, unknown>[];
    };
    file.comments = [
      {
        ...file.comments[0],
        authorName: 'Ana\n\u0007Smith ',
        body: 'Line one\r\n\u0000Line two\n\n\n\nEnd  ',
      },
    ];
    const result = parseCommentsFile(JSON.stringify(file), article, NOW);
    expect(result.ok && result.comments[0]).toMatchObject({
      authorName: 'Ana Smith',
      body: 'Line one\nLine two\n\nEnd',
    });
  });

  it('skips comments whose dates the store could not keep, saying which date', () => {
    const file = JSON.parse(serializeCommentsFile(article, comments, NOW)) as {
      comments: Record<string, unknown>[];
    };
    const base = file.comments[0];
    file.comments = [
      { ...base, id: 'moon', createdAt: '1969-07-20T20:17:00Z' },
      { ...base, id: 'future', createdAt: '2999-01-01T00:00:00Z' },
      {
        ...base,
        id: 'edit-first',
        createdAt: '2024-04-01T00:00:00Z',
        editedAt: '2024-03-01T00:00:00Z',
      },
      { ...base, id: 'fine', createdAt: '2024-04-01T00:00:00Z', editedAt: null },
    ];
    const result = parseCommentsFile(JSON.stringify(file), article, NOW);
    expect(result).toMatchObject({
      ok: true,
      skipped: 3,
      firstProblem: 'comment 1: createdAt: must be a date between 1970 and now',
    });
    if (result.ok) expect(result.comments.map((c) => c.id)).toEqual(['fine']);
    const [, , editFirst] = file.comments;
    file.comments = [editFirst ?? {}];
    expect(parseCommentsFile(JSON.stringify(file), article, NOW)).toMatchObject({
      firstProblem: 'comment 1: editedAt: must not be before createdAt',
    });
  });

  it('skips and counts comments that break the rules, keeping the rest', () => {
    const file = JSON.parse(serializeCommentsFile(article, comments, NOW)) as {
      comments: Record<string, unknown>[];
    };
    file.comments.push(
      { ...file.comments[0], id: 'long', body: '😀'.repeat(2001) },
      { ...file.comments[0], id: '<script>' },
      { ...file.comments[0], id: 'blank', authorName: '\u200B' },
    );
    const result = parseCommentsFile(JSON.stringify(file), article);
    expect(result).toMatchObject({
      ok: true,
      skipped: 3,
      firstProblem: 'comment 3: A comment must be 2,000 characters or fewer; it is 2,001.',
    });
    if (result.ok) expect(result.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});

describe('describeImport', () => {
  const none: ImportTally = { added: 0, updated: 0, deleted: 0, unchanged: 0 };
  const clean = { skipped: 0, firstProblem: null };
  const cases: [Partial<ImportTally>, { skipped: number; firstProblem: string | null }, string][] =
    [
      [{}, clean, 'Nothing new to import.'],
      [{ unchanged: 2 }, clean, 'Nothing new to import; 2 comments already here.'],
      [{ added: 1 }, clean, 'Imported 1 comment.'],
      [
        { added: 2, updated: 1, unchanged: 1 },
        clean,
        'Imported 2 comments and 1 change; 1 comment already here.',
      ],
      [{ updated: 2 }, clean, 'Imported 2 changes.'],
      [
        { deleted: 1, unchanged: 1 },
        clean,
        '1 comment deleted here, as in the file; 1 comment already here.',
      ],
      [
        { added: 1 },
        { skipped: 2, firstProblem: 'comment 3: id: must be a comment id' },
        'Imported 1 comment; 2 comments skipped as invalid (comment 3: id: must be a comment id).',
      ],
    ];
  it.each(cases)('%o, %o reads “%s”', (tally, file, expected) => {
    expect(describeImport({ ...none, ...tally }, file)).toBe(expected);
  });
});
