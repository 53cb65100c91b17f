// YAML -> plain data, keeping text exactly as written and remembering where every
// field sits, so a problem can be reported as file:line:column.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from 'yaml';
import type { Locator, PathPart, Position, Problem } from './validate.js';
import { pathToString } from './validate.js';
import { safeForTerminal } from '../io/terminal.js';

export const MAX_DEPTH = 32;
export const MAX_NODES = 200_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class YamlProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

export interface ParsedYaml {
  data: unknown;
  locate: Locator;
}

interface Spot {
  key?: number;
  value: number;
}

function friendlyYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'the same field appears twice here; keep only one of them';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indenting; YAML needs spaces instead of tabs';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `this line is not valid YAML (${message.split('\n')[0]!.replace(/\.$/, '')}); check the indenting and that each field looks like "name: value"`;
    case 'MULTIPLE_DOCS':
      return 'a case file holds one case, but a line "---" here starts a second one; remove it, or write many cases with `redress batch`';
    default:
      if (/call stack/i.test(message)) return `the fields are nested too deeply (more than ${MAX_DEPTH} levels); write them with fewer [ ] and { } inside each other`;
      return `this is not valid YAML (${message.split('\n')[0]!.replace(/\.$/, '')})`;
  }
}

/** Tags that say what a value already is: text, a number, true or false, nothing, a group or a list ("!!str 0042"). */
const PLAIN_TAGS = new Set(['!', ...['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((type) => `tag:yaml.org,2002:${type}`)]);

/** What to say of a value with a tag redress does not read (it would be dropped, or read as something it is not). */
function unknownTag(tag: string, of: 'value' | 'fields' | 'list' | 'name'): string {
  const shown = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag.startsWith('!') ? tag : `!<${tag}>`;
  if (shown === '!!binary') return 'is marked !!binary (encoded binary data), which redress does not read: the letter would show the encoded letters, not what they stand for. Remove "!!binary" and write the value as plain text';
  const then = of === 'value' ? 'write the value as plain text' : of === 'name' ? 'write the field name as a plain word' : `the ${of === 'list' ? 'items' : 'fields'} below it need no tag`;
  return `is marked with the YAML tag ${shown}, which redress does not read, so it cannot tell what it is meant to be. Remove "${shown}": ${then}`;
}

/** An item that is a value in itself, a number or a date (2026-01-10), not words around one. */
const WHOLE_VALUE = /^(?:[+-]?\d+(?:\.\d+)?|\d{4}-\d{1,2}-\d{1,2})$/;

/** Converts one YAML document's node tree into plain data with a field -> position map. */
export function convertDocument(doc: Document.Parsed, lineCounter: LineCounter, offsetBase = 0): ParsedYaml {
  const spots = new Map<string, Spot>();
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset + offsetBase);
    return { line, column: col };
  };
  let nodes = 0;
  let aliases = 0;

  const fail = (offset: number, path: readonly PathPart[], message: string): never => {
    throw new YamlProblem({ path: pathToString(path), message, ...position(offset) });
  };

  const convert = (node: Node | null | undefined, path: PathPart[], depth: number, aliasDepth: number): unknown => {
    if (++nodes > MAX_NODES) {
      fail(
        node?.range?.[0] ?? 0,
        path,
        aliases > 0
          ? 'the file is too large or repeats itself too much (its aliases, *name, make more than 200,000 values); write the values out plainly'
          : 'the file has more than 200,000 values, far more than a case needs; check that it is the right file',
      );
    }
    if (depth > MAX_DEPTH) fail(node?.range?.[0] ?? 0, path, `the fields are nested too deeply (more than ${MAX_DEPTH} levels)`);
    if (node === null || node === undefined) return null;
    if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
      // Where the tag is written: at the field's name, or where the list item starts.
      const at = spots.get(pathToString(path));
      fail(at?.key ?? at?.value ?? node.range?.[0] ?? 0, path, unknownTag(node.tag, isMap(node) ? 'fields' : isSeq(node) ? 'list' : 'value'));
    }
    if (isAlias(node)) {
      aliases++;
      if (aliasDepth > 8) fail(node.range?.[0] ?? 0, path, 'too many aliases inside aliases; write the values out plainly');
      const target = node.resolve(doc);
      if (!target) fail(node.range?.[0] ?? 0, path, `the alias *${node.source} points to nothing`);
      return convert(target, path, depth, aliasDepth + 1);
    }
    if (isScalar(node)) return scalarValue(node);
    if (isSeq(node)) {
      // "[charged 39,90 € on 1 October, …]": inside [ ], a comma ends an item even between two
      // digits, so an amount or a date written with a comma would be cut in two unseen. Items
      // that are each a value of their own ("[2026-01-10,2026-02-01]", "[1,2,3]") are a list as
      // written: quoting them as one would make a value that is neither.
      if (node.flow) {
        for (let i = 1; i < node.items.length; i++) {
          const [before, after] = [node.items[i - 1], node.items[i]];
          if (!isScalar(before) || !isScalar(after) || before.type !== Scalar.PLAIN || after.type !== Scalar.PLAIN || !before.range || !after.range) continue;
          const [left, right] = [String(before.source ?? before.value), String(after.source ?? after.value)];
          const amountCut = after.range[0] - before.range[1] === 1 && /\d$/.test(left) && /^\d/.test(right) && !(WHOLE_VALUE.test(left) && WHOLE_VALUE.test(right));
          // "39,90" cut in two, or a date: "[receipt dated Aug 28, 2026, photos]".
          if (amountCut || (/\b\d{1,2}$/.test(left) && /^(?:19|20)\d\d$/.test(right))) {
            const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
            const joined = `${left},${after.range[0] - before.range[1] > 1 ? ' ' : ''}${right}`;
            fail(before.range[0], [...path, i - 1], `inside [ ], a comma ends an item, so "${shown(left)}" and "${shown(right)}" were read as two; if they are one, put it in quotes: "${joined.length > 60 ? `…${joined.slice(-59)}` : joined}"`);
          }
        }
      }
      return node.items.map((item, index) => {
        const child = [...path, index];
        const itemNode = item as Node | null;
        if (itemNode?.range) spots.set(pathToString(child), { value: itemNode.range[0] });
        return convert(itemNode, child, depth + 1, aliasDepth);
      });
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      // Looked for here, once per key: the YAML reader's own check compares every key with every other.
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyOffset = keyNode?.range?.[0] ?? node.range?.[0] ?? 0;
        if (isAlias(keyNode) || !isScalar(keyNode)) fail(keyOffset, path, 'a field name must be a plain word, not a list or a group');
        if (keyNode?.tag !== undefined && !PLAIN_TAGS.has(keyNode.tag)) fail(keyOffset, path, unknownTag(keyNode.tag, 'name'));
        const rawKey = scalarValue(keyNode as Scalar);
        if (rawKey === null || typeof rawKey === 'object') fail(keyOffset, path, 'a field name is missing before the ":"');
        const key = String(rawKey);
        if (seen.has(key)) fail(keyOffset, path, `the field "${key}" appears twice here; keep only one of them`);
        seen.add(key);
        const child = [...path, key];
        if (FORBIDDEN_KEYS.has(key)) fail(keyOffset, child, `"${key}" cannot be used as a field name; rename it`);
        const valueNode = pair.value as Node | null;
        // "{reason: for the north side, which needs repainting}": a comma inside { } ends the
        // value, and the rest is read as a field without a ":" (and would be dropped unseen).
        if (node.flow && valueNode === null) {
          fail(keyOffset, path, `inside { }, a comma ends a value, so "${key.length > 40 ? `${key.slice(0, 39)}…` : key}" was read as a field of its own; put the value that holds the comma in quotes ("…, …")`);
        }
        spots.set(pathToString(child), { key: keyOffset, value: valueNode?.range?.[0] ?? keyOffset });
        const value = convert(valueNode, child, depth + 1, aliasDepth);
        if (value !== null) out[key] = value;
      }
      return out;
    }
    return null;
  };

  const data = convert(doc.contents as Node | null, [], 0, 0);
  const rootOffset = (doc.contents as Node | null)?.range?.[0] ?? 0;

  const locate: Locator = (path, which = 'value') => {
    for (let end = path.length; end > 0; end--) {
      const spot = spots.get(pathToString(path.slice(0, end)));
      if (spot) return position(which === 'key' && end === path.length && spot.key !== undefined ? spot.key : spot.value);
    }
    return position(rootOffset);
  };
  return { data, locate };
}

