// Calendar dates are plain `YYYY-MM-DD` strings. All arithmetic and formatting happens
// in UTC so that 2026-11-16 is 16 November in every time zone.
import { commonLongDate } from '../util/common-locales.js';
import { remembered } from '../util/remember.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Answers worked out before: a batch checks, adds and writes the same few dates thousands of times.
const calendarDates = new Map<string, boolean>();
const sums = new Map<string, string>();
const spans = new Map<string, number>();

export function isCalendarDate(text: string): boolean {
  if (text.length !== 10) return false;
  return remembered(calendarDates, text, () => {
    const match = ISO_DATE.exec(text);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Date.UTC reads years 0-99 as 1900-1999, so the year is set on its own.
    const date = new Date(Date.UTC(2000, month - 1, 1));
    date.setUTCFullYear(year, month - 1, day);
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  });
}

function toUtc(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function fromUtc(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The date `days` after `iso`; never past 9999-12-31, so a date stays four digits and sorts as text. */
export function addDays(iso: string, days: number): string {
  return remembered(sums, `${iso}+${days}`, () => {
    const date = toUtc(iso);
    date.setUTCDate(date.getUTCDate() + days);
    if (date.getUTCFullYear() > 9999) return '9999-12-31';
    if (date.getUTCFullYear() < 1) return '0001-01-01';
    return fromUtc(date);
  });
}

/**
 * A reply-by date `days` after `iso`, on a day a business is open: one that falls on a Saturday
 * or a Sunday moves to the next working day, as most countries' rules on time limits move a last
 * day that falls so; so does one from Christmas Day to New Year's Day, when 25 December and 1
 * January are holidays everywhere redress knows, 26 December (or the Monday after it) in most,
 * and many businesses close or work short-handed.
 */
export function workingDayAfter(iso: string, days: number): string {
  let date = addDays(iso, days);
  for (let i = 0; i < 14 && !isWorkingDay(date); i++) date = addDays(date, 1);
  return date;
}

function isWorkingDay(iso: string): boolean {
  const weekday = toUtc(iso).getUTCDay();
  const monthDay = iso.slice(5);
  return weekday !== 0 && weekday !== 6 && monthDay < '12-25' && monthDay !== '01-01';
}

export function daysBetween(fromIso: string, toIso: string): number {
  return remembered(spans, `${fromIso}>${toIso}`, () => Math.round((toUtc(toIso).getTime() - toUtc(fromIso).getTime()) / 86_400_000));
}

/** Today's date on the user's own calendar (their local time zone). */
export function today(): string {
  const override = process.env.REDRESS_TODAY;
  if (override && isCalendarDate(override)) return override;
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Dates already written (a batch writes the same few dates in thousands of letters). */
const written = new Map<string, string>();

function longDateFormatter(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** `16 November 2026` (en-GB), `November 16, 2026` (en-US), `16. November 2026` (de-DE). */
export function formatDate(iso: string, locale: string): string {
  return remembered(written, `${locale}|${iso}`, () => commonLongDate(iso, locale) ?? longDateFormatter(locale).format(toUtc(iso)));
}

export function weekday(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' }).format(toUtc(iso));
}

/**
 * RFC 5322 date for an e-mail header: 09:00 on the letter's date where the writer is (the
 * machine's time zone), so a mail program anywhere shows the letter's own calendar date.
 */
export function rfc5322Date(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const east = -new Date(year, month - 1, day, 9).getTimezoneOffset();
  const pad = (n: number) => String(n).padStart(2, '0');
  const zone = `${east < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(east) / 60))}${pad(Math.abs(east) % 60)}`;
  return toUtc(iso).toUTCString().replace('00:00:00 GMT', `09:00:00 ${zone}`);
}
