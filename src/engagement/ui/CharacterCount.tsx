import { useEffect, useState } from 'react';
import { countNoun } from '../model/engagement-label.ts';
import { formatCount } from '../model/format-count.ts';
import { countGraphemes } from '../model/graphemes.ts';

/** The counter appears this close to the limit. */
const WARN_WITHIN = 200;

export function remainingText(text: string, limit: number): string | null {
  // A grapheme is at least one code unit, so short text needs no counting.
  if (text.length < limit - WARN_WITHIN) return null;
  const cap = limit * 10;
  const used = countGraphemes(text, cap + 1);
  const left = limit - used;
  if (left >= WARN_WITHIN) return null;
  if (left >= 0) return `${countNoun(left, 'character')} left`;
  const over = used > cap ? `More than ${formatCount(cap - limit)}` : formatCount(-left);
  return `${over} ${left === -1 ? 'character' : 'characters'} too many`;
}

/**
 * Characters left, shown near the limit. Screen readers hear it once the
 * reader pauses, not on every keystroke.
 */
export function CharacterCount({ id, text, limit }: { id: string; text: string; limit: number }) {
  const message = remainingText(text, limit);
  const [spoken, setSpoken] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSpoken(message);
    }, 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [message]);
  const over = message?.endsWith('too many') === true;
  return (
    <>
      <p id={id} className={`char-count${over ? ' char-count--over' : ''}`} aria-hidden="true">
        {message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
