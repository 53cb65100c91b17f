// Checks for answers as they are typed, with friendly messages. Limits come from the
// case schema itself, so an answer accepted here is accepted by validateCase().
import type { z } from 'zod';
import { addDays, today } from '../case/dates.js';
import { isKnownCurrency, MAX_AMOUNT, plainNumber, readAmount, readDate } from '../case/input-rules.js';
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

/** Reads a date as a case file does (2026-11-02, 2026-1-2, 2026/11/02), or today / yesterday. */
export function parseDate(input: string, letterDate = today()): string | undefined {
  const text = input.trim().toLowerCase();
  if (text === 'today') return letterDate;
  if (text === 'yesterday') return addDays(letterDate, -1);
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
    if (text === '') return 'Please write the date as YYYY-MM-DD, for example 2026-11-02.';
    const reading = /^(today|yesterday)$/i.test(text) ? undefined : readDate(text);
    if (reading && !reading.ok) return `${quoteValue(text)} ${reading.message}.`;
    const date = parseDate(text, letterDate)!;
    if (rule.notAfter && date > rule.notAfter.date) return `That is after ${rule.notAfter.what} (${rule.notAfter.date}). Check the year, month and day.`;
    if (rule.after && date <= rule.after.date) return `That needs to be after ${rule.after.what} (${rule.after.date}).`;
    return undefined;
  };
}

/** Reads an amount of money as a case file does: 240, 79.98, 1,200.50, 1.200,50, $240, 240 EUR. */
export function parseAmount(input: string): number | undefined {
  const amount = readAmount(input);
  return amount.ok && Number.isFinite(amount.value) ? amount.value : undefined;
}

export function checkAmount(options: { lessThan?: { amount: number; what: string } } = {}): (value: string) => string | undefined {
  return (value) => {
    const reading = readAmount(value);
    if (!reading.ok) return `${quoteValue(value.trim())} ${reading.message}.`;
    const amount = reading.value;
    if (amount <= 0) return 'The amount needs to be more than 0.';
    if (amount > MAX_AMOUNT) return 'That amount is too large; check it.';
    if (options.lessThan && amount >= options.lessThan.amount) return `A partial refund should be less than ${options.lessThan.what} (${plainAmount(options.lessThan.amount)}).`;
    return undefined;
  };
}

/** 240 -> "240", 79.98 -> "79.98": the way an amount is offered as a default answer. */
export function plainAmount(amount: number): string {
  return plainNumber(amount);
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
