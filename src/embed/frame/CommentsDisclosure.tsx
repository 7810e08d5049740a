import { useId, useState, type ReactNode } from 'react';
import { isFramedByOtherOrigin } from './framing.ts';

interface CommentsDisclosureProps {
  /** The comments, rendered (and so loaded) only once the reader opens them. */
  children: ReactNode;
}

/**
 * Comments in an embed start closed: a partner's page stays short, and the
 * comments code downloads only for readers who want it.
 */
export function CommentsDisclosure({ children }: CommentsDisclosureProps) {
  const [open, setOpen] = useState(false);
  const [onOtherSite] = useState(() => isFramedByOtherOrigin(window));
  const panelId = useId();
  return (
    <div className="embed__comments">
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {open ? 'Hide comments' : 'Show comments'}
      </button>
      <div id={panelId} hidden={!open}>
        {open && onOtherSite ? (
          <p className="embed__comments-note">
            Shown on another site, so your browser keeps these comments apart from the ones on this
            story’s own page.
          </p>
        ) : null}
        {open ? children : null}
      </div>
    </div>
  );
}
