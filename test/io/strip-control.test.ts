// Control characters never reach a letter: a terminal's escape sequence goes whole, and a
// carriage return alone separates the words it stood between.
import { describe, expect, it } from 'vitest';
import { hasControl, safeForTerminal, stripControl } from '../../src/io/terminal.js';

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
    // Half a surrogate pair alone is no character; a whole pair (an emoji) is one.
    ['Bright\ud800line', 'Brightline'],
    ['Bright\udc00line', 'Brightline'],
    ['end\ud83d', 'end'],
    ['\ude00start', 'start'],
    ['two halves \udc00\ud800 the wrong way', 'two halves  the wrong way'],
    ['smile \ud83d\ude00', 'smile \ud83d\ude00'],
  ])('%j', (typed, kept) => expect(stripControl(typed)).toBe(kept));

  it('hasControl says so for a lone surrogate, not for a pair, and safeForTerminal shows it', () => {
    expect(hasControl('Bright\ud800line')).toBe(true);
    expect(hasControl('smile \ud83d\ude00')).toBe(false);
    expect(safeForTerminal('Bright\ud800line')).toBe('Bright\\u{d800}line');
  });
});
