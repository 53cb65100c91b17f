// Dates the writer typed short or in another order ("Aug 19", "6 Oct", "Sept 12th"), written as
// the letter writes its own dates: "19 August" in British-style letters, "August 19" in American
// and Canadian ones. A letter with "12 September 2026" beside "Aug 19" reads as two hands.
import type { ResolvedCase } from '../../case/resolve.js';
import { outsideQuotes, sameWordUse } from './words.js';
import { rememberedIn } from '../../util/remember.js';
import { withCaseAmountsWritten, withOwnCurrencyWritten } from './money-written.js';

const FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT: Readonly<Record<string, number>> = { jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 };
/** Short months that are no everyday word, named alone after a word of time: "in Sept", "since Oct". */
const ALONE = new Set(['jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);
const TIME_WORDS = new Set(['in', 'since', 'from', 'until', 'till', 'by', 'of', 'early', 'mid', 'late', 'last', 'next', 'during', 'before', 'after']);
/** Words before a month named as what dates a thing: "my Oct bill". */
const DETERMINERS = new Set(['my', 'the', 'your', 'our', 'their', 'his', 'her', 'this', 'that', 'each', 'My', 'The', 'Your', 'Our', 'Their', 'This', 'That']);
/** The dash between the days of a range: "8-11", "8 – 11". */
const RANGE_DASH = /^\s*[-–]\s*/;
const RANGE_DASH_ONLY = /^\s*[-–]\s*$/;
const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);
const LOWER_MONTH = new Set(FULL.map((name) => name.toLowerCase()).filter((name) => name !== 'may' && name !== 'march'));
/** What follows a number that is not a day: a time, a quantity, a range. */
const NOT_A_DAY = /^\s*(?:[-–/:.]\s*\d|(?:am|pm|hours?|hrs?|mins?|minutes?|km|miles?|kg|days?|weeks?|months?|years?|nights?|people|items?|x)\b|%)/i;
// Words and numbers, each alone: simple expressions, quick to make (a letter makes them once).
const TOKEN = /[A-Za-z]+|\d+/g;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** A month's number (0–11) for a word, or -1: "May" and "March" only with their capital, being words as well. */
function monthOf(word: string): number {
  const lower = word.toLowerCase();
  if ((lower === 'may' || lower === 'march') && word.charAt(0) !== word.charAt(0).toUpperCase()) return -1;
  return SHORT[lower] ?? FULL.findIndex((name) => name.toLowerCase() === lower);
}

const isDay = (token: Token | undefined) => token !== undefined && /^\d{1,2}$/.test(token.text) && Number(token.text) >= 1 && Number(token.text) <= 31;
const isYear = (token: Token | undefined) => token !== undefined && /^(?:19|20)\d{2}$/.test(token.text);

const written = new Map<string, Map<string, string>>();

/** `text` with its dates written as a letter in `locale` writes them. */
export function withDatesWritten(text: string, locale: string, inSentences = false): string {
  if (!/\d|\b(?:[Jj]an|[Ff]eb|[Aa]ug|[Ss]ept|[Oo]ct|[Nn]ov|[Dd]ec)\b|\b(?:january|february|april|june|july|august|september|october|november|december)\b/.test(text)) return text;
  const monthFirst = /^en-(?:US|CA)\b/.test(locale);
  // A batch brings the same answers again and again: each is read once.
  const order: NumericOrder = monthFirst ? (locale.startsWith('en-CA') ? 'either' : 'month') : 'day';
  return rememberedIn(written, `${order}${inSentences ? ' on' : ''}`, text, () => outsideQuotes(text, (part) => datesIn(numericDatesIn(part, order), monthFirst, inSentences)), 2000);
}

/** Which comes first in a date typed in numbers ("21/10"): the day, the month, or either (Canada uses both). */
type NumericOrder = 'day' | 'month' | 'either';

/** "21/10", "3/11/2026", "30/10/26": a date typed in numbers, not part of a longer run of them ("1/2/3", "12/10.5"). */
const NUMERIC_DATE = /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/]|[.:]\d)/g;
/** Words a date typed in numbers follows without its year ("on 21/10", "until 30/10"); anywhere else "3/4" may be a part or a score. */
const BEFORE_NUMERIC_DATE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:on|by|since|from|until|till|before|after|dated|due|between|expires?|expired|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+$/i;

/**
 * `part` with its dates typed in numbers written with the month's name ("on 21/10" -> "on 21
 * October"), read in the order the writer's locale uses, or the only order that makes a date
 * ("10/21" is 21 October anywhere); in Canada, where both orders are used, only a date that
 * reads one way. Without a year, only after a word that dates something ("on", "until").
 */
