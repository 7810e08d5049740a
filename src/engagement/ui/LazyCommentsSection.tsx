import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from '../../lib/ErrorBoundary.tsx';
import type { CommentsSectionProps } from './CommentsSection.tsx';

let loading: Promise<ComponentType<CommentsSectionProps>> | undefined;

function loadCommentsSection(): Promise<ComponentType<CommentsSectionProps>> {
  loading ??= import('./CommentsSection.tsx').then((module) => module.CommentsSection);
  // A failed download (the reader went offline) may be retried.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Start loading this far before the comments scroll into view. */
const NEAR = '800px 0px';

/** Scrolls to the comments once they are in: the browser's own jump to #comments came too early. */
function ScrollIntoViewOnMount() {
  useEffect(() => {
    document.getElementById('comments')?.scrollIntoView();
  }, []);
  return null;
}

/** The comments' place on the page, with its heading, before (or instead of) the comments. */
function Placeholder({ children }: { children?: ReactNode }) {
  return (
    <section id="comments" className="comments comments--placeholder" lang="en" dir="ltr">
      <h2 className="comments__title">Comments</h2>
      {children === undefined ? null : (
        <p className="form-error" role="alert">
          {children}
        </p>
      )}
    </section>
  );
}

/**
 * The comments, loaded only when the reader scrolls near them (or follows a
 * link to #comments), so they add nothing to the article's first load. The
 * placeholder has a fixed height and the same id, so the page does not jump
 * and links to #comments land. The code is loaded first and rendered after,
 * in one go: under Suspense, React would hold the list back for its reveal
 * throttle, and a transition would slice the render across many frames.
 */
export function LazyCommentsSection(props: CommentsSectionProps) {
  const [Section, setSection] = useState<ComponentType<CommentsSectionProps> | null>(null);
  const [linkedTo, setLinkedTo] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const slot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    const want = () => {
      // The moment the comments are asked for: `npm run bench` times from here.
      performance.mark('broadsheet:comments-requested');
      const linked = window.location.hash === '#comments';
      loadCommentsSection().then(
        (component) => {
          if (!current) return;
          setLinkedTo(linked);
          setSection(() => component);
        },
        () => {
          if (current) setFailed(true);
        },
      );
    };
    const stop = () => {
      current = false;
    };
    if (window.location.hash === '#comments' || typeof IntersectionObserver !== 'function') {
      want();
      return stop;
    }
    window.addEventListener('hashchange', want);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        window.removeEventListener('hashchange', want);
        want();
      },
      { rootMargin: NEAR },
    );
    if (slot.current !== null) observer.observe(slot.current);
    return () => {
      stop();
      window.removeEventListener('hashchange', want);
      observer.disconnect();
    };
  }, [attempt]);

  return (
    <div ref={slot} className="comments-slot">
      {Section === null ? (
        <Placeholder>
          {failed ? (
            <>
              The comments could not be loaded.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setFailed(false);
                  setAttempt(attempt + 1);
                }}
              >
                Try again
              </button>
            </>
          ) : undefined}
        </Placeholder>
      ) : (
        <>
          <ErrorBoundary
            fallback={(error) => (
              <Placeholder>
                The comments could not be shown ({error.message}). Comments already posted stay
                stored in this browser; reloading the page may bring them back.
              </Placeholder>
            )}
          >
            <Section {...props} />
          </ErrorBoundary>
          {linkedTo ? <ScrollIntoViewOnMount /> : null}
        </>
      )}
    </div>
  );
}
