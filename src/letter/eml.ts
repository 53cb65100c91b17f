// An RFC 5322 message that mail programs open as a draft. Values never reach a header raw:
// names and subjects are RFC 2047 encoded words and the body is quoted-printable, so no
// value can start a header line and no line exceeds 998 characters.
import { rfc5322Date } from '../case/dates.js';
import { UserError } from '../errors.js';
import type { Letter } from './render.js';
import { addressee } from './layout.js';

const CRLF = '\r\n';

function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`);
}

/** A header value: plain when it is short printable ASCII, otherwise folded encoded words. */
export function headerText(text: string): string {
  const clean = text.replace(/[\u0000-\u001F\u007F]+/g, ' ');
  if (/^[\x20-\x7E]*$/.test(clean) && !/=\?/.test(clean)) return foldAscii(clean);
  return encodedWords(clean).join(`${CRLF} `);
}

function foldAscii(text: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > 70) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`${CRLF} `);
}

function address(name: string | undefined, email: string): string {
  if (!name) return `<${email}>`;
  const clean = name.replace(/[\u0000-\u001F\u007F]+/g, ' ').trim();
  const display = /^[\x20-\x7E]*$/.test(clean) ? `"${clean.replace(/(["\\])/g, '\\$1')}"` : encodedWords(clean).join(' ');
  return `${display} <${email}>`;
}

export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    let encoded = '';
    const bytes = Buffer.from(line, 'utf8');
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      const isLast = i === bytes.length - 1;
      const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !isLast);
      encoded += literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    let rest = encoded;
    while (rest.length > 76) {
      let cut = 75;
      const escape = rest.lastIndexOf('=', cut);
      if (escape > cut - 3) cut = escape;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}

export function toEml(letter: Letter): string {
  const c = letter.case;
  const missing: string[] = [];
  if (!c.sender.email) missing.push('sender.email (your e-mail address)');
  // A card dispute is to the card issuer, whose e-mail address the case does not hold: the
  // message is left without one for the writer to fill in.
  const to = addressee(c);
  if (c.letter.stage !== 'card-dispute' && !to.email) missing.push("recipient.email (the business's e-mail address)");
  if (missing.length > 0) {
    throw new UserError(
      `An e-mail file needs ${missing.join(' and ')}. Add ${missing.length > 1 ? 'them' : 'it'} to the case, or choose another --format such as text.`,
    );
  }
  const headers = [
    `From: ${address(c.sender.name, c.sender.email!)}`,
    // The person or team as the letter's address names them ("Mike (the tech who came out)" is Mike).
    ...(to.email ? [`To: ${address((c.letter.stage === 'card-dispute' ? undefined : c.phrases.addressedTo[0]) ?? to.company ?? '', to.email)}`] : []),
    `Subject: ${headerText(letter.subject)}`,
    `Date: ${rfc5322Date(c.letter.date)}`,
    `Message-ID: <${crypto.randomUUID()}@redress.invalid>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(letter.body)}${CRLF}`;
}
