// The helpers templates may use. Templates run with knownHelpersOnly, so this list is
// exactly what a template (built-in or a stranger's) can call. Helpers only format the
// values they are given: they never read files or reach anything but the case, and throw
// only a HelperMisuse for a value they cannot write truly (an impossible date, an amount
// that is not one), which is reported as an error of the template.
import type { HelperOptions } from 'handlebars';
import { typedListItems } from '../util/list-lines.js';
import { isCalendarDate } from '../case/dates.js';
import type { ResolvedCase } from '../case/resolve.js';
import { formatDate, formatList, formatMoney, joinList, ordinal } from './format-values.js';
import { asListItem, capitalSentences, caseWordUse, inSentence } from './english/words.js';
import { afterColon, joinMarked, markName } from './language/join.js';
import type { Language } from './language/names.js';
import { remembered } from '../util/remember.js';
import { onFirstUse } from '../util/on-first-use.js';

/** A value a helper cannot write without writing something untrue: an error of the template that gave it. */
export class HelperMisuse extends Error {
  constructor(
    readonly helper: string,
    readonly detail: string,
  ) {
    super(`the helper "${helper}" ${detail}`);
    this.name = 'HelperMisuse';
  }
}

const shown = (value: unknown) => JSON.stringify(typeof value === 'string' ? value : String(value));

type Options = HelperOptions & { data?: { root?: Partial<ResolvedCase> } };
type Helper = (...args: unknown[]) => unknown;

export interface HelperSpec {
  /** Fewest and most values the helper takes (the options object not counted). */
  args: [min: number, max: number];
  /** How to call it, as shown in `redress templates --help`. */
  usage: string;
  /** What it gives, in a few words. */
  gives: string;
  fn: Helper;
}

function split(args: unknown[]): { values: unknown[]; options: Options } {
  const options = args[args.length - 1] as Options;
  return { values: args.slice(0, -1), options };
}

/** A value as text; a group of fields or a list has no text of its own, so it gives nothing (never "[object Object]"). */
const text = (value: unknown): string => (value === undefined || value === null || typeof value === 'object' || typeof value === 'function' ? '' : String(value));
const localeOf = (options: Options): string => {
  const locale = options?.data?.root?.letter?.locale;
  return typeof locale === 'string' && locale !== '' ? locale : 'en-US';
};
/** The letter's language (en, fr, de, es): the words helpers add are in it. */
const languageOf = (options: Options): string => {
  const language = (options?.data?.root?.letter as { language?: unknown } | undefined)?.language;
  return typeof language === 'string' && language !== '' ? language : 'en';
};
/** Items joined with the word given, else as the letter's language joins them ("a, b et c", "a, b y c"). */
const joined = (items: string[], word: string | undefined, options: Options): string => {
  if (word !== undefined) return joinList(items, word);
  const language = languageOf(options);
  return language === 'en' ? joinList(items, 'and') : formatList(items.filter((item) => item !== ''), language);
};
const isSet = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : Boolean(value));
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]);

/**
 * Capital first letter and a closing full stop, unless it already ends a sentence. In English
 * the writer's later sentences get their capital too; in French, German and Spanish the text
 * is kept as written after its first letter (a stop there often ends an abbreviation or a
 * German ordinal: "z. B. fehlten", "vom 5. bis 7. Oktober", "p. ej.", "env. trois").
 */
