import type { z } from 'zod/mini';
import { caseCurrency, caseSchema, type Case } from './schema.js';
import { countryFromAddress, countryInfo, findCountry } from './countries.js';
import { ambiguousForDecimalComma, localeWritesDecimalComma, plainNumber, readAmount } from './input-rules.js';
import { closest } from '../util/suggest.js';
import { invisibleShown, withoutInvisible } from '../util/invisible.js';
import { quoteValue, safeForTerminal } from '../io/terminal.js';

export type PathPart = string | number;

export interface Position {
  line: number;
  column: number;
}

/** One thing wrong with a case, located for the person who has to fix it. */
export interface Problem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export type Validation = { ok: true; value: Case } | { ok: false; problems: Problem[] };

/** Looks up where a field (or, failing that, its nearest parent) sits in the source file. */
export type Locator = (path: readonly PathPart[], which?: 'key' | 'value') => Position | undefined;

export function pathToString(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? invisibleShown(part) : `.${invisibleShown(part)}`;
  }
  return out;
}


type AnySchema = { _zod: { def: Record<string, unknown> & { type: string } } };

function objectShapeAt(path: readonly PathPart[]): Record<string, unknown> | undefined {
  let schema: AnySchema | undefined = caseSchema as unknown as AnySchema;
  const unwrap = (s: AnySchema | undefined): AnySchema | undefined => {
    for (let i = 0; s && i < 10; i++) {
      const def = s._zod.def;
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') s = def.innerType as AnySchema;
      else if (def.type === 'pipe') s = def.in as AnySchema;
      else if (def.type === 'union') s = (def.options as AnySchema[]).find((o) => ['object', 'array'].includes(unwrap(o)?._zod.def.type ?? ''));
      else break;
    }
    return s;
  };
  schema = unwrap(schema);
  for (const part of path) {
    if (!schema) return undefined;
    const def = schema._zod.def;
    if (typeof part === 'number' && def.type === 'array') schema = unwrap(def.element as AnySchema);
    else if (typeof part === 'string' && def.type === 'object') schema = unwrap((def.shape as Record<string, AnySchema>)[part]);
    else return undefined;
  }
  return schema?._zod.def.type === 'object' ? (schema._zod.def.shape as Record<string, unknown>) : undefined;
}

/** A text of spaces or nothing, in a field the case may leave out. */
function isBlankOptional(data: unknown, path: readonly PathPart[]): boolean {
  const value = valueAt(data, path);
  const field = path.at(-1);
  if (typeof value !== 'string' || value.trim() !== '' || typeof field !== 'string') return false;
  const shape = objectShapeAt(path.slice(0, -1));
  return (shape?.[field] as AnySchema | undefined)?._zod.def.type === 'optional';
}

function withoutFields(data: object, paths: readonly (readonly PathPart[])[]): object {
  const copy = (value: unknown, path: readonly PathPart[]): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const here = paths.filter((p) => p.length === path.length + 1 && path.every((part, i) => p[i] === part)).map((p) => p.at(-1));
    const deeper = (key: PathPart) => paths.some((p) => p.length > path.length + 1 && p[path.length] === key && path.every((part, i) => p[i] === part));
    if (Array.isArray(value)) return value.map((item, index) => (deeper(index) ? copy(item, [...path, index]) : item));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (!here.includes(key)) out[key] = deeper(key) ? copy(item, [...path, key]) : item;
    return out;
  };
  return copy(data, []) as object;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return quoteValue(value);
}

const MONEY_FIELDS = new Set(['amount', 'price']);

