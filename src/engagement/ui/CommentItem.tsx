import { useRef, useState } from 'react';
import { isDeleted, type Comment } from '../model/comment.ts';
import { canModify, modifiableUntil } from '../model/posting-rules.ts';
import { formatFullDate, readerLocales } from '../model/relative-time.ts';
import { CommentBody } from './CommentBody.tsx';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { EditCommentForm } from './EditCommentForm.tsx';
import { RelativeTime } from './RelativeTime.tsx';
import { useReturnFocus } from './use-return-focus.ts';

interface CommentItemProps {
  comment: Comment;
  now: number;
  /** Shown while the store has not yet confirmed the comment. */
  pending?: boolean;
  onReply?: () => void;
  /** The reply form Reply opened is showing: the focus comes back to Reply when it closes. */
  replyOpen?: boolean;
  /** Open the edit form from the start: the reader left an unsaved edit here. */
  hasEditDraft?: boolean;
}

export function CommentItem({
  comment,
  now,
  pending = false,
  onReply,
  replyOpen = false,
  hasEditDraft = false,
}: CommentItemProps) {
  // A kept edit reopens as a form while the comment may still be changed, and
  // read-only after. An open form stays open as the window closes: the store
  // refuses a late save, and the text stays in the box.
  const [editing, setEditing] = useState<'no' | 'form' | 'kept'>(() =>
    !hasEditDraft ? 'no' : canModify(comment, now) ? 'form' : 'kept',
  );
  const [pressedEdit, setPressedEdit] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const articleRef = useRef<HTMLElement>(null);
  const replyRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  useReturnFocus(replyOpen, replyRef, articleRef);
  useReturnFocus(editing !== 'no', editRef, articleRef);

  const editForm = (readOnly: boolean) => (
    <EditCommentForm
      comment={comment}
      readOnly={readOnly}
      focusOnOpen={pressedEdit}
      onClose={() => {
        setEditing('no');
      }}
    />
  );

  if (isDeleted(comment)) {
    return (
      <article
        ref={articleRef}
        className="comment comment--deleted"
        aria-label="Deleted comment"
        tabIndex={-1}
      >
        <p className="comment__deleted">This comment was deleted.</p>
        {editing === 'no' ? null : editForm(true)}
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
    <article
      ref={articleRef}
      className="comment"
      aria-label={`Comment by ${comment.authorName}`}
      tabIndex={-1}
    >
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
      {editing === 'form' ? editForm(false) : <CommentBody text={comment.body} />}
      {editing === 'kept' ? editForm(true) : null}
      {editing === 'form' ? null : confirming ? (
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
            <button ref={replyRef} type="button" className="link-button" onClick={onReply}>
              Reply
            </button>
          )}
          {modifiable ? (
            <>
              <button
                ref={editRef}
                type="button"
                className="link-button"
                onClick={() => {
                  setRefusal(null);
                  setPressedEdit(true);
                  setEditing('form');
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
