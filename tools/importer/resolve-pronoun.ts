import type { PeopleIndex, Person } from './find-people.ts';
import { SPEECH_VERBS, LEADING_NAME_RUN, readNameRun, readRole } from './person-names.ts';
import { attributionAfter } from './quote-attribution.ts';

export type Subject =
  | { kind: 'person'; person: Person }
  | { kind: 'pronoun' }
  /** Someone who is not a named person speaks ("The ministry said"): "he" cannot reach past this. */
  | { kind: 'other-speaker' }
  | { kind: 'other' };

const CONJUNCTION = /^(?:but|and|yet|so|still|now|then|also|however|meanwhile|instead),?\s+/i;
const CLAUSE_START =
  /^(?:in|on|at|after|before|during|without|with|for|over|since|despite|while|when|as|asked|under|unlike|like|through|from|within|following|according to|last|this|earlier|later|by|\p{L}+ing)\b/iu;
const SPEECH_VERB = new RegExp(String.raw`\b${SPEECH_VERBS}\b`, 'u');
const MAX_CLAUSE_LENGTH = 150;
const MAX_LOOKBACK = 8;

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

/** Who a sentence is about, as far as a reader resolving "he" or "she" cares. */
export function sentenceSubject(sentence: string, people: PeopleIndex): Subject {
  const quoted = /^[“"][^“”"]+[”"]/.exec(sentence);
  if (quoted !== null) {
    const attribution = attributionAfter(sentence.slice(quoted[0].length), people);
    if (attribution !== undefined) {
      return attribution.speaker.kind === 'pronoun'
        ? { kind: 'pronoun' }
        : { kind: 'person', person: attribution.speaker.person };
    }
  }
  const text = stripIntroduction(sentence);
  if (/^(?:he|she)\s/i.test(text)) return { kind: 'pronoun' };
  const person = subjectPerson(text, people);
  if (person !== undefined) return { kind: 'person', person };
  return SPEECH_VERB.test(text) ? { kind: 'other-speaker' } : { kind: 'other' };
}

/**
 * The person "he" or "she" refers to in sentence `index` of `sentences`: the
 * subject of the nearest earlier sentence that has a person as its subject,
 * skipping sentences about the same unnamed "he". Undefined when another
 * speaker intervenes or no one is found within a few sentences.
 */
export function resolvePronoun(
  sentences: readonly string[],
  index: number,
  people: PeopleIndex,
): Person | undefined {
  for (let at = index - 1; at >= Math.max(0, index - MAX_LOOKBACK); at -= 1) {
    const subject = sentenceSubject(sentences[at] ?? '', people);
    if (subject.kind === 'person') return subject.person;
    if (subject.kind === 'other-speaker') return undefined;
  }
  return undefined;
}
