// A general linter for finished letters: finds what a consumer adviser would strike out
// before signing (see ../../../shared/letter-guide.md and issue 13). It reads the letter as
// text (`Subject: …`, a blank line, the body), or HTML turned into text by `htmlToText`.
//
// The checks are rules about English letters, not lists of known bad outputs: a bare noun
// phrase glued after "about", a capital after a mid-sentence colon, brackets in brackets,
// a sentence or contact detail said twice, "X of the Y I paid" with X > Y, greetings no person
// writes, a sign-off that does not match its greeting, facts lost (the business, the impact),
// mixed currency and date styles, another country's law, and the small things (the the,
// a an, doubled punctuation, stray whitespace, empty sections, template leftovers).
//
// `facts` says what is known about the case; checks that need a fact are skipped without it.
// Text the writer typed (`userText`) is exempt from the grammar heuristics that start inside
// it (the writer's own sentences are kept whole), never from checks on the glue around it.
import { isCommonWord } from '../../src/letter/english/common-words.js';

export interface LetterFacts {
  /** The business the letter is about (the merchant, also in a card-dispute letter). */
  company: string;
  /** The writer's impact sentence(s): a letter must keep them (shortened if long). */
  impact?: string;
  /** What the writer has paid (one payment of a subscription), in the letter's currency. */
  amountPaid?: number;
  /** ISO 4217 code of the letter's money. */
  currency?: string;
  /** The locale the letter should be written in (en-GB, en-US, …). */
  locale?: string;
  /** ISO 3166-1 code of the writer's country, when known. */
  country?: string;
  /** ISO 3166-2 code of the writer's region (GB-SCT, US-MA, CA-ON, AU-NSW), when known. */
  region?: string;
  stage?: 'first' | 'reminder' | 'final' | 'card-dispute';
  /** What was bought, as typed (checked for being glued into a sentence). */
  item?: string;
  /** The contact person or team, as typed. */
  contact?: string;
  /** Other names as typed (people spoken to, places): their capitals must be kept. */
  names?: string[];
  /** The card issuer, when known (a card-dispute letter is written to it). */
  issuer?: string;
  /** The writer's own sign-off (letter.signOff); expected instead of the usual one. */
  signOff?: string;
  /** The writer's own greeting (letter.greeting). */
  greeting?: string;
  /** Everything else the writer typed: story, contacts' results, correction, evidence… */
  userText?: string[];
  /** Tokens a letter copies exactly as typed (a reference such as "conf. no. 55102-B"): no sentence starts inside them. */
  verbatim?: string[];
  /** false when the facts show no ongoing relationship (a one-off purchase, a membership ended). */
  ongoing?: boolean;
  /** A recurring fee: the letter must say it recurs. */
  period?: 'week' | 'fortnight' | 'month' | 'quarter' | 'year';
  remedy?: 'correction' | 'refund' | 'either' | 'partial-refund' | 'compensation';
  /** The total of request.costs, when the case claims compensation. */
  compensationTotal?: number;
  /** The writer's e-mail and phone (each should appear once). */
  senderEmail?: string;
  senderPhone?: string;
  /** 'html' when the text came from an HTML letter (some layout checks differ). */
  format?: 'text' | 'html';
}

export interface Finding {
  kind: string;
  message: string;
  /** A short piece of the letter around the problem. */
  excerpt: string;
}

// ---------------------------------------------------------------------------------------
// Small helpers

const DETERMINERS = new Set(
  (
    'a an the my your our his her their its this that these those some any each every no all both either neither ' +
    'several many much more most few fewer less one two three four five six seven eight nine ten another other such what which whose whatever ' +
    'me you him us them it myself yourself yourselves itself themselves ourselves someone something anything nothing everything anyone everyone nobody ' +
    'how why when where whether while if as at about over under into onto upon from to in on by with without within between after before since until ' +
    'not just only even also still yet again there here now then'
  ).split(' '),
);

const TITLES = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Fr|Capt|Lady|Lord)';
/** Parts of a surname that come before it ("Ó Briain", "Van Dyke", "De Luca"). */
const PARTICLES = "(?:Ó|Ní|Nic|Mac|Mc|De|Del|Della|Di|Da|Du|Van|Von|Le|La|St\\.?|Al|El|Bin|Ben|Ap)";
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|approx|vs|no|nos|incl|ref|tel|St|Ltd|Inc|Co|Corp|Jr|Sr|Dr|Mr|Mrs|Ms|Mx|Prof|[ap]\.m|a\.s\.a\.p|U\.S|[A-Z])\.)$/i;

const normal = (s: string) => s.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/\s+/g, ' ').trim();
const words = (s: string) =>
  normal(s)
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}'£$€]+/u)
    .filter(Boolean);

function excerptAt(text: string, index: number, length = 0, around = 40): string {
  const from = Math.max(0, index - around);
  const to = Math.min(text.length, index + length + around);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\n/g, '⏎')}${to < text.length ? '…' : ''}`;
}

/** Character ranges of the letter that are the writer's own words, found whitespace- and case-insensitively. */
function userSpans(text: string, userText: readonly string[] | undefined): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (const raw of userText ?? []) {
    // A long text may be quoted in parts (a list, a shortened impact): look for each sentence.
    const sentences = raw.split(/(?<=[.!?;])\s+|\n+/).map((p) => p.trim().replace(/[.!?;,]+$/, '')).filter((p) => p.length >= 3);
    // A sentence the letter tidied in one place ("cant" -> "can't") still quotes its other clauses as typed.
    const clauses = sentences.flatMap((sentence) => (sentence.includes(', ') ? sentence.split(/,\s+/).filter((p) => p.length >= 12) : []));
    const pieces = [...sentences, ...clauses];
    for (const piece of pieces) {
      const pattern = new RegExp(
        piece
          .toLowerCase()
          .split(/\s+/)
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('\\s+'),
        'g',
      );
      for (const m of lower.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

const inside = (spans: Array<[number, number]>, index: number) => spans.some(([a, b]) => index >= a && index < b);

export interface Money {
  value: number;
  /** How the currency is shown: "£", "$", "CA$", "€", "EUR", … */
  style: string;
  index: number;
  text: string;
}

const SYMBOL = String.raw`(?:[A-Z]{1,3}\$|\$|£|€|¥|₹)`;
const NUMBER = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+,\d{2}|\d+(?:[.,]\d{1,2})?`;
const MONEY = new RegExp(
  String.raw`(?<pre>${SYMBOL})\s?(?<n1>${NUMBER})|(?<n2>${NUMBER})[\u00a0\u202f ]?(?<post>€|£|\$|(?:USD|EUR|GBP|CAD|AUD|NZD|CHF)\b)|\b(?<code>USD|EUR|GBP|CAD|AUD|NZD|CHF)[\u00a0 ](?<n3>${NUMBER})`,
  'g',
);

