// public/boot.js applies the stored text size before the app arrives, in plain
// JavaScript of its own. These run it for every size the app knows, so the
// two cannot drift apart (key, values, attribute) without a failing test.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_SIZE_KEY, applyTextSize } from './apply-text-size.ts';
import { writeTextSize } from './reading-preferences.ts';
import { TEXT_SIZES } from './text-size.ts';

const bootScript = readFileSync('public/boot.js', 'utf8');

function runBootScript(): string | null {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own static file, under test
  const run = new Function(bootScript) as () => void;
  run();
  return document.documentElement.getAttribute('data-text-size');
}

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-text-size');
});

describe('public/boot.js', () => {
  it.each(TEXT_SIZES)('applies a "%s" the app stored exactly as the app does', (size) => {
    // Stored the app's way, so a change there that boot.js does not follow fails here.
    writeTextSize(size);
    const fromBoot = runBootScript();
    document.documentElement.removeAttribute('data-text-size');
    applyTextSize(size);
    expect(fromBoot).toBe(document.documentElement.getAttribute('data-text-size'));
  });

  it('ignores a stored value that is not a size, or not JSON', () => {
    for (const stored of ['"huge"', 'not json', '{"size":"large"}']) {
      localStorage.setItem(TEXT_SIZE_KEY, stored);
      expect(runBootScript()).toBeNull();
    }
  });
});
