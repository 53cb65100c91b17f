// A deposit is a rented home's only when the case shows a tenancy: the hire of a hall or a
// venue "rental" is not sent to a tenancy deposit scheme, and the terminal does not say the
// business was taken for a landlord. Real tenancy deposits keep their routes.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { resolveCase } from '../../src/case/resolve.js';
import { stageNotes } from '../../src/letter/ladder.js';
import { produceLetter } from '../../src/letter/produce.js';
import { tenancyShown } from '../../src/rights/tenancy.js';

function final(c: Case) {
  const produced = produceLetter({ ...c, letter: { stage: 'final', date: '2026-12-06', previous: ['2026-11-01'] } } as Case, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return { text: produced.output.content, notes: stageNotes(produced.letter.case) };
}

// From a reviewer's case (33-venuehire-york), trimmed.
const hallHire = (): Case =>
  ({
    sender: { name: 'Hannah Clarke', email: 'hannah.clarke@example.co.uk', country: 'UK', region: 'England' },
    recipient: { company: 'The Old Granary, York', contact: 'Ms. Pam Whitely' },
    purchase: { item: "hall rental for my daughter's 18th birthday party", kind: 'deposit', date: '2026-06-01', amount: 250, price: 900, paidWith: 'debit-card' },
    story: {
      circumstances: 'we paid a £250 deposit to hire the hall on 24 October. The venue double booked and told us 5 days before',
      expectations: 'the hall on 24 October as agreed',
      outcome: 'they cancelled on us and are keeping our £250 as an "admin fee"',
      problem: 'not-provided',
    },
    request: { remedy: 'refund' },
  }) as Case;

describe('a deposit to hire a hall, a venue or a thing', () => {
  it('is not a tenancy deposit: no deposit scheme, and the business is not said to be a landlord', () => {
    const { text, notes } = final(hallHire());
    expect(text).not.toMatch(/tenancy/i);
    expect(text).toContain('start a small claim in the County Court');
    expect(notes.join('\n')).not.toContain('landlord');
  });

  it('is not, whatever is hired: a venue, a car, a marquee, a holiday flat', () => {
    for (const told of [
      'venue rental for my engagement party, 3/14/2027. I paid a $3,000 deposit to hold the loft',
      'van rental for the weekend; they kept the deposit for a scratch that was already there',
      'marquee rental for our garden wedding',
      'holiday flat rental in Cornwall for 7 nights; the deposit was kept',
      'location appartement à Biarritz, 450 € d’arrhes',
    ]) {
      expect(tenancyShown(told), told).toBeUndefined();
    }
  });

  it('keeps the case\'s landlord when the story shows a home let to live in', () => {
    for (const [told, shown] of [
      ['I rented the flat from sept 2025 and moved out on 31 august', 'flat'],
      ['the landlord kept £450 for cleaning', 'landlord'],
      ['deposit for the apartment; my tenancy ended in June', 'tenancy'],
      ['bond for the house on Kauri Street', 'house'],
      ["dépôt de garantie de l'appartement, le bailleur ne l'a pas rendu", 'bailleur'],
      ['Kaution für die Wohnung, die ich gemietet hatte', 'wohnung'],
      ['la fianza del piso de la calle Mayor', 'piso'],
      ["one month's rent as a deposit", "month's rent"],
    ] as const) {
      expect(tenancyShown(told), told).toBe(shown);
    }
  });

  it('a rented flat still goes to the tenancy deposit scheme, and the terminal says why', () => {
    const c = hallHire();
    c.recipient = { company: 'Graham Wilson' } as Case['recipient'];
    c.purchase = { item: 'deposit for 12 hill road', amount: 950, date: '2025-09-01', kind: 'deposit' } as Case['purchase'];
    c.story = { circumstances: 'I rented the flat from sept 2025 and moved out on 31 august.', expectations: 'the full deposit back', outcome: 'you kept £450 for cleaning', problem: 'deposit-not-returned' } as Case['story'];
    const { text, notes } = final(c);
    expect(text).toContain('ask the tenancy deposit protection scheme to settle the dispute');
    expect(notes.join('\n')).toContain('to be your landlord or letting agent, as you wrote of a deposit and "rented"');
  });

  it('a sector the writer set is never second-guessed', () => {
    const c = hallHire();
    c.recipient = { ...c.recipient, sector: 'property' };
    const resolved = resolveCase(c);
    expect(resolved.ok && resolved.value.recipient.sector).toBe('property');
    expect(final(c).text).toContain('tenancy deposit protection scheme');
  });
});
