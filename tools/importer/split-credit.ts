import { normalizeSpace } from './normalize-space.ts';

export interface CaptionParts {
  caption?: string;
  credit?: string;
}

// "Credit:", "Photo:", "Bild:" and their kin, in the languages of the corpus.
const CREDIT_LABEL =
  /^(?:credits?|photo(?:graph)?s?|image|illustration|picture|source|courtesy|foto(?:grafía)?|bild|crédito|fuente)\b(?:\s+by\b)?\s*[:：]?\s*/i;
const AGENCIES =
  /\b(?:getty|reuters|associated press|ap photo|ap|afp|agence france-presse|epa|shutterstock|bloomberg|alamy|images|photos?|bild|foto)\b/i;
const TRAILING_PARENTHESIS = /\s*\(([^()]{2,120})\)\s*$/;
const TRAILING_LABELLED = new RegExp(
  String.raw`(?:^|\s+)((?:credits?|photo(?:graph)?|image|illustration|source|foto|bild)\s*(?::|\bby\b)\s*[^.:]{2,120})$`,
  'i',
);

/** A credit without its label: "Credit: Jane Doe/Reuters" -> "Jane Doe/Reuters". */
export function cleanCredit(text: string): string {
  return normalizeSpace(text)
    .replace(/^\((.*)\)$/, '$1')
    .replace(CREDIT_LABEL, '')
    .trim();
}

function looksLikeCredit(text: string): boolean {
  return CREDIT_LABEL.test(text) || AGENCIES.test(text) || /\S\/\S/.test(text);
}

/** Whether the whole caption is a credit ("Foto: LA NACION", "(Getty Images)"): nothing to read without its picture. */
export function isOnlyCredit(text: string): boolean {
  const caption = normalizeSpace(text);
  const inParentheses = /^\((.*)\)$/.exec(caption)?.[1];
  if (inParentheses !== undefined) return looksLikeCredit(inParentheses);
  return CREDIT_LABEL.test(caption) && /[:：]/.test(caption) && cleanCredit(caption) !== '';
}

/**
 * Splits a photographer's credit off the end of a caption where it is
 * recognisable: "(Getty Images)", "Credit: ...", "Photo: ...". A caption that
 * would be nothing but a credit keeps its text as the caption.
 */
export function splitCredit(text: string): CaptionParts {
  const caption = normalizeSpace(text);
  if (caption === '') return {};
  const parenthesis = TRAILING_PARENTHESIS.exec(caption);
  const labelled = TRAILING_LABELLED.exec(caption);
  const match =
    parenthesis !== null && looksLikeCredit(parenthesis[1] ?? '') ? parenthesis : labelled;
  if (match === null) return { caption };
  const rest = caption.slice(0, match.index).trim();
  const credit = cleanCredit(match[1] ?? '');
  if (rest === '' || credit === '') return { caption };
  return { caption: rest, credit };
}
