import {
  LEADING_NAME_RUN,
  NAME_RUN,
  SPEECH_VERBS,
  isFullName,
  readNameRun,
  readRole,
} from './person-names.ts';
import { splitSentences } from './split-sentences.ts';

export interface Person {
  name: string;
  role?: string;
}

/** The people an article names, found once so that later mentions ("Tokayev") resolve to them. */
export interface PeopleIndex {
  readonly people: readonly Person[];
  find(name: string): Person | undefined;
}

const TITLED_RUN = new RegExp(String.raw`${NAME_RUN}(?:\sof\s(${NAME_RUN}))?`, 'gu');
const SPEAKER_BEFORE_VERB = new RegExp(String.raw`(${NAME_RUN})\s${SPEECH_VERBS}\b`, 'gu');
const SPEAKER_AFTER_VERB = new RegExp(String.raw`\b${SPEECH_VERBS}\s(${NAME_RUN})`, 'gu');
const OPENS_WITH_SPEECH = new RegExp(String.raw`^${SPEECH_VERBS}\b`, 'u');
/** How many appositives may stand between a name and its "said". */
const MAX_APPOSITIVES = 3;
/** Longer "sentences" are lists or markup, not prose that introduces people. */
const MAX_SENTENCE_LENGTH = 1500;
const TRAILING_RUN = new RegExp(String.raw`(?:^|\s)(${NAME_RUN})$`, 'u');

function add(people: Map<string, Person>, name: string, role: string | undefined): void {
  const known = people.get(name);
  if (known === undefined) people.set(name, role === undefined ? { name } : { name, role });
  else if (known.role === undefined && role !== undefined) known.role = role;
}

/** "President Vladimir Putin of Russia": a title in front of a name makes a person. */
function addTitledPeople(people: Map<string, Person>, sentence: string): void {
  for (const match of sentence.matchAll(TITLED_RUN)) {
    const run = readNameRun(match[0].replace(/\sof\s.*$/u, ''));
    if (run?.title === undefined) continue;
    const place = match[1];
    add(people, run.name, place === undefined ? run.title : `${run.title} of ${place}`);
  }
}

/**
 * "Daniil Kislov, an expert ...", "Russia’s defense minister, Sergei K.
 * Shoigu," and "Eric Reeves, one of the leading voices on Sudan, said".
 */
function addAppositivePeople(people: Map<string, Person>, sentence: string): void {
  const segments = sentence.split(/,\s+/);
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    if (next === undefined) return;
    const trailing = readNameRun(TRAILING_RUN.exec(segment)?.[1] ?? '');
    const nextRole = readRole(next);
    const speaks = segments
      .slice(index + 1, index + 2 + MAX_APPOSITIVES)
      .some((later) => OPENS_WITH_SPEECH.test(later));
    if (trailing !== undefined && isFullName(trailing) && (nextRole !== undefined || speaks))
      add(people, trailing.name, nextRole);
    const leading = readNameRun(LEADING_NAME_RUN.exec(next)?.[0] ?? '');
    const role = readRole(segment);
    if (leading !== undefined && isFullName(leading) && role !== undefined)
      add(people, leading.name, role);
  });
}

/** "Ekaterina Shulman said" and "said Elmira Satybaldieva": whoever speaks is a person. */
function addSpeakers(people: Map<string, Person>, sentence: string): void {
  for (const pattern of [SPEAKER_BEFORE_VERB, SPEAKER_AFTER_VERB]) {
    for (const match of sentence.matchAll(pattern)) {
      const run = readNameRun(match[1] ?? '');
      if (run !== undefined && isFullName(run)) add(people, run.name, run.title);
    }
  }
}

function lastName(name: string): string {
  return name.split(' ').at(-1) ?? name;
}

export function findPeople(paragraphs: readonly string[]): PeopleIndex {
  const byName = new Map<string, Person>();
  const sentences = paragraphs
    .flatMap(splitSentences)
    .filter((sentence) => sentence.length <= MAX_SENTENCE_LENGTH);
  for (const sentence of sentences) {
    addTitledPeople(byName, sentence);
    addAppositivePeople(byName, sentence);
    addSpeakers(byName, sentence);
  }
  const people = [...byName.values()];
  return {
    people,
    find(name) {
      const run = readNameRun(name);
      if (run === undefined) return undefined;
      const exact = byName.get(run.name);
      if (exact !== undefined) return exact;
      // A later mention by surname alone resolves only when one person has that surname.
      const matches = people.filter((person) => lastName(person.name) === lastName(run.name));
      return matches.length === 1 && !run.name.includes(' ') ? matches[0] : undefined;
    },
  };
}
