import { describe, expect, it } from 'vitest';
import { senderSchema } from '../../src/case/schema.js';
import { useLanguage } from '../../src/wizard/i18n.js';
import type { Language } from '../../src/letter/language/names.js';
import { amountAndPeriod, bySchema, checkAmount, checkCurrency, checkDate, checkLast4, parseAmount, parseDate } from '../../src/wizard/fields.js';

describe('amounts as people type them', () => {
  it.each([
    ['240', 240],
    ['79.98', 79.98],
    ['$240', 240],
    ['240 EUR', 240],
    ['24,90 Euro', 24.9],
    ['49,80 euros', 49.8],
    ['1.200,- €', 1200],
    ['80,-', 80],
    ['20 pounds', 20],
    ['USD 1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['79,98', 79.98],
    ['1,200', 1200],
    ['1,200,000', 1200000],
    ['1.200.000', 1200000],
    ['£ 12.5', 12.5],
    ["1'200.50", 1200.5],
    ['.5', 0.5],
  ])('reads %s as %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['five hundred', '12abc', '1,2,3', '1.2.3', '', '1,20,0', '1.200,50.3', 'Infinity', '0x10', '240 XYZ'])('does not guess at %j', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('says what is wrong in plain words', () => {
    expect(checkAmount()('five hundred')).toBe('"five hundred" is not an amount I can read; write it as a number, e.g. 240 or 79.98.');
    // A dot that could group thousands or mark decimals is asked about, in the wizard's language.
    expect(checkAmount()('1.200')).toBe('"1.200" could mean 1200 or 1.2; write it as 1200, or as 1.2.');
    // In German, French or Spanish a decimal is written "1,2": "1.200" is then a thousand two hundred.
    useLanguage('de');
    try {
      expect(checkAmount()('1.200')).toBeUndefined();
      expect(parseAmount('1.200')).toBe(1200);
      expect(parseAmount('1.849 €')).toBe(1849);
      expect(parseAmount('1,5')).toBe(1.5);
    } finally {
      useLanguage('en');
    }
    expect(checkAmount()('-5')).toMatch(/more than 0/);
    expect(checkAmount()('0')).toMatch(/more than 0/);
    expect(checkAmount()('99999999999')).toMatch(/too large/);
    expect(checkAmount({ lessThan: { amount: 100, what: 'what you paid' } })('100')).toMatch(/less than what you paid \(100\)/);
    expect(checkAmount({ lessThan: { amount: 100, what: 'what you paid' } })('99.99')).toBeUndefined();
  });

  it('refuses an amount finer than the currency can pay, once the currency is known', () => {
    expect(checkAmount({ currency: () => 'USD' })('240.1234')).toBe('"240.1234" is finer than USD can pay; write it as 240.12.');
    expect(checkAmount({ currency: () => 'JPY' })('240.5')).toBe('"240.5" is finer than JPY can pay; write it as 240.');
    expect(checkAmount({ currency: () => 'KWD' })('12.5')).toBeUndefined();
    expect(checkAmount({ currency: () => undefined })('240.1234')).toBeUndefined();
    useLanguage('fr');
    try {
      expect(checkAmount({ currency: () => 'JPY' })('12,5')).toBe('"12,5" est plus précis que ce que permet la devise JPY ; écrivez 12.');
    } finally {
      useLanguage('en');
    }
  });
});

