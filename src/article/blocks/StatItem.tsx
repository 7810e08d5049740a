import type { StatItem as StatItemData } from '../format/article-schema.ts';

/** One figure of a statistics callout: the value big, the label beneath, the sentence on demand. */
export function StatItem({ item }: { item: StatItemData }) {
  return (
    <div className="stat">
      <dt className="stat__value">
        {item.value}
        {item.unit === undefined ? null : <span className="stat__unit"> {item.unit}</span>}
      </dt>
      <dd className="stat__label">{item.label}</dd>
      {item.context === undefined ? null : <dd className="stat__context">{item.context}</dd>}
      {item.source === undefined && item.asOf === undefined ? null : (
        <dd className="stat__source">
          {item.source === undefined ? null : `Source: ${item.source}`}
          {item.asOf === undefined ? null : (
            <>
              {item.source === undefined ? 'As of ' : ', as of '}
              <time dateTime={item.asOf}>{item.asOf}</time>
            </>
          )}
        </dd>
      )}
    </div>
  );
}
