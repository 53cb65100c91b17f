import { formatDate } from '../case/dates.js';

const moneyFormatters = new Map<string, Intl.NumberFormat>();

/** `$1,200.00` (en-US, USD), `£99.90` (en-GB, GBP), `1.200,00 $` (de-DE, USD). */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'symbol' });
    moneyFormatters.set(key, formatter);
  }
  return formatter.format(amount);
}

/** "a, b and c" in the letter's language. */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export { formatDate };
