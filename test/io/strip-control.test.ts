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
  ])('%j', (typed, kept) => expect(stripControl(typed)).toBe(kept));
});
