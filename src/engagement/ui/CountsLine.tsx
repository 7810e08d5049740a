import {
  localCommentsLabel,
  localViewsLabel,
  originalCommentsLabel,
  originalViewsLabel,
  type CountLabel,
  type EngagementSnapshot,
} from '../model/engagement-label.ts';
import type { EngagementCounts } from '../store/engagement-store.ts';

function Count({ label }: { label: CountLabel }) {
  return (
    <>
      <span className="engagement-count">{label.count}</span>
      {label.words}
    </>
  );
}

interface CountsLineProps {
  /** Null until this browser's counts are known: the numbers show "…" in the same space. */
  counts: EngagementCounts | null;
  snapshot: EngagementSnapshot | undefined;
  /** Where the comment count links to; plain text when absent. */
  commentsHref?: string;
}

/**
 * "7 views on the original post · 3 in this browser · 2 comments in this
 * browser". Each part wraps as a whole, so a number arriving never reflows the line.
 */
export function CountsLine({ counts, snapshot, commentsHref }: CountsLineProps) {
  const originalViews = originalViewsLabel(snapshot);
  const originalComments = originalCommentsLabel(snapshot);
  const comments = <Count label={localCommentsLabel(counts?.comments ?? null)} />;
  return (
    <>
      {originalViews === null ? null : (
        <span className="engagement-part">
          <Count label={originalViews} />
        </span>
      )}
      <span className="engagement-part">
        <Count label={localViewsLabel(counts?.views ?? null, originalViews !== null)} />
      </span>
      <span className="engagement-part">
        {commentsHref === undefined ? comments : <a href={commentsHref}>{comments}</a>}
      </span>
      {originalComments === null ? null : (
        <span className="engagement-part">
          <Count label={originalComments} />
        </span>
      )}
    </>
  );
}
