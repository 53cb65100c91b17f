// Dates the writer typed short or in another order are written as the letter writes its own.
import { describe, expect, it } from 'vitest';
import { withDatesWritten } from '../../src/letter/english/dates-written.js';

describe('withDatesWritten', () => {
  it.each([
    ['Had a crown fitted Aug 19, re-cemented Sept 12th', 'Had a crown fitted 19 August, re-cemented 12 September', 'Had a crown fitted August 19, re-cemented September 12'],
    ['delivered 6 Oct, broke on 15 Dec 2025', 'delivered 6 October, broke on 15 December 2025', 'delivered October 6, broke on December 15, 2025'],
    ['paid on the 12th of Nov', 'paid on 12 November', 'paid on November 12'],
    ['in Sept the bill went up', 'in September the bill went up', 'in September the bill went up'],
    ['Mar 3, 2026', '3 March 2026', 'March 3, 2026'],
    // A dot after a short month may end the sentence: it stays, unless a year follows.
    ['picked it up 21 aug. the 3rd of sept it broke', 'picked it up 21 August. 3 September it broke', 'picked it up August 21. September 3 it broke'],
    ['paid on 6 Oct. 2026, then nothing', 'paid on 6 October 2026, then nothing', 'paid on October 6, 2026, then nothing'],
    ['most of sept and oct. logged 4 faults', 'most of September and October. logged 4 faults', 'most of September and October. logged 4 faults'],
    // A day after "in Aug" is read with the month, and it is "on" that day.
    ['took the car in aug 19 for a belt', 'took the car on 19 August for a belt', 'took the car on August 19 for a belt'],
    ['they said by aug. 10 at the latest', 'they said by 10 August at the latest', 'they said by August 10 at the latest'],
    // A month named alone in small letters has its capital; "may" and "march" are words too.
    ['booked with atlantic sun for august, as it was august', 'booked with atlantic sun for August, as it was August', 'booked with atlantic sun for August, as it was August'],
    ['we may march on in june', 'we may march on in June', 'we may march on in June'],
    // A range of days is written as one: never "8-August 11".
    ['I stayed 8-11 august. At checkout', 'I stayed 8-11 August. At checkout', 'I stayed August 8-11. At checkout'],
    ['away on Oct 1-3', 'away on 1-3 October', 'away on October 1-3'],
    ['from 8th-11th aug we were away', 'from 8-11 August we were away', 'from August 8-11 we were away'],
    ['closed from 3 to 5 Aug 2026', 'closed from 3 to 5 August 2026', 'closed from August 3 to 5, 2026'],
    ['between 3 and 5 aug', 'between 3 and 5 August', 'between August 3 and 5'],
  ])('"%s"', (typed, british, american) => {
    expect(withDatesWritten(typed, 'en-GB')).toBe(british);
    expect(withDatesWritten(typed, 'en-US')).toBe(american);
  });

  it.each([
    'I may 5 times ask',
    'we march 3 miles to the depot',
    'open Aug 3-5pm only',
    'logged 2026-8-11 aug',
    'arrived at 19:00, 3 hours late',
    'sat 3 nights waiting',
    'they said "Aug 19" on the form',
  ])('keeps "%s"', (typed) => {
    expect(withDatesWritten(typed, 'en-GB')).toBe(typed);
  });

  it('writes a date typed in numbers with its month named, in the order of the writer\'s country', () => {
    expect(withDatesWritten('engineer came on 21/10, nobody came back until 30/10', 'en-GB', true)).toBe('engineer came on 21 October, nobody came back until 30 October');
    expect(withDatesWritten('fitted on 5/10 and paid 12/10/26', 'en-GB', true)).toBe('fitted on 5 October and paid on 12 October 2026');
    expect(withDatesWritten('fitted on 5/10 and paid 12/10/26', 'en-US', true)).toBe('fitted on May 10 and paid on December 10, 2026');
    // Only one order makes a date: it is read that way wherever the writer lives.
    expect(withDatesWritten('came on 10/21', 'en-GB', true)).toBe('came on 21 October');
    expect(withDatesWritten('came on 21/10', 'en-US', true)).toBe('came on October 21');
    // Canadians write both orders: only a date that reads one way is rewritten.
    expect(withDatesWritten('came on 5/10, left on 25/10', 'en-CA', true)).toBe('came on 5/10, left on October 25');
    expect(withDatesWritten('between 3/10 and 5/10', 'en-GB', true)).toBe('between 3 October and 5 October');
    // A part, a score, a number and a day that is no date stay as typed.
    for (const typed of ['3/4 of the rooms were cleaned', 'rated it 4/5', 'order 12/34', 'ref 1/2/3', 'on 31/11 they said', 'on 12/10.5 litres']) {
      expect(withDatesWritten(typed, 'en-GB', true)).toBe(typed);
    }
  });

  it('writes a short month in full before what it dates ("my oct bill")', () => {
    expect(withDatesWritten('charged on my oct bill, and the nov bill has no credit', 'en-CA')).toBe('charged on my October bill, and the November bill has no credit');
    // A short month that is a word too stays as typed.
    expect(withDatesWritten('the may bill and my mar statement', 'en-GB')).toBe('the may bill and my mar statement');
  });

  it('says "on" before a day named straight after a verb or a noun in a sentence', () => {
    expect(withDatesWritten('had a new combi boiler fitted 15th sept', 'en-GB', true)).toBe('had a new combi boiler fitted on 15 September');
    expect(withDatesWritten('booked 3 oct for 20 oct', 'en-GB', true)).toBe('booked on 3 October for 20 October');
    expect(withDatesWritten('fitted Sept 12th, 2026', 'en-US', true)).toBe('fitted on September 12, 2026');
    // Never after a word of time, a comma, a number, a day's name, "dated", at the start, or in a range.
    for (const typed of ['since 3 oct, 4 oct', '5 oct was fine', 'stayed 8-11 aug', 'Friday 15 oct', 'charged £40 15 oct', 'invoice dated 3 oct', 'from 3 oct until 5 oct', 'the deadline was 5 oct', 'fitted the 15th of sept']) {
      expect(withDatesWritten(typed, 'en-GB', true)).not.toMatch(/\bon \d/);
    }
    // A month and its year: "in" it.
    expect(withDatesWritten('windows fitted sept 2024 with a guarantee, since Oct 2025', 'en-GB', true)).toBe('windows fitted in September 2024 with a guarantee, since October 2025');
    expect(withDatesWritten('the May 2024 bill, Sept 2024-2025', 'en-GB', true)).toBe('the May 2024 bill, Sept 2024-2025');
    // What is named, not told, keeps its date as it is: "Fuel receipt 17 July".
    expect(withDatesWritten('Fuel receipt 17 jul', 'en-GB')).toBe('Fuel receipt 17 July');
  });
});
