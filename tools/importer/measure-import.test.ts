// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatTiming, measureImport, median } from './measure-import.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('measureImport', { timeout: 30_000 }, () => {
  it('imports a file several times and names it by its folder', async () => {
    const file = fileURLToPath(new URL('./cases/kazakhstan-sample/input.txt', import.meta.url));
    const timing = await measureImport(file, 3);
    expect(timing).toMatchObject({ name: 'kazakhstan-sample', runs: 3 });
    expect(timing.medianMs).toBeGreaterThan(0);
    expect(timing.medianCpuMs).toBeGreaterThan(0);
  });
});

describe('formatTiming', () => {
  it('prints one line', () => {
    expect(
      formatTiming({
        name: 'quanta-1',
        bytes: 303_824,
        runs: 5,
        medianMs: 412.6,
        medianCpuMs: 380.2,
      }),
    ).toBe('import: quanta-1 (297 KB) median 413 ms over 5 runs (CPU 380 ms)');
  });
});
