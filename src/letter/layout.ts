// What a printed letter looks like, shared by the PDF and the HTML page's print layout: the
// paper, where the window of the envelope is, how the body's text is structured, and the few
// words the page itself adds ("Page 2 of 3"). Plain data and functions, no PDF library.
import { countryInfo } from '../case/countries.js';
import { EXIT_USAGE, UserError } from '../errors.js';
import { notAChoice } from '../io/terminal.js';
import { formatDate } from './format-values.js';
import type { Letter, LetterCase } from './render.js';
import { townOf } from './town.js';

export type Paper = 'a4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

export function assertPaper(value: string): Paper {
  const paper = value.toLowerCase();
  if (!PAPERS.includes(paper as Paper)) throw new UserError(notAChoice('--paper', value, PAPERS), EXIT_USAGE);
  return paper as Paper;
}

/** Where US Letter is the usual paper, as CLDR's paperSize data has it; A4 everywhere else. */
const LETTER_PAPER = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/** The writer's country's paper (US Letter in the Americas' countries that use it and the Philippines, A4 elsewhere) unless one is asked for. */
export function paperFor(c: LetterCase, asked?: Paper): Paper {
  if (asked) return asked;
  const country = c.sender.country;
  if (!country) return 'a4';
  return countryInfo(country)?.paper ?? (LETTER_PAPER.has(country) ? 'letter' : 'a4');
}

/** A rectangle on the page, in millimetres from the top left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PostalLayout {
  /** din-b: DIN 5008 form B (Germany); dl: the DL/C5 window of the UK and most of Europe; us10: a US #10 window. */
  kind: 'din-b' | 'dl' | 'us10';
  paper: Paper;
  page: { width: number; height: number };
  margin: { left: number; right: number; top: number; bottom: number };
  /** The envelope's window: everything of the recipient's address stays inside it. */
  window: Box;
  /** Where the recipient's address starts (its first line's top), inside the window. */
  address: { x: number; y: number; width: number; height: number };
  /** A one-line return address at the top of the window, in small print (DIN 5008). */
  returnLine?: Box;
  /** Top of the sender's block, and its column: right for A4, left (under a return window) for Letter. */
  sender: Box;
  /** The date (and place) line: right-aligned to this box's right edge, at its top. */
  date: Box;
  /** Where the reference line or subject starts on the first page. */
  bodyTop: number;
  /** Fold marks (distance from the top), so the address shows in the window; and the hole punch mark. */
  folds: number[];
  hole?: number;
}

const INCH = 25.4;

/**
 * Window positions:
 * - DIN 5008 form B: address field 20 mm from the left, 45 mm from the top, 85 × 45 mm, with
 *   a 5 mm return-address zone, a 12.7 mm zone for notes, then 27.3 mm for the address.
 * - DL/C5 (UK and most of Europe): a 90 × 45 mm window 20 mm from the left, which shows
 *   45–90 mm from the top of a letter folded in three (99 mm).
 * - US #10: a 4½ × 1⅛ in window ⅞ in from the left; the address starts 2 in from the top.
 */
export function postalLayout(c: LetterCase, paper: Paper): PostalLayout {
  if (paper === 'letter') {
    const page = { width: 8.5 * INCH, height: 11 * INCH };
    const margin = { left: INCH, right: INCH, top: 0.75 * INCH, bottom: 0.75 * INCH };
    const window = { x: 0.875 * INCH, y: 2 * INCH, width: 4.5 * INCH, height: 1.125 * INCH };
    return {
      kind: 'us10',
      paper,
      page,
      margin,
      window,
      address: { x: INCH, y: window.y + 2, width: window.x + window.width - INCH - 2, height: window.height - 3 },
      sender: { x: margin.left, y: 0.5 * INCH, width: 3.5 * INCH, height: window.y - 0.5 * INCH - 4 },
      date: { x: page.width - margin.right - 60, y: window.y + 2, width: 60, height: 6 },
      bodyTop: window.y + window.height + 8,
      folds: [page.height / 3, (page.height * 2) / 3],
    };
  }
  const page = { width: 210, height: 297 };
  const margin = { left: 25, right: 20, top: 20, bottom: 20 };
  const sender = { x: 125, y: 12, width: 65, height: 31 };
  const date = { x: 125, y: 50, width: 65, height: 6 };
  if (c.sender.country === 'DE') {
    const window = { x: 20, y: 45, width: 85, height: 45 };
    return {
      kind: 'din-b',
      paper,
      page,
      margin,
      window,
      returnLine: { x: 25, y: 45.8, width: 75, height: 4 },
      address: { x: 25, y: 62.7, width: 75, height: 27.3 },
      sender,
      date,
      bodyTop: 98.5,
      folds: [105, 210],
      hole: 148.5,
    };
  }
  const window = { x: 20, y: 45, width: 90, height: 45 };
  return {
    kind: 'dl',
    paper,
    page,
    margin,
    window,
    address: { x: 25, y: 51, width: 80, height: 36 },
    sender,
    date,
    bodyTop: 98.5,
    folds: [99, 198],
  };
}

