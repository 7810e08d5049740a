import { useId, useState, type SyntheticEvent } from 'react';
import { readEditDraft, writeEditDraft } from '../device/device-preferences.ts';
import { bodyProblem, normalizeBody } from '../model/comment-text.ts';
import { BODY_MAX_GRAPHEMES, isDeleted, type Comment } from '../model/comment.ts';
import { readerLocales } from '../model/relative-time.ts';
import { useEditComment } from '../queries/use-change-comment.ts';
import { useEngagement } from '../store/use-engagement.ts';
import { useAnnounce } from './announcer.tsx';
import { CharacterCount } from './CharacterCount.tsx';
import { describeRefusal } from './describe-refusal.ts';

interface EditCommentFormProps {
  comment: Comment;
  /** The comment can no longer be changed (too late, or deleted): a kept edit is only shown. */
  readOnly: boolean;
  /**
   * Takes the focus when it opens: when the reader pressed Edit, not when a
   * kept edit reopens it as the comments load mid-article.
   */
  focusOnOpen: boolean;
  onClose: () => void;
}

/**
 * Changes to the reader's own comment, saved as they are typed so a reload
 * does not lose them. Reopened once the comment can no longer be changed, they
 * are shown read-only, for the reader to copy, until the reader discards them.
 */
export function EditCommentForm({ comment, readOnly, focusOnOpen, onClose }: EditCommentFormProps) {
  const { store, device } = useEngagement();
  const edit = useEditComment(store, comment.articleId);
  const announce = useAnnounce();
  const id = useId();
  const [kept] = useState(() => readEditDraft(device, comment.articleId, comment.id));
  const [body, setBody] = useState(kept ?? comment.body);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  function close() {
    writeEditDraft(device, comment.articleId, comment.id, null);
    onClose();
  }

  // From the button's click too, for sandboxed frames (see CommentForm).
  function handleSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const problem = bodyProblem(normalizeBody(body));
    setError(problem);
    setRefusal(null);
    if (problem !== null) return;
    edit.mutate(
      { id: comment.id, body },
      {
        onSuccess: () => {
          announce('Your comment is updated.');
          close();
        },
        onError: (reason) => {
          setRefusal(describeRefusal(reason, Date.now(), readerLocales()));
        },
      },
    );
  }

  if (readOnly) {
    if (kept === null) return null;
    return (
      <div className="comment-form comment-form--edit comment-form--kept">
        <label htmlFor={`${id}-kept`}>Your unsaved changes</label>
        <p id={`${id}-why`} className="comment-form__hint">
          {isDeleted(comment)
            ? 'This comment was deleted, so they could not be saved.'
            : 'The time to edit this comment has passed, so they could not be saved.'}{' '}
          Copy them if you want to keep them.
        </p>
        <textarea
          id={`${id}-kept`}
          dir="auto"
          rows={4}
          value={kept}
          readOnly
          aria-describedby={`${id}-why`}
        />
        <div className="comment-form__actions">
          <button type="button" className="button button--quiet" onClick={close}>
            Discard changes
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="comment-form comment-form--edit" onSubmit={handleSubmit} noValidate>
      <label htmlFor={`${id}-body`} className="visually-hidden">
        Edit your comment
      </label>
      <textarea
        id={`${id}-body`}
        dir="auto"
        rows={4}
        value={body}
        // The reader just pressed "Edit": the text they asked to change is where
        // they want to be (not when a kept edit reopens while they read further up).
        // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
        autoFocus={focusOnOpen}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : `${id}-error`}
        onChange={(event) => {
          const next = event.target.value;
          setBody(next);
          writeEditDraft(
            device,
            comment.articleId,
            comment.id,
            next === comment.body ? null : next,
          );
        }}
      />
      <CharacterCount id={`${id}-count`} text={body} limit={BODY_MAX_GRAPHEMES} />
      {error === null ? null : (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {refusal === null ? null : (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
      <div className="comment-form__actions">
        <button type="submit" className="button" disabled={edit.isPending} onClick={handleSubmit}>
          Save changes
        </button>
        <button type="button" className="button button--quiet" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
