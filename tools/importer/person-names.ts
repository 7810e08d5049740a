// The vocabulary the quote finder uses to tell people from places and
// organisations without a language model: capitalised runs of words, titles
// that precede names, and nouns that make a phrase a job description.

/** A capitalised word, an abbreviated title ("Mr.", "Sen."), an initial ("K."), or a hyphenated or O'-name; never a possessive "’s". */
const TOKEN = String.raw`(?:(?:Mrs?|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Adm|St)\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}]*(?:[-'’](?!s(?![\p{L}]))\p{L}[\p{L}\p{M}]*)*)`;
const PARTICLE = String.raw`(?:de|da|van|von|der|den|bin|ibn|al|el|la|le|del|di|du|dos|das)`;
/**
 * One to eight capitalised words in a row, as a regular expression source.
 * Bounded: "Australian Federal Police Commissioner Andrew Colvin" is the
 * longest title and name we expect, and an unbounded run makes the patterns
 * around it quadratic on a page of capitalised words.
 */
export const NAME_RUN = String.raw`${TOKEN}(?:\s(?:${PARTICLE}\s)?${TOKEN}){0,7}`;

/** "he" or "she", alone or opening a phrase: an attribution to someone named earlier. */
export const OPENS_WITH_PRONOUN = /^(?:he|she)(?:\s|$)/i;

export const SPEECH_VERBS = String.raw`(?:said|says|told|tells|added|adds|asked|wrote|writes|explained|noted|argued|insisted|warned|stated|declared|announced|recalled|replied|acknowledged|admitted|claimed|complained|conceded|cautioned|predicted|suggested|urged|observed|remarked|emphasized|emphasised|stressed|continued)`;

// Capitalised words that start sentences or name days and months, not people.
const NOT_NAMES = new Set(
  (
    'The A An In On At But And Or So Yet He She It They We I You This That These Those His Her Their ' +
    'Its Our My Your When While After Before If As For With Without From To By Of Over Under During ' +
    'Since Although Though However Speaking According Meanwhile Still Also Only Some Many Most Several ' +
    'There Here What Who Why How Where Last Next Asked Despite Unlike Like Even Now Then Both Each Every ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec.'
  ).split(' '),
);

// Words that make a capitalised run an organisation, a place or a title of a work.
const NOT_PEOPLE =
  /^(?:Department|Ministry|Agency|Administration|Organi[sz]ation|Council|Committee|Commission|University|Institute|Institution|Office|Party|Government|Bank|Times|Post|News|Press|Association|Union|Court|Police|Army|Navy|Forces?|House|Senate|Congress|Parliament|Assembly|Company|Corporation|Corp\.?|Inc\.?|Group|Center|Centre|Foundation|Services?|Fund|Board|Authority|League|Kremlin|Pentagon|Reuters|Nations|States|Republic|Kingdom|Federation|Treaty|Street|Magazine|Journal|Network|Club|School|College|Museum|Airlines|Apple|Google|Microsoft|Amazon|Facebook|Twitter|Asia|Europe|Africa|America)$/;

const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady)\.?$/;
// Words that end a title in front of a name: "Defense Minister", "President".
const TITLE_HEADS =
  /^(?:President|Minister|Secretary|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Mayor|Chancellor|Ambassador|General|Gen\.|Colonel|Col\.|Admiral|Adm\.|Judge|Justice|Professor|Prof\.|King|Queen|Prince|Princess|Pope|Sheikh|Commissioner|Director|Speaker|Attorney-General|Chairman|Chairwoman|Premier|Emperor|Leader|Chief|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Detective|Inspector|Superintendent|Bishop|Cardinal|Archbishop|Rabbi|Imam|Coach|Commander)$/;

const ROLE_NOUNS =
  /\b(?:expert|editor|analyst|scientist|researcher|professor|economist|historian|minister|president|leader|chief|head|director|spokes(?:man|woman|person)|official|advis[eo]r|ambassador|secretary|chair(?:man|woman)?|executive|(?:co-)?founder|lawyer|attorney|senator|governor|mayor|commander|general|officer|correspondent|reporter|author|manager|strategist|fellow|member|representative|activist|candidate|politician|diplomat|lawmaker|legislator|commissioner|chancellor|prosecutor|judge|ceo|engineer|designer|programmer|mathematician|physicist|meteorologist|student|teacher|doctor|physician|priest|consultant|partner|owner|investor|writer|columnist|critic|scholar|lecturer|dean|coach|deputy|aide|negotiator|envoy|mediator|pastor|bishop|premier|king|queen|prince|colonel|captain|sergeant|superintendent|inspector)s?\b/i;
