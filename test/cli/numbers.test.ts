// Numbers and references are not swear words, even when their digits look like letters;
// an unkind word that only the letter shows is named by the field it came from.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';
import { checkTone } from '../../src/tone/index.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const minimal = readFileSync(join(ROOT, 'test', 'fixtures', 'cases', 'minimal.yaml'), 'utf8');

describe('digits that look like letters', () => {
  it('are not read as swear words in plain numbers and references', () => {
    for (const text of ['455', '717', '4551', 'A55-1', 'BK-4551', 'order 455 of 717', 'PO-7171/455', 'ref. 4SS-20']) {
      expect(checkTone(text).filter((f) => f.rule === 'profanity'), text).toEqual([]);
    }
  });

  it('still find a word disguised with them', () => {
    for (const text of ['sh1t', 'you a55', 'b1tch', '5h1t happens']) {
      expect(checkTone(text).some((f) => f.rule === 'profanity'), text).toBe(true);
    }
  });

  it('let `check` pass a letter full of numbers', () => {
    const r = redress(['check', '-'], { input: 'My booking BK-4551 (seat A55-1) cost 455 dollars on flight 717.\n' });
    expect(r.stdout).toContain('No problems found');
    expect(r.code).toBe(0);
  });

  it('write a letter whose reference is BK-4551', () => {
    const file = tmp.path('ref.yaml');
    writeFileSync(file, minimal.replace(/purchase:\n/, 'purchase:\n  reference: BK-4551\n'));
    const r = redress(['draft', '--from', file]);
    expect(r.stderr).not.toMatch(/swear/);
    expect(r.code).toBe(0);
  });

  it('name the field, line and column of an unkind word that only the letter shows', () => {
    const file = tmp.path('unkind-ref.yaml');
    writeFileSync(file, minimal.replace(/purchase:\n/, 'purchase:\n  reference: SHIT-REF\n'));
    const r = redress(['draft', '--from', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.\\/]/g, '\\$&')}:\\d+:\\d+ purchase\\.reference: "SHIT" is a swear word`));
    expect(r.stderr.match(/swear word/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/the letter:/);
  });
});
