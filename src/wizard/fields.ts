// Checks for answers as they are typed, with friendly messages. Limits come from the
// case schema itself, so an answer accepted here is accepted by validateCase().
import { safeParse, type ZodMiniType } from 'zod/mini';
import { addDays, today } from '../case/dates.js';
import { currencyDigits, isKnownCurrency, MAX_AMOUNT, plainNumber, readAmount, readDate, unpayableAmount } from '../case/input-rules.js';
import { quoteValue } from '../io/terminal.js';
import { t, wizardLanguage } from './i18n.js';

/** "is too long (at most 200 characters)" -> "That is too long (at most 200 characters)." */
function sentenceFrom(message: string): string {
  const text = message.startsWith('is ') || message.startsWith('must ') ? `That ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The case schema's messages are written for case files, in English: the ones a typed
 * answer can meet are said in the wizard's language. Any other stays English.
 */
function schemaMessage(message: string): string {
  const long = /^is too long \(at most ([\d,.\s\u202f]+) characters\)/.exec(message);
  if (long) return t('check.text.tooLong', { max: long[1]!.trim() });
  if (wizardLanguage() === 'en') return sentenceFrom(message);
  if (message.startsWith('is not an e-mail address')) return t('check.text.email');
  if (message.startsWith('must not be empty')) return t('check.text.empty');
  return sentenceFrom(message);
}

/** A validator from one field of the case schema. */
export function bySchema(schema: ZodMiniType): (value: string) => string | undefined {
  return (value) => {
    const result = safeParse(schema, value);
    if (result.success) return undefined;
    return schemaMessage(result.error.issues[0]?.message ?? 'is not valid');
  };
}

/** The words for today and yesterday, in each language the wizard speaks. */
const TODAY = new Set(['today', "aujourd'hui", 'aujourd’hui', 'heute', 'hoy']);
const YESTERDAY = new Set(['yesterday', 'hier', 'gestern', 'ayer']);

/** A date the input rules could not read, said in the wizard's language. */
function dateProblem(text: string, message: string): string {
  const value = quoteValue(text);
  if (wizardLanguage() === 'en') return `${value} ${message}.`;
  const dates = message.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  if (message.startsWith('is not written year first') && dates[0]) return t('check.date.notYearFirst', { value, date: dates[0] });
  if (message.startsWith('could be') && dates.length >= 2) return t('check.date.ambiguous', { value, first: dates[0]!, second: dates[1]! });
  if (message.startsWith('is not a real calendar date')) return t('check.date.notReal', { value, example: dates[0] ?? '2026-11-16' });
  const range = /\((\d{4}) to (\d{4})\)/.exec(message);
  if (message.startsWith('is outside the years') && range) return t('check.date.range', { value, from: range[1]!, to: range[2]! });
  return t('check.date.unreadable', { value });
}

/** Reads a date as a case file does (2026-11-02, 2026-1-2, 2026/11/02), or today / yesterday. */
export function parseDate(input: string, letterDate = today()): string | undefined {
  const text = input.trim().toLowerCase();
  if (TODAY.has(text)) return letterDate;
  if (YESTERDAY.has(text)) return addDays(letterDate, -1);
  const date = readDate(text);
  return date.ok ? date.value : undefined;
}

export interface DateRule {
  /** The answer may not be later than this date (e.g. the letter date). */
  notAfter?: { date: string; what: string };
  /** The answer must be later than this date. */
  after?: { date: string; what: string };
}

export function checkDate(rule: DateRule = {}, letterDate = today()): (value: string) => string | undefined {
  return (value) => {
    const text = value.trim();
    if (text === '') return t('check.date.empty');
    const word = text.toLowerCase();
    const reading = TODAY.has(word) || YESTERDAY.has(word) ? undefined : readDate(text);
    if (reading && !reading.ok) return dateProblem(text, reading.message);
    const date = parseDate(text, letterDate)!;
    if (rule.notAfter && date > rule.notAfter.date) return t('check.date.notAfter', { what: rule.notAfter.what, date: rule.notAfter.date });
    if (rule.after && date <= rule.after.date) return t('check.date.after', { what: rule.after.what, date: rule.after.date });
    return undefined;
  };
}

/** French, German and Spanish write decimals with a comma ("79,98"): "1.200" is then a thousand two hundred. */
const writesDecimalComma = () => wizardLanguage() !== 'en';

/** Reads an amount of money as a case file does: 240, 79.98, 1,200.50, 1.200,50, $240, 240 EUR. */
export function parseAmount(input: string): number | undefined {
  const amount = readAmount(input, { decimalComma: writesDecimalComma() });
  return amount.ok && Number.isFinite(amount.value) ? amount.value : undefined;
}

/**
 * `currency`: the case's, once it is known (the wizard asks it with the first amount), so an
 * amount finer than it can pay is refused as a case file's is.
 */
export function checkAmount(options: { lessThan?: { amount: number; what: string }; currency?: () => string | undefined } = {}): (value: string) => string | undefined {
  return (value) => {
    const reading = readAmount(value, { decimalComma: writesDecimalComma() });
    if (!reading.ok) return amountProblem(value.trim(), reading.message);
    const amount = reading.value;
    if (amount <= 0) return t('check.amount.zero');
    if (amount > MAX_AMOUNT) return t('check.amount.tooLarge');
    const currency = options.currency?.();
    if (currency && isKnownCurrency(currency) && unpayableAmount(amount, currency)) {
      const digits = currencyDigits(currency);
      const payable = Math.floor(amount * 10 ** digits) / 10 ** digits;
      const number = payable > 0 ? payable.toFixed(digits) : (10 ** -digits).toFixed(digits);
      return t('check.amount.finer', { value: quoteValue(value.trim()), currency, number: writesDecimalComma() ? number.replace('.', ',') : number });
    }
    if (options.lessThan && amount >= options.lessThan.amount) return t('check.amount.partial', { what: options.lessThan.what, amount: plainAmount(options.lessThan.amount) });
    return undefined;
  };
}

/** An amount the input rules could not read, said in the wizard's language. */
function amountProblem(text: string, message: string): string {
  const value = quoteValue(text);
  if (wizardLanguage() === 'en') return `${value} ${message}.`;
  // "1.200": a thousand two hundred, or one point two, which these languages write "1,2".
  const ambiguous = /^could mean (\d+) or ([\d.]+)/.exec(message);
  if (ambiguous) return t('check.amount.ambiguous', { value, thousands: ambiguous[1]!, decimal: ambiguous[2]!.replace('.', ',') });
  const guess = /write it as (.+?) \(without other words\)/.exec(message);
  if (guess) return t('check.amount.guess', { value, number: guess[1]! });
  if (message.startsWith('names a currency')) return t('check.amount.currency', { value });
  return t('check.amount.unreadable', { value });
}

/** 240 -> "240", 79.98 -> "79.98": the way an amount is offered as a default answer. */
export function plainAmount(amount: number): string {
  return plainNumber(amount);
}

export function checkCurrency(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return t('check.currency.shape');
  if (!isKnownCurrency(code)) return t('check.currency.unknown', { code: quoteValue(code) });
  return undefined;
}

export function checkLast4(value: string): string | undefined {
  return /^\d{4}$/.test(value.trim()) ? undefined : t('check.last4');
}
