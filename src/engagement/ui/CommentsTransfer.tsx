import { useId, useState, type ChangeEvent } from 'react';
import {
  describeImport,
  exportFileName,
  MAX_COMMENTS_FILE_BYTES,
  parseCommentsFile,
  serializeCommentsFile,
} from '../model/comments-file.ts';
import { countNoun } from '../model/engagement-label.ts';
import { useImportComments } from '../queries/use-import-comments.ts';
import { useEngagement } from '../store/use-engagement.ts';
import { downloadFile } from './download-file.ts';

interface CommentsTransferProps {
  articleId: string;
  articleTitle: string;
}

interface Message {
  kind: 'done' | 'problem';
  text: string;
}

/** Export the comments to a JSON file, and import such a file on another device. */
export function CommentsTransfer({ articleId, articleTitle }: CommentsTransferProps) {
  const { store } = useEngagement();
  const importComments = useImportComments(store, articleId);
  const id = useId();
  const [message, setMessage] = useState<Message | null>(null);
  const article = { id: articleId, title: articleTitle };

  async function handleExport() {
    const comments = await store.exportComments(articleId);
    const now = Date.now();
    downloadFile(exportFileName(articleTitle, now), serializeCommentsFile(article, comments, now));
    setMessage({
      kind: 'done',
      text: `Downloaded ${countNoun(comments.filter((c) => c.deletedAt === null).length, 'comment')}.`,
    });
  }

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    if (file.size > MAX_COMMENTS_FILE_BYTES) {
      setMessage({
        kind: 'problem',
        text: 'This file is larger than 10 MB: it is not a comments export.',
      });
      return;
    }
    const parsed = parseCommentsFile(await file.text(), article);
    if (!parsed.ok) {
      setMessage({ kind: 'problem', text: parsed.message });
      return;
    }
    try {
      const result = await importComments.mutateAsync(parsed.comments);
      setMessage({ kind: 'done', text: describeImport(result, parsed) });
    } catch {
      setMessage({
        kind: 'problem',
        text: 'The comments could not be imported: please try again.',
      });
    }
  }

  return (
    <details className="comments-transfer">
      <summary>Move your comments to another device</summary>
      <p>
        Download the comments on this article kept in this browser as a file, then import that file
        in another browser to see them there. Importing twice adds nothing twice.
      </p>
      <div className="comments-transfer__actions">
        <button type="button" className="button button--quiet" onClick={() => void handleExport()}>
          Download comments (JSON)
        </button>
        <label htmlFor={id} className="button button--quiet comments-transfer__import">
          Import a comments file
        </label>
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(event) => void handleFile(event)}
        />
      </div>
      <p
        className={message?.kind === 'problem' ? 'form-error' : 'comments-transfer__status'}
        role="status"
      >
        {message?.text}
      </p>
    </details>
  );
}
