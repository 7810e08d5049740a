import type { PeopleIndex, Person } from './find-people.ts';
import {
  isFullName,
  LEADING_NAME_RUN,
  OPENS_WITH_PRONOUN,
  readNameRun,
  readRole,
  readRoleThenName,
} from './person-names.ts';

export type Speaker = { kind: 'person'; person: Person } | { kind: 'pronoun' };

const CONJUNCTION = /^(?:and|but|or|so|yet)\s+/i;
/** A name with its title or role is short; a longer stretch of text names no one. */
const MAX_SEGMENT_LENGTH = 300;

/** The name run a segment opens with, or the name after a lowercase role ("president David Weisbrot"). */
function nameIn(
  segment: string,
): { runText: string; role?: string; wholeSegment: boolean } | undefined {
  const leading = LEADING_NAME_RUN.exec(segment)?.[0];
  if (leading !== undefined) return { runText: leading, wholeSegment: leading === segment };
  const roleThenName = readRoleThenName(segment);
  return roleThenName === undefined
    ? undefined
    : { runText: roleThenName.run, role: roleThenName.role, wholeSegment: true };
}

function personAt(
  segments: readonly string[],
  index: number,
  people: PeopleIndex,
): Person | undefined {
  const found = nameIn(segments[index] ?? '');
  const run = found === undefined ? undefined : readNameRun(found.runText);
  if (found === undefined || run === undefined) return undefined;
  const known = people.find(run.name);
  // Someone the article never introduced counts only when the phrase is just
  // their full name, or their surname with "Mr." or "Ms.".
  const fullName = isFullName(run);
  const introduced = (fullName && found.wholeSegment) || run.honorific !== undefined;
  const name = run.honorific === undefined || fullName ? run.name : `${run.honorific} ${run.name}`;
  const person = known ?? (introduced ? { name } : undefined);
  if (person === undefined) return undefined;
  const role =
    person.role ??
    run.title ??
    found.role ??
    readRole(segments[index + 1] ?? '') ??
    (index > 0 ? readRole(segments[index - 1] ?? '') : undefined);
  return role === undefined ? { name: person.name } : { name: person.name, role };
}

/**
 * Who a phrase next to a speech verb names: "he", "Tokayev", "Daniil Kislov,
 * an expert in Central Asia". `from` says which end of the phrase is nearest
 * the verb: the subject before "said" is its last part, the name after "said"
 * its first.
 */
export function speakerFromPhrase(
  phrase: string,
  people: PeopleIndex,
  from: 'end' | 'start',
): Speaker | undefined {
  const segments = phrase
    .split(/,\s*/)
    .map((segment) =>
      segment
        .trim()
        .replace(CONJUNCTION, '')
        .replace(/[.;:]$/, ''),
    )
    .filter((segment) => segment !== '' && segment.length <= MAX_SEGMENT_LENGTH);
  const order = segments.map((_, index) => (from === 'end' ? segments.length - 1 - index : index));
  for (const index of order) {
    if (OPENS_WITH_PRONOUN.test(segments[index] ?? '')) {
      return { kind: 'pronoun' };
    }
    const person = personAt(segments, index, people);
    if (person !== undefined) return { kind: 'person', person };
  }
  return undefined;
}