function parseNumber(raw: string): number {
  let s = raw.replace(/[\u00a0\u202f ]/g, '');
  if (/^\d{1,3}(\.\d{3})+,\d{2}$/.test(s) || /^\d+,\d{1,2}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  return Number(s);
}

/** Every amount of money written in the text, with the style of its currency. */
export function findMoney(text: string): Money[] {
  const found: Money[] = [];
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups!;
    const n = g.n1 ?? g.n2 ?? g.n3!;
    const style = g.pre ?? g.post ?? g.code!;
    found.push({ value: parseNumber(n), style, index: m.index, text: m[0] });
  }
  return found;
}

/** What a currency looks like when written by Intl in `locale` ("$", "£", "CA$", …). */
function localStyle(currency: string, locale: string): string | undefined {
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
    return parts.find((p) => p.type === 'currency')?.value;
  } catch {
    return undefined;
  }
}

const FAMILY: Record<string, string> = { $: '$', '£': '£', '€': '€', EUR: '€', GBP: '£', USD: '$', CAD: '$', AUD: '$', NZD: '$' };
const familyOf = (style: string) => FAMILY[style] ?? (style.endsWith('$') ? '$' : style);

// ---------------------------------------------------------------------------------------
// Laws and bodies that belong to one country (or region): citing them elsewhere is wrong.

interface Jurisdictional {
  pattern: RegExp;
  country: string;
  /** When the law belongs to some regions only. */
  regions?: string[];
  what: string;
}

const JURISDICTIONAL: Jurisdictional[] = [
  { pattern: /Consumer Rights Act 2015/i, country: 'GB', what: 'the UK Consumer Rights Act 2015' },
  { pattern: /Section 75|Consumer Credit Act/i, country: 'GB', what: 'Section 75 of the UK Consumer Credit Act' },
  { pattern: /Financial Ombudsman Service|Ombudsman Services|Ofgem|Ofcom|Citizens Advice|Which\?/i, country: 'GB', what: 'a UK body' },
  { pattern: /County Court|small claims track|Pre-Action Conduct/i, country: 'GB', regions: ['GB-ENG', 'GB-WLS'], what: 'the courts of England and Wales' },
  { pattern: /Simple Procedure|Sheriff Court|Advice Direct Scotland/i, country: 'GB', regions: ['GB-SCT'], what: 'a Scottish procedure' },
  { pattern: /Consumerline/i, country: 'GB', regions: ['GB-NIR'], what: 'a Northern Ireland body' },
  { pattern: /Consumer Rights Act 2022|Competition and Consumer Protection Commission|\bCCPC\b|European Consumer Centre Ireland/i, country: 'IE', what: 'Irish law' },
  { pattern: /Fair Credit Billing Act|Regulation Z|Better Business Bureau|\bBBB\b|attorney general/i, country: 'US', what: 'US law or a US body' },
  { pattern: /\b93A\b/i, country: 'US', regions: ['US-MA'], what: 'Massachusetts law (ch. 93A)' },
  { pattern: /Consumers Legal Remedies Act|Consumer Legal Remedies Act|Civil Code/i, country: 'US', regions: ['US-CA'], what: 'California law' },
  { pattern: /Consumer Protection Act, 2002/i, country: 'CA', regions: ['CA-ON'], what: 'Ontario law' },
  { pattern: /Business Practices and Consumer Protection Act|Civil Resolution Tribunal/i, country: 'CA', regions: ['CA-BC'], what: 'British Columbia law' },
  { pattern: /\bCCTS\b|Commission for Complaints for Telecom/i, country: 'CA', what: 'a Canadian body' },
  { pattern: /Australian Consumer Law|\bACCC\b|\bAFCA\b|\bTIO\b|\bEWOV\b|\bEWON\b/i, country: 'AU', what: 'Australian law or an Australian body' },
  { pattern: /\bNCAT\b|NSW Fair Trading/i, country: 'AU', regions: ['AU-NSW'], what: 'a New South Wales body' },
  { pattern: /\bVCAT\b|Consumer Affairs Victoria/i, country: 'AU', regions: ['AU-VIC'], what: 'a Victorian body' },
  { pattern: /\bQCAT\b|Queensland Office of Fair Trading/i, country: 'AU', regions: ['AU-QLD'], what: 'a Queensland body' },
  { pattern: /Consumer Guarantees Act|Disputes Tribunal/i, country: 'NZ', what: 'New Zealand law' },
];

// ---------------------------------------------------------------------------------------

