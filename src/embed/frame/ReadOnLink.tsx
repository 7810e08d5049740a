interface ReadOnLinkProps {
  /** The full article on this site. */
  href: string;
  publication: string;
}

export function ReadOnLink({ href, publication }: ReadOnLinkProps) {
  return (
    <p className="embed__read-on">
      <a href={href} target="_blank" rel="noopener">
        Read on {publication}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </p>
  );
}
