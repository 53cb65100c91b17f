// After a final letter, status and the calendar name a card dispute as the next step only as
// far as the case says how it was paid: with the payment method unknown, on condition.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { CARPET_CASE } from '../support/carpet-case.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-card-unknown-');
afterAll(() => tmp.cleanup());

const SENT = `history:
  letters:
    - { date: 2026-11-20, stage: first }
    - { date: 2026-12-01, stage: final }
`;

function status(paidWith: string | undefined, today: string) {
  const file = `case-${paidWith ?? 'unknown'}.yaml`;
  writeFileSync(tmp.path(file), `${paidWith ? CARPET_CASE.replace('  amount: 240\n', `  amount: 240\n  paidWith: ${paidWith}\n`) : CARPET_CASE}${SENT}`);
  const r = redress(['status', file, '--json', '--ics', `${file}.ics`, '--force'], { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home'), REDRESS_TODAY: today } });
  expect(r.code, r.stderr).toBe(0);
  const ics = readFileSync(tmp.path(`${file}.ics`), 'utf8').replace(/\r?\n /g, '');
  return { next: (JSON.parse(r.stdout) as { cases: { next: { text: string } }[] }).cases[0]!.next.text, ics };
}

describe('the next step after a final letter', () => {
  it('with the payment method unknown: a card dispute letter if you paid by card', () => {
    const waiting = status(undefined, '2026-12-06');
    expect(waiting.next).toBe('if they have not replied and you paid by card, send a card dispute letter (from 16 December)');
    expect(waiting.ics).toContain('If they have not\\, the next step: if you paid by card\\, send the card dispute letter (redress draft --from case-unknown.yaml --next --record).');
    expect(status(undefined, '2026-12-20').next).toBe('if you paid by card, send the card dispute letter (redress draft --from case-unknown.yaml --next --record)');
  });

  it('paid by card: the card dispute letter, without a condition', () => {
    const waiting = status('credit-card', '2026-12-06');
    expect(waiting.next).toBe('send a card dispute letter if they have not replied (from 16 December)');
    expect(waiting.ics).toContain('the next step: send the card dispute letter (redress draft');
    expect(status('credit-card', '2026-12-20').next).toBe('card dispute letter due (redress draft --from case-credit-card.yaml --next --record)');
  });

  it('paid by bank transfer: no card dispute at all', () => {
    const waiting = status('bank-transfer', '2026-12-06');
    expect(waiting.next).not.toContain('card');
    expect(waiting.ics).not.toContain('card dispute');
  });
});
