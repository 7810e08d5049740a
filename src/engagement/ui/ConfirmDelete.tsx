import type { Comment } from '../model/comment.ts';
import { readerLocales } from '../model/relative-time.ts';
import { useDeleteComment } from '../queries/use-change-comment.ts';
import { useEngagement } from '../store/use-engagement.ts';
import { useAnnounce } from './announcer.tsx';
import { describeRefusal } from './describe-refusal.ts';

interface ConfirmDeleteProps {
  comment: Comment;
  onCancel: () => void;
  onRefused: (message: string) => void;
}

/** "Delete this comment for good?": mounted only when asked, so a long thread holds no mutation per comment. */
export function ConfirmDelete({ comment, onCancel, onRefused }: ConfirmDeleteProps) {
  const { store } = useEngagement();
  const remove = useDeleteComment(store, comment.articleId);
  const announce = useAnnounce();
  return (
    <div className="comment__confirm" role="group" aria-label="Confirm deletion">
      <span>Delete this comment for good?</span>
      <button
        type="button"
        className="link-button link-button--danger"
        disabled={remove.isPending}
        onClick={() => {
          remove.mutate(comment.id, {
            onSuccess: () => {
              announce('Your comment is deleted.');
            },
            onError: (error) => {
              onRefused(describeRefusal(error, Date.now(), readerLocales()));
            },
          });
        }}
      >
        Delete
      </button>
      <button type="button" className="link-button" onClick={onCancel}>
        Keep it
      </button>
    </div>
  );
}
