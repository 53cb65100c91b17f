// English words disguised in ways the other languages' rules read by themselves (see
// normalise in languages/engine.ts): accents put on plain letters ("idíots", "stüpid") and
// letters hidden by a mask ("id*ots", "l#ars"). The text is read with the accents left out
// and a masked word read as the unkind word it fits, so the English patterns see the word.
// Nothing here runs for a text without an accented letter or a mask between letters.
import { ACCUSE_NOUN, ANIMAL_NOUN, FRAUD_ALWAYS, INSULT_ADJ, INSULT_ALWAYS_ADJ, INSULT_ALWAYS_NOUN, INSULT_NOUN, LIE_ALWAYS } from './lexicon.js';

/** A text, and for each place in it (and its end) the place it was read from. */
export interface Read {
  text: string;
  map?: number[];
}

/** An accented Latin letter, or a mask between two letters. */
const MAYBE = /[\u00C0-\u024F]|[A-Za-z][*#]/;

/** `text` with accents left out of its letters and masked unkind words read in full; `undefined` when nothing changed. */
export function readAsEnglish(text: string): Read | undefined {
  if (!MAYBE.test(text)) return undefined;
  const folded = foldAccents(text);
  const masked = readMasks(folded);
  if (masked === undefined) return folded === text ? undefined : { text: folded };
  return masked;
}

// --- Accents --------------------------------------------------------------------------------

/** Letters that keep no base letter when their marks are taken off, read as the letter they are drawn from. */
const STROKED: Readonly<Record<string, string>> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ƚ: 'l', ɨ: 'i' };
const folds = new Map<string, string>();

/** One letter, without its accent: "í" is "i". Each letter stays one character, so places do not move. */
function foldLetter(ch: string): string {
  let plain = folds.get(ch);
  if (plain === undefined) {
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
    plain = STROKED[ch] ?? (bare.length === 1 && /[A-Za-z]/.test(bare) ? bare : ch);
    folds.set(ch, plain);
  }
  return plain;
}

/** `text` with each accented letter as its plain one, one character for one (places do not move). */
export function foldAccents(text: string): string {
  return text.replace(/[\u00C0-\u024F]/g, foldLetter);
}

// --- Masks ----------------------------------------------------------------------------------

/** Letters with masks between them ("id*ots", "f##ls"), as a whole word. */
const MASKED = /(?<![A-Za-z0-9])[A-Za-z]+(?:[*#]+[A-Za-z]+)+(?![A-Za-z0-9])/g;

let vocabulary: string[] | undefined;

/** The unkind words of the English rules, one word each, in small letters. */
function unkindWords(): string[] {
  if (vocabulary) return vocabulary;
  const words = new Set<string>();
  for (const list of [INSULT_ALWAYS_NOUN, INSULT_ALWAYS_ADJ, INSULT_NOUN, INSULT_ADJ, ANIMAL_NOUN, LIE_ALWAYS, FRAUD_ALWAYS, ACCUSE_NOUN]) {
    for (const entry of list) for (const word of expansions(entry) ?? []) if (/^[a-z]{3,}$/.test(word)) words.add(word);
  }
  return (vocabulary = [...words]);
}

/** `text` with each masked word that fits one unkind word read as that word; `undefined` when none does. */
function readMasks(text: string): Read | undefined {
  if (!/[A-Za-z][*#]/.test(text)) return undefined;
  const pieces: string[] = [];
  const map: number[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    pieces.push(text.slice(from, to));
    for (let k = from; k < to; k++) map.push(k);
  };
  for (const m of text.matchAll(MASKED)) {
    const typed = m[0];
    const word = fitting(typed);
    if (!word) continue;
    copy(at, m.index);
    // In capitals if typed in capitals; each letter read is placed at the mask or letter it stands for.
    pieces.push(/[a-z]/.test(typed) ? word : word.toUpperCase());
    for (let k = 0; k < word.length; k++) map.push(m.index + Math.min(k, typed.length - 1));
    at = m.index + typed.length;
  }
  if (pieces.length === 0) return undefined;
  copy(at, text.length);
  map.push(text.length);
  return { text: pieces.join(''), map };
}

/** The unkind word a masked word fits: each mask one letter ("id*ots"), or else each run of masks some letters ("st**d"). */
function fitting(typed: string): string | undefined {
  // No unkind word is longer: a long run of letters and masks is something else.
  if (typed.length > 24) return undefined;
  const lower = typed.toLowerCase();
  // A text that masks words masks the same few again and again: each is fitted once (a word list read per word made 1 MB of "f*ck" take seconds).
  const known = fitted.get(lower);
  if (known !== undefined) return known || undefined;
  const found = fittingNow(lower);
  if (fitted.size >= 2048) fitted.clear();
  fitted.set(lower, found ?? '');
  return found;
}
const fitted = new Map<string, string>();

function fittingNow(lower: string): string | undefined {
  const letters = lower.replace(/[*#]/g, '').length;
  // Mostly letters: "a*b" or "x**y" are not words.
  if (letters < 3 || letters < lower.length - letters) return undefined;
  const words = unkindWords();
  return words.find((word) => fitsEach(lower, word)) ?? words.find((word) => fitsRuns(lower.split(/[*#]+/), word));
}

/** Whether `word` is `typed` with each mask one letter. */
function fitsEach(typed: string, word: string): boolean {
  if (word.length !== typed.length) return false;
  for (let i = 0; i < word.length; i++) if (typed[i] !== word[i] && typed[i] !== '*' && typed[i] !== '#') return false;
  return true;
}

/** Whether `word` is the typed `parts` in order, with one letter or more between each two. */
function fitsRuns(parts: string[], word: string): boolean {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!word.startsWith(first) || !word.endsWith(last) || word.length <= first.length + last.length) return false;
  let at = first.length + 1;
  for (const part of parts.slice(1, -1)) {
    const found = word.indexOf(part, at);
    if (found === -1) return false;
    at = found + part.length + 1;
  }
  return at <= word.length - last.length;
}

/**
 * Every text a simple pattern of the lexicon matches: letters, "x?", "[oe]", "(?:a|b)" and
 * "(?:…)?"; `undefined` for one with anything else (a look-ahead, "\w*"), which is left out.
 */
export function expansions(source: string): string[] | undefined {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(source);
  };
  const alternatives = (): string[] => {
    const out = [...sequence()];
    while (source[i] === '|') {
      i++;
      out.push(...sequence());
    }
    return out;
  };
  const sequence = (): string[] => {
    let out = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom: string[];
      const ch = source[i]!;
      if (ch === '(') {
        if (source.slice(i, i + 3) !== '(?:') fail();
        i += 3;
        atom = alternatives();
        if (source[i] !== ')') fail();
        i++;
      } else if (ch === '[') {
        const end = source.indexOf(']', i);
        if (end === -1) fail();
        atom = [...source.slice(i + 1, end)];
        if (atom.some((c) => !/[a-z -]/.test(c))) fail();
        i = end + 1;
      } else if (/[a-z' -]/.test(ch)) {
        atom = [ch];
        i++;
      } else return fail();
      if (source[i] === '?') {
        atom = [...atom, ''];
        i++;
      } else if (source[i] === '*' || source[i] === '+' || source[i] === '{') fail();
      out = out.flatMap((before) => atom.map((after) => before + after));
      if (out.length > 256) fail();
    }
    return out;
  };
  try {
    const out = alternatives();
    return i === source.length ? out : undefined;
  } catch {
    return undefined;
  }
}
