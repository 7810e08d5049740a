// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, detectLanguage, isEnglish } from './detect-language.ts';

describe('detectLanguage', () => {
  it('recognises English, Spanish and German prose', () => {
    expect(
      detectLanguage(
        'A Russian-led military alliance will begin withdrawing its troops from Kazakhstan in two days, the country’s president announced Tuesday, saying it had fulfilled its primary goal.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Los pueblos indígenas reclaman por derechos que permanecen incumplidos, por eso es más eficiente canalizar la protesta que reprimirla. El conflicto de la cuestión mapuche es social antes que policial.',
      ),
    ).toBe('es');
    expect(
      detectLanguage(
        'Das in der iOS-Version bereits enthaltene Feature ist nun auch für den Mac verfügbar. Zudem gibt es neue Zusatzfelder in der Datenbank und die Engine wird auch noch beschleunigt.',
      ),
    ).toBe('de');
  });

  it('recognises a script used by one language', () => {
    expect(detectLanguage('השלום עליכם וברוכים הבאים לעיתון שלנו')).toBe('he');
  });

  it('gives up on short or ambiguous text', () => {
    expect(detectLanguage('Hello there')).toBeUndefined();
    expect(detectLanguage('Привет, как дела? Это статья на русском языке.')).toBeUndefined();
  });
});

describe('canonicalLanguageTag', () => {
  it('canonicalises case and underscores', () => {
    expect(canonicalLanguageTag('en-au')).toBe('en-AU');
    expect(canonicalLanguageTag('es_AR')).toBe('es-AR');
  });

  it('refuses what is not a language tag', () => {
    expect(canonicalLanguageTag('english please')).toBeUndefined();
    expect(canonicalLanguageTag('')).toBeUndefined();
    expect(canonicalLanguageTag(null)).toBeUndefined();
  });
});

describe('isEnglish', () => {
  it('accepts English with any region', () => {
    expect(isEnglish('en')).toBe(true);
    expect(isEnglish('en-GB')).toBe(true);
    expect(isEnglish('es')).toBe(false);
  });
});
