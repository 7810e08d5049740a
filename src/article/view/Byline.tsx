import type { ReactNode } from 'react';
import type { Article } from '../format/article-schema.ts';

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
  // Intl gives the language's own "and"; the parts keep their links.
  let parts: { type: string; value: string }[];
  try {
    parts = new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(
      items.map((_, i) => String(i)),
    );
  } catch {
    parts = new Intl.ListFormat('en', { type: 'conjunction' }).formatToParts(
      items.map((_, i) => String(i)),
    );
  }
  return parts.map((part, index) =>
    part.type === 'element' ? <span key={index}>{items[Number(part.value)]}</span> : part.value,
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
