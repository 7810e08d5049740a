import { useState } from 'react';
import { applyTextSize } from './apply-text-size.ts';
import { readTextSize, writeTextSize } from './reading-preferences.ts';
import { TEXT_SIZE_LABELS, TEXT_SIZES, stepTextSize, type TextSize } from './text-size.ts';

export function TextSizeControl() {
  const [size, setSize] = useState<TextSize>(readTextSize);

  function change(direction: 1 | -1) {
    const next = stepTextSize(size, direction);
    setSize(next);
    applyTextSize(next);
    writeTextSize(next);
  }

  return (
    <div className="text-size" role="group" aria-label="Text size">
      <button
        type="button"
        className="tool-button"
        aria-label="Smaller text"
        disabled={size === TEXT_SIZES[0]}
        onClick={() => {
          change(-1);
        }}
      >
        A<span aria-hidden="true">−</span>
      </button>
      <span className="visually-hidden" aria-live="polite">
        Text size: {TEXT_SIZE_LABELS[size]}
      </span>
      <button
        type="button"
        className="tool-button tool-button--large"
        aria-label="Larger text"
        disabled={size === TEXT_SIZES[TEXT_SIZES.length - 1]}
        onClick={() => {
          change(1);
        }}
      >
        A<span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
