import { withLabelCalmed } from './own-label.js';
import { inWritersPlural, writtenByMore } from './english/writers.js';
import type { ResolvedCase } from '../case/resolve.js';
import { isOfferLetter } from '../case/schema.js';
import { UserError } from '../errors.js';
import { hasControl, stripControl } from '../io/terminal.js';
import { cleanLetter, cleanSubject, valuesToKeep } from './clean.js';
import { withAnswersTidied } from './language/answers.js';
import { languagePhrases } from './language/phrases.js';
import { LEGAL_FORM_TAIL, withNamesCapitalised } from './english/people.js';
import { withStoryToTheBusiness } from './english/reader.js';
import { withShorthandSpelledOut } from './english/shorthand.js';
import { withItemAsSubject } from './english/item-subject.js';
import { withDatesInLetterStyle } from './english/dates-written.js';
import { addressWithCapitals } from './english/addresses.js';
import { caseWordUse, outsideQuotes, sameWordUse, withCommaAfterYear, type WordUse } from './english/words.js';
import { phrasesFor, type Phrases } from './phrases.js';
import { findTemplate, type TemplateSource } from './template-files.js';
import { compileTemplate } from './templates.js';
import { calmed, type CalmingWords } from '../tone/shouting.js';
import { onFirstUse } from '../util/on-first-use.js';

