// Money the writer typed with the letter's own currency code or sign is written as the letter writes it.
import { describe, expect, it } from 'vitest';
import { withOwnCurrencyWritten } from '../../src/letter/english/money-written.js';

describe('withOwnCurrencyWritten', () => {
  it.each([
    ['We paid CA$149 for a hotel and CA$62 for meals', 'CAD', 'en-CA', 'We paid $149 for a hotel and $62 for meals'],
    ['paid 149 CAD, then $20 CAD more', 'CAD', 'en-CA', 'paid $149, then $20 more'],
    ['charged USD 89.50 and usd40', 'USD', 'en-US', 'charged $89.50 and $40'],
    ['paid A$1,200 and AU$30', 'AUD', 'en-AU', 'paid $1,200 and $30'],
    ['paid NZ$200', 'NZD', 'en-NZ', 'paid $200'],
    ['paid GBP 120 and 30GBP', 'GBP', 'en-GB', 'paid £120 and £30'],
    ['paid EUR 600', 'EUR', 'en-IE', 'paid €600'],
    // A Canadian dollar in a letter that writes it "CA$" is written so.
    ['paid CAD 149', 'CAD', 'en-US', 'paid CA$149'],
  ])('"%s" (%s, %s)', (typed, currency, locale, written) => expect(withOwnCurrencyWritten(typed, currency, locale)).toBe(written));

  it.each([
    ['a US$50 fee', 'CAD', 'en-CA'],
    ['the CAD drawing took 3 hours', 'CAD', 'en-CA'],
    ['ABC$149 on the invoice', 'CAD', 'en-CA'],
  ])('keeps "%s" (%s)', (typed, currency, locale) => expect(withOwnCurrencyWritten(typed, currency, locale)).toBe(typed));
});

describe('withCaseAmountsWritten', () => {
  it("writes a bare number that is one of the case's amounts as that money", async () => {
    const { withCaseAmountsWritten } = await import('../../src/letter/english/money-written.js');
    expect(withCaseAmountsWritten('We pay 1100 a month. Full 1100 taken anyway', [1100, 760], 'EUR', 'en-IE')).toBe('We pay €1,100 a month. Full €1,100 taken anyway');
    expect(withCaseAmountsWritten('a quote at 1186.40 including tax, 6 lessons (390) not given', [1186.4, 390], 'CAD', 'en-CA')).toBe('a quote at $1,186.40 including tax, 6 lessons ($390) not given');
    // A year, a code, a measure, a number of something, another number, or a small count stay as typed.
    for (const typed of ['in 2026 it broke', 'ref HMA-0390', 'drove 390 miles', 'order 390 never came', 'paid 391', 'we were 100 people', '10/390']) {
      expect(withCaseAmountsWritten(typed, [2026, 390, 100], 'CAD', 'en-CA')).toBe(typed);
    }
  });
});