export function sentence(value: unknown, language = 'en'): string {
  const typed = text(value).trim();
  const items = typedListItems(typed);
  if (items) {
    // Facts typed a line each, as a list: sentences of one paragraph; short notes stay a list, as typed.
    if (!items.every((item) => item.split(/\s+/).length >= MIN_SENTENCE_WORDS)) return items.map((item) => `- ${item}`).join('\n');
    return items.map((item) => sentence(item, language)).join(' ');
  }
  const raw = joinedLines(typed);
  const trimmed = language === 'en' ? capitalSentences(raw) : raw;
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  // A date's dot inside closing brackets ("(Einschreiben vom 20.04.)") ends no sentence, unless the brackets hold one of their own.
  if (language !== 'en' && /\d\.[)\]]$/.test(capital) && !/(?:^|[.!?…]\s+)[([][^()[\]]*[)\]]$/.test(capital)) return `${capital}.`;
  return /[.!?…]["'’”)\]]*$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Sentences typed a line each ("…no extra fees.\nMy bills since August…") are one paragraph in
 * a letter, as they would be on paper; a blank line still starts a new one, and lines that do
 * not end a sentence (a list, an address) keep their breaks.
 */
function joinedLines(value: string): string {
  return value.includes('\n') ? value.replace(SENTENCE_THEN_LINE(), '$1 ') : value;
}

const SENTENCE_THEN_LINE = onFirstUse(() => /([.!?…]["'’”)\]]*)[ \t]*\n[ \t]*(?=\p{Lu}|["“‘]\p{Lu})/gu);

/** Fewer words than this make a note, not a sentence ("- 2 rooms"). */
const MIN_SENTENCE_WORDS = 4;


/** A day and month written the German way at the end of a text, before its last dot: "vom 15.10". */
const GERMAN_DATE_END = /(?:^|[^\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])$/;

/** No closing full stop, for use inside a sentence; the text's own capitals are kept. */
export function clause(value: unknown): string {
  return text(value).trim().replace(/[.;,\s]+$/, '');
}

/** A lawful next step written by the user, as the part after "I will": "Dispute the charge." -> "dispute the charge". */
export function nextStep(value: unknown): string {
  const step = clause(text(value).trim().replace(/^(i\s+will|i'll|i\s+shall|i\s+am\s+going\s+to)\s+/i, ''));
  // Lower-case an ordinary first word ("File a complaint"), never a name or acronym ("BBB", "Visa").
  return /^[A-Z][a-z]+\b/.test(step) && COMMON_VERBS.test(step) ? step.charAt(0).toLowerCase() + step.slice(1) : step;
}

const COMMON_VERBS = /^(ask|bring|contact|dispute|file|go|leave|lodge|make|post|raise|refer|report|request|seek|send|start|submit|take|tell|write|apply|claim|complain|escalate|share|pursue|publish|open|initiate|use|speak|consult|notify)\b/i;

function formatDateValue(value: unknown, locale: string, helper = 'date'): string {
  const iso = text(value);
  if (isCalendarDate(iso)) return formatDate(iso, locale);
  // Written as a date, but no day of the calendar (2026-02-30): not written as if it were one.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso.trim())) {
    throw new HelperMisuse(helper, `was given ${shown(iso)}, which is not a real date; give a date written as YYYY-MM-DD, such as "2026-02-28", or a date field such as purchase.date`);
  }
  return iso;
}

export const helperSpecs: Record<string, HelperSpec> = {
  date: {
    args: [1, 1],
    usage: '{{date purchase.date}}',
    gives: 'the date in the letter\'s locale: November 2, 2026 (en-US), 2 November 2026 (en-GB), 2. November 2026 (de-DE)',
    fn(...args) {
      const { values, options } = split(args);
      return formatDateValue(values[0], localeOf(options));
    },
  },
  money: {
    args: [1, 2],
    usage: '{{money request.amount}}  {{money 20 "EUR"}}',
    gives: 'the amount in the case\'s currency (or the one named) and locale: $1,200.00, US$1,200.00 (en-GB), 1.200,00 $ (de-DE)',
    fn(...args) {
      const { values, options } = split(args);
      const raw = values[0];
      // A field left empty (or a group of fields, which has no amount) writes nothing.
      if (typeof raw !== 'number' && (typeof raw !== 'string' || raw.trim() === '')) return '';
      const amount = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isFinite(amount)) throw new HelperMisuse('money', `was given ${shown(raw)}, which is not an amount; give a number such as 240, or an amount field such as request.amount`);
      if (amount < 0) throw new HelperMisuse('money', `was given ${shown(raw)}, a negative amount; give the amount without its minus sign, and say in words which way it is owed`);
      const given = typeof values[1] === 'string' && values[1].trim() !== '' ? values[1].trim() : undefined;
      const currency = given ?? options?.data?.root?.purchase?.currency ?? 'USD';
      return formatMoney(amount, currency, localeOf(options));
    },
  },
  list: {
    args: [1, 2],
    usage: '{{list evidence}}  {{list items "or"}}',
    gives: 'the items joined in the letter\'s language: a, b and c; a, b et c; a, b und c; a, b y c (or with the word you give: a, b or c)',
    fn(...args) {
      const { values, options } = split(args);
      const word = typeof values[1] === 'string' && values[1].trim() !== '' ? values[1].trim() : undefined;
      return joined(asList(values[0]).map(text), word, options);
    },
  },
  dates: {
    args: [1, 2],
    usage: '{{dates letter.previous}}',
    gives: 'a list of dates, formatted and joined: October 1, 2026 and October 20, 2026',
    fn(...args) {
      const { values, options } = split(args);
      const word = typeof values[1] === 'string' && values[1].trim() !== '' ? values[1].trim() : undefined;
      return joined(asList(values[0]).map((d) => formatDateValue(d, localeOf(options), 'dates')), word, options);
    },
  },
  deadline: {
    args: [0, 0],
    usage: '{{deadline}}',
    gives: 'the reply-by date of the request, formatted (request.deadline, or the letter date plus request.deadlineDays)',
    fn(...args) {
      const { options } = split(args);
      return formatDateValue(options?.data?.root?.request?.deadline, localeOf(options), 'deadline');
    },
  },
  ordinal: {
    args: [1, 1],
    usage: '{{ordinal (count letter.previous)}}',
    gives: 'the number as an ordinal in the letter\'s language: 1st, 2nd (English), 1er, 2e (French), 1., 2. (German), 1.º, 2.º (Spanish)',
    fn(...args) {
      const { values, options } = split(args);
      const n = typeof values[0] === 'number' ? values[0] : Number(text(values[0]).trim() || NaN);
      if (n < 0) throw new HelperMisuse('ordinal', `was given ${shown(values[0])}; an ordinal counts from 1 (1st, 2nd, 3rd), so give a count such as (count letter.previous)`);
      return Number.isInteger(n) ? ordinal(n, languageOf(options)) : text(values[0]);
    },
  },
  plural: {
    args: [2, 3],
    usage: '{{plural letter.previous "letter"}}  {{plural 3 "reply" "replies"}}',
    gives: 'the word for the count (a number or a list): letter / letters; the plural defaults to the word + "s"',
    fn(...args) {
      const { values } = split(args);
      const count = Array.isArray(values[0]) ? values[0].length : Number(values[0]);
      const one = text(values[1]);
      const many = values[2] !== undefined ? text(values[2]) : `${one}s`;
      return count === 1 ? one : many;
    },
  },
  count: {
    args: [1, 1],
    usage: '{{count story.outcome}}',
    gives: 'how many items a list has',
    fn(...args) {
      return asList(split(args).values[0]).length;
    },
  },
  last: {
    args: [1, 1],
    usage: '{{date (last letter.previous)}}',
    gives: 'the last item of a list (letter.previous is in date order, so: the latest letter)',
    fn(...args) {
      const list = asList(split(args).values[0]);
      return list[list.length - 1] ?? '';
    },
  },
  sentence: {
    args: [1, 1],
    usage: '{{sentence story.impact}}',
    gives: 'the text with a capital first letter and a closing full stop',
    fn(...args) {
      const { values, options } = split(args);
      return sentence(values[0], languageOf(options));
    },
  },
  listItem: {
    args: [1, 1],
    usage: '- {{listItem this}}',
    gives: 'the text as an item of a list: a capital first letter (a word with capitals of its own, like iPhone, is kept) and no closing full stop',
    fn(...args) {
      const { values, options } = split(args);
      const text = clause(values[0]);
      return asListItem(languageOf(options) === 'en' ? capitalSentences(text) : text);
    },
  },
  clause: {
    args: [1, 1],
    usage: 'put this right: {{clause request.correction}}; or',
    gives: 'the text without a closing full stop, for the middle of a sentence (in English, months, weekdays and "I" with their capitals)',
    fn(...args) {
      const { values, options } = split(args);
      const text = clause(values[0]);
      const language = languageOf(options);
      // A German date's own last dot stays: "vom 15.10.", not "vom 15.10".
      if (language === 'de' && GERMAN_DATE_END.test(text) && /\.\s*$/.test(String(values[0]))) return `${text}.`;
      return language === 'en' ? capitalSentences(text) : text;
    },
  },
  inline: {
    args: [1, 1],
    usage: 'What I was promised: {{inline story.expectations}}.',
    gives: 'the text for the middle of a sentence: no closing full stop, and a first capital lowered unless it starts a name or acronym',
    fn(...args) {
      const { values, options } = split(args);
      const root = options?.data?.root;
      const use = root && typeof root === 'object' ? caseWordUse(root) : undefined;
      const language = languageOf(options);
      return language === 'en' ? inSentence(clause(values[0]), use) : afterColon(language as Language, clause(values[0]), use);
    },
  },
  preposition: {
    args: [2, 2],
    usage: 'Voici ce que j\'ai exposé {{preposition "à" recipient.company}}.',
    gives: "the word and a business's name as the letter's language writes them together: à + Les Halles -> aux Halles, de + Le Bon Marché -> du Bon Marché, a + El Corte Inglés -> al Corte Inglés",
    fn(...args) {
      const { values, options } = split(args);
      const word = text(values[0]).trim();
      const name = text(values[1]).trim();
      if (word === '' || name === '') return `${word}${name}`;
      const language = languageOf(options);
      return language === 'fr' || language === 'de' || language === 'es' ? joinMarked(language, `${word} ${markName(name)}`) : `${word} ${name}`;
    },
  },
  nextStep: {
    args: [1, 1],
    usage: 'I will {{nextStep this}}.',
    gives: 'a next step as the words after "I will": "I will dispute the charge." -> dispute the charge',
    fn(...args) {
      return nextStep(split(args).values[0]);
    },
  },
  eq: {
    args: [2, 2],
    usage: '{{#if (eq request.remedy "refund")}}',
    gives: 'true when both values are the same',
    fn(...args) {
      const { values } = split(args);
      return values[0] === values[1] || (typeof values[0] === 'number' || typeof values[1] === 'number' ? String(values[0]) === String(values[1]) : false);
    },
  },
  or: {
    args: [1, 10],
    usage: '{{money (or request.amount purchase.amount)}}',
    gives: 'the first value that is set (in {{#if}}: true when any is set)',
    fn(...args) {
      return split(args).values.find(isSet) ?? '';
    },
  },
  and: {
    args: [1, 10],
    usage: '{{#if (and sender.email sender.phone)}}',
    gives: 'true when every value is set',
    fn(...args) {
      return split(args).values.every(isSet);
    },
  },
  not: {
    args: [1, 1],
    usage: '{{#if (not contacts)}}',
    gives: 'true when the value is not set (or is an empty list)',
    fn(...args) {
      return !isSet(split(args).values[0]);
    },
  },
  gt: {
    args: [2, 2],
    usage: '{{#if (gt (count story.outcome) 1)}}',
    gives: 'true when the first number is greater than the second',
    fn(...args) {
      const { values } = split(args);
      return Number(values[0]) > Number(values[1]);
    },
  },
  paired: {
    args: [2, 2],
    usage: '{{#if (paired story.expectations story.outcome)}}…{{/if}}',
    gives: 'true when two lists of the same length (two items or more) go together item by item: each promise and what happened share a word ("the crew would arrive by 10" / "the crew arrived at 1 pm"), so pairing them says nothing untrue',
    fn(...args) {
      const { values } = split(args);
      return pairedItems(asList(values[0]), asList(values[1]));
    },
  },
  zip: {
    args: [2, 2],
    usage: '{{#each (zip story.expectations story.outcome)}}{{promised}} / {{happened}}{{/each}}',
    gives: 'pairs two lists item by item, as {promised, happened}',
    fn(...args) {
      const { values } = split(args);
      const a = asList(values[0]);
      const b = asList(values[1]);
      return a.map((item, index) => ({ promised: item, happened: b[index] }));
    },
  },
};

/** The words of a text that say what it is about (four letters or more), by their first five letters. */
function wordStems(text: string): Set<string> {
  // Asked twice a letter for each promise and outcome, which a batch often shares.
  return remembered(stemsOf, text, () => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((word) => word.slice(0, 5))), 4096);
}

const stemsOf = new Map<string, Set<string>>();

/** Two lists whose items go together one by one: the same length, and each pair shares a word. */
export function pairedItems(first: unknown[], second: unknown[]): boolean {
  if (first.length < 2 || first.length !== second.length) return false;
  return first.every((item, i) => {
    const stems = wordStems(String(item));
    for (const stem of wordStems(String(second[i]))) if (stems.has(stem)) return true;
    return false;
  });
}

export const helpers: Record<string, Helper> = Object.fromEntries(Object.entries(helperSpecs).map(([name, spec]) => [name, spec.fn]));

export const helperNames = Object.keys(helpers);

/** The helper list for `redress templates --help` and the README: name and example, then what it gives. */
export function helperHelp(): string {
  return Object.entries(helperSpecs)
    .map(([name, spec]) => `  ${name.padEnd(10)}${spec.usage}\n  ${' '.repeat(10)}${spec.gives}`)
    .join('\n');
}
