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
