// An overcharge cites the rule for a service whose price was not agreed (a reasonable price)
// only when the case shows no agreed price: not beside a price, an estimate, a quote or a fixed
// rate. The Irish rule speaks to the trader the letter is written to: "you gave me".
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { rightsFor, type RightsQuery } from '../../src/rights/index.js';

const cited = (over: Partial<RightsQuery>) =>
  rightsFor({ country: 'GB', currency: 'GBP', kind: 'service', problem: 'overcharged', remedy: 'partial-refund', stage: 'first', ...over })!.rights.map((r) => r.id);

function first(c: Case): string {
  const produced = produceLetter(c, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content;
}

describe('an overcharge', () => {
  it('with no price agreed in the case: the reasonable price', () => {
    expect(cited({ story: 'the bill was far more than the work was worth' })).toEqual(['gb-cra-services-price']);
  });

  it('with the price agreed, or an estimate, a quote or a fixed rate in the story: what the trader said is binding, nothing of a price not agreed', () => {
    expect(cited({ agreedPrice: true })).toEqual(['gb-cra-services-price-agreed']);
    for (const story of ['I was given a written estimate of £480', 'they quoted £300 for the job', 'a fixed unit rate of 29.5c/kWh for 12 months']) {
      expect(cited({ story }), story).toEqual(['gb-cra-services-price-agreed']);
    }
  });

  // From a reviewer's case (04-vet-norwich), trimmed.
  it('a vet\'s bill above its written estimate', () => {
    const text = first({
      sender: { name: 'Mrs Helen Baxter', email: 'hbaxter@example.org', country: 'GB', region: 'England' },
      recipient: { company: 'Riverside Veterinary Practice', sector: 'health' },
      purchase: { item: 'dental for my dog (scale and polish + 2 extractions)', kind: 'service', date: '2026-11-05', amount: 742.18, price: 480, paidWith: 'debit-card' },
      story: { circumstances: 'I was given a written estimate of £480 including up to two extractions. When I collected him the bill was £742.18.', expectations: 'to be charged roughly the estimate', outcome: 'nobody called me', problem: 'overcharged' },
      request: { remedy: 'partial-refund', amount: 214.18, reason: 'the amount above the estimate plus the 10 per cent they say they allow' },
      letter: { date: '2026-12-06' },
    } as Case);
    expect(text).toContain('I understand that under the Consumer Rights Act 2015 what a trader says about a service, including its price, is binding.');
    expect(text).not.toContain('no price was agreed');
  });

  // From a reviewer's case (20-energy-dublin), trimmed.
  it('an Irish bill above the fixed rate: the terms of the contract and what "you" said, no price not agreed', () => {
    const text = first({
      sender: { name: 'Aoife Brennan', email: 'aoife.brennan@example.ie', country: 'IE' },
      recipient: { company: 'Emerald Power DAC', sector: 'energy' },
      purchase: { item: 'dual fuel account', kind: 'subscription', amount: 180, period: 'month', paidWith: 'direct-debit' },
      story: { circumstances: 'I switched to Emerald Power in July 2026 on a fixed unit rate of 29.5c/kWh for 12 months.', expectations: 'to be billed at the fixed rate on the contract', outcome: 'my october and november bills use a rate of 36.1c/kWh', problem: 'overcharged' },
      request: { remedy: 'correction', correction: 're-issue my October and November bills at the fixed rate of 29.5c/kWh' },
      letter: { date: '2026-12-06' },
    } as Case);
    expect(text).toContain('I understand that under the Consumer Rights Act 2022 a service must be supplied in accordance with the terms of the contract and must match any information you gave me about it.');
    expect(text).not.toMatch(/the trader gave me|not agreed in advance/);
    // Without an agreed price, the Irish rule keeps the reasonable price, said to "you" as well.
    const loose = rightsFor({ country: 'IE', currency: 'EUR', kind: 'service', problem: 'overcharged', remedy: 'partial-refund', stage: 'first', story: 'the bill was far more than expected' })!.rights[0]!.text;
    expect(loose).toContain('must match any information you gave me about it, and that where the price was not agreed in advance, it must be a reasonable price');
  });
});
