import type { Article } from '../../src/article/format/article-schema.ts';
import { normalizeSpace } from './normalize-space.ts';

type Person = Article['authors'][number];

// Words that make a byline part a job description rather than a person:
// "By Jane Doe, Staff Writer" has one author, with a role.
const ROLE_WORDS =
  /\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|bureau|chief|critic|producer|photographer|special to)\b/i;
// The format's limits: a name or role of at most 200 characters, at most 20 authors.
const MAX_NAME_LENGTH = 200;
const MAX_AUTHORS = 20;
const NAME_PART = /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*$/u;
const PARTICLES = new Set('de da del der van von bin al la le di du dos'.split(' '));

function looksLikeName(part: string): boolean {
  const words = part.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((word) => NAME_PART.test(word) || PARTICLES.has(word))
  );
}

/**
 * The people in a byline: "By Valerie Hopkins and Ivan Nechepurenko" gives two
 * authors. A byline that does not split cleanly into names ("Mac & i") is kept
 * whole as one author rather than cut into nonsense.
 */
export function parseByline(byline: string | null | undefined): Person[] {
  return splitByline(byline)
    .filter((person) => person.name.length <= MAX_NAME_LENGTH)
    .map((person) =>
      person.role !== undefined && person.role.length > MAX_NAME_LENGTH
        ? { name: person.name }
        : person,
    )
    .slice(0, MAX_AUTHORS);
}

function splitByline(byline: string | null | undefined): Person[] {
  const text = normalizeSpace(byline ?? '')
    .replace(/^by\b[:\s]*/i, '')
    .replace(/[.,;\s]+$/, '');
  if (text === '') return [];
  const parts = text.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).filter((part) => part !== '');
  const people: Person[] = [];
  for (const part of parts) {
    const previous = people.at(-1);
    if (previous !== undefined && previous.role === undefined && ROLE_WORDS.test(part)) {
      previous.role = part;
    } else if (looksLikeName(part)) {
      people.push({ name: part });
    } else {
      return [{ name: text }];
    }
  }
  return people;
}
