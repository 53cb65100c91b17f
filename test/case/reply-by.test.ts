// The reply-by date a letter gives when the writer gave a number of days: a working day.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workingDayAfter } from '../../src/case/dates.js';
import { redress, tempDir } from '../support/cli.js';

describe('a reply-by date counted in days', () => {
  it('is the day that many days later when the business is open that day', () => {
    expect(workingDayAfter('2026-11-16', 14)).toBe('2026-11-30'); // a Monday
    expect(workingDayAfter('2026-11-02', 4)).toBe('2026-11-06'); // a Friday
  });
  it('moves from a Saturday or a Sunday to the Monday after', () => {
    expect(workingDayAfter('2026-11-01', 6)).toBe('2026-11-09'); // Saturday 7 November
    expect(workingDayAfter('2026-11-01', 7)).toBe('2026-11-09'); // Sunday 8 November
  });
  it('moves from the days of Christmas and New Year to the first working day after them', () => {
    expect(workingDayAfter('2026-12-11', 14)).toBe('2027-01-04'); // Friday 25 December 2026; Saturday 2 January
    expect(workingDayAfter('2026-12-14', 14)).toBe('2027-01-04'); // Monday 28 December 2026, Boxing Day's holiday in most countries
    expect(workingDayAfter('2026-12-10', 14)).toBe('2026-12-24'); // Thursday 24 December 2026 is a working day
    expect(workingDayAfter('2027-12-18', 14)).toBe('2028-01-03'); // Saturday 1 January 2028, then Sunday
    expect(workingDayAfter('2025-12-18', 14)).toBe('2026-01-02'); // Thursday 1 January 2026
    expect(workingDayAfter('2026-12-09', 14)).toBe('2026-12-23'); // Wednesday 23 December is a working day
  });
});

describe('a reply-by date moved past the holidays', () => {
  const draft = (date: string, deadline = '') => {
    const dir = tempDir();
    try {
      writeFileSync(
        dir.path('case.yaml'),
        [
          'sender: {name: Jo Bloggs, email: jo@example.com, country: GB}',
          'recipient: {company: Acme Gyms}',
          'purchase: {item: gym membership, kind: subscription, amount: 30}',
          'story: {circumstances: I cancelled in August, expectations: no more payments, outcome: they kept charging me}',
          `request: {remedy: refund${deadline}}`,
          `letter: {date: ${date}}`,
        ].join('\n'),
      );
      return redress(['draft', '--from', dir.path('case.yaml')], { env: { NO_COLOR: '1' } });
    } finally {
      dir.cleanup();
    }
  };

  it('says so on the terminal, and how to choose another date', () => {
    const r = draft('2026-12-14');
    expect(r.stdout).toContain('Please reply by 4 January 2027');
    expect(r.stderr).toContain("14 days after the letter's date falls in the Christmas and New Year holidays");
    expect(r.stderr).toContain('set request.deadline');
  });

  it('says nothing of a weekend, or of a date the writer chose', () => {
    expect(draft('2026-11-01', ', deadlineDays: 6').stderr).not.toContain('holidays');
    expect(draft('2026-12-14', ', deadline: 2026-12-29').stderr).not.toContain('holidays');
  });
});
