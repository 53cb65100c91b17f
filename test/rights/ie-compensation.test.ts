// An Irish claim for what a poor service cost cites what the service must meet, not the
// remedies of putting it right, a price reduction or ending the contract, which are not what it
// asks for (the pack has no source for a right to damages to cite in their place).
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';

// From a reviewer's case (05-removals-kilkenny), trimmed.
const removals = (remedy: 'compensation' | 'refund'): Case =>
  ({
    sender: { name: 'Declan Murphy', email: 'declan.murphy@example.ie', address: '22 Patrick Street, Kilkenny, R95 XY12', country: 'IE' },
    recipient: { company: 'Nore Valley Removals', contact: 'Tommy', sector: 'other' },
    purchase: { item: 'house move from Dublin to Kilkenny', kind: 'service', date: '2026-09-19', amount: 1350, paidWith: 'bank-transfer' },
    story: {
      circumstances: 'nore valley moved us on 19 sept. They packed and wrapped everything themselves',
      expectations: ['our things would be packed properly and arrive undamaged'],
      outcome: ['the piano was dropped on the steps and a leg snapped', '3 boxes of kitchen stuff arrived smashed'],
    },
    request:
      remedy === 'compensation'
        ? { remedy, costs: [{ what: 'piano repair (quote)', amount: 640 }, { what: 'replacing broken dinner set and glasses', amount: 185 }] }
        : { remedy },
    letter: { date: '2026-12-06' },
  }) as Case;

function first(c: Case): string {
  const produced = produceLetter(c, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content;
}

describe('an Irish service that caused losses', () => {
  it('a claim for the costs: the standard the service must meet, without the remedies it does not ask for', () => {
    const text = first(removals('compensation'));
    expect(text).toContain('I understand that under the Consumer Rights Act 2022 a service must meet what was agreed in the contract and what a consumer would normally expect of that type of service.');
    expect(text).not.toMatch(/price reduction|end the contract/);
  });

  it('a refund still cites the remedies', () => {
    expect(first(removals('refund'))).toContain('I am entitled to have it put right or, failing that, to a price reduction or to end the contract');
  });
});
