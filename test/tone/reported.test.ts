// Unkind words the writer quotes as said to them are a fact of the complaint: the letter may
// quote them. The writer's own words, in quotation marks or not, are still checked.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTone } from '../../src/tone/index.js';
import { loadToneRules } from '../../src/tone/languages/index.js';
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
    expect(r.stdout).toContain('the supervisor called me “a stupid cow”');
    expect(r.stderr).not.toMatch(/not written|name-calling/);
  });
});

describe('what someone else called the writer, without quotation marks', () => {
  it.each([
    'when I went back the manager basically called me a liar',
    'I was called a liar in front of other customers',
    'the owner called us liars and hung up',
    'Ian called me a liar',
  ])('is pointed out, not refused: %s', (text) => {
    const found = checkTone(text);
    expect(found.length, text).toBeGreaterThan(0);
    for (const finding of found) {
      expect(finding.severity).toBe('warning');
      expect(finding.message).toMatch(/is what you were called, not what you call them/);
    }
  });

  it.each(['he accused me of lying about the damage', 'the driver said I was a thief', 'she treated me like a criminal'])('is no accusation by the writer: %s', (text) => {
    expect(severities(text).filter((found) => found.endsWith(':error')), text).toEqual([]);
  });

  it.each([
    'I called him a liar',
    'they called me a liar and you are all liars',
    'he called me a liar, scammers the lot of them',
    'the manager said I was lying and that you are all thieves',
    'you lied and called me a liar',
  ])("still refuses the writer's own words beside it: %s", (text) => {
    expect(severities(text).some((found) => found.endsWith(':error')), text).toBe(true);
  });

  it.each([
    ['fr', "le gérant m'a traité de menteur devant les clients", 'il m\'a traité de menteur et vous êtes des escrocs'],
    ['de', 'der Filialleiter hat mich einen Lügner genannt', 'er hat mich einen Lügner genannt, Sie sind Betrüger'],
    ['es', 'el encargado me llamó mentiroso delante de todos', 'me llamó mentiroso y ustedes son unos estafadores'],
  ])('in French, German and Spanish too (%s): %s', async (language, reported, own) => {
    await loadToneRules(language);
    expect(checkTone(reported, { language }).filter((finding) => finding.severity === 'error'), reported).toEqual([]);
    expect(checkTone(own, { language }).some((finding) => finding.severity === 'error'), own).toBe(true);
  });
});
