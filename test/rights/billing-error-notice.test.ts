// A US billing-error notice says what Regulation Z (12 CFR 1026.13) asks of the card issuer:
// an acknowledgement within 30 days, and the dispute resolved within two complete billing
// cycles, no later than 90 days, not "investigate within 90 days".
import { afterAll, describe, expect, it } from 'vitest';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-fcba-');
afterAll(() => cleanup());

describe('a billing-error notice', () => {
  // From a reviewer's case (25-garage-chicago), trimmed.
  it('gives the time to resolve the dispute as Regulation Z does', () => {
    const text = letter(
      {
        sender: { name: 'Marcus Bell', email: 'marcus.bell@example.com', country: 'US', region: 'IL' },
        recipient: { company: 'Lakeshore Auto Repair' },
        purchase: { item: 'brake repair', kind: 'service', date: '2026-11-10', amount: 640, paidWith: 'credit-card' },
        story: { circumstances: 'I paid for new front brakes on November 10.', expectations: 'working brakes', outcome: 'the brakes squealed and failed inspection two days later', problem: 'poor-quality' },
        card: { issuer: 'Chase', last4: '4411', statementDate: '2026-11-20' },
        request: { remedy: 'refund' },
      },
      'card-dispute',
      '2026-12-06',
    );
    expect(text).toContain('you must acknowledge this letter in writing within 30 days of receiving it and resolve the dispute within two complete billing cycles (and no later than 90 days after receiving it)');
    expect(text).not.toContain('investigate within 90 days');
  });
});
