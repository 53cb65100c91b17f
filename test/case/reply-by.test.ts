// The reply-by date a letter gives when the writer gave a number of days: a working day.
import { describe, expect, it } from 'vitest';
import { workingDayAfter } from '../../src/case/dates.js';

describe('a reply-by date counted in days', () => {
  it('is the day that many days later when the business is open that day', () => {
    expect(workingDayAfter('2026-11-16', 14)).toBe('2026-11-30'); // a Monday
    expect(workingDayAfter('2026-11-02', 4)).toBe('2026-11-06'); // a Friday
  });
  it('moves from a Saturday or a Sunday to the Monday after', () => {
    expect(workingDayAfter('2026-11-01', 6)).toBe('2026-11-09'); // Saturday 7 November
    expect(workingDayAfter('2026-11-01', 7)).toBe('2026-11-09'); // Sunday 8 November
  });
  it('moves from Christmas Day and New Year\'s Day, and the weekend after them', () => {
    expect(workingDayAfter('2026-12-11', 14)).toBe('2026-12-28'); // Friday 25 December 2026, then a weekend
    expect(workingDayAfter('2027-12-18', 14)).toBe('2028-01-03'); // Saturday 1 January 2028, then Sunday
    expect(workingDayAfter('2025-12-18', 14)).toBe('2026-01-02'); // Thursday 1 January 2026
  });
});