describe('dates', () => {
  it('reads YYYY-MM-DD, short months and days, and today/yesterday', () => {
    expect(parseDate('2026-11-02')).toBe('2026-11-02');
    expect(parseDate('2026-1-2')).toBe('2026-01-02');
    expect(parseDate('2026/11/02')).toBe('2026-11-02');
    expect(parseDate('today', '2026-11-16')).toBe('2026-11-16');
    expect(parseDate('Yesterday', '2026-03-01')).toBe('2026-02-28');
  });

  it('reads a date written as people type it, when it can be read only one way', () => {
    expect(parseDate('14/06/2026')).toBe('2026-06-14');
    expect(parseDate('2 Nov 2026')).toBe('2026-11-02');
    expect(parseDate('November 2, 2026')).toBe('2026-11-02');
    expect(parseDate('the 3rd of October 2026')).toBe('2026-10-03');
    expect(checkDate()('3rd october 2026')).toBeUndefined();
    // Without a year: the one nearest the letter's date.
    expect(parseDate('3rd october', '2026-12-06')).toBe('2026-10-03');
    expect(parseDate('5 jan', '2026-12-20')).toBe('2027-01-05');
    expect(parseDate('Dec 28', '2027-01-04')).toBe('2026-12-28');
    expect(parseDate('29 Feb', '2027-03-01')).toBe('2028-02-29');
    expect(checkDate({ notAfter: { date: '2026-12-06', what: 'the date of the letter' } }, '2026-12-06')('sept 30')).toBeUndefined();
  });

  it('reads month names in the language the wizard speaks', () => {
    const cases: [Language, string, string][] = [
      ['fr', 'le 1er octobre', '2026-10-01'],
      ['fr', '3 fevrier 2026', '2026-02-03'],
      ['de', '3. Okt.', '2026-10-03'],
      ['de', '14. März 2026', '2026-03-14'],
      ['es', '3 de octubre de 2026', '2026-10-03'],
      ['es', '5 dic', '2026-12-05'],
    ];
    for (const [language, typed, date] of cases) {
      useLanguage(language);
      try {
        expect(parseDate(typed, '2026-12-06'), typed).toBe(date);
      } finally {
        useLanguage('en');
      }
    }
    useLanguage('fr');
    try {
      // "jui" is juin or juillet.
      expect(parseDate('3 jui', '2026-12-06')).toBeUndefined();
      expect(checkDate()('3 jui')).toBe('Je ne sais pas lire la date "3 jui" ; écrivez-la comme 3 octobre 2026 ou 2026-10-03.');
    } finally {
      useLanguage('en');
    }
  });

  it('asks for the day when only a month is typed, with that month as the example, in every language', () => {
    expect(checkDate({}, '2026-12-06')('jan 2026')).toBe('"jan 2026" names a month but not the day: type the day too, like 3 January 2026.');
    expect(checkDate({}, '2026-12-06')('in October')).toBe('"in October" names a month but not the day: type the day too, like 3 October 2026.');
    const said: [string, string, string][] = [
      ['fr', 'en août', '"en août" donne le mois mais pas le jour : ajoutez le jour, comme 3 août 2026.'],
      ['de', 'im März 2025', '"im März 2025" nennt den Monat, aber nicht den Tag: geben Sie auch den Tag an, etwa 3. März 2025.'],
      ['es', 'en octubre', '"en octubre" indica el mes, pero no el día: escriba también el día, como 3 de octubre de 2026.'],
    ];
    for (const [language, typed, message] of said) {
      useLanguage(language as 'fr' | 'de' | 'es');
      try {
        expect(checkDate({}, '2026-12-06')(typed)!.replace(/[\u00A0\u202F]/g, ' ')).toBe(message);
      } finally {
        useLanguage('en');
      }
    }
    // Words that are no month keep the general message.
    expect(checkDate({}, '2026-12-06')('recently')).toMatch(/is not a date I can read/);
  });

  it('refuses dates that do not exist or can be read two ways', () => {
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('02/11/2026')).toBeUndefined();
    expect(parseDate('31 Feb 2026')).toBeUndefined();
    expect(checkDate()('02/11/2026')).toMatch(/could be 2 November or February 11; write it year first: 2026-11-02 .*, or 2026-02-11/);
    expect(checkDate()('next tuesday')).toBe('"next tuesday" is not a date I can read; write it like 3 October 2026 or 2026-10-03.');
    expect(checkDate()('2026-02-30')).toMatch(/not a real calendar date/);
    expect(checkDate()('2026-13-01')).toMatch(/not a real calendar date/);
    expect(checkDate()('0099-12-01')).toMatch(/outside the years redress writes letters for \(1900 to 2199\)/);
  });

  it('checks the order of dates against the letter', () => {
    const notAfter = checkDate({ notAfter: { date: '2026-11-16', what: 'the date of the letter' } }, '2026-11-16');
    expect(notAfter('2026-11-17')).toMatch(/after the date of the letter \(2026-11-16\)/);
    expect(notAfter('2026-11-16')).toBeUndefined();
    const after = checkDate({ after: { date: '2026-11-16', what: 'the date of the letter' } }, '2026-11-16');
    expect(after('2026-11-16')).toMatch(/needs to be after/);
    expect(after('2026-11-17')).toBeUndefined();
  });

  it('shows a typed value safely in its message', () => {
    expect(checkDate()('2026-02-30')).toContain('"2026-02-30"');
  });
});

describe('other fields', () => {
  it('checks e-mail addresses and lengths with the case schema', () => {
    const email = bySchema(senderSchema.shape.email);
    expect(email('alex@example.com')).toBeUndefined();
    expect(email('alex at example')).toMatch(/^That is not an e-mail address; write it like name@example.com\.$/);
    expect(bySchema(senderSchema.shape.name)('x'.repeat(201))).toMatch(/^That is too long \(at most 200 characters\)\.$/);
  });

  it('checks currency codes and card digits', () => {
    expect(checkCurrency('eur')).toBeUndefined();
    expect(checkCurrency('euro')).toMatch(/three-letter/);
    expect(checkCurrency('XYZ')).toMatch(/not a currency code I know/);
    expect(checkLast4('0042')).toBeUndefined();
    expect(checkLast4('42')).toMatch(/last four digits/);
  });
});

describe('an amount typed with how often it is charged', () => {
  it.each([
    ['£29.99 a month', '£29.99', 'month'],
    ['29.99 per month', '29.99', 'month'],
    ['$15/mo', '$15', 'month'],
    ['1,200 pcm', '1,200', 'month'],
    ['40 EUR a week', '40 EUR', 'week'],
    ['29,99 € par mois', '29,99 €', 'month'],
    ['49,90 € pro Monat', '49,90 €', 'month'],
    ['30 € al mes', '30 €', 'month'],
    ['120 a year', '120', 'year'],
    ['19.99 monthly', '19.99', 'month'],
    ['55 every two weeks', '55', 'fortnight'],
  ])('%s', (typed, amount, period) => {
    expect(amountAndPeriod(typed)).toEqual({ amount, period });
    expect(checkAmount({ period: true })(typed)).toBeUndefined();
  });

  it('keeps an answer whose words name no period, and reads a period only where one may follow', () => {
    expect(amountAndPeriod('240 EUR')).toEqual({ amount: '240 EUR' });
    expect(amountAndPeriod('240 for the deposit')).toEqual({ amount: '240 for the deposit' });
    expect(checkAmount({ period: true })('240 for the deposit')).toMatch(/not an amount I can read/);
    expect(checkAmount()('£29.99 a month')).toMatch(/not an amount I can read/);
  });
});
