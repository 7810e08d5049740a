import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from '../options/embed-options.ts';
import { embedFrameUrl, embedSnippet } from '../snippet/embed-snippet.ts';
import { EmbedOptionsFields } from './EmbedOptionsFields.tsx';
import { EmbedPreview } from './EmbedPreview.tsx';
import { SnippetField } from './SnippetField.tsx';

/** The frame's height in the snippet, before the story reports its own. */
const SNIPPET_HEIGHT = 800;

interface EmbedDialogProps {
  /** The story's embed address, without options. */
  embedUrl: URL;
  title: string;
  onClose: () => void;
}

/** Options as toggles, the code they give, and the embed itself as the code would show it. */
export function EmbedDialog({ embedUrl, title, onClose }: EmbedDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);

  useEffect(() => {
    const dialog = dialogRef.current;
    // A modal dialog keeps focus inside and makes the page behind it inert.
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="embed-dialog__header">
        <h2 id={titleId} className="embed-dialog__title">
          Embed this story
        </h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            dialogRef.current?.close();
          }}
        >
          Close
        </button>
      </div>
      <div className="embed-dialog__body">
        <p className="embed-dialog__intro">
          Paste the code into any web page. The frame sizes itself to the story, and follows the
          page’s theme when set to automatic.
        </p>
        <EmbedOptionsFields options={options} onChange={setOptions} />
        <SnippetField
          snippet={embedSnippet({ embedUrl, options, title, height: SNIPPET_HEIGHT })}
        />
        <EmbedPreview src={embedFrameUrl(embedUrl, options)} title={title} />
      </div>
    </dialog>
  );
}
