// A co-branded card typed with its bank in brackets: the card dispute goes to the bank.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';

const dispute = (issuer: string, format: 'text' | 'html' = 'text'): string => {
  const c = {
    sender: { name: 'Megan Liu', email: 'megan.liu@example.com', country: 'US', region: 'WA' },
    recipient: { company: 'Greenlake Animal Hospital' },
    purchase: { item: 'dental cleaning for my cat', kind: 'service', date: '2026-10-21', amount: 970, price: 650, currency: 'USD', paidWith: 'credit-card' },
    story: { circumstances: 'The estimate was $650.', expectations: 'a call before any extra procedure', outcome: 'I was charged $970 without a call' },
    request: { remedy: 'partial-refund', amount: 320, reason: 'the charge above the estimate' },
    card: { issuer, last4: '3317', statementDate: '2026-11-05' },
    letter: { date: '2026-12-06', stage: 'card-dispute' },
  } as Case;
  const produced = produceLetter(c, { format });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content;
};

describe('the card issuer written to', () => {
  it.each([
    ['Alaska Airlines Visa (Bank of America)', 'Bank of America'],
    ['Bank of America (Alaska Airlines Visa)', 'Bank of America'],
    ['Chase Sapphire Preferred card (JPMorgan Chase)', 'JPMorgan Chase'],
  ])('is the bank, not the card: %s', (issuer, bank) => {
    const text = dispute(issuer);
    expect(text).toContain(`Dear ${bank} Customer Service,`);
    expect(text).not.toMatch(/Dear [^\n]*(?:Visa|Sapphire)/);
  });

  it.each(['American Express', 'Capital One', 'Citi (Costco Anywhere Visa)'])('is kept as typed when it names the bank: %s', (issuer) => {
    expect(dispute(issuer)).toMatch(new RegExp(`Dear ${issuer.replace(/ \(.*/, '')} Customer Service,`));
  });

  it('a card named after its bank in brackets ("AIB (Platinum Visa)"): the card line names the card, the greeting and the address the bank', () => {
    const text = dispute('Chase (Sapphire Preferred)');
    expect(text).toContain('- Card: Chase Sapphire Preferred ending 3317');
    expect(text).toContain('Dear Chase Customer Service,');
    const html = dispute('Chase (Sapphire Preferred)', 'html');
    expect(html).toMatch(/<address class="to">Chase</);
    expect(html).not.toMatch(/<address class="to">[^<]*Sapphire/);
  });
});

describe('a co-branded card typed card first, bank in brackets', () => {
  it('the card line names the bank and the card; the greeting is the bank\'s', () => {
    const text = dispute('Alaska Airlines Visa (Bank of America)');
    expect(text).toContain('- Card: Bank of America Alaska Airlines Visa ending 3317');
    expect(text).toContain('Dear Bank of America Customer Service,');
    const chase = dispute('Chase Sapphire Preferred card (JPMorgan Chase)');
    expect(chase).toContain('- Card: Chase Sapphire Preferred ending 3317');
    expect(chase).toContain('Dear JPMorgan Chase Customer Service,');
  });
});
