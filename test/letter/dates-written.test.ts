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
  ])('"%s"', (typed, british, american) => {
    expect(withDatesWritten(typed, 'en-GB')).toBe(british);
    expect(withDatesWritten(typed, 'en-US')).toBe(american);
  });

  it.each([
    'I may 5 times ask',
    'we march 3 miles to the depot',
    'away on Oct 1-3',
    'arrived at 19:00, 3 hours late',
    'sat 3 nights waiting',
    'they said "Aug 19" on the form',
  ])('keeps "%s"', (typed) => {
    expect(withDatesWritten(typed, 'en-GB')).toBe(typed);
  });
});
