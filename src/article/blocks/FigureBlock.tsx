import type { Figure } from '../format/article-schema.ts';

interface FigureBlockProps {
  figure: Figure;
  /** The lead image is the page's largest paint: load it first, not lazily. */
  isLead?: boolean;
}

export function FigureBlock({ figure, isLead = false }: FigureBlockProps) {
  const { image, caption, credit } = figure;
  return (
    <figure className={image === undefined ? 'figure figure--no-image' : 'figure'}>
      {image === undefined ? (
        // The source kept the caption but not the photo: say so plainly rather than show a broken image.
        <p className="figure__missing">Photo not available</p>
      ) : (
        <img
          className="figure__image"
          src={image.src}
          srcSet={image.srcset}
          sizes={image.sizes}
          alt={image.alt}
          width={image.width}
          height={image.height}
          loading={isLead ? 'eager' : 'lazy'}
          decoding="async"
          {...(isLead ? { fetchPriority: 'high' as const } : {})}
        />
      )}
      {caption === undefined && credit === undefined ? null : (
        <figcaption className="figure__caption">
          {caption}
          {credit === undefined ? null : <span className="figure__credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
