// Cheap tests that let the tone rules skip regular expressions that cannot match a text.
// Each rule's expression has a *gate*, derived from the expression itself at build time
// (scripts/tone/analyze.ts, stored in generated/prefilter-data.ts): clauses of words, and the expression
// can only match a text that holds at least one word of every clause. Checking a gate
// costs a few set look-ups; compiling and running the expression (the expensive part, the
// first time above all) is only needed when the gate lets the text through. A gate never
// turns away a text the expression could match, so the findings are exactly the same.
import { CLAUSE_PIECES, CLAUSE_SEPARATOR, CLAUSE_WORDS, GATES, PIECE_SEPARATOR, WORD_CLAUSES, WORDS } from './generated/prefilter-data.js';

/** Every pattern made so far, for the build-time analysis. */
export const patterns: Pattern[] = [];

/** A regular expression of a tone rule, compiled the first time it is needed. */
export class Pattern {
  private compiled: RegExp | undefined;

  /**
   * @param key names the gate in generated/prefilter-data.ts
   * @param source the rule's own text of the pattern: when its length is not the one the gate
   *   was made for, the gate is out of date and is not used
   */
  constructor(
    readonly key: string,
    readonly source: string,
    private readonly make: () => RegExp,
  ) {
    patterns.push(this);
  }

  get regex(): RegExp {
    return (this.compiled ??= this.make());
  }

  private caselessCopy: RegExp | null | undefined;

  /**
   * The same expression without the `i` flag, to run on the lower-cased text: V8 compiles an
   * expression several times faster without `i`, and for a pattern written in lower case it
   * finds the same places. Null when that cannot be so: no `i` to drop, a `u` flag (Unicode
   * case folding), or a capital letter in the pattern.
   */
  get caseless(): RegExp | null {
    if (this.caselessCopy === undefined) {
      const { source, flags } = this.regex;
      this.caselessCopy = flags.includes('i') && !flags.includes('u') && !hasCapitals(source) ? new RegExp(source, flags.replace('i', '')) : null;
    }
    return this.caselessCopy;
  }

  private checkedGate: readonly number[] | null | undefined;

  /** The clauses of this pattern's gate (null: no gate, or one made for another source). */
  get gate(): readonly number[] | null {
    if (this.checkedGate === undefined) {
      const gate = GATES[this.key];
      this.checkedGate = gate !== undefined && gate[0] === this.source.length ? gate : null;
    }
    return this.checkedGate;
  }
}

/** Escapes that stand for a class or an assertion, not for the capital letter itself. */
const CLASS_ESCAPES = new Set(['B', 'D', 'S', 'W']);

/** True when a (non-Unicode) expression source has a capital letter it would match as written. */
export function hasCapitals(source: string): boolean {
  // Char codes, not one-character strings: this runs once for each pattern a letter needs,
  // before anything has been optimised.
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // In a class, A-Z beside a-z adds nothing on lower-cased text, as with `i` on any text.
    if (code === 0x41 && source.startsWith('A-Za-z', i)) {
      i += 5;
      continue;
    }
    if (code === 0x5c) {
      const next = source[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) i += 5;
      else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) i += 3;
      else if (next === 'c' || next === 'k' || next === 'p' || next === 'P') return true; // rare here: stay on the safe side
      else if (next !== next.toLowerCase() && !CLASS_ESCAPES.has(next)) return true;
      else i += 1;
      continue;
    }
    if (code < 0x41 || (code > 0x5a && code < 0x80)) continue;
    if (code <= 0x5a) return true;
    const ch = source[i]!;
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}

const NON_WORD = /[^\w\u00C0-\u024F]+/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The clause tables, read when first asked, and each part of them only when a text needs it:
 * a word's clauses stay text ("149,305") until a text holds that word, a clause's words and
 * pieces until a pattern or a text asks about that clause. A word is found by halving the
 * sorted list (WORDS is in code-unit order), which a fresh process does sooner than it fills a map.
 */