/** Plain scalars keep their source text (so `004471` stays `004471`); `~`, `null` and empty mean "not given". */
function scalarValue(node: Scalar): unknown {
  if (node.value === null || node.value === undefined) return null;
  if (node.type === Scalar.PLAIN) {
    if (typeof node.value === 'string') return node.value;
    const source = (node as Scalar & { source?: string }).source;
    return source !== undefined ? String(source).trim() : String(node.value);
  }
  return typeof node.value === 'string' ? node.value : String(node.value);
}

export function firstYamlProblem(doc: Document.Parsed, lineCounter: LineCounter, offsetBase = 0, source?: string): Problem | undefined {
  const error = doc.errors[0];
  if (!error) return undefined;
  const offset = error.pos?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset + offsetBase);
  let message = friendlyYamlError(error.code, error.message);
  if (error.code === 'DUPLICATE_KEY' && source) {
    const key = /^["']?([^"':\n]+)/.exec(source.slice(offset, offset + 100))?.[1]?.trim();
    if (key) message = `the field "${key}" appears twice here; keep only one of them`;
  }
  const colon = source === undefined ? undefined : (colonInsideAnswer(source, offset) ?? colonInWrappedAnswer(source, doc.errors, offset));
  if (colon) message = colon;
  // YAML notices a quotation mark left open only where the file ends: point to where it opens.
  const unclosed = error.code === 'MISSING_CHAR' && source !== undefined ? openedQuote(source, offset, /Missing closing '/.test(error.message) ? "'" : '"') : undefined;
  if (unclosed !== undefined) {
    const opened = lineCounter.linePos(unclosed + offsetBase);
    const mark = source!.charAt(unclosed);
    return { path: '', message: `this value starts with a quotation mark (${mark}) that is never closed; add ${mark} at the end of the value, or remove the first one`, line: opened.line, column: opened.col };
  }
  return { path: '', message, line, column: col };
}

/** Where the last value before `end` opens a quotation mark it does not close on its own line. */
function openedQuote(source: string, end: number, mark: string): number | undefined {
  let found: number | undefined;
  const pattern = mark === '"' ? /^([ \t-]*(?:[^\s:#][^:#\n]*:[ \t]+)?)"(?:[^"\\\n]|\\.)*$/gm : /^([ \t-]*(?:[^\s:#][^:#\n]*:[ \t]+)?)'(?:[^'\n]|'')*$/gm;
  for (const m of source.slice(0, end).matchAll(pattern)) found = m.index + m[1]!.length;
  return found;
}

/** "circumstances: Things taken: my tools": an answer with ": " in it, which YAML reads as another field. */
const ANSWER_WITH_COLON = /^(\s*(?:-\s+)?)([^\s:#"'{[\]][^:#\n]*?):[ \t]+([^\s"'|>{[&*!%@`][^\n]*?:[ \t]+\S[^\n]*?)\s*$/;

/** The message for an error on a line whose answer holds ": ", with the line as it should be written, or undefined. */
function colonInsideAnswer(source: string, offset: number): string | undefined {
  const start = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = source.indexOf('\n', start);
  const text = source.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
  const found = ANSWER_WITH_COLON.exec(text);
  if (!found) return undefined;
  const [, lead, key, answer] = found;
  const quoted = JSON.stringify(answer!.replace(/\s+#.*$/, ''));
  const shown = quoted.length > 70 ? `${quoted.slice(0, 50)}…"` : quoted;
  return `this answer has ": " inside it, which YAML reads as the start of another field; put the whole answer in quotes: ${lead!.trim() ? '- ' : ''}${key}: ${shown}`;
}

/**
 * An answer written over several lines (or on one very long line) with ": " inside it: YAML
 * reads everything before the ": " as a field's name, which cannot run over lines (or past
 * 1,024 characters). A field's name is one word: words with spaces before the ": " are an
 * answer, not a field whose colon was forgotten on the line above.
 */
function colonInWrappedAnswer(source: string, errors: Document.Parsed['errors'], offset: number): string | undefined {
  const error = errors.find((e) => (e.code === 'MULTILINE_IMPLICIT_KEY' || e.code === 'KEY_OVER_1024_CHARS') && e.pos[0] === offset);
  if (!error) return undefined;
  const colon = error.pos[1];
  if (source.charAt(colon) !== ':') return undefined;
  const lineStart = source.lastIndexOf('\n', colon - 1) + 1;
  const named = source.slice(Math.max(lineStart, offset), colon).trim();
  if (error.code === 'MULTILINE_IMPLICIT_KEY' && !/\s/.test(named)) return undefined;
  const end = source.indexOf('\n', colon);
  const answer = source.slice(offset, end < 0 ? undefined : end).replace(/\s+#.*$/, '').replace(/\s+/g, ' ').trim();
  // Its first and last words, cut between words.
  const shown = answer.length > 80 ? `${answer.slice(0, 45).replace(/\s+\S*$/, '')} … ${answer.slice(-35).replace(/^\S*\s+/, '')}` : answer;
  return `this answer has ": " inside it, which YAML reads as the start of another field; put the whole answer in quotes, from its first word to its last: ${JSON.stringify(shown)}`;
}

/** Far more [ and { inside each other than any case has, quoted or not. */
const MAX_FLOW_DEPTH = 1000;

/**
 * The YAML reader goes one level deeper in its own calls for each [ or { inside another: a
 * million of them take seconds and then overflow its stack. Counted first, in one pass
 * (brackets inside quotes count too, which no real case has a thousand of).
 */
function assertFlowDepth(source: string): void {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) {
        const before = source.slice(0, i);
        const line = before.split('\n').length;
        const column = i - before.lastIndexOf('\n');
        throw new YamlProblem({ path: '', message: `the fields are nested too deeply (more than ${MAX_DEPTH} levels); write them with fewer [ ] and { } inside each other`, line, column });
      }
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    }
  }
}

/** Parses a single-document YAML text into plain data, or throws a YamlProblem. */
export function parseYaml(typed: string): ParsedYaml {
  // Lines ended by a carriage return alone (old Mac files) are lines: one character for one keeps every line:column.
  const source = typed.includes('\r') ? typed.replace(/\r(?!\n)/g, '\n') : typed;
  assertFlowDepth(source);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, merge: false, version: '1.2' });
  const problem = firstYamlProblem(doc, lineCounter, 0, source);
  if (problem) throw new YamlProblem(problem);
  return convertDocument(doc, lineCounter);
}

/** A value that YAML cut at a "#" written straight before more text ("Invoice #20817"): the rest was read as a comment. */
export interface CutValue extends Position {
  path: string;
  /** The same path, part by part. */
  at: PathPart[];
  kept: string;
  cut: string;
}

/** The value as the writer typed it, "#" and all. */
const wholeValue = ({ kept, cut }: CutValue) => (kept === '' ? cut : `${kept} ${cut}`);

/**
 * `data` with each value YAML cut at a "#" read whole ("Invoice #20817"): people who write a
 * "#" straight before a number or a code mean it as part of the value, not as a comment, and
 * a letter that says "reference Invoice" is wrong. Paths are relative to `data`.
 */
export function withCutValuesWhole(data: unknown, cuts: readonly CutValue[]): unknown {
  let out = data;
  for (const cut of cuts) out = withValueAt(out, cut.at, wholeValue(cut));
  return out;
}

function withValueAt(data: unknown, at: readonly PathPart[], value: string): unknown {
  if (at.length === 0) return value;
  if (data === null || typeof data !== 'object') return data;
  const [head, ...rest] = at as [PathPart, ...PathPart[]];
  // A field left empty but for the "#" ("reference: #123") may not be there at all: it is the value.
  const emptyField = rest.length === 0 && !Array.isArray(data);
  if (!emptyField && !Object.prototype.hasOwnProperty.call(data, head)) return data;
  const copy = (Array.isArray(data) ? [...data] : { ...data }) as Record<PathPart, unknown>;
  copy[head] = withValueAt(copy[head], rest, value);
  return copy;
}

/** What to tell the writer about a value cut at a "#" and read whole, located in `file`. */
export function cutValueNote(file: string, cut: CutValue): string {
  const { path, line, column, kept } = cut;
  const whole = safeForTerminal(wholeValue(cut));
  const read = kept === '' ? 'YAML would read this field as empty and the value as a comment' : `YAML would read this as "${safeForTerminal(kept)}" and the rest as a comment`;
  return `${safeForTerminal(file)}:${line}:${column} ${path}: ${read}; the letter keeps the whole value, "${whole}". To say so in the file, put the whole value in quotes: "${whole}".`;
}

/** "#" right after a space and right before text, as in "Order #1234", or before a number, as in "acct # BW-300912"; not "# a note". */
const MAYBE_CUT = /[ \t]#(?:[^\s#]|[ \t]+[^\s#]*\d)/m;
/**
 * A comment that starts with a token with a digit in it (" BW-300912", " CXL-771203 and I
 * returned the modem"): a number the writer meant, and what they wrote after it, not a note.
 */
const NUMBER_COMMENT = /^[ \t]+[^\s#]*\d/;

/**
 * The values of a case file that end where a "#" starts a comment with no space after it.
 * People write "Invoice #20817" and mean the number; YAML reads "Invoice" and a comment.
 */
export function valuesCutByComments(source: string): CutValue[] {
  if (!MAYBE_CUT.test(source)) return [];
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2' });
  } catch {
    return [];
  }
  const found: CutValue[] = [];
  const walk = (node: unknown, path: PathPart[]): void => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    // A number or a date ("120 #approx") is followed by a note, not cut: a "#" is part of words and codes.
    else if (isScalar(node) && node.type === Scalar.PLAIN && node.comment && node.range && !/^[-+]?\d[\d.,/-]*$/.test(String(node.source ?? node.value)) && (/^[^\s#]/.test(node.comment) || NUMBER_COMMENT.test(node.comment.split('\n')[0]!))) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      found.push({ path: pathToString(path), at: path, kept: String(node.source ?? node.value), cut: `#${node.comment.split('\n')[0]!.trimEnd()}`, line, column: col });
    }
  };
  walk(doc.contents, []);
  return found;
}
