// The tone check reads a text once however many findings it has; its speed on large
// pathological texts is measured by the bench (test/bench/pathological.js). These tests
// hold the shortcuts that make it linear to the results of the plain, slower reading.
import { describe, expect, it } from 'vitest';
import { checkTone } from '../../src/tone/index.js';
import { Positions } from '../../src/tone/text.js';

function naive(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  return { line, column: [...text.slice(start, index)].length + 1 };
}

describe('tone check on texts with many findings', () => {
  it('gives each finding the line and column a plain count gives, in any order of asking', () => {
    const text = 'ab😀c\nd😀😀e fgh\n\nij😀k lmn😀';
    const positions = new Positions(text);
    const indexes = [0, 1, 2, 4, 5, 6, 7, 11, 12, 13, 9, 3, 15, 17, 20, 2, 22];
    for (const index of indexes) expect(positions.at(index)).toEqual(naive(text, index));
  });

  it('reports a swear word repeated without spaces once, as one word', () => {
    const text = 'fuck'.repeat(50);
    const findings = checkTone(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'profanity', line: 1, column: 1, text });
  });

  it('places every finding of a long line exactly', () => {
    const text = `${'calm words, '.repeat(3)}${'you liar 😀 shit '.repeat(40)}`;
    const findings = checkTone(text);
    expect(findings.length).toBeGreaterThanOrEqual(80);
    for (const finding of findings) {
      const index = [...text].slice(0, finding.column - 1).join('').length;
      expect(text.startsWith(finding.text, index)).toBe(true);
    }
  });

  it('still skips words inside whitelisted words and addresses, however many there are', () => {
    expect(checkTone('assassin '.repeat(200))).toEqual([]);
    expect(checkTone(`${'mail shit.head@example.com '.repeat(50)}`).filter((f) => f.rule === 'profanity')).toEqual([]);
  });
});
