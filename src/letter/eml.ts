// An RFC 5322 message that mail programs open as a draft. Values never reach a header raw:
// names and subjects are RFC 2047 encoded words and the body is quoted-printable, so no
// value can start a header line and no line exceeds 998 characters.
import { rfc5322Date } from '../case/dates.js';
import { UserError } from '../errors.js';
import type { Letter } from './render.js';
import { addressee } from './layout.js';

const CRLF = '\r\n';

/**
 * Lines of a header that holds encoded words are at most 76 characters (RFC 2047 2); every
 * header line is kept to it, so no mail program has to refold what it shows.
 */
const LINE = 76;

/** The bytes of text an encoded word of at most `chars` characters holds ("=?UTF-8?B?" and "?=" take 12). */
const bytesIn = (chars: number) => Math.max(3, Math.floor((chars - 12) / 4) * 3);

/** Text as encoded words: the first fits in `first` characters, each later one on a line of its own after a space. */
function encodedWords(text: string, first: number): string[] {
  const words: string[] = [];
  let room = bytesIn(first);
  let chunk = '';
  for (const ch of text) {
    if (chunk && Buffer.byteLength(chunk + ch) > room) {
      words.push(chunk);
      chunk = '';
      room = bytesIn(LINE - 1);
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`);
}

/**
 * A header line, folded between tokens (words, encoded words, an address) so each line is at
 * most 76 characters where it can be; a token longer than that (an address) keeps its own line.
 */
function header(name: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    // An empty token is a second space, which must not start a line of its own.
    if (token !== '' && line.length + 1 + token.length > LINE && line.trim().length > name.length + 1) {
      lines.push(line);
      line = ` ${token}`;
    } else line += ` ${token}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

const CONTROLS = /[\u0000-\u001F\u007F]+/g;
const printableAscii = (text: string) => /^[\x20-\x7E]*$/.test(text);

/**
 * A header's value as tokens: plain words when it is printable ASCII, otherwise encoded words,
 * which also split a word too long for a line (a long order reference) as plain words cannot.
 */
function textTokens(name: string, text: string): string[] {
  const clean = text.replace(CONTROLS, ' ');
  const words = clean.split(' ');
  if (printableAscii(clean) && !clean.includes('=?') && words.every((word) => word.length < LINE)) return words;
  return encodedWords(clean, LINE - name.length - 2);
}

/** A header with a text value ("Subject"), folded. */
function headerText(name: string, text: string): string {
  return header(name, textTokens(name, text));
}

/** A header with one address, the name before it quoted or encoded, folded before the address if need be. */
function addressHeader(name: string, person: string | undefined, email: string): string {
  const clean = (person ?? '').replace(CONTROLS, ' ').trim();
  if (!clean) return header(name, [`<${email}>`]);
  const display = printableAscii(clean) ? [`"${clean.replace(/(["\\])/g, '\\$1')}"`] : encodedWords(clean, LINE - name.length - 2);
  return header(name, [...display, `<${email}>`]);
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
    addressHeader('From', c.sender.name, c.sender.email!),
    // The person or team as the letter's address names them ("Mike (the tech who came out)" is Mike).
    ...(to.email ? [addressHeader('To', (c.letter.stage === 'card-dispute' ? undefined : c.phrases.addressedTo[0]) ?? to.company, to.email)] : []),
    headerText('Subject', letter.subject),
    `Date: ${rfc5322Date(c.letter.date)}`,
    `Message-ID: <${crypto.randomUUID()}@redress.invalid>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(letter.body)}${CRLF}`;
}
