// Money the writer typed with its currency's code or international sign ("paid CA$149", "149 CAD",
// "USD 40") is written as the letter writes the same currency ("$149"): a letter that says
// "$149.00" in its request does not say "CA$149" in its story. Another currency named in the
// story ("a US$50 fee" in a Canadian letter) is left as typed.
import { formatMoney } from '../format-values.js';
import { remembered } from '../../util/remember.js';

interface Written {
  /** The forms typed, upper case, for a quick look before any expression is used. */
  typed: readonly string[];
  before: RegExp;
  after: RegExp;
  sign: string;
}

const writtenFor = new Map<string, Written | null>();

/** Either case of each letter: "[Cc][Aa]\$" (no expression that ignores case on the letter's path). */
const eitherCase = (form: string) => form.replace(/[A-Z]/g, (letter) => `[${letter}${letter.toLowerCase()}]`).replace(/\$/g, '\\$');

function writtenOf(currency: string, locale: string): Written | null {
  return remembered(writtenFor, `${locale}|${currency}`, () => {
    const code = currency.toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return null;
    // The sign the letter writes before its amounts ("$", "£", "€", "CA$"); none when it writes the code after them.
    const sign = /^([^\d\s]+)\s?1/.exec(formatMoney(1, code, locale))?.[1];
    if (sign === undefined || /^[A-Z]{3}$/.test(sign)) return null;
    // A dollar is typed with its country's letters too: "CA$", "C$", "AU$", "A$", "NZ$", "US$".
    const typed = [`${code}$`, ...(code.endsWith('D') ? [`${code.slice(0, 2)}$`, `${code.charAt(0)}$`] : []), code].filter((form) => form !== sign);
    const forms = typed.map(eitherCase).join('|');
    const signWritten = sign.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&');
    return {
      typed,
      before: new RegExp(`(?<![A-Za-z$£€])(?:${forms})\\s?(?=\\d)`, 'g'),
      after: new RegExp(`(?<![\\d.,A-Za-z$£€])(?:${signWritten}|\\$)?(\\d[\\d,]*(?:\\.\\d{1,2})?)\\s?${eitherCase(code)}(?![A-Za-z])`, 'g'),
      sign,
    };
  });
}

/** `text` with the case's own currency written as the letter writes it. */
export function withOwnCurrencyWritten(text: string, currency: string, locale: string): string {
  if (!/\d/.test(text)) return text;
  const written = writtenOf(currency, locale);
  if (written === null) return text;
  const upper = text.toUpperCase();
  if (!written.typed.some((form) => upper.includes(form))) return text;
  return text.replace(written.before, written.sign).replace(written.after, (_found, amount: string) => `${written.sign}${amount}`);
}

/** A number typed alone: not part of a code, a date, a time, a measure or another amount ("HMA-0442", "10/11", "£40"). */
const BARE_NUMBER = /(?<![\w.,:/#£$€¥-])(\d{1,3}(?:,\d{3})+|\d{3,})(\.\d{2})?(?![\w%/:-]|[.,]\d)/g;
/** Words after a number that make it a count or a measure ("390 miles", "1100 km"), not money. */
const UNIT_AFTER = /^\s*(?:km|kms|miles?|kg|kgs|lbs?|mb|gb|tb|sq|ft|feet|m|cm|mm|metres?|meters?|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|years?|people|items?|units?|pieces?|calls?|times|points?|words?|pages?|photos?|x|kw|kwh|w|v|mph|rpm)\b/i;
/** Words before a number that make it a number of something ("order 1100", "unit 390"). */
const NUMBER_OF_BEFORE = /\b(?:no|number|order|ref|reference|invoice|account|acct|unit|flat|room|apt|apartment|job|case|ticket|claim|policy|booking|flight|model|version|route|bus|platform|gate|seat|row|house|suite|page|line|code|pin|id)\.?\s*$/i;

/**
 * "We pay 1100 a month", "6 lessons (390) not given": a number typed without its currency that
 * is exactly one of the case's own amounts is that money, written as the letter writes money.
 * Only three figures or more, and never a year, a code, a measure or a number of something.
 */
export function withCaseAmountsWritten(text: string, amounts: readonly number[], currency: string, locale: string): string {
  if (amounts.length === 0 || !/\d{3}/.test(text)) return text;
  return text.replace(BARE_NUMBER, (found: string, whole: string, cents: string | undefined, at: number, all: string) => {
    const value = Number(`${whole.replace(/,/g, '')}${cents ?? ''}`);
    if (!amounts.includes(value) || value < 100) return found;
    if (cents === undefined && !whole.includes(',') && value >= 1900 && value <= 2099) return found;
    if (UNIT_AFTER.test(all.slice(at + found.length)) || NUMBER_OF_BEFORE.test(all.slice(Math.max(0, at - 20), at))) return found;
    const money = formatMoney(value, currency, locale);
    return cents === undefined ? money.replace(/[.,]00(?=\D*$)/, '') : money;
  });
}
