// Ontario: a bill more than 10 per cent above the estimate cites section 10 of the Consumer
// Protection Act, 2002 (the supplier may not charge more; the consumer may require the estimated
// price). Not when the case shows the bill within 10 per cent of it, nor outside Ontario.
// Drafted by the built CLI.
import { afterAll, describe, expect, it } from 'vitest';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-on-estimate-');
afterAll(() => cleanup());

const SECTION_10 = "under section 10 of Ontario's Consumer Protection Act, 2002, where a consumer agreement includes an estimate, the supplier may not charge more than 10 per cent above it, and that if it does, I may require the goods or services to be provided at the estimated price.";

function brakes(over: { region?: string; address?: string; amount: number; refund: number; story?: string; expectations?: string }) {
  return letter(
    {
      sender: { name: 'Priya Nair', country: 'CA', region: over.region ?? 'ON', address: over.address ?? '88 Elm Street, Toronto, ON M5T 1K2' },
      recipient: { company: 'Kingsway Auto Care' },
      purchase: { item: 'brake repair', kind: 'service', date: '2026-11-12', price: 480, amount: over.amount, currency: 'CAD', paidWith: 'debit-card' },
      story: {
        circumstances: over.story ?? `I was given a written estimate of $480 for new rear brakes. When I collected the car I was charged $${over.amount}, and nobody had called me about extra work.`,
        expectations: over.expectations ?? 'to pay the estimate',
        outcome: 'The manager said the price had gone up and refused to adjust the bill.',
      },
      request: { remedy: 'partial-refund', amount: over.refund, reason: 'the amount charged above the estimate' },
    },
    'first',
    '2026-12-06',
  );
}

describe('Ontario: a bill above the estimate', () => {
  it('more than 10 per cent above: section 10 of the Consumer Protection Act, 2002', () => {
    expect(brakes({ amount: 690, refund: 162 })).toContain(`I understand that ${SECTION_10}`);
  });

  it('within 10 per cent of it: not cited, as the law allows that much', () => {
    expect(brakes({ amount: 520, refund: 40 })).not.toContain('section 10');
  });

  it('a story that speaks of a quote, not an estimate, or a writer outside Ontario: not cited', () => {
    expect(brakes({ amount: 690, refund: 210, story: 'I was quoted $480 for new rear brakes. When I collected the car I was charged $690.', expectations: 'to pay the price I was quoted' })).not.toContain('section 10');
    expect(brakes({ amount: 690, refund: 162, region: 'BC', address: '12 Oak Street, Vancouver, BC V6B 1A1' })).not.toContain('section 10');
  });
});
