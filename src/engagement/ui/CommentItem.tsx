import { useState } from 'react';
import { isDeleted, type Comment } from '../model/comment.ts';
import { canModify, modifiableUntil } from '../model/posting-rules.ts';
import { formatFullDate, readerLocales } from '../model/relative-time.ts';
import { CommentBody } from './CommentBody.tsx';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { EditCommentForm } from './EditCommentForm.tsx';
import { RelativeTime } from './RelativeTime.tsx';

interface CommentItemProps {
  comment: Comment;
  now: number;
  /** Shown while the store has not yet confirmed the comment. */
  pending?: boolean;
  onReply?: () => void;
}

export function CommentItem({ comment, now, pending = false, onReply }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  if (isDeleted(comment)) {
    return (
      <article className="comment comment--deleted" aria-label="Deleted comment">
        <p className="comment__deleted">This comment was deleted.</p>
      </article>
    );
  }

  const modifiable = canModify(comment, now) && !pending;
  // The shared clock ticks every 30 s, so it may be a little behind a comment just posted.
  const minutesLeft = Math.max(
    1,
    Math.ceil((modifiableUntil(comment) - Math.max(now, comment.createdAt)) / 60_000),
  );

  return (
    <article className="comment" aria-label={`Comment by ${comment.authorName}`} tabIndex={-1}>
      <header className="comment__meta">
        <bdi className="comment__author">{comment.authorName}</bdi>
        {comment.own ? <span className="comment__badge">You</span> : null}
        <span className="comment__time">
          <RelativeTime time={comment.createdAt} now={now} />
          {comment.editedAt === null ? null : (
            <>
              {' · '}
              <span
                className="comment__edited"
                title={`Edited ${formatFullDate(comment.editedAt, readerLocales())}`}
              >
                Edited
              </span>
            </>
          )}
          {pending ? ' · Posting…' : null}
        </span>
      </header>
      {editing ? (
        <EditCommentForm
          comment={comment}
          onClose={() => {
            setEditing(false);
          }}
        />
      ) : (
        <CommentBody text={comment.body} />
      )}
      {editing ? null : confirming ? (
        <ConfirmDelete
          comment={comment}
          onCancel={() => {
            setConfirming(false);
          }}
          onRefused={(message) => {
            setConfirming(false);
            setRefusal(message);
          }}
        />
      ) : (
        <div className="comment__actions">
          {onReply === undefined ? null : (
            <button type="button" className="link-button" onClick={onReply}>
              Reply
            </button>
          )}
          {modifiable ? (
            <>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setRefusal(null);
                  setEditing(true);
                }}
              >
                Edit
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setRefusal(null);
                  setConfirming(true);
                }}
              >
                Delete
              </button>
              <span className="comment__window">{minutesLeft} min left to edit or delete</span>
            </>
          ) : null}
        </div>
      )}
      {refusal === null ? null : (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
    </article>
  );
}
