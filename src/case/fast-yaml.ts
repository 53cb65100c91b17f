// A fast reader for the YAML that case and batch files are normally made of.
//
// The exact reader (src/case/yaml.ts, on the `yaml` package) remembers where every field
// is, which a batch of thousands of cases pays for dearly. Positions are only needed to
// report a problem, so `draft --from` and batch first read each case with this reader, and
// go back to the exact reader only for a case with a problem, or one this reader does not
// take.
//
// This reader takes a plain, block-style subset of YAML with consistent indentation:
//   key: value            plain text, 'single' or "double" quoted on one line,
//                         or [a, "b"] / {a: b} on one line, one level deep
//   key:                  followed by a deeper group or list (a list may also sit at the
//                         key's own indentation), by deeper plain text, or by nothing
//   key: | / |- / > / >-  block text, deeper than the key (`>` without deeper lines)
//   - value / - key: value / "-" followed by deeper lines
//   plain text continued on deeper lines
// and gives EXACTLY the data the exact reader gives for it: every scalar is text as
// written (`004471`, `+4412345678`, `true` stay text); plain `~`, `null`, `Null`, `NULL`
// and empty values are "not given" (dropped from groups, null in lists). For anything
// else (anchors, aliases, tags, directives, quoted or `? ` keys, multi-line quotes or flow
// lists, `- -`, `|+`, tabs, duplicate or forbidden keys, unusual escapes, …) it returns
// undefined and the exact reader decides, and explains any problem. test/batch/ checks the
// two readers against each other on many thousands of generated variations.
import { MAX_DEPTH, MAX_NODES } from './yaml.js';

const KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,99}:(?= |$)/;
const NULL_KEYS = new Set(['null', 'Null', 'NULL', '__proto__', 'constructor', 'prototype']);
const BLOCK_HEADER = /^([|>])(-?)(?: +#.*)? *$/;
const COMMENT_TAIL = /^ *(?: #.*)?$/;
/** Plain text may not start with an indicator (a `-` only when a letter, digit or `.` follows). */
const PLAIN_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-[A-Za-z0-9.])/;
const FLOW_PLAIN_ITEM = /^[^-?:,[\]{}#&*!|>'"%@`\s][^,[\]{}:#'"]*$/;
const FLOW_KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
/** Characters the two readers may treat differently; their presence sends the text to the exact reader. */
const AVOID = /[\t\uFEFF\u0085\u2028\u2029]|\r(?!\n)|^%|\n%/;

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

/** YAML separates with spaces (and tabs, which this reader avoids), not with every Unicode space as trim() does. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(start, end);
}

function isNull(text: string): boolean {
  return text === '~' || text === 'null' || text === 'Null' || text === 'NULL';
}

/** The end of a quoted scalar that starts at `from`, or -1 when it does not close on this line. */
function closingQuote(text: string, from: number): number {
  const quote = text[from];
  for (let i = from + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote === '"' && ch === '\\') i++;
    else if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function unquote(text: string): string {
  if (text[0] === "'") return text.slice(1, -1).replaceAll("''", "'");
  const body = text.slice(1, -1);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const code = body[++i]!;
    const simple = ESCAPES[code];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = HEX_LENGTH[code] ?? unsure();
    const hex = body.slice(i + 1, i + 1 + length);
    if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== length) unsure();
    const point = parseInt(hex, 16);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) unsure();
    out += String.fromCodePoint(point);
    i += length;
  }
  return out;
}

/** A plain scalar's text on one line (without a trailing comment), or Unsure. */
function plainLine(text: string): { body: string; comment: boolean } {
  if (!PLAIN_START.test(text)) unsure();
  const cut = text.indexOf(' #');
  const body = trimSpaces(cut === -1 ? text : text.slice(0, cut));
  if (body === '' || body.includes(': ') || body.endsWith(':')) unsure();
  return { body, comment: cut !== -1 };
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

function flowItem(item: string): unknown {
  if (item[0] === '"' || item[0] === "'") {
    if (closingQuote(item, 0) !== item.length - 1) unsure();
    return unquote(item);
  }
  if (!FLOW_PLAIN_ITEM.test(item)) unsure();
  return isNull(item) ? null : item;
}

/** `[a, "b"]` or `{a: b, c: "d"}` on one line, one level deep. */
function flow(text: string, budget: { nodes: number }): unknown {
  const open = text[0];
  const close = open === '[' ? ']' : '}';
  const items: string[] = [];
  let start = 1;
  let end = -1;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      const q = closingQuote(text, i);
      if (q === -1) unsure();
      i = q;
    } else if (ch === '[' || ch === '{' || ch === ']' || ch === '}') {
      if (ch !== close) unsure();
      end = i;
      break;
    } else if (ch === ',') {
      // "39,90" cut in two: the full reader says so (yaml.ts).
      if (isDigit(text[i - 1]) && isDigit(text[i + 1])) unsure();
      items.push(trimSpaces(text.slice(start, i)));
      start = i + 1;
    }
  }
  if (end === -1 || !COMMENT_TAIL.test(text.slice(end + 1))) unsure();
  const last = trimSpaces(text.slice(start, end));
  if (items.length > 0 || last !== '') items.push(last);
  budget.nodes += items.length;
  // "[receipt dated Aug 28, 2026]": a date cut in two, which the full reader reports (yaml.ts).
  if (open === '[' && items.some((item, i) => i > 0 && /^(?:19|20)\d\d$/.test(item) && /\b\d{1,2}$/.test(items[i - 1]!))) unsure();
  if (open === '[') return items.map(flowItem);
  const out: Record<string, unknown> = {};
  for (const item of items) {
    const colon = item.indexOf(': ');
    const key = colon === -1 ? '' : item.slice(0, colon);
    if (!FLOW_KEY.test(key) || NULL_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key)) unsure();
    const value = flowItem(trimSpaces(item.slice(colon + 2)));
    if (value !== null) out[key] = value;
  }
  return out;
}

