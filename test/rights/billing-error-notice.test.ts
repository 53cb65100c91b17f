// A US billing-error notice says what Regulation Z (12 CFR 1026.13) asks of the card issuer:
// an acknowledgement within 30 days, and the dispute resolved within two complete billing
// cycles, no later than 90 days, not "investigate within 90 days".
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { redress, tempDir } from '../support/cli.js';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-fcba-');
const tmp = tempDir('redress-fcba-source-');
afterAll(() => {
  cleanup();
  tmp.cleanup();
});

const garage = {
  sender: { name: 'Marcus Bell', email: 'marcus.bell@example.com', country: 'US', region: 'IL' },
  recipient: { company: 'Lakeshore Auto Repair' },
  purchase: { item: 'brake repair', kind: 'service', date: '2026-11-10', amount: 640, paidWith: 'credit-card' },
  story: { circumstances: 'I paid for new front brakes on November 10.', expectations: 'working brakes', outcome: 'the brakes squealed and failed inspection two days later', problem: 'poor-quality' },
  card: { issuer: 'Chase', last4: '4411', statementDate: '2026-11-20' },
  request: { remedy: 'refund' },
};

describe('a billing-error notice', () => {
  // From a reviewer's case (25-garage-chicago), trimmed.
  it('gives the time to resolve the dispute as Regulation Z does', () => {
    const text = letter(
      garage,
      'card-dispute',
      '2026-12-06',
    );
    expect(text).toContain('you must acknowledge this letter in writing within 30 days of receiving it and resolve the dispute within two complete billing cycles (and no later than 90 days after receiving it)');
    expect(text).not.toContain('investigate within 90 days');
  });

  // The page cited must say what the letter says: two complete billing cycles, no more than 90
  // days, and the disputed amount not to be paid meanwhile (a summary of 15 U.S.C. 1666).
  it('shows a source that says the billing cycles and the 90 days', () => {
    const file = tmp.path('garage.yaml');
    writeFileSync(file, stringify(garage));
    const r = redress(['draft', '--from', file, '--stage', 'card-dispute', '--date', '2026-12-06']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Billing error notice: https://policyrisk.com/us-code/title/15/section/1666 (checked December 6, 2026)');
  });
});
