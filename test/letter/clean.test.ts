// cleanLetter skips the line-by-line clean-up for a text that cannot need it; it must give
// exactly what the clean-up gives, for any text.
import { describe, expect, it } from 'vitest';
import { cleanLetter, cleanLines } from '../../src/letter/clean.js';

const PARTS = ['Dear team', 'a', 'b c', ' ', '  ', '\t', '\n', '\n\n', '\r', '\r\n', ',', '.', '..', '...', '!', '?', '(', ')', '( )', '-', '*', '- ', ' -', '\u00a0', '\u2028', ':', ';', 'word.', ', .', '\f', '\v', '\u3000'];

/** A small generator with a seed, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

describe('cleanLetter', () => {
  it('tidies what empty answers leave behind', () => {
    expect(cleanLetter('Dear team ,\n\n\n\nI paid  $5 ( ).\n- \nThanks..\n')).toBe('Dear team,\n\nI paid $5.\nThanks.');
  });

  it('leaves a clean letter as it is, but for the ends', () => {
    const letter = 'Dear team,\n\nI paid $5 (order 7).\n\n- the crew was late\n- one room was not cleaned\n\nKind regards,\nSam';
    expect(cleanLetter(`\n${letter}\n`)).toBe(letter);
  });

  it('gives what the line-by-line clean-up gives, for any text', () => {
    const next = random(20261201);
    for (let i = 0; i < 100_000; i++) {
      let text = '';
      const parts = Math.floor(next() * 14);
      for (let k = 0; k < parts; k++) text += PARTS[Math.floor(next() * PARTS.length)];
      if (cleanLetter(text) !== cleanLines(text)) expect({ text, got: cleanLetter(text) }).toEqual({ text, got: cleanLines(text) });
    }
  });
});