/** Block text (`|`, `|-`, `>`, `>-`) from its lines, already stripped of the content indentation. */
function blockText(style: string, strip: boolean, lines: string[]): string {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return '';
  let text: string;
  if (style === '|') text = lines.join('\n');
  else {
    text = lines[0]!;
    let empties = 0;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line === '') {
        empties++;
        continue;
      }
      text += empties > 0 ? '\n'.repeat(empties) : ' ';
      text += line;
      empties = 0;
    }
  }
  return strip ? text : `${text}\n`;
}

interface Frame {
  kind: 'map' | 'seq';
  indent: number;
  /** A list written at the same indentation as the key that holds it. */
  sameIndent?: boolean;
  node: Record<string, unknown> | unknown[];
  keys?: Set<string>;
  depth: number;
}

/** Where a value goes: a field of a group (a "not given" value is left out) or an item of a list. */
class Slot {
  constructor(
    private readonly container: Record<string, unknown> | unknown[],
    private readonly key: string | number,
    readonly depth: number,
  ) {}
  set(value: unknown): void {
    if (typeof this.key === 'number') (this.container as unknown[])[this.key] = value;
    else if (value !== null) (this.container as Record<string, unknown>)[this.key] = value;
  }
}

/**
 * Reads one YAML document in the subset above into plain data, exactly as `parseYaml()` in
 * src/case/yaml.ts would; undefined when the text is not in the subset.
 */
