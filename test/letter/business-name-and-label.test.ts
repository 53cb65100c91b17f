// A business's name with a number inside ("PeakForm 24/7 Gym") is still one name: its everyday
// words typed elsewhere keep their small letters. A reference with its own label ("conf# TQ8L2P")
// needs no "reference" before it.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';

function letter(over: { company: string; item: string; reference?: string }): string {
  const produced = produceLetter(
    {
      sender: { name: 'Mia Thompson', address: '22 Elizabeth St, Hobart TAS 7000', country: 'AU' },
      recipient: { company: over.company },
      purchase: { item: over.item, kind: 'subscription', amount: 34.95, currency: 'AUD', ...(over.reference && { reference: over.reference }) },
      story: { circumstances: 'I cancelled on 3 March and was charged again.', expectations: 'no more payments', outcome: 'two more payments' },
      request: { remedy: 'refund' },
      letter: { date: '2026-05-20' },
    } as Case,
    { format: 'text' },
  );
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content;
}

describe('a business named with a number inside', () => {
  it('is one name: its everyday word in the item stays in small letters', () => {
    const text = letter({ company: 'PeakForm 24/7 Gym', item: 'fortnightly gym membership' });
    expect(text).toContain('about my fortnightly gym membership');
    expect(text).not.toContain('Gym membership');
    expect(text).toContain('PeakForm 24/7 Gym');
  });
});

describe('a reference with its own label', () => {
  it('is not given "reference" before it, with "#" or ":" after its label', () => {
    expect(letter({ company: 'Lakefront Airlines', item: 'round trip ORD-MCO', reference: 'conf# TQ8L2P' })).toContain('(conf# TQ8L2P)');
    expect(letter({ company: 'Lakefront Airlines', item: 'round trip ORD-MCO', reference: 'PNR: TQ8L2P' })).not.toContain('reference PNR');
    expect(letter({ company: 'Lakefront Airlines', item: 'round trip ORD-MCO', reference: 'TQ8L2P' })).toContain('(reference TQ8L2P)');
  });
});
