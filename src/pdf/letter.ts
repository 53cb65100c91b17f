// A letter as a PDF for the post, laid out for a window envelope (see postalLayout in
// src/letter/layout.ts). The build makes this file a bundle of its own, with the PDF library,
// loaded only when a PDF is written: drafting a text letter never reads it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import {
  bodyBlocks,
  closingOf,
  pageWords,
  placeAndDate,
  postalLayout,
  recipientLines,
  referenceLine,
  sentByLine,
  returnAddress,
  runningHead,
  addressLines,
  signatureWithoutContacts,
  withoutDateLine,
  type BodyBlock,
  type Box,
  type Paper,
  type PostalLayout,
} from '../letter/layout.js';
import type { Letter } from '../letter/render.js';

// Set by the build: the folder of the subset fonts, next to this bundle.
declare const __REDRESS_PDF_FONTS__: string | undefined;
declare const __dirname: string;

export interface PdfOptions {
  paper: Paper;
  /** Where the fonts are when running from the sources (the build knows its own). */
  fontDir?: string;
}

/** The bytes, or the characters the font cannot show, with what to tell the person: where they are, and what to do. */
export type PdfResult = { ok: true; bytes: Uint8Array } | { ok: false; missing: string[]; message: string };

export const FONT_FILES = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf' } as const;

const PT = 72 / 25.4; // points per millimetre

/** Sizes in points. */
const TYPE = { body: 10.5, leading: 13.2, paragraphGap: 8, small: 8.5, smallLeading: 11, address: 10.5, returnLine: 7 };
/** Space for a handwritten signature between the sign-off and the typed name, in points. */
const SIGNATURE_SPACE = 42;
/** How far a list item's text is indented, and where its bullet sits, in points. */
const LIST_INDENT = 18;
const BULLET_AT = 6;

type FontName = 'regular' | 'bold';

interface Line {
  text: string;
  font: FontName;
  size: number;
  /** Offset from the body's left edge, in points. */
  indent: number;
  bullet?: boolean;
}

/** A piece that is never split across pages: a few lines, or a gap. */
interface Chunk {
  lines: Line[];
  /** Extra height after the lines (the signature space). */
  after?: number;
  /** Space above it, dropped at the top of a page. */
  before: number;
  /** Keep on the same page as the next chunk. */
  keepWithNext: boolean;
}

type Doc = InstanceType<typeof PDFDocument>;

/** Text as the fonts take it: composed characters, no tabs, no soft hyphens. */
const clean = (text: string) => text.normalize('NFC').replace(/\t/g, ' ').replace(/\u00AD/g, '');

function fontDir(options: PdfOptions): string {
  if (typeof __REDRESS_PDF_FONTS__ === 'string') return join(__dirname, __REDRESS_PDF_FONTS__);
  if (!options.fontDir) throw new Error('fontDir is needed when running from the sources');
  return options.fontDir;
}

/** A font's bytes: the package's fonts are Brotli-compressed (as the PDF library is); from the sources, as installed. */
function fontData(dir: string, file: string): Buffer {
  const compressed = join(dir, `${file}.br`);
  return existsSync(compressed) ? brotliDecompressSync(readFileSync(compressed)) : readFileSync(join(dir, file));
}