export const FORMATS = ['text', 'markdown', 'html', 'eml', 'json', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** What a template sees: the case with its defaults, its answers made into phrases, and the rights it cites. */
export interface LetterCase extends ResolvedCase {
  phrases: Phrases;
}

/** A rendered letter: the subject line and the body as plain text, with its escaped variants. */
export interface Letter {
  subject: string;
  /** Plain text body: paragraphs separated by blank lines, never hard-wrapped. */
  body: string;
  template: string;
  case: LetterCase;
}

const MARKDOWN_SPECIAL = /([\\`*_{}[\]<>#|~])/g;

function escapeMarkdown(value: string): string {
  return value.replace(MARKDOWN_SPECIAL, '\\$1').replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3');
}

/** `value` with `fn` applied to every string in it: a copy of what changes, the same object where nothing does. */
function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item) => mapStrings(item, fn));
    return (items.every((item, i) => item === value[i]) ? value : items) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const was = (value as Record<string, unknown>)[key];
    const now = mapStrings(was, fn);
    if (now === was) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    // A key named "__proto__" is a property like any other, never the copy's prototype.
    Object.defineProperty(copy, key, { value: now, enumerable: true, writable: true, configurable: true });
  }
  return (copy ?? value) as T;
}

/** "!!", "?!", "(??)": a run of marks reads as shouting (the tone check says so): a question keeps one question mark, anything else ends its sentence with a full stop, as the check suggests. */
const MARK_RUN = /[ \t\u00A0\u202F]*([!?])[!?]+/g;
const HAS_MARK_RUN = /[!?][!?]/;

/** A run of marks as a letter writes it (MARK_RUN); inside a sentence ("later!!) and", "late!!! and left") it goes. */
function calmedMarks(run: string, _mark: string, at: number, text: string): string {
  // A question mark keeps the space typed before it (French writes one); a full stop never has one.
  if (run.includes('?')) return `${/^[ \t\u00A0\u202F]+/.exec(run)?.[0] ?? ''}?`;
  return /^\s*[)\],;:]|^\s+\p{Ll}/u.test(text.slice(at + run.length)) ? '' : '.';
}

/**
 * Emoji: a picture character (😭, 🔥, 👍🏽, a flag), or a symbol asked to show as one (❤️), with
 * what joins or colours it. A letter is no place for them; ©, ™ and ✓ written alone stay.
 */
const EMOJI = /[ \t]*(?:[\u{1F000}-\u{1FAFF}\u{1F1E6}-\u{1F1FF}](?:[\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]|\u200D[\u{1F000}-\u{1FAFF}\u2600-\u27BF]\uFE0F?)*|[\u2190-\u2BFF]\uFE0F(?:\u200D[\u{1F000}-\u{1FAFF}\u2600-\u27BF]\uFE0F?)*)+/gu;
const HAS_EMOJI = /[\u{1F000}-\u{1FAFF}\uFE0F]/u;

/** A text without its emoji, and without the space or second full stop they leave ("broke 😭." -> "broke."). */
function withoutEmoji(text: string): string {
  if (!HAS_EMOJI.test(text)) return text;
  return text
    .replace(EMOJI, ' ')
    .replace(/ +(?=[.,;:!?)]|$)/gm, '')
    .replace(/([.!?]) *\.(?=\s|$)/g, '$1')
    .replace(/(\S)  +/g, '$1 ')
    .replace(/^ +/gm, '')
    .replace(/[\uFE0F\u20E3]/g, '');
}

/**
 * Characters that take no room, copied in with text (zero-width spaces, word joiners, soft
 * hyphens, byte-order marks): a name that holds one would look right and not be. Joiners
 * between letters of the Latin script too (elsewhere a joiner can change how letters join).
 */
const INVISIBLE_IN_TEXT = onFirstUse(() => /[\u00AD\u200B\u2060\uFEFF\uFE00-\uFE0F\u3164\uFFA0\u{E0000}-\u{E01EF}\u{1D173}-\u{1D17A}]|(?<=[\p{Script=Latin}\s])[\u200C\u200D](?=[\p{Script=Latin}\s])/gu);
/** The fields of `value` (as "story.outcome", "contacts[0].result") whose text has emoji, which letters leave out. */
export function fieldsWithEmoji(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return HAS_EMOJI.test(value) && withoutEmoji(value) !== value ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...fieldsWithEmoji(item, `${path}[${index}]`)));
  else for (const key in value) found.push(...fieldsWithEmoji((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  return found;
}

/** Emoji, or an invisible character: what letterContext takes out besides control characters. */
const HAS_EMOJI_OR_INVISIBLE = /[\u{1F000}-\u{1FAFF}\uFE00-\uFE0F\u00AD\u200B-\u200D\u2060\uFEFF\u3164\uFFA0\u{E0000}-\u{E01EF}\u{1D173}-\u{1D17A}]/u;

/** True when a string somewhere in `value` holds a control character, a run of marks, an emoji or an invisible character. */
function anyControl(value: unknown): boolean {
  if (typeof value === 'string') return hasControl(value) || HAS_MARK_RUN.test(value) || HAS_EMOJI_OR_INVISIBLE.test(value);
  if (value === null || typeof value !== 'object') return false;
  // Loops, not Object.values(): this runs on every letter, and nothing need be allocated.
  if (Array.isArray(value)) {
    for (const item of value) if (anyControl(item)) return true;
    return false;
  }
  for (const key in value) if (anyControl((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * Values reach letters without control characters (a carriage return among them) and with one
 * mark where the writer typed several; the rest is the template's job. Nothing is copied for a
 * case that has neither (almost every case).
 */
export function letterContext(resolved: ResolvedCase): ResolvedCase {
  return anyControl(resolved) ? mapStrings(resolved, (text) => withoutEmoji(stripControl(text)).replace(INVISIBLE_IN_TEXT(), '').replace(MARK_RUN, calmedMarks)) : resolved;
}

/**
 * The writer's own words without shouting: a run of capitals is written in normal letters, as
 * an adviser would retype it (the writer is told about it all the same). English only: in
 * German, lowering capitals would lose the capitals of nouns.
 */
function withoutShouting(c: ResolvedCase): ResolvedCase {
  const { story, contacts, request, purchase, recipient, evidence, letter } = c;
  // Every answer the tone review reads and the letter quotes, in one list, then put back in place.
  const texts = [
    story.circumstances, story.impact, request.correction, request.reason, purchase.item, recipient.contact,
    ...story.expectations, ...story.outcome, ...contacts.map((contact) => contact.result), ...contacts.map((contact) => contact.who), ...evidence, ...letter.nextSteps,
  ];
  // What the case says of its words is worked out only for a case that shouts.
  let use: WordUse | undefined;
  let names: Map<string, string> | undefined;
  const words: CalmingWords = {
    common: { has: (word) => (use ??= caseWordUse(c)).common.has(word) },
    // A business's name is typed without its legal form as often as with it ("ACME KITCHENS" for "Acme Kitchens Ltd").
    written: () =>
      (names ??= new Map(
        [...((use ??= caseWordUse(c)).written?.() ?? [])].flatMap(([lower, name]) => {
          const short = lower.replace(LEGAL_FORM_TAIL, '');
          return short !== lower && short.includes(' ') ? [[lower, name], [short, name.slice(0, short.length)]] : [[lower, name]];
        }),
      )),
  };
  const calm = texts.map((text) => (text === undefined ? text : calmed(text, words)));
  if (calm.every((text, i) => text === texts[i])) return c;
  let at = 0;
  const next = () => calm[at++];
  const list = (length: number) => calm.slice(at, (at += length)) as string[];
  const [circumstances, impact, correction, reason, item, contact] = [next(), next(), next(), next(), next(), next()];
  const expectations = list(story.expectations.length);
  const outcome = list(story.outcome.length);
  const results = list(contacts.length);
  const who = list(contacts.length);
  const enclosed = list(evidence.length);
  const nextSteps = list(letter.nextSteps.length);
  return {
    ...c,
    story: { ...story, expectations, outcome, ...(circumstances !== undefined && { circumstances }), ...(impact !== undefined && { impact }) },
    contacts: contacts.map((one, i) => (results[i] === one.result && who[i] === one.who ? one : { ...one, ...(results[i] !== undefined && { result: results[i] }), ...(who[i] !== undefined && { who: who[i] }) })),
    request: { ...request, ...(correction !== undefined && { correction }), ...(reason !== undefined && { reason }) },
    purchase: { ...purchase, ...(item !== undefined && { item }) },
    recipient: { ...recipient, ...(contact !== undefined && { contact }) },
    evidence: enclosed,
    letter: { ...letter, nextSteps },
  };
}

/**
 * The writer's answers as a letter writes them: without control characters, and in English
 * with names capitalised, shorthand spelled out and the story told to the business ("they
 * never turned up" -> "you never turned up"). A pure function of the case, so a batch may do
 * it in the thread that reads the file (see reviewAhead in src/batch/cases.ts).
 */
export function tidiedCase(cited: ResolvedCase): ResolvedCase {
  // Capitals for names typed in lower case follow English rules; other languages keep theirs as typed.
  const language = cited.letter.language ?? 'en';
  const context = withReferenceLabelCalmed(withLabelsBeforeNumbers(withSenderNameInOrder(letterContext(cited))));
  return language === 'en' ? withWritersQuotes(withStoryToTheBusiness(withDatesInLetterStyle(withShorthandSpelledOut(withNamesCapitalised(withItemAsSubject(withoutShouting(withAddressCapitals(withExpectedSaidOnce(withLaughterLeftOut(context)))))))))) : withAnswersTidied(context, language);
}

/** A pair of straight double quotation marks around words ("it shows delivered"), never an inch mark (32"). */
const STRAIGHT_PAIR = onFirstUse(() => /(?<=^|[\s([{—–-])"(?=\S)([^"\n]*?\S)"(?![\p{L}\p{N}])/gmu);

/** The writer's sentences with their straight quotation marks as the letter's own (“ and ”): one style in a letter. The same case when none has any. */
function withWritersQuotes(c: ResolvedCase): ResolvedCase {
  const copy = withAnswersMapped(c, (text) => (text.includes('"') ? text.replace(STRAIGHT_PAIR(), '“$1”') : text));
  if (copy !== c) sameWordUse(copy, c);
  return copy;
}

/** Quick test: a word of internet laughter or a smiley may be in the text (most answers hold none). */
const MAY_LAUGH = /(?:^|[^a-z])(?:lol|lmao|lmfao|rofl|haha|hehe|ha ha|xd|smh|ffs|fml|wtf|omg|omfg)|[:;]-?[)(dp]/;
/**
 * "lol", "haha", "lmao", "xD", ":)" typed as a word that ends a sentence, or as a sentence alone:
 * laughter and smileys say nothing to a business in a letter. Made only for a text that may hold one.
 */
const LAUGH_WORD = String.raw`(?<![\w:;'’])(?:[Ll][Oo][Ll](?:[Oo][Ll])*[Zz]?|[Ll][Oo][Ll][Ss]|[Ll][Mm][Ff]?[Aa][Oo]+|[Rr][Oo][Ff][Ll](?:[Mm][Aa][Oo])?|[Hh][Aa](?:[ ]?[Hh][Aa])+[Hh]?|[Hh][Ee](?:[Hh][Ee])+|x[Dd]+|XD|[Ss][Mm][Hh]|[Ff][Ff][Ss]|[Ff][Mm][Ll]|[Ww][Tt][Ff]|[Oo][Mm][Ff]?[Gg]|[:;]-?\)+|:-?\(+|:-?[DPp])(?![\w'’])`;
/** Laughter alone, as a sentence of its own ("Lol." at the start, or after another sentence), with its marks. */
const LAUGHTER_ALONE = onFirstUse(() => new RegExp(String.raw`(^|[.!?…]["'’”)]*[ \t]+)${LAUGH_WORD}[ \t]*(?:[.!?…]+[ \t]*|$)`, 'gm'));
/** Laughter that ends a sentence ("gas money lol", "it was cold lol."). */
const LAUGHTER_AT_END = onFirstUse(() => new RegExp(String.raw`[ \t]+${LAUGH_WORD}(?=[ \t]*(?:[.!?,;…]|$))`, 'gm'));

/** Quick test: "tbh", "tbf", "ngl" may be in the text. */
const MAY_HAVE_FILLER = /(?:^|[^a-z])(?:tbh|tbf|ngl)(?![a-z])/;
/**
 * "tbh", "tbf", "ngl": asides typed in a chat, which add nothing to a complaint: left out wherever
 * they stand ("it was ruined tbh", "ngl, it was bad", "we were tbh shocked"), with the comma that
 * set them off. "To be honest" written out is the writer's choice and stays.
 */
const FILLER_AT_START = /(^|[.!?…]["'’”)]*[ \t]+)(?:tbh|tbf|ngl)(?:[ \t]*[,:;-]+)?[ \t]+(?=\S)/gim;
const FILLER_ELSEWHERE = /[ \t]*(,?)[ \t]+(?:tbh|tbf|ngl)(?![\w'’])([ \t]*,)?(?=[ \t]+(\w+)|)/gi;
/** Words that start a clause of their own, which keeps a comma before it ("bad, tbh, and" -> "bad, and"). */
const CLAUSE_START = /^(?:and|but|so|or|because|which|though|although|then|as)$/i;
/** A subject after the aside: it stood between two sentences ("€360 tbf she was great" -> "€360. She was great"). */
const SUBJECT_AFTER = /^(?:i|we|he|she|they|it|you|there)$/i;

function withoutFillers(part: string): string {
  return part.replace(FILLER_AT_START, '$1').replace(FILLER_ELSEWHERE, (_aside, before: string, after: string | undefined, next: string | undefined) => {
    if (next === undefined) return '';
    if (before !== '' && after !== undefined) return CLAUSE_START.test(next) ? ',' : '';
    return before === '' && after === undefined && SUBJECT_AFTER.test(next) ? '.' : '';
  });
}

/** A text without laughter or smileys that end its sentences or stand alone ("money lol." -> "money."), nor chat asides ("tbh"); a quotation keeps them. */
export function withoutLaughter(text: string): string {
  const lower = text.toLowerCase();
  if (MAY_HAVE_FILLER.test(lower)) {
    const without = outsideQuotes(text, withoutFillers);
    if (without.trim() !== '') text = without;
  }
  if (!MAY_LAUGH.test(lower)) return text;
  const without = outsideQuotes(text, (part) => part.replace(LAUGHTER_ALONE(), '$1').replace(LAUGHTER_AT_END(), '')).replace(/[ \t]+$/gm, '');
  return without.trim() === '' ? text : without;
}

/** The case with every answer of the writer's story, contacts and request passed through `change`; the same object when nothing changes. */
function withAnswersMapped(c: ResolvedCase, change: (text: string) => string): ResolvedCase {
  const story = mapStrings(c.story, change);
  const contacts = mapStrings(c.contacts, change);
  const request = mapStrings(c.request, change);
  return story === c.story && contacts === c.contacts && request === c.request ? c : { ...c, story, contacts, request };
}

/** The answers without laughter (see withoutLaughter). */
function withLaughterLeftOut(c: ResolvedCase): ResolvedCase {
  return withAnswersMapped(c, withoutLaughter);
}

/** "ORDER NUMBER 4471-AB": the reference's own label in small letters, in every language (withLabelCalmed). */
function withReferenceLabelCalmed(c: ResolvedCase): ResolvedCase {
  const reference = c.purchase.reference;
  if (reference === undefined) return c;
  const calmed = withLabelCalmed(reference);
  return calmed === reference ? c : { ...c, purchase: { ...c.purchase, reference: calmed } };
}

/** "I expected the car to be fixed": the letter says "What I expected:" before it, so once is enough. */
const EXPECTED_BEGAN = /^\s*(?:i|we)\s+(?:had\s+|have\s+|was\s+|were\s+)?(?:expected|expecting|expect)\s+(?:that\s+)?(?=\S)/i;

function withExpectedSaidOnce(c: ResolvedCase): ResolvedCase {
  const { expectations } = c.story;
  if (!expectations.some((text) => EXPECTED_BEGAN.test(text))) return c;
  return { ...c, story: { ...c.story, expectations: expectations.map((text) => text.replace(EXPECTED_BEGAN, '')) } };
}

/** Addresses typed all in small letters, with their capitals ("leeds ls6 2ab" -> "Leeds LS6 2AB"). */
function withAddressCapitals(c: ResolvedCase): ResolvedCase {
  const sender = addressWithCapitals(c.sender.address);
  const recipient = addressWithCapitals(c.recipient.address);
  const card = addressWithCapitals(c.card.address);
  if (sender === c.sender.address && recipient === c.recipient.address && card === c.card.address) return c;
  return {
    ...c,
    sender: { ...c.sender, ...(sender !== undefined && { address: sender }) },
    recipient: { ...c.recipient, ...(recipient !== undefined && { address: recipient }) },
    card: { ...c.card, ...(card !== undefined && { address: card }) },
  };
}

/** "(acct) 88812-B", "TN-88231-X (order)": a number with the writer's label for it in brackets. */
const LABEL_FIRST = onFirstUse(() => /^\(\s*([\p{L}][\p{L}.'’ -]{0,24}?)\s*\)\s*(\S*\d\S*)$/u);
const LABEL_AFTER = onFirstUse(() => /^(\S*\d\S*)\s*\(\s*([\p{L}][\p{L}.'’ -]{0,24}?)\s*\)$/u);

/** A number's label, as a letter writes it: before the number, without brackets ("acct 88812-B", "order TN-88231-X"). */
function labelBeforeNumber(text: string | undefined): string | undefined {
  if (text === undefined || !text.includes('(')) return text;
  const first = LABEL_FIRST().exec(text.trim());
  if (first) return `${first[1]} ${first[2]}`;
  const after = LABEL_AFTER().exec(text.trim());
  return after ? `${after[2]} ${after[1]}` : text;
}

/** "PNR: QX7TZB", "Order no.: 4471": a label and its colon, as a sentence and a subject line write it ("PNR QX7TZB"), never two colons in a subject. */
const LABEL_COLON = /^([A-Za-z][A-Za-z.#'’ ]{0,24}?)\s*:\s*(\S*\d\S*)$/;

function withoutLabelColon(reference: string | undefined): string | undefined {
  if (reference === undefined || !reference.includes(':')) return reference;
  const labelled = LABEL_COLON.exec(reference.trim());
  return labelled ? `${labelled[1]} ${labelled[2]}` : reference;
}

function withLabelsBeforeNumbers(c: ResolvedCase): ResolvedCase {
  const reference = withoutLabelColon(labelBeforeNumber(c.purchase.reference));
  // The customer number stands on a line of its own, under the name: "Acct 88812-B".
  const customerId = labelBeforeNumber(c.sender.customerId)?.replace(/^\p{Ll}(?=[\p{L}.'’ -]*\s\S*\d)/u, (letter) => letter.toUpperCase());
  if (reference === c.purchase.reference && customerId === c.sender.customerId) return c;
  return { ...c, purchase: { ...c.purchase, ...(reference !== undefined && { reference }) }, sender: { ...c.sender, ...(customerId !== undefined && { customerId }) } };
}

/** "Nguyen, Thanh": a name typed as a list is, surname last (never "Doe, PhD" or "Smith, Jr."). */
const SURNAME_FIRST = onFirstUse(() => /^([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}),\s*(\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*(?:\s+\p{Lu}[\p{Ll}'’.-]*)?)$/u);
const AFTER_A_NAME = /^(?:jr|sr|junior|senior|esq|phd|md|mba|cpa|rn|dds|obe|mbe|ii|iii|iv)\.?$/i;

/** The writer's name as a letter signs it: given name first. */
function withSenderNameInOrder(c: ResolvedCase): ResolvedCase {
  // "DANNY O'Brien": a word of the name shouted among others written normally is written normally too.
  const shouted = /[A-Z\u00C0-\u00DE]{3}/.test(c.sender.name) && /\p{Ll}/u.test(c.sender.name) ? c.sender.name.replace(/(?<![\p{L}'’])\p{Lu}{3,}(?![\p{L}])/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase()) : c.sender.name;
  if (shouted !== c.sender.name) c = { ...c, sender: { ...c.sender, name: shouted } };
  if (!c.sender.name.includes(',')) return c;
  const m = SURNAME_FIRST().exec(c.sender.name.trim());
  if (!m || m[2]!.split(/\s+/).some((word) => AFTER_A_NAME.test(word))) return c;
  return { ...c, sender: { ...c.sender, name: `${m[2]} ${m[1]}` } };
}

/** The case as templates see it: a tidied case (tidiedCase), and the phrases made from it. */
export function letterCase(tidied: ResolvedCase): LetterCase {
  const language = tidied.letter.language ?? 'en';
  const letterCase = { ...tidied, phrases: language === 'en' ? phrasesFor(tidied) : languagePhrases(tidied, language) };
  sameWordUse(letterCase, tidied);
  return letterCase;
}

/**
 * The template for a letter: the one named (--template), else the stage's template in the
 * letter's language: `first` in English, `fr/first` in French (a user folder's `fr/first.hbs`
 * wins over the built-in one, as its `first.hbs` does in English); `accept-offer` and
 * `answer-offer` likewise.
 */
export function templateFor(resolved: ResolvedCase, template: string | undefined, userDirs: string[]): TemplateSource {
  const language = resolved.letter.language ?? 'en';
  // A template of another language would fill French sentences with English answers and dates.
  const own = template === undefined ? undefined : /^(fr|de|es)\//.exec(template)?.[1];
  if (own !== undefined && own !== language) {
    const names: Record<string, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish' };
    throw new UserError(`${template} is a ${names[own]} template, but this letter is in ${names[language] ?? language}. To write it in ${names[own]}, add --language ${own}; to keep ${names[language] ?? language}, use --template ${template!.slice(3)}.`);
  }
  // The acceptance and the answer to an offer are named, not staged (`draft --next` names
  // them): the built-in one is written in the letter's language too, while a user's own
  // `accept-offer.hbs` is what they asked for, whatever the language.
  if (language !== 'en' && isOfferLetter(template)) {
    const named = findTemplate(template, userDirs);
    return named.builtIn ? findTemplate(`${language}/${template}`, userDirs) : named;
  }
  return findTemplate(template ?? (language === 'en' ? resolved.letter.stage : `${language}/${resolved.letter.stage}`), userDirs);
}

/** The letter from a tidied case (tidiedCase) and its template. */
export function renderLetter(tidied: ResolvedCase, source: TemplateSource): Letter {
  const compiled = compileTemplate(source);
  const context = letterCase(tidied);
  // The person's own values that look like a template's leftovers are kept as written
  // (phrases are made by redress from them, and are tidied like the template's text).
  // Worked out only if a clean-up needs it (most letters need none).
  let kept: readonly string[] | undefined;
  const keep = () => (kept ??= valuesToKeep(ownValues(context)));
  return {
    subject: cleanSubject(compiled.subject(context), undefined, keep),
    body: inLetterStyle(cleanLetter(compiled.body(context, false), keep), context),
    template: source.name,
    case: context,
  };
}

/** The body with every value Markdown-escaped, so user text cannot add formatting. */
export function renderMarkdownBody(letter: Letter, source: TemplateSource): string {
  const compiled = compileTemplate(source);
  const escaped = mapStrings(letter.case, escapeMarkdown);
  return inLetterStyle(cleanLetter(escapeTemplateAngles(compiled.body(escaped as object, false)), valuesToKeep(ownValues(escaped as LetterCase))), letter.case);
}

/**
 * Escapes the `<` and `>` a template wrote itself, so its raw HTML (a `<script>`) shows as text
 * in Markdown, as it does in HTML. Values are escaped already: theirs follow an odd number of
 * backslashes, and are left alone.
 */
function escapeTemplateAngles(markdown: string): string {
  return markdown.replace(/(?<!\\)((?:\\\\)*)([<>])/g, '$1\\$2');
}

/** The body with every value HTML-escaped by Handlebars. */
export function renderHtmlBody(letter: Letter, source: TemplateSource): string {
  const keep = valuesToKeep(ownValues(letter.case)).map(escapeHtml);
  return inLetterStyle(cleanLetter(compileTemplate(source).body(letter.case, true), keep), letter.case);
}

/** A body with the punctuation its language's usage asks for around what the template put in. */
/** The writers' own words as the letter holds them (tidied): kept as written in a letter from two people. */
function writersAnswers(c: ResolvedCase): string[] {
  const { story, request, contacts, replied } = c;
  return [story.circumstances, story.impact, request.correction, request.reason, replied?.reason, replied?.text, ...story.expectations, ...story.outcome, ...contacts.map((contact) => contact.result)].filter(
    (text): text is string => text !== undefined,
  );
}

function inLetterStyle(body: string, c: ResolvedCase): string {
  if ((c.letter.language ?? 'en') !== 'en') return body;
  const styled = withCommaAfterYear(body);
  // Two people writing say "we" (see src/letter/english/writers.ts).
  return writtenByMore(c.sender.name) ? inWritersPlural(styled, writersAnswers(c)) : styled;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** A value as Handlebars' {{…}} writes it into HTML (its escapeExpression). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (ch) => HTML_ESCAPES[ch]!);
}

/** The case's own values, without the phrases redress made from them. */
function ownValues(c: LetterCase): Omit<LetterCase, 'phrases'> {
  const { phrases: _phrases, ...values } = c;
  return values;
}
