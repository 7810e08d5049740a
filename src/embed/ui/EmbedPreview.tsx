import { useRef } from 'react';
import { useFrameHeight } from './use-frame-height.ts';

interface EmbedPreviewProps {
  /** The embed with the chosen options: the same address the snippet carries. */
  src: URL;
  title: string;
}

export function EmbedPreview({ src, title }: EmbedPreviewProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  const height = useFrameHeight(ref, src.origin, 480);
  return (
    <figure className="embed-preview">
      <figcaption>Preview</figcaption>
      <iframe ref={ref} src={src.href} title={`Preview: ${title}`} height={height} />
    </figure>
  );
}
