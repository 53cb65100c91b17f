// Writing the dispute's record (history.letters, history.replies) into a case file. The new
// text is spliced into the file as it is, so its comments, quoting, order, indentation and
// line endings stay exactly as the person wrote them: the YAML library would write the
// whole file anew (and `0093321` would become `93321`). Each edit is checked by reading
// the result back: it must hold the old data plus the one change, and nothing else.
import { parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { UserError } from '../errors.js';
import { recordLetterDate } from '../letter/ladder.js';
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
  if (!isMap(doc.contents) || (doc.contents as YAMLMap).flow) throw new UserError(`Cannot record ${what}: the case file should be fields such as sender: and history:, one per line.`);
  const history = (doc.contents as YAMLMap).get('history', true) as YamlNode | undefined;
  if (history != null && !isMap(history) && !(isScalar(history) && history.value === null)) {
    throw new UserError(`Cannot record ${what}: history: in the case file should be fields such as letters: and replies:.`);
  }
  return doc;
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

/** Adds `entry` at the end of history.<list>, creating what is missing. */
function spliceAppend(source: string, doc: Document.Parsed, list: 'letters' | 'replies', entry: Entry, asBlock: boolean): string | undefined {
  const nl = source.includes('\r\n') ? '\r\n' : '\n';
  const root = doc.contents as YAMLMap;
  const unit = ' '.repeat(indentUnit(source, root));
  const newList = (indent: string) => {
    const pad = `${indent}${unit}  `;
    return `${indent}${list}:${nl}${indent}${unit}- ${asBlock ? block(entry, pad, nl) : flow(entry)}`;
  };
  const historyPair = pairOf(root, 'history');
  if (!historyPair) {
    const body = `history:${nl}${newList(unit)}${nl}`;
    return source === '' || source.endsWith('\n') ? source + body : source + nl + body;
  }
  const keyColumn = columnOf(source, historyPair.key!.range![0]);
  const history = historyPair.value;
  if (isEmpty(history)) {
    if (history?.range && history.range[1] > history.range[0]) return undefined; // history: ~
    return insert(source, lineEnd(source, historyPair.key!.range![1]), `${nl}${newList(' '.repeat(keyColumn) + unit)}`);
  }
  const map = history as YAMLMap;
  if (map.flow) return undefined;
  const items = map.items as Pair<YamlNode, YamlNode | null>[];
  const indent = ' '.repeat(columnOf(source, items[0]!.key!.range![0]));
  const listPair = pairOf(map, list);
  if (!listPair) {
    const last = items[items.length - 1]!;
    return insert(source, lineEnd(source, (last.value ?? last.key)!.range![1]), `${nl}${newList(indent)}`);
  }
  const value = listPair.value;
  if (isEmpty(value)) {
    if (value?.range && value.range[1] > value.range[0]) return undefined;
    const pad = `${indent}${unit}  `;
    return insert(source, lineEnd(source, listPair.key!.range![1]), `${nl}${indent}${unit}- ${asBlock ? block(entry, pad, nl) : flow(entry)}`);
  }
  if (!isSeq(value)) return undefined;
  const seq = value as YAMLSeq;
  const seqItems = seq.items as (YamlNode | null)[];
  if (seq.flow) {
    const close = source.lastIndexOf(']', seq.range![1]);
    if (close < 0) return undefined;
    return insert(source, trimEndAt(source, close), `${seqItems.length === 0 ? '' : ', '}${flow(entry)}`);
  }
  const lastItem = seqItems[seqItems.length - 1];
  if (!lastItem?.range) return undefined;
  const lineStart = source.lastIndexOf('\n', lastItem.range[0] - 1) + 1;
  // The "- " before the item (before its first key, for a block map).
  const prefix = source.slice(lineStart, lastItem.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  const pad = ' '.repeat(prefix.length);
  return insert(source, lineEnd(source, lastItem.range[1]), `${nl}${prefix}${asBlock ? block(entry, pad, nl) : flow(entry)}`);
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
  const withDate = letterDateAtLeast(recordLetterDate(source, letter.date), letter.date);
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
  return append(
    source,
    'replies',
    [['date', reply.date], ['kind', reply.kind], ['amount', reply.amount], ['text', reply.text], ['by', reply.by], ['answer', reply.answer], ['reason', reply.reason], ['notes', reply.notes]],
    'the reply',
  );
}

/** Sets fields (answer:, reason:) of the reply at `index` of history.replies, as written in the file. */
export function updateReply(source: string, index: number, changes: Entry): string {
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
      const close = source.lastIndexOf('}', map.range![1]);
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
