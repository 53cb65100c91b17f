// profanity.ts matches swear words from tables compiled at build time, without loading
// obscenity. It must find exactly what obscenity's own matcher finds for the same word list:
// every term, at the same places, over a large generated corpus of curses disguised every way
// the transformers undo (look-alike characters, leetspeak, repeats, capitals), whitelisted
// words, word boundaries, characters outside the Basic Multilingual Plane and plain letters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swearWords } from '../../src/tone/profanity.js';
import { profanityMatcher, profanityTables } from '../../scripts/tone/profanity-words.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tone');
const tables = profanityTables();
const matcher = profanityMatcher();

/** A seeded generator, so a disagreement can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(17);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const chance = (p: number) => next() < p;

/** For each character the blacklist transformation gives, the characters that become it. */
const sources = new Map<number, number[]>();
for (const [from, to] of tables.blacklist.map) {
  const list = sources.get(to);
  if (list) list.push(from);
  else sources.set(to, [from]);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const BOUNDARIES = [' ', ' ', '\n', '.', ',', '!', '?', '-', '"', '(', ')', "'", '’', '\u00a0', '😠', ''];
const NOISE = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?$@*#-_\'’', '😠', '𝐟', '𝓊', 'ß', 'é', 'İ', '\u200b'];

/** One character written another way the transformers read back as the same. */
function disguise(ch: string): string {
  const code = ch.codePointAt(0)!;
  const others = sources.get(code);
  let out = ch;
  if (others && chance(0.35)) out = String.fromCodePoint(pick(others));
  else if (chance(0.3)) out = ch.toUpperCase();
  if (chance(0.15)) out = out.repeat(2 + Math.floor(next() * 3));
  return out;
}

/** A term spelt out: wildcards filled, boundaries as spaces, punctuation or (sometimes) letters. */
function spell(expansion: string, disguised: boolean): string {
  let out = '';
  for (const ch of expansion) {
    if (ch === '|') out += chance(0.1) ? pick([...LETTERS]) : pick(BOUNDARIES);
    else if (ch === '.') out += pick([...LETTERS, ...'0123456789$@']);
    else out += disguised ? disguise(ch) : ch;
  }
  return out;
}

function lines(name: string): string[] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function corpus(): string[] {
  const sentences = [...lines('hostile.txt'), ...lines('kind.txt')];
  const expansions = tables.terms.flatMap((term) => term.expansions);
  const whitelisted = tables.whitelistedTerms;
  const texts: string[] = [...sentences, readFileSync(join(FIXTURES, 'letter-good.txt'), 'utf8')];
  // Every spelling of every term, plain and disguised, alone and inside a word.
  for (const expansion of expansions) {
    texts.push(spell(expansion, false), `x${spell(expansion, false)}y`);
    for (let k = 0; k < 20; k++) texts.push(spell(expansion, true));
  }
  // Every whitelisted word, alone, disguised and next to a curse.
  for (const word of whitelisted) {
    texts.push(word, word.toUpperCase(), [...word].map(disguise).join(''));
    for (let k = 0; k < 5; k++) texts.push(`${word}${pick(BOUNDARIES)}${spell(pick(expansions), chance(0.5))}`, `${spell(pick(expansions), false)}${word.slice(1)}`);
  }
  // Curses and whitelisted words among sentences, several to a text.
  for (let k = 0; k < 8000; k++) {
    const parts: string[] = [];
    const count = 1 + Math.floor(next() * 5);
    for (let i = 0; i < count; i++) {
      const kind = next();
      if (kind < 0.4) parts.push(spell(pick(expansions), chance(0.6)));
      else if (kind < 0.55) parts.push(pick(whitelisted));
      else parts.push(pick(sentences));
    }
    texts.push(parts.join(pick(BOUNDARIES)));
  }
  // Noise: letters, digits, symbols and characters beyond ASCII, with no sentence structure.
  for (let k = 0; k < 8000; k++) {
    let text = '';
    const length = 1 + Math.floor(next() * 40);
    for (let i = 0; i < length; i++) text += chance(0.2) ? String.fromCodePoint(pick([...sources.keys()])) : pick(NOISE);
    texts.push(text);
  }
  return texts;
}

describe('the profanity matcher', () => {
  it('finds exactly what obscenity finds, over a large generated corpus', { timeout: 120_000 }, () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(20_000);
    const disagreements: { text: string; ours: unknown; theirs: unknown }[] = [];
    let found = 0;
    for (const text of texts) {
      const ours = swearWords(text).map((m) => [m.id, m.start, m.end]);
      const theirs = matcher
        .getAllMatches(text, true)
        .map((m) => [m.termId, m.startIndex, m.endIndex])
        .sort((a, b) => a[1]! - b[1]! || a[2]! - b[2]! || a[0]! - b[0]!);
      found += theirs.length;
      if (JSON.stringify(ours) !== JSON.stringify(theirs) && disagreements.length < 10) disagreements.push({ text, ours, theirs });
    }
    expect(disagreements).toEqual([]);
    // The corpus is worth something only if it holds many matches.
    expect(found).toBeGreaterThan(10_000);
  });
});
