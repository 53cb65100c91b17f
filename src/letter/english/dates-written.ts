// Dates the writer typed short or in another order ("Aug 19", "6 Oct", "Sept 12th"), written as
// the letter writes its own dates: "19 August" in British-style letters, "August 19" in American
// and Canadian ones. A letter with "12 September 2026" beside "Aug 19" reads as two hands.
import type { ResolvedCase } from '../../case/resolve.js';
import { outsideQuotes, sameWordUse } from './words.js';

const FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT: Readonly<Record<string, number>> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;
const DAY = String.raw`([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+((?:19|20)\d{2}))?`;
/** What follows a number that is not a day: a time, a quantity, a range. */
const NOT_A_DAY = String.raw`(?!\s*(?:[-–/:.]\s*\d|am\b|pm\b|%|hours?\b|hrs?\b|mins?\b|minutes?\b|km\b|miles?\b|kg\b|days?\b|weeks?\b|months?\b|years?\b|nights?\b|people\b|items?\b|x\b))`;
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+${DAY}\b${NOT_A_DAY}${YEAR}`, 'gi');
const DAY_FIRST = new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?![\p{L}])${YEAR}`, 'giu');
/** A short month alone after a word of time: "in Sept", "since Oct". */
const MONTH_ALONE = /\b(in|since|from|until|till|by|of|early|mid|late|last|next|during|before|after)\s+(jan|feb|aug|sept|oct|nov|dec)\.?(?![\p{L}])/giu;

const monthIndex = (word: string) => {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return SHORT[lower] ?? FULL.findIndex((name) => name.toLowerCase() === lower);
};

/** `text` with its dates written as a letter in `locale` writes them. */
export function withDatesWritten(text: string, locale: string): string {
  if (!/\d/.test(text) && !/\b(?:jan|feb|aug|sept|oct|nov|dec)\b/i.test(text)) return text;
  const monthFirst = /^en-(?:US|CA)\b/.test(locale);
  const write = (day: string, month: string, year: string | undefined) => {
    const name = FULL[monthIndex(month)]!;
    return monthFirst ? `${name} ${Number(day)}${year ? `, ${year}` : ''}` : `${Number(day)} ${name}${year ? ` ${year}` : ''}`;
  };
  // "may" and "march" are words as well as months: only with their capital are they months.
  const aWord = (month: string) => /^(?:may|march)$/.test(month);
  return outsideQuotes(text, (part) =>
    part
      .replace(MONTH_FIRST, (found, month: string, day: string, year?: string) => (aWord(month) ? found : write(day, month, year)))
      .replace(DAY_FIRST, (found, day: string, month: string, year?: string) => (aWord(month) ? found : write(day, month, year)))
      .replace(MONTH_ALONE, (_found, before: string, month: string) => `${before} ${FULL[monthIndex(month)]}`),
  );
}

/** The case with the dates in the writer's answers written as its letter writes dates; the same object when nothing changes. */
export function withDatesInLetterStyle<C extends ResolvedCase>(c: C): C {
  const locale = c.letter.locale;
  const one = <T extends string | undefined>(text: T): T => (text === undefined ? text : (withDatesWritten(text, locale) as T));
  const list = (items: string[]) => {
    const out = items.map((item) => withDatesWritten(item, locale));
    return out.every((item, i) => item === items[i]) ? items : out;
  };
  const circumstances = one(c.story.circumstances);
  const impact = one(c.story.impact);
  const story = { ...c.story, expectations: list(c.story.expectations), outcome: list(c.story.outcome), ...(circumstances !== undefined && { circumstances }), ...(impact !== undefined && { impact }) };
  const results = c.contacts.map((contact) => one(contact.result));
  const correction = one(c.request.correction);
  const reason = one(c.request.reason);
  const same =
    story.circumstances === c.story.circumstances &&
    story.expectations === c.story.expectations &&
    story.outcome === c.story.outcome &&
    story.impact === c.story.impact &&
    results.every((result, i) => result === c.contacts[i]!.result) &&
    correction === c.request.correction &&
    reason === c.request.reason;
  if (same) return c;
  const copy = {
    ...c,
    story,
    contacts: c.contacts.map((contact, i) => (results[i] === contact.result ? contact : { ...contact, result: results[i] })),
    request: { ...c.request, ...(correction !== undefined && { correction }), ...(reason !== undefined && { reason }) },
  };
  sameWordUse(copy, c);
  return copy;
}
