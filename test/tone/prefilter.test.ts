// The tone rules skip a regular expression when a cheap gate says it cannot match
// (src/tone/prefilter.ts). These tests keep the gates honest: the stored data is what the
// analysis makes from the patterns as they are now, and no gate turns away a text that
// its expression matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATES_FILE, PROFANITY_FILE, gatesModule, profanityModule } from '../../src/tone/analyze.js';
import { patterns, TextIndex } from '../../src/tone/prefilter.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tone');

function lines(name: string): string[] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

describe('tone prefilter', () => {
  it('stores the gates and word list that the current patterns give', { timeout: 120_000 }, () => {
    const hint = 'run `npx tsx src/tone/analyze.ts` after changing a tone pattern';
    expect(readFileSync(GATES_FILE, 'utf8') === gatesModule(), hint).toBe(true);
    expect(readFileSync(PROFANITY_FILE, 'utf8') === profanityModule(), hint).toBe(true);
  });

  it('never turns away a text that a pattern matches', () => {
    const texts = [
      ...lines('hostile.txt'),
      ...lines('kind.txt'),
      readFileSync(join(FIXTURES, 'letter-good.txt'), 'utf8'),
      readFileSync(join(FIXTURES, 'letter-timid.txt'), 'utf8'),
      // Case, punctuation and spacing variations the gates must see through.
      'YOU ARE LIARS AND THIEVES', 'you—are—liars', 'Refund\u00a0me by 16 November', 'I’d like a refund.',
    ];
    expect(patterns.length).toBeGreaterThan(20);
    let matched = 0;
    for (const text of texts) {
      const index = new TextIndex(text);
      for (const pattern of patterns) {
        const regex = new RegExp(pattern.regex.source, pattern.regex.flags.replace(/[gy]/g, ''));
        if (regex.test(text)) {
          matched++;
          expect(index.allows(pattern), `${pattern.key} on ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});
