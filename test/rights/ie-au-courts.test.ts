// Courts and tribunals only where their own pages say they hear the claim. Ireland's Small
// Claims procedure is for a claimant and a business both in the State (citizensinformation.ie;
// a business elsewhere in the EU has the European procedure instead, ccpc.ie). NSW's NCAT
// generally cannot hear air carriage or travel claims against the operator (ncat.nsw.gov.au).
// Drafted by the built CLI.
import { afterAll, describe, expect, it } from 'vitest';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-courts-');
afterAll(() => cleanup());

describe('Ireland: the Small Claims procedure', () => {
  const heater = (recipient: Record<string, string>) =>
    letter(
      {
        sender: { name: 'Aoife Byrne', country: 'IE', address: '14 Harbour Road, Howth, Dublin D13 X2Y4' },
        recipient,
        purchase: { item: 'oil-filled radiator', kind: 'goods', date: '2026-10-02', amount: 149, currency: 'EUR', paidWith: 'bank-transfer' },
        story: { circumstances: 'I ordered an oil-filled radiator online.', expectations: 'a working radiator', outcome: 'It stopped heating after a week.', problem: 'poor-quality' },
        request: { remedy: 'refund' },
        letter: { previous: ['2026-10-20'] },
      },
      'final',
      '2026-12-06',
    );

  it('for a business in Ireland', () => {
    expect(heater({ company: 'Heatwell Direct', address: 'Unit 4, Ballymount Road, Dublin 12' })).toContain('Small Claims procedure of the District Court');
  });

  it('not for a business in another EU country, which the procedure does not reach', () => {
    const text = heater({ company: 'Wärmewerk GmbH', address: 'Hafenstraße 8, 20457 Hamburg, Germany' });
    expect(text).not.toContain('Small Claims procedure');
    expect(text).toContain('European Consumer Centre Ireland');
  });
});

describe('New South Wales: NCAT', () => {
  const nsw = (recipient: Record<string, string>, item: string, circumstances: string) =>
    letter(
      {
        sender: { name: 'Liam Walsh', country: 'AU', region: 'NSW', address: '22 Bay Street, Glebe NSW 2037' },
        recipient,
        purchase: { item, kind: 'booking', date: '2026-09-10', amount: 389, currency: 'AUD', paidWith: 'bank-transfer' },
        story: { circumstances, expectations: 'to travel on the day I booked', outcome: 'I was offered only a travel credit.', problem: 'not-provided' },
        request: { remedy: 'refund' },
        letter: { previous: ['2026-10-20'] },
      },
      'final',
      '2026-12-06',
    );

  it('not for a claim against an airline', () => {
    const text = nsw({ company: 'Coastal Airways', sector: 'airline' }, 'flight from Sydney to Hobart', 'My flight from Sydney to Hobart on 3 October was cancelled the night before.');
    expect(text).not.toContain('NCAT');
  });

  it('still for a travel agent or any other business', () => {
    const text = nsw({ company: 'Harbourside Travel', sector: 'travel' }, 'coach tour of the Blue Mountains', 'The coach tour I booked for 3 October never left: the agent said it had been overbooked.');
    expect(text).toContain('apply to the NSW Civil and Administrative Tribunal (NCAT)');
  });
});
