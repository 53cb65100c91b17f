// Checks for answers as they are typed, with friendly messages. Limits come from the
// case schema itself, so an answer accepted here is accepted by validateCase().
import { safeParse, type ZodMiniType } from 'zod/mini';
import { addDays, daysBetween, isCalendarDate, today } from '../case/dates.js';
import { periodNamed, type Period } from '../case/schema.js';
import { currencyDigits, type DateReading, isKnownCurrency, MAX_AMOUNT, plainNumber, readAmount, readDate, unpayableAmount } from '../case/input-rules.js';
import { quoteValue } from '../io/terminal.js';
import { onFirstUse } from '../util/on-first-use.js';
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
  if (message.startsWith('is not a date I can read')) return t('check.date.unreadable', { value });
  if (wizardLanguage() === 'en') return `${value} ${message}.`;
  const dates = message.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  if (message.startsWith('is not written year first') && dates[0]) return t('check.date.notYearFirst', { value, date: dates[0] });
  if (message.startsWith('could be') && dates.length >= 2) return t('check.date.ambiguous', { value, first: dates[0]!, second: dates[1]! });
  if (message.startsWith('is not a real calendar date')) return t('check.date.notReal', { value, example: dates[0] ?? '2026-11-16' });
  const range = /\((\d{4}) to (\d{4})\)/.exec(message);
  if (message.startsWith('is outside the years') && range) return t('check.date.range', { value, from: range[1]!, to: range[2]! });
  return t('check.date.unreadable', { value });
}

/** "October", "oct", "Okt.", "février", "fevrier", "dic": a month's number, in the wizard's language or in English; undefined when unclear ("jui"). */
function monthNumber(typed: string): number | undefined {
  const word = foldedWord(typed);
  if (word.length < 3) return undefined;
  const found = new Set<number>();
  for (const language of new Set([wizardLanguage(), 'en'])) {
    for (const [index, names] of monthNames(language).entries()) {
      if (names.some((name) => name === word || name.startsWith(word) || (word === 'sept' && index === 8))) found.add(index + 1);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const foldedWord = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\.$/, '');
const monthNamesMade = new Map<string, string[][]>();

/** Each month's long and short names in a language, folded ("février" -> "fevrier"), as Intl writes them. */
function monthNames(language: string): string[][] {
  let names = monthNamesMade.get(language);
  if (!names) {
    const long = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, month) => [long, short].map((format) => foldedWord(format.format(Date.UTC(2026, month, 15)))));
    monthNamesMade.set(language, names);
  }
  return names;
}

