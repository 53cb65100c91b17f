// Splits a batch file into pieces without parsing it: documents (between `---` / `...`
// lines) and, in a document whose `cases:` is a block list, each `- ` entry of the list on
// its own. Each piece keeps the line it starts on, so a problem found by reading the piece
// alone is reported at its exact place in the file.
//
// Splitting a list by its `- ` lines is exact for valid YAML: every line inside a list
// entry (text continued over lines, block text, nested groups) is indented deeper than the
// entry's `-`, so a line at the `-`'s indentation that starts with "- " always starts the
// next entry, and a less indented line ends the list. Comment and blank lines never split.
// What is left of the document once its entries are taken out (its "skeleton":
// `defaults:`, the `cases:` line, anything after the list) is read separately.
import { DEFAULT_MAX_BYTES } from '../io/read.js';

/** Largest case, or document read as a whole, in characters (like a single case file). */
export const MAX_PIECE_CHARS = DEFAULT_MAX_BYTES;

export interface DocPiece {
  kind: 'doc';
  /** 0-based number of the document in the file (empty ones included). */
  doc: number;
  /** File line of the text's first line (1-based). */
  line: number;
  text: string;
  /** Only comments, blank lines and markers. */
  empty: boolean;
  tooLarge: boolean;
  /** Names of the fields written at the start of a line (the top level of a block mapping). */
  topKeys: string[];
  /** The first content line is such a field. */
  keyFirst: boolean;
}

export interface ItemPiece {
  kind: 'item';
  doc: number;
  /** 0-based number of the entry in its `cases:` list. */
  item: number;
  line: number;
  /** The entry with its "-" replaced by a space, so columns stay exact. */
  text: string;
  tooLarge: boolean;
}

export interface SkeletonPiece {
  kind: 'skeleton';
  doc: number;
  line: number;
  /** The document without its `cases:` entries. */
  text: string;
  tooLarge: boolean;
  items: number;
  topKeys: string[];
  /** Lines of `text` before the entries were taken out; the rest starts at file line `tailStart`. */
  headLines: number;
  tailStart: number;
  /** Maps a line of `text` (1-based) to its line in the file. */
  fileLine(line: number): number;
}

export type Piece = DocPiece | ItemPiece | SkeletonPiece;

