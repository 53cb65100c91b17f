// The helpers templates may use. Templates run with knownHelpersOnly, so this list is
// exactly what a template (built-in or a stranger's) can call.
import type { HelperOptions } from 'handlebars';
import { isCalendarDate } from '../case/dates.js';
import type { ResolvedCase } from '../case/resolve.js';
import { formatDate, formatList, formatMoney, ordinal } from './format-values.js';

type Options = HelperOptions & { data: { root: ResolvedCase } };
type Helper = (...args: unknown[]) => unknown;

function split(args: unknown[]): { values: unknown[]; options: Options } {
  const options = args[args.length - 1] as Options;
  return { values: args.slice(0, -1), options };
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const localeOf = (options: Options): string => options.data?.root?.letter?.locale ?? 'en-US';

/** Capital first letter and a closing full stop, unless it already ends a sentence. */
export function sentence(value: unknown): string {
  const trimmed = text(value).trim();
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]["'’”)\]]*$/.test(capital) ? capital : `${capital}.`;
}

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

export const helpers: Record<string, Helper> = {
  /** {{date purchase.date}} -> "November 2, 2026" in the letter's locale. */
  date(...args) {
    const { values, options } = split(args);
    const value = text(values[0]);
    return isCalendarDate(value) ? formatDate(value, localeOf(options)) : value;
  },
  /** {{money request.amount}} -> "$1,200.00"; an optional second argument names another currency. */
  money(...args) {
    const { values, options } = split(args);
    const amount = Number(values[0]);
    if (values[0] === undefined || values[0] === null || values[0] === '' || !Number.isFinite(amount)) return '';
    const currency = typeof values[1] === 'string' ? values[1] : (options.data?.root?.purchase?.currency ?? 'USD');
    return formatMoney(amount, currency, localeOf(options));
  },
  /** {{list items}} -> "a, b and c"; {{list items "or"}} -> "a, b or c". */
  list(...args) {
    const { values, options } = split(args);
    const items = Array.isArray(values[0]) ? values[0].map(text).filter(Boolean) : [text(values[0])].filter(Boolean);
    return formatList(items, localeOf(options), values[1] === 'or' ? 'disjunction' : 'conjunction');
  },
  /** {{dates letter.previous}} -> "October 1, 2026 and October 20, 2026". */
  dates(...args) {
    const { values, options } = split(args);
    const items = Array.isArray(values[0]) ? values[0].map(text) : [];
    return formatList(items.map((d) => (isCalendarDate(d) ? formatDate(d, localeOf(options)) : d)), localeOf(options));
  },
  /** {{deadline}} -> the reply-by date of the request, formatted. */
  deadline(...args) {
    const { options } = split(args);
    const value = options.data?.root?.request?.deadline;
    return value ? formatDate(value, localeOf(options)) : '';
  },
  /** {{ordinal 2}} -> "2nd". */
  ordinal(...args) {
    const { values } = split(args);
    const n = Number(values[0]);
    return Number.isInteger(n) ? ordinal(n) : text(values[0]);
  },
  /** {{plural count "letter" "letters"}} -> the word for the count (the plural defaults to word + "s"). */
  plural(...args) {
    const { values } = split(args);
    const count = Array.isArray(values[0]) ? values[0].length : Number(values[0]);
    const one = text(values[1]);
    const many = values[2] !== undefined ? text(values[2]) : `${one}s`;
    return count === 1 ? one : many;
  },
  /** {{count items}} -> the number of items in a list. */
  count(...args) {
    const { values } = split(args);
    return Array.isArray(values[0]) ? values[0].length : values[0] ? 1 : 0;
  },
  /** {{last letter.previous}} -> the last item of a list. */
  last(...args) {
    const { values } = split(args);
    return Array.isArray(values[0]) ? values[0][values[0].length - 1] : values[0];
  },
  /** {{sentence text}} -> capitalised, ending with a full stop. */
  sentence(...args) {
    return sentence(split(args).values[0]);
  },
  /** {{clause text}} -> lower-case start, no full stop: for the middle of a sentence. */
  clause(...args) {
    return clause(split(args).values[0]);
  },
  /** {{nextStep text}} -> "dispute the charge" from "I will dispute the charge." */
  nextStep(...args) {
    return nextStep(split(args).values[0]);
  },
  /** {{#if (eq request.remedy "refund")}} */
  eq(...args) {
    const { values } = split(args);
    return values[0] === values[1];
  },
  /** {{#if (or a b)}}; as a value, the first of its arguments that is set: {{money (or request.amount purchase.amount)}} */
  or(...args) {
    return split(args).values.find((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v))) ?? '';
  },
  /** {{#if (and a b)}} */
  and(...args) {
    return split(args).values.every((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  },
  /** {{#if (not a)}} */
  not(...args) {
    const v = split(args).values[0];
    return Array.isArray(v) ? v.length === 0 : !v;
  },
  /** {{#if (gt (count story.outcome) 1)}} */
  gt(...args) {
    const { values } = split(args);
    return Number(values[0]) > Number(values[1]);
  },
  /** {{#each (zip story.expectations story.outcome)}}{{this.[0]}} / {{this.[1]}}{{/each}} pairs two lists. */
  zip(...args) {
    const { values } = split(args);
    const a = Array.isArray(values[0]) ? values[0] : [];
    const b = Array.isArray(values[1]) ? values[1] : [];
    return a.map((item, index) => ({ promised: item, happened: b[index] }));
  },
};

export const helperNames = Object.keys(helpers);
