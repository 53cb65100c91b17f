// Escalation routes added from their public sources: the Scottish Legal Complaints Commission;
// the Consumer Council for Northern Ireland for water and rail; the consumer offices of
// Queensland, South Australia and the ACT. Letters rendered by the built CLI, which must pass
// the tone check.
import { afterAll, describe, expect, it } from 'vitest';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-routes-');
afterAll(() => cleanup());

const final = (c: object) => letter({ ...c, letter: { previous: ['2026-10-20'] } }, 'final');

describe('United Kingdom', () => {
  const british = (address: string, company: string, sector: string, item: string) => ({
    sender: { name: 'Morag Campbell', address, country: 'GB' },
    recipient: { company, sector },
    purchase: { item, kind: 'service', date: '2026-08-01', amount: 1200, currency: 'GBP' },
    story: { problem: 'poor-quality', circumstances: 'The work was agreed in August.', expectations: 'the work done on time', outcome: 'it was done three months late' },
    request: { remedy: 'partial-refund', amount: 300, reason: 'for the three months of delay' },
  });

  it('Scotland: a solicitor goes to the Scottish Legal Complaints Commission, with its 4 weeks', () => {
    const text = final(british('3 Rose Street, Edinburgh EH2 2PR', 'Lindsay & Reid Solicitors', 'legal', 'the conveyancing for my flat'));
    expect(text).toContain('refer my complaint to the Scottish Legal Complaints Commission (SLCC), which I understand I can do once you have had a reasonable opportunity, usually 4 weeks, to resolve it');
    expect(text).not.toContain('Legal Ombudsman');
  });

  it('England: a solicitor still goes to the Legal Ombudsman', () => {
    const text = final(british('Flat 3, 22 Holloway Road, London N7 8JL', 'Lindsay & Reid Solicitors', 'legal', 'the conveyancing for my flat'));
    expect(text).toContain('refer my complaint to the Legal Ombudsman');
    expect(text).not.toContain('SLCC');
  });

  it.each([
    ['water', 'Northern Ireland Water', 'a new water connection'],
    ['rail', 'NI Railways', 'a monthly rail ticket'],
  ])('Northern Ireland: %s goes to the Consumer Council for Northern Ireland', (sector, company, item) => {
    expect(final(british('12 Lisburn Road, Belfast BT9 6AA', company, sector, item))).toContain('ask the Consumer Council for Northern Ireland to take up my complaint');
  });

  it('England: water still goes to the Consumer Council for Water', () => {
    const text = final(british('Flat 3, 22 Holloway Road, London N7 8JL', 'Thames Valley Water', 'water', 'a new water connection'));
    expect(text).toContain('Consumer Council for Water');
    expect(text).not.toContain('Northern Ireland');
  });
});

describe('Australia: the state consumer office before the tribunal', () => {
  it.each([
    ['12 Adelaide St, Brisbane QLD 4000', 'lodge a complaint with the Queensland Office of Fair Trading', 'Queensland Civil and Administrative Tribunal'],
    ['5 King William St, Adelaide SA 5000', 'ask Consumer and Business Services (CBS) to help resolve the complaint', 'Magistrates Court of South Australia'],
    ['10 London Cct, Canberra ACT 2601', 'ask Access Canberra (Fair Trading) to help resolve the complaint', 'ACT Civil and Administrative Tribunal'],
  ])('%s', (address, office, tribunal) => {
    const text = final({
      sender: { name: 'Sam Lee', address, country: 'AU' },
      recipient: { company: 'Brightline Carpet Care' },
      purchase: { item: 'carpet cleaning', kind: 'service', date: '2026-10-02', amount: 240, currency: 'AUD' },
      story: { problem: 'poor-quality', circumstances: 'The crew cleaned two of the three rooms.', expectations: 'three rooms cleaned', outcome: 'one room was left as it was' },
      request: { remedy: 'refund' },
    });
    expect(text).toMatch(new RegExp(`I will:\\n- ${office.replace(/[()]/g, '\\$&')}\\n- [^\\n]*${tribunal}`));
  });
});
