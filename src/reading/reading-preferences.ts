// What the reading tools remember on this device: the text size, and where
// the reader stopped in each article. Stored through the shared safe storage,
// so a refused or full storage costs the memory, never the page.
import { browserLocalStorage } from '../lib/storage/browser-storage.ts';
import { readStored, writeStored, type StoredValue } from '../lib/storage/stored-value.ts';
import { TEXT_SIZE_KEY } from './apply-text-size.ts';
import { isTextSize, type TextSize } from './text-size.ts';

const textSizeSpec: StoredValue<TextSize> = {
  key: TEXT_SIZE_KEY,
  empty: () => 'normal',
  decode: (json) =>
    isTextSize(json)
      ? { value: json, problem: null }
      : { value: null, problem: 'not a known text size' },
};

function positionSpec(articleId: string): StoredValue<number | undefined> {
  return {
    key: `broadsheet:position:v1:${encodeURIComponent(articleId)}`,
    empty: () => undefined,
    decode: (json) =>
      typeof json === 'number' && json >= 0 && json <= 1
        ? { value: json, problem: null }
        : { value: null, problem: 'not a fraction between 0 and 1' },
  };
}

export function readTextSize(): TextSize {
  return readStored(browserLocalStorage(), textSizeSpec);
}

export function writeTextSize(size: TextSize): void {
  writeStored(browserLocalStorage(), textSizeSpec, size);
}

export function readPosition(articleId: string): number | undefined {
  return readStored(browserLocalStorage(), positionSpec(articleId));
}

export function writePosition(articleId: string, fraction: number): void {
  writeStored(browserLocalStorage(), positionSpec(articleId), Math.round(fraction * 1000) / 1000);
}