interface ClauseTable {
  words: readonly string[];
  clausesOfWords: readonly string[];
  clausesRead: (readonly number[] | undefined)[];
  wordsOfClause: readonly string[];
  piecesOfClauses: readonly string[];
  piecesRead: (readonly string[] | undefined)[];
}

let table: ClauseTable | undefined;

function clauseTable(): ClauseTable {
  return (table ??= {
    words: WORDS.split(' '),
    clausesOfWords: WORD_CLAUSES.split(' '),
    clausesRead: [],
    wordsOfClause: CLAUSE_WORDS.split('\n'),
    piecesOfClauses: CLAUSE_PIECES.split(CLAUSE_SEPARATOR),
    piecesRead: [],
  });
}

/** The clauses `word` satisfies, if any. */
function clausesOf(word: string): readonly number[] | undefined {
  const { words, clausesOfWords, clausesRead } = clauseTable();
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = words[middle]!;
    if (found === word) return (clausesRead[middle] ??= clausesOfWords[middle]!.split(',').map(Number));
    if (found < word) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** The pieces of text that satisfy clause `k` (none for most). */
function piecesOf(k: number): readonly string[] {
  const { piecesOfClauses, piecesRead } = clauseTable();
  return (piecesRead[k] ??= piecesOfClauses[k] ? piecesOfClauses[k]!.split(PIECE_SEPARATOR) : []);
}

/** The number of words in a clause's list (words separated by single spaces). */
function wordCount(list: string | undefined): number {
  if (!list) return 0;
  let count = 1;
  for (let i = list.indexOf(' '); i >= 0; i = list.indexOf(' ', i + 1)) count++;
  return count;
}

/**
 * Many patterns checked against each text, in order. Most gates have a clause of words
 * alone, which only a text holding one of those words satisfies; so each pattern is
 * anchored on one such clause (the one of fewest words), and a text only asks the gates of
 * the patterns anchored on the clauses its own words satisfy (and of those without such a
 * clause). The same patterns
 * get through as when every gate is asked, in the same order.
 */
export class GatedPatterns<T> {
  /** For each clause, the items anchored on it: those a text's words can only let through by it. */
  private anchored: (number[] | undefined)[] | undefined;
  private always: number[] = [];

  constructor(
    private readonly items: readonly T[],
    private readonly patternOf: (item: T) => Pattern,
  ) {}

  private index(): (number[] | undefined)[] {
    if (this.anchored) return this.anchored;
    const { wordsOfClause } = clauseTable();
    const anchored: (number[] | undefined)[] = [];
    this.items.forEach((item, i) => {
      const gate = this.patternOf(item).gate;
      // The clause of words alone with the fewest words.
      let anchor = -1;
      let fewest = Infinity;
      for (let k = 1; gate && k < gate.length; k++) {
        const clause = gate[k]!;
        if (piecesOf(clause).length > 0) continue;
        const count = wordCount(wordsOfClause[clause]);
        if (count < fewest) {
          fewest = count;
          anchor = clause;
        }
      }
      if (anchor < 0) this.always.push(i);
      else (anchored[anchor] ??= []).push(i);
    });
    return (this.anchored = anchored);
  }

  /** The items whose gate lets the text through, in their order. */
  passing(text: TextIndex): T[] {
    const anchored = this.index();
    const picked = this.always.slice();
    for (const clause of text.wordClauses) {
      const list = anchored[clause];
      if (list) for (const i of list) picked.push(i);
    }
    picked.sort((a, b) => a - b);
    const out: T[] = [];
    for (let k = 0; k < picked.length; k++) {
      const i = picked[k]!;
      if (k > 0 && picked[k - 1] === i) continue;
      if (text.allows(this.patternOf(this.items[i]!))) out.push(this.items[i]!);
    }
    return out;
  }
}

const PIECE_LOOKUPS_BEFORE_EXPRESSION = 8;
const clauseUses: number[] = [];
const clauseExpressions: RegExp[] = [];

/** One text, and what the gates have asked about it so far. */
export class TextIndex {
  private lowered: string | undefined;
  private words: Set<string> | undefined;
  private readonly pieces = new Map<string, boolean>();

  constructor(readonly text: string) {}

  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }

  /**
   * The expression to run for `pattern` and the string to run it on: the caseless copy on the
   * lower-cased text where it finds the same, else the pattern's own expression on the text.
   * Positions of matches are positions in the text either way; read what matched from the
   * text (`text.slice(m.index, m.index + m[0].length)`), not from the match.
   */
  prepared(pattern: Pattern): [RegExp, string] {
    // Lower-casing keeps every position when it keeps the length (it only ever lengthens: "İ").
    const caseless = this.lower.length === this.text.length ? pattern.caseless : null;
    return caseless ? [caseless, this.lower] : [pattern.regex, this.text];
  }

  /** The words of the text, lower-cased. */
  get tokens(): Set<string> {
    if (!this.words) {
      // An expression runs on the text or on its lower-cased copy (see prepared), and the two
      // can split into different words: the Kelvin sign "K" is not a word character, its lower
      // case "k" is. So a text beyond ASCII has the words of both.
      this.words = new Set(this.lower.split(NON_WORD));
      if (NON_ASCII.test(this.text)) for (const word of this.text.split(NON_WORD)) this.words.add(word.toLowerCase());
    }
    return this.words;
  }

  /** False when `pattern` cannot match anywhere in the text. */
  allows(pattern: Pattern): boolean {
    const gate = pattern.gate;
    if (gate === null) return true;
    for (let k = 1; k < gate.length; k++) if (!this.satisfies(gate[k]!)) return false;
    return true;
  }

  /**
   * Per clause: 0 not yet known, 1 satisfied, -1 not (1 for every clause one of the text's
   * words satisfies; the others once their pieces were looked for); and the clauses the words
   * satisfy. Both from one pass over the words.
   */
  private wordsRead: { state: Int8Array; satisfied: number[] } | undefined;

  private readWords(): { state: Int8Array; satisfied: number[] } {
    if (!this.wordsRead) {
      const state = new Int8Array(clauseTable().piecesOfClauses.length);
      const satisfied: number[] = [];
      for (const token of this.tokens) {
        const clauses = clausesOf(token);
        if (!clauses) continue;
        for (const k of clauses) {
          if (state[k] === 1) continue;
          state[k] = 1;
          satisfied.push(k);
        }
      }
      this.wordsRead = { state, satisfied };
    }
    return this.wordsRead;
  }

  /** The clauses one of the text's words satisfies, each once. */
  get wordClauses(): readonly number[] {
    return this.readWords().satisfied;
  }

  private satisfies(clause: number): boolean {
    const { state } = this.readWords();
    if (state[clause] !== 0) return state[clause] === 1;
    const found = this.containsAny(clause, piecesOf(clause));
    state[clause] = found ? 1 : -1;
    return found;
  }

  /**
   * Whether the lower-cased text contains one of a clause's pieces. A clause asked about
   * often (a batch asks about thousands of texts) gets one expression of all its pieces,
   * which V8 runs far faster than as many look-ups; one asked about once or twice (a single
   * letter) is not worth compiling.
   */
  private containsAny(clause: number, list: readonly string[]): boolean {
    if (list.length === 0) return false;
    const uses = (clauseUses[clause] = (clauseUses[clause] ?? 0) + 1);
    if (uses <= PIECE_LOOKUPS_BEFORE_EXPRESSION) return list.some((piece) => this.contains(piece));
    const expression = (clauseExpressions[clause] ??= new RegExp(list.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
    return expression.test(this.lower);
  }

  /** Whether the lower-cased text contains `piece`. */
  private contains(piece: string): boolean {
    let found = this.pieces.get(piece);
    if (found === undefined) this.pieces.set(piece, (found = this.lower.includes(piece)));
    return found;
  }
}
