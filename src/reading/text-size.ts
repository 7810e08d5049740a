// The reader's text size: a few steps rather than a slider, each a scale on
// the body text, remembered on this device.
export const TEXT_SIZES = ['small', 'normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  small: 'Small',
  normal: 'Normal',
  large: 'Large',
  larger: 'Larger',
};

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (TEXT_SIZES as readonly string[]).includes(value);
}

/** The next size up or down, staying at the ends. */
export function stepTextSize(size: TextSize, direction: 1 | -1): TextSize {
  const index = TEXT_SIZES.indexOf(size) + direction;
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, index))] ?? size;
}
