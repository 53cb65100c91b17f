// Dates and money for the most common letter locales, written exactly as Intl writes them
// (test/letter/common-locales.test.ts compares the two over thousands of values). The first
// Intl date or number formatter of a process costs about 15 ms while ICU loads its data:
// more than the rest of a letter takes. Other locales and currencies go to Intl, so the
// tables only need to be right, not complete.

interface LocaleTable {
  months: readonly string[];
  date: (day: number, month: string, year: number) => string;
  group: string;
  decimal: string;
  /** Currency signs as Intl writes them with `currencyDisplay: 'symbol'`. */
  symbols: Readonly<Record<string, string>>;
  /** The sign before the amount (`$1.00`, `CHF 1.00`) or after it (`1,00 $`). */
  signFirst: boolean;
}

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const GERMAN_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const TABLES: Readonly<Record<string, LocaleTable>> = {
  'en-US': {
    months: ENGLISH_MONTHS,
    date: (day, month, year) => `${month} ${day}, ${year}`,
    group: ',',
    decimal: '.',
    symbols: { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'A$', JPY: '¥', CHF: `CHF${NBSP}` },
    signFirst: true,
  },
  'en-GB': {
    months: ENGLISH_MONTHS,
    date: (day, month, year) => `${day} ${month} ${year}`,
    group: ',',
    decimal: '.',
    symbols: { USD: 'US$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'A$', JPY: 'JP¥', CHF: `CHF${NBSP}` },
    signFirst: true,
  },
  'de-DE': {
    months: GERMAN_MONTHS,
    date: (day, month, year) => `${day}. ${month} ${year}`,
    group: '.',
    decimal: ',',
    symbols: { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'AU$', JPY: '¥', CHF: 'CHF' },
    signFirst: false,
  },
  'fr-FR': {
    months: FRENCH_MONTHS,
    date: (day, month, year) => `${day} ${month} ${year}`,
    group: NARROW_NBSP,
    decimal: ',',
    symbols: { USD: '$US', EUR: '€', GBP: '£GB', CAD: '$CA', AUD: '$AU', JPY: 'JPY', CHF: 'CHF' },
    signFirst: false,
  },
};

/** Digits after the decimal point for the currencies in the tables. */
const FRACTION_DIGITS: Readonly<Record<string, number>> = { USD: 2, EUR: 2, GBP: 2, CAD: 2, AUD: 2, JPY: 0, CHF: 2 };

/** True for a locale tag the tables write (such a locale is certainly one Intl knows). */
export function isCommonLocale(locale: string): boolean {
  return Object.prototype.hasOwnProperty.call(TABLES, locale);
}

/** `November 16, 2026` for a `YYYY-MM-DD` date in a common locale; undefined for any other. */
export function commonLongDate(iso: string, locale: string): string | undefined {
  if (!isCommonLocale(locale)) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || match[1]!.startsWith('0')) return undefined;
  const table = TABLES[locale]!;
  const month = table.months[Number(match[2]) - 1];
  return month === undefined ? undefined : table.date(Number(match[3]), month, Number(match[1]));
}

/**
 * `amount` rounded to `digits` decimals as Intl rounds: half away from zero, on the shortest
 * decimal that reads back as the same number (1.005 -> "1.01", where toFixed gives "1.00").
 * Undefined for what that cannot take (exponents, negatives).
 */
function roundedDigits(amount: number, digits: number): { whole: string; fraction: string } | undefined {
  const text = String(amount);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const all = match[1]! + (match[2] ?? '').padEnd(digits + 1, '0');
  const kept = all.slice(0, match[1]!.length + digits);
  const roundUp = all.charCodeAt(match[1]!.length + digits) >= 0x35; /* "5" */
  let value = BigInt(kept);
  if (roundUp) value += 1n;
  const padded = value.toString().padStart(digits + 1, '0');
  return { whole: padded.slice(0, padded.length - digits), fraction: padded.slice(padded.length - digits) };
}

/** `$1,200.00` for an amount in a common locale and currency; undefined for any other. */
export function commonMoney(amount: number, currency: string, locale: string): string | undefined {
  const table = TABLES[locale];
  const digits = FRACTION_DIGITS[currency];
  const sign = table?.symbols[currency];
  if (!table || digits === undefined || sign === undefined || !Number.isFinite(amount) || amount < 0 || amount >= 1e15) return undefined;
  const rounded = roundedDigits(amount, digits);
  if (!rounded) return undefined;
  const whole = rounded.whole.replace(/\B(?=(\d{3})+$)/g, table.group);
  const number = digits > 0 ? `${whole}${table.decimal}${rounded.fraction}` : whole;
  return table.signFirst ? `${sign}${number}` : `${number}${NBSP}${sign}`;
}