export function fastParse(text: string): { data: unknown } | undefined {
  if (AVOID.test(text)) return undefined;
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

function parse(text: string): { data: unknown } | undefined {
  const lines = text.split('\n');
  const stack: Frame[] = [];
  const budget = { nodes: 0 };
  let root: unknown;
  let started = false;
  let marker = false;
  let ended = false;
  /** A key or `-` without a value on its line, waiting for deeper lines. */
  let pending: { indent: number; from: 'key' | 'item'; slot: Slot; line: number } | undefined;
  let n = 0;
  let state = 'normal' as 'normal' | 'plain' | 'block';
  let slot: Slot | undefined;
  let parent = 0; // the indentation a plain or block scalar's lines must go deeper than
  let parts: string[] = [];
  /** A blank line or a comment came after the plain text: it cannot go on. */
  let plainClosed = false;
  let blockStyle = '|';
  let blockStrip = false;
  let blockLines: string[] = [];
  let contentIndent = -1;

  const count = (depth: number) => {
    if (++budget.nodes > MAX_NODES || depth > MAX_DEPTH) unsure();
  };

  const finishScalar = () => {
    if (state === 'plain') slot!.set(parts.length === 1 && isNull(parts[0]!) ? null : parts.join(' '));
    else if (state === 'block') slot!.set(blockText(blockStyle, blockStrip, blockLines));
    state = 'normal';
  };

  /** Where a new group or list at `indent` goes; returns its frame. */
  const open = (indent: number, kind: Frame['kind']): Frame => {
    if (pending) {
      const wait = pending;
      pending = undefined;
      if (indent > wait.indent || (kind === 'seq' && wait.from === 'key' && indent === wait.indent)) {
        const frame: Frame = {
          kind,
          indent,
          sameIndent: indent === wait.indent,
          node: kind === 'map' ? {} : [],
          depth: wait.slot.depth,
          ...(kind === 'map' && { keys: new Set<string>() }),
        };
        wait.slot.set(frame.node);
        stack.push(frame);
        return frame;
      }
      // An empty list item followed by a less indented line: rare, and readers disagree on it.
      if (wait.from === 'item') unsure();
      wait.slot.set(null);
    }
    if (!started) {
      started = true;
      count(0);
      const frame: Frame = { kind, indent, node: kind === 'map' ? {} : [], depth: 0, ...(kind === 'map' && { keys: new Set<string>() }) };
      root = frame.node;
      stack.push(frame);
      return frame;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) stack.pop();
    let top = stack[stack.length - 1];
    if (kind === 'map' && top?.kind === 'seq' && top.sameIndent && top.indent === indent) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.kind !== kind || top.indent !== indent) unsure();
    return top!;
  };

  /** The value after `key:` or `- ` (text starts right after the indicator). */
  const value = (after: string, indent: number, from: 'key' | 'item', target: Slot) => {
    count(target.depth);
    let i = 0;
    while (after.charCodeAt(i) === 0x20) i++;
    if (i === after.length || (after[i] === '#' && i > 0)) {
      pending = { indent, from, slot: target, line: n };
      return;
    }
    if (i === 0) unsure();
    const rest = after.slice(i);
    const ch = rest[0];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(rest, 0);
      if (end === -1 || !COMMENT_TAIL.test(rest.slice(end + 1))) unsure();
      target.set(unquote(rest.slice(0, end + 1)));
      return;
    }
    if (ch === '[' || ch === '{') {
      if (target.depth + 1 > MAX_DEPTH) unsure();
      target.set(flow(rest, budget));
      if (budget.nodes > MAX_NODES) unsure();
      return;
    }
    if (ch === '|' || ch === '>') {
      const header = BLOCK_HEADER.exec(rest) ?? unsure();
      state = 'block';
      slot = target;
      parent = indent;
      blockStyle = header[1]!;
      blockStrip = header[2] === '-';
      blockLines = [];
      contentIndent = -1;
      return;
    }
    const first = plainLine(rest);
    state = 'plain';
    slot = target;
    parent = indent;
    parts = [first.body];
    plainClosed = first.comment;
  };

  const mapSlot = (frame: Frame, key: string): Slot => {
    if (NULL_KEYS.has(key) || frame.keys!.has(key)) unsure();
    frame.keys!.add(key);
    return new Slot(frame.node, key, frame.depth + 1);
  };

  const seqSlot = (frame: Frame): Slot => {
    const list = frame.node as unknown[];
    list.push(null);
    return new Slot(list, list.length - 1, frame.depth + 1);
  };

  /** `key: …` with the key's length (including the ":") already found. */
  const keyLine = (frame: Frame, column: number, rest: string, length: number) => {
    value(rest.slice(length), column, 'key', mapSlot(frame, rest.slice(0, length - 1)));
  };

  for (n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    const blank = indent === line.length;
    if (ended) {
      if (line !== '') unsure();
      continue;
    }

    if (state === 'block') {
      if (blank) {
        if (contentIndent < 0 || line.length > contentIndent) unsure();
        blockLines.push('');
        continue;
      }
      if (contentIndent < 0 && indent > parent) {
        contentIndent = indent;
        blockLines.push(line.slice(indent));
        continue;
      }
      if (contentIndent >= 0 && indent >= contentIndent) {
        if (blockStyle === '>' && indent > contentIndent) unsure();
        blockLines.push(line.slice(contentIndent));
        continue;
      }
      if (indent > parent) unsure();
      finishScalar();
    } else if (state === 'plain') {
      if (blank || line[indent] === '#') {
        plainClosed = true;
        if (blank) continue;
      }
      if (indent > parent) {
        const next = plainLine(line.slice(indent));
        if (plainClosed || next.comment) unsure();
        parts.push(next.body);
        continue;
      }
      finishScalar();
    }

    if (blank) continue;
    const rest = line.slice(indent);
    if (rest[0] === '#') continue;
    if (indent === 0 && /^---(?:\s|$)/.test(rest)) {
      if (started || marker || !/^--- *(?:#.*)?$/.test(rest)) unsure();
      marker = true;
      continue;
    }
    if (indent === 0 && /^\.\.\.(?:\s|$)/.test(rest)) {
      if (!/^\.\.\. *(?:#.*)?$/.test(rest)) unsure();
      ended = true;
      continue;
    }

    if (rest === '-' || rest.startsWith('- ')) {
      const frame = open(indent, 'seq');
      const target = seqSlot(frame);
      const after = rest.slice(1);
      let gap = 0;
      while (after.charCodeAt(gap) === 0x20) gap++;
      const content = after.slice(gap);
      if (content === '' || content[0] === '#') {
        count(target.depth);
        pending = { indent, from: 'item', slot: target, line: n };
        continue;
      }
      if (content === '-' || content.startsWith('- ')) unsure();
      const key = KEY.exec(content);
      if (key) {
        count(target.depth);
        const column = indent + 1 + gap;
        const map: Frame = { kind: 'map', indent: column, node: {}, keys: new Set(), depth: target.depth };
        target.set(map.node);
        stack.push(map);
        keyLine(map, column, content, key[0].length);
        continue;
      }
      value(after, indent, 'item', target);
      continue;
    }
    const key = KEY.exec(rest);
    if (key) {
      keyLine(open(indent, 'map'), indent, rest, key[0].length);
      continue;
    }
    // Text on its own line: the value of the key or item on the line just above, if it is deeper.
    if (pending && indent > pending.indent && pending.line === n - 1) {
      const first = plainLine(rest);
      state = 'plain';
      slot = pending.slot;
      parent = pending.indent;
      parts = [first.body];
      plainClosed = first.comment;
      pending = undefined;
      continue;
    }
    unsure();
  }
  finishScalar();
  if (pending) {
    if (pending.from === 'item') unsure();
    pending.slot.set(null);
  }
  return started ? { data: root } : undefined;
}
