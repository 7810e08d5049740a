import type { ReactNode } from 'react';
import type { Article } from '../format/article-schema.ts';
import { conjunctionParts } from '../format/list-parts.ts';

function PersonName({ person }: { person: Article['authors'][number] }) {
  const name = person.url === undefined ? person.name : <a href={person.url}>{person.name}</a>;
  return (
    <span className="byline__author">
      {name}
      {person.role === undefined ? null : <span className="byline__role">, {person.role}</span>}
    </span>
  );
}

function Separated({ items, language }: { items: readonly ReactNode[]; language: string }) {
  // The language's own "and"; the items keep their links.
  return conjunctionParts(items.length, language).map((part, index) =>
    part.type === 'item' ? <span key={index}>{items[part.index]}</span> : part.value,
  );
}

export function Byline({ article }: { article: Article }) {
  const { authors, publication, source, language } = article;
  return (
    <div className="byline">
      {authors.length === 0 ? null : (
        <p className="byline__authors">
          By{' '}
          <Separated
            language={language}
            items={authors.map((author) => (
              <PersonName key={author.name} person={author} />
            ))}
          />
        </p>
      )}
      <p className="byline__publication">
        {publication.url === undefined ? (
          publication.name
        ) : (
          <a href={publication.url}>{publication.name}</a>
        )}
        {source === undefined ? null : (
          <>
            {' · Originally published by '}
            {source.url === undefined ? source.name : <a href={source.url}>{source.name}</a>}
          </>
        )}
      </p>
    </div>
  );
}
