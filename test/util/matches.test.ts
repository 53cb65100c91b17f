import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/util/matches.js';

const asPairs = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], ...m.slice(1)]);

describe('allMatches', () => {
  const cases: [string, RegExp][] = [
    ['the crew came late, then left; nobody called', /\b\w+\b/g],
    ['Zürich – São Paulo, 3 × 2', /\p{L}+/gu],
    ['a1b22c333', /(\d+)/g],
    ['abc', /x*/g],
    ['😀a😀', /(?:)/gu],
    ['😀a😀', /(?:)/g],
    ['no match here', /\d/g],
    ['', /a*/g],
    ['Sehr geehrte Frau Weber, vielen Dank.', /(?<![\wÀ-ɏ])(?:Frau|Herr)\s+(\p{Lu}\p{Ll}+)/gu],
  ];
  it.each(cases)('finds what matchAll finds in %j with %s', (text, regex) => {
    expect(asPairs(allMatches(text, regex))).toEqual(asPairs(text.matchAll(new RegExp(regex))));
  });

  it('leaves the expression ready for the next search', () => {
    const word = /\w+/g;
    allMatches('one two three', word);
    expect(word.lastIndex).toBe(0);
    expect(allMatches('four', word).map((m) => m[0])).toEqual(['four']);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => allMatches('text', /t/)).toThrow(TypeError);
  });
});
