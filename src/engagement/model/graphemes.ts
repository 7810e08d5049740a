let segmenter: Intl.Segmenter | null | undefined;

function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // Older browsers lack Segmenter; code points are the nearest honest count there.
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  }
  return segmenter;
}

const CHUNK = 1024;

/**
 * Counts user-perceived characters, so 👩‍👩‍👧 or 🇰🇿 counts once. Stops at
 * `cap`, so a pasted megabyte costs no more than the cap to measure.
 */
export function countGraphemes(text: string, cap = Number.POSITIVE_INFINITY): number {
  const graphemes = graphemeSegmenter();
  if (graphemes === null) {
    const codePoints = text[Symbol.iterator]();
    let count = 0;
    while (count < cap && codePoints.next().done !== true) count += 1;
    return count;
  }
  // Segmenting a whole megabyte takes seconds even when we stop early, so the
  // text is segmented a chunk at a time. A chunk's last segment may be cut in
  // two, so it is counted again as the start of the next chunk.
  let count = 0;
  let start = 0;
  let size = CHUNK;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    let segments = 0;
    let lastStart = 0;
    for (const segment of graphemes.segment(text.slice(start, end))) {
      segments += 1;
      lastStart = segment.index;
    }
    if (end === text.length) return Math.min(cap, count + segments);
    if (segments <= 1) {
      // One grapheme longer than the chunk (a letter piled with marks): look further.
      size *= 2;
      continue;
    }
    count += segments - 1;
    if (count >= cap) return cap;
    start += lastStart;
    size = CHUNK;
  }
  return Math.min(cap, count);
}
