import { useQuery } from '@tanstack/react-query';
import { WithQueryClient } from '../../lib/query/query-client.tsx';
import { useId, useState, useSyncExternalStore } from 'react';
import { readSort, writeSort } from '../device/device-preferences.ts';
import { countVisible } from '../model/comment-threads.ts';
import { commentsQuery } from '../queries/comments-query.ts';
import { useEngagementSync } from '../queries/use-engagement-sync.ts';
import { useEngagement } from '../store/use-engagement.ts';
import { Announcer } from './announcer.tsx';
import { CommentForm } from './CommentForm.tsx';
import { CommentList } from './CommentList.tsx';
import { CommentsTransfer } from './CommentsTransfer.tsx';
import { SortControl } from './SortControl.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { useNow } from './use-now.ts';

export interface CommentsSectionProps {
  articleId: string;
  /** The headline: names the export file and the article an import belongs to. */
  articleTitle: string;
}

/**
 * Everything about one article's comments, self-contained: it reads the
 * store from EngagementProvider, or this browser's storage without one, and
 * brings the page's react-query client unless one is given above. Its chrome
 * is English and left to right, whatever the article's language.
 */
export function CommentsSection(props: CommentsSectionProps) {
  return (
    <WithQueryClient>
      <Comments {...props} />
    </WithQueryClient>
  );
}

function Comments({ articleId, articleTitle }: CommentsSectionProps) {
  const { store, device } = useEngagement();
  useEngagementSync(store);
  const comments = useQuery(commentsQuery(store, articleId));
  const status = useSyncExternalStore(store.subscribeStatus, store.getStatus, store.getStatus);
  const [sort, setSort] = useState(() => readSort(device));
  const now = useNow();
  const titleId = useId();
  const count = comments.data === undefined ? null : countVisible(comments.data);

  return (
    <section id="comments" className="comments" aria-labelledby={titleId} lang="en" dir="ltr">
      <Announcer>
        <div className="comments__header">
          <h2 id={titleId} className="comments__title">
            Comments
            {count === null || count === 0 ? null : (
              <>
                {' '}
                <span className="comments__count">({count})</span>
              </>
            )}
          </h2>
          {count !== null && count > 1 ? (
            <SortControl
              value={sort}
              onChange={(next) => {
                setSort(next);
                writeSort(device, next);
              }}
            />
          ) : null}
        </div>
        <StorageNotice status={status} device={device} />
        {count === 0 ? (
          <p className="comments__empty">
            No one has commented yet. Start the conversation: what did you make of this story?
          </p>
        ) : null}
        <CommentForm articleId={articleId} parentId={null} />
        {comments.isPending ? (
          <p role="status">Loading the comments…</p>
        ) : comments.isError ? (
          <p className="form-error" role="alert">
            The comments could not be loaded.
          </p>
        ) : (
          <CommentList articleId={articleId} comments={comments.data} sort={sort} now={now} />
        )}
        <CommentsTransfer articleId={articleId} articleTitle={articleTitle} />
      </Announcer>
    </section>
  );
}
