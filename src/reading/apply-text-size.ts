import type { TextSize } from './text-size.ts';

export const TEXT_SIZE_KEY = 'broadsheet:text-size:v1';

/** Sets the size on the document, where the stylesheet scales the body text from it. */
export function applyTextSize(size: TextSize): void {
  if (size === 'normal') delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = size;
}