/** An amount of money in a problem reads as money: €1,200.50, not "1200.5". */
function moneyDescriber(data: unknown, path: readonly PathPart[]): ((value: unknown) => string) | undefined {
  const field = [...path].reverse().find((part) => typeof part === 'string');
  if (typeof field !== 'string' || !MONEY_FIELDS.has(field)) return undefined;
  const code = valueAt(data, ['purchase', 'currency']);
  // Where the case does not say, the letter's own currency and way of writing money: the writer's country's.
  const home = countryInfo(writerCountry(data));
  const written = valueAt(data, ['letter', 'locale']);
  const locale = typeof written === 'string' ? written : (home?.locale ?? 'en-US');
  const currency = typeof code === 'string' && /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : (home?.currency ?? 'USD');
  return (value) => {
    // The quick YAML reader hands plain numbers over as text; "1.200" is shown as typed (it may mean 1200).
    const amount = typeof value === 'string' && /^\d+(\.\d{1,2})?$/.test(value) ? Number(value) : value;
    if (typeof amount !== 'number' || !Number.isFinite(amount)) return describeValue(value);
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, numberingSystem: 'latn' }).format(amount);
    } catch {
      return `${amount} ${currency}`;
    }
  };
}

/** The writer's country as the letter will take it (see letterStyle): as written, else from the address. */
function writerCountry(data: unknown): string | undefined {
  const country = valueAt(data, ['sender', 'country']);
  if (typeof country === 'string') {
    const found = findCountry(country);
    return found.ok ? found.value.slice(0, 2) : undefined;
  }
  const address = valueAt(data, ['sender', 'address']);
  const currency = valueAt(data, ['purchase', 'currency']);
  const email = valueAt(data, ['sender', 'email']);
  return typeof address === 'string' ? countryFromAddress(address, typeof currency === 'string' ? currency : undefined, typeof email === 'string' ? email : undefined)?.country : undefined;
}

/**
 * Text YAML read as a name and a value because of a ": " inside it ("- prix convenu : 180 €",
 * as French typography writes a colon): where text was expected, the one item (or the value
 * itself) that is a group of one field, named with how to quote it.
 */
function splitAtColon(input: unknown, path: PathPart[]): { path: PathPart[]; message: string } | undefined {
  const asPair = (value: unknown): string | undefined => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const entries = Object.entries(value);
    if (entries.length !== 1) return undefined;
    const [key, inner] = entries[0]!;
    return typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean' ? `${key}: ${String(inner)}` : undefined;
  };
  const explain = (text: string) => {
    const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
    return `"${shown}" was read as a field name and its value, because of the ": " in it; to keep it as text, put it in quotes: "${shown.replace(/"/g, "'")}"`;
  };
  const whole = asPair(input);
  if (whole !== undefined) return { path, message: explain(whole) };
  if (!Array.isArray(input)) return undefined;
  const index = input.findIndex((item) => asPair(item) !== undefined);
  if (index < 0 || input.some((item, i) => i !== index && typeof item !== 'string' && asPair(item) === undefined)) return undefined;
  return { path: [...path, index], message: explain(asPair(input[index])!) };
}