function numericDatesIn(part: string, order: NumericOrder): string {
  if (!part.includes('/')) return part;
  let lastEnd = -1;
  return part.replace(NUMERIC_DATE, (whole, first: string, second: string, year: string | undefined, at: number) => {
    const before = part.slice(0, at);
    const joined = lastEnd !== -1 && /^\s*(?:and|or|to|[-–])\s*$/.test(part.slice(lastEnd, at));
    if (year === undefined && !joined && !BEFORE_NUMERIC_DATE.test(before)) return whole;
    const fullYear = year === undefined ? undefined : year.length === 2 ? 2000 + Number(year) : Number(year);
    const real = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(fullYear ?? 2024, month, 0)).getUTCDate();
    const a = Number(first);
    const b = Number(second);
    const dayFirst = real(a, b);
    const monthFirst = real(b, a);
    let day: number;
    let month: number;
    if (dayFirst && (!monthFirst || order === 'day' || a === b)) [day, month] = [a, b];
    else if (monthFirst && (!dayFirst || order === 'month')) [day, month] = [b, a];
    else return whole;
    lastEnd = at + whole.length;
    return `${day} ${FULL[month - 1]}${fullYear === undefined ? '' : ` ${fullYear}`}`;
  });
}

/**
 * Words after which a date is said without "on": a preposition or a word of time ("since 3 May",
 * "until 5 Oct", "of 2 June"), an article, "is" or "was" ("the deadline was 5 Oct"), a day's name
 * ("Friday 15 Oct"), and words that date a paper ("dated 3 May", "due 5 Oct").
 */
const NO_ON_AFTER = new Set(
  (
    'since by until till til from before after on of in at to for between and or nor than through thru around about approx approximately circa ' +
    'the a an this that these those every each next last early mid late is was are were be been being as dated due expires expired expiring expiry valid ' +
    'starting beginning ending effective week weekend day date dates monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow'
  ).split(' '),
);

