// Swear words, also when disguised (f*ck, sh1t, a$$hole, b******s).
// The word list is obscenity's English list, trimmed and extended (scripts/tone/profanity-words.ts);
// it is compiled at build time into generated/profanity-data.ts and matched here exactly as
// obscenity's own matcher would (a test holds the two together), because importing
// obscenity and building its matcher would cost more than checking a whole letter.
// A first pass over the text looks only for a few letters that every term must contain
// (its "anchor"); most texts have none, and are done with after that one pass.
import { ANCHORS, BLACKLIST, TERMS, WHITELIST, WHITELISTED_TERMS, type CharacterTransformation } from './generated/profanity-data.js';
import { Pattern, TextIndex } from './prefilter.js';
import { wordPattern } from './text.js';
import type { RawFinding } from './types.js';
import { allMatches } from '../util/matches.js';
import { onFirstUse } from '../util/on-first-use.js';

/** Curses that are phrases rather than words. */
const CURSE_PHRASES = [
  'what the hell',
  'the hell (?:are|is|was|were|do|does|did|have|has|would|should|can|could|out|off|up)',
  'bloody hell',
  'hell no',
  'like hell',
  "hell(?:'s| is) (?:going on|wrong)",
  'screw (?:you|this|that|them|him|her|off|your|it all|the lot of you)',
  'screw(?:ed|ing|s)? (?:me|us|them|customers|people|everyone|everybody|your customers) over',
  'screw-?ups?',
  'sod (?:off|this|that|you|them|it)',
  'sodding',
];
const PHRASES = new Pattern('profanity.phrases', CURSE_PHRASES.join('|'), () => wordPattern(CURSE_PHRASES));

/** A chain of obscenity's transformers: map each character, then collapse repeats beyond a limit. */
class Transformation {
  private readonly ascii = new Int32Array(128);
  private others: Map<number, number> | undefined;
  private readonly limits = new Map<number, number>();
  private readonly usual: number;
  private last = -1;
  private remaining = -1;

  constructor(private readonly data: CharacterTransformation) {
    for (let c = 0; c < 128; c++) this.ascii[c] = c;
    for (let k = 0; k < data.map.length; ) {
      const from = data.map.codePointAt(k)!;
      k += from > 0xffff ? 2 : 1;
      const to = data.map.codePointAt(k)!;
      k += to > 0xffff ? 2 : 1;
      if (from < 128) this.ascii[from] = to;
      else break;
    }
    for (const [c, limit] of data.limits) this.limits.set(c, limit);
    this.usual = data.usual;
  }

  private mapped(c: number): number {
    if (c < 128) return this.ascii[c]!;
    if (!this.others) {
      this.others = new Map();
      const map = this.data.map;
      for (let k = 0; k < map.length; ) {
        const from = map.codePointAt(k)!;
        k += from > 0xffff ? 2 : 1;
        const to = map.codePointAt(k)!;
        k += to > 0xffff ? 2 : 1;
        this.others.set(from, to);
      }
    }
    return this.others.get(c) ?? c;
  }

  reset(): void {
    this.last = -1;
    this.remaining = -1;
  }

  /** The character `c` becomes, or -1 when it is dropped as a repeat. */
  apply(c: number): number {
    const char = this.mapped(c);
    if (char === this.last) return this.remaining-- > 0 ? char : -1;
    const limit = this.limits.get(char) ?? this.usual;
    this.remaining = (limit === 0 ? Infinity : limit) - 1;
    this.last = char;
    return char;
  }

  /** The transformed text, and for each of its UTF-16 units the index in `input` it came from. */
  run(input: string): { text: string; from: number[] } {
    this.reset();
    let text = '';
    const from: number[] = [];
    for (let k = 0; k < input.length; ) {
      const position = k;
      const c = input.codePointAt(k)!;
      k += c > 0xffff ? 2 : 1;
      const out = this.apply(c);
      if (out === -1) continue;
      text += String.fromCodePoint(out);
      while (from.length < text.length) from.push(position);
    }
    this.reset();
    return { text, from };
  }
}

