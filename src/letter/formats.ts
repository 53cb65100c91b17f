import { UserError } from '../errors.js';
import { notAChoice, quoteValue } from '../io/terminal.js';
import { escapeHtml as escapedAsInBody, renderHtmlBody, renderMarkdownBody, type Format, type Letter } from './render.js';
import type { TemplateSource } from './template-files.js';
import { toEml } from './eml.js';
import { addressee, addressLines, paperFor, placeAndDate, postalLayout, recipientLines, requirePostalAddresses, sentByLine, signatureWithoutContacts, type Paper } from './layout.js';
import { formatDate } from './format-values.js';
import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { packageRoot } from '../util/paths.js';
import { runCompressed } from '../util/compressed.js';

export { addressLines };

export interface Output {
  format: Format;
  /** Text, or bytes for a PDF. */
  content: string | Uint8Array;
  /** File name ending for this format. */
  extension: string;
}

/** The output of every format but PDF: text. */
export interface TextOutput extends Output {
  content: string;
}

export type OutputFor<F extends Format> = F extends 'pdf' ? Output : TextOutput;

export interface FormatOptions {
  /** Paper for a PDF and the HTML page's print layout; default: the writer's country's. */
  paper?: Paper;
}

export const EXTENSIONS: Record<Format, string> = { text: 'txt', markdown: 'md', html: 'html', eml: 'eml', json: 'json', pdf: 'pdf' };

export function formatLetter<F extends Format>(letter: Letter, source: TemplateSource, format: F, options: FormatOptions = {}): OutputFor<F> {
  return formatAny(letter, source, format, options) as OutputFor<F>;
}

function formatAny(letter: Letter, source: TemplateSource, format: Format, options: FormatOptions): Output {
  const extension = EXTENSIONS[format];
  switch (format) {
    case 'pdf':
      return { format, extension, content: pdfBytes(letter, paperFor(letter.case, options.paper)) };
    case 'text':
      return { format, extension, content: `Subject: ${letter.subject}\n\n${letter.body}\n` };
    case 'markdown':
      return { format, extension, content: `**Subject:** ${escapeMarkdownLine(letter.subject)}\n\n${markdownBreaks(renderMarkdownBody(letter, source))}\n` };
    case 'html':
      return { format, extension, content: htmlPage(letter, renderHtmlBody(letter, source), paperFor(letter.case, options.paper)) };
    case 'eml':
      return { format, extension, content: toEml(letter) };
    case 'json':
      return { format, extension, content: `${JSON.stringify(letterJson(letter), null, 2)}\n` };
  }
}

export function letterJson(letter: Letter): Record<string, unknown> {
  const c = letter.case;
  return {
    subject: letter.subject,
    body: letter.body,
    to: addressee(c).email ?? null,
    from: c.sender.email ?? null,
    format: 'json',
    template: letter.template,
    stage: c.letter.stage,
    remedy: c.request.remedy,
    date: c.letter.date,
    deadline: c.request.deadline,
    amount: c.request.amount ?? null,
    // The whole sum the letter asks for: the amount and the costs it lists, or null when it asks for none.
    total: c.request.total ?? c.request.amount ?? null,
    currency: c.purchase.currency,
    language: c.letter.language,
    recipient: c.recipient.company,
    sender: c.sender.name,
  };
}

function escapeMarkdownLine(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

/** Markdown joins single line breaks; keep the letter's own line breaks (address, signature). */
function markdownBreaks(body: string): string {
  return body
    .split('\n\n')
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => /^\s*- /.test(line))) return block;
      return lines.map((line, i) => (i < lines.length - 1 && !/^\s*- /.test(lines[i + 1]!) ? `${line}\\` : line)).join('\n');
    })
    .join('\n\n');
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Turns the (already escaped) plain-text structure into HTML: paragraphs, line breaks, lists. */
function htmlBlocks(body: string): string {
  return body
    .split('\n\n')
    .map((block) => {
      const lines = block.split('\n');
      const parts: string[] = [];
      let list: string[] = [];
      let para: string[] = [];
      const flushList = () => {
        if (list.length) parts.push(`<ul>\n${list.map((item) => `  <li>${item}</li>`).join('\n')}\n</ul>`);
        list = [];
      };
      // A line that introduces a list stays on the page of its first item.
      const flushPara = (introducesList = false) => {
        if (para.length) parts.push(`<p${introducesList ? ' class="keep"' : ''}>${para.join('<br>\n')}</p>`);
        para = [];
      };
      for (const line of lines) {
        const bullet = /^\s*- (.*)$/.exec(line);
        if (bullet) {
          flushPara(/:\s*$/.test(para[para.length - 1] ?? ''));
          list.push(bullet[1]!);
        } else if (list.length && /^\s+\S/.test(line)) {
          list[list.length - 1] += `<br>\n${line.trim()}`;
        } else {
          flushList();
          para.push(line);
        }
      }
      flushPara();
      flushList();
      return parts.join('\n');
    })
    .join('\n');
}