function datesIn(part: string, monthFirst: boolean, inSentences = false): string {
  const tokens: Token[] = [...part.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const gap = (a: Token, b: Token | undefined) => (b === undefined ? undefined : part.slice(a.end, b.start));
  const spaced = (a: Token, b: Token | undefined, dot = false) => {
    const between = gap(a, b);
    return between !== undefined && (dot ? /^\.?\s+$/ : /^\s+$/).test(between);
  };
  // "fitted 15 Sept", "booked 3 oct": a day named straight after a verb or a noun is "on" it; not at a
  // sentence's start, after a comma, a number or a word of time.
  const on = (at: number) => {
    if (!inSentences) return '';
    const before = tokens[at - 1];
    if (before === undefined || !/^[A-Za-z]+$/.test(before.text) || !/^ +$/.test(part.slice(before.end, tokens[at]!.start))) return '';
    return NO_ON_AFTER.has(before.text.toLowerCase()) || monthOf(before.text) !== -1 ? '' : 'on ';
  };
  const inStyle = (day: number, month: number, year: string | undefined) =>
    monthFirst ? `${FULL[month]} ${day}${year ? `, ${year}` : ''}` : `${day} ${FULL[month]}${year ? ` ${year}` : ''}`;
  const inRange = (from: string, dash: string, to: string, month: number, year: string | undefined) =>
    monthFirst ? `${FULL[month]} ${Number(from)}${dash}${Number(to)}${year ? `, ${year}` : ''}` : `${Number(from)}${dash}${Number(to)} ${FULL[month]}${year ? ` ${year}` : ''}`;
  // The first day of a range that ends at tokens[i]: undefined when no range ends there; `from` undefined when one
  // does but its start is not a plain day.
  const rangeBefore = (i: number): { from: Token | undefined; fromEnd: number } | undefined => {
    let j = i - 1;
    const word = tokens[j];
    if (word === undefined) return undefined;
    const joined = /^(?:to|and|until|till)$/.test(word.text.toLowerCase()) && spaced(word, tokens[i]);
    if (!joined && !RANGE_DASH_ONLY.test(part.slice(word.end, tokens[i]!.start))) return undefined;
    if (joined) j--;
    let from = tokens[j];
    const fromEnd = from?.end ?? 0;
    if (from !== undefined && ORDINAL.has(from.text.toLowerCase()) && tokens[j - 1]?.end === from.start) from = tokens[--j];
    const plain = isDay(from) && !/[\d:.,/£$€-]$/.test(part.slice(0, from!.start));
    // "from 3 to 5 Aug", "between 3 and 5 Aug"; never "paid 3 and 5 Aug".
    if (joined) return plain && /^\s+$/.test(part.slice(fromEnd, word.start)) && /\b(?:from|between)\s+$/.test(part.slice(0, from!.start).toLowerCase()) ? { from, fromEnd } : undefined;
    return { from: plain ? from : undefined, fromEnd };
  };
  const changes: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const month = monthOf(token.text);
    // "Aug 19", "Sept 12th, 2026"
    if (month !== -1 && isDay(tokens[i + 1]) && spaced(token, tokens[i + 1], true)) {
      let last = tokens[i + 1]!;
      let k = i + 2;
      if (ORDINAL.has(tokens[k]?.text.toLowerCase() ?? '') && tokens[k]!.start === last.end) last = tokens[k++]!;
      // "Oct 1-3": the days of a range, with the month where the letter writes it.
      const dash = RANGE_DASH.exec(part.slice(last.end));
      if (dash && isDay(tokens[k]) && tokens[k]!.start === last.end + dash[0].length) {
        const to = tokens[k]!;
        if (NOT_A_DAY.test(part.slice(to.end)) || /^[A-Za-z\d]/.test(part.slice(to.end))) continue;
        changes.push({ start: token.start, end: to.end, text: inRange(tokens[i + 1]!.text, dash[0], to.text, month, undefined) });
        i = k;
        continue;
      }
      if (NOT_A_DAY.test(part.slice(last.end)) || /^[A-Za-z\d]/.test(part.slice(last.end))) continue;
      let year: string | undefined;
      if (isYear(tokens[k]) && /^,?\s+$/.test(gap(last, tokens[k])!)) year = (last = tokens[k++]!).text;
      changes.push({ start: token.start, end: last.end, text: on(i) + inStyle(Number(tokens[i + 1]!.text), month, year) });
      i = k - 1;
      continue;
    }
    // "fitted sept 2024": a month and its year, the month in full, and "in" it straight after a verb or a noun.
    if (month !== -1 && isYear(tokens[i + 1]) && spaced(token, tokens[i + 1], true) && !/^[-–/]/.test(part.slice(tokens[i + 1]!.end))) {
      const before = on(i);
      changes.push({ start: token.start, end: tokens[i + 1]!.end, text: `${before ? 'in ' : ''}${FULL[month]} ${tokens[i + 1]!.text}` });
      i++;
      continue;
    }
    // "19 Aug", "the 12th of Nov 2025"
    if (isDay(token)) {
      let first = token;
      if (tokens[i - 1]?.text.toLowerCase() === 'the' && spaced(tokens[i - 1]!, token)) first = tokens[i - 1]!;
      let last = token;
      let k = i + 1;
      if (ORDINAL.has(tokens[k]?.text.toLowerCase() ?? '') && tokens[k]!.start === last.end) last = tokens[k++]!;
      if (tokens[k]?.text.toLowerCase() === 'of' && spaced(last, tokens[k])) k++;
      const named = tokens[k];
      const monthNamed = named === undefined ? -1 : monthOf(named.text);
      if (monthNamed === -1 || !spaced(tokens[k - 1]!, named)) continue;
      last = named!;
      let end = last.end;
      k++;
      let year: string | undefined;
      // "6 Oct. 2026": the dot is the short month's; before anything else it may end the sentence ("paid 11 aug. they never came").
      if (isYear(tokens[k]) && /^\.?,?\s+$/.test(part.slice(end, tokens[k]!.start))) {
        year = tokens[k]!.text;
        end = tokens[k++]!.end;
      }
      // "8-11 august", "from 8 to 11 Aug": the first day of a range goes with the second.
      const range = first === token ? rangeBefore(i) : undefined;
      if (range !== undefined) {
        // Only two plain days make a range to write again; anything else ("2026-8-11 Aug") is left as typed.
        if (range.from !== undefined) changes.push({ start: range.from.start, end, text: inRange(range.from.text, part.slice(range.fromEnd, token.start), token.text, monthNamed, year) });
      } else changes.push({ start: first.start, end, text: (first === token ? on(i) : '') + inStyle(Number(token.text), monthNamed, year) });
      i = k - 1;
      continue;
    }
    // "for august": a month's name typed in small letters has its capital ("may" and "march" are words too).
    if (LOWER_MONTH.has(token.text)) changes.push({ start: token.start, end: token.end, text: FULL[monthOf(token.text)]! });
    // "in Sept", "since Oct", "Sept and Oct"
    const next = tokens[i + 1];
    const lower = token.text.toLowerCase();
    const afterMonth = (lower === 'and' || lower === 'or' || lower === 'to') && changes.length > 0 && /^\s+$/.test(part.slice(changes[changes.length - 1]!.end, token.start));
    // "my oct bill", "the nov statement": a month named before what it dates.
    const beforeNoun = DETERMINERS.has(lower) && tokens[i + 2] !== undefined && /^[A-Za-z]/.test(tokens[i + 2]!.text) && next !== undefined && spaced(next, tokens[i + 2]);
    if ((TIME_WORDS.has(lower) || afterMonth || beforeNoun) && next && (ALONE.has(next.text.toLowerCase()) || (afterMonth && SHORT[next.text.toLowerCase()] !== undefined)) && spaced(token, next)) {
      // "in Aug 19", "by aug. 10": a day follows, so the month is read with it; a day is "on" it.
      if (isDay(tokens[i + 2]) && spaced(next, tokens[i + 2], true)) {
        if (lower === 'in') changes.push({ start: token.start, end: token.end, text: token.text === 'In' ? 'On' : 'on' });
        continue;
      }
      // The dot of "Oct." is kept: it may end the sentence; before a year it goes ("since Oct. 2025").
      const end = part.charAt(next.end) === '.' && isYear(tokens[i + 2]) && /^\.\s+$/.test(part.slice(next.end, tokens[i + 2]!.start)) ? next.end + 1 : next.end;
      changes.push({ start: next.start, end, text: FULL[SHORT[next.text.toLowerCase()]!]! });
      i++;
    }
  }
  if (changes.length === 0) return part;
  let out = '';
  let at = 0;
  for (const change of changes) {
    out += part.slice(at, change.start) + change.text;
    at = change.end;
  }
  return out + part.slice(at);
}

