// Build-time tool, never bundled: derives for every regular expression of the tone rules a
// cheap *gate* — words that must be in a text for the expression to match anywhere in it —
// and writes the gates, with the profanity word list compiled from `obscenity`, to
// src/tone/generated/. Run it after changing any tone pattern or the word list (a test checks
// that the data is current):
//
//   npx tsx scripts/tone/analyze.ts
//
// How: each expression is parsed, and every part of it is summarised by what its matches
// can look like — over letters, exact punctuation, "some separator", "something unknown"
// and word-boundary assertions. From the words a match must contain we build a formula
// (an AND of ORs of words) that every text containing a match satisfies. The analysis only
// ever forgets things, never guesses, so a gate never turns away a text the expression
// could match: the rules find exactly what they found before, only sooner.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { patterns } from '../../src/tone/prefilter.js';
import { wordFrequencies } from './word-frequencies.js';
import { profanityTables, type Transformation } from './profanity-words.js';
// The rule modules make their patterns when they are loaded.
import '../../src/tone/firmness.js';
import '../../src/tone/kindness.js';
import '../../src/tone/profanity.js';

// ---------------------------------------------------------------------------------------
// Parsing (the part of JavaScript regular-expression syntax the tone rules use, without `u`)

export type Node = (
  | { kind: 'set'; source: string }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'look'; behind: boolean; negative: boolean; node: Node }
  | { kind: 'assert'; source: string }
) & { text?: string };

