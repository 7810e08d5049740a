import { useSearchParams } from 'react-router';
import { EmbedFrame } from '../../embed/frame/EmbedFrame.tsx';
import { parseEmbedId, parseEmbedOptions } from '../../embed/options/parse-embed-options.ts';

/** An embed address that names no story: said inside the frame, sized like any embed. */
export function EmbedNotFound() {
  const [params] = useSearchParams();
  return (
    <EmbedFrame id={parseEmbedId(params, 'not-found')} theme={parseEmbedOptions(params).theme}>
      <section className="error-page" aria-labelledby="embed-not-found-title">
        <title>Story not found · Broadsheet</title>
        <h1 id="embed-not-found-title">Story not found</h1>
        <p>This embed does not point at a story. Copy the embed code again from the article.</p>
      </section>
    </EmbedFrame>
  );
}
