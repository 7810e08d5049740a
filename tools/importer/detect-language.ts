function words(list: string): readonly string[] {
  return list.split(' ');
}

// Function words are the cheapest reliable signal of a Latin-script language:
// every paragraph has them, and the lists barely overlap.
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: words(
    'the and of to in is that it was for with he she they on have has this are from by said not but which',
  ),
  es: words(
    'el la los las de del que y en un una por con para es se su lo al como más pero sus fue son',
  ),
  pt: words(
    'o os as de do da dos das que e em um uma por com para não se na no ao mais foi são pelo',
  ),
  fr: words(
    'le la les de des du et un une est que qui dans pour pas sur au aux avec il elle ce sont mais ont',
  ),
  de: words(
    'der die das und ist nicht ein eine zu den dem mit sich des auf für im auch es von wird sie er noch bei',
  ),
  it: words(
    'il lo la gli le di che e un una per non con del della è sono nel alla anche come più ma si dei',
  ),
  nl: words(
    'de het een en van is dat op te in zijn niet met voor er maar ook als bij aan door wordt naar dit om',
  ),
};

// Scripts used by one language only. Arabic and Cyrillic script are shared
// by several languages, so they are left to --language.
const SCRIPT_LANGUAGES: readonly (readonly [RegExp, string])[] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Han}/gu, 'zh'],
];

const SAMPLE_LENGTH = 20_000;
const MIN_SHARE = 0.12;
const MIN_LEAD = 1.4;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function detectByScript(sample: string): string | undefined {
  const letters = countMatches(sample, /\p{L}/gu);
  if (letters === 0) return undefined;
  for (const [pattern, language] of SCRIPT_LANGUAGES) {
    // Japanese mixes kana with Han, so any real share of kana decides it.
    const threshold = language === 'ja' ? 0.1 : 0.5;
    if (countMatches(sample, pattern) / letters >= threshold) return language;
  }
  return undefined;
}

function detectByFunctionWords(sample: string): string | undefined {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return undefined;
  const scores = Object.entries(FUNCTION_WORDS)
    .map(([language, list]) => {
      const set = new Set(list);
      return { language, share: words.filter((word) => set.has(word)).length / words.length };
    })
    .sort((a, b) => b.share - a.share);
  const [best, second] = scores;
  if (best === undefined || best.share < MIN_SHARE) return undefined;
  if (second !== undefined && best.share < second.share * MIN_LEAD) return undefined;
  return best.language;
}

/**
 * Guesses the language of a text that does not declare one. Returns a primary
 * language subtag, or undefined when the text does not make it clear.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH);
  return detectByScript(sample) ?? detectByFunctionWords(sample);
}

/** A declared language tag in canonical form ("en-au" -> "en-AU"), or undefined if it is not one. */
export function canonicalLanguageTag(tag: string | null | undefined): string | undefined {
  const cleaned = tag?.trim().replace(/_/g, '-') ?? '';
  if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(cleaned)) return undefined;
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    return undefined;
  }
}

export function isEnglish(language: string): boolean {
  return language.toLowerCase() === 'en' || language.toLowerCase().startsWith('en-');
}
