import { useState } from 'react';
import type { Thread } from '../model/comment-threads.ts';
import { isDeleted } from '../model/comment.ts';
import { CommentForm } from './CommentForm.tsx';
import { CommentItem } from './CommentItem.tsx';

/** Replies shown before "Show all replies". */
const FIRST_REPLIES = 2;

interface CommentThreadProps {
  thread: Thread;
  now: number;
  pendingIds: ReadonlySet<string>;
  /** Open from the start: the reader left an unsent reply here. */
  hasReplyDraft: boolean;
  /** Comments whose edit form opens from the start: the reader left an unsaved edit. */
  editDraftIds: ReadonlySet<string>;
}

export function CommentThread({
  thread,
  now,
  pendingIds,
  hasReplyDraft,
  editDraftIds,
}: CommentThreadProps) {
  const { comment, replies } = thread;
  const [replying, setReplying] = useState(hasReplyDraft);
  const [pressedReply, setPressedReply] = useState(false);
  // A kept edit is not hidden behind "Show all replies".
  const [allReplies, setAllReplies] = useState(() =>
    replies.slice(FIRST_REPLIES).some((reply) => editDraftIds.has(reply.id)),
  );
  const shown = allReplies ? replies : replies.slice(0, FIRST_REPLIES);
  const canReply = !isDeleted(comment);

  return (
    <li className="comment-thread" data-thread={comment.id}>
      <CommentItem
        comment={comment}
        now={now}
        pending={pendingIds.has(comment.id)}
        replyOpen={replying}
        hasEditDraft={editDraftIds.has(comment.id)}
        {...(canReply
          ? {
              onReply: () => {
                setReplying(true);
                setPressedReply(true);
              },
            }
          : {})}
      />
      {replies.length === 0 && !replying ? null : (
        <div className="comment-thread__replies">
          {shown.length === 0 ? null : (
            <ol
              className="comment-thread__list"
              aria-label={`Replies to ${comment.authorName || 'a deleted comment'}`}
            >
              {shown.map((reply) => (
                <li key={reply.id}>
                  <CommentItem
                    comment={reply}
                    now={now}
                    pending={pendingIds.has(reply.id)}
                    hasEditDraft={editDraftIds.has(reply.id)}
                  />
                </li>
              ))}
            </ol>
          )}
          {shown.length < replies.length ? (
            <button
              type="button"
              className="link-button comment-thread__more"
              onClick={() => {
                setAllReplies(true);
              }}
            >
              Show all {replies.length} replies
            </button>
          ) : null}
          {replying ? (
            <CommentForm
              articleId={comment.articleId}
              parentId={comment.id}
              replyTo={comment.authorName}
              focusOnOpen={pressedReply}
              onClose={() => {
                setReplying(false);
              }}
            />
          ) : null}
        </div>
      )}
    </li>
  );
}
