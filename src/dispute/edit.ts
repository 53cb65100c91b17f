// Writing the dispute's record (history.letters, history.replies) into a case file. The new
// text is spliced into the file as it is, so its comments, quoting, order, indentation and
// line endings stay exactly as the person wrote them: the YAML library would write the
// whole file anew (and `0093321` would become `93321`). Each edit is checked by reading
// the result back: it must hold the old data plus the one change, and nothing else.
import { parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { UserError } from '../errors.js';
import { columnOf, insert, lineEnd } from '../util/text-edit.js';

type Value = string | number;
/** Fields in the order they are written; undefined values are left out. */
export type Entry = [key: string, value: Value | undefined][];

/** A value as YAML text: dates, numbers and single words plain, any other text double-quoted. */
function scalar(value: Value): string {
  if (typeof value === 'number') return String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /^[a-z][a-z-]*$/.test(value)) return value;
  return JSON.stringify(value);
}

const fields = (entry: Entry) => entry.filter((f): f is [string, Value] => f[1] !== undefined);
const flow = (entry: Entry) => `{ ${fields(entry).map(([k, v]) => `${k}: ${scalar(v)}`).join(', ')} }`;
/** Block lines of a list item: the first after "- ", the others indented by `pad`. */
const block = (entry: Entry, pad: string, nl: string) => fields(entry).map(([k, v], i) => `${i === 0 ? '' : pad}${k}: ${scalar(v)}`).join(nl);
const asData = (entry: Entry) => Object.fromEntries(fields(entry));

function parse(source: string, what: string): Document.Parsed {
  const doc = parseDocument(source, { uniqueKeys: false });
  if (doc.errors.length > 0) throw new UserError(`Cannot record ${what}: the case file is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}). Fix it and try again.`);
  if (!isMap(doc.contents)) throw new UserError(`Cannot record ${what}: the case file should be fields such as sender: and history:. Check that it is a case file (redress check FILE says what is wrong with it).`);
  for (const [key, kind] of [['history', 'letters: and replies:'], ['letter', 'stage: and previous:']] as const) {
    const node = (doc.contents as YAMLMap).get(key, true) as YamlNode | undefined;
    if (node != null && !isMap(node) && !(isScalar(node) && node.value === null)) {
      throw new UserError(`Cannot record ${what}: ${key}: in the case file should be fields such as ${kind}. Correct it and run the command again.`);
    }
  }
  return doc;
}

/**
 * A file whose lines end with a carriage return alone (as old Mac editors save them), which
 * the case reader reads, is edited with line feeds and given back with its own line ends.
 */
function withOwnLineEnds(source: string, edit: (text: string) => string): string {
  if (source.includes('\n') || !source.includes('\r')) return edit(source);
  return edit(source.replace(/\r/g, '\n')).replace(/\n/g, '\r');
}

function sameData(text: string, expected: unknown): boolean {
  const doc = parseDocument(text, { uniqueKeys: false });
  return doc.errors.length === 0 && JSON.stringify(doc.toJS()) === JSON.stringify(expected);
}


function trimEndAt(source: string, close: number): number {
  let at = close;
  while (at > 0 && /[ \t]/.test(source[at - 1]!)) at -= 1;
  return at;
}

const pairOf = (map: YAMLMap, key: string) => (map.items as Pair<YamlNode, YamlNode | null>[]).find((p) => isScalar(p.key) && p.key.value === key);
const isEmpty = (node: YamlNode | null | undefined) => node == null || (isScalar(node) && node.value === null);

/** The file's own indentation step (2 unless a nested field shows otherwise). */
function indentUnit(source: string, root: YAMLMap): number {
  for (const pair of root.items as Pair<YamlNode, YamlNode | null>[]) {
    if (isMap(pair.value) && !pair.value.flow && pair.key?.range) {
      const first = (pair.value.items[0] as Pair<YamlNode, YamlNode> | undefined)?.key?.range;
      if (first) {
        const step = columnOf(source, first[0]) - columnOf(source, pair.key.range[0]);
        if (step > 0 && step <= 8) return step;
      }
    }
  }
  return 2;
}

/** Writes `text` as the value of an empty field, just after its colon: a comment after it stays on its line, where it was when there is room. */
function fillEmpty(source: string, key: YamlNode, text: string): string | undefined {
  if (!key.range) return undefined;
  const colon = source.indexOf(':', key.range[1]);
  if (colon < 0 || source.slice(key.range[1], colon).trim() !== '') return undefined;
  const at = colon + 1;
  const spaces = /^[ \t]*/.exec(source.slice(at))![0];
  const next = source[at + spaces.length];
  const after = next === '#' ? ' '.repeat(Math.max(1, spaces.length - 1 - text.length)) : '';
  return `${source.slice(0, at)} ${text}${after}${source.slice(at + spaces.length)}`;
}

