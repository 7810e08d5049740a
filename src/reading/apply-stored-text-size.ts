// Applies the remembered text size before the first render, without pulling
// the storage layer into the page's first download: one guarded read of one
// key, validated, and nothing written. (A prerendered page does the same in
// public/boot.js before the app arrives.)
import { TEXT_SIZE_KEY, applyTextSize } from './apply-text-size.ts';
import { isTextSize } from './text-size.ts';

export function applyStoredTextSize(): void {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(TEXT_SIZE_KEY) ?? 'null');
    if (isTextSize(stored)) applyTextSize(stored);
  } catch {
    // Storage refused (a sandboxed frame) or unreadable: the default size stands.
  }
}
