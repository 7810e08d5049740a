import { lazy, Suspense } from 'react';
import type { CommentsSectionProps } from '../../engagement/ui/CommentsSection.tsx';

// Downloaded only when a reader opens the comments of an embed.
const CommentsSection = lazy(() =>
  import('../../engagement/ui/CommentsSection.tsx').then((module) => ({
    default: module.CommentsSection,
  })),
);

/**
 * The engagement feature's comments inside an embed. They keep to this
 * browser's storage; where a partner's page gets none (a sandboxed frame, a
 * browser that blocks third-party storage) they work in memory and say so.
 */
export function EmbedComments(props: CommentsSectionProps) {
  return (
    <Suspense fallback={<p role="status">Loading the comments…</p>}>
      <CommentsSection {...props} />
    </Suspense>
  );
}