/** Adds `key: value` at the end of a {flow} map. */
function intoFlowMap(source: string, map: YAMLMap, text: string): string | undefined {
  if (!map.range) return undefined;
  const close = source.lastIndexOf('}', map.range[1] - 1);
  if (close <= map.range[0]) return undefined;
  const empty = source.slice(map.range[0] + 1, close).trim() === '';
  return insert(source, trimEndAt(source, close), empty ? ` ${text} ` : `, ${text}`);
}

/** A null written out (history: ~, history: null): replaced by `text`. */
const writtenNull = (node: YamlNode | null | undefined) => (node?.range && node.range[1] > node.range[0] ? node.range : undefined);
const replaceRange = (source: string, range: readonly number[], text: string) => source.slice(0, range[0]) + text + source.slice(range[1]);

/** Adds `entry` at the end of history.<list>, creating what is missing. */
function spliceAppend(source: string, doc: Document.Parsed, list: 'letters' | 'replies', entry: Entry, asBlock: boolean): string | undefined {
  const nl = source.includes('\r\n') ? '\r\n' : '\n';
  const root = doc.contents as YAMLMap;
  const unit = ' '.repeat(indentUnit(source, root));
  const newList = (indent: string) => {
    const pad = `${indent}${unit}  `;
    return `${indent}${list}:${nl}${indent}${unit}- ${asBlock ? block(entry, pad, nl) : flow(entry)}`;
  };
  const flowList = `${list}: [ ${flow(entry)} ]`;
  const historyPair = pairOf(root, 'history');
  if (!historyPair) {
    if (root.flow) return intoFlowMap(source, root, `history: { ${flowList} }`);
    const body = `history:${nl}${newList(unit)}${nl}`;
    return source === '' || source.endsWith('\n') ? source + body : source + nl + body;
  }
  const keyColumn = columnOf(source, historyPair.key!.range![0]);
  const history = historyPair.value;
  if (isEmpty(history)) {
    const written = writtenNull(history);
    if (written) return replaceRange(source, written, `{ ${flowList} }`);
    if (root.flow) return fillEmpty(source, historyPair.key!, `{ ${flowList} }`);
    return insert(source, lineEnd(source, historyPair.key!.range![1]), `${nl}${newList(' '.repeat(keyColumn) + unit)}`);
  }
  const map = history as YAMLMap;
  const items = map.items as Pair<YamlNode, YamlNode | null>[];
  const listPair = pairOf(map, list);
  if (!listPair) {
    if (map.flow) return intoFlowMap(source, map, flowList);
    const indent = ' '.repeat(columnOf(source, items[0]!.key!.range![0]));
    const last = items[items.length - 1]!;
    return insert(source, lineEnd(source, (last.value ?? last.key)!.range![1]), `${nl}${newList(indent)}`);
  }
  const value = listPair.value;
  if (isEmpty(value)) {
    const written = writtenNull(value);
    if (written) return replaceRange(source, written, `[ ${flow(entry)} ]`);
    if (map.flow) return fillEmpty(source, listPair.key!, `[ ${flow(entry)} ]`);
    const indent = ' '.repeat(columnOf(source, listPair.key!.range![0]));
    const pad = `${indent}${unit}  `;
    return insert(source, lineEnd(source, listPair.key!.range![1]), `${nl}${indent}${unit}- ${asBlock ? block(entry, pad, nl) : flow(entry)}`);
  }
  if (!isSeq(value)) return undefined;
  const seq = value as YAMLSeq;
  const seqItems = seq.items as (YamlNode | null)[];
  if (seq.flow) return appendToFlowList(source, seq, flow(entry));
  const lastItem = seqItems[seqItems.length - 1];
  if (!lastItem?.range) return undefined;
  const lineStart = source.lastIndexOf('\n', lastItem.range[0] - 1) + 1;
  // The "- " before the item (before its first key, for a block map).
  const prefix = source.slice(lineStart, lastItem.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  const pad = ' '.repeat(prefix.length);
  return insert(source, lineEnd(source, lastItem.range[1]), `${nl}${prefix}${asBlock ? block(entry, pad, nl) : flow(entry)}`);
}

/** `[a, b]` -> `[a, b, text]`, as written (spaces, comments after it); undefined when its bracket is not found. */
function appendToFlowList(source: string, seq: YAMLSeq, text: string): string | undefined {
  const close = source.lastIndexOf(']', seq.range![1] - 1);
  if (close < 0) return undefined;
  return insert(source, trimEndAt(source, close), `${seq.items.length === 0 ? '' : ', '}${text}`);
}

/** Adds `date` to letter.previous, creating what is missing, as spliceAppend does for history. */
function splicePrevious(source: string, doc: Document.Parsed, date: string): string | undefined {
  const nl = source.includes('\r\n') ? '\r\n' : '\n';
  const root = doc.contents as YAMLMap;
  const unit = ' '.repeat(indentUnit(source, root));
  const pairs = root.items as Pair<YamlNode, YamlNode | null>[];
  const letterPair = pairOf(root, 'letter');
  if (!letterPair) {
    if (root.flow) return intoFlowMap(source, root, `letter: { previous: [${date}] }`);
    const last = pairs[pairs.length - 1];
    const rootIndent = last?.key?.range ? ' '.repeat(columnOf(source, last.key.range[0])) : '';
    const text = `letter:${nl}${rootIndent}${unit}previous: [${date}]`;
    if (!last) return `${source}${source === '' || source.endsWith('\n') ? '' : nl}${text}${nl}`;
    return insert(source, lineEnd(source, (last.value ?? last.key)!.range![1]), `${nl}${rootIndent}${text}`);
  }
  const letter = letterPair.value;
  if (isEmpty(letter)) {
    const written = writtenNull(letter);
    if (written) return replaceRange(source, written, `{ previous: [${date}] }`);
    if (root.flow) return fillEmpty(source, letterPair.key!, `{ previous: [${date}] }`);
    const keyColumn = columnOf(source, letterPair.key!.range![0]);
    return insert(source, lineEnd(source, letterPair.key!.range![1]), `${nl}${' '.repeat(keyColumn)}${unit}previous: [${date}]`);
  }
  const map = letter as YAMLMap;
  const items = map.items as Pair<YamlNode, YamlNode | null>[];
  const previousPair = pairOf(map, 'previous');
  if (!previousPair) {
    if (map.flow) return intoFlowMap(source, map, `previous: [${date}]`);
    const last = items[items.length - 1]!;
    const indent = ' '.repeat(columnOf(source, items[0]!.key!.range![0]));
    return insert(source, lineEnd(source, (last.value ?? last.key)!.range![1]), `${nl}${indent}previous: [${date}]`);
  }
  const value = previousPair.value;
  if (isEmpty(value)) {
    const written = writtenNull(value);
    return written ? replaceRange(source, written, `[${date}]`) : fillEmpty(source, previousPair.key!, `[${date}]`);
  }
  if (isScalar(value) && value.range) {
    // One date written without a list: make it a list of two.
    return replaceRange(source, value.range, `[${source.slice(value.range[0], value.range[1])}, ${date}]`);
  }
  if (!isSeq(value)) return undefined;
  const seq = value as YAMLSeq;
  const seqItems = seq.items as (YamlNode | null)[];
  if (seq.flow) return appendToFlowList(source, seq, date);
  const lastItem = seqItems[seqItems.length - 1];
  if (!lastItem?.range) return undefined;
  const lineStart = source.lastIndexOf('\n', lastItem.range[0] - 1) + 1;
  const prefix = source.slice(lineStart, lastItem.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  return insert(source, lineEnd(source, lastItem.range[1]), `${nl}${prefix}${date}`);
}

/**
 * Adds a letter's date to letter.previous (which older templates and tools read), unless it is
 * there already. Only the text that says so is added: nothing else in the file changes.
 */
export function recordPreviousDate(source: string, date: string): string {
  return withOwnLineEnds(source, (text) => previousDateRecorded(text, date));
}

function previousDateRecorded(source: string, date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UserError(`Cannot record the letter: ${JSON.stringify(date)} is not a date written as YYYY-MM-DD.`);
  const doc = parse(source, 'the letter');
  const expected = doc.toJS() as Record<string, unknown>;
  const letter = (expected.letter ?? {}) as Record<string, unknown>;
  const old = letter.previous;
  const previous = Array.isArray(old) ? (old as unknown[]) : old == null ? [] : [old];
  if (previous.map(String).includes(date)) return source;
  expected.letter = { ...letter, previous: [...previous, date] };
  const edited = splicePrevious(source, doc, date);
  if (edited !== undefined && sameData(edited, expected)) return edited;
  throw new UserError(`Cannot record the letter in this case file automatically (its layout is unusual). Add its date to letter.previous yourself, for example:\nletter:\n  previous: [${date}]`);
}

function append(source: string, list: 'letters' | 'replies', entry: Entry, what: string): string {
  const doc = parse(source, what);
  const expected = doc.toJS() as Record<string, unknown>;
  const history = (expected.history ?? {}) as Record<string, unknown>;
  const old = Array.isArray(history[list]) ? (history[list] as unknown[]) : [];
  expected.history = { ...history, [list]: [...old, asData(entry)] };
  const edited = spliceAppend(source, doc, list, entry, list === 'replies');
  if (edited !== undefined && sameData(edited, expected)) return edited;
  throw new UserError(`Cannot record ${what} in this case file automatically (its layout is unusual). Add it yourself, for example:\nhistory:\n  ${list}:\n    - ${flow(entry)}`);
}

export interface LetterRecord {
  date: string;
  stage: string;
  format?: string;
  replyBy?: string;
}

/**
 * Records a letter sent: in history.letters, and its date in letter.previous (which older
 * templates and tools read), unless the date is there already.
 */
export function recordSentLetter(source: string, letter: LetterRecord): string {
  return withOwnLineEnds(source, (text) => sentLetterRecorded(text, letter));
}

function sentLetterRecorded(source: string, letter: LetterRecord): string {
  const withDate = letterDateAtLeast(previousDateRecorded(source, letter.date), letter.date);
  return append(withDate, 'letters', [['date', letter.date], ['stage', letter.stage], ['format', letter.format], ['replyBy', letter.replyBy]], 'the letter');
}

/**
 * A letter.date written in the file that is earlier than a letter now recorded becomes that
 * letter's date: a case's earlier letters must not come after its letter date, so leaving it
 * would make the file invalid. Only the value's own text changes.
 */
function letterDateAtLeast(source: string, date: string): string {
  const doc = parseDocument(source, { uniqueKeys: false });
  const node = doc.getIn(['letter', 'date'], true);
  if (!isScalar(node) || !node.range || String(node.value) >= date) return source;
  return `${source.slice(0, node.range[0])}${date}${source.slice(node.range[1])}`;
}

export interface ReplyRecord {
  date: string;
  kind: string;
  amount?: number;
  text?: string;
  by?: string;
  answer?: string;
  reason?: string;
  notes?: string;
}

export function recordReply(source: string, reply: ReplyRecord): string {
  return withOwnLineEnds(source, (text) => append(
    text,
    'replies',
    [['date', reply.date], ['kind', reply.kind], ['amount', reply.amount], ['text', reply.text], ['by', reply.by], ['answer', reply.answer], ['reason', reply.reason], ['notes', reply.notes]],
    'the reply',
  ));
}

/** Sets fields (answer:, reason:) of the reply at `index` of history.replies, as written in the file. */
export function updateReply(source: string, index: number, changes: Entry): string {
  return withOwnLineEnds(source, (text) => replyUpdated(text, index, changes));
}

function replyUpdated(source: string, index: number, changes: Entry): string {
  const what = 'your answer';
  const doc = parse(source, what);
  const expected = doc.toJS() as { history?: { replies?: Record<string, unknown>[] } };
  const target = expected.history?.replies?.[index];
  const node = (doc.getIn(['history', 'replies', index], true) as YamlNode | undefined) ?? null;
  if (!target || !isMap(node)) throw new UserError(`Cannot record ${what}: history.replies has no reply number ${index + 1}.`);
  Object.assign(target, asData(changes));
  let edited = source;
  // From the end of the file backwards, so earlier offsets stay right.
  const edits: { at: number; end: number; text: string }[] = [];
  const map = node as YAMLMap;
  const nl = source.includes('\r\n') ? '\r\n' : '\n';
  const missing: [string, Value][] = [];
  for (const [key, value] of fields(changes)) {
    const pair = pairOf(map, key);
    if (pair?.value?.range && isScalar(pair.value)) edits.push({ at: pair.value.range[0], end: pair.value.range[1], text: scalar(value) });
    else if (pair) throw new UserError(`Cannot record ${what}: ${key}: of that reply is not a single value. Change it yourself.`);
    else missing.push([key, value]);
  }
  if (missing.length > 0) {
    if (map.flow) {
      const close = source.lastIndexOf('}', map.range![1] - 1);
      const at = trimEndAt(source, close);
      edits.push({ at, end: at, text: missing.map(([k, v]) => `, ${k}: ${scalar(v)}`).join('') });
    } else {
      const items = map.items as Pair<YamlNode, YamlNode | null>[];
      const indent = ' '.repeat(columnOf(source, items[0]!.key!.range![0]));
      const last = items[items.length - 1]!;
      const at = lineEnd(source, (last.value ?? last.key)!.range![1]);
      edits.push({ at, end: at, text: missing.map(([k, v]) => `${nl}${indent}${k}: ${scalar(v)}`).join('') });
    }
  }
  for (const e of edits.sort((a, b) => b.at - a.at)) edited = edited.slice(0, e.at) + e.text + edited.slice(e.end);
  if (sameData(edited, expected)) return edited;
  throw new UserError(`Cannot record ${what} in this case file automatically (its layout is unusual). Add it under the reply yourself, for example:\n      ${fields(changes).map(([k, v]) => `${k}: ${scalar(v)}`).join('\n      ')}`);
}
