import { lazy, Suspense, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { embedUrlFor } from '../snippet/embed-url.ts';

// The dialog is not needed to read the story: it downloads on first use.
const EmbedDialog = lazy(() =>
  import('./EmbedDialog.tsx').then((module) => ({ default: module.EmbedDialog })),
);

interface EmbedButtonProps {
  /** The story's headline: it names the frame in the snippet. */
  title: string;
}

/** The article page's "Embed" action. Renders nothing on a page that has no embed. */
export function EmbedButton({ title }: EmbedButtonProps) {
  const { pathname, search } = useLocation();
  const [embedUrl, setEmbedUrl] = useState<URL>();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Only the path decides whether there is an embed; the origin is read on click (never on the server).
  if (embedUrlFor(new URL(pathname, 'http://embed.invalid')) === undefined) return null;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet embed-button"
        aria-haspopup="dialog"
        onClick={() => {
          setEmbedUrl(embedUrlFor(new URL(pathname + search, window.location.origin)));
        }}
      >
        Embed
      </button>
      {embedUrl === undefined ? null : (
        <Suspense>
          <EmbedDialog
            embedUrl={embedUrl}
            title={title}
            onClose={() => {
              setEmbedUrl(undefined);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