/**
 * References and order numbers are never split at the end of a line: the case's own (which may
 * hold spaces, "job 3318") and any other word of digits joined by hyphens or slashes.
 */
function keepWhole(escaped: string, references: string[]): string {
  const known = references.filter((r) => /[\s/-]/.test(r)).map(escapeHtml);
  const pattern = new RegExp(
    [...known.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), '(?<![\\w&#-])(?:[\\w.]*\\d[\\w.]*[-/][\\w./-]+|[\\w.]+[-/][\\w.]*\\d[\\w./-]*)'].join('|'),
    'g',
  );
  return escaped.replace(pattern, (token) => (token.length <= WHOLE_AT_MOST ? `<span class="nowrap">${token}</span>` : token));
}

/**
 * The longest reference kept on one line: a longer one could be wider than the printed line,
 * and would run off the page rather than break.
 */
const WHOLE_AT_MOST = 32;

/**
 * The body's blocks as HTML, with the closing as the PDF has it: the sign-off and the typed
 * name kept together and with the end of the last paragraph, room to sign between them when
 * printed, and the greeting kept with the first paragraph.
 */
function bodyHtml(escapedBody: string, c: Letter['case']): string {
  const blocks = escapedBody.split('\n\n');
  const last = blocks.length - 1;
  const greeting = (html: string) => (!blocks[0]!.includes('\n') && blocks[0]!.length < 120 ? html.replace(/^<p>/, '<p class="keep">') : html);
  if (last < 1 || blocks[last]!.split('\n')[0] !== escapedAsInBody(c.sender.name)) return greeting(htmlBlocks(escapedBody));
  const signOff = blocks[last - 1]!;
  const hasSignOff = last >= 2 && !signOff.includes('\n') && signOff.length <= 120 && !/^\s*- /.test(signOff);
  const before = blocks.slice(0, hasSignOff ? -2 : -1);
  const closing = `<div class="closing">\n${hasSignOff ? `<p class="sign-off">${signOff}</p>\n` : ''}${htmlBlocks(blocks[last]!).replace(/^<p>/, '<p class="signature">')}\n</div>`;
  return `${greeting(htmlBlocks(before.join('\n\n')))}\n${closing}`;
}

/** Millimetres for CSS. */
const mm = (value: number) => `${Math.round(value * 10) / 10}mm`;

/**
 * Print CSS that puts the letter where the PDF puts it (see postalLayout): the sender, the
 * date and the recipient in the envelope's window on the first page, on the writer's paper.
 */
function printCss(letter: Letter, paper: Paper): string {
  const layout = postalLayout(letter.case, paper);
  const top = Math.min(layout.margin.top, layout.sender.y);
  const { left, right, bottom } = layout.margin;
  const at = (x: number, y: number) => `left: ${mm(x - left)}; top: ${mm(y - top)};`;
  const w = layout.window;
  return `  @page { size: ${paper === 'a4' ? 'A4' : 'letter'}; margin: ${mm(top)} ${mm(right)} ${mm(bottom)} ${mm(left)}; }
  .return, .fold { display: none; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 11pt; line-height: 1.38; }
    p, li { orphans: 2; widows: 2; }
    .subject, .keep { break-after: avoid; }
    .closing { break-inside: avoid; break-before: avoid; }
    .closing .signature { margin-top: 3.5em; }
    .head { position: relative; height: ${mm(layout.bodyTop - top)}; margin: 0; }
    .from { position: absolute; ${at(layout.sender.x, layout.sender.y)} width: ${mm(layout.sender.width)}; text-align: left; margin: 0; font-size: 9.5pt; line-height: 1.3; }
    .date { position: absolute; right: 0; top: ${mm(layout.date.y - top)}; margin: 0; }
    .window { position: absolute; ${at(w.x, w.y)} width: ${mm(w.width)}; height: ${mm(w.height)}; }
    .to { position: absolute; left: ${mm(layout.address.x - w.x)}; top: ${mm(layout.address.y - w.y)}; width: ${mm(layout.address.width)}; margin: 0; font-size: 10.5pt; line-height: 1.2; }
${layout.returnLine ? `    .return { display: block; position: absolute; left: ${mm(layout.returnLine.x - w.x)}; top: ${mm(layout.returnLine.y - w.y)}; font-size: 7pt; border-bottom: 0.3pt solid; margin: 0; white-space: nowrap; }
` : ''}    .fold { display: block; position: absolute; left: ${mm(4 - left)}; width: 5mm; border-top: 0.3pt solid #888; }
${[...layout.folds, ...(layout.hole === undefined ? [] : [layout.hole])].map((y, i) => `    .fold-${i + 1} { top: ${mm(y - top)}; }`).join('\n')}
  }`;
}

