import { useEffect, type RefObject } from 'react';
import { ReadingProgress } from './ReadingProgress.tsx';
import { ShareButton } from './ShareButton.tsx';
import { TextSizeControl } from './TextSizeControl.tsx';
import { useResumePosition } from './use-resume-position.ts';

interface ReadingToolsProps {
  articleId: string;
  title: string;
  articleRef: RefObject<HTMLElement | null>;
}

/** Text size, share, progress and resume: loaded after the story has painted. */
export function ReadingTools({ articleId, title, articleRef }: ReadingToolsProps) {
  const { resumed, backToStart, dismiss } = useResumePosition(articleId, articleRef);

  useEffect(() => {
    if (!resumed) return;
    const timer = setTimeout(dismiss, 8000);
    return () => {
      clearTimeout(timer);
    };
  }, [resumed, dismiss]);

  return (
    <div className="reading-tools">
      <ReadingProgress articleRef={articleRef} />
      <TextSizeControl />
      <ShareButton title={title} />
      <div className="resume-notice" role="status">
        {resumed ? (
          <>
            Back where you left off.{' '}
            <button type="button" className="link-button" onClick={backToStart}>
              Start from the top
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
