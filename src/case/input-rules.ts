// How amounts and dates may be written, in the wizard and in case files alike. What is
// unambiguous is read ("£2,400", "1.200,50", "2026-6-14"); anything else gets one message
// that shows how to write it. The JSON Schema's patterns are built from the same pieces,
// so an editor accepts exactly the forms redress reads.
import { isCalendarDate } from './dates.js';

export const MAX_AMOUNT = 1_000_000_000;

/** The years redress writes letters for: wide enough for any purchase, narrow enough that a reply-by date stays a real date. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

let currencies: Set<string> | undefined;

export function isKnownCurrency(code: string): boolean {
  try {
    currencies ??= new Set(Intl.supportedValuesOf('currency'));
    return currencies.has(code);
  } catch {
    return /^[A-Z]{3}$/.test(code);
  }
}

// ---- amounts ---------------------------------------------------------------------------

/** Money symbols and the currencies each may stand for ("$" is many dollars). */
const SYMBOLS: Record<string, readonly string[]> = {
  '$': ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'],
  'us$': ['USD'], 'c$': ['CAD'], 'ca$': ['CAD'], 'a$': ['AUD'], 'au$': ['AUD'], 'nz$': ['NZD'], 'hk$': ['HKD'], 's$': ['SGD'],
  '£': ['GBP'], '€': ['EUR'], '¥': ['JPY', 'CNY'], '₹': ['INR'], '₩': ['KRW'], '₺': ['TRY'], '₪': ['ILS'],
  'zł': ['PLN'], 'kr': ['SEK', 'NOK', 'DKK', 'ISK'], 'r$': ['BRL'], 'chf': ['CHF'],
  // The currency's name, as people type it after the number ("24,90 Euro", "49,80 euros", "£20 pounds" aside).
  euro: ['EUR'], euros: ['EUR'], pound: ['GBP'], pounds: ['GBP'],
  dollar: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'], dollars: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'],
};

/**
 * For a currency given by its sign or name ("£", "euros") instead of its code: how to write
 * it ("write its code instead: GBP"); undefined for anything else.
 */
