import { useId } from 'react';
import type { BlockOf } from '../format/article-schema.ts';
import { StatItem } from './StatItem.tsx';

export function StatsBlock({ block }: { block: BlockOf<'stats'> }) {
  const titleId = useId();
  return (
    <aside className="stats" aria-labelledby={titleId}>
      <h2 className="stats__title" id={titleId}>
        {block.title}
      </h2>
      <dl className="stats__list">
        {block.items.map((item, index) => (
          <StatItem key={index} item={item} />
        ))}
      </dl>
      {block.source === undefined ? null : <p className="stats__source">Source: {block.source}</p>}
    </aside>
  );
}
