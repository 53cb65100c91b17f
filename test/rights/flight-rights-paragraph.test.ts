// A cancelled flight read from the story when story.problem is left out; for a flight, the air
// passenger rule in place of the generic text on services; and several rights written as one
// paragraph, not as sentences that each start "I understand that".
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { asOneParagraph } from '../../src/rights/cite.js';
import { rightsFor } from '../../src/rights/index.js';

// From reviewers' cases (21-airline-liverpool, 31-airline-liverpool-notprovided), trimmed.
const doyles = (problem?: 'not-provided'): Case =>
  ({
    sender: { name: 'Kevin & Lisa Doyle', email: 'doyles@example.co.uk', address: '9 Menlove Avenue, Liverpool L18 2EG', country: 'GB', region: 'England' },
    recipient: { company: 'SkyBreeze Airways', sector: 'airline' },
    purchase: { item: 'flights LPL to Palma for 4 people (2 adults 2 kids)', kind: 'booking', date: '2026-03-02', reference: 'SB4K9P', amount: 1136, paidWith: 'debit-card' },
    story: {
      circumstances: 'our outbound flight SB2201 on 25 July was cancelled at the gate at 06:40 after a 3 hour delay. we were told to "rebook online"',
      expectations: ['fly out on 25 July as booked or be rerouted as soon as possible', 'meals and a hotel if we had to wait overnight'],
      outcome: ['no seats offered until 28 July (3 days later)', 'we bought seats on another airline for 26 July to save the holiday'],
      ...(problem && { problem }),
    },
    request: { remedy: 'compensation', costs: [{ what: 'replacement flights with another airline (4 people)', amount: 1248 }, { what: 'food at the airport', amount: 63.4 }] },
    letter: { date: '2026-12-06' },
  }) as Case;

function first(c: Case): string {
  const produced = produceLetter(c, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content;
}

describe('a UK flight cancelled at the gate', () => {
  it('with the problem left unsaid, or not provided: the air passenger rule on cancellations, once, in place of the services text', () => {
    for (const problem of [undefined, 'not-provided'] as const) {
      const text = first(doyles(problem));
      expect(text, String(problem)).toContain(
        'We understand that under UK law on air passenger rights, when a flight it covers is cancelled, the airline must offer us the choice between a refund and a replacement flight at the earliest opportunity, and must look after us while we wait',
      );
      expect(text, String(problem)).toContain('Compensation may also be due, unless passengers are told of the cancellation in good time or the airline can show');
      expect(text, String(problem)).not.toContain('Consumer Rights Act');
      expect(text.match(/understand that/g), String(problem)).toHaveLength(1);
    }
  });

  it('a cancellation the writer made, or a flight only delayed, is not a cancelled flight', () => {
    const cited = (story: string, problem?: 'charged-after-cancelling' | 'poor-quality') =>
      rightsFor({ country: 'GB', currency: 'GBP', kind: 'booking', sector: 'airline', remedy: 'refund', stage: 'first', story, ...(problem && { problem }) })!.rights.map((r) => r.id);
    expect(cited('I cancelled my booking in time and was still charged', 'charged-after-cancelling')).toEqual([]);
    expect(cited('the flight landed five hours late, so I cancelled my hotel night')).toEqual(['gb-uk261-delay']);
    // Not an air passenger matter: the services text stays.
    expect(cited('the crew were rude and the seat was broken', 'poor-quality')).toEqual(['gb-cra-services']);
  });

  it('Ireland, France, Germany and Spain read it from the story too', () => {
    for (const [country, story, id] of [
      ['IE', 'our flight to Faro was cancelled at the gate', 'ie-eu261-cancellation'],
      ['FR', 'notre vol a été annulé à la porte', 'fr-ue261-annulation'],
      ['DE', 'unser Flug wurde am Gate annulliert', 'de-eu261-annullierung'],
      ['ES', 'nuestro vuelo fue cancelado en la puerta', 'es-ue261-cancelacion'],
    ] as const) {
      expect(rightsFor({ country, currency: 'EUR', kind: 'booking', sector: 'airline', remedy: 'refund', stage: 'first', story })!.rights.map((r) => r.id), country).toEqual([id]);
    }
  });
});

describe('several rights', () => {
  it('read as one paragraph: "I also understand that", then "Further, I understand that"', () => {
    const texts = asOneParagraph([{ text: 'I understand that under A, x.' }, { text: 'I understand that under B, y.' }, { text: 'I understand that under C, z.' }]).map((r) => r.text);
    expect(texts).toEqual(['I understand that under A, x.', 'I also understand that under B, y.', 'Further, I understand that under C, z.']);
  });

  it('in a letter: a New Zealand claim for costs of faulty goods', () => {
    const text = first({
      sender: { name: 'Aroha Ngata', email: 'aroha@example.co.nz', country: 'NZ' },
      recipient: { company: 'Kiwi Appliances' },
      purchase: { item: 'a dishwasher', kind: 'goods', date: '2026-10-01', amount: 899, currency: 'NZD' },
      story: { circumstances: 'The dishwasher leaked in its first week.', expectations: 'a dishwasher that works', outcome: 'the leak damaged the kitchen floor', problem: 'poor-quality' },
      request: { remedy: 'compensation', costs: [{ what: 'floor repair', amount: 640 }] },
      letter: { date: '2026-12-06' },
    } as Case);
    expect(text).toContain('I understand that under the Consumer Guarantees Act 1993, where a fault in goods can be fixed');
    expect(text).toContain('I also understand that under the Consumer Guarantees Act 1993, where a faulty product has caused damage');
  });
});
