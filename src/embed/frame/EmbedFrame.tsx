import { useRef, type ReactNode } from 'react';
import type { EmbedTheme } from '../protocol/embed-messages.ts';
import { useReportHeight } from '../size/use-report-height.ts';
import { useEmbedTheme } from '../theme/use-embed-theme.ts';
import { useLinksOpenOutside } from './use-links-open-outside.ts';

interface EmbedFrameProps {
  /** Names this embed in its resize messages. */
  id: string;
  theme: EmbedTheme;
  children: ReactNode;
}

/**
 * The page of an embed: no masthead or footer, a theme the host can change,
 * and a size the host can follow. Its box is what gets measured, so it must
 * hold every margin inside it (flow-root in the stylesheet).
 */
export function EmbedFrame({ id, theme, children }: EmbedFrameProps) {
  const ref = useRef<HTMLElement>(null);
  useEmbedTheme(theme);
  useReportHeight(ref, id);
  useLinksOpenOutside();
  return (
    <main ref={ref} className="embed">
      {children}
    </main>
  );
}
