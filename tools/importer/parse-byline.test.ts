// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseByline } from './parse-byline.ts';

describe('parseByline', () => {
  it('strips a leading "By" and splits on "and"', () => {
    expect(parseByline('By Valerie Hopkins and Ivan Nechepurenko')).toEqual([
      { name: 'Valerie Hopkins' },
      { name: 'Ivan Nechepurenko' },
    ]);
  });

  it('splits a list of three', () => {
    expect(parseByline('Ann Lee, Bo Diaz and Cy Young').map((person) => person.name)).toEqual([
      'Ann Lee',
      'Bo Diaz',
      'Cy Young',
    ]);
  });

  it('keeps names in capitals as written', () => {
    expect(parseByline('JOE HILDEBRAND')).toEqual([{ name: 'JOE HILDEBRAND' }]);
  });

  it('turns a job description after a comma into the role', () => {
    expect(parseByline('By Jane Doe, Staff Writer')).toEqual([
      { name: 'Jane Doe', role: 'Staff Writer' },
    ]);
  });

  it('keeps a byline that is not a list of names whole', () => {
    expect(parseByline('Mac & i')).toEqual([{ name: 'Mac & i' }]);
    expect(parseByline('By the editorial board')).toEqual([{ name: 'the editorial board' }]);
  });

  it('returns no one for an empty byline', () => {
    expect(parseByline(null)).toEqual([]);
    expect(parseByline('  By  ')).toEqual([]);
  });
});
