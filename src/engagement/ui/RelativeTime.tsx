import { formatFullDate, formatRelativeTime, readerLocales } from '../model/relative-time.ts';

/** "3 minutes ago", with the full date in the title and a machine-readable datetime. */
export function RelativeTime({ time, now }: { time: number; now: number }) {
  const locales = readerLocales();
  return (
    <time dateTime={new Date(time).toISOString()} title={formatFullDate(time, locales)}>
      {formatRelativeTime(time, Math.max(now, time), locales)}
    </time>
  );
}