export function parse(source: string): Node {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i} in /${source}/`);
  };
  const expect = (ch: string) => {
    if (source[i] !== ch) fail(`expected "${ch}"`);
    i++;
  };
  function alternation(): Node {
    const start = i;
    const options = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options, text: source.slice(start, i) };
  }
  function sequence(): Node {
    const start = i;
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const from = i;
      const node = quantified(atom());
      if (node.kind === 'repeat') node.text = source.slice(from, i);
      items.push(node);
    }
    return { kind: 'seq', items, text: source.slice(start, i) };
  }
  function atom(): Node {
    const ch = source[i]!;
    if (ch === '(') {
      for (const [prefix, behind, negative] of [['(?<=', true, false], ['(?<!', true, true], ['(?=', false, false], ['(?!', false, true]] as const) {
        if (source.startsWith(prefix, i)) {
          i += prefix.length;
          const node = alternation();
          expect(')');
          return { kind: 'look', behind, negative, node };
        }
      }
      if (source.startsWith('(?:', i)) i += 3;
      else if (source.startsWith('(?<', i)) i = source.indexOf('>', i) + 1;
      else if (source.startsWith('(?', i)) fail('unsupported group');
      else i++;
      const node = alternation();
      expect(')');
      return node;
    }
    if (ch === '[') {
      const start = i++;
      while (source[i] !== ']') {
        if (i >= source.length) fail('unterminated class');
        if (source[i] === '\\') i++;
        i++;
      }
      i++;
      return { kind: 'set', source: source.slice(start, i) };
    }
    if (ch === '^' || ch === '$') {
      i++;
      return { kind: 'assert', source: ch };
    }
    if (ch === '\\') {
      const next = source[i + 1] ?? fail('trailing backslash');
      if (next === 'b' || next === 'B') {
        i += 2;
        return { kind: 'assert', source: `\\${next}` };
      }
      if (/[1-9k]/.test(next)) fail('unsupported escape');
      const length = next === 'u' ? 6 : next === 'x' ? 4 : next === 'c' ? 3 : 2;
      i += length;
      return { kind: 'set', source: source.slice(i - length, i) };
    }
    if ('*+?)|'.includes(ch)) fail('nothing to repeat');
    if (ch === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) fail('nothing to repeat');
    i++;
    return { kind: 'set', source: ch };
  }
  function quantified(node: Node): Node {
    let min: number;
    let max: number;
    const ch = source[i];
    if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '?') [min, max] = [0, 1];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return node;
    i++;
    if (source[i] === '?') i++;
    if (node.kind === 'look' || node.kind === 'assert') fail('quantified assertion');
    return { kind: 'repeat', node, min, max };
  }
  const node = alternation();
  if (i !== source.length) fail('unbalanced parenthesis');
  return node;
}

// ---------------------------------------------------------------------------------------
// What a match can look like: strings over word characters (lower-cased), exact punctuation
// and four markers.

/** One or more characters that are never word characters (white space, a class of punctuation). */
const SEP = '\uE001';
/** One or more characters we know nothing about. */
const ANY = '\uE002';
/** Assertion: the character before is not a word character, or the text starts here. */
const LEFT = '\uE003';
/** Assertion: the character after is not a word character, or the text ends here. */
const RIGHT = '\uE004';

/** Word characters, as the run-time tokenizer (prefilter.ts) splits words. */
const WORD_CHAR = /^[\w\u00C0-\u024F]$/;
const isMarker = (ch: string) => ch >= SEP && ch <= RIGHT;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);
const isPunct = (ch: string | undefined) => ch !== undefined && !isMarker(ch) && !WORD_CHAR.test(ch);
const WORD_CHARS = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => WORD_CHAR.test(ch));

export interface CharClass {
  /** Every UTF-16 code unit the class matches. */
  chars: string[];
  /** What those characters are in lower-cased text, when there are only a few; otherwise a marker. */
  symbols: string[];
  /** Whether it matches every word character (so `(?![…])` asserts a word boundary). */
  coversWords: boolean;
}

const classes = new Map<string, CharClass>();

/** What one-character `source` (a literal, an escape, a class or `.`) matches, found by trying every code unit. */
export function charClass(source: string, flags: string): CharClass {
  const key = `${flags.includes('i') ? 'i' : ''}${flags.includes('s') ? 's' : ''}/${source}`;
  let found = classes.get(key);
  if (found) return found;
  const regex = new RegExp(`^(?:${source})$`, key.slice(0, key.indexOf('/')));
  const chars: string[] = [];
  const literal = source.length === 1 && source !== '.' ? source : source.length === 2 && source[0] === '\\' && !/[0-9A-Za-z]/.test(source[1]!) ? source[1]! : undefined;
  if (literal !== undefined && literal < '\x80' && regex.test(literal)) {
    // An ASCII character matches only itself, and with "i" its other case: without "u",
    // no character beyond ASCII is the same letter as one within it.
    chars.push(literal);
    const other = literal === literal.toLowerCase() ? literal.toUpperCase() : literal.toLowerCase();
    if (other !== literal && regex.test(other)) chars.push(other);
  } else {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (regex.test(ch)) chars.push(ch);
    }
  }
  const set = new Set(chars);
  const coversWords = WORD_CHARS.every((ch) => set.has(ch));
  const symbols = new Set<string>();
  let exact = chars.length > 0;
  for (const ch of chars) {
    // A symbol must be exactly what lower-cased text holds for every character it stands for.
    const lower = ch.toLowerCase();
    if (/\s/.test(ch) || isMarker(ch) || lower.length !== 1 || isWordChar(ch) !== isWordChar(lower) || (!isWordChar(ch) && lower !== ch)) exact = false;
    else symbols.add(lower);
    if (!exact || symbols.size > 16 || (symbols.size > 8 && isWordChar(lower))) {
      exact = false;
      break;
    }
  }
  const marker = chars.some((ch) => isWordChar(ch)) ? ANY : SEP;
  found = { chars, symbols: exact ? [...symbols] : chars.length === 0 ? [] : [marker], coversWords };
  classes.set(key, found);
  return found;
}

/** Merges repeated markers and drops assertions made redundant by their neighbours. */
function norm(s: string): string {
  let out = '';
  for (const ch of s) {
    let last = out[out.length - 1];
    if (ch === SEP || isPunct(ch)) {
      while (last === LEFT || last === RIGHT) {
        out = out.slice(0, -1);
        last = out[out.length - 1];
      }
      if (ch === SEP && last === SEP) continue;
    } else if (ch === LEFT || ch === RIGHT) {
      if (last === ch || last === SEP || isPunct(last)) continue;
    } else if (ch === ANY && last === ANY) continue;
    out += ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Formulas: an AND of clauses, each an OR of atoms. An atom is a whole word ("idiot") or a
// piece of lower-cased text ("~refund", "~$"). [] is true; [[]] is false.

export type Cnf = string[][];

/** How likely a calm text is to contain each word or punctuation mark (an estimate). */
const COMMON = wordFrequencies();
/** For words never seen in calm text. */
const RARE = 0.00005;
const probabilities = new Map<string, number>();

/** How likely a calm text is to contain the atom. */
function probability(atom: string): number {
  let p = probabilities.get(atom);
  if (p !== undefined) return p;
  if (!atom.startsWith('~')) p = COMMON.get(atom) ?? RARE;
  else {
    // A piece of text: as likely as its least likely part; looking for it costs a little more.
    p = 1;
    for (const part of atom.slice(1).match(/[\w\u00C0-\u024F]+|[^\w\u00C0-\u024F]/g) ?? []) {
      let q = RARE;
      if (!isWordChar(part[0])) q = COMMON.get(part) ?? 0.01;
      else if (part.length < 3) q = part.length === 1 ? 1 : 0.3;
      else for (const [word, frequency] of COMMON) if (frequency > q && word.includes(part)) q = frequency;
      p = Math.min(p, q);
    }
    p = Math.min(1, p * 1.2 + 0.0001);
  }
  probabilities.set(atom, p);
  return p;
}

function clauseProbability(clause: readonly string[]): number {
  let none = 1;
  for (const atom of clause) none *= 1 - probability(atom);
  return 1 - none;
}

const KEEP = 6;
const MAX_ATOMS = 2000;

/** Whether every text holding `a` holds `b`. */
function implies(a: string, b: string): boolean {
  if (a === b) return true;
  if (!b.startsWith('~')) return false;
  return (a.startsWith('~') ? a.slice(1) : a).includes(b.slice(1));
}

/** Drops duplicate, implied and nearly useless clauses, and keeps the `keep` most telling (always sound: it only weakens). */
function prune(clauses: Cnf, keep = KEEP): Cnf {
  const unique = new Map<string, string[]>();
  for (const clause of clauses) {
    if (clause.length === 0) return [[]];
    if (clause.length > MAX_ATOMS) continue;
    const sorted = [...new Set(clause)].sort();
    unique.set(sorted.join(' '), sorted);
  }
  const scored = [...unique.entries()]
    .map(([key, clause]) => ({ key, clause, p: clauseProbability(clause) }))
    .filter((c) => c.p < 0.97)
    .sort((a, b) => a.p - b.p || a.clause.length - b.clause.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const kept: string[][] = [];
  for (const { clause } of scored) {
    if (kept.some((k) => k.every((atom) => clause.some((other) => implies(atom, other))))) continue;
    kept.push(clause);
    if (kept.length === keep) break;
  }
  return kept;
}

const isFalse = (cnf: Cnf) => cnf.some((clause) => clause.length === 0);

function and(...cnfs: Cnf[]): Cnf {
  return prune(cnfs.flat());
}

function or(a: Cnf, b: Cnf): Cnf {
  if (isFalse(a)) return b;
  if (isFalse(b)) return a;
  if (a.length === 0 || b.length === 0) return [];
  const out: Cnf = [];
  for (const x of a) for (const y of b) out.push([...x, ...y]);
  return prune(out);
}

/** Atoms every text holding `s` (a piece of a match, open at both ends) contains. */
function atomsOf(s: string): string[] {
  const atoms = new Set<string>();
  for (let k = 0; k < s.length; ) {
    if (!isWordChar(s[k])) {
      k++;
      continue;
    }
    let j = k;
    while (isWordChar(s[j])) j++;
    const before = s[k - 1];
    const after = s[j];
    if ((before === SEP || before === LEFT || isPunct(before)) && (after === SEP || after === RIGHT || isPunct(after))) atoms.add(s.slice(k, j));
    k = j;
  }
  for (let k = 0; k < s.length; ) {
    if (isMarker(s[k]!)) {
      k++;
      continue;
    }
    let j = k;
    while (j < s.length && !isMarker(s[j]!)) j++;
    const run = s.slice(k, j);
    if (!atoms.has(run)) atoms.add(`~${run}`);
    k = j;
  }
  return [...atoms];
}

/**
 * Some one of `strings` is in every match: the OR of what each says. A clause that holds an
 * atom of every string is implied by that OR; each clause is chosen greedily to be unlikely
 * (a weighted set cover), and later clauses avoid the atoms of earlier ones; an atom all the
 * strings hold is a clause by itself.
 */
function fromStrings(strings: Iterable<string>): Cnf {
  const lists = new Map<string, string[]>();
  for (const s of strings) {
    const atoms = atomsOf(s).sort();
    if (atoms.length === 0) return [];
    lists.set(atoms.join(' '), atoms);
  }
  if (lists.size === 0) return [[]];
  const rows = [...lists.values()];
  const clauses: Cnf = [];
  const used = new Set<string>();
  for (let round = 0; round < KEEP; round++) {
    const holders = new Map<string, number[]>();
    for (const [k, atoms] of rows.entries()) {
      for (const atom of atoms) {
        if (used.has(atom)) continue;
        const list = holders.get(atom);
        if (list) list.push(k);
        else holders.set(atom, [k]);
      }
    }
    if (rows.some((atoms) => atoms.every((atom) => used.has(atom)))) break;
    const open = new Uint8Array(rows.length).fill(1);
    const count = new Map([...holders].map(([atom, ks]) => [atom, ks.length]));
    let left = rows.length;
    const clause: string[] = [];
    while (left > 0) {
      let best = '';
      let bestScore = Infinity;
      for (const [atom, n] of count) {
        if (n === 0) continue;
        const score = probability(atom) / n;
        if (score < bestScore || (score === bestScore && atom < best)) [best, bestScore] = [atom, score];
      }
      clause.push(best);
      for (const k of holders.get(best)!) {
        if (!open[k]) continue;
        open[k] = 0;
        left--;
        for (const atom of rows[k]!) if (count.has(atom)) count.set(atom, count.get(atom)! - 1);
      }
    }
    clauses.push(clause);
    for (const atom of clause) used.add(atom);
  }
  // An atom of every string is in every match: a clause of its own, which the greedy rounds
  // above miss when rarer atoms each cover some strings first ("wait" in "can't wait",
  // "cannot wait", "can’t wait").
  for (const atom of rows[0]!) if (rows.every((atoms) => atoms.includes(atom))) clauses.push([atom]);
  return prune(clauses);
}

// ---------------------------------------------------------------------------------------
// Summaries of parts of an expression.

interface Info {
  /** Every match, when there are few enough to list. */
  exact: Set<string> | null;
  /** When not exact: every match starts with one of these (true: the whole match). */
  pre: Map<string, boolean>;
  /** When not exact: every match ends with one of these (true: the whole match). */
  suf: Map<string, boolean>;
  /** True of every text holding a match (beyond what `exact` says). */
  q: Cnf;
}

const EXACT_CAP = 4000;
const ENTRY_CAP = 1000;
const PAIR_CAP = 20000;

const exactly = (...strings: string[]): Info => ({ exact: new Set(strings), pre: new Map(), suf: new Map(), q: [] });

function add(map: Map<string, boolean>, s: string, whole: boolean): void {
  const before = map.get(s);
  map.set(s, before === undefined ? whole : before && whole);
}

function preOf(info: Info): Map<string, boolean> {
  return info.exact ? new Map([...info.exact].map((s) => [s, true])) : info.pre;
}

function sufOf(info: Info): Map<string, boolean> {
  return info.exact ? new Map([...info.exact].map((s) => [s, true])) : info.suf;
}

const fulls = new WeakMap<Info, Cnf>();

/** What `info` says, as a formula. */
function full(info: Info): Cnf {
  if (!info.exact) return info.q;
  let cnf = fulls.get(info);
  if (!cnf) fulls.set(info, (cnf = and(info.q, fromStrings(info.exact))));
  return cnf;
}

/** The start of `s` up to and including the end of its first word. */
function cutPre(s: string): string {
  let k = 0;
  while (k < s.length && !isWordChar(s[k])) k++;
  if (k === s.length) return s.slice(0, 3);
  while (isWordChar(s[k])) k++;
  return s.slice(0, Math.min(k + 1, 40));
}

/** The end of `s` from just before its last word. */
function cutSuf(s: string): string {
  let k = s.length;
  while (k > 0 && !isWordChar(s[k - 1])) k--;
  if (k === 0) return s.slice(-3);
  while (k > 0 && isWordChar(s[k - 1])) k--;
  return s.slice(Math.max(k - 1, 0, s.length - 40));
}

function shorten(map: Map<string, boolean>, cut: (s: string) => string, all: boolean): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const [s, whole] of map) {
    if (whole && !all) add(out, s, true);
    else {
      const short = cut(s);
      add(out, short, whole && short === s);
    }
  }
  return out;
}

function limitEntries(map: Map<string, boolean>, cut: (s: string) => string, edge: (s: string) => string): Map<string, boolean> {
  let out = shorten(map, cut, false);
  if (out.size > ENTRY_CAP) out = shorten(out, cut, true);
  if (out.size > ENTRY_CAP) out = shorten(out, edge, true);
  if (out.size > ENTRY_CAP) out = new Map([['', false]]);
  return out;
}

function limit(info: Info): Info {
  info.pre = limitEntries(info.pre, cutPre, (s) => s.slice(0, 2));
  info.suf = limitEntries(info.suf, cutSuf, (s) => s.slice(-2));
  return info;
}

function junction(left: Map<string, boolean>, right: Map<string, boolean>): Cnf {
  let ends = [...left.keys()];
  let starts = [...right.keys()];
  if (ends.length * starts.length > PAIR_CAP) {
    ends = [...new Set(ends.map(cutSuf))];
    starts = [...new Set(starts.map(cutPre))];
  }
  if (ends.length * starts.length > PAIR_CAP) return [];
  const strings = new Set<string>();
  for (const end of ends) for (const start of starts) strings.add(norm(end + start));
  return fromStrings(strings);
}

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size * b.exact.size <= EXACT_CAP) {
    const exact = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) exact.add(norm(x + y));
    return { exact, pre: new Map(), suf: new Map(), q: and(a.q, b.q) };
  }
  const q = and(full(a), full(b), junction(sufOf(a), preOf(b)));
  const pre = new Map<string, boolean>();
  let aPre = preOf(a);
  const bPre = preOf(b);
  if ([...aPre.values()].filter(Boolean).length * bPre.size > ENTRY_CAP * 8) aPre = shorten(aPre, cutPre, true);
  for (const [s, whole] of aPre) {
    if (!whole) add(pre, s, false);
    else for (const [t, whole2] of bPre) add(pre, norm(s + t), whole2);
  }
  const suf = new Map<string, boolean>();
  const aSuf = sufOf(a);
  let bSuf = sufOf(b);
  if ([...bSuf.values()].filter(Boolean).length * aSuf.size > ENTRY_CAP * 8) bSuf = shorten(bSuf, cutSuf, true);
  for (const [t, whole] of bSuf) {
    if (!whole) add(suf, t, false);
    else for (const [s, whole2] of aSuf) add(suf, norm(s + t), whole2);
  }
  return limit({ exact: null, pre, suf, q });
}

function union(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size + b.exact.size <= EXACT_CAP) {
    return { exact: new Set([...a.exact, ...b.exact]), pre: new Map(), suf: new Map(), q: or(a.q, b.q) };
  }
  const pre = new Map(preOf(a));
  for (const [s, whole] of preOf(b)) add(pre, s, whole);
  const suf = new Map(sufOf(a));
  for (const [s, whole] of sufOf(b)) add(suf, s, whole);
  return limit({ exact: null, pre, suf, q: or(full(a), full(b)) });
}

function repeat(x: Info, min: number, max: number): Info {
  if (max === 0) return exactly('');
  if (x.exact) {
    if (max !== Infinity) {
      const result = new Set<string>(min === 0 ? [''] : []);
      let power = new Set(['']);
      for (let k = 1; k <= max && result.size <= EXACT_CAP && power.size * x.exact.size <= EXACT_CAP * 4; k++) {
        const next = new Set<string>();
        for (const p of power) for (const s of x.exact) next.add(norm(p + s));
        power = next;
        if (power.size > EXACT_CAP) break;
        if (k >= min) for (const p of power) result.add(p);
        if (k === max) return { exact: result, pre: new Map(), suf: new Map(), q: min >= 1 ? x.q : [] };
      }
    } else {
      const twice = new Set<string>();
      for (const p of x.exact) for (const s of x.exact) twice.add(norm(p + s));
      if ([...twice].every((s) => x.exact!.has(s))) {
        const exact = new Set(x.exact);
        if (min === 0) exact.add('');
        return { exact, pre: new Map(), suf: new Map(), q: min >= 1 ? x.q : [] };
      }
    }
  }
  const pre = new Map<string, boolean>();
  for (const [s, whole] of preOf(x)) add(pre, s, whole && max === 1);
  const suf = new Map<string, boolean>();
  for (const [s, whole] of sufOf(x)) add(suf, s, whole && max === 1);
  if (min === 0) {
    add(pre, '', true);
    add(suf, '', true);
  }
  return limit({ exact: null, pre, suf, q: min >= 1 ? full(x) : [] });
}

function single(node: Node): Node | undefined {
  if (node.kind === 'set') return node;
  if (node.kind === 'seq' && node.items.length === 1) return single(node.items[0]!);
  if (node.kind === 'alt' && node.options.length === 1) return single(node.options[0]!);
  return undefined;
}

const analysed = new Map<string, Info>();

function analyse(node: Node, flags: string): Info {
  if (node.text === undefined || node.kind === 'set' || node.kind === 'assert') return summarise(node, flags);
  const key = `${flags.includes('i') ? 'i' : ''}${flags.includes('s') ? 's' : ''}${flags.includes('m') ? 'm' : ''}/${node.kind}/${node.text}`;
  let info = analysed.get(key);
  if (!info) analysed.set(key, (info = summarise(node, flags)));
  return info;
}

function summarise(node: Node, flags: string): Info {
  switch (node.kind) {
    case 'set': {
      const symbols = charClass(node.source, flags).symbols;
      return exactly(...symbols.map(norm));
    }
    case 'assert':
      return node.source === '^' ? exactly(LEFT) : node.source === '$' ? exactly(RIGHT) : exactly('');
    case 'look': {
      if (node.negative) {
        const set = single(node.node);
        const boundary = set?.kind === 'set' && charClass(set.source, flags).coversWords;
        return exactly(boundary ? (node.behind ? LEFT : RIGHT) : '');
      }
      const body = analyse(node.node, flags);
      const entries = [...(node.behind ? sufOf(body) : preOf(body)).keys()];
      const edge = (s: string) => (node.behind ? s[s.length - 1] : s[0]);
      const bounded = entries.length > 0 && entries.every((s) => {
        const ch = edge(s);
        return ch === SEP || ch === (node.behind ? LEFT : RIGHT) || isPunct(ch);
      });
      return exactly(bounded ? (node.behind ? LEFT : RIGHT) : '');
    }
    case 'seq':
      return node.items.reduce((acc, item) => concat(acc, analyse(item, flags)), exactly(''));
    case 'alt':
      return node.options.map((option) => analyse(option, flags)).reduce(union);
    case 'repeat':
      return repeat(analyse(node.node, flags), node.min, node.max);
  }
}

/** The gate of `regex`: clauses that every text containing a match satisfies (at most three, the most telling first). */
export function gateOf(regex: RegExp): Cnf {
  if (regex.flags.includes('u') || regex.flags.includes('v')) return [];
  const info = analyse(parse(regex.source), regex.flags);
  let q = full(info);
  if (!info.exact) q = and(q, fromStrings(info.pre.keys()), fromStrings(info.suf.keys()));
  const gate = prune(q, 3);
  const cost = (clause: string[]) => (clause.some((atom) => atom.startsWith('~')) ? 1 : 0);
  return gate.sort((a, b) => cost(a) - cost(b) || clauseProbability(a) - clauseProbability(b));
}

// ---------------------------------------------------------------------------------------
// Writing the data

const HEADER = '// Generated by scripts/tone/analyze.ts: do not edit. Run `npx tsx scripts/tone/analyze.ts` after changing a tone pattern or the swear-word list.\n';

/** The text of prefilter-data.ts for the patterns as they are now. */
export function gatesModule(): string {
  const clauses = new Map<string, number>();
  const lines: string[] = [];
  const keys = new Set<string>();
  for (const pattern of patterns) {
    if (keys.has(pattern.key)) throw new Error(`two patterns are called ${pattern.key}`);
    keys.add(pattern.key);
    const ids = gateOf(pattern.regex).map((clause) => {
      const key = clause.join(' ');
      let id = clauses.get(key);
      if (id === undefined) clauses.set(key, (id = clauses.size));
      return id;
    });
    lines.push(`  ${JSON.stringify(pattern.key)}: [${[pattern.source.length, ...ids].join(', ')}],`);
  }
  // Atoms of a clause: a word, or "~" and a piece of lower-cased text.
  const wordClauses: Record<string, number[]> = {};
  const pieces: string[][] = [];
  for (const [key, id] of clauses) {
    const own: string[] = [];
    for (const atom of key.split(' ')) {
      if (atom.startsWith('~')) own.push(atom.slice(1));
      else (wordClauses[atom] ??= []).push(id);
    }
    pieces.push(own);
  }
  for (const piece of pieces.flat()) if (piece.includes(CLAUSE_SEPARATOR) || piece.includes(PIECE_SEPARATOR)) throw new Error(`a piece of a gate holds a separator: ${JSON.stringify(piece)}`);
  // In code-unit order: prefilter.ts finds a word by halving the list.
  const words = Object.keys(wordClauses).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const clauseWords: string[][] = pieces.map(() => []);
  for (const word of words) for (const id of wordClauses[word]!) clauseWords[id]!.push(word);
  return (
    HEADER +
    '// Gates of the tone rules\' regular expressions (see prefilter.ts). The tables are text, read\n' +
    '// a part at a time when needed: a fresh process splits text far faster than it makes the\n' +
    '// same data as objects, from code or from JSON.\n\n' +
    '/** The words (lower-cased) that satisfy a clause, one after the other, separated by spaces. */\n' +
    `export const WORDS = ${JSON.stringify(words.join(' '))};\n\n` +
    '/** For each word of WORDS in turn: the clauses it satisfies, separated by commas; the words\' lists separated by spaces. */\n' +
    `export const WORD_CLAUSES = ${JSON.stringify(words.map((word) => wordClauses[word]!.join(',')).join(' '))};\n\n` +
    '/** Per clause, one per line: the words that satisfy it, separated by spaces. */\n' +
    `export const CLAUSE_WORDS = ${JSON.stringify(clauseWords.map((list) => list.join(' ')).join('\n'))};\n\n` +
    '/** What separates the clauses of CLAUSE_PIECES, and the pieces of one clause. */\n' +
    `export const CLAUSE_SEPARATOR = ${JSON.stringify(CLAUSE_SEPARATOR)};\n` +
    `export const PIECE_SEPARATOR = ${JSON.stringify(PIECE_SEPARATOR)};\n\n` +
    '/** Per clause: pieces of lower-cased text, any of which, found in a text, satisfies the clause. */\n' +
    `export const CLAUSE_PIECES = ${JSON.stringify(pieces.map((own) => own.join(PIECE_SEPARATOR)).join(CLAUSE_SEPARATOR))};\n\n` +
    '/** Per pattern: the length of its source (the gate is only used while it is the same), then its clauses. */\n' +
    `export const GATES: Readonly<Record<string, readonly number[]>> = {\n${lines.join('\n')}\n};\n`
  );
}

/** Characters no piece of text a tone pattern looks for holds. */
const CLAUSE_SEPARATOR = '\u0001';
const PIECE_SEPARATOR = '\u0000';

/** How often each 2- to 4-gram of transformed words ("#" for a non-word character) occurs in calm text (roughly). */
function gramCounts(map: Map<number, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word, frequency] of COMMON) {
    if (!isWordChar(word[0])) continue;
    const padded = `#${[...word].map((ch) => String.fromCodePoint(map.get(ch.codePointAt(0)!) ?? ch.codePointAt(0)!)).join('')}#`;
    const seen = new Set<string>();
    for (let n = 2; n <= 4; n++) for (let k = 0; k + n <= padded.length; k++) seen.add(padded.slice(k, k + n));
    for (const g of seen) counts.set(g, (counts.get(g) ?? 0) + frequency);
  }
  return counts;
}

