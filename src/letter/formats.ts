import { UserError } from '../errors.js';
import { quoteValue } from '../io/terminal.js';
import { renderHtmlBody, renderMarkdownBody, type Format, type Letter } from './render.js';
import type { TemplateSource } from './templates.js';
import { toEml } from './eml.js';
import { formatDate } from './format-values.js';

export interface Output {
  format: Format;
  content: string;
  /** File name ending for this format. */
  extension: string;
}

const EXTENSIONS: Record<Format, string> = { text: 'txt', markdown: 'md', html: 'html', eml: 'eml', json: 'json' };

export function formatLetter(letter: Letter, source: TemplateSource, format: Format): Output {
  const extension = EXTENSIONS[format];
  switch (format) {
    case 'text':
      return { format, extension, content: `Subject: ${letter.subject}\n\n${letter.body}\n` };
    case 'markdown':
      return { format, extension, content: `**Subject:** ${escapeMarkdownLine(letter.subject)}\n\n${markdownBreaks(renderMarkdownBody(letter, source))}\n` };
    case 'html':
      return { format, extension, content: htmlPage(letter, renderHtmlBody(letter, source)) };
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
    to: c.recipient.email ?? null,
    from: c.sender.email ?? null,
    format: 'json',
    template: letter.template,
    stage: c.letter.stage,
    remedy: c.request.remedy,
    date: c.letter.date,
    deadline: c.request.deadline,
    amount: c.request.amount ?? null,
    currency: c.purchase.currency,
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
      const flushPara = () => {
        if (para.length) parts.push(`<p>${para.join('<br>\n')}</p>`);
        para = [];
      };
      for (const line of lines) {
        const bullet = /^\s*- (.*)$/.exec(line);
        if (bullet) {
          flushPara();
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

/** Postal address lines: as written on several lines, or split at its commas. */
export function addressLines(address: string | undefined): string[] {
  if (!address) return [];
  const lines = address.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return lines.length > 1 ? lines : (lines[0] ?? '').split(/\s*,\s*/).filter(Boolean);
}

/** Words with digits and hyphens or slashes (references, order numbers) are never split at the end of a line. */
const keepWhole = (escaped: string) => escaped.replace(/(?<![\w&#-])([\w.]*\d[\w.]*[-/][\w./-]+|[\w.]+[-/][\w.]*\d[\w./-]*)/g, '<span class="token">$1</span>');

/**
 * A printed letter gives the writer's contact details at the top, so the signature keeps just
 * the name (and what identifies the writer to the business, such as a customer number).
 */
function signatureWithoutContacts(escapedBody: string, c: Letter['case']): string {
  const moved = new Set([c.sender.email, c.sender.phone, c.sender.address, ...addressLines(c.sender.address)].filter(Boolean).map((v) => escapeHtml(v!)));
  const blocks = escapedBody.split('\n\n');
  const last = blocks.length - 1;
  const lines = blocks[last]!.split('\n');
  if (lines[0] !== escapeHtml(c.sender.name)) return escapedBody;
  blocks[last] = lines.filter((line, index) => index === 0 || !moved.has(line.trim())).join('\n');
  return blocks.join('\n\n');
}

function htmlPage(letter: Letter, escapedBody: string): string {
  const c = letter.case;
  const locale = c.letter.locale;
  const lang = escapeHtml(locale.split('-')[0] ?? 'en');
  const lines = (values: (string | undefined)[]) => values.filter((v): v is string => Boolean(v)).map(escapeHtml).join('<br>\n');
  const reach = [c.sender.email, c.sender.phone].filter(Boolean).map((v) => escapeHtml(v!)).join(' · ');
  const from = lines([c.sender.name, ...addressLines(c.sender.address)]) + (reach ? `<br>\n${reach}` : '');
  const to = lines([c.recipient.contact, c.recipient.company, ...addressLines(c.recipient.address)]);
  const subject = escapeHtml(letter.subject);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject}</title>
<style>
  body { font: 12pt/1.5 Georgia, "Times New Roman", serif; max-width: 40em; margin: 3em auto; padding: 0 1.5em; color: #111; }
  address { font-style: normal; }
  .from { text-align: right; margin-bottom: 1.5em; }
  .date { text-align: right; margin-bottom: 1.5em; }
  .to { margin-bottom: 2em; }
  .subject { font-weight: bold; margin-bottom: 1.5em; }
  .token { white-space: nowrap; }
  ul { padding-left: 1.5em; }
  @page { size: ${c.sender.country === 'US' || c.sender.country === 'CA' ? 'letter' : 'A4'}; margin: 2cm 2.5cm; }
  @media print { body { margin: 0; max-width: none; padding: 0; } p, li { orphans: 3; widows: 3; } }
</style>
</head>
<body>
<address class="from">${from}</address>
<p class="date"><time datetime="${c.letter.date}">${escapeHtml(formatDate(c.letter.date, locale))}</time></p>
<address class="to">${to}</address>
<p class="subject">${keepWhole(subject)}</p>
${keepWhole(htmlBlocks(signatureWithoutContacts(escapedBody, c)))}
</body>
</html>
`;
}

export function assertFormat(value: string): Format {
  const formats = ['text', 'markdown', 'html', 'eml', 'json'];
  if (value === 'md') return 'markdown';
  if (value === 'txt') return 'text';
  if (!formats.includes(value)) throw new UserError(`--format must be one of ${formats.join(', ')} (got ${quoteValue(value)}).`);
  return value as Format;
}
