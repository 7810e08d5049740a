import type { Block } from '../format/article-schema.ts';
import { DividerBlock } from './DividerBlock.tsx';
import { FigureBlock } from './FigureBlock.tsx';
import { HeadingBlock } from './HeadingBlock.tsx';
import { ListBlock } from './ListBlock.tsx';
import { ParagraphBlock } from './ParagraphBlock.tsx';
import { QuoteBlock } from './QuoteBlock.tsx';
import { StatBlock } from './StatBlock.tsx';
import { StatsBlock } from './StatsBlock.tsx';

function assertNever(block: never): never {
  throw new Error(`No component for block ${JSON.stringify(block)}`);
}

/** The one place a block becomes a component; the compiler checks every type is covered. */
export function ArticleBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphBlock block={block} />;
    case 'heading':
      return <HeadingBlock block={block} />;
    case 'figure':
      return <FigureBlock figure={block} />;
    case 'quote':
      return <QuoteBlock block={block} />;
    case 'stat':
      return <StatBlock block={block} />;
    case 'stats':
      return <StatsBlock block={block} />;
    case 'list':
      return <ListBlock block={block} />;
    case 'divider':
      return <DividerBlock />;
    default:
      return assertNever(block);
  }
}
