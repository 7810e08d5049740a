import type { BlockOf } from '../format/article-schema.ts';
import { InlineText } from './InlineText.tsx';

export function ParagraphBlock({ block }: { block: BlockOf<'paragraph'> }) {
  return (
    <p>
      <InlineText content={block.content} />
    </p>
  );
}
