import { formatClockTime, formatRelativeTime } from '../model/relative-time.ts';
import { EngagementError } from '../store/engagement-store.ts';

function seconds(ms: number): string {
  const count = Math.max(1, Math.ceil(ms / 1000));
  return `${String(count)} ${count === 1 ? 'second' : 'seconds'}`;
}

/** What to tell the reader when the store refuses a comment: why, and when it will work. */
export function describeRefusal(error: unknown, now: number, locales: readonly string[]): string {
  if (!(error instanceof EngagementError))
    return 'Your comment could not be saved. It is still in the box: please try again.';
  const { code, retryAt } = error;
  if (code === 'too-soon' && retryAt !== undefined) {
    return `Please wait a moment between comments: you can post again in ${seconds(retryAt - now)}, at ${formatClockTime(retryAt, locales)}.`;
  }
  if (code === 'duplicate' && retryAt !== undefined) {
    const when = formatRelativeTime(retryAt, now, locales);
    return `You have already posted this comment. You can post the same words again ${when}, at ${formatClockTime(retryAt, locales)}, or change them now.`;
  }
  if (code === 'invalid') return 'Please correct the comment and post it again.';
  return error.message;
}