/** The case with the dates (and money) in the writer's answers written as its letter writes them; the same object when nothing changes. */
export function withDatesInLetterStyle<C extends ResolvedCase>(c: C): C {
  const locale = c.letter.locale;
  const currency = c.purchase.currency;
  // Money typed with the currency's code ("CA$149") is written as the letter writes it too (money-written.ts).
  // The writer's sentences say "on" before a day ("fitted on 15 September"); what is enclosed is named, not told ("Fuel receipt 17 July").
  // An amount of the case's typed as a bare number ("pay 1100 a month") is money too.
  const amounts = [c.purchase.amount, c.purchase.price, c.request.amount, ...c.request.costs.map((cost) => cost.amount)].filter((n): n is number => n !== undefined);
  const inStyle = (text: string) => withCaseAmountsWritten(withOwnCurrencyWritten(withDatesWritten(text, locale, true), currency, locale), amounts, currency, locale);
  const one = <T extends string | undefined>(text: T): T => (text === undefined ? text : (inStyle(text) as T));
  const list = (items: string[]) => {
    const out = items.map(inStyle);
    return out.every((item, i) => item === items[i]) ? items : out;
  };
  const circumstances = one(c.story.circumstances);
  const impact = one(c.story.impact);
  const story = { ...c.story, expectations: list(c.story.expectations), outcome: list(c.story.outcome), ...(circumstances !== undefined && { circumstances }), ...(impact !== undefined && { impact }) };
  const results = c.contacts.map((contact) => one(contact.result));
  const correction = one(c.request.correction);
  const reason = one(c.request.reason);
  // What is enclosed is listed in the letter too: "Fuel receipt 17 July" in a letter of "July 31".
  const named = (items: string[]) => {
    const out = items.map((item) => withOwnCurrencyWritten(withDatesWritten(item, locale), currency, locale));
    return out.every((item, i) => item === items[i]) ? items : out;
  };
  const evidence = named(c.evidence);
  const same =
    story.circumstances === c.story.circumstances &&
    story.expectations === c.story.expectations &&
    story.outcome === c.story.outcome &&
    story.impact === c.story.impact &&
    results.every((result, i) => result === c.contacts[i]!.result) &&
    correction === c.request.correction &&
    reason === c.request.reason &&
    evidence === c.evidence;
  if (same) return c;
  const copy = {
    ...c,
    story,
    evidence,
    contacts: c.contacts.map((contact, i) => (results[i] === contact.result ? contact : { ...contact, result: results[i] })),
    request: { ...c.request, ...(correction !== undefined && { correction }), ...(reason !== undefined && { reason }) },
  };
  sameWordUse(copy, c);
  return copy;
}
