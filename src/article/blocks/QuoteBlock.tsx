import type { BlockOf } from '../format/article-schema.ts';

function Attribution({
  attribution,
}: {
  attribution: NonNullable<BlockOf<'quote'>['attribution']>;
}) {
  return (
    <>
      <cite className="quote__name">{attribution.name}</cite>
      {attribution.role === undefined ? null : (
        <span className="quote__role">{attribution.role}</span>
      )}
      {attribution.source === undefined ? null : (
        <span className="quote__source">{attribution.source}</span>
      )}
    </>
  );
}

export function QuoteBlock({ block }: { block: BlockOf<'quote'> }) {
  const { attribution } = block;
  if (block.variant === 'pull') {
    // A pull quote repeats a line the reader meets in the body; screen readers
    // hear it as a labelled aside, not as new text in the story's flow.
    return (
      <figure className="pull-quote" aria-label="Pull quote">
        <blockquote className="pull-quote__text">
          <p>{block.text}</p>
        </blockquote>
        {attribution === undefined ? null : (
          <figcaption className="pull-quote__attribution">
            <Attribution attribution={attribution} />
          </figcaption>
        )}
      </figure>
    );
  }
  return (
    <figure className="block-quote">
      <blockquote className="block-quote__text">
        <p>{block.text}</p>
      </blockquote>
      {attribution === undefined ? null : (
        <figcaption className="block-quote__attribution">
          <Attribution attribution={attribution} />
        </figcaption>
      )}
    </figure>
  );
}
