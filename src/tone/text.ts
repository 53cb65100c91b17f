// Small helpers shared by the tone rules: a readable way to write patterns, and
// turning a string index into a line and column.

/** An escape, a whole character class (kept as written), a run of spaces, or an apostrophe. */
const READABLE_TOKEN = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]| +|'/g;

/**
 * Turns a readable pattern into a regular-expression source:
 * a space (outside a character class) matches any run of whitespace, and a
 * straight apostrophe also matches a curly one, so "you're" finds "you’re".
 */
export function readable(source: string): string {
  return source.replace(READABLE_TOKEN, (token) => (token === "'" ? "['’]" : token[0] === ' ' ? '\\s+' : token));
}

/** Letters, digits and underscore, including accented Latin letters. */
export const WORD_CHAR = '\\w\\u00C0-\\u024F';

/**
 * Alternation of readable patterns, wrapped so it only matches whole words.
 * The flags leave out `u` on purpose: Unicode property classes make each
 * expression many times slower to compile, and the patterns are plain English.
 */
export function wordPattern(alternatives: readonly string[], flags = 'gi'): RegExp {
  const body = alternatives.map(readable).join('|');
  return new RegExp(`(?<![${WORD_CHAR}])(?:${body})(?![${WORD_CHAR}])`, flags);
}

/** A non-capturing group of alternatives (still readable syntax). */
export function any(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/**
 * Maps string indexes to 1-based line and column (columns count code points). Findings are
 * asked for in order, so counting resumes from the last index asked on the same line: one
 * long line with many findings costs one pass, not one pass per finding.
 */
export class Positions {
  private readonly lineStarts: number[] = [0];
  private lastLine = -1;
  private lastIndex = 0;
  private lastColumn = 1;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  at(index: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    let from = this.lineStarts[lo]!;
    let column = 1;
    if (lo === this.lastLine && index >= this.lastIndex) {
      from = this.lastIndex;
      column = this.lastColumn;
    }
    for (let i = from; i < index; i++) {
      const code = this.text.charCodeAt(i);
      // The second half of a surrogate pair does not start a new character.
      if (code < 0xdc00 || code > 0xdfff) column++;
    }
    this.lastLine = lo;
    this.lastIndex = index;
    this.lastColumn = column;
    return { line: lo + 1, column };
  }
}
