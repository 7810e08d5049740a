import { useId, useState, type SyntheticEvent } from 'react';
import { bodyProblem, normalizeBody } from '../model/comment-text.ts';
import { BODY_MAX_GRAPHEMES, type Comment } from '../model/comment.ts';
import { readerLocales } from '../model/relative-time.ts';
import { useEditComment } from '../queries/use-change-comment.ts';
import { useEngagement } from '../store/use-engagement.ts';
import { useAnnounce } from './announcer.tsx';
import { CharacterCount } from './CharacterCount.tsx';
import { describeRefusal } from './describe-refusal.ts';

interface EditCommentFormProps {
  comment: Comment;
  onClose: () => void;
}

export function EditCommentForm({ comment, onClose }: EditCommentFormProps) {
  const { store } = useEngagement();
  const edit = useEditComment(store, comment.articleId);
  const announce = useAnnounce();
  const id = useId();
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

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
          onClose();
        },
        onError: (reason) => {
          setRefusal(describeRefusal(reason, Date.now(), readerLocales()));
        },
      },
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
        // The reader just pressed "Edit": the text they asked to change is where they want to be.
        // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
        autoFocus
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : `${id}-error`}
        onChange={(event) => {
          setBody(event.target.value);
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
        <button type="button" className="button button--quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
