import type { BlockOf } from '../format/article-schema.ts';

export function HeadingBlock({ block }: { block: BlockOf<'heading'> }) {
  const Tag = `h${String(block.level)}` as 'h2' | 'h3' | 'h4';
  return <Tag className="article-heading">{block.text}</Tag>;
}
