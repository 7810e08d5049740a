import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { readDraft, readName, writeDraft, writeName } from '../device/device-preferences.ts';
import { checkComment, type CommentFieldErrors } from '../model/comment-text.ts';
import { BODY_MAX_GRAPHEMES } from '../model/comment.ts';
import { newCommentId } from '../model/random-id.ts';
import { readerLocales } from '../model/relative-time.ts';
import { useAddComment } from '../queries/use-add-comment.ts';
import { EngagementError } from '../store/engagement-store.ts';
import { useEngagement } from '../store/use-engagement.ts';
import { useAnnounce } from './announcer.tsx';
import { CharacterCount } from './CharacterCount.tsx';
import { describeRefusal } from './describe-refusal.ts';

interface CommentFormProps {
  articleId: string;
  /** The comment being replied to; null for a new comment. */
  parentId: string | null;
  /** The name of the reader being answered, for the labels. */
  replyTo?: string;
  /** Closes a reply form (after posting, or on cancel). */
  onClose?: () => void;
  /**
   * Takes the focus when it opens: when the reader pressed Reply, not when a
   * kept reply draft reopens it as the comments load mid-article.
   */
  focusOnOpen?: boolean;
}

/** A new comment or a reply. Its text is saved as it is typed and kept until the store accepts it. */
export function CommentForm({
  articleId,
  parentId,
  replyTo,
  onClose,
  focusOnOpen = false,
}: CommentFormProps) {
  const { store, device } = useEngagement();
  const addComment = useAddComment(store, articleId);
  const announce = useAnnounce();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [name, setName] = useState(() => readName(device));
  const [body, setBody] = useState(() => readDraft(device, articleId, parentId));
  const [errors, setErrors] = useState<CommentFieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const isReply = parentId !== null;

  // Posting runs from the button's click, not only from the form's submit
  // event: a frame sandboxed without allow-forms blocks submission before any
  // submit event fires, and comments must work there too. Enter in a field
  // clicks the button as well.
  function handleSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = checkComment({ authorName: name, body });
    if (!checked.ok) {
      setErrors(checked.errors);
      setRefusal(null);
      (checked.errors.name === undefined ? bodyRef : nameRef).current?.focus();
      return;
    }
    setErrors({});
    setRefusal(null);
    addComment.mutate(
      { id: newCommentId(), articleId, parentId, authorName: name, body },
      {
        onSuccess: () => {
          setBody('');
          writeDraft(device, articleId, parentId, '');
          announce(isReply ? 'Your reply is posted.' : 'Your comment is posted.');
          onClose?.();
        },
        onError: (error) => {
          if (error instanceof EngagementError && error.code === 'invalid')
            setErrors(error.fieldErrors);
          setRefusal(describeRefusal(error, Date.now(), readerLocales()));
        },
      },
    );
  }

  const describedBy = (...ids: (string | false)[]) =>
    ids.filter((part): part is string => part !== false).join(' ') || undefined;

  return (
    <form
      className={`comment-form${isReply ? ' comment-form--reply' : ''}`}
      onSubmit={handleSubmit}
      noValidate
      aria-label={isReply ? `Reply to ${replyTo ?? 'this comment'}` : 'Write a comment'}
    >
      <div className="comment-form__field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          name="name"
          dir="auto"
          autoComplete="nickname"
          value={name}
          aria-invalid={errors.name !== undefined}
          aria-describedby={describedBy(errors.name !== undefined && `${id}-name-error`)}
          onChange={(event) => {
            setName(event.target.value);
            writeName(device, event.target.value);
          }}
        />
        {errors.name === undefined ? null : (
          <p id={`${id}-name-error`} className="field-error">
            {errors.name}
          </p>
        )}
      </div>
      <div className="comment-form__field">
        <label htmlFor={`${id}-body`}>
          {isReply ? `Your reply to ${replyTo ?? 'this comment'}` : 'Your comment'}
        </label>
        <p id={`${id}-hint`} className="comment-form__hint">
          Plain text, up to 2,000 characters. Web addresses become links.
        </p>
        <textarea
          ref={bodyRef}
          id={`${id}-body`}
          name="body"
          dir="auto"
          rows={isReply ? 3 : 4}
          value={body}
          // A reply box the reader opened with Reply: put them in it (not one
          // a kept draft reopens while they are reading further up).
          // eslint-disable-next-line jsx-a11y/no-autofocus -- see above
          autoFocus={isReply && focusOnOpen}
          aria-invalid={errors.body !== undefined}
          aria-describedby={describedBy(
            `${id}-hint`,
            errors.body !== undefined && `${id}-body-error`,
          )}
          onChange={(event) => {
            setBody(event.target.value);
            writeDraft(device, articleId, parentId, event.target.value);
          }}
        />
        <CharacterCount id={`${id}-count`} text={body} limit={BODY_MAX_GRAPHEMES} />
        {errors.body === undefined ? null : (
          <p id={`${id}-body-error`} className="field-error">
            {errors.body}
          </p>
        )}
      </div>
      {refusal === null ? null : (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      )}
      <div className="comment-form__actions">
        <button
          type="submit"
          className="button"
          disabled={addComment.isPending}
          onClick={handleSubmit}
        >
          {addComment.isPending ? 'Posting…' : isReply ? 'Post reply' : 'Post comment'}
        </button>
        {onClose === undefined ? null : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              writeDraft(device, articleId, parentId, '');
              onClose();
            }}
          >
            {body.trim() === '' ? 'Cancel' : 'Discard reply'}
          </button>
        )}
      </div>
    </form>
  );
}
