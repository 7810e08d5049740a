// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recordDrop, type DropLog } from './drop-log.ts';

describe('recordDrop', () => {
  it('counts drops by reason and keeps the first three examples, shortened', () => {
    const log: DropLog = new Map();
    for (const line of ['top of page', 'Log In', 'x'.repeat(100), 'bottom of page']) {
      recordDrop(log, 'site-chrome', line);
    }
    recordDrop(log, 'script', undefined, 12);
    recordDrop(log, 'table', undefined, 0);
    const chrome = log.get('site-chrome');
    expect(chrome?.count).toBe(4);
    expect(chrome?.examples).toHaveLength(3);
    expect(chrome?.examples[2]).toMatch(/^x{59}…$/);
    expect(log.get('script')).toEqual({ count: 12, examples: [] });
    expect(log.has('table')).toBe(false);
  });
});
