// How values are written in a letter. Dates and money follow the letter's locale (Intl);
// the words that join a list are the template's own (the built-in templates are English).
//
// Spaces: Intl puts a no-break space between an amount and its currency in many locales
// (`1.200,00 $` in de-DE) and a narrow no-break space (U+202F) between thousands in fr-FR.
// Letters keep no-break spaces, so an amount is never split over two lines when a mail
// program wraps the text, and they paste as ordinary text everywhere. The narrow one is
// written as an ordinary no-break space (U+00A0), which every font has.
import { formatDate as formatCalendarDate } from '../case/dates.js';
import { commonMoney } from '../util/common-locales.js';
import { rememberedIn } from '../util/remember.js';

export const NO_BREAK_SPACE = '\u00A0';

/** One kind of no-break space, and no other invisible spacing characters. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u202F\u2007\u2009]/g, NO_BREAK_SPACE);
}

/** Intl's `useGrouping: 'always'` (Node 20 has it; the TypeScript library's types do not yet). */
const ALWAYS_GROUPED = { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;

const moneyFormatters = new Map<string, Intl.NumberFormat | null>();

function moneyFormatter(currency: string, locale: string): Intl.NumberFormat | null {
  const key = `${locale}|${currency}`;
  let formatter = moneyFormatters.get(key);
  if (formatter === undefined) {
    try {
      // Money is grouped in thousands however short it is: "1.120,00 €" as Spanish invoices write it, not "1120,00 €".
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'symbol', numberingSystem: 'latn', ...ALWAYS_GROUPED });
    } catch {
      formatter = null; // not a currency (or locale) Intl knows
    }
    moneyFormatters.set(key, formatter);
  }
  return formatter;
}

/** Amounts written before, by locale and currency: a letter names the same amount several times, a batch thousands of times. */
const amounts = new Map<string, Map<number, string>>();

/** `$1,200.00` (en-US, USD), `US$1,200.00` (en-GB, USD), `1.200,00 $` (de-DE, USD). */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return rememberedIn(amounts, locale + currency, amount, () => writeMoney(amount, currency, locale));
}

/** Currencies without a smaller unit in use. */
const WHOLE_UNITS = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'UGX', 'XOF', 'XAF', 'PYG', 'RWF', 'KMF', 'GNF', 'BIF', 'DJF', 'VUV', 'XPF', 'HUF', 'TWD']);

function writeMoney(amount: number, typedCurrency: string, locale: string): string {
  const currency = typedCurrency.toUpperCase();
  // An amount finer than the currency's smallest unit ("240.5" yen) is written as given, never rounded up or down.
  const finer = WHOLE_UNITS.has(currency) ? !Number.isInteger(amount) : Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6;
  if (finer) {
    try {
      return normalizeSpaces(new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'symbol', numberingSystem: 'latn', maximumFractionDigits: 3, ...ALWAYS_GROUPED }).format(amount));
    } catch {
      return `${amount}${NO_BREAK_SPACE}${currency}`;
    }
  }
  const common = commonMoney(amount, currency, locale);
  if (common !== undefined) return normalizeSpaces(common);
  const formatter = moneyFormatter(currency, locale);
  if (!formatter) return `${amount.toFixed(2)}${NO_BREAK_SPACE}${typedCurrency}`;
  return normalizeSpaces(formatter.format(amount));
}

/** `16 November 2026` (en-GB), `November 16, 2026` (en-US), `16. November 2026` (de-DE). */
export function formatDate(iso: string, locale: string): string {
  return rememberedIn(dates, locale, iso, () => {
    try {
      const written = normalizeSpaces(formatCalendarDate(iso, locale));
      // French writes the first of the month as an ordinal: "1er mars 2026".
      return /^fr\b/i.test(locale) ? written.replace(/^1(\s)/, '1er$1') : written;
    } catch {
      return iso;
    }
  });
}

/** Dates written before, by locale. */
const dates = new Map<string, Map<string, string>>();

/**
 * "a", "a and b", "a, b and c": the template's own joining word (default "and"), so an
 * English letter reads as English whatever the locale, and `{{list items "und"}}` works
 * for a German template.
 */
export function joinList(items: readonly string[], word = 'and'): string {
  const kept = items.filter((item) => item !== '');
  if (kept.length <= 1) return kept[0] ?? '';
  return `${kept.slice(0, -1).join(', ')} ${word} ${kept[kept.length - 1]}`;
}

/** The locale's own list style ("a, b und c" in de-DE), for code that writes in the locale's language. */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
  } catch {
    return joinList(items, type === 'conjunction' ? 'and' : 'or');
  }
}

const englishOrdinals = new Intl.PluralRules('en-US', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1st, 2nd, 3rd, 4th, 11th, 21st, 112th in English; 1er, 2e (fr); 1., 2. (de); 1.º, 2.º (es): the letter's language. */
export function ordinal(n: number, language = 'en'): string {
  if (language === 'fr') return n === 1 ? '1er' : `${n}e`;
  if (language === 'de') return `${n}.`;
  if (language === 'es') return `${n}.º`;
  return `${n}${ORDINAL_SUFFIX[englishOrdinals.select(n)] ?? 'th'}`;
}