export function friendlyMessage(issue: z.core.$ZodIssue, input: unknown, describeType: (value: unknown) => string = describeValue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'is required';
      const expected = issue.expected === 'object' ? 'a group of fields' : issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : `a ${issue.expected}`;
      const custom = issue.message && !issue.message.startsWith('Invalid input') ? issue.message : `expected ${expected}`;
      // "name: [Smith, John]": a text written in [ ] with a comma in it is read as a list.
      if (issue.expected === 'string' && Array.isArray(input) && input.length > 1 && input.every((item) => typeof item === 'string' || typeof item === 'number')) {
        const joined = input.join(', ');
        const shown = joined.length > 60 ? `${joined.slice(0, 59)}…` : joined;
        return `${custom}, got a list (inside [ ], a comma ends an item); for one text, write it in quotes without the [ ]: "${shown.replace(/"/g, "'")}"`;
      }
      return `${custom}, got ${describeType(input)}`;
    }
    case 'invalid_union': {
      if (input === undefined) return 'is required';
      // Report the branch that got furthest, e.g. an empty list rather than "not text".
      const branches = issue.errors.map((errors) => errors[0]).filter((e): e is z.core.$ZodIssue => e !== undefined);
      const deeper = branches.find((e) => e.path.length > 0 || e.code !== 'invalid_type');
      if (deeper && deeper.path.length === 0) return friendlyMessage(deeper, input, describeType);
      return `expected text or a list of texts, got ${describeType(input)}`;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      // The schema's own word for a value that may mean more than one of them ("Visa": a credit or a debit card).
      if (!issue.message.startsWith('expected one of')) return `${describeType(input)} ${issue.message}`;
      const guess = typeof input === 'string' ? closest(input, options) : undefined;
      return `expected one of ${options.join(', ')}, got ${describeType(input)}${guess ? ` (did you mean "${guess}"?)` : ''}`;
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
    default: {
      const message = issue.message;
      // Messages about how a value is written read best after the value: "14/06/2026" is not written year first…
      if (issue.code === 'custom' && issue.params?.valueFirst) return `${describeType(input)} ${message}`;
      if (issue.code === 'custom' && issue.params?.asIs) return message;
      if (/^(Invalid|Too)/.test(message)) return `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
      if (issue.code === 'invalid_format' || (issue.code === 'custom' && input !== undefined && typeof input !== 'object')) {
        return `${message}, got ${describeType(input)}`;
      }
      return message;
    }
  }
}

function valueAt(data: unknown, path: readonly PathPart[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.prototype.hasOwnProperty.call(value, part) ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/**
 * Validates plain data (from YAML or the wizard) into a Case, with located, friendly problems.
 * `schema` may be the case schema compiled (src/case/compiled.ts), which a batch uses.
 */
export function validateCase(data: unknown, locate: Locator = () => undefined, schema: typeof caseSchema = caseSchema): Validation {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const shape = Array.isArray(data) ? 'a list' : data === null || data === undefined ? 'empty' : 'a single value';
    return {
      ok: false,
      problems: [{ path: '', message: `should be a case: fields such as sender:, recipient:, purchase:, story: and request:, but it is ${shape}`, ...locate([]) }],
    };
  }
  data = withThousandsGroupedByDots(data as object);
  const written = currencyAsWritten(data as object);
  if (written !== undefined) data = { ...(data as object), purchase: { ...(valueAt(data, ['purchase']) as object), currency: written } };
  const result = schema.safeParse(data, { reportInput: true });
  const marks = [...currencyMarkProblems(data, locate), ...commaGroupedProblems(data as object, locate)];
  if (result.success && marks.length === 0) return { ok: true, value: result.data };
  // An optional field left empty ("impact: ''") is not used, as one left blank ("impact:") is not.
  const blanks = result.success ? [] : result.error.issues.filter((issue) => isBlankOptional(data, issue.path as PathPart[]));
  if (blanks.length > 0) return validateCase(withoutFields(data as object, blanks.map((issue) => issue.path as PathPart[])), locate, schema);
  const problems: Problem[] = marks;
  const issues = result.success ? [] : result.error.issues;
  // A field whose name only differs by an invisible character is there: it is not also missing.
  const retyped = new Set<string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(objectShapeAt(issue.path as PathPart[]) ?? {});
      for (const key of issue.keys) {
        const path = [...(issue.path as PathPart[]), key];
        if (key === '<<') {
          problems.push({ path: pathToString(path), message: `is a YAML merge key, which redress does not read. Write the fields it would bring in under ${issue.path.length > 0 ? pathToString(issue.path as PathPart[]) : 'the case'} themselves`, ...locate(path, 'key') });
          continue;
        }
        const seen = withoutInvisible(key);
        if (seen !== key && known.includes(seen)) {
          retyped.add(pathToString([...(issue.path as PathPart[]), seen]));
          problems.push({ path: pathToString(path), message: `has an invisible character in its name (shown here as \\u{…}), often picked up when text is copied from a web page or a document. Delete "${seen}" and type it again`, ...locate(path, 'key') });
          continue;
        }
        const guess = closest(key, known);
        const hint = guess ? `did you mean "${guess}"?` : `known fields here: ${known.join(', ')}`;
        problems.push({ path: pathToString(path), message: `is not a field redress knows (${hint})`, ...locate(path, 'key') });
      }
      continue;
    }
    const path = issue.path as PathPart[];
    const input = valueAt(data, path);
    const split = issue.code === 'invalid_union' || issue.code === 'invalid_type' ? splitAtColon(input, path) : undefined;
    if (split) {
      problems.push({ path: pathToString(split.path), message: split.message, ...locate(split.path, 'key') });
      continue;
    }
    problems.push({ path: pathToString(path), message: friendlyMessage(issue, input, moneyDescriber(data, path) ?? describeValue), ...locate(path, 'value') });
  }
  const shown = retyped.size === 0 ? problems : problems.filter((p) => !(retyped.has(p.path) && p.message === 'is required'));
  shown.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, problems: shown };
}

const CURRENCY_NAMES: Record<string, string> = { USD: 'US dollars', GBP: 'pounds', EUR: 'euros', CAD: 'Canadian dollars', AUD: 'Australian dollars', NZD: 'New Zealand dollars', JPY: 'yen' };

/** The places amounts are written in a case. */
function amountPaths(data: unknown): PathPart[][] {
  const paths: PathPart[][] = [['purchase', 'amount'], ['purchase', 'price'], ['request', 'amount']];
  const costs = valueAt(data, ['request', 'costs']);
  if (Array.isArray(costs)) costs.forEach((_, index) => paths.push(['request', 'costs', index, 'amount']));
  const replies = valueAt(data, ['history', 'replies']);
  if (Array.isArray(replies)) replies.forEach((_, index) => paths.push(['history', 'replies', index, 'amount']));
  return paths;
}

/**
 * The case with "1.500 €" written as "1500 €" where the writer writes decimals with a comma
 * (a letter's locale, else the writer's country, else the letter's language says so): in
 * Germany or Spain a dot there only groups thousands. Elsewhere it is asked (readAmount).
 */
function withThousandsGroupedByDots(data: object): object {
  let changed: object | undefined;
  for (const path of amountPaths(data)) {
    const written = valueAt(data, path);
    if (typeof written !== 'string' || readAmount(written).ok) continue;
    const read = readAmount(written, { decimalComma: true });
    if (!read.ok || !writesDecimalComma(data)) continue;
    changed = withValueAt(changed ?? data, path, plainNumber(read.value) + (read.mark ? ` ${read.mark}` : ''));
  }
  return changed ?? data;
}

/** "1,500" where the writer writes decimals with a comma: asked, not guessed (ambiguousForDecimalComma). */
function commaGroupedProblems(data: object, locate: Locator): Problem[] {
  const problems: Problem[] = [];
  for (const path of amountPaths(data)) {
    const written = valueAt(data, path);
    const message = typeof written === 'string' ? ambiguousForDecimalComma(written) : undefined;
    if (message && writesDecimalComma(data)) problems.push({ path: pathToString(path), message: `${quoteValue(written)} ${message}`, ...locate(path) });
  }
  return problems;
}

const LANGUAGES_WITH_DECIMAL_COMMA = new Set(['fr', 'de', 'es']);

function writesDecimalComma(data: object): boolean {
  const locale = valueAt(data, ['letter', 'locale']);
  if (typeof locale === 'string' && locale.trim() !== '') return localeWritesDecimalComma(locale.trim());
  const country = valueAt(data, ['sender', 'country']);
  const found = typeof country === 'string' ? findCountry(country) : undefined;
  if (found?.ok) {
    const code = found.value.slice(0, 2);
    const locale = countryInfo(code)?.locale ?? maximisedLocale(`und-${code}`);
    if (locale !== undefined) return localeWritesDecimalComma(locale);
  }
  const language = valueAt(data, ['letter', 'language']);
  return typeof language === 'string' && LANGUAGES_WITH_DECIMAL_COMMA.has(language.trim().toLowerCase());
}

function maximisedLocale(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().toString();
  } catch {
    return undefined;
  }
}

/** A copy of `data` with `value` at `path` (the objects and lists on the way copied, the rest shared). */
function withValueAt(data: unknown, path: readonly PathPart[], value: unknown): object {
  if (path.length === 0) return value as object;
  const [first, ...rest] = path;
  if (Array.isArray(data)) return data.map((item, index) => (index === first ? withValueAt(item, rest, value) : item));
  const copy = { ...(data as Record<string, unknown>) };
  copy[first as string] = withValueAt(copy[first as string], rest, value);
  return copy;
}

/**
 * The currency the amounts are written in ("€412.60"), when the case says no currency and no
 * country that has one, and every mark means the same one currency: that is what was paid in.
 */
function currencyAsWritten(data: object): string | undefined {
  const purchase = valueAt(data, ['purchase']);
  if (purchase === null || typeof purchase !== 'object' || Array.isArray(purchase) || valueAt(data, ['purchase', 'currency']) !== undefined) return undefined;
  const country = valueAt(data, ['sender', 'country']);
  if (typeof country === 'string' && countryCurrency(country) !== undefined) return undefined;
  let meant: string[] | undefined;
  for (const path of amountPaths(data)) {
    const written = valueAt(data, path);
    if (typeof written !== 'string') continue;
    const reading = readAmount(written);
    if (!reading.ok || !reading.currencies) continue;
    meant = meant === undefined ? [...reading.currencies] : meant.filter((code) => reading.currencies!.includes(code));
  }
  return meant?.length === 1 ? meant[0] : undefined;
}

/** The currency of a country written as in a case (a code or a name), when redress knows it. */
function countryCurrency(country: string): string | undefined {
  const found = findCountry(country);
  return found.ok ? countryInfo(found.value.slice(0, 2))?.currency : undefined;
}

/** An amount written with a currency ("£2,400") must be in the case's currency. */
function currencyMarkProblems(data: unknown, locate: Locator): Problem[] {
  const problems: Problem[] = [];
  let currency: string | undefined;
  for (const path of amountPaths(data)) {
    const written = valueAt(data, path);
    if (typeof written !== 'string') continue;
    const reading = readAmount(written);
    if (!reading.ok || !reading.currencies) continue;
    if (currency === undefined) {
      const own = valueAt(data, ['purchase', 'currency']);
      const country = valueAt(data, ['sender', 'country']);
      const found = typeof country === 'string' ? findCountry(country) : undefined;
      currency = typeof own === 'string' ? own.trim().toUpperCase() : caseCurrency({ purchase: {}, sender: { country: found?.ok ? found.value : undefined } });
    }
    if (!/^[A-Z]{3}$/.test(currency) || reading.currencies.includes(currency)) continue;
    const name = (code: string) => (CURRENCY_NAMES[code] ? `${CURRENCY_NAMES[code]} (${code})` : code);
    const plain = plainNumber(reading.value);
    const given = typeof valueAt(data, ['purchase', 'currency']) === 'string';
    const meant = reading.currencies.length === 1 ? reading.currencies[0]! : undefined;
    problems.push({
      path: pathToString(path),
      // Which currency was paid in comes first: writing the figure alone would change what it is worth.
      message: `${quoteValue(written)} is in ${meant ? name(meant) : reading.mark}, but ${given ? `purchase.currency is ${name(currency)}` : `this case's amounts are in ${name(currency)}, as no purchase.currency is given`}. If you paid in ${meant ?? reading.currencies.join(' or ')}, ${given ? 'change purchase.currency to' : 'add purchase.currency:'} ${meant ?? `${reading.currencies.join(' or ')} (the one you paid in)`}; if the sum is in ${name(currency)}, write it as ${plain}`,
      ...locate(path, 'value'),
    });
  }
  return problems;
}

/** `case.yaml:14:11 request.amount: expected a number, got "five hundred"` */
export function formatProblem(file: string, problem: Problem): string {
  const where = problem.line !== undefined ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
  const field = problem.path ? ` ${problem.path}:` : '';
  return safeForTerminal(`${where}${field} ${problem.message}`);
}
