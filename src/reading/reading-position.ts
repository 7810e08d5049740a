// Where the reader stopped in an article, as the fraction of the article's
// height that has scrolled past the top of the viewport: a fraction survives
// a change of text size or screen width where a pixel offset would not.

/** Positions this close to the start or the end are not worth resuming. */
const START = 0.03;
const END = 0.95;

export function readingFraction(
  articleTop: number,
  articleHeight: number,
  scrollY: number,
  viewportHeight: number,
): number {
  const scrollable = articleHeight - viewportHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, (scrollY - articleTop) / scrollable));
}

export function scrollYForFraction(
  articleTop: number,
  articleHeight: number,
  viewportHeight: number,
  fraction: number,
): number {
  return Math.max(0, articleTop + fraction * Math.max(0, articleHeight - viewportHeight));
}

export function isWorthResuming(fraction: number | undefined): fraction is number {
  return fraction !== undefined && Number.isFinite(fraction) && fraction > START && fraction < END;
}