// The format's limits for an attribution's name and role.
const MAX_NAME_LENGTH = 200;
const MAX_ROLE_LENGTH = 300;
const RELATIVE_CLAUSE = /\s(?:who|whom|whose|which|that|where|when)\b.*$/;

/** "AS" and "THE" in a drop-cap opening are sentence words too. */
function isNotName(token: string): boolean {
  return NOT_NAMES.has(token) || NOT_NAMES.has(token.charAt(0) + token.slice(1).toLowerCase());
}

export interface NameRun {
  name: string;
  /** The title the run started with ("President"), as a role. */
  title?: string;
  /** "Mr.", "Ms.": marks a person even when only the surname is given. */
  honorific?: string;
}

/** Splits a capitalised run into an optional title and a name, dropping sentence-start words and honorifics. */
export function readNameRun(run: string): NameRun | undefined {
  const tokens = run.split(/\s+/);
  while (tokens.length > 0 && isNotName(tokens[0] ?? '')) tokens.shift();
  let titleEnd = -1;
  tokens.forEach((token, index) => {
    if (TITLE_HEADS.test(token) && index < tokens.length - 1) titleEnd = index;
  });
  const title = titleEnd >= 0 ? tokens.slice(0, titleEnd + 1).join(' ') : undefined;
  const nameTokens = tokens.slice(titleEnd + 1);
  const honorifics: string[] = [];
  while (nameTokens.length > 0 && HONORIFICS.test(nameTokens[0] ?? ''))
    honorifics.push(nameTokens.shift() ?? '');
  if (nameTokens.length === 0 || nameTokens.some((token) => NOT_PEOPLE.test(token)))
    return undefined;
  if (nameTokens.some((token) => isNotName(token) || /^(?:\p{Lu}\.){2,}$/u.test(token))) {
    return undefined;
  }
  const name = nameTokens.join(' ');
  if (name.length > MAX_NAME_LENGTH) return undefined;
  return {
    name,
    ...(title === undefined || title.length > MAX_ROLE_LENGTH ? {} : { title }),
    ...(honorifics.length === 0 ? {} : { honorific: honorifics.join(' ') }),
  };
}

/** A run of two or more words that could be a person's full name. */
export function isFullName(run: NameRun): boolean {
  return run.name.split(' ').length >= 2;
}

/**
 * The job description in an appositive ("an expert in Central Asia and editor
 * of Fergana"), without its article or any relative clause; undefined if the
 * phrase is not a job description.
 */
export function readRole(phrase: string): string | undefined {
  const trimmed = phrase.trim().replace(/[.;:]$/, '');
  if (/^(?:who|whom|whose|which|that|where|when)\b/i.test(trimmed)) return undefined;
  const role = trimmed
    .replace(RELATIVE_CLAUSE, '')
    .replace(/^(?:an?|the)\s+/i, '')
    .trim();
  if (role === '' || role.length > MAX_ROLE_LENGTH || role.split(/\s+/).length > 16)
    return undefined;
  if (!ROLE_NOUNS.test(role)) return undefined;
  if (/[“”"]/.test(role)) return undefined;
  return role;
}

const ROLE_THEN_NAME = new RegExp(String.raw`^(\p{Ll}[^,]*?)\s(${NAME_RUN})$`, 'u');

/** "president David Weisbrot", "opposition leader Morgan Tsvangirai": a lowercase role, then the name. */
export function readRoleThenName(phrase: string): { role: string; run: string } | undefined {
  const match = ROLE_THEN_NAME.exec(phrase.trim());
  const role = readRole(match?.[1] ?? '');
  return match === null || role === undefined ? undefined : { role, run: match[2] ?? '' };
}

/** Matches a capitalised run at the start of the text (not global, so safe to share). */
export const LEADING_NAME_RUN = new RegExp(String.raw`^${NAME_RUN}`, 'u');
