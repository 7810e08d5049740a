// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isFullName,
  LEADING_NAME_RUN,
  readNameRun,
  readRole,
  readRoleThenName,
} from './person-names.ts';

describe('readNameRun', () => {
  it('splits a title from the name', () => {
    expect(readNameRun('President Kassym-Jomart Tokayev')).toEqual({
      name: 'Kassym-Jomart Tokayev',
      title: 'President',
    });
    expect(readNameRun('Communications Minister Malcolm Turnbull')).toEqual({
      name: 'Malcolm Turnbull',
      title: 'Communications Minister',
    });
  });

  it('drops sentence-start words and honorifics', () => {
    expect(readNameRun('But Tokayev')).toEqual({ name: 'Tokayev' });
    expect(readNameRun('Mr. Mugabe')).toEqual({ name: 'Mugabe', honorific: 'Mr.' });
    expect(readNameRun('AS Opposition Leader Bill Shorten')).toEqual({
      name: 'Bill Shorten',
      title: 'Opposition Leader',
    });
  });

  it('keeps initials and particles', () => {
    expect(readNameRun('Sergei K. Shoigu')).toEqual({ name: 'Sergei K. Shoigu' });
  });

  it('refuses organisations, places and acronyms', () => {
    expect(readNameRun('The State Department')).toBeUndefined();
    expect(readNameRun('Central Asia')).toBeUndefined();
    expect(readNameRun('U.S. Energy')).toBeUndefined();
    expect(readNameRun('In Tuesday')).toBeUndefined();
  });
});

describe('isFullName', () => {
  it('needs two words', () => {
    expect(isFullName({ name: 'Daniil Kislov' })).toBe(true);
    expect(isFullName({ name: 'Tokayev' })).toBe(false);
  });
});

describe('readRole', () => {
  it('reads a job description without its article', () => {
    expect(readRole('an expert in Central Asia and editor of Fergana')).toBe(
      'expert in Central Asia and editor of Fergana',
    );
    expect(readRole('Russia’s defense minister')).toBe('Russia’s defense minister');
  });

  it('cuts a relative clause off the role', () => {
    expect(readRole('head of the main security agency who was widely seen as an ally')).toBe(
      'head of the main security agency',
    );
  });

  it('refuses phrases that are not job descriptions', () => {
    expect(
      readRole('whose research at the University of Kent focuses on inequality'),
    ).toBeUndefined();
    expect(readRole('a website that covers the region')).toBeUndefined();
    expect(readRole('the country’s biggest and most populous city')).toBeUndefined();
  });
});

describe('readRoleThenName', () => {
  it('splits a lowercase role from the name after it', () => {
    expect(readRoleThenName('White House press secretary Josh Earnest')).toBeUndefined();
    expect(readRoleThenName('president David Weisbrot')).toEqual({
      role: 'president',
      run: 'David Weisbrot',
    });
    expect(readRoleThenName('opposition leader Morgan Tsvangirai')).toEqual({
      role: 'opposition leader',
      run: 'Morgan Tsvangirai',
    });
  });

  it('needs a role noun', () => {
    expect(readRoleThenName('the house of Morgan Tsvangirai')).toBeUndefined();
  });
});

describe('LEADING_NAME_RUN', () => {
  it('matches capitalised words but not a possessive', () => {
    expect(LEADING_NAME_RUN.exec('Tokayev’s image')?.[0]).toBe('Tokayev');
    expect(LEADING_NAME_RUN.exec('Kassym-Jomart Tokayev said')?.[0]).toBe('Kassym-Jomart Tokayev');
    expect(LEADING_NAME_RUN.exec('O’Brien Smith said')?.[0]).toBe('O’Brien Smith');
    expect(LEADING_NAME_RUN.exec('Mr. Reeves said')?.[0]).toBe('Mr. Reeves');
  });
});
