// Unkind words the writer quotes as said to them are a fact of the complaint: the letter may
// quote them. The writer's own words, in quotation marks or not, are still checked.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTone } from '../../src/tone/index.js';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const severities = (text: string) => checkTone(text).map((finding) => `${finding.rule}:${finding.severity}`);

describe('quotations of what was said to the writer', () => {
  it.each([
    'when I phoned, the manager called me "a stupid cow" and hung up',
    'I was told “stop whining, you idiot” by the receptionist',
    "he said 'you're a liar' and walked off",
    'The driver shouted "f*** off" at me',
    'Their engineer wrote: "you people are morons"',
  ])('are pointed out, not refused: %s', (text) => {
    const found = checkTone(text);
    expect(found.length, text).toBeGreaterThan(0);
    for (const finding of found) {
      expect(finding.severity).toBe('warning');
      expect(finding.message).toMatch(/is in a quotation of what was said to you\. Quote it exactly/);
      expect(finding.suggestion).toBeUndefined();
    }
  });

  it.each(['as my friend said, "scammers"', 'you are "idiots"', 'We said "you are crooks"', 'I told the manager "you are a useless idiot"', 'my husband called them "thieving idiots"'])(
    "still refuse the writer's own words: %s",
    (text) => {
      expect(severities(text).some((found) => found.endsWith(':error')), text).toBe(true);
    },
  );

  it('let the letter be written, quoting them as typed', () => {
    const full = readFileSync(join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml'), 'utf8');
    const file = tmp.path('quoted.yaml');
    writeFileSync(file, full.replace('only two of the three rooms were cleaned', 'when I complained, the supervisor called me "a stupid cow"'));
    const r = redress(['draft', '--from', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('the supervisor called me "a stupid cow"');
    expect(r.stderr).not.toMatch(/not written|name-calling/);
  });
});
