import type { PeopleIndex, Person } from './find-people.ts';
import {
  SPEECH_VERBS,
  LEADING_NAME_RUN,
  NAME_RUN,
  OPENS_WITH_PRONOUN,
  isFullName,
  readNameRun,
  readRole,
} from './person-names.ts';
import { attributionAfter } from './quote-attribution.ts';

export type Pronoun = 'he' | 'she';

export type Subject =
  | { kind: 'person'; person: Person }
  | { kind: 'pronoun'; pronoun: Pronoun }
  /** Someone who is not a named person speaks ("The ministry said"): "he" cannot reach past this. */
  | { kind: 'other-speaker' }
  | { kind: 'other' };

const CONJUNCTION = /^(?:but|and|yet|so|still|now|then|also|however|meanwhile|instead),?\s+/i;
const CLAUSE_START =
  /^(?:in|on|at|after|before|during|without|with|for|over|since|despite|while|when|as|asked|under|unlike|like|through|from|within|following|according to|last|this|earlier|later|by|\p{L}+ing)\b/iu;
const SPEECH_VERB = new RegExp(String.raw`\b${SPEECH_VERBS}\b`, 'u');
const MAX_CLAUSE_LENGTH = 150;
const MAX_LOOKBACK = 8;
const NAME_RUNS = new RegExp(NAME_RUN, 'gu');
const PRONOUNS = /\b(he|she)\b/gi;
const QUOTED = /[“"][^“”"]*[”"]/g;

/** The sentence without a leading conjunction or introductory clause ("In Moscow, "). */
function stripIntroduction(sentence: string): string {
  let text = sentence;
  for (let pass = 0; pass < 2; pass += 1) {
    text = text.replace(CONJUNCTION, '');
    const comma = text.indexOf(', ');
    if (CLAUSE_START.test(text) && comma > 0 && comma < MAX_CLAUSE_LENGTH)
      text = text.slice(comma + 2);
  }
  return text;
}

function subjectPerson(text: string, people: PeopleIndex): Person | undefined {
  const run = readNameRun(LEADING_NAME_RUN.exec(text)?.[0] ?? '');
  const named = run === undefined ? undefined : people.find(run.name);
  if (named !== undefined) return named;
  // "Russia’s defense minister, Sergei K. Shoigu, did not ..."
  const [role, name] = text.split(/,\s+/);
  if (role === undefined || name === undefined || readRole(role) === undefined) return undefined;
  const appositive = readNameRun(LEADING_NAME_RUN.exec(name)?.[0] ?? '');
  return appositive === undefined ? undefined : people.find(appositive.name);
}

/**
 * "he" or "she", whichever the text uses first (or last, from the end: the
 * one nearest a following "said"). Callers have already seen one there.
 */
export function pronounIn(text: string, from: 'start' | 'end' = 'start'): Pronoun {
  const found = [...text.matchAll(PRONOUNS)];
  const word = from === 'start' ? found[0]?.[1] : found.at(-1)?.[1];
  return word?.toLowerCase() === 'she' ? 'she' : 'he';
}

/** Who a sentence is about, as far as a reader resolving "he" or "she" cares. */
export function sentenceSubject(sentence: string, people: PeopleIndex): Subject {
  const quoted = /^[“"][^“”"]+[”"]/.exec(sentence);
  if (quoted !== null) {
    const attribution = attributionAfter(sentence.slice(quoted[0].length), people);
    if (attribution !== undefined) {
      return attribution.speaker.kind === 'pronoun'
        ? { kind: 'pronoun', pronoun: pronounIn(attribution.phrase) }
        : { kind: 'person', person: attribution.speaker.person };
    }
  }
  const text = stripIntroduction(sentence);
  if (OPENS_WITH_PRONOUN.test(text)) return { kind: 'pronoun', pronoun: pronounIn(text) };
  const person = subjectPerson(text, people);
  if (person !== undefined) return { kind: 'person', person };
  return SPEECH_VERB.test(text) ? { kind: 'other-speaker' } : { kind: 'other' };
}

/** The sentence without its quotations, including one that opens or closes beyond it. */
function outsideQuotations(sentence: string): string {
  const paired = sentence.replace(QUOTED, ' ');
  const open = paired.search(/[“"]/);
  const unopened = paired.lastIndexOf('”');
  return paired.slice(unopened + 1, open >= unopened + 1 ? open : undefined);
}

/**
 * The people a sentence names outside its quotations. `unknown` also counts
 * full names and "Mr. Surname" the article never introduced: a reader would
 * take them for people too.
 */
function peopleNamed(sentence: string, people: PeopleIndex, unknown: boolean): Set<string> {
  const names = new Set<string>();
  for (const match of outsideQuotations(sentence).matchAll(NAME_RUNS)) {
    const run = readNameRun(match[0]);
    if (run === undefined) continue;
    const known = people.find(run.name);
    if (known !== undefined) names.add(known.name);
    else if (unknown && isFullName(run)) names.add(run.name);
    // Spelled as speakerFromPhrase spells an unintroduced "Mr. Reeves".
    else if (unknown && run.honorific !== undefined) names.add(`${run.honorific} ${run.name}`);
  }
  return names;
}

/**
 * The person "he" or "she" refers to in sentence `index` of `sentences`: the
 * subject of the nearest earlier sentence that has a person as its subject,
 * skipping sentences about the same unnamed "he". Undefined whenever a reader
 * could hesitate: another speaker or the other pronoun intervenes, the
 * subject's sentence (or the pronoun's own, outside its quotations) names
 * anyone else, or no one is found within a few sentences. Without this, "John
 * Roe criticised Ana Example. “...,” she said." would put her words in his
 * mouth.
 */
export function resolvePronoun(
  sentences: readonly string[],
  index: number,
  people: PeopleIndex,
  pronoun: Pronoun = 'he',
): Person | undefined {
  for (let at = index - 1; at >= Math.max(0, index - MAX_LOOKBACK); at -= 1) {
    const sentence = sentences[at] ?? '';
    const subject = sentenceSubject(sentence, people);
    if (subject.kind === 'other-speaker') return undefined;
    if (subject.kind === 'pronoun' && subject.pronoun !== pronoun) return undefined;
    if (subject.kind !== 'person') continue;
    // People named in the pronoun's own sentence are counted only when the
    // article introduced them: an unknown capitalised pair there is as often
    // a place or a radio station as a person.
    const named = new Set([
      ...peopleNamed(sentence, people, true),
      ...peopleNamed(sentences[index] ?? '', people, false),
      subject.person.name,
    ]);
    return named.size === 1 ? subject.person : undefined;
  }
  return undefined;
}
