// The tables for common locales must write exactly what Intl writes, or they would change
// letters depending on which path a value took.
import { describe, expect, it } from 'vitest';
import { commonLongDate, commonMoney, isCommonLocale } from '../../src/util/common-locales.js';
import { formatDate, formatMoney } from '../../src/letter/format-values.js';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'CHF'];

/** A small, repeatable stream of numbers (no Math.random: a failure must be reproducible). */
function* numbers(count: number): Generator<number> {
  let seed = 20261201;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const scale = [1, 10, 100, 1000, 1e4, 1e6, 1e9][seed % 7]!;
    const decimals = [0, 1, 2, 3, 4][(seed >> 3) % 5]!;
    yield Number(((seed / 2147483648) * scale).toFixed(decimals));
  }
}

describe('common locales', () => {
  it('write every date of 1999-2031 as Intl does', () => {
    let compared = 0;
    for (const locale of LOCALES) {
      const intl = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2031, 11, 31); t += 86_400_000 * 3) {
        const iso = new Date(t).toISOString().slice(0, 10);
        expect(commonLongDate(iso, locale), `${locale} ${iso}`).toBe(intl.format(new Date(t)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('write money as Intl does, rounding included', () => {
    const special = [0, 0.005, 0.5, 1.005, 1.015, 2.675, 0.125, 999.995, 999_999.995, 1234567.891, 2.5, 3.5, 1e9, 0.1 + 0.2];
    for (const locale of LOCALES) {
      for (const currency of CURRENCIES) {
        const intl = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'symbol' });
        for (const amount of [...special, ...numbers(400)]) {
          expect(commonMoney(amount, currency, locale), `${locale} ${currency} ${amount}`).toBe(intl.format(amount));
        }
      }
    }
  });

  it('leave other locales, currencies and odd values to Intl', () => {
    expect(commonLongDate('2026-11-16', 'es-ES')).toBeUndefined();
    expect(commonLongDate('0999-11-16', 'en-US')).toBeUndefined();
    expect(commonMoney(10, 'SEK', 'en-US')).toBeUndefined();
    expect(commonMoney(10, 'USD', 'en-IN')).toBeUndefined();
    expect(commonMoney(1e21, 'USD', 'en-US')).toBeUndefined();
    expect(commonMoney(1e-7, 'USD', 'en-US')).toBeUndefined();
    expect(isCommonLocale('en-US')).toBe(true);
    expect(isCommonLocale('toString')).toBe(false);
    // Through the letter helpers, both paths give the same text.
    expect(formatDate('2026-11-16', 'es-ES')).toBe('16 de noviembre de 2026');
    expect(formatMoney(1200, 'usd', 'de-DE')).toBe('1.200,00\u00A0$');
    expect(formatMoney(1200, 'SEK', 'en-US')).toBe('SEK\u00A01,200.00');
  });
});