export function letterPdf(letter: Letter, options: PdfOptions): PdfResult {
  const c = letter.case;
  const layout = postalLayout(c, options.paper);
  const dir = fontDir(options);
  const regular = fontData(dir, FONT_FILES.regular);
  const doc: Doc = new PDFDocument({
    size: options.paper === 'a4' ? 'A4' : 'LETTER',
    margin: 0,
    autoFirstPage: false,
    // Without a font of its own, the library would load its built-in Helvetica first.
    font: regular as unknown as string,
    lang: c.letter.locale,
    pdfVersion: '1.7',
    displayTitle: true,
    info: { Title: clean(letter.subject), Author: clean(c.sender.name), Subject: clean(`${c.recipient.company}`), Creator: 'redress', Producer: 'redress' },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', fontData(dir, FONT_FILES.bold));

  const measure = (text: string, font: FontName, size: number) => doc.font(font).fontSize(size).widthOfString(text);
  // The case's own references are never split at the end of a line (the HTML page keeps them so too).
  const references = [c.purchase.reference, c.sender.customerId].filter((r): r is string => Boolean(r?.includes(' '))).map((r) => clean(r).trim());
  const wrap = (text: string, font: FontName, size: number, width: number): string[] => wrapText(clean(text), width, (t) => measure(t, font, size), references);

  // Everything the page shows, checked against the font before anything is drawn.
  const headerTexts = [c.sender.name, ...addressLines(c.sender.address), c.sender.email ?? '', c.sender.phone ?? '', placeAndDate(c), ...recipientLines(c), returnAddress(c), runningHead(letter)];
  const missing = missingCharacters(doc, [letter.subject, letter.body, ...headerTexts].map(clean).join('\n'));
  if (missing.length > 0) return { ok: false, missing, message: missingMessage(missing, c) };

  const width = (layout.page.width - layout.margin.left - layout.margin.right) * PT;
  const chunks = bodyChunks(letter, wrap, width);
  const pages = paginate(chunks, layout);
  const words = pageWords(c);
  const head = clean(runningHead(letter));

  pages.forEach((placed, index) => {
    doc.addPage({ size: options.paper === 'a4' ? 'A4' : 'LETTER', margin: 0 });
    if (index === 0) drawFirstPageHead(doc, letter, layout, wrap);
    else drawSmall(doc, head, layout.margin.left * PT, (layout.margin.top - 8) * PT, width);
    for (const { line, y } of placed) drawLine(doc, line, layout.margin.left * PT, y);
    if (pages.length > 1) {
      const label = words.page(index + 1, pages.length);
      doc.font('regular').fontSize(TYPE.small).fillColor('#444');
      const w = doc.widthOfString(label);
      doc.text(label, (layout.page.width - layout.margin.right) * PT - w, (layout.page.height - 12) * PT, { lineBreak: false });
      doc.fillColor('black');
    }
  });

  doc.end();
  const parts: Buffer[] = [];
  // The document is written synchronously into the stream's buffer: read it all back.
  for (let part = doc.read() as Buffer | null; part !== null; part = doc.read() as Buffer | null) parts.push(part);
  return { ok: true, bytes: new Uint8Array(Buffer.concat(parts)) };
}

/** The groups of a case whose values are the writer's own answers, in the case file's order. */
const ANSWERS = ['sender', 'recipient', 'purchase', 'story', 'contacts', 'evidence', 'card', 'request', 'letter', 'custom'] as const;

/** "😡 (U+1F621)": a character, with its code for one that cannot be seen. */
const shownCharacter = (ch: string) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * What to say of characters the font cannot show: each with the case field it is in
 * ("story.outcome"), so the person knows where to change it, and what to do.
 */
function missingMessage(missing: readonly string[], c: Letter['case']): string {
  const byField = new Map<string, string[]>();
  const placed = new Set<string>();
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > 8) return;
    if (typeof value === 'string') {
      const here = missing.filter((ch) => value.includes(ch));
      if (here.length === 0) return;
      // The story's answers are made points of a list for the letter, whether typed as one or not: the field is what to name.
      if (path.startsWith('story.')) path = path.replace(/\[\d+\]$/, '');
      byField.set(path, [...(byField.get(path) ?? []), ...here.filter((ch) => !byField.get(path)?.includes(ch))]);
      for (const ch of here) placed.add(ch);
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}.${key}`, depth + 1);
  };
  for (const group of ANSWERS) visit((c as unknown as Record<string, unknown>)[group], group, 0);
  const list = (chars: readonly string[]) => `${chars.slice(0, 6).map(shownCharacter).join(', ')}${chars.length > 6 ? ` and ${chars.length - 6} more` : ''}`;
  const places = [...byField].slice(0, 6).map(([field, chars]) => `${list(chars)} in ${field}`);
  const elsewhere = missing.filter((ch) => !placed.has(ch));
  if (elsewhere.length > 0) places.push(`${list(elsewhere)} in the letter's own words (its template)`);
  const what = byField.size > 0 ? `Change ${byField.size === 1 ? 'that field' : 'those fields'} in the case file (an emoji or a sign can be said in words, and a name written in Latin letters)` : 'Change the template';
  return (
    `The PDF cannot show ${places.join('; ')}: its font has Latin, Greek and Cyrillic letters. ` +
    `${what} and run the command again, or use --format html and print the letter from a browser.`
  );
}

/** Characters of `text` that the font has no glyph for (each once, in order). */
function missingCharacters(doc: Doc, text: string): string[] {
  doc.font('regular');
  const font = (doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
  const missing = new Set<string>();
  for (const ch of text) {
    if (ch === '\n' || ch === ' ') continue;
    if (!font.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch);
  }
  return [...missing];
}

/**
 * The words of a line of text, a number kept with the word or sign it counts ("20. Oktober",
 * "14 August", "1.450,00 €", "§ 651"), and a reference of several words ("PKG 4410 2281") with
 * its words, as a typesetter keeps them on one line.
 */
function unbrokenWords(line: string, whole: readonly string[]): string[] {
  const words: string[] = [];
  for (const word of keptTogether(line.split(/ +/), whole)) {
    if (word === '') continue;
    const last = words[words.length - 1];
    if (last !== undefined && /^(?:§§?|\d[\d.,]*)$/.test(last) && /^(?:[A-Za-z\u00C0-\u024F]|[€£$%])/.test(word)) words[words.length - 1] = `${last} ${word}`;
    else words.push(word);
  }
  return words;
}

/**
 * Where a word too wide for a line (a reference, a link, an e-mail address) may be broken:
 * before these, as the Chicago Manual of Style breaks a URL or an address.
 */
const JOINTS = ['-', '/', '_', '.', '@', '+', '?', '#', '=', '&', '~', '%'];

/** Only punctuation (the bracket or comma around a reference in a sentence). */
const PUNCTUATION_ONLY = /^[^A-Za-z0-9\u00C0-\u024F]*$/;

/**
 * Words with the runs that spell one of `whole` ("PKG", "4410", "2281" for "PKG 4410 2281")
 * joined into one, punctuation around them included ("(PKG 4410 2281),").
 */
function keptTogether(words: string[], whole: readonly string[]): string[] {
  const runs = whole.map((text) => text.split(/ +/).filter(Boolean)).filter((run) => run.length > 1);
  if (runs.length === 0) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const run = runs.find(
      (r) =>
        i + r.length <= words.length &&
        words[i]!.endsWith(r[0]!) &&
        PUNCTUATION_ONLY.test(words[i]!.slice(0, -r[0]!.length)) &&
        r.slice(1, -1).every((part, k) => words[i + 1 + k] === part) &&
        words[i + r.length - 1]!.startsWith(r[r.length - 1]!) &&
        PUNCTUATION_ONLY.test(words[i + r.length - 1]!.slice(r[r.length - 1]!.length)),
    );
    if (run) {
      out.push(words.slice(i, i + run.length).join(' '));
      i += run.length - 1;
    } else out.push(words[i]!);
  }
  return out;
}

/**
 * Greedy line breaking at spaces; a word wider than the line is broken where it must be. The
 * texts of `whole` (references with spaces) are kept on one line when they fit on one.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number, whole: readonly string[] = []): string[] {
  const lines: string[] = [];
  for (const hard of text.split('\n')) {
    let line = '';
    // A group of words too wide for any line is broken at its spaces after all.
    const words = unbrokenWords(hard, whole).flatMap((word) => (word.includes(' ') && measure(word) > width ? word.split(' ') : [word]));
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (line.length > 1 && measure(line) > width) {
        // The longest start that fits, found by halving (a pasted link or token may be thousands of characters).
        let fits = 1;
        let over = line.length;
        while (over - fits > 1) {
          const mid = (fits + over) >> 1;
          if (measure(line.slice(0, mid)) <= width) fits = mid;
          else over = mid;
        }
        // Before a hyphen, a slash, a dot or an @ if there is one in the latter half
        // ("…-SECOND|-VISIT", "…luedenscheidt|+reklamationen"): never inside a part of it, and
        // never after a hyphen, which a reader (and a PDF's text extraction) takes for a word's
        // end-of-line hyphen and drops.
        const joint = Math.max(...JOINTS.map((joint) => line.lastIndexOf(joint, fits)));
        if (joint > 0 && joint >= fits / 2) fits = joint;
        // Never between the two halves of a character outside the basic plane.
        else if (fits > 1 && /[\uD800-\uDBFF]/.test(line.charAt(fits - 1))) fits--;
        lines.push(line.slice(0, fits));
        line = line.slice(fits);
      }
    }
    lines.push(line);
  }
  return lines;
}

type Wrap = (text: string, font: FontName, size: number, width: number) => string[];

/**
 * The body as chunks. A paragraph of up to three lines stays whole; a longer one may break
 * between lines, leaving at least two on each page. A line that introduces a list (ending in
 * a colon) stays with the first item; the greeting with the first paragraph; the sign-off,
 * the signature space and the typed name with each other and the end of the last paragraph.
 */
function bodyChunks(letter: Letter, wrap: Wrap, width: number): Chunk[] {
  const c = letter.case;
  const chunks: Chunk[] = [];
  const textLines = (text: string, font: FontName = 'regular', indent = 0): Line[] =>
    wrap(text, font, TYPE.body, width - indent).map((t) => ({ text: t, font, size: TYPE.body, indent }));
  const add = (lines: Line[], before: number, keepWithNext: boolean) => {
    // Break a run of lines only where two or more stay on each side.
    if (lines.length <= 3) {
      chunks.push({ lines, before, keepWithNext });
      return;
    }
    chunks.push({ lines: lines.slice(0, 2), before, keepWithNext: false });
    for (let i = 2; i < lines.length - 2; i++) chunks.push({ lines: [lines[i]!], before: 0, keepWithNext: false });
    chunks.push({ lines: lines.slice(-2), before: 0, keepWithNext });
  };

  const sentBy = sentByLine(letter);
  if (sentBy) add(textLines(sentBy), 0, true);
  const reference = referenceLine(c);
  if (reference) add(textLines(reference), sentBy ? TYPE.paragraphGap : 0, true);
  add(textLines(letter.subject, 'bold'), reference || sentBy ? TYPE.paragraphGap : 0, true);

  const blocks = withoutDateLine(bodyBlocks(signatureWithoutContacts(letter.body, c)), c);
  const closing = closingOf(blocks, c);
  const addBlock = (block: BodyBlock, keepLast: boolean, first: boolean) => {
    block.forEach((line, index) => {
      const last = index === block.length - 1;
      const introducesList = line.kind === 'text' && /:\s*$/.test(line.text) && block[index + 1]?.kind === 'item';
      const before = index === 0 ? (first ? TYPE.paragraphGap * 2 : TYPE.paragraphGap) : line.kind === 'item' ? 2 : 0;
      const lines =
        line.kind === 'item'
          ? textLines(line.text, 'regular', LIST_INDENT).map((l, i) => (i === 0 ? { ...l, bullet: true } : l))
          : textLines(line.text);
      add(lines, before, introducesList || (last && keepLast));
    });
  };
  closing.before.forEach((block, index) => {
    const greeting = index === 0 && block.length === 1 && block[0]!.text.length < 120;
    const lastBeforeClosing = index === closing.before.length - 1 && Boolean(closing.signOff ?? closing.name);
    addBlock(block, greeting || lastBeforeClosing, index === 0);
  });
  if (closing.signOff) {
    chunks.push({ lines: textLines(closing.signOff[0]!.text), before: TYPE.paragraphGap, keepWithNext: true, after: SIGNATURE_SPACE });
  }
  if (closing.name) {
    const lines = closing.name.flatMap((line, index) => textLines(line.text, index === 0 ? 'bold' : 'regular'));
    chunks.push({ lines, before: closing.signOff ? 0 : TYPE.paragraphGap + SIGNATURE_SPACE, keepWithNext: false });
  }
  return chunks;
}

interface Placed {
  line: Line;
  /** Top of the line, in points. */
  y: number;
}

const chunkHeight = (chunk: Chunk) => chunk.lines.length * TYPE.leading + (chunk.after ?? 0);

/** Places chunks on pages, keeping together what must stay together when it fits on a page. */
function paginate(chunks: Chunk[], layout: PostalLayout): Placed[][] {
  const bottom = (layout.page.height - layout.margin.bottom - 4) * PT;
  const laterTop = (layout.margin.top + 2) * PT;
  const pages: Placed[][] = [[]];
  let y = layout.bodyTop * PT;
  let atTop = false;
  const newPage = () => {
    pages.push([]);
    y = laterTop;
    atTop = true;
  };
  let i = 0;
  while (i < chunks.length) {
    let j = i;
    while (j < chunks.length - 1 && chunks[j]!.keepWithNext) j++;
    const group = chunks.slice(i, j + 1);
    const height = (fromTop: boolean) => group.reduce((sum, chunk, k) => sum + (k === 0 && fromTop ? 0 : chunk.before) + chunkHeight(chunk), 0);
    if (y + height(atTop) > bottom && !atTop && height(true) <= bottom - laterTop) newPage();
    // A group too tall for any page is placed chunk by chunk.
    const take = y + height(atTop) <= bottom ? group : [group[0]!];
    for (const chunk of take) {
      if (!atTop && y + chunk.before + chunkHeight(chunk) > bottom) newPage();
      if (!atTop) y += chunk.before;
      for (const line of chunk.lines) {
        pages[pages.length - 1]!.push({ line, y });
        y += TYPE.leading;
      }
      y += chunk.after ?? 0;
      atTop = false;
    }
    i += take.length;
  }
  return pages;
}

function drawLine(doc: Doc, line: Line, left: number, y: number): void {
  doc.font(line.font).fontSize(line.size);
  if (line.bullet) doc.text('•', left + BULLET_AT, y, { lineBreak: false });
  doc.text(line.text, left + line.indent, y, { lineBreak: false });
}

function drawSmall(doc: Doc, text: string, x: number, y: number, width: number): void {
  doc.font('regular').fontSize(TYPE.small).fillColor('#444');
  let shown = text;
  while (shown.length > 1 && doc.widthOfString(shown) > width) shown = `${shown.slice(0, -2)}…`;
  doc.text(shown, x, y, { lineBreak: false });
  doc.fillColor('black');
}

/** The sender, the date, the recipient in the window, and the fold marks. */
function drawFirstPageHead(doc: Doc, letter: Letter, layout: PostalLayout, wrap: Wrap): void {
  const c = letter.case;
  const mm = (v: number) => v * PT;

  // Fold marks (and the hole punch mark), short lines at the left edge.
  doc.save().lineWidth(0.4).strokeColor('#888');
  for (const at of layout.folds) doc.moveTo(mm(4), mm(at)).lineTo(mm(9), mm(at)).stroke();
  if (layout.hole !== undefined) doc.moveTo(mm(4), mm(layout.hole)).lineTo(mm(11), mm(layout.hole)).stroke();
  doc.restore();

  // The sender: name, address, how to reach them.
  const senderWidth = mm(layout.sender.width);
  let y = mm(layout.sender.y);
  const senderLine = (text: string, font: FontName) => {
    for (const part of wrap(text, font, TYPE.body - 1, senderWidth)) {
      doc.font(font).fontSize(TYPE.body - 1).text(part, mm(layout.sender.x), y, { lineBreak: false });
      y += TYPE.smallLeading + 1;
    }
  };
  senderLine(c.sender.name, 'bold');
  for (const line of addressLines(c.sender.address)) senderLine(line, 'regular');
  for (const contact of [c.sender.email, c.sender.phone]) if (contact) senderLine(contact, 'regular');
  const senderBottom = y;

  // The date (with the place where that is the custom), right-aligned.
  const date = clean(placeAndDate(c));
  doc.font('regular').fontSize(TYPE.body);
  const dateTop = Math.max(mm(layout.date.y), layout.sender.x > layout.window.x + layout.window.width ? senderBottom + 6 : 0);
  doc.text(date, mm(layout.date.x + layout.date.width) - doc.widthOfString(date), dateTop, { lineBreak: false });

  // DIN 5008: the sender's return address in small print at the top of the window.
  if (layout.returnLine) drawReturnLine(doc, clean(returnAddress(c)), layout.returnLine);

  // The recipient, sized to stay inside the window.
  drawAddress(doc, recipientLines(c).map(clean), layout.address);
}

function drawReturnLine(doc: Doc, text: string, box: Box): void {
  const mm = (v: number) => v * PT;
  let size = TYPE.returnLine;
  doc.font('regular');
  while (size > 5 && doc.fontSize(size).widthOfString(text) > mm(box.width)) size -= 0.25;
  doc.fontSize(size).text(text, mm(box.x), mm(box.y), { lineBreak: false });
  const w = Math.min(doc.widthOfString(text), mm(box.width));
  doc.save().lineWidth(0.3).moveTo(mm(box.x), mm(box.y) + size * 1.3).lineTo(mm(box.x) + w, mm(box.y) + size * 1.3).stroke().restore();
}

function drawAddress(doc: Doc, lines: string[], box: Box): void {
  const mm = (v: number) => v * PT;
  let size = TYPE.address;
  const fits = (s: number) => lines.length * s * 1.2 <= mm(box.height) && lines.every((line, i) => doc.font(i === 0 && lines.length > 1 ? 'regular' : 'regular').fontSize(s).widthOfString(line) <= mm(box.width));
  while (size > 7 && !fits(size)) size -= 0.25;
  doc.font('regular').fontSize(size);
  lines.forEach((line, i) => doc.text(line, mm(box.x), mm(box.y) + i * size * 1.2, { lineBreak: false }));
}
