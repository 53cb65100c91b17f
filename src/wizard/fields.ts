// Checks for answers as they are typed, with friendly messages. Limits come from the
// case schema itself, so an answer accepted here is accepted by validateCase().
import type { z } from 'zod';
import { addDays, isCalendarDate, today } from '../case/dates.js';
import { isKnownCurrency, MAX_AMOUNT } from '../case/schema.js';
import { quoteValue } from '../io/terminal.js';

/** "is too long (at most 200 characters)" -> "That is too long (at most 200 characters)." */
function sentenceFrom(message: string): string {
  const text = message.startsWith('is ') || message.startsWith('must ') ? `That ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A validator from one field of the case schema. */
export function bySchema(schema: z.ZodType): (value: string) => string | undefined {
  return (value) => {
    const result = schema.safeParse(value);
    if (result.success) return undefined;
    return sentenceFrom(result.error.issues[0]?.message ?? 'is not valid');
  };
}

/** Reads a date: YYYY-MM-DD (single-digit month and day allowed), or today / yesterday. */
export function parseDate(input: string, letterDate = today()): string | undefined {
  const text = input.trim().toLowerCase();
  if (text === 'today') return letterDate;
  if (text === 'yesterday') return addDays(letterDate, -1);
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
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
    if (!/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(text) && !/^(today|yesterday)$/i.test(text)) {
      return 'Please write the date as YYYY-MM-DD, for example 2026-11-02.';
    }
    const date = parseDate(text, letterDate);
    if (date === undefined) return `${quoteValue(text)} is not a real date. Check the day and the month.`;
    if (rule.notAfter && date > rule.notAfter.date) return `That is after ${rule.notAfter.what} (${rule.notAfter.date}). Check the year, month and day.`;
    if (rule.after && date <= rule.after.date) return `That needs to be after ${rule.after.what} (${rule.after.date}).`;
    return undefined;
  };
}

/** Reads an amount of money as typed: 240, 79.98, 1,200.50, 1.200,50, $240, 240 EUR. */
export function parseAmount(input: string): number | undefined {
  let text = input.trim().replace(/\s+/g, '');
  const code = (found: string) => (isKnownCurrency(found.toUpperCase()) ? '' : found);
  text = text.replace(/^[A-Za-z]{3}(?=[\d.,])/, code).replace(/(?<=[\d.,])[A-Za-z]{3}$/, code);
  text = text.replace(/^\p{Sc}+/u, '').replace(/\p{Sc}+$/u, '');
  if (!/^\d[\d.,']*$/.test(text) && !/^[.,]\d+$/.test(text)) return undefined;
  text = text.replace(/'/g, '');
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the later one is the decimal mark (1,200.50 or 1.200,50).
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction] = [text.slice(0, Math.max(lastDot, lastComma)), text.slice(Math.max(lastDot, lastComma) + 1)];
    if (!validGroups(whole, group) || fraction.includes(group)) return undefined;
    normal = `${whole.split(group).join('')}.${fraction}`;
  } else if (lastComma >= 0) {
    // Only commas: 1,200 and 1,200,000 are thousands; 79,98 is a decimal comma.
    if (/^\d{1,3}(,\d{3})+$/.test(text)) normal = text.replace(/,/g, '');
    else if (/^\d*,\d{1,2}$/.test(text)) normal = text.replace(',', '.');
    else return undefined;
  } else if (lastDot >= 0) {
    // Only dots: 79.98 is a decimal; 1.200.000 is grouping.
    if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) normal = text.replace(/\./g, '');
    else if (/^\d*\.\d+$/.test(text)) normal = text;
    else return undefined;
  } else {
    normal = text;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

function validGroups(whole: string, group: string): boolean {
  if (!whole.includes(group)) return /^\d+$/.test(whole);
  return new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole);
}

export function checkAmount(options: { lessThan?: { amount: number; what: string } } = {}): (value: string) => string | undefined {
  return (value) => {
    const amount = parseAmount(value);
    if (amount === undefined) return 'Please write the amount as a number, for example 240 or 79.98.';
    if (amount <= 0) return 'The amount needs to be more than 0.';
    if (amount > MAX_AMOUNT) return 'That amount is too large; check it.';
    if (options.lessThan && amount >= options.lessThan.amount) return `A partial refund should be less than ${options.lessThan.what} (${plainAmount(options.lessThan.amount)}).`;
    return undefined;
  };
}

/** 240 -> "240", 79.98 -> "79.98": the way an amount is offered as a default answer. */
export function plainAmount(amount: number): string {
  return String(Math.round(amount * 1e6) / 1e6);
}

export function checkCurrency(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return 'Please give the three-letter currency code, such as USD, EUR or GBP.';
  if (!isKnownCurrency(code)) return `${quoteValue(code)} is not a currency code I know. Use one such as USD, EUR or GBP.`;
  return undefined;
}

export function checkLast4(value: string): string | undefined {
  return /^\d{4}$/.test(value.trim()) ? undefined : 'Please give just the last four digits of the card, for example 0042.';
}
