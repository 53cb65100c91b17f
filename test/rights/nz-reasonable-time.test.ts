// New Zealand: a service never provided (a builder who never started) cites the Consumer
// Guarantees Act's guarantee that a service is completed within a reasonable time (s 30), and
// what the writer can do when it is not (ss 32 and 38). A deposit for goods does not.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { rightsFor, type RightsQuery } from '../../src/rights/index.js';

const cited = (over: Partial<RightsQuery>) =>
  rightsFor({ country: 'NZ', currency: 'NZD', problem: 'not-provided', remedy: 'refund', stage: 'first', ...over })!.rights.map((r) => r.id);

describe('a New Zealand service never provided', () => {
  it('cites the guarantee of a reasonable time, for a service or a deposit on building work', () => {
    expect(cited({ kind: 'service' })).toEqual(['nz-cga-services-time']);
    expect(cited({ kind: 'deposit', sector: 'building' })).toEqual(['nz-cga-services-time']);
    // A deposit on goods, or for a rented home, is no service.
    expect(cited({ kind: 'deposit' })).toEqual([]);
    expect(cited({ kind: 'deposit', sector: 'property' })).toEqual([]);
    expect(cited({ kind: 'goods' })).toEqual([]);
  });

  // From a reviewer's case (17-builder-christchurch), trimmed.
  it('in the letter to a builder who never started', () => {
    const produced = produceLetter(
      {
        sender: { name: 'Aroha Ngata', email: 'aroha.ngata@example.co.nz', address: '12 Bealey Ave, Christchurch 8013', country: 'NZ' },
        recipient: { company: 'CantaBuild Renovations Ltd', contact: 'Steve', sector: 'building' },
        purchase: { item: 'deck and pergola build', kind: 'deposit', date: '2026-08-01', reference: 'Quote Q-5521', amount: 6000, price: 18500, currency: 'NZD', paidWith: 'bank-transfer' },
        story: { circumstances: 'accepted the quote on 1 Aug and paid a 6k deposit. Start date was meant to be 7 Sept', expectations: 'work to start on 7 sept', outcome: 'nobody has turned up. its now December', problem: 'not-provided' },
        request: { remedy: 'refund', reason: 'the work has not started' },
        letter: { date: '2026-12-06' },
      } as Case,
      { format: 'text' },
    );
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    expect(produced.output.content).toContain(
      'I understand that under the Consumer Guarantees Act 1993, where the contract does not fix the time for a service, there is a guarantee that it will be completed within a reasonable time',
    );
  });
});
