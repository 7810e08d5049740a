// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanCredit, isOnlyCredit, splitCredit } from './split-credit.ts';

describe('splitCredit', () => {
  it('splits a trailing agency credit in parentheses', () => {
    expect(
      splitCredit('Netanyahu visits the Western Wall. (Thomas Coex/AFP/Getty Images)'),
    ).toEqual({
      caption: 'Netanyahu visits the Western Wall.',
      credit: 'Thomas Coex/AFP/Getty Images',
    });
    expect(splitCredit('A new coalition. (Reuters)')).toEqual({
      caption: 'A new coalition.',
      credit: 'Reuters',
    });
  });

  it('splits a labelled credit', () => {
    expect(splitCredit('Troops in Almaty. Credit: Jane Doe for The Times')).toEqual({
      caption: 'Troops in Almaty.',
      credit: 'Jane Doe for The Times',
    });
    expect(splitCredit('1Password scannt QR-Codes. (Bild: Hersteller)')).toEqual({
      caption: '1Password scannt QR-Codes.',
      credit: 'Hersteller',
    });
    expect(splitCredit('The harbour at dawn. Photo by Ann Lee')).toEqual({
      caption: 'The harbour at dawn.',
      credit: 'Ann Lee',
    });
  });

  it('leaves ordinary parentheses in the caption', () => {
    expect(splitCredit('The president (left) and his wife (2019)')).toEqual({
      caption: 'The president (left) and his wife (2019)',
    });
  });

  it('keeps a caption that is only a credit as the caption', () => {
    expect(splitCredit('Foto: LA NACION')).toEqual({ caption: 'Foto: LA NACION' });
  });

  it('returns nothing for an empty caption', () => {
    expect(splitCredit('  ')).toEqual({});
  });
});

describe('isOnlyCredit', () => {
  it('recognises a caption that is nothing but a credit', () => {
    expect(isOnlyCredit('Foto: LA NACION')).toBe(true);
    expect(isOnlyCredit('(Getty Images)')).toBe(true);
    expect(isOnlyCredit('Photo of the harbour at dawn')).toBe(false);
    expect(isOnlyCredit('Boats at dawn. (Reuters)')).toBe(false);
  });
});

describe('cleanCredit', () => {
  it('removes the label and surrounding parentheses', () => {
    expect(cleanCredit('Credit Ashraf Shazly/AFP')).toBe('Ashraf Shazly/AFP');
    expect(cleanCredit('Source: Supplied')).toBe('Supplied');
    expect(cleanCredit('(Bild: Hersteller)')).toBe('Hersteller');
  });
});
