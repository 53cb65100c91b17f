// Control characters never reach a letter: a terminal's escape sequence goes whole, and a
// carriage return alone separates the words it stood between.
import { describe, expect, it } from 'vitest';
import { stripControl } from '../../src/io/terminal.js';

describe('stripControl', () => {
  it.each([
    ['Sam \x1b[31mRED\x1b[0m Lee', 'Sam RED Lee'],
    ['Peak\x1b]0;pwned\x07Fitness', 'PeakFitness'],
    ['A\x1b[2J1', 'A1'],
    ['I cancelled \x1b[5mblink\x1b[0m.', 'I cancelled blink.'],
    ['gym\rmembership', 'gym membership'],
    ['line one\r\nline two', 'line one\nline two'],
    ['bell\x07 and \x9b31m CSI', 'bell and  CSI'],
    ['plain text', 'plain text'],
    // The one-character CSI alone is not a sequence: the letter after it stays.
    ['Bright\x85\x9bline', 'Bright\nline'],
    // Line and paragraph separators and a next-line end a line, never glue two words.
    ['Only one room\u2028was cleaned.', 'Only one room\nwas cleaned.'],
    ['only room\x85was cleaned', 'only room\nwas cleaned'],
    ['one\u2029two\fthree\vfour', 'one\ntwo\nthree\nfour'],
  ])('%j', (typed, kept) => expect(stripControl(typed)).toBe(kept));
});
