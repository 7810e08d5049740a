import type { SafeStorage, StorageStatus } from '../../lib/storage/safe-storage.ts';
import { downloadFile } from './download-file.ts';

interface StorageNoticeProps {
  status: StorageStatus;
  device: SafeStorage;
}

/** Says plainly where comments are kept, and whatever went wrong keeping them. */
export function StorageNotice({ status, device }: StorageNoticeProps) {
  const corrupt = status.problems.filter((problem) => problem.kind === 'corrupt');
  return (
    <div className="comments-notice">
      <p className="comments-notice__where">
        Comments are kept in this browser and visible only on this device: nobody else can read
        them, and they do not follow you to another browser unless you move them (below).
      </p>
      {status.persistence === 'memory-only' ? (
        <p className="comments-notice__warning" role="status">
          <strong>This browser does not let Broadsheet save anything here</strong> (a private window
          or an embedded page may do this). You can read and comment, but what you post will be gone
          when you leave or reload the page.
        </p>
      ) : null}
      {status.persistence === 'quota-exceeded' ? (
        <p className="comments-notice__warning" role="alert">
          <strong>This browser’s storage for Broadsheet is full.</strong> Your latest changes are
          kept only until you close this page: download your comments (below) to keep a copy.
        </p>
      ) : null}
      {corrupt.map((problem) => (
        <p key={problem.backupKey} className="comments-notice__warning" role="status">
          Some data this browser had saved for Broadsheet could not be read, so it was set aside
          rather than used{problem.backedUp ? ' (nothing was deleted)' : ''}.{' '}
          {problem.backedUp
            ? null
            : 'There was no room to keep a copy, so download it before you leave this page. '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              downloadFile(
                'broadsheet-unreadable-data.txt',
                device.get(problem.backupKey) ?? '',
                'text/plain',
              );
            }}
          >
            Download the unreadable data
          </button>
        </p>
      ))}
    </div>
  );
}
