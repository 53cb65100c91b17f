// Australia: a flight the airline cancelled (or delayed) cites the Australian Consumer Law's
// guarantee that a service is supplied within a reasonable time, as the ACCC applies it to
// flights, whatever the kind of purchase was left unsaid. Goods and other problems do not.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { rightsFor, type RightsQuery } from '../../src/rights/index.js';

const FLIGHT_RIGHT = 'au-acl-flight-reasonable-time';
const cited = (story: string, over: Partial<RightsQuery> = {}) =>
  rightsFor({ country: 'AU', region: 'AU-NSW', currency: 'AUD', remedy: 'refund', stage: 'first', story, ...over })!.rights.map((r) => r.id);

describe('an Australian flight cancelled or delayed', () => {
  it('cites the reasonable-time guarantee, with or without the kind of purchase', () => {
    expect(cited('return flights syd to mel. flight cancelled the night before', { problem: 'not-provided' })).toContain(FLIGHT_RIGHT);
    expect(cited('return flights. our flight was cancelled, only credit offered', { kind: 'booking' })).toContain(FLIGHT_RIGHT);
    expect(cited('flight to perth. the flight was delayed 9 hours', { kind: 'booking', problem: 'poor-quality' })).toContain(FLIGHT_RIGHT);
  });

  it('is not cited for goods, for a charge after cancelling, nor for a story with no flight', () => {
    expect(cited('drone flight controller. order cancelled', { kind: 'goods', problem: 'not-provided' })).not.toContain(FLIGHT_RIGHT);
    expect(cited('flights. charged after i cancelled my flight', { problem: 'charged-after-cancelling' })).not.toContain(FLIGHT_RIGHT);
    expect(cited('hotel room. booking was cancelled', { kind: 'booking', problem: 'not-provided' })).not.toContain(FLIGHT_RIGHT);
  });

  it('in the letter of a writer who gave no kind of purchase', () => {
    const produced = produceLetter(
      {
        sender: { name: 'Priya Raman', address: '14 wattle st, newtown NSW 2042' },
        recipient: { company: 'Virgin Australia' },
        purchase: { item: 'return flights syd to mel', amount: 389.9, currency: 'AUD' },
        story: { circumstances: 'flight cancelled the night before by sms', expectations: 'fly on 14 aug as booked', outcome: 'no refund, only travel credit' },
        request: { remedy: 'refund' },
        letter: { date: '2026-09-01' },
      } as Case,
      { format: 'text' },
    );
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    expect(produced.output.content).toContain('I understand that under the Australian Consumer Law a flight is a service that must be provided within a reasonable time');
    expect(produced.output.content).toContain('The flight was cancelled the night before by SMS.');
  });
});