const DOC_START = /^---(?:[ \t]|$)/;
const DOC_START_WITH_CONTENT = /^---[ \t]+[^#\s]/;
const DOC_END = /^\.\.\.(?:[ \t]|$)/;
const CASES_LINE = /^cases[ \t]*:[ \t]*(?:#.*)?$/;
const ITEM = /^( *)-(?:[ \t]|$)/;
const TOP_KEY = /^(?:([A-Za-z_][\w-]*)|"([^"\\]*)"|'([^']*)')[ \t]*:(?:[ \t]|$)/;

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

class Part {
  lines: string[] = [];
  chars = 0;
  tooLarge = false;
  constructor(
    readonly start: number,
    private readonly keep = true,
  ) {}
  push(line: string): void {
    if (this.tooLarge) return;
    this.chars += line.length + 1;
    if (this.chars > MAX_PIECE_CHARS) {
      this.tooLarge = true;
      this.lines = [];
    } else if (this.keep) this.lines.push(line);
  }
  text(): string {
    return this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n`;
  }
}

export class Scanner {
  private lineNo = 0;
  private docNo = -1;
  private inDoc = false;
  /** A `---` or content was seen: the next `---` starts another document. */
  private opened = false;
  private hasContent = false;
  private mode: 'head' | 'pending' | 'items' | 'tail' = 'head';
  private head = new Part(1);
  private tail: Part | undefined;
  private item: Part | undefined;
  private itemIndent = 0;
  private items = 0;
  private topKeys: string[] = [];
  private keyFirst = false;
  private sawContent = false;

  /** `itemText: false` when only the number of `cases:` entries matters (their text is then ''). */
  constructor(
    private readonly emit: (piece: Piece) => void,
    private readonly options: { itemText?: boolean } = {},
  ) {}

  push(lines: readonly string[]): void {
    for (const raw of lines) {
      this.lineNo++;
      const line = raw.charCodeAt(raw.length - 1) === 0x0d ? raw.slice(0, -1) : raw;
      if (line.charCodeAt(0) === 0x2d && DOC_START.test(line)) {
        if (this.opened) this.finishDoc();
        if (!this.inDoc) this.beginDoc();
        this.opened = true;
        if (DOC_START_WITH_CONTENT.test(line)) this.hasContent = true;
        this.head.push(raw);
        continue;
      }
      if (!this.inDoc) this.beginDoc();
      const end = line.charCodeAt(0) === 0x2e && DOC_END.test(line);
      this.add(raw, line, end);
      if (end) this.finishDoc();
    }
  }

  end(): void {
    if (this.inDoc) this.finishDoc();
  }

  private beginDoc(): void {
    this.inDoc = true;
    this.docNo++;
    this.opened = false;
    this.hasContent = false;
    this.mode = 'head';
    this.head = new Part(this.lineNo);
    this.tail = undefined;
    this.item = undefined;
    this.items = 0;
    this.topKeys = [];
    this.keyFirst = false;
    this.sawContent = false;
  }

  private noteKey(line: string, indent: number): void {
    const match = indent === 0 || !this.sawContent ? TOP_KEY.exec(line) : null;
    if (!this.sawContent) {
      this.sawContent = true;
      this.keyFirst = match !== null;
    }
    if (match && this.topKeys.length < 100) this.topKeys.push(match[1] ?? match[2] ?? match[3] ?? '');
  }

  private add(raw: string, line: string, end: boolean): void {
    const indent = indentOf(line);
    const first = line.charCodeAt(indent);
    const quiet = indent === line.length || first === 0x23; /* # */
    if (!quiet && !(first === 0x25 /* % */ && indent === 0 && !this.opened) && !end) {
      this.opened = true;
      this.hasContent = true;
    }
    switch (this.mode) {
      case 'head':
        this.head.push(raw);
        if (!quiet) {
          this.noteKey(line, indent);
          if (indent === 0 && first === 0x63 /* c */ && CASES_LINE.test(line)) this.mode = 'pending';
        }
        return;
      case 'pending': {
        if (quiet) {
          this.head.push(raw);
          return;
        }
        const match = ITEM.exec(line);
        if (match) {
          this.itemIndent = match[1]!.length;
          this.mode = 'items';
          this.startItem(raw);
          return;
        }
        this.mode = 'head';
        this.add(raw, line, end);
        return;
      }
      case 'items': {
        if (quiet || indent > this.itemIndent) {
          this.item!.push(raw);
          return;
        }
        this.finishItem();
        if (indent === this.itemIndent && ITEM.test(line)) {
          this.startItem(raw);
          return;
        }
        this.mode = 'tail';
        this.tail = new Part(this.lineNo);
        this.tail.push(raw);
        this.noteKey(line, indent);
        return;
      }
      case 'tail':
        this.tail!.push(raw);
        if (!quiet) this.noteKey(line, indent);
        return;
    }
  }

  private startItem(raw: string): void {
    this.item = new Part(this.lineNo, this.options.itemText !== false);
    const at = this.itemIndent;
    this.item.push(`${raw.slice(0, at)} ${raw.slice(at + 1)}`);
  }

  private finishItem(): void {
    const item = this.item!;
    this.emit({ kind: 'item', doc: this.docNo, item: this.items++, line: item.start, text: item.text(), tooLarge: item.tooLarge });
    this.item = undefined;
  }

  private finishDoc(): void {
    const { head, tail } = this;
    if (this.mode === 'items') this.finishItem();
    if (this.mode === 'items' || this.mode === 'tail') {
      const headLines = head.lines.length;
      const tailStart = tail?.start ?? 0;
      this.emit({
        kind: 'skeleton',
        doc: this.docNo,
        line: head.start,
        text: head.text() + (tail?.text() ?? ''),
        tooLarge: head.tooLarge || (tail?.tooLarge ?? false),
        items: this.items,
        topKeys: this.topKeys,
        headLines,
        tailStart,
        fileLine: (line) => (line <= headLines ? head.start + line - 1 : tailStart + line - headLines - 1),
      });
    } else {
      this.emit({
        kind: 'doc',
        doc: this.docNo,
        line: head.start,
        text: head.text(),
        empty: !this.hasContent,
        tooLarge: head.tooLarge,
        topKeys: this.topKeys,
        keyFirst: this.keyFirst,
      });
    }
    this.inDoc = false;
  }
}