/** "3 October 2026", "le 1er octobre", "3. Okt.", "3 de octubre de 2026", "Oct 3": day, month and year (undefined when not given). */
const DAY_FIRST = onFirstUse(() => /^(?:(?:on|the|le|am|el)\s+)?(\d{1,2})(?:st|nd|rd|th|er|e|º|°|\.)?\s*(?:of\s+|de\s+)?(\p{L}+\.?),?(?:\s+(?:de\s+)?(\d{4}))?$/iu);
const MONTH_FIRST = onFirstUse(() => /^(?:on\s+)?(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/iu);

/**
 * A date written with its month's name, as people type it: "3rd october", "2 Nov 2026". Without
 * a year, the one nearest the letter's date (a purchase in October, written about in December, was
 * this year's; a reply asked for by 5 January, next year's).
 */
function namedDate(text: string, letterDate: string): string | undefined {
  const dayFirst = DAY_FIRST().exec(text);
  const monthFirst = dayFirst ? undefined : MONTH_FIRST().exec(text);
  const [day, monthWord, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  if (day === undefined || monthWord === undefined) return undefined;
  const month = monthNumber(monthWord);
  if (month === undefined) return undefined;
  const on = (y: number) => `${y}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (year !== undefined) return isCalendarDate(on(Number(year))) ? on(Number(year)) : undefined;
  const letterYear = Number(letterDate.slice(0, 4));
  const candidates = [letterYear - 1, letterYear, letterYear + 1].map(on).filter(isCalendarDate);
  return candidates.sort((a, b) => Math.abs(daysBetween(letterDate, a)) - Math.abs(daysBetween(letterDate, b)))[0];
}

/**
 * A date as the wizard reads it: as a case file does (2026-11-02, 2026/11/02), and any way of
 * writing one that can be read only one way ("14/06/2026", "2 Nov 2026", "3rd october").
 */
function readTypedDate(text: string, letterDate: string): DateReading {
  const reading = readDate(text);
  if (reading.ok) return reading;
  const suggested = /^is not written year first; write it as (\d{4}-\d{2}-\d{2})$/.exec(reading.message);
  if (suggested) return { ok: true, value: suggested[1]! };
  const named = namedDate(text.trim(), letterDate);
  return named === undefined ? reading : readDate(named);
}

/** "jan 2026", "in October", "en août", "im März": a month (and year) without its day. */
const MONTH_ALONE = onFirstUse(() => /^(?:(?:in|en|im|el|le|mois\s+de|de)\s+)?(\p{L}+\.?)(?:,?\s+(?:de\s+)?(\d{4}))?$/iu);
const EXAMPLE_LOCALE: Readonly<Record<string, string>> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', es: 'es-ES' };

/** What to say of a month typed without its day: that the day is needed, with that month as the example. */
function monthWithoutDay(text: string, letterDate: string): string | undefined {
  const alone = MONTH_ALONE().exec(text);
  const month = alone ? monthNumber(alone[1]!) : undefined;
  if (month === undefined) return undefined;
  const year = Number(alone![2] ?? letterDate.slice(0, 4));
  const example = new Intl.DateTimeFormat(EXAMPLE_LOCALE[wizardLanguage()] ?? 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 3));
  return t('check.date.noDay', { value: quoteValue(text), example });
}

/** Reads a typed date (see readTypedDate), or today / yesterday. */
export function parseDate(input: string, letterDate = today()): string | undefined {
  const text = input.trim().toLowerCase();
  if (TODAY.has(text)) return letterDate;
  if (YESTERDAY.has(text)) return addDays(letterDate, -1);
  const date = readTypedDate(text, letterDate);
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
    const reading = TODAY.has(word) || YESTERDAY.has(word) ? undefined : readTypedDate(text, letterDate);
    if (reading && !reading.ok) return monthWithoutDay(text, letterDate) ?? dateProblem(text, reading.message);
    const date = parseDate(text, letterDate)!;
    if (rule.notAfter && date > rule.notAfter.date) return t('check.date.notAfter', { what: rule.notAfter.what, date: rule.notAfter.date });
    if (rule.after && date <= rule.after.date) return t('check.date.after', { what: rule.after.what, date: rule.after.date });
    return undefined;
  };
}

/** French, German and Spanish write decimals with a comma ("79,98"): "1.200" is then a thousand two hundred. */
const writesDecimalComma = () => wizardLanguage() !== 'en';

/**
 * "£29.99 a month", "29,99 € par mois", "$15/mo": the amount as typed, and how often it is
 * charged when the words after it name a period; otherwise the answer as it is.
 */
export function amountAndPeriod(input: string): { amount: string; period?: Period } {
  const text = input.trim();
  let last = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
      last = i;
      break;
    }
  }
  if (last < 0) return { amount: input };
  let tail = text.slice(last + 1);
  // A currency written after the number stays with it ("29,99 € par mois", "40 EUR a week").
  const code = /^\s*([A-Za-z]{3})(?![A-Za-z])/.exec(tail);
  const mark = code && isKnownCurrency(code[1]!.toUpperCase()) ? code[0] : /^\s*\p{Sc}/u.exec(tail)?.[0];
  if (mark) tail = tail.slice(mark.length);
  const words = tail.replace(/^\s*\/\s*/, ' ').trim();
  const period = words === '' ? undefined : periodNamed(words);
  return period ? { amount: text.slice(0, last + 1) + (mark ?? ''), period } : { amount: input };
}

/** Reads an amount of money as a case file does: 240, 79.98, 1,200.50, 1.200,50, $240, 240 EUR. */
export function parseAmount(input: string): number | undefined {
  const amount = readAmount(input, { decimalComma: writesDecimalComma() });
  return amount.ok && Number.isFinite(amount.value) ? amount.value : undefined;
}

/**
 * `currency`: the case's, once it is known (the wizard asks it with the first amount), so an
 * amount finer than it can pay is refused as a case file's is.
 */
export function checkAmount(options: { lessThan?: { amount: number; what: string }; currency?: () => string | undefined; period?: boolean } = {}): (value: string) => string | undefined {
  return (typed) => {
    // Where a period may follow the amount (what was paid), "£29.99 a month" is read as £29.99 a month.
    const value = options.period ? amountAndPeriod(typed).amount : typed;
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
  if (message.startsWith('is not a date I can read')) return t('check.date.unreadable', { value });
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