/** The text of profanity-data.ts. */
export function profanityModule(): string {
  const tables = profanityTables();
  const counts = gramCounts(tables.blacklist.map);
  const anchors = tables.terms.map(({ expansions }) => {
    const chosen = new Set<string>();
    for (const expansion of expansions) {
      // In the scan, every non-word character (and the edges of the text) reads as "#".
      const spelled = expansion.replace(/\|/g, '#').replace(/[^a-z0-9_.#]/g, '#');
      let best: string | undefined;
      for (let n = 2; n <= 4; n++) {
        for (let k = 0; k + n <= spelled.length; k++) {
          const g = spelled.slice(k, k + n);
          if (g.includes('.') || g.includes('##')) continue;
          const better = best === undefined || (counts.get(g) ?? 0) < (counts.get(best) ?? 0) || ((counts.get(g) ?? 0) === (counts.get(best) ?? 0) && (g.length > best.length || (g.length === best.length && g < best)));
          if (better) best = g;
        }
      }
      if (best === undefined) return '';
      chosen.add(best);
    }
    return [...chosen].sort().join(' ');
  });
  const transformation = (t: Transformation) => {
    const pairs = [...t.map].sort((a, b) => a[0] - b[0]);
    const map = pairs.map(([from, to]) => String.fromCodePoint(from) + String.fromCodePoint(to)).join('');
    const limits = [...t.limits].sort((a, b) => a[0] - b[0]);
    return `{\n  map: ${JSON.stringify(map)},\n  limits: ${JSON.stringify(limits)},\n  usual: ${t.usual},\n}`;
  };
  return (
    HEADER +
    '// The swear-word list of profanity-words.ts, compiled by obscenity (see profanity.ts).\n' +
    '// The word list comes from obscenity (MIT, Copyright (c) 2021 jo3-l) and, through it, from the cuss\n' +
    '// project (MIT, Copyright (c) 2016 Titus Wormer).\n\n' +
    '/** Characters mapped (a string of code-point pairs), then repeats of a character beyond its limit dropped (0: no limit). */\n' +
    'export interface CharacterTransformation {\n  map: string;\n  limits: ReadonlyArray<readonly [number, number]>;\n  usual: number;\n}\n\n' +
    '/** How obscenity transforms text before looking for terms. */\n' +
    `export const BLACKLIST: CharacterTransformation = ${transformation(tables.blacklist)};\n\n` +
    '/** How it transforms text before looking for whitelisted terms. */\n' +
    `export const WHITELIST: CharacterTransformation = ${transformation(tables.whitelist)};\n\n` +
    '/** Each term\'s regular expression (flags "gs"), by term id. */\n' +
    `export const TERMS: readonly string[] = [\n${tables.terms.map((t) => `  ${JSON.stringify(t.source)},`).join('\n')}\n];\n\n` +
    '/** Per term: n-grams of the transformed text ("#": any non-word character), one of which every match holds ("": none known). */\n' +
    `export const ANCHORS: readonly string[] = [\n${anchors.map((a) => `  ${JSON.stringify(a)},`).join('\n')}\n];\n\n` +
    `export const WHITELISTED_TERMS: readonly string[] = ${JSON.stringify(tables.whitelistedTerms)};\n`
  );
}

const generated = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'tone', 'generated');
export const GATES_FILE = join(generated, 'prefilter-data.ts');
export const PROFANITY_FILE = join(generated, 'profanity-data.ts');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  writeFileSync(PROFANITY_FILE, profanityModule());
  writeFileSync(GATES_FILE, gatesModule());
  const unchanged = (file: string) => readFileSync(file, 'utf8').length;
  console.log(`wrote ${GATES_FILE} (${unchanged(GATES_FILE)} bytes) and ${PROFANITY_FILE} (${unchanged(PROFANITY_FILE)} bytes) in ${Math.round(performance.now() - started)} ms`);
}
