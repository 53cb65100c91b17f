// Every letter redress writes passes its own tone check: answers typed in capitals wherever
// the letter quotes them, and unkind words with invisible characters inside them.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-own-check-');
afterAll(() => tmp.cleanup());
const ENV = { REDRESS_TODAY: '2026-12-06' };

const CAPITALS = `sender: {name: Alex Rivera, email: alex@example.com, country: GB}
recipient: {company: BRIGHTLINE CARPET CARE LTD, contact: JOHN FROM THE HELP DESK}
purchase: {item: IPHONE 15 PRO MAX WITH CASE, kind: goods, amount: 240, date: 2026-11-01, reference: ORDER NUMBER 4471-AB}
story:
  circumstances: I bought a phone from you.
  expectations: a working phone
  outcome: the screen flickers
contacts:
  - {channel: phone, who: JOHN FROM THE HELP DESK, result: he said to send it back}
evidence: [ORIGINAL RECEIPT FROM THE STORE]
request: {remedy: refund}
letter: {date: 2026-12-01, nextSteps: [CONTACT TRADING STANDARDS ABOUT THIS]}
`;

describe('a letter whose answers are typed in capitals', () => {
  it.each(['first', 'reminder', 'final', 'card-dispute'])('passes its own check (%s)', (stage) => {
    const file = tmp.path(`capitals-${stage}.yaml`);
    writeFileSync(file, stage === 'card-dispute' ? `${CAPITALS}card: {issuer: Barclaycard, last4: '1234'}\n` : CAPITALS);
    const letter = tmp.path(`capitals-${stage}.txt`);
    const written = redress(['draft', '--from', file, '--stage', stage, '--out', letter], { env: ENV });
    expect(written.code, written.stderr).toBe(0);
    const checked = redress(['check', letter], { env: ENV });
    expect(checked.stdout).not.toMatch(/ error /);
    expect(checked.code, checked.stdout).toBe(0);
  });
});

describe("a business's name typed in capitals, without a legal form", () => {
  it.each(['first', 'final', 'card-dispute'])('is written in normal letters, and the letter passes its own check (%s)', (stage) => {
    const file = tmp.path(`name-capitals-${stage}.yaml`);
    writeFileSync(
      file,
      `sender: {name: marcus webb, country: US}
recipient: {company: IRONCORE FITNESS}
purchase: {item: gym membership, amount: 49.99, period: month, paidWith: credit-card, reference: '558201'}
story: {circumstances: I cancelled in person on August 30., expectations: no more charges, outcome: charged in September}
request: {remedy: refund, amount: 49.99}
card: {issuer: Chase, last4: '7781'}
letter: {date: 2026-11-16, previous: [2026-10-01]}
`,
    );
    const letter = tmp.path(`name-capitals-${stage}.txt`);
    const written = redress(['draft', '--from', file, '--stage', stage, '--out', letter], { env: ENV });
    expect(written.code, written.stderr).toBe(0);
    const checked = redress(['check', letter], { env: ENV });
    expect(checked.stdout).not.toMatch(/ error /);
    expect(checked.code, checked.stdout).toBe(0);
    expect(readFileSync(letter, 'utf8')).toContain('Ironcore Fitness');
  });
});

describe('unkind words with invisible characters inside', () => {
  it.each(['\uFE0F', '\uFE00', '\u{E0041}', '\u3164', '\u{1D173}'])('are found in the answers, as in the letter (U+%s)', (hidden) => {
    const file = tmp.path(`hidden-${hidden.codePointAt(0)!.toString(16)}.yaml`);
    writeFileSync(file, CAPITALS.replace('the screen flickers', `your staff are idi${hidden}ots`).replace(/[A-Z]{4,}/g, (word) => word[0] + word.slice(1).toLowerCase()));
    const r = redress(['draft', '--from', file], { env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/story\.outcome: .*is name-calling/);
    expect(r.stderr).toContain('The letter was not written');
  });
});