/** Turns an HTML letter into the text a reader sees (paragraphs, list items, line breaks). */
export function htmlToText(html: string): string {
  let body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  // The subject (an element of class "subject", or the first heading) reads as "Subject: …".
  const subject = /<(\w+)[^>]*class="[^"]*\bsubject\b[^"]*"[^>]*>/i.exec(body) ?? /<(h1)[^>]*>/i.exec(body);
  if (subject) {
    const close = body.indexOf(`</${subject[1]}>`, subject.index);
    const inner = body.slice(subject.index + subject[0].length, close < 0 ? undefined : close);
    if (!/^\s*(<[^>]+>\s*)*Subject:/i.test(inner)) body = `${body.slice(0, subject.index + subject[0].length)}Subject: ${body.slice(subject.index + subject[0].length)}`;
  }
  return body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|header|footer|section|address|table|tr)>/gi, '\n\n')
    .replace(/<(p|div|h[1-6]|ul|ol|header|footer|section|address|table|tr)[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The greeting line ("Dear …,") and the sign-off line of a letter, when there are. */
export function letterParts(text: string, customGreeting?: string, customSignOff?: string): { subject?: string; greeting?: string; greetingIndex: number; signOff?: string; signOffIndex: number } {
  const subject = /^Subject: (.*)$/m.exec(text)?.[1];
  const own = customGreeting ? normal(customGreeting).replace(/[,:]$/, '') : undefined;
  const custom = own ? new RegExp(`^${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*$`, 'm').exec(text) : null;
  const g = custom ?? /^(Dear [^\n]*|Sehr geehrte[^\n]*|Madame, Monsieur[^\n]*|Estimad[^\n]*|Hello[^\n]*|Hi [^\n]*|To whom it may concern[^\n]*)$/m.exec(text);
  // The sign-off: the last line with a closing formula; failing that, the last short line
  // ending with a comma that comes after the body's last paragraph.
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.reduce((at, line) => (starts.push(at), at + line.length + 1), 0);
  const formula = SIGN_OFF;
  let signOff: string | undefined;
  let signOffIndex = -1;
  const ownSignOff = customSignOff ? normal(customSignOff).replace(/,$/, '') : undefined;
  for (let i = lines.length - 1; i >= 0 && signOff === undefined && ownSignOff; i--) {
    if (normal(lines[i]!).replace(/,$/, '') === ownSignOff) [signOff, signOffIndex] = [lines[i]!.trim(), starts[i]!];
  }
  for (let i = lines.length - 1; i >= 0 && signOff === undefined; i--) {
    if (formula.test(lines[i]!.trim()) && lines[i]!.trim().length < 120) [signOff, signOffIndex] = [lines[i]!.trim(), starts[i]!];
  }
  for (let i = Math.max(0, lines.length - 14); i < lines.length && signOff === undefined; i++) {
    const line = lines[i]!.trim();
    if (/^\p{Lu}[^.!?:@\d]{1,40},$/u.test(line) && !/^Dear /.test(line) && (lines[i - 1] ?? '').trim() === '') [signOff, signOffIndex] = [line, starts[i]!];
  }
  return { subject, greeting: (g?.[1] ?? g?.[0])?.trim(), greetingIndex: g?.index ?? -1, signOff, signOffIndex };
}

const SIGN_OFF =
  /^(Yours (sincerely|faithfully|truly)|Sincerely( yours)?|Kind regards|Best regards|Warm regards|Regards|With (thanks|best wishes)|Many thanks|Thanks|Best wishes|Best|Respectfully|Cordially|Mit freundlichen Grüßen|Atentamente|Cordialement|Je vous prie d'agréer)\b/;
const BRITISH = /^en-(GB|IE|AU|NZ|ZA|IN)$/;
const NORTH_AMERICAN = /^en-(US|CA)$/;

export function lintLetter(text: string, facts: LetterFacts): Finding[] {
  const findings: Finding[] = [];
  const add = (kind: string, message: string, index: number, length = 0) => findings.push({ kind, message, excerpt: index >= 0 ? excerptAt(text, index, length) : '' });
  const spans = userSpans(text, facts.userText);
  const fromUser = (index: number) => inside(spans, index);
  const verbatimSpans = (facts.verbatim ?? []).filter((token) => token.length > 0).flatMap((token) => [...text.matchAll(new RegExp(token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m): [number, number] => [m.index, m.index + token.length]));
  const insideVerbatim = (index: number) => inside(verbatimSpans, index);
  const locale = facts.locale;
  const parts = letterParts(text, facts.greeting, facts.signOff);
  // The subject line is written in headline style; the body follows it.
  const subjectMatch = /^Subject: .*$/m.exec(text);
  const subjectFrom = subjectMatch?.index ?? -1;
  const subjectTo = subjectMatch ? subjectMatch.index + subjectMatch[0].length : -1;
  const inSubject = (index: number) => index >= subjectFrom && index < subjectTo;
  const bodyStart = subjectTo >= 0 ? subjectTo + 1 : 0;

  // --- leftovers and layout ---------------------------------------------------------------
  for (const m of text.matchAll(/\b(undefined|null|NaN)\b|\[object Object\]|\{\{|\}\}|<%|%>/g)) {
    if (!fromUser(m.index)) add('template-leftover', `"${m[0]}" shows where a value or template text is missing`, m.index, m[0].length);
  }
  if (facts.format !== 'html') {
    for (const m of text.matchAll(/&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-f]+);/gi)) add('html-entity', `an HTML entity (${m[0]}) in a plain-text letter`, m.index, m[0].length);
    for (const m of text.matchAll(/<\/?(p|br|li|ul|div|span|strong|em|b|i)\b[^>]*>/gi)) add('html-tag', `an HTML tag (${m[0]}) in a plain-text letter`, m.index, m[0].length);
  }
  for (const m of text.matchAll(/[^\S\n]{2,}(?=\S)/g)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (m.index > lineStart) add('stray-whitespace', 'two or more spaces in a row', m.index, m[0].length);
  }
  for (const m of text.matchAll(/[^\S\n]+$/gm)) if (m[0].length > 0) add('stray-whitespace', 'spaces at the end of a line', m.index, m[0].length);
  for (const m of text.matchAll(/^[^\S\n]+\S/gm)) add('stray-whitespace', 'spaces at the start of a line', m.index, m[0].length);
  for (const m of text.matchAll(/\t/g)) add('stray-whitespace', 'a tab', m.index, 1);
  for (const m of text.matchAll(/\n{3,}/g)) add('stray-whitespace', 'more than one blank line', m.index, m[0].length);
  if (/^\s/.test(text) || /\n\s*\n\s*$/.test(text)) add('stray-whitespace', 'blank lines at the start or end', 0);

  // --- empty sections ---------------------------------------------------------------------
  const lines = text.split('\n');
  let lineOffset = 0;
  lines.forEach((line, i) => {
    const at = lineOffset;
    lineOffset += line.length + 1;
    if (/^\s*[-*•]\s*[.,;:]?\s*$/.test(line)) add('empty-section', 'a bullet with nothing in it', at, line.length);
    if (/^\s*[-*•]\s.*\.\s*\.$/.test(line)) add('doubled-punctuation', 'a bullet ending in two full stops', at, line.length);
    if (/:\s*$/.test(line) && !/^Subject:/.test(line)) {
      const next = lines[i + 1] ?? '';
      const after = lines[i + 2] ?? '';
      // A heading ends with a colon and is followed by its list (or, rarely, a paragraph).
      const following = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
      if (following && SIGN_OFF.test(following.trim())) add('empty-section', `a heading with nothing under it before the sign-off: "${line.trim()}"`, at, line.length);
      else if (next.trim() === '' && (after.trim() === '' || /:\s*$/.test(after))) add('empty-section', `a heading with nothing under it: "${line.trim()}"`, at, line.length);
      if (/:\s*$/.test(next)) add('empty-section', `a heading followed by another heading: "${line.trim()}"`, at, line.length);
      if (i === lines.length - 1) add('empty-section', `the letter ends with a heading: "${line.trim()}"`, at, line.length);
    }
    if (/^\s*[A-Z][\w ]{0,30}:\s*([.,;]|–|-|n\/a|none|N\/A)\s*$/.test(line)) add('empty-section', `a label with no value: "${line.trim()}"`, at, line.length);
  });
  for (const m of text.matchAll(/\(\s*\)|\[\s*\]|""|“”|''/g)) add('empty-section', 'empty brackets or quotes', m.index, m[0].length);
  for (const m of text.matchAll(/\( | \)/g)) add('stray-whitespace', 'a space just inside a bracket', m.index, m[0].length);

  // --- punctuation ------------------------------------------------------------------------
  for (const m of text.matchAll(/([,;:])\s*\1|[,;:]\s*[.!?](?!\.)|[.!?]\s*[,;]|(?<!\.)\.\.(?!\.)|\.\s+\.(?!\.)|[!?]\.|\.\s*[!?]/g)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
    if (/^\.\s*,/.test(m[0]) && (ABBREVIATIONS.test(before) || /(^|[^\p{L}])\p{Ll}{1,4}\.$/u.test(before))) continue; // "Inc., " "e.g., " "2 pc., "
    if (/^[,;:]\s*\.\.\./.test(text.slice(m.index))) continue;
    add('doubled-punctuation', `doubled punctuation "${m[0]}"`, m.index, m[0].length);
  }
  if (!locale?.startsWith('fr')) {
    for (const m of text.matchAll(/[^\S\n]+[,.;:!?](?=\s|$)/g)) {
      if (!fromUser(m.index)) add('space-before-punctuation', `a space before "${m[0].trim()}"`, m.index, m[0].length);
    }
  }
  for (const m of text.matchAll(/[,;](?=[A-Za-z])/g)) {
    if (!fromUser(m.index)) add('missing-space', `no space after "${m[0]}"`, m.index, 1);
  }
  for (const m of text.matchAll(/[!]{2,}|[?]{2,}/g)) add('doubled-punctuation', `"${m[0]}"`, m.index, m[0].length);

  // --- brackets ---------------------------------------------------------------------------
  lines.forEach((line, i) => {
    let depth = 0;
    let max = 0;
    let balanced = true;
    for (const ch of line) {
      if (ch === '(' || ch === '[') max = Math.max(max, ++depth);
      else if (ch === ')' || ch === ']') {
        depth--;
        if (depth < 0) balanced = false;
      }
    }
    const at = lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0);
    for (const b of line.matchAll(/\)\s*\(/g)) add('nested-brackets', 'two bracketed notes in a row', at + b.index, 3);
    if (max > 1) add('nested-brackets', `brackets inside brackets${i === 0 && line.startsWith('Subject:') ? ' in the subject' : ''}`, at, line.length);
    if (depth !== 0 || !balanced) {
      // A list item ("1)", "a)") is the only lone bracket a letter uses.
      if (!/^\s*(\d+|[a-z])\)\s/.test(line)) add('unbalanced-brackets', 'a bracket that is opened and not closed (or the other way)', at, line.length);
    }
  });

  // --- words ------------------------------------------------------------------------------
  for (const m of text.matchAll(/\b(\p{L}+)[^\S\n]+\1\b/giu)) {
    const word = m[1]!.toLowerCase();
    if (['that', 'had', 'is', 'bye', 'no', 'very', 'so'].includes(word) && fromUser(m.index)) continue;
    if (/^\p{Lu}/u.test(m[1]!) && m[1] !== m[1]!.toLowerCase() && fromUser(m.index)) continue;
    add('repeated-word', `"${m[0]}"`, m.index, m[0].length);
  }
  for (const m of text.matchAll(/\b(a|an|the|my|your|our|their|his|her|its|this|that)[^\S\n]+(a|an|the|my|your|our|their)\b(?![-'’])/gi)) {
    const pair = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (/^(that|her|his|its) /.test(pair)) continue; // "I understand that the…", "I gave her a…"
    if (!fromUser(m.index)) add('article', `two determiners together: "${m[0]}"`, m.index, m[0].length);
  }
  for (const m of text.matchAll(/\b(a)[^\S\n]+([aeioAEIO]\p{L}*)/gu)) {
    const next = m[2]!;
    if (/^(one|once|oui|euro|eu|Ouija)/i.test(next) || /^[A-Z]{2,}/.test(next)) continue;
    if (m.index > 0 && /[\p{L}\d.'’-]/u.test(text[m.index - 1]!)) continue;
    if (!fromUser(m.index)) add('article', `"a" before a vowel sound: "${m[0]}"`, m.index, m[0].length);
  }
  for (const m of text.matchAll(/\b(an)[^\S\n]+([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\p{L}*)/gu)) {
    const next = m[2]!;
    if (/^(hour|honest|honou?r|heir|herb)/i.test(next) || /^[A-Z]{2,}|^[A-Z]$/.test(next)) continue;
    if (!fromUser(m.index)) add('article', `"an" before a consonant: "${m[0]}"`, m.index, m[0].length);
  }

  // Sentences that start with a small letter after a full stop, question or exclamation mark.
  for (const m of text.matchAll(/([.!?])([”"’)]?)[^\S\n]+(\p{Ll})/gu)) {
    const before = text.slice(Math.max(0, m.index - 10), m.index + 1);
    if (m[1] === '.' && ABBREVIATIONS.test(before)) continue;
    if (/\d\.$/.test(before) && /^\d/.test(text.slice(m.index + 1))) continue;
    if (insideVerbatim(m.index)) continue;
    add('sentence-start', 'a sentence starts with a small letter', m.index, 4);
  }
  // A paragraph (not a list item, not a sign-off line) that starts with a small letter.
  {
    let at = 0;
    for (const line of lines) {
      if (/^\p{Ll}/u.test(line) && !/^(e\.g\.|i\.e\.|iPhone|iPad|eBay|iMac|www\.|http)/.test(line) && !/^[\w.+-]+@/.test(line)) {
        add('sentence-start', 'a paragraph starts with a small letter', at, Math.min(30, line.length));
      }
      at += line.length + 1;
    }
  }

  // --- fields glued into sentences --------------------------------------------------------
  // After "about", "regarding", "concerning" (and "for", outside its idioms) a noun phrase
  // needs a determiner or possessive ("my screen replacement", "the annual membership").
  for (const m of text.matchAll(/\b(about|regarding|concerning)[^\S\n]+(\p{L}[\p{L}'’-]*)([^\S\n]+([\p{L}\p{N}][\p{L}\p{N}'’-]*))?/giu)) {
    const [, prep, first, , second] = m;
    const start = m.index;
    if (fromUser(start) || inSubject(start)) continue;
    const w = first!.toLowerCase();
    if (DETERMINERS.has(w) || /ing$/.test(w)) continue;
    if (second && /\d/.test(second) && !/^\p{Lu}/u.test(first!)) continue; // "about order 55120"
    if (/^\p{Lu}/u.test(first!)) {
      // A name ("Brightline Carpet Care", "Tom", "October") is fine; a sentence-case phrase
      // ("Annual membership") is a field pasted in with its capital.
      if (!second) continue;
      if (/^\p{Lu}/u.test(second) || /^\d/.test(second)) continue;
      if (/^(of|and|at|in|on|to|from|with|for|by|is|was|has|had|have|who|which|that|or|but|as|said|told|when|because|since|after|before)$/i.test(second)) continue;
      if (first === first!.toUpperCase() && first!.length > 1) continue; // an acronym
      if (new RegExp(`^(${MONTHS}|${DAYS}|I)$`).test(first!)) continue;
      add('glued-noun-phrase', `a field pasted in with its capital after "${prep}": "${m[0]}"`, start, m[0].length);
      continue;
    }
    // A bare plural can stand alone in English ("about repairs to my roof"); a singular noun
    // phrase cannot. Without a dictionary, a bare word that is not a plural, a pronoun, a
    // determiner or a verb form is taken as a pasted field.
    if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) continue;
    if (/^(what|how|why|when|where|whether|who|whom|it|this|that|which|me|you|us|them|him|her)$/.test(w)) continue;
    add('glued-noun-phrase', `a bare noun phrase after "${prep}": "${m[0]}"`, start, m[0].length);
  }
  // The item as typed, glued straight after a preposition (whatever its capitals).
  if (facts.item && facts.item.trim().length > 0) {
    const item = normal(facts.item).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const startsWithDeterminer = DETERMINERS.has(words(facts.item)[0] ?? '');
    if (!startsWithDeterminer) {
      for (const m of text.matchAll(new RegExp(`\\b(about|regarding|concerning|for|of|with|on)\\s+${item}`, 'gi'))) {
        if (inSubject(m.index) || fromUser(m.index)) continue;
        if (!findings.some((f) => f.kind === 'glued-noun-phrase' && f.excerpt.includes(m[0].split(/\s+/)[1]!))) {
          add('glued-noun-phrase', `the item is pasted in without "the" or "my": "${m[0]}"`, m.index, m[0].length);
        }
      }
    }
  }

  // A capital after a colon in the middle of a sentence ("as follows: Return the deposit"),
  // unless what follows is a name, an acronym, "I", a date, a quotation or a label's value.
  for (const m of text.matchAll(/:[^\S\n]+(["“'‘]?)(\p{Lu}[\p{L}'’-]*)([^\S\n]+(\S+))?/gu)) {
    if (m[1]) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (inSubject(m.index)) continue;
    if (fromUser(m.index)) continue;
    const before = text.slice(lineStart, m.index).replace(/^[-*•]\s*/, '');
    const sentence = before.split(/(?<=[.!?])\s+/).pop() ?? '';
    const n = sentence.trim().split(/\s+/).length;
    // A label ("Merchant reference: …", "What I was promised: …") at the start of a line or
    // a list item is not a sentence; "Please put this right as follows: …" is.
    const label = sentence === before && !sentence.includes(':') && n <= 6 && !/^(Please|I|We|You|This|It|My|Our|They|He|She|If|As|So|Then|On|In)\b/.test(sentence.trim());
    if (n < 3 || label) continue;
    const word = m[2]!;
    const next = m[4] ?? '';
    if (word === 'I' || (word.length > 1 && word === word.toUpperCase())) continue;
    if (new RegExp(`^(${MONTHS}|${DAYS})$`).test(word)) continue;
    if (/^\p{Lu}/u.test(next) || /^\d/.test(next)) continue; // a name
    if (facts.company && normal(text.slice(m.index + 1).trimStart()).startsWith(normal(facts.company))) continue;
    add('capital-after-colon', `a capital after a colon in mid-sentence: ": ${word}${next ? ` ${next}` : ''}"`, m.index, m[0].length);
  }

  // --- said twice -------------------------------------------------------------------------
  {
    const body = text.slice(bodyStart);
    const sentences = body
      .split(/(?<=[.!?])\s+|\n+/)
      .map((s) => normal(s).replace(/^[-*•]\s*/, ''))
      .filter((s) => s.split(' ').length >= 5);
    const seen = new Map<string, number>();
    for (const s of sentences) {
      const key = s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    for (const [key, count] of seen) {
      if (count > 1) add('repeated-sentence', `a sentence said ${count} times: "${key.slice(0, 80)}"`, body.toLowerCase().indexOf(key.split(' ')[0]!) + bodyStart);
    }
    // Contact details once: each e-mail address and phone number appears once in the letter.
    const contacts = new Map<string, number[]>();
    for (const m of body.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)) contacts.set(m[0].toLowerCase(), [...(contacts.get(m[0].toLowerCase()) ?? []), m.index + bodyStart]);
    const senderDigits = facts.senderPhone?.replace(/\D/g, '').slice(-9);
    for (const m of body.matchAll(/(?<![\w.-])(\+?\d[\d ()-]{7,}\d)(?![\w-])/g)) {
      const digits = m[1]!.replace(/\D/g, '');
      if (digits.length < 8 || /^(19|20)\d{6}$/.test(digits)) continue;
      if (!m[1]!.startsWith('+') && digits.slice(-9) !== senderDigits) continue;
      const key = `tel:${digits.slice(-9)}`;
      contacts.set(key, [...(contacts.get(key) ?? []), m.index + bodyStart]);
    }
    for (const [key, at] of contacts) {
      if (at.length > 1) add('repeated-fact', `a contact detail given ${at.length} times: ${key.replace(/^tel:/, 'phone …')}`, at[1]!, 10);
    }
  }

  // --- money ------------------------------------------------------------------------------
  // "$99.98 in all, were taken after I cancelled": a clause glued to a sum without its subject
  // (not "my grandmother, who is 94, has not seen": only after money).
  for (const m of text.matchAll(new RegExp(String.raw`(?:${SYMBOL}\s?(?:${NUMBER})|(?:${NUMBER})\s?(?:€|£|\$)|\bin all|\bI paid), (?:were|was|are|is|have|has|had) `, 'g'))) add('glued-clause', `a clause without its subject after a sum: "${text.slice(m.index, m.index + 40)}"`, m.index, m[0].length);
  const money = findMoney(text);
  // "X of the Y I paid": a part cannot be more than the whole.
  for (const m of text.matchAll(new RegExp(String.raw`(${SYMBOL}\s?(?:${NUMBER})|(?:${NUMBER})\s?(?:€|£|\$))\s+(?:out\s+)?of\s+(?:the\s+)?(${SYMBOL}\s?(?:${NUMBER})|(?:${NUMBER})\s?(?:€|£|\$))`, 'g'))) {
    const [x] = findMoney(m[1]!);
    const [y] = findMoney(m[2]!);
    if (x && y && x.value > y.value) add('money-exceeds-paid', `${m[1]} of ${m[2]}: the part is more than the whole`, m.index, m[0].length);
  }
  if (facts.amountPaid !== undefined) {
    // A refund asked for is never more than what was paid (compensation is not a refund).
    for (const m of text.matchAll(new RegExp(String.raw`\brefund(?:ing)?\s+(?:of\s+)?(?:the\s+|a\s+|my\s+)?(?:full\s+|partial\s+)?(?:sum\s+of\s+|amount\s+of\s+)?(${SYMBOL}\s?(?:${NUMBER})|(?:${NUMBER})\s?(?:€|£|\$))`, 'gi'))) {
      const [x] = findMoney(m[1]!);
      if (x && x.value > facts.amountPaid + 0.005 && !(facts.period && facts.period !== undefined && /month|week|year|quarter|fortnight|payments|fees/i.test(text.slice(m.index, m.index + 120)))) {
        add('money-exceeds-paid', `a refund of ${m[1]} is more than the ${facts.amountPaid} paid`, m.index, m[0].length);
      }
    }
  }
  if (facts.compensationTotal !== undefined && facts.remedy === 'compensation') {
    for (const m of text.matchAll(/\brefund(s|ed|ing)?\b/gi)) {
      const from = text.slice(0, m.index).search(/[^.!?\n]*$/);
      const rest = text.slice(m.index).search(/[.!?](\s|$)|\n/);
      const sentence = text.slice(from, rest < 0 ? undefined : m.index + rest + 1);
      if (money.some((x) => Math.abs(x.value - facts.compensationTotal!) < 0.005 && sentence.includes(x.text)) && !fromUser(m.index)) {
        add('compensation-called-refund', 'compensation for costs caused is called a refund', m.index, 20);
      }
    }
  }
  // One currency style per letter.
  {
    const styles = new Map<string, Set<string>>();
    for (const x of money) {
      const fam = familyOf(x.style);
      if (!styles.has(fam)) styles.set(fam, new Set());
      styles.get(fam)!.add(x.style);
    }
    for (const [fam, set] of styles) {
      if (set.size > 1) add('mixed-currency', `one currency written in ${set.size} styles: ${[...set].join(', ')}`, money.find((x) => familyOf(x.style) === fam)!.index, 12);
    }
    if (styles.size > 1) add('mixed-currency', `amounts in more than one currency: ${[...styles.keys()].join(', ')}`, money[0]!.index, 12);
    if (facts.currency && locale) {
      const expected = localStyle(facts.currency, locale);
      const wrong = money.filter((x) => expected && x.style !== expected && familyOf(x.style) === familyOf(expected) && !fromUser(x.index));
      if (wrong.length > 0) add('currency-style', `${wrong[0]!.text} should be written with "${expected}" in a ${locale} letter`, wrong[0]!.index, wrong[0]!.text.length);
    }
  }

  // --- dates ------------------------------------------------------------------------------
  {
    const us = [...text.matchAll(new RegExp(`\\b(${MONTHS}) \\d{1,2}, \\d{4}\\b`, 'g'))].filter((m) => !fromUser(m.index));
    const uk = [...text.matchAll(new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4}\\b`, 'g'))].filter((m) => !fromUser(m.index));
    if (locale && !NORTH_AMERICAN.test(locale) && us.length > 0) add('date-style', `a US-style date (${us[0]![0]}) in a ${locale} letter`, us[0]!.index, us[0]![0].length);
    if (locale === 'en-US' && uk.length > 0) add('date-style', `a day-first date (${uk[0]![0]}) in an en-US letter`, uk[0]!.index, uk[0]![0].length);
    if (us.length > 0 && uk.length > 0) add('date-style', `two date styles in one letter: ${us[0]![0]} and ${uk[0]![0]}`, us[0]!.index, us[0]![0].length);
    for (const m of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) if (!fromUser(m.index)) add('date-style', `a machine date (${m[0]}) in a letter`, m.index, m[0].length);
  }

  // --- greeting and sign-off --------------------------------------------------------------
  const { greeting, greetingIndex, signOff, signOffIndex } = parts;
  if (!greeting) add('greeting', 'no greeting ("Dear …,")', 0);
  else {
    const inner = greeting.replace(/^Dear\s+/, '').replace(/[,:]$/, '');
    const gi = greetingIndex;
    if (facts.greeting) {
      if (!normal(greeting).startsWith(normal(facts.greeting).replace(/[,:]$/, ''))) add('greeting', `the writer's greeting "${facts.greeting}" is not used`, gi, greeting.length);
    } else {
      if (!/[,:]$/.test(greeting) && !/^(Madame, Monsieur|Sehr geehrte)/.test(greeting)) add('greeting', 'the greeting does not end with a comma', gi, greeting.length);
      if (new RegExp(`^${TITLES}\\.?\\s+(?!${PARTICLES}\\s)\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu}`, 'u').test(inner)) add('greeting-full-name', `a title with a full name: "${greeting}"`, gi, greeting.length);
      if (/[()[\]]|,|\s[-–—]\s|\//.test(inner)) add('greeting-role', `a role or note in the greeting: "${greeting}"`, gi, greeting.length);
      if (/^\p{Ll}/u.test(inner)) add('greeting', `the greeting starts with a small letter: "${greeting}"`, gi, greeting.length);
      if (/\bteam\s+team\b/i.test(inner)) add('greeting-team', `"team team": "${greeting}"`, gi, greeting.length);
      if (/\S\s+customer (care|services?|support) team\b/i.test(inner) && /^\p{Lu}/u.test(inner)) {
        add('greeting-team', `"customer care team" glued to a name: "${greeting}"`, gi, greeting.length);
      } else if (/\p{Lu}[\p{L}&'’.-]*(\s+\p{Ll}+)+\s+team$/u.test(inner)) {
        add('greeting-team', `a lower-case team glued to a name: "${greeting}"`, gi, greeting.length);
      }
      // A titled contact is greeted by title and surname, particles included ("Mr Ó Briain",
      // "Ms van der Berg"): the greeting's name is the end of the contact's name.
      const contact = facts.contact ? normal(facts.contact.split(/[,(]/)[0]!) : '';
      const titled = new RegExp(`^(${TITLES})\\.?\\s+(.+)$`, 'u').exec(contact);
      const greeted = new RegExp(`^(${TITLES})\\.?\\s+(.+)$`, 'u').exec(inner);
      if (titled && greeted && !/^Sir or Madam$|^Sirs?$|^Madam$/i.test(inner)) {
        const names = titled[2]!.split(' ').filter((w) => !/^\p{Lu}{2,}$/u.test(w)); // not post-nominals (MCSP, PhD)
        const said = greeted[2]!.split(' ');
        const ending = names.slice(-said.length).join(' ');
        if (ending !== said.join(' ')) add('greeting-name', `"${greeting}" does not name the contact "${facts.contact}"`, gi, greeting.length);
        else if (said.length < names.length - 1 && new RegExp(`^(\\p{Ll}+|${PARTICLES})$`, 'u').test(names[names.length - said.length - 1]!)) {
          add('greeting-name', `"${greeting}" drops part of the surname of "${facts.contact}"`, gi, greeting.length);
        }
      }
      if (new RegExp(`^${TITLES}\\.?\\s+\\p{Lu}{2,}$`, 'u').test(inner)) add('greeting', `letters after a name taken for the surname: "${greeting}"`, gi, greeting.length);
      if (/^(Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}'’-]*$/u.test(inner) && inner.split(/\s+/)[1]!.length <= 1) add('greeting', `an initial as a name: "${greeting}"`, gi, greeting.length);
      if (locale && BRITISH.test(locale) && /^(Mr|Mrs|Ms|Dr|Mx|Prof)\.\s/.test(inner)) add('greeting', `a full stop after the title in British English: "${greeting}"`, gi, greeting.length);
      if (locale === 'en-US' && /^(Mr|Mrs|Ms|Dr|Mx)\s/.test(inner)) add('greeting', `no full stop after the title in American English: "${greeting}"`, gi, greeting.length);
      if (locale && NORTH_AMERICAN.test(locale) && /^Sir or Madam$/i.test(inner) && (facts.stage !== 'card-dispute' || facts.issuer)) add('greeting', `"Dear Sir or Madam" in a ${locale} letter (write "Dear <Company> Customer Service")`, gi, greeting.length);
    }
    if (!signOff) add('sign-off', 'no sign-off', -1);
    else if (facts.signOff) {
      if (normal(signOff).replace(/,$/, '') !== normal(facts.signOff).replace(/,$/, '')) add('sign-off', `the writer's sign-off "${facts.signOff}" is not used (found "${signOff}")`, signOffIndex, signOff.length);
    } else {
      const nobody = /^Sir or Madam$|^Sirs?$|^Madam$/i.test(inner);
      // A reader known by a role, not by name ("Dear Manager", "Dear Service Manager").
      const role = /^(?:[A-Z][a-z]+ ){0,2}(?:Manager|Director|Officer|Supervisor|Editor|Administrator|Agent)$/.test(inner);
      // A team or a department ("Dear Baggage Claims team", "Dear Complaints Department"): nobody is named either.
      const team = /^(?:[A-Z][\p{L}&-]* ){0,3}(?:team|Team|Department|Desk|Office|Services|Service|Support|Care|Relations)$/u.test(inner);
      if (/^Yours faithfully/i.test(signOff) && !nobody && !role && !team) add('sign-off', `"Yours faithfully" after "${greeting}" (it goes with "Dear Sir or Madam", a role or a team)`, signOffIndex, signOff.length);
      if (locale && BRITISH.test(locale)) {
        if (nobody && !/^Yours faithfully,?$/.test(signOff)) add('sign-off', `"${signOff}" after "Dear Sir or Madam" (write "Yours faithfully")`, signOffIndex, signOff.length);
        if ((role || team) && /^Yours sincerely/.test(signOff)) add('sign-off', `"${signOff}" after "${greeting}", which names no person (write "Yours faithfully")`, signOffIndex, signOff.length);
        const person = new RegExp(`^${TITLES}\\.?\\s+\\p{Lu}`, 'u').test(inner);
        if (person && !/^Yours sincerely,?$/.test(signOff)) add('sign-off', `"${signOff}" after "${greeting}" (write "Yours sincerely")`, signOffIndex, signOff.length);
        if (/^Sincerely,?$/.test(signOff)) add('sign-off', `the American "Sincerely" in a ${locale} letter`, signOffIndex, signOff.length);
      }
      if (locale && NORTH_AMERICAN.test(locale) && /^(Yours faithfully|Yours sincerely|Kind regards)/.test(signOff)) {
        add('sign-off', `"${signOff}" in a ${locale} letter (write "Sincerely")`, signOffIndex, signOff.length);
      }
      if (locale?.startsWith('de') && signOff !== 'Mit freundlichen Grüßen') add('sign-off', `"${signOff}" in a German letter`, signOffIndex, signOff.length);
    }
    if (signOff) {
      // A name follows the sign-off.
      const after = text.slice(signOffIndex + signOff.length).trim();
      if (!/^\p{L}/u.test(after)) add('sign-off', 'no name after the sign-off', signOffIndex, signOff.length);
    }
  }

  // --- facts kept -------------------------------------------------------------------------
  // The name may be written with its bracketed part set off by a comma: "Carpet King (Lisburn)" as "Carpet King, Lisburn".
  // Or without a note in brackets after it ("Fernleigh Holidays (complaints dept)"), or a department typed after it ("Brightwave Customer Service").
  const companyForms = facts.company
    ? [facts.company, facts.company.replace(/\s*\(([^()]*)\)/g, ', $1'), facts.company.replace(/\s*\([^()]*\)\s*$/, ''), facts.company.replace(/\s+(?:customer\s+(?:services?|care|support|relations)|support|help\s*desk|complaints)(?:\s+(?:team|department|dept))?$/i, '')]
        .filter((form) => form.trim() !== '')
        .map((form) => normal(form).toLowerCase())
    : [];
  if (facts.company && !companyForms.some((form) => normal(text).toLowerCase().includes(form))) {
    add('missing-business', `the business (${facts.company}) is never named`, -1);
  }
  if (facts.impact) {
    const letterWords = ` ${words(text).join(' ')} `;
    const impactWords = words(facts.impact);
    const run = Math.min(5, impactWords.length);
    let kept = false;
    for (let i = 0; i + run <= impactWords.length && !kept; i++) {
      if (letterWords.includes(` ${impactWords.slice(i, i + run).join(' ')} `)) kept = true;
    }
    if (!kept) add('dropped-impact', `the impact is not in the letter ("${facts.impact.slice(0, 60)}…")`, -1);
  }
  if (facts.period) {
    const period = { week: 'week', fortnight: 'two weeks|fortnight|biweekly', month: 'month', quarter: 'quarter', year: 'year|annual' }[facts.period];
    if (!new RegExp(`\\b(${period})(ly)?\\b|\\bper (${period})|\\ba (${period})\\b|\\beach (${period})|\\bevery (${period})`, 'i').test(text)) {
      add('recurring-fee', `a fee charged every ${facts.period} is written as a one-off price`, -1);
    }
  }

  // --- names keep their capitals ---------------------------------------------------------
  // A capitalised word in a name field, or in the middle of a sentence the writer typed, is a
  // name ("Dana", "Glasgow", "Visa"): the letter must not lower it.
  {
    const capitalised = new Set<string>();
    // People's names: the contact and the people spoken to, not the words of a team's or a
    // company's name ("Claims", "Care", "Solar" are ordinary words there).
    const organisation = new Set(words(`${facts.company} ${facts.issuer ?? ''}`));
    for (const name of [facts.contact, ...(facts.names ?? [])]) {
      if (!name || /\b(team|department|dept|unit|desk|office|services?|relations|support|helpline|centre|center)\b/i.test(name)) continue;
      for (const w of name.match(/\p{Lu}\p{Ll}+/gu) ?? []) if (!organisation.has(w.toLowerCase())) capitalised.add(w);
    }
    for (const t of facts.userText ?? []) {
      for (const m of t.matchAll(/(?<=[\p{L},;)] )\p{Lu}\p{Ll}{2,}/gu)) if (!organisation.has(m[0].toLowerCase())) capitalised.add(m[0]);
    }
    for (const w of capitalised) {
      if (/^(I|I'm|I've|I'd|I'll)$/.test(w)) continue;
      const lower = w.toLowerCase();
      const typedLower = (facts.userText ?? []).some((t) => new RegExp(`\\b${lower}\\b`, 'u').test(t));
      if (typedLower) continue;
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}@.])${lower}(?![\\p{L}@])`, 'gu'))) {
        // Not inside an e-mail address, a web address or a file name.
        const token = text.slice(text.slice(0, m.index).search(/\S*$/), m.index + lower.length + (text.slice(m.index + lower.length).search(/\s|$/) >>> 0));
        if (/[@/]|www\.|\.\w{2,4}$/.test(token)) continue;
        // A name that is an everyday word too ("Price", "Agent") is that word after a determiner ("the agreed price", "your agent").
        if (isCommonWord(lower) && /\b(?:the|a|an|your|my|our|their|his|her|its|this|that)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        add('lowered-name', `the name "${w}" is written "${lower}"`, m.index, lower.length);
        break;
      }
    }
  }

  // --- the opening is true ---------------------------------------------------------------
  if (facts.ongoing === false) {
    for (const m of text.matchAll(/keep doing business|continue (doing business|as a (customer|member)|to use your)|remain a (customer|member)|stay a (customer|member)|loyal customer|would like to stay one/gi)) {
      if (!fromUser(m.index)) add('untrue-opening', `goodwill that the facts do not support: "${m[0]}"`, m.index, m[0].length);
    }
  }

  // --- earlier contacts told as a log ----------------------------------------------------
  for (const m of text.matchAll(/\((phone|telephone|e-?mail|email|chat|live chat|letter|visit|in person|web ?form|online form|text|sms|whatsapp|twitter|x|facebook|instagram)\)\s*:?/gi)) {
    if (!fromUser(m.index)) add('contact-log', `an earlier contact written like a log entry: "${m[0]}"`, m.index, m[0].length);
  }
  for (const m of text.matchAll(/\bI contacted an agent called\b|\bI contacted [^.]{1,60}\): /g)) add('contact-log', `an earlier contact written like a log entry`, m.index, m[0].length);

  // --- a card-dispute letter is written to the bank: the merchant is never "you" ----------
  if (facts.stage === 'card-dispute') {
    const merchantYou =
      /\b(you|your)\s+(promised|agreed|charged|told me|said|quoted|installed|fitted|delivered|cancell?ed|sold|refused|failed|never|did not|didn't|have not|haven't|were supposed|would|will)\b|\byour\s+(terms|website|staff|engineer|crew|team|shop|store|driver|technician|contract|quote|estimate|invoice|booking|company|firm|builders?|fitters?|agent|manager|salon|clinic|hotel|airline|app|policy|advert|listing|brochure)\b|\bwith you\b|\bI (?:have )?(?:contacted|phoned|emailed|called|wrote to|visited) you\b/gi;
    // The story as the writer told it to the merchant, introduced as such, may speak to the merchant.
    const told = /^Here is what I told .+ when I complained\.?$/m.exec(text);
    const toldEnd = told ? text.slice(told.index).search(/\n\n(I wrote to|I asked|The costs this caused me|On \S+ \d|Please)/) : -1;
    // The writer's words quoted from the complaint (“…”, after "I wrote:" or "in my complaint:") are theirs to the merchant.
    const quotes = [...text.matchAll(/(?:\bI wrote|\bin my complaint):\s*“[^”]*”|“[^”\n]*”, as (?:I named it|listed) in my complaint/g)].map((q) => [q.index, q.index + q[0].length] as const);
    const inTold = (at: number) =>
      (told !== null && at > told.index && (toldEnd === -1 || at < told.index + toldEnd)) || quotes.some(([start, end]) => at > start && at < end);
    for (const m of text.matchAll(merchantYou)) {
      if (inTold(m.index)) continue;
      const sentence = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index + 40);
      if (/^Please\b/.test(sentence.trim()) || /\bif you need\b|\bthank you\b/i.test(sentence)) continue;
      add('card-dispute-you', `the story still speaks to the merchant ("${m[0]}") in a letter to the card issuer`, m.index, m[0].length);
    }
  }

  // --- law and bodies of another country -------------------------------------------------
  for (const law of JURISDICTIONAL) {
    const m = law.pattern.exec(text);
    if (!m || fromUser(m.index)) continue;
    if (!facts.country) add('foreign-law', `${law.what} is cited, but the writer's country is not known`, m.index, m[0].length);
    else if (facts.country !== law.country) add('foreign-law', `${law.what} is cited in a letter from ${facts.country}`, m.index, m[0].length);
    else if (law.regions && facts.region && !law.regions.includes(facts.region)) add('foreign-law', `${law.what} is cited in a letter from ${facts.region}`, m.index, m[0].length);
  }
  // Generic escalation wording where the country (so the right body) is known.
  if (facts.country && facts.country !== 'US' && /\bconsumer protection office\b/i.test(text)) {
    const m = /\bconsumer protection office\b/i.exec(text)!;
    add('generic-next-step', `"a consumer protection office" in a letter from ${facts.country}, where the body has a name`, m.index, m[0].length);
  }

  // --- subject ----------------------------------------------------------------------------
  if (!parts.subject && facts.format !== 'html') add('subject', 'no "Subject:" line', 0);
  else if (parts.subject) {
    if (/[:,;(\-–]\s*$/.test(parts.subject) || /\(\s*\)|\s{2,}/.test(parts.subject)) add('subject', `an unfinished subject: "${parts.subject}"`, 0, parts.subject.length);
    if (parts.subject.length > 160) add('subject', `a subject of ${parts.subject.length} characters`, 0, 40);
  }

  return findings;
}
