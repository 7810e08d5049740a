import type { BlockOf } from '../format/article-schema.ts';
import { StatItem } from './StatItem.tsx';

export function StatBlock({ block }: { block: BlockOf<'stat'> }) {
  return (
    <aside className="stats stats--single" aria-label={`Statistic: ${block.value} ${block.label}`}>
      <dl className="stats__list">
        <StatItem item={block} />
      </dl>
    </aside>
  );
}