let blacklist: Transformation | undefined;
let whitelist: Transformation | undefined;
const termRegexes: RegExp[] = [];

/** Anchors: n-grams of the transformed text (non-word characters as one code), keyed as numbers. */
let anchorTerms: Map<number, number[]> | undefined;
/** For each last two codes of an anchor: 1 when it is a 2-gram anchor, 2 / 4 when a 3- / 4-gram anchor ends with it. */
let anchorTails: Uint8Array | undefined;
let alwaysTerms: number[] = [];

const code = (c: number) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? c : 1);
const gram = (s: string) => {
  let key = 0;
  for (let k = 0; k < s.length; k++) key = key * 128 + code(s.charCodeAt(k));
  return key;
};

function loadAnchors(): void {
  anchorTerms = new Map();
  anchorTails = new Uint8Array(128 * 128);
  alwaysTerms = [];
  ANCHORS.forEach((anchors, id) => {
    if (anchors === '') alwaysTerms.push(id);
    else {
      for (const anchor of anchors.split(' ')) {
        const key = gram(anchor);
        const list = anchorTerms!.get(key);
        if (list) list.push(id);
        else anchorTerms!.set(key, [id]);
        anchorTails![gram(anchor.slice(-2))]! |= anchor.length === 2 ? 1 : anchor.length === 3 ? 2 : 4;
      }
    }
  });
}

/** The terms that could match `input`: those with an anchor in its transformed text. */
function candidates(input: string): number[] {
  if (!anchorTerms) loadAnchors();
  const transform = (blacklist ??= new Transformation(BLACKLIST));
  const tails = anchorTails!;
  const found = new Set<number>(alwaysTerms);
  transform.reset();
  // The text is framed by non-word characters, like a word boundary at either end.
  let p1 = 1;
  let p2 = 0;
  let p3 = 0;
  const step = (c: number) => {
    const tail = p1 * 128 + c;
    const kinds = tails[tail]!;
    if (kinds !== 0) {
      if (kinds & 1) for (const id of anchorTerms!.get(tail) ?? []) found.add(id);
      if (kinds & 2 && p2 !== 0) for (const id of anchorTerms!.get(p2 * 16384 + tail) ?? []) found.add(id);
      if (kinds & 4 && p3 !== 0) for (const id of anchorTerms!.get(p3 * 2097152 + p2 * 16384 + tail) ?? []) found.add(id);
    }
    p3 = p2;
    p2 = p1;
    p1 = c;
  };
  for (let k = 0; k < input.length; ) {
    const c = input.codePointAt(k)!;
    k += c > 0xffff ? 2 : 1;
    const out = transform.apply(c);
    if (out !== -1) step(out < 128 ? code(out) : 1);
  }
  step(1);
  transform.reset();
  return [...found].sort((a, b) => a - b);
}

export interface Match {
  id: number;
  start: number;
  /** Inclusive, as obscenity reports it. */
  end: number;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** obscenity's whitelisted stretches of `input`: [start, end] inclusive. */
function whitelisted(input: string): Array<[number, number]> {
  const { text, from } = (whitelist ??= new Transformation(WHITELIST)).run(input);
  const intervals: Array<[number, number]> = [];
  for (const term of WHITELISTED_TERMS) {
    let lastEnd = 0;
    for (let start = text.indexOf(term, lastEnd); start !== -1; start = text.indexOf(term, lastEnd)) {
      let end = from[start + term.length - 1]!;
      if (end < input.length - 1 && isHigh(input.charCodeAt(end)) && isLow(input.charCodeAt(end + 1))) end++;
      intervals.push([from[start]!, end]);
      lastEnd = start + term.length;
    }
  }
  return intervals;
}

/**
 * Whether a stretch [start, end] lies inside one of some stretches, in logarithmic time: a
 * text of one whitelisted word repeated has as many stretches as matches.
 */
class Stretches {
  private readonly lows: number[];
  /** The highest end of the stretches up to each one, in order of their starts. */
  private readonly reach: number[];

