// The tone rules skip a regular expression when a cheap gate says it cannot match
// (src/tone/prefilter.ts). These tests keep the gates honest: the stored data is what the
// analysis makes from the patterns as they are now, and no gate turns away a text that
// its expression matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATES_FILE, PROFANITY_FILE, gatesModule, profanityModule } from '../../scripts/tone/analyze.js';
import { GatedPatterns, hasCapitals, patterns, TextIndex } from '../../src/tone/prefilter.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tone');

function lines(name: string): string[] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function corpus(): string[] {
  return [
    ...lines('hostile.txt'),
    ...lines('kind.txt'),
    readFileSync(join(FIXTURES, 'letter-good.txt'), 'utf8'),
    readFileSync(join(FIXTURES, 'letter-timid.txt'), 'utf8'),
    // Case, punctuation and spacing variations the gates must see through.
    'YOU ARE LIARS AND THIEVES', 'you—are—liars', 'Refund\u00a0me by 16 November', 'I’d like a refund.',
    'Please Reply By 30 NOVEMBER 2026. Order No. HV-55120.', 'YoU LyInG ScAmMeRs', 'ÉCOUTEZ: you are Crooks',
  ];
}

/** Every match as [index, length], running `regex` over `subject` from the start. */
function places(regex: RegExp, subject: string): Array<[number, number]> {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  return [...subject.matchAll(global)].map((m) => [m.index, m[0].length]);
}

describe('tone prefilter', () => {
  it('stores the gates and word list that the current patterns give', { timeout: 120_000 }, () => {
    const hint = 'run `npx tsx scripts/tone/analyze.ts` after changing a tone pattern';
    expect(readFileSync(GATES_FILE, 'utf8') === gatesModule(), hint).toBe(true);
    expect(readFileSync(PROFANITY_FILE, 'utf8') === profanityModule(), hint).toBe(true);
  });

  it('never turns away a text that a pattern matches', () => {
    const texts = corpus();
    expect(patterns.length).toBeGreaterThan(20);
    let matched = 0;
    for (const text of texts) {
      const index = new TextIndex(text);
      for (const pattern of patterns) {
        const regex = new RegExp(pattern.regex.source, pattern.regex.flags.replace(/[gy]/g, ''));
        if (regex.test(text)) {
          matched++;
          expect(index.allows(pattern), `${pattern.key} on ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('lets through, by its word index, the patterns that every gate asked in turn lets through, in order', () => {
    const gated = new GatedPatterns(patterns, (pattern) => pattern);
    const texts = corpus().flatMap((text) => [text, text.toUpperCase(), text.slice(0, 40), text.split(' ').reverse().join(' ')]);
    let passed = 0;
    for (const text of texts) {
      const expected = patterns.filter((pattern) => new TextIndex(text).allows(pattern)).map((p) => p.key);
      const got = gated.passing(new TextIndex(text)).map((p) => p.key);
      expect(got, JSON.stringify(text)).toEqual(expected);
      passed += got.length;
    }
    expect(passed).toBeGreaterThan(1000);
  });

  it('finds the same places with the caseless copy on lower-cased text as with the pattern itself', () => {
    const texts = corpus().map((text) => [text, text.toUpperCase()]).flat();
    let compared = 0;
    let matched = 0;
    for (const text of texts) {
      const index = new TextIndex(text);
      for (const pattern of patterns) {
        const [regex, subject] = index.prepared(pattern);
        if (subject === text) continue;
        compared++;
        const expected = places(pattern.regex, text);
        matched += expected.length;
        expect(places(regex, subject), `${pattern.key} on ${JSON.stringify(text)}`).toEqual(expected);
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(matched).toBeGreaterThan(100);
  });

  it('keeps the pattern itself where lower-casing would not find the same', () => {
    expect(hasCapitals('(?:usd|eur)')).toBe(false);
    expect(hasCapitals(String.raw`[A-Za-z\u00C0-\u024F]\S+\W\B\D`)).toBe(false);
    expect(hasCapitals('(?:USD|eur)')).toBe(true);
    expect(hasCapitals(String.raw`\A`)).toBe(true);
    expect(hasCapitals('[A-Z]')).toBe(true);
    expect(hasCapitals('É')).toBe(true);
    // "İ" lower-cases to two characters, so positions would move: the pattern runs on the text.
    const text = 'İ you are liars';
    const liar = patterns.find((p) => p.caseless && p.regex.test('you are liars'))!;
    expect(new TextIndex(text).prepared(liar)[1]).toBe(text);
  });

  it('finds capitals in every pattern and in odd sources as a plain character-by-character reading does', () => {
    // The rule as first written, one character at a time.
    const reference = (source: string): boolean => {
      for (let i = 0; i < source.length; i++) {
        const ch = source[i]!;
        if (source.startsWith('A-Za-z', i)) {
          i += 5;
          continue;
        }
        if (ch === '\\') {
          const next = source[i + 1] ?? '';
          if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) i += 5;
          else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) i += 3;
          else if (next === 'c' || next === 'k' || next === 'p' || next === 'P') return true;
          else if (next !== next.toLowerCase() && !['B', 'D', 'S', 'W'].includes(next)) return true;
          else i += 1;
          continue;
        }
        if (ch !== ch.toLowerCase()) return true;
      }
      return false;
    };
    const sources = patterns.map((p) => p.source);
    expect(sources.length).toBeGreaterThan(100);
    const pieces = ['a', 'Z', '@', '[', '`', '{', '\\', '\\u00C9', '\\x41', 'A-Za-z', 'A-Z', '\\S', '\\A', 'é', 'É', 'İ', 'ß', '\u0130', '\ud83d', ' ', '\x7f', '\x80'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) sources.push(Array.from({ length: 1 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    for (const source of sources) expect(hasCapitals(source), source).toBe(reference(source));
  });
});

describe('readable patterns', () => {
  it('turn spaces into any whitespace and apostrophes into either kind, but not inside a class or an escape', async () => {
    const { readable } = await import('../../src/tone/text.js');
    expect(readable("you're  a joke")).toBe("you['’]re\\s+a\\s+joke");
    expect(readable("[ ']x y")).toBe("[ ']x\\s+y");
    expect(readable(String.raw`a\ b\'c[\] ']d`)).toBe(String.raw`a\ b\'c[\] ']d`);
    expect(new RegExp(readable("you're a joke"), 'i').test('You’re\n a JOKE')).toBe(true);
  });
});
