/** Holds the shape of an article header while it loads, so nothing jumps when it arrives. */
export function ArticleSkeleton() {
  return (
    <div className="article skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading the article…
      </p>
      <div className="skeleton__line skeleton__line--headline" />
      <div className="skeleton__line skeleton__line--headline skeleton__line--short" />
      <div className="skeleton__line skeleton__line--byline" />
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="skeleton__line" />
      ))}
    </div>
  );
}