/**
 * Postal address lines: as written on several lines, or split at its commas, keeping a North
 * American state or province and its code with the town ("Springfield, IL 62704").
 */
export function addressLines(address: string | undefined): string[] {
  if (!address) return [];
  const lines = address.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (lines.length > 1) return lines;
  const parts = (lines[0] ?? '').split(/\s*,\s*/).filter(Boolean);
  const joined: string[] = [];
  for (const part of parts) {
    if (joined.length > 1 && /^[A-Z]{2}\s+(\d{5}(-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/.test(part)) joined[joined.length - 1] += `, ${part}`;
    else joined.push(part);
  }
  return joined;
}

/** Whom a letter goes to. */
export interface Addressee {
  contact?: string;
  company?: string;
  address?: string;
  email?: string;
}

/**
 * Whom the letter goes to: the business, or for a card dispute the card issuer, at the address
 * the writer gives for it (the business's address and e-mail are not the bank's).
 */
export function addressee(c: Pick<LetterCase, 'letter' | 'recipient' | 'card'>): Addressee {
  if (c.letter.stage === 'card-dispute') return { ...(c.card.issuer && { company: c.card.bank ?? c.card.issuer }), ...(c.card.address && { address: c.card.address }) };
  return c.recipient;
}

/** The recipient as the envelope's window shows them: the person or team, the company, the address. */
export function recipientLines(c: LetterCase): string[] {
  return recipientBlock(c.phrases.addressedTo, addressee(c));
}

/** The lines of a recipient's block: whom it is addressed to (`addressedTo`), the company, the address. */
export function recipientBlock(addressedTo: readonly string[], to: Addressee): string[] {
  // A person written to by name in place of a business (a private landlord) is named once.
  const company = addressedTo.some((line) => line.trim() === to.company?.trim()) ? undefined : to.company;
  // An address that starts with the name already given ("Barclaycard, Card Services, …") does not say it twice.
  const lines = addressLines(to.address);
  const named = [...addressedTo, company].filter(Boolean).map((line) => line!.trim().toLowerCase());
  const address = lines.length > 1 && named.includes(lines[0]!.trim().toLowerCase()) ? lines.slice(1) : lines;
  return [...addressedTo, company, ...address].filter((line): line is string => Boolean(line && line.trim())).map((line) => line.trim());
}

/** The sender's name and address on one line, for the return-address line of a window. */
export function returnAddress(c: LetterCase): string {
  return [c.sender.name, ...addressLines(c.sender.address)].join(' · ');
}

/** A letter for the post needs both postal addresses: says which is missing and how to add it. */
export function requirePostalAddresses(c: LetterCase): void {
  // A card dispute goes to the card issuer: without card.address the window shows its name, and
  // the writer is told to add the address (see howToSendByPost).
  const missing = [
    !c.sender.address?.trim() && 'sender.address (your postal address)',
    c.letter.stage !== 'card-dispute' && !c.recipient.address?.trim() && "recipient.address (the business's postal address)",
  ].filter(Boolean);
  if (missing.length === 0) return;
  throw new UserError(
    `A letter for the post needs ${missing.length === 2 ? 'both postal addresses' : 'a postal address'}: add ${missing.join(' and ')} to the case file, on several lines or with commas between the parts (for example "12 Elm Street, Springfield, MA 01103"). Then run the command again.`,
    EXIT_USAGE,
  );
}

/**
 * A printed letter gives the writer's contact details at the top, so the signature keeps just
 * the name (and what identifies the writer to the business, such as a customer number).
 * `escape` is how values appear in `body` (HTML-escaped in an HTML body).
 */
export function signatureWithoutContacts(body: string, c: LetterCase, escape: (text: string) => string = (text) => text): string {
  const moved = new Set([c.sender.email, c.sender.phone, c.sender.address, ...addressLines(c.sender.address)].filter(Boolean).map((v) => escape(v!)));
  const blocks = body.split('\n\n');
  const last = blocks.length - 1;
  const lines = blocks[last]!.split('\n');
  if (lines[0] !== escape(c.sender.name)) return body;
  blocks[last] = lines.filter((line, index) => index === 0 || !moved.has(line.trim())).join('\n');
  return blocks.join('\n\n');
}

/** A line of the body: part of a paragraph, or a list item (with the lines that continue it). */
export interface BodyLine {
  kind: 'text' | 'item';
  text: string;
}

/** A block of the body between blank lines: its paragraph lines and list items, in order. */
export type BodyBlock = BodyLine[];

/** The body's structure: blocks (paragraphs) of lines and list items. */
export function bodyBlocks(body: string): BodyBlock[] {
  return body
    .split(/\n{2,}/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines: BodyLine[] = [];
      for (const line of block.split('\n')) {
        const bullet = /^\s*- (.*)$/.exec(line);
        const last = lines[lines.length - 1];
        if (bullet) lines.push({ kind: 'item', text: bullet[1]! });
        else if (last?.kind === 'item' && /^\s+\S/.test(line)) last.text += `\n${line.trim()}`;
        else lines.push({ kind: 'text', text: line });
      }
      return lines;
    });
}

/**
 * The body without a date line of its own (some languages' letters start with one): the
 * printed letter shows the date at the top.
 */
export function withoutDateLine(blocks: BodyBlock[], c: LetterCase): BodyBlock[] {
  // French, German and Spanish letters start with the recipient's block, then the date line: the page prints both in their places.
  const block = (c.phrases as { recipientBlock?: string }).recipientBlock;
  const from = block && blocks.length > 2 && blocks[0]!.map((line) => line.text).join('\n') === block ? 1 : 0;
  const date = formatDate(c.letter.date, c.letter.locale);
  const first = blocks[from];
  if (first && first.length === 1 && first[0]!.kind === 'text' && first[0]!.text.length < date.length + 60 && first[0]!.text.trim().endsWith(date)) return blocks.slice(from + 1);
  return blocks;
}

/** The closing: the sign-off line (a block of its own) and the name block after it. */
export interface Closing {
  /** Blocks before the closing. */
  before: BodyBlock[];
  signOff?: BodyBlock;
  name?: BodyBlock;
}

/** Splits off the sign-off and the typed name, so a signature can go between them. */
export function closingOf(blocks: BodyBlock[], c: LetterCase): Closing {
  const last = blocks[blocks.length - 1];
  if (!last || last[0]?.text !== c.sender.name) return { before: blocks };
  const signOff = blocks[blocks.length - 2];
  if (signOff && signOff.length === 1 && signOff[0]!.kind === 'text' && signOff[0]!.text.length <= 120) {
    return { before: blocks.slice(0, -2), signOff, name: last };
  }
  return { before: blocks.slice(0, -1), name: last };
}

/** Words the page adds, by language: keep them here so a new language is one entry. */
interface PageWords {
  page: (n: number, total: number) => string;
  reference: string;
  /** "Berlin, 2 December 2026", "Paris, le 2 décembre 2026". */
  placeAndDate: (place: string, date: string) => string;
  /** How a final letter is sent, where the custom is to say so above its subject. */
  finalLetterSentBy?: string;
}

const WORDS: Record<string, PageWords> = {
  en: { page: (n, total) => `Page ${n} of ${total}`, reference: 'Reference', placeAndDate: (place, date) => `${place}, ${date}` },
  de: { page: (n, total) => `Seite ${n} von ${total}`, reference: 'Referenz', placeAndDate: (place, date) => `${place}, ${date}` },
  fr: {
    page: (n, total) => `Page ${n} sur ${total}`,
    // French puts a (no-break) space before a colon: "Référence : CMD-1".
    reference: 'Référence\u00A0',
    placeAndDate: (place, date) => `${place}, le ${date}`,
    finalLetterSentBy: 'Lettre recommandée avec accusé de réception',
  },
  es: { page: (n, total) => `Página ${n} de ${total}`, reference: 'Referencia', placeAndDate: (place, date) => `${place}, ${date}` },
};

/** The letter's language: the case's, when it names one; English otherwise. */
export function letterLanguage(c: LetterCase): string {
  const language = (c.letter as { language?: string }).language;
  return language?.split('-')[0]?.toLowerCase() ?? 'en';
}

export function pageWords(c: LetterCase): PageWords {
  return WORDS[letterLanguage(c)] ?? WORDS.en!;
}

/** Countries where a letter's date is written with the place it was written in. */
const PLACE_WITH_DATE = new Set(['DE', 'AT', 'CH', 'FR', 'BE', 'LU', 'ES', 'IT', 'PT', 'PL', 'HU', 'CZ', 'SK', 'NL']);

/** The date as the letter shows it: with the place where that is the custom. */
export function placeAndDate(c: LetterCase): string {
  const date = formatDate(c.letter.date, c.letter.locale);
  const place = c.sender.country && PLACE_WITH_DATE.has(c.sender.country) ? townOf(c.sender.address) : undefined;
  return place ? pageWords(c).placeAndDate(place, date) : date;
}

/** The reference line above the subject ("Reference: BCC-004471"), when the purchase has one. */
export function referenceLine(c: LetterCase): string | undefined {
  const reference = c.purchase.reference?.trim();
  return reference ? `${pageWords(c).reference}: ${reference}` : undefined;
}

/**
 * The line above the subject of a letter that goes by registered post: a French mise en
 * demeure is sent "recommandée avec accusé de réception", the proof of its date that a
 * médiateur or a court asks for, and INC's model letters say so above the subject. An e-mail
 * (eml) is written without it; an acceptance or answer to an offer is not a mise en demeure.
 */
export function sentByLine(letter: Letter): string | undefined {
  const c = letter.case;
  if (c.letter.stage !== 'final' || /(^|\/)(accept|answer)-offer$/.test(letter.template)) return undefined;
  return pageWords(c).finalLetterSentBy;
}

/** What later pages repeat at their top: the reference, or the subject when there is none. */
export function runningHead(letter: Letter): string {
  const c = letter.case;
  return [c.sender.name, referenceLine(c) ?? letter.subject, formatDate(c.letter.date, c.letter.locale)].join(' · ');
}
