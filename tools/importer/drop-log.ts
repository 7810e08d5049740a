/** Why a piece of the input did not make it into the article. */
export type DropReason =
  | 'site-chrome'
  | 'after-footer'
  | 'script'
  | 'event-handler'
  | 'unsafe-base'
  | 'unsafe-link'
  | 'dead-link'
  | 'image-without-size'
  | 'unsafe-image'
  | 'tiny-image'
  | 'lead-image-without-size'
  | 'table'
  | 'embed'
  | 'form'
  | 'orphan-caption'
  | 'duplicate-headline'
  | 'byline-paragraph'
  | 'credit-only-caption';

export interface DropEntry {
  count: number;
  /** The first few things dropped, as a reader would recognise them. */
  examples: string[];
}

export type DropLog = Map<DropReason, DropEntry>;

const MAX_EXAMPLES = 3;
const MAX_EXAMPLE_LENGTH = 60;

function shorten(text: string): string {
  return text.length > MAX_EXAMPLE_LENGTH ? `${text.slice(0, MAX_EXAMPLE_LENGTH - 1)}…` : text;
}

export function recordDrop(log: DropLog, reason: DropReason, example?: string, count = 1): void {
  if (count <= 0) return;
  const entry = log.get(reason) ?? { count: 0, examples: [] };
  entry.count += count;
  if (example !== undefined && example !== '' && entry.examples.length < MAX_EXAMPLES) {
    entry.examples.push(shorten(example));
  }
  log.set(reason, entry);
}
