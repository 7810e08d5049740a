import { useEffect, useRef, type RefObject } from 'react';
import { readingFraction } from './reading-position.ts';

/**
 * A thin bar along the top of the screen. It is decoration (the scroll bar
 * says the same to assistive technology), and it moves with a transform, so
 * it never shifts the layout.
 */
export function ReadingProgress({ articleRef }: { articleRef: RefObject<HTMLElement | null> }) {
  const barRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    function update() {
      frame = 0;
      const article = articleRef.current;
      const bar = barRef.current;
      if (article === null || bar === null) return;
      const top = article.getBoundingClientRect().top + window.scrollY;
      const fraction = readingFraction(
        top,
        article.offsetHeight,
        window.scrollY,
        window.innerHeight,
      );
      bar.style.transform = `scaleX(${String(fraction)})`;
    }
    function schedule() {
      if (frame === 0) frame = requestAnimationFrame(update);
    }
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [articleRef]);

  return <div ref={barRef} className="reading-progress" aria-hidden="true" />;
}
