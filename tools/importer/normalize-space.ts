// Soft hyphens and zero-width characters are invisible in the page but split
// words for a program ("Vladi\u00admir"), so they go before anything is compared.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Text as a reader sees it: invisible characters gone, every run of whitespace one space. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Like normalizeSpace, but keeps a leading or trailing space, for text that is joined to more text. */
export function collapseSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ');
}
