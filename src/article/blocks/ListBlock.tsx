import type { BlockOf } from '../format/article-schema.ts';
import { InlineText } from './InlineText.tsx';

export function ListBlock({ block }: { block: BlockOf<'list'> }) {
  const items = block.items.map((item, index) => (
    <li key={index}>
      <InlineText content={item} />
    </li>
  ));
  return block.ordered ? (
    <ol className="article-list">{items}</ol>
  ) : (
    <ul className="article-list">{items}</ul>
  );
}