export function currencyCodeFor(written: string): string | undefined {
  const codes = SYMBOLS[written.trim().toLowerCase()];
  if (codes === undefined || codes.includes(written.trim().toUpperCase())) return undefined;
  if (codes.length === 1) return `names a currency; write its three-letter code instead: ${codes[0]}`;
  return `may be one of several currencies; write the three-letter code of yours instead: ${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;
}

const MARK = String.raw`[A-Za-z]{3}|[A-Za-z]{1,2}\$|[$£€¥₹₩₺₪]|zł|kr|[Ee]uros?|EUROS?|[Pp]ounds?|POUNDS?|[Dd]ollars?|DOLLARS?`;
const GROUP = String.raw`[ '’\u00a0\u202f]`;
/** A number as people write it: 240, 79.98, 79,98, 1,200.50, 1.200,50, 1 200,50, 1'200.50. */
const NUMBER = [
  String.raw`\d+(?:\.\d+)?`,
  String.raw`\.\d+`,
  String.raw`\d+,\d{1,2}`,
  String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?`,
  String.raw`\d{1,3}(?:\.\d{3})+,\d+`,
  String.raw`\d{1,3}(?:\.\d{3}){2,}`,
  String.raw`\d{1,3}(?:${GROUP}\d{3})+(?:[.,]\d+)?`,
  // "1.200,-", "80,-": whole euros, as German and Austrian prices are written.
  String.raw`\d{1,3}(?:\.\d{3})*,-`,
  String.raw`\d+,-`,
].join('|');

/** An amount written as text, with or without a currency: the pattern for the JSON Schema. */
export const AMOUNT_PATTERN = String.raw`^\s*(?:(?:${MARK})\s*(?:${NUMBER})(?:\s*[A-Za-z]{3})?|(?:${NUMBER})\s*(?:${MARK})?|\d{1,6}\s*(?:[pPcC]|ct|cts|cents?|pence)\.?)\s*$`;

let amountShape: RegExp | undefined;
const PLAIN_NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
/** One to three digits (not a lone 0), a dot and three digits, and nothing else around the number but a currency. */
const THOUSAND_OR_DECIMAL = /^\s*(?:[^\d\s.,]{1,3}\s*)?([1-9]\d{0,2})\.(\d{3})(?:\s*[^\d\s.,]{1,3})?\s*$/;
/** "1,500" from a writer whose decimals take a comma: one and a half, or fifteen hundred written the English way. */
const THOUSAND_OR_DECIMAL_COMMA = /^\s*(?:[^\d\s.,]{1,3}\s*)?([1-9]\d{0,2}),(\d{3})(?:\s*[^\d\s.,]{1,3})?\s*$/;

/**
 * For a writer whose decimals take a comma (France, Germany, Spain): "1,500" may be 1,5 (one
 * and a half, to three decimals) or 1500 grouped the English way. Money is rarely written to
 * three decimals, but a letter must not guess a sum a thousand times too large: it is asked,
 * as "1.500" is asked of a writer whose decimals take a dot.
 */
export function ambiguousForDecimalComma(written: string): string | undefined {
  const grouped = THOUSAND_OR_DECIMAL_COMMA.exec(written);
  if (!grouped) return undefined;
  const thousands = `${grouped[1]}${grouped[2]}`;
  const decimal = `${grouped[1]},${grouped[2].replace(/0+$/, '') || '0'}`;
  return `could mean ${thousands} or ${decimal}; write it as ${thousands}${/,\d{3}$/.test(decimal) ? '' : `, or as ${decimal}`}`;
}

export type AmountReading =
  | { ok: true; value: number; /** The currency mark as written, e.g. "£" or "EUR". */ mark?: string; /** The currencies the mark may stand for. */ currencies?: readonly string[] }
  | { ok: false; message: string };

const AMOUNT_HELP = 'write it as a number, e.g. 240 or 79.98';

/**
 * Reads an amount as written: 240, 79.98, £2,400, 1.200,50 €, 240 EUR. `decimalComma`: the
 * writer writes decimals with a comma (79,98), so a dot in "1.200" can only group thousands.
 */
export function readAmount(input: string | number, { decimalComma = false }: { decimalComma?: boolean } = {}): AmountReading {
  if (typeof input === 'number') return { ok: true, value: input };
  // "1.200": a thousand two hundred where a dot groups thousands (Germany, Spain, Italy…), one
  // point two elsewhere. Money is rarely written to three decimals, so it is asked, not guessed.
  const commaGrouped = decimalComma ? ambiguousForDecimalComma(input) : undefined;
  if (commaGrouped) return { ok: false, message: commaGrouped };
  const grouped = THOUSAND_OR_DECIMAL.exec(input);
  if (grouped && decimalComma) return readAmount(input.replace(`${grouped[1]}.${grouped[2]}`, `${grouped[1]}${grouped[2]}`));
  if (grouped) {
    const thousands = `${grouped[1]}${grouped[2]}`;
    const decimal = plainNumber(Number(`${grouped[1]}.${grouped[2]}`));
    // "1.2" says itself; "1.849" would be the same question again.
    const orDecimal = /\.\d{3}$/.test(decimal) ? '' : `, or as ${decimal}`;
    return { ok: false, message: `could mean ${thousands} or ${decimal}; write it as ${thousands}${orDecimal}` };
  }
  if (PLAIN_NUMBER.test(input)) return { ok: true, value: Number(input) };
  // "40p", "99c", "50 cents": pence and cents are hundredths, whatever the currency.
  const hundredths = /^\s*(\d{1,6})\s*(?:p|c|ct|cts|cents?|pence)\.?\s*$/i.exec(input);
  if (hundredths) return { ok: true, value: Number(hundredths[1]) / 100 };
  amountShape ??= new RegExp(`^\\s*(?:(${MARK})\\s*(${NUMBER})|(${NUMBER})\\s*(${MARK})?)\\s*$`);
  // "$50 CAD", "$1,180 NZD": a symbol, and after the number the code that says which of its currencies.
  const symbolAndCode = /^\s*([^\d\s]{1,3})\s*(\d[\d.,'\s]*?)\s*([A-Za-z]{3})\s*$/.exec(input);
  if (symbolAndCode && SYMBOLS[symbolAndCode[1]!.toLowerCase()]?.includes(symbolAndCode[3]!.toUpperCase())) {
    const read = readAmount(`${symbolAndCode[2]} ${symbolAndCode[3]}`, { decimalComma });
    if (read.ok) return read;
  }
  const match = amountShape.exec(input);
  // "$2.4k", "3K": thousands, offered back written in full (never "$2.4").
  const inThousands = match ? null : /^\s*([^\d\s]{0,3})\s*(\d{1,3}(?:[.,]\d{1,3})?)\s*[kK]\s*$/.exec(input);
  if (inThousands) {
    const full = Math.round(Number(inThousands[2]!.replace(',', '.')) * 1000);
    return { ok: false, message: `is not an amount I can read; write it in full, as ${inThousands[1]}${full}` };
  }
  if (!match) {
    // A number among words ("about 2400", "2400 approx", "ca. 90 €") is offered back without the words.
    const among = /^[\p{L}\s.~≈:]*?([^\p{L}\s.~≈:]*\d[\d.,'\s]*[^\p{L}\d\s.,]*)[\p{L}\s.]*$/u.exec(input);
    const number = among?.[1]!.trim().replace(/[.,]$/, '');
    const guess = number !== undefined && number !== '' && number !== input.trim() ? readAmount(number, { decimalComma }) : undefined;
    const hint = guess?.ok ? `write it as ${number} (without other words)` : decimalComma ? 'write it as a number, e.g. 240 or 79,98' : AMOUNT_HELP;
    return { ok: false, message: `is not an amount I can read; ${hint}` };
  }
  const mark = match[1] ?? match[4];
  const value = numberValue((match[2] ?? match[3])!);
  if (mark === undefined) return { ok: true, value };
  const lower = mark.toLowerCase();
  const symbol = SYMBOLS[lower];
  if (symbol) return { ok: true, value, mark, currencies: symbol };
  const code = mark.toUpperCase();
  if (/^[A-Z]{3}$/.test(code) && isKnownCurrency(code)) return { ok: true, value, mark: code, currencies: [code] };
  return { ok: false, message: `names a currency I do not know (${mark}); ${AMOUNT_HELP}, and give the currency as purchase.currency` };
}

/** Whether `locale` writes decimals with a comma (de-DE, fr-FR, es-ES, nb-NO), as Intl says. */
export function localeWritesDecimalComma(locale: string): boolean {
  try {
    return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',';
  } catch {
    return false;
  }
}

/** "1.200,50" -> 1200.5: the later of "." and "," is the decimal mark; "1,200" is a thousand. */
function numberValue(text: string): number {
  if (text.endsWith(',-')) return Number(text.slice(0, -2).replace(/\./g, ''));
  const digits = text.replace(new RegExp(GROUP, 'g'), '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    normal = `${digits.slice(0, decimalAt).replace(/[.,]/g, '')}.${digits.slice(decimalAt + 1)}`;
  } else if (lastComma >= 0) {
    normal = /^\d+,\d{1,2}$/.test(digits) ? digits.replace(',', '.') : digits.replace(/,/g, '');
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits)) {
    normal = digits.replace(/\./g, '');
  } else {
    normal = digits;
  }
  return Number(normal);
}

/** 240 -> "240", 79.98 -> "79.98". */
export function plainNumber(amount: number): string {
  return String(Math.round(amount * 1e6) / 1e6);
}

const minorDigits = new Map<string, number>();
const CENTS = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'MXN', 'ZAR', 'SGD', 'HKD', 'INR', 'BRL', 'CNY', 'AED', 'RON', 'BGN']);

/** How many digits a currency has after the decimal point: 2 for USD, 0 for JPY (asked of Intl only when needed). */
export function currencyDigits(currency: string): number {
  // The currencies of the countries redress knows, and their neighbours', have cents: asking Intl
  // would load its currency data (milliseconds) on every letter.
  if (CENTS.has(currency)) return 2;
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigits.set(currency, digits);
  }
  return digits;
}

/**
 * Why `amount` is no sum `currency` can pay, or undefined: below its smallest coin, or finer
 * than it ("240.123" dollars, "240.5" yen). Said after the field's name.
 */
export function unpayableAmount(amount: number, currency: string): string | undefined {
  const digits = currencyDigits(currency);
  const scaled = amount * 10 ** digits;
  // Binary fractions: 79.98 * 100 is 7997.999…; a real extra digit is off by at least 0.1 of a unit.
  if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, scaled)) return undefined;
  const unit = 10 ** -digits;
  if (amount < unit) return `is less than ${unit.toFixed(digits)} ${currency}, the smallest amount in that currency, so the letter would ask for nothing; check the amount`;
  const lower = Math.floor(scaled) / 10 ** digits;
  const shown = lower.toFixed(digits);
  if (digits === 0) return `${plainNumber(amount)} has a fraction of a unit, but ${currency} is paid in whole units; write a whole number, such as ${shown}`;
  return `${plainNumber(amount)} has more decimal places than ${currency} has (${digits}); write it as an amount that can be paid, such as ${shown}`;
}


// ---- dates -----------------------------------------------------------------------------

const MONTH = String.raw`(?:0?[13578]|1[02])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[469]|11)[-/.](?:0?[1-9]|[12]\d|30)|0?2[-/.](?:0?[1-9]|[12]\d)`;
/** A date redress reads, year first, for the JSON Schema (29 February is checked by redress itself). */
export const DATE_PATTERN = String.raw`^\s*(?:19|2[01])\d\d[-/.](?:${MONTH})\s*$`;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORDS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateReading = { ok: true; value: string } | { ok: false; message: string };

const iso = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Reads a date written year first (2026-06-14, 2026-6-14, 2026/06/14); for other ways of writing one, says how to write it. */
export function readDate(input: string): DateReading {
  const text = input.trim();
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (yearFirst) return checked(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (yearLast) {
    const [a, b, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
    const dayFirst = a <= 31 && b <= 12 && isCalendarDate(iso(year, b, a));
    const monthFirst = a <= 12 && b <= 31 && isCalendarDate(iso(year, a, b));
    if (dayFirst && monthFirst && a !== b) {
      return { ok: false, message: `could be ${a} ${MONTH_WORDS[b - 1]} or ${MONTH_WORDS[a - 1]} ${b}; write it year first: ${iso(year, b, a)} for ${a} ${MONTH_WORDS[b - 1]}, or ${iso(year, a, b)} for ${MONTH_WORDS[a - 1]} ${b}` };
    }
    if (dayFirst) return suggest(year, b, a);
    if (monthFirst) return suggest(year, a, b);
    return { ok: false, message: `is not a real calendar date; check the day and month, and write it year first, e.g. ${year}-11-16` };
  }
  const named = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(text) ?? /^([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (named) {
    const dayFirst = /^\d/.test(named[1]!);
    const [dayText, monthText] = dayFirst ? [named[1]!, named[2]!] : [named[2]!, named[1]!];
    const month = MONTH_NAMES.indexOf(monthText.slice(0, 3).toLowerCase()) + 1;
    if (month > 0 && isCalendarDate(iso(Number(named[3]), month, Number(dayText)))) return suggest(Number(named[3]), month, Number(dayText));
  }
  return { ok: false, message: 'is not a date I can read; write it year first as YYYY-MM-DD, e.g. 2026-11-16' };
}

function suggest(year: number, month: number, day: number): DateReading {
  const range = inRange(year);
  if (!range.ok) return range;
  return { ok: false, message: `is not written year first; write it as ${iso(year, month, day)}` };
}

/** Whether a YYYY-MM-DD date falls in the years redress writes letters for. */
export function inSupportedYears(iso: string): boolean {
  return inRange(Number(iso.slice(0, 4))).ok;
}

function inRange(year: number): { ok: true } | { ok: false; message: string } {
  if (year >= FIRST_YEAR && year <= LAST_YEAR) return { ok: true };
  return { ok: false, message: `is outside the years redress writes letters for (${FIRST_YEAR} to ${LAST_YEAR}); check the year` };
}

function checked(year: number, month: number, day: number): DateReading {
  const value = iso(year, month, day);
  if (!isCalendarDate(value)) return { ok: false, message: 'is not a real calendar date; check the day and month' };
  const range = inRange(year);
  if (!range.ok) return range;
  return { ok: true, value };
}