  constructor(stretches: Array<[number, number]>) {
    stretches.sort((a, b) => a[0] - b[0]);
    this.lows = stretches.map(([low]) => low);
    let most = -1;
    this.reach = stretches.map(([, high]) => (most = Math.max(most, high)));
  }

  cover(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lows[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.reach[lo - 1]! >= end;
  }
}

/** What obscenity's `matcher.getAllMatches(input, true)` finds (exported for the test that holds the two together). */
export function swearWords(input: string): Match[] {
  const ids = candidates(input);
  if (ids.length === 0) return [];
  const { text, from } = blacklist!.run(input);
  let allowed: Stretches | undefined;
  const matches: Match[] = [];
  for (const id of ids) {
    const regex = (termRegexes[id] ??= new RegExp(TERMS[id]!, 'gs'));
    for (const match of allMatches(text, regex)) {
      const start = from[match.index]!;
      let end = from[match.index + match[0].length - 1]!;
      if (end < input.length - 1 && isHigh(input.charCodeAt(end)) && isLow(input.charCodeAt(end + 1))) end++;
      allowed ??= new Stretches(whitelisted(input));
      if (allowed.cover(start, end)) continue;
      matches.push({ id, start, end });
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
}

// Curses written with symbols in place of letters: f***ing, b*tch, sh*t, c**p.
const MASKED_BASES = [
  'fuck', 'fucker', 'fucking', 'motherfucker', 'shit', 'bullshit', 'bitch', 'cunt', 'ass', 'arse', 'asshole', 'arsehole',
  'bastard', 'bollocks', 'crap', 'damn', 'goddamn', 'dick', 'piss', 'prick', 'twat', 'wank', 'wanker', 'cock', 'hell',
  'bugger', 'slut', 'whore', 'tosser', 'bloody',
];
const MASK = /[*#%@$!?_]/;
const TOKEN = onFirstUse(() => /[\p{L}*#%@$_]+(?:[!?]+[\p{L}*#%@$_]+)*/gu);
const GRAWLIX = onFirstUse(() => /(?<![\p{L}\p{N}])[#@$%&*!]{4,}(?![\p{L}\p{N}])/gu);
// Necessary for a TOKEN holding both a letter and a MASK character: two such characters side
// by side, or "!"/"?" between token characters. Any letter is [A-Za-z] or beyond ASCII.
const MAYBE_MASKED = /[*#%@$_][A-Za-z\u0080-\uffff]|[A-Za-z\u0080-\uffff][*#%@$_]|[A-Za-z\u0080-\uffff*#%@$_][!?]+[A-Za-z\u0080-\uffff*#%@$_]/;
const MAYBE_GRAWLIX = /[#@$%&*!]{4}/;
/** A run of non-space characters that addressTest() takes for an address. */
const ADDRESS_RUN = /\S*[^@\s]@[^@\s]+\.[A-Za-z]\S*|(?<!\S)[<(]?(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww]{3}\.)\S*/g;

/** Whether `token`, read from `offset`, is `base` with at least one letter masked. */
function fits(token: string, base: string, offset: number): boolean {
  let masked = false;
  for (let i = 0; i < base.length; i++) {
    const ch = token[offset + i]!;
    if (MASK.test(ch)) {
      masked = true;
      continue;
    }
    if (ch.toLowerCase() !== base[i]) return false;
  }
  return masked;
}

/** "**Subject**", "__note": Markdown's emphasis around a word, not letters masked. */
const EMPHASIS = onFirstUse(() => /^([*_]{2,})(?=\p{L})(.*?)(?:\1)?$/u);

function maskedCurse(typed: string): string | undefined {
  const token = typed.replace(EMPHASIS(), '$2');
  if (!MASK.test(token) || !/\p{L}/u.test(token)) return undefined;
  for (const base of MASKED_BASES) {
    if (token.length < base.length) continue;
    if (fits(token, base, 0) || fits(token, base, token.length - base.length)) return base;
  }
  return undefined;
}

const PROFANITY_SUGGESTION = 'I am very frustrated by this';

function message(text: string): string {
  return `"${text}" is a swear word. Many businesses tell their staff they may stop dealing with a customer who curses, so leave it out and say plainly what went wrong.`;
}

/** Words in the list that are also names: "Dick Smith", "Mr Hooker". */
const ALSO_NAMES = /^(?:Dick|Dicks|Hooker)$/;
const HONORIFIC = /(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr|Sir|Uncle|Aunt|Moby)\.?\s+$/;

/**
 * An email address or web address is someone's identifier, not the writer's language.
 * Returns a test of a stretch of `text`; the last run of non-space characters it read is
 * kept, so many findings in one long run read it once.
 */
function addressTest(text: string): (start: number, end: number) => boolean {
  let from = -1;
  let to = -1;
  let answer = false;
  return (start, end) => {
    if (start >= from && end <= to) return answer;
    from = start;
    to = end;
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    const token = text.slice(from, to);
    answer = /[^@\s]@[^@\s]+\.[a-z]/i.test(token) || /^[<(]?(?:https?:\/\/|www\.)/i.test(token);
    return answer;
  };
}

/** Capitals then digits ("NN16", "FK8", the A55, M25): a postcode, a road or a reference; in small letters, only a postcode ("fk8 1ab"). */
const CODE = /^[A-Z]{1,3}\d{1,4}$/;
const SMALL_POSTCODE = /^[a-z]{1,2}\d{1,2}$/;
const INWARD_CODE = /^\s+\d[a-z]{2}\b/i;

function isCode(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && /[A-Za-z0-9]/.test(text[from - 1]!)) from--;
  while (to < text.length && /[A-Za-z0-9]/.test(text[to]!)) to++;
  const token = text.slice(from, to);
  if (CODE.test(token) || (SMALL_POSTCODE.test(token) && INWARD_CODE.test(text.slice(to, to + 5)))) return true;
  // Letters joined to a number by a dash, a slash or nothing ("FK-883120", "fk883120", "REF/FK/2231"): a tracking number or a reference.
  if (/\d/.test(text.slice(start, end))) return false;
  while (from > 0 && /[A-Za-z0-9\-/#]/.test(text[from - 1]!)) from--;
  while (to < text.length && /[A-Za-z0-9\-/#]/.test(text[to]!)) to++;
  const run = text.slice(from, to);
  return /\d{3}/.test(run) && /^[A-Za-z0-9]+(?:[-/#][A-Za-z0-9]+)+$|^[A-Za-z]{1,4}\d{3,}$/.test(run);
}

function isName(text: string, start: number, end: number, found: string): boolean {
  if (!ALSO_NAMES.test(found)) return false;
  return /^['’]?s?\s+\p{Lu}/u.test(text.slice(end, end + 4)) || HONORIFIC.test(text.slice(Math.max(0, start - 8), start));
}

const WORD_PART = onFirstUse(() => /[\p{L}*$@#]/u);
const DIGIT = /\d/;
const LETTER = onFirstUse(() => /\p{L}/u);
const CODE_PART = onFirstUse(() => /[\p{L}\p{N}_\-/.#]/u);

/**
 * Tells a number or reference from a word disguised with digits ("sh1t", "a55hole"): a match
 * that uses digits is a swear word only when it has a letter of its own and its run of
 * letters, digits and separators has no further digit ("455", "4551", "A55-1", "BK-4551"
 * are not). The runs and digit counts are worked out once for the whole text.
 */
function numberTest(text: string): (start: number, end: number) => boolean {
  let digitsBefore: Int32Array | undefined;
  let from = -1;
  let to = -1;
  return (start, end) => {
    const matched = text.slice(start, end);
    if (!DIGIT.test(matched)) return false;
    if (!LETTER().test(matched)) return true;
    if (!digitsBefore) {
      digitsBefore = new Int32Array(text.length + 1);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        digitsBefore[i + 1] = digitsBefore[i]! + (c >= 0x30 && c <= 0x39 ? 1 : 0);
      }
    }
    if (!(start >= from && end <= to)) {
      from = start;
      to = end;
      while (from > 0 && CODE_PART().test(text[from - 1]!)) from--;
      while (to < text.length && CODE_PART().test(text[to]!)) to++;
    }
    const inRun = digitsBefore[to]! - digitsBefore[from]!;
    const inMatch = digitsBefore[end]! - digitsBefore[start]!;
    return inRun > inMatch;
  };
}

const OPENS_BRACKET = /^\([^()\n]*\)/;

export function findProfanity(text: string, out: RawFinding[], index = new TextIndex(text)): void {
  const insideAddress = addressTest(text);
  const isNumber = numberTest(text);
  // The word found last: a match inside it widens to the same word, so it is not widened
  // (and reported) again. Matches come in order of their start, so each word is walked once.
  let wordStart = -1;
  let wordEnd = -1;
  for (const match of swearWords(text)) {
    if (match.start >= wordStart && match.end < wordEnd) continue;
    let start = match.start;
    let end = match.end + 1;
    // Report the whole word ("fucking", "a$$hole"), not just the part that matched.
    while (start > 0 && WORD_PART().test(text[start - 1]!)) start--;
    while (end < text.length && WORD_PART().test(text[end]!)) end++;
    wordStart = start;
    wordEnd = end;
    if (isNumber(match.start, match.end + 1)) continue;
    // "(" is read as a "c" in disguised words; one that opens a bracket closed later on the line
    // is a bracket ("(um 8 Uhr)", "(rapport joint)", "(rapid transit)").
    if (text[match.start] === '(' && OPENS_BRACKET.test(text.slice(match.start, match.start + 300))) continue;
    const found = text.slice(start, end);
    if (insideAddress(start, end) || isName(text, start, end, found) || isCode(text, start, end)) continue;
    out.push({ rule: 'profanity', severity: 'error', start, end, message: message(found), suggestion: PROFANITY_SUGGESTION });
  }
  if (index.allows(PHRASES)) {
    const [phrases, subject] = index.prepared(PHRASES);
    for (const m of allMatches(subject, phrases)) {
      const found = text.slice(m.index, m.index + m[0].length);
      out.push({ rule: 'profanity', severity: 'error', start: m.index, end: m.index + m[0].length, message: message(found), suggestion: PROFANITY_SUGGESTION });
    }
  }
  // A disguised curse is a word with a letter next to a symbol (or "!"/"?" between letters);
  // a grawlix is four symbols in a row. Most texts have neither.
  // E-mail and web addresses are blanked out first: their "@" and "_" beside letters would
  // otherwise send every text that gives one through the slow search below.
  const maskable = text.includes('@') || text.includes('://') || text.includes('www.') ? text.replace(ADDRESS_RUN, (run) => ' '.repeat(run.length)) : text;
  if (MAYBE_MASKED.test(maskable)) {
    for (const m of allMatches(maskable, TOKEN())) {
      if (maskedCurse(m[0]) === undefined || insideAddress(m.index, m.index + m[0].length)) continue;
      out.push({ rule: 'profanity', severity: 'error', start: m.index, end: m.index + m[0].length, message: message(m[0]), suggestion: PROFANITY_SUGGESTION });
    }
  }
  if (MAYBE_GRAWLIX.test(text)) {
    for (const m of allMatches(text, GRAWLIX())) {
      if (new Set(m[0].replace(/!/g, '')).size < 3) continue;
      out.push({ rule: 'profanity', severity: 'error', start: m.index, end: m.index + m[0].length, message: message(m[0]), suggestion: PROFANITY_SUGGESTION });
    }
  }
}
