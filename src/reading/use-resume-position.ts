import { useCallback, useEffect, useState, type RefObject } from 'react';
import { readingFraction, isWorthResuming, scrollYForFraction } from './reading-position.ts';
import { readPosition, writePosition } from './reading-preferences.ts';

function articleBox(article: HTMLElement) {
  return {
    top: article.getBoundingClientRect().top + window.scrollY,
    height: article.offsetHeight,
  };
}

/**
 * Takes the reader back to where they stopped in this article, unless the
 * address points somewhere else (#comments), and keeps saving the place as
 * they read. Returns whether it resumed, and a way back to the start.
 */
export function useResumePosition(articleId: string, articleRef: RefObject<HTMLElement | null>) {
  const [resumed, setResumed] = useState(false);

  useEffect(() => {
    const article = articleRef.current;
    if (article === null) return;
    const saved = readPosition(articleId);
    // After the first frame, once the article has its full height.
    const frame = requestAnimationFrame(() => {
      if (window.location.hash !== '' || window.scrollY > 10 || !isWorthResuming(saved)) return;
      const { top, height } = articleBox(article);
      window.scrollTo({
        top: scrollYForFraction(top, height, window.innerHeight, saved),
        behavior: 'instant',
      });
      setResumed(true);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    function save() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (article === null) return;
        const box = articleBox(article);
        writePosition(
          articleId,
          readingFraction(box.top, box.height, window.scrollY, window.innerHeight),
        );
      }, 400);
    }
    window.addEventListener('scroll', save, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('scroll', save);
    };
  }, [articleId, articleRef]);

  const backToStart = useCallback(() => {
    setResumed(false);
    window.scrollTo({ top: 0 });
  }, []);
  const dismiss = useCallback(() => {
    setResumed(false);
  }, []);
  return { resumed, backToStart, dismiss };
}