/** The page shows the date at the top, so a date line the body starts with (some languages' letters have one) goes. */
function withoutDateBlock(escapedBody: string, c: Letter['case']): string {
  const blocks = escapedBody.split('\n\n');
  // French, German and Spanish letters start with the recipient's block, then the date line: the page shows both in their places.
  const block = (c.phrases as { recipientBlock?: string }).recipientBlock;
  const from = block && blocks.length > 2 && blocks[0] === escapeHtml(block) ? 1 : 0;
  const date = escapeHtml(formatDate(c.letter.date, c.letter.locale));
  const first = blocks[from]!;
  return blocks.length > from + 1 && !first.includes('\n') && first.length < date.length + 60 && first.trim().endsWith(date) ? blocks.slice(from + 1).join('\n\n') : escapedBody;
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: letters written right to left. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A value of the page's head, escaped; one with right-to-left letters is isolated (<bdi>), so
 * it is laid out in its own direction and cannot reorder what stands beside it (the return
 * line's " · 12 Herzl Street" after an Arabic name).
 */
function isolated(value: string): string {
  return RIGHT_TO_LEFT.test(value) ? `<bdi>${escapeHtml(value)}</bdi>` : escapeHtml(value);
}

function htmlPage(letter: Letter, escapedBody: string, paper: Paper): string {
  const c = letter.case;
  const locale = c.letter.locale;
  const lang = escapeHtml(locale.split('-')[0] ?? 'en');
  const lines = (values: (string | undefined)[]) => values.filter((v): v is string => Boolean(v)).map(isolated).join('<br>\n');
  const reach = [c.sender.email, c.sender.phone].filter(Boolean).map((v) => escapeHtml(v!)).join('<br>\n');
  const from = lines([c.sender.name, ...addressLines(c.sender.address)]) + (reach ? `<br>\n${reach}` : '');
  const to = lines(recipientLines(c));
  const subject = escapeHtml(letter.subject);
  const sentBy = sentByLine(letter);
  const references = [c.purchase.reference, c.sender.customerId].filter((r): r is string => Boolean(r));
  const layout = postalLayout(c, paper);
  const folds = [...layout.folds, ...(layout.hole === undefined ? [] : [layout.hole])].map((_, i) => `<span class="fold fold-${i + 1}"></span>`).join('');
  const returnLine = layout.returnLine ? `<p class="return">${[c.sender.name, ...addressLines(c.sender.address)].map(isolated).join(' · ')}</p>\n` : '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject}</title>
<style>
  body { font: 12pt/1.5 Georgia, "Times New Roman", serif; max-width: 40em; margin: 3em auto; padding: 0 1.5em; color: #111; overflow-wrap: break-word; }
  address { font-style: normal; }
  .from { text-align: right; margin-bottom: 1.5em; }
  .date { text-align: right; margin-bottom: 1.5em; }
  .to { margin-bottom: 2em; }
  .subject { font-weight: bold; margin-bottom: 1.5em; }
  .nowrap { white-space: nowrap; }
  ul { padding-left: 1.5em; }
${printCss(letter, paper)}
</style>
</head>
<body>
<div class="head">${folds}
<address class="from">${from}</address>
<p class="date"><time datetime="${c.letter.date}">${escapeHtml(placeAndDate(c))}</time></p>
<div class="window">
${returnLine}<address class="to">${to}</address>
</div>
</div>
${sentBy ? `<p class="sent-by">${escapeHtml(sentBy)}</p>\n` : ''}<p class="subject">${keepWhole(subject, references)}</p>
${keepWhole(bodyHtml(withoutDateBlock(signatureWithoutContacts(escapedBody, c, escapedAsInBody), c), c), references)}
</body>
</html>
`;
}

const FORMAT_OF_EXTENSION: Readonly<Record<string, Format>> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', eml: 'eml', json: 'json', pdf: 'pdf' };

/** Word processors' files, which redress does not write: a letter in one would not open. */
const WORD_PROCESSOR = /\.(?:docx?|odt|rtf|pages)$/i;

/** Refuses a file name that asks for a word processor's file, saying what to use instead. */
export function assertWritableName(file: string | undefined, option: string): void {
  if (file === undefined || !WORD_PROCESSOR.test(file)) return;
  const stem = file.replace(WORD_PROCESSOR, '');
  throw new UserError(
    `${option} ${quoteValue(file)} asks for a word processor's file, which redress does not write (it would not open). Use ${quoteValue(`${stem}.pdf`)} for a letter to print, or ${quoteValue(`${stem}.txt`)} or ${quoteValue(`${stem}.html`)} to open and edit in your word processor.`,
  );
}

/** The format a file's name asks for ("letter.pdf"), or undefined for a name that asks for none. */
export function formatOfFile(file: string | undefined): Format | undefined {
  const extension = file === undefined ? undefined : /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : FORMAT_OF_EXTENSION[extension];
}

const FORMAT_NAMES: Readonly<Record<Format, string>> = { text: 'plain text', markdown: 'Markdown', html: 'a web page (HTML)', eml: 'an e-mail file (.eml)', json: 'JSON', pdf: 'a PDF' };
const EXTENSION_OF_FORMAT: Readonly<Record<Format, string>> = { text: 'txt', markdown: 'md', html: 'html', eml: 'eml', json: 'json', pdf: 'pdf' };

/**
 * A --format the --out file's name contradicts ("--out letter.pdf --format text") would write a
 * file that does not open as what its name says. Text and Markdown are both text: either name fits.
 */
export function assertFormatFitsName(format: Format, file: string | undefined): void {
  const named = formatOfFile(file);
  if (named === undefined || named === format) return;
  const plain = (f: Format) => f === 'text' || f === 'markdown';
  if (plain(named) && plain(format)) return;
  const stem = file!.replace(/\.[A-Za-z]+$/, '');
  throw new UserError(
    `--out ${quoteValue(file!)} names ${FORMAT_NAMES[named]}, but --format ${format} writes ${FORMAT_NAMES[format]}: the file would not open as its name says. Use --out ${quoteValue(`${stem}.${EXTENSION_OF_FORMAT[format]}`)}, or leave out --format to write ${FORMAT_NAMES[named]}.`,
  );
}

export function assertFormat(value: string): Format {
  const formats = ['text', 'markdown', 'html', 'eml', 'json', 'pdf'];
  if (value === 'md') return 'markdown';
  if (value === 'txt') return 'text';
  if (!formats.includes(value)) throw new UserError(notAChoice('--format', value, formats));
  return value as Format;
}

// Set by the build: the PDF writer's bundle, relative to the code that loads it.
declare const __REDRESS_PDF_WRITER__: string | undefined;

type PdfWriter = typeof import('../pdf/letter.js');
let pdfWriter: PdfWriter | undefined;

/**
 * The PDF writer, with the PDF library and its fonts, loaded the first time a PDF is written
 * (from the sources, through tsx, when running the tests).
 */
function loadPdfWriter(): { writer: PdfWriter; fontDir?: string } {
  const { createRequire } = process.getBuiltinModule('node:module');
  const load = createRequire(import.meta.url);
  if (typeof __REDRESS_PDF_WRITER__ === 'string') {
    // The package ships it compressed, next to the bundles (the build writes it; see scripts/build.js).
    const packed = join(packageRoot(), 'dist', `${basename(__REDRESS_PDF_WRITER__)}.br`);
    pdfWriter ??= (existsSync(packed) ? runCompressed(packed, createRequire(packed)) : load(__REDRESS_PDF_WRITER__)) as PdfWriter;
    return { writer: pdfWriter };
  }
  pdfWriter ??= (load('tsx/cjs/api') as { require: (id: string, from: string) => PdfWriter }).require('../pdf/letter.ts', import.meta.url);
  return { writer: pdfWriter, fontDir: join(dirname(load.resolve('dejavu-fonts-ttf/package.json')), 'ttf') };
}

function pdfBytes(letter: Letter, paper: Paper): Uint8Array {
  requirePostalAddresses(letter.case);
  const { writer, fontDir } = loadPdfWriter();
  const result = writer.letterPdf(letter, { paper, ...(fontDir && { fontDir }) });
  if (result.ok) return result.bytes;
  // The PDF writer says which characters, in which fields, and what to do.
  throw new UserError(result.message);
}
