// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recordDrop, type DropLog } from './drop-log.ts';
import { countBlocks, dropList, formatReport } from './import-report.ts';

describe('countBlocks', () => {
  it('counts pull quotes apart from block quotes', () => {
    expect(
      countBlocks({
        body: [
          { type: 'paragraph', content: ['a'] },
          { type: 'quote', variant: 'block', text: 'b' },
          { type: 'quote', variant: 'pull', text: 'c' },
          { type: 'paragraph', content: ['d'] },
        ],
      }),
    ).toEqual({ paragraph: 2, quote: 1, 'pull quote': 1 });
  });
});

describe('formatReport', () => {
  it('prints blocks, findings, drops with examples, and notes', () => {
    const log: DropLog = new Map();
    recordDrop(log, 'site-chrome', 'top of page');
    recordDrop(log, 'script', undefined, 12);
    expect(
      formatReport('a.txt -> out/a.json', {
        blocks: { paragraph: 20, quote: 2 },
        blockQuotes: 2,
        pullQuotes: 1,
        stats: 10,
        dropped: dropList(log),
        notes: ['engagement read from "7 views0 comments"'],
      }),
    ).toEqual([
      'a.txt -> out/a.json',
      '  blocks: 20 paragraph, 2 quote',
      '  found: 2 block quotes, 1 pull quote, 10 statistics',
      '  dropped: 1 × lines of site chrome ("top of page")',
      '  dropped: 12 × scripts',
      '  note: engagement read from "7 views0 comments"',
    ]);
  });
});
