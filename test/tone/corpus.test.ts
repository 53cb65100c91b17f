// Measured, not guessed: the kindness rules against a labelled corpus of hostile
// and firm-but-kind sentences (test/fixtures/tone/*.txt, one sentence a line).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTone } from '../../src/tone/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tone');

function sentences(name: string): string[] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Kindness findings only: the firmness rules do not apply to single sentences. */
function kindness(sentence: string) {
  return checkTone(sentence).filter((finding) => finding.severity === 'error');
}

const hostile = sentences('hostile.txt');
const kind = sentences('kind.txt');

describe('tone corpus', () => {
  it('has enough varied sentences to measure with', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(80);
    expect(kind.length).toBeGreaterThanOrEqual(80);
    expect(new Set(hostile).size).toBe(hostile.length);
    expect(new Set(kind).size).toBe(kind.length);
  });

  it('catches at least 90% of the hostile sentences', () => {
    const missed = hostile.filter((sentence) => kindness(sentence).length === 0);
    const recall = (hostile.length - missed.length) / hostile.length;
    console.log(`tone recall on hostile.txt: ${(recall * 100).toFixed(1)}% (${hostile.length - missed.length}/${hostile.length})`);
    for (const sentence of missed) console.log(`  missed: ${sentence}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('raises a false alarm on at most 3% of the kind sentences', () => {
    const alarms = kind.map((sentence) => ({ sentence, findings: kindness(sentence) })).filter((r) => r.findings.length > 0);
    const rate = alarms.length / kind.length;
    console.log(`tone false alarms on kind.txt: ${(rate * 100).toFixed(1)}% (${alarms.length}/${kind.length})`);
    for (const alarm of alarms) console.log(`  false alarm: ${alarm.sentence}  <- ${alarm.findings.map((f) => `${f.rule} "${f.text}"`).join(', ')}`);
    expect(rate).toBeLessThanOrEqual(0.03);
  });

  it('exercises every kindness rule', () => {
    const rules = new Set(hostile.flatMap((sentence) => kindness(sentence).map((finding) => finding.rule)));
    for (const rule of ['profanity', 'insult', 'accusation', 'threat', 'shouting', 'exclamation', 'sarcasm', 'wish-harm']) {
      expect(rules, rule).toContain(rule);
    }
  });

  it('gives every kindness finding a message and a calmer suggestion', () => {
    for (const sentence of hostile) {
      for (const finding of kindness(sentence)) {
        expect(finding.message.length, sentence).toBeGreaterThan(20);
        expect(finding.suggestion, sentence).toBeTruthy();
        expect(finding.text.length, sentence).toBeGreaterThan(0);
      }
    }
  });
});
