// `redress check` catches contempt for the whole affair ("this circus", "a joke of a
// company") and mock praise ("well done, genius"), and lets the literal circus and a real
// joke through. Driven through the built CLI, one file a letter.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-sarcasm-');
afterAll(() => tmp.cleanup());

let counter = 0;
function check(text: string) {
  const file = tmp.path(`letter-${++counter}.txt`);
  writeFileSync(file, `Dear Ms Price,\n\n${text}\n\nYours sincerely,\nSam Lee\n`);
  return { file, ...redress(['check', file]) };
}

describe('redress check: sarcasm and contempt', () => {
  it.each([
    ['I am tired of this circus and want my money back.', 'this circus'],
    ['Enough of this clown show: please refund me.', 'this clown show'],
    ['This whole charade has gone on for six weeks.', 'This whole charade'],
    ['Your circus of a company lost my bag twice.', 'circus of a company'],
    ['Thanks for nothing.', 'Thanks for nothing'],
    ['Well done, genius, the boiler is still broken.', 'genius'],
  ])('flags %j, located, with calmer wording', (sentence, found) => {
    const r = check(sentence);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain(`${r.file}:3:`);
    expect(out).toContain(`"${found}"`);
    expect(out).toMatch(/sarcastic or contemptuous/);
  });

  it.each([
    "We bought the circus tickets for my daughter's birthday, but they never arrived.",
    'It was a joke I told my son, and the driver laughed too.',
    "I booked this circus for my son's party on 12 June.",
    'She is a genius with colour, and I have been a happy customer for years.',
  ])('lets %j through', (sentence) => {
    const r = check(sentence);
    expect(r.stdout + r.stderr).not.toMatch(/sarcastic or contemptuous/);
  });
});
