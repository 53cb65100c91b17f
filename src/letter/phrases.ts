// Raw answers made to fit English sentences: a noun phrase gets a determiner, a capital that
// only started the answer is lowered inside a sentence, a greeting is made from whatever the
// writer typed about the reader, and money is stated only as the case states it. Templates use
// these as `phrases.*`; every rule is general (shapes of text), never a list of examples.
import { remembered } from '../util/remember.js';
import type { ResolvedCase } from '../case/resolve.js';
import { formatDate, formatMoney } from './format-values.js';

export interface Phrases {
  /** "Dear Mr Reilly" (no closing comma). */
  greeting: string;
  /** "Yours sincerely", "Yours faithfully", "Sincerely". */
  signOff: string;
  /** The item as a noun phrase that fits after "about": "my screen replacement", "the Annual Membership". */
  item: string;
  /** The item with its reference: "my kitchen extension (reference HS-2231)"; never a bracket after a bracket. */
  itemRef: string;
  /** The item and its reference for a subject line, with no brackets inside brackets. */
  about: string;
  /** The business's name as it reads in a sentence (without brackets of its own). */
  company: string;
  /** One or two sentences about the purchase: what was paid, when, the agreed price. Empty when nothing is known. */
  purchase: string;
  /** "I have been your customer since 2019." or empty. */
  customer: string;
  /** The earlier contacts as a person tells them, one sentence or two each; speaking to the business ("you"). */
  contacts: string[];
  /** The same, told to someone else (a card issuer): the business is named. */
  contactsToThirdParty: string[];
  /** The impact, shortened to its first sentences when long (for follow-up letters). */
  /** The impact as a sentence, with "I" before what the writer did ("Missed my cousin's wedding" -> "I missed…"); empty when none. */
  impact: string;
  impactShort: string;
  /** The request, as sentences; `costs` lines follow it as a list when there are costs. */
  request: string;
  /** Introduces the list of costs ("Please also pay back the costs this caused me, £120.00 in all:"), or empty. */
  costsIntro: string;
  /** "a night in a hotel: £120.00", one per cost. */
  costs: string[];
  /** A closing sentence with the total when the letter asks for more than one sum, or empty. */
  total: string;
  /** A short name of the ask for a subject: "Refund request". */
  ask: string;
  /** The ask in a sentence about an earlier letter: "asking you to refund £80.00". */
  asked: string;
  /** The amount to credit in a card dispute ("£240.00"), or empty. */
  charge: string;
  /** What the card issuer is asked to do. */
  cardRequest: string;
  /** The next step of a final letter when neither the writer nor the country's rights name one. */
  nextStep: string;
  /**
   * A card dispute's story when the writer's words speak to the business ("you promised…"):
   * its paragraphs as a quotation from the complaint (“…”), impact included. Empty otherwise,
   * and in other letters. English letters only.
   */
  complaintQuote?: string[];
  /**
   * A card dispute's enclosures, told to the bank: "your email of 3 May" is the merchant's email
   * ("Brightline's email of 3 May"); any other item that speaks to the merchant is quoted as
   * listed in the complaint. Only in card disputes; English letters only.
   */
  evidence?: string[];
  /** A recurring fee as lines of a list: "Regular payment: £49.99 a month", "Paid in all: £160.00". English letters only. */
  payments?: string[];
}

const AMERICAN = new Set(['en-US', 'en-CA']);
/** Locales whose formal letters use "Dear Sir or Madam" and "Yours faithfully/sincerely". */
const isAmerican = (locale: string) => AMERICAN.has(locale) || locale === 'en' || !locale.startsWith('en');

const DETERMINERS =
  /^(the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|any|each|every|one|two|three|four|five|six|seven|eight|nine|ten|all|both|several|no)\b/;
const TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|reverend|fr|father|lord|lady|judge|hon|rabbi|imam|pastor)\.?$/i;
const TEAM_WORDS =
  /\b(team|teams|department|dept|desk|office|services?|support|claims|care|complaints|relations|resolution|disputes?|helpdesk|help desk|centre|center|unit|group|staff|reception|accounts|billing|sales|bookings|lettings|enquiries|inquiries)\b/;
/** A name that ends with a role ("Customer Service Manager") names a person. */
const ROLE_LAST = /\b(manager|director|officer|owner|supervisor|agent|representative|rep|advisor|adviser|administrator|coordinator|lead|president|ceo|proprietor|landlord|landlady|partner|secretary|clerk|executive|consultant|specialist)$/;
const ROLE_WORDS =
  /\b(manager|director|officer|owner|supervisor|agent|representative|rep|advisor|adviser|administrator|coordinator|head|lead|president|ceo|proprietor|landlord|landlady|partner|secretary|clerk|executive|consultant|specialist)\b/;

// The word lists above have no `i` flag and are tested on lower-cased text: V8 compiles an
// expression with `i` several times slower, which a single letter feels.

// Letters of Latin scripts, as plain ranges: Unicode property classes (\p{L}) cost a
// noticeable part of a letter's time to compile, and these phrases are English.

/**
 * What the writer's own text says about words: those written with a capital in the middle of a
 * sentence are names ("my Samsung fridge", "spoke to Dana"); those written in lower case are
 * ordinary words. Made once per case from every answer.
 */
export interface WordUse {
  names: { has(word: string): boolean };
  common: { has(word: string): boolean };
  /** Names as the writer writes them, by their lower-case form: "invisalign" -> "Invisalign", "lens & light photography" -> "Lens & Light Photography". */
  written?: () => ReadonlyMap<string, string>;
  /** Quick test: a word of the text is written with a capital somewhere (so `written` may have it). */
  mayBeWritten?: (text: string) => boolean;
  /** Everything the writer typed, as one text. */
  text?: string;
}

const LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'’-]/;

/**
 * The writer's texts, asked about one word at a time (a phrase only ever asks about the word
 * it starts with): each place the word stands, in any case, tells whether it was written as a
 * name (a capital in the middle of a sentence) or as an ordinary word (lower case).
 */
export function wordUse(texts: Iterable<string>): WordUse {
  const text = [...texts].join('\n');
  const lower = text.toLowerCase();
  const seen = new Map<string, { name: boolean; common: boolean }>();
  const about = (word: string) => {
    let found = seen.get(word);
    if (found) return found;
    found = { name: false, common: false };
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      if ((at > 0 && LETTER.test(text[at - 1]!)) || LETTER.test(text[at + word.length] ?? '')) continue;
      const written = text.slice(at, at + word.length);
      if (written === word) found.common = true;
      else if (written.slice(1) === word.slice(1)) {
        // A capital only counts as a name's when the word does not start a sentence.
        let before = at - 1;
        while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
        if (before >= 0 && !/[.!?:;\n"“(]/.test(text[before]!)) found.name = true;
      }
    }
    seen.set(word, found);
    return found;
  };
  return { names: { has: (word) => about(word).name }, common: { has: (word) => about(word).common }, text };
}

/** Words of the closed classes (determiners, pronouns, prepositions, conjunctions): never names. */
const FUNCTION_WORD =
  /^(the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|any|each|every|all|both|either|neither|no|none|nothing|not|only|just|also|there|here|it|they|we|he|she|you|in|on|at|for|with|by|from|to|of|after|before|when|while|since|until|during|about|over|under|because|if|as|and|but|or|so|then|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|half|full|new|old|another|other|same|several|many|much|more|most|less|few)$/;
/** Endings of English common nouns and adjectives ("Installation", "Membership", "Delivery", "Annual"). */
const COMMON_ENDING = /(tion|sion|ment|ness|ship|ance|ence|ity|ery|ary|ing|age|ure|ism|ist|ful|less|ous|ive|able|ible|ical|al|ly)$/;

const LINE_BREAK = /[^\S\n]*\r?\n\s*/g;

/**
 * Lower-case the first letter when it only starts the answer ("Annual membership" -> "annual
 * membership", "The crew arrived" -> "the crew arrived"); names, acronyms and "I" keep theirs.
 * `nounPhrase`: the text names a thing (an item), where a capital that is not a name is usual.
 * `withNames`: words typed in lower case get the capitals the writer gives them elsewhere (see withWrittenCapitals).
 */
export function inSentence(text: string, use?: WordUse, nounPhrase = false, withNames = false): string {
  // Inside a sentence, a line break the writer typed is a space (a letter is never hard-wrapped).
  const spaced = capitalSentences(text.includes('\n') ? text.trim().replace(LINE_BREAK, ' ') : text.trim());
  const trimmed = withNames && use ? withWrittenCapitals(spaced, use) : spaced;
  // A name the writer capitalises elsewhere keeps the capital it was just given.
  if (trimmed.charAt(0) !== spaced.charAt(0)) return trimmed;
  const first = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'’-]*/.exec(trimmed)?.[0] ?? '';
  // Only a capital followed by lower case can be a sentence's start: iPhone, BT, 4G, McDonald's stay.
  if (!/^[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]*$/.test(first) || /^I(['’]|$)/.test(first)) return trimmed;
  const lower = first.toLowerCase();
  const lowered = trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
  if (FUNCTION_WORD.test(lower)) return lowered;
  if (use?.names.has(lower) && !use.common.has(lower)) return trimmed;
  const words = trimmed.split(/\s+/);
  if (use?.common.has(lower)) {
    // "Kitchen Extension" is Title Case, not a name, when the writer also wrote "kitchen": the
    // rest goes to lower case with it (words the writer capitalises elsewhere, and acronyms, stay).
    const titleCase = words.length > 1 && words.slice(1).every((word) => !/^[a-z\u00DF-\u00F6\u00F8-\u00FF]/.test(word));
    if (!titleCase) return lowered;
    return [lower, ...words.slice(1).map((word) => (/^[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]+$/.test(word) && !use.names.has(word.toLowerCase()) ? word.toLowerCase() : word))].join(' ');
  }
  // Title Case ("Annual Membership Plan") reads as a product's name: leave it be.
  const long = words.filter((word) => /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/.test(word) && word.length > 3);
  if (long.length > 1 && long.every((word) => /^[A-Z\u00C0-\u00D6\u00D8-\u00DE]/.test(word))) return trimmed;
  if (COMMON_ENDING.test(lower) && lower.length > 4) return withTitleRunLowered(lowered, use);
  // A thing's name in sentence case ("Screen replacement") is usually an ordinary noun; a
  // person or brand would be written with its capital elsewhere too.
  return nounPhrase && words.length > 1 && /^[a-z\u00DF-\u00F6\u00F8-\u00FF]/.test(words[1]!) ? lowered : trimmed;
}

/** A run of capitalised words (joined by "&", "of", "and", "the"): "Lens & Light Photography", "Castle Terrace". */
const CAPITALISED_RUN = /[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u024F'’-]*(?:\s+(?:&|of|and|the|de|la)?\s*[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u024F'’-]*)*/g;

/**
 * The names in the writer's texts, as they write them: each run of capitalised words not at a
 * sentence's start, unless the writer also writes the same words in lower case.
 */
export function writtenNames(texts: readonly string[], nameFields: readonly string[] = []): Map<string, string> {
  const names = new Map<string, string>();
  // A name field ("Bruce (owner)", "Ms Dana Price") is a name from its first word.
  const text = [...texts, ...nameFields.map((name) => `to ${name}`)].join('\n');
  const lower = text.toLowerCase();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    let run = m[0];
    let at = m.index;
    let before = at - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
    // The first word of a sentence has its capital from where it stands, not as a name ("Mr. Bill Carter" is one name).
    if (before < 0 || (/[.!?:;\n"“(]/.test(text[before]!) && !/\b(?:mr|mrs|ms|mx|dr|prof|st)\.$/i.test(text.slice(Math.max(0, before - 5), before + 1)))) {
      const rest = /^\S+\s+(?:(?:&|of|and|the|de|la)\s+)?/.exec(run);
      if (!rest) continue;
      run = run.slice(rest[0].length);
      at += rest[0].length;
    }
    if (run.length < 2 || /^[A-Z\d\W]+$/.test(run) || FUNCTION_WORD.test(run.toLowerCase())) continue;
    const key = run.toLowerCase();
    if (names.has(key)) continue;
    // Written in lower case as well ("kitchen" and "Kitchen"): not a name the writer keeps.
    let typedLower = false;
    for (let from = lower.indexOf(key); from !== -1 && !typedLower; from = lower.indexOf(key, from + 1)) {
      typedLower = text.slice(from, from + key.length) === key && !/[\w\u00C0-\u024F]/.test(text[from - 1] ?? '') && !/[\w\u00C0-\u024F]/.test(text[from + key.length] ?? '');
    }
    if (!typedLower) names.set(key, run);
  }
  return names;
}

/**
 * A thing typed in lower case gets back the capitals its name has everywhere else the writer
 * wrote it: "invisalign treatment" beside "a course of Invisalign aligners".
 */
function withWrittenCapitals(text: string, use: WordUse): string {
  if (!/[a-z]{2}/.test(text) || !use.mayBeWritten?.(text)) return text;
  const names = use.written?.();
  if (!names || names.size === 0) return text;
  let result = text;
  for (const [key, written] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    if (!result.includes(key)) continue;
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(String.raw`(?<![\w\u00C0-\u024F])${escaped}(?![\w\u00C0-\u024F])`, 'g'), written);
  }
  return result;
}

/**
 * After its first word was lowered, the rest of a capitalised start ("sectional Sofa (Grey)") goes
 * to lower case where the writer writes the word in lower case elsewhere ("a sofa").
 */
function withTitleRunLowered(text: string, use: WordUse | undefined): string {
  if (!use) return text;
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (!/^[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]+$/.test(word)) break;
    const lower = word.toLowerCase();
    if (use.common.has(lower) && !use.names.has(lower)) words[i] = lower;
  }
  return words.join(' ');
}

/** An item of a list: a capital first letter, unless the first word has capitals of its own ("iPhone"). */
export function asListItem(text: string): string {
  return /^[a-z\u00DF-\u00F6\u00F8-\u00FF][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]*(?=[\s,.;:!?)]|$)/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A noun phrase that can follow "about": a determiner is added where the answer has none. */
export function nounPhrase(text: string, use?: WordUse): string {
  const trimmed = text.trim().replace(/[.;:,\s]+$/, '');
  if (DETERMINERS.test(trimmed.toLowerCase())) return inSentence(trimmed, use, true, true);
  // "full service on my Ford Focus": one "my" is enough.
  return `${/\b(?:my|our)\b/i.test(trimmed) ? 'the' : 'my'} ${inSentence(trimmed, use, true, true)}`;
}

/** "deep clean (3 rooms)" -> "deep clean, 3 rooms": for places that add brackets of their own. */
export function withoutBrackets(text: string): string {
  return text
    .replace(/\s*[([]\s*([^()[\]]*?)\s*[)\]]/g, (_, inner: string) => (inner ? `, ${inner}` : ''))
    .replace(/[()[\]]/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^,\s*/, '')
    .trim();
}

/** Text without its closing stop, for the middle of a sentence. */
const clause = (text: string) => text.trim().replace(/[.;,\s]+$/, '');

const ABBREVIATION = /\b(e\.g|i\.e|etc|approx|incl|no|nos|vs|cf|mr|mrs|ms|dr|st|ltd|inc|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * A month written in lower case beside a day's number ("30 april", "april 30th") or after a word
 * of time ("since august", "until may", "last march"); "may" and "march" alone are verbs.
 */
const TIME_WORDS = 'since|until|till|in|by|from|during|before|after|last|next|early|late|mid|end of|start of|beginning of'.replace(/\b[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const CAPITAL_MONTHS = MONTHS.replace(/\b[a-z]/g, (c) => c.toUpperCase());
/** A month joined to one just written with its capital: "September and october", "May–june". */
const MONTH_AFTER_MONTH = new RegExp(String.raw`\b((?:${CAPITAL_MONTHS})(?:,?\s+(?:and|or|to|through|till|until)\s+|\s*[-–,/]\s*))(${MONTHS})\b`, 'g');
const LOWER_MONTH = new RegExp(
  String.raw`\b(\d{1,2}(?:st|nd|rd|th)?\s+|(?:${TIME_WORDS})[\s-]+)(${MONTHS})\b|\b(${MONTHS})(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  'g',
);
/** "i" typed for "I" ("and i was told", "(i brought", "i'm"), never "i.e." or a numbered "(i)". */
const LOWER_I = /(?<![\w'’.-])i(?=['’](?:m|ve|d|ll)\b|\s|[,;:!?]|$)/g;
/** Quick test: the text may hold a lower-case month, weekday or "i" (most texts hold none). */
const MAY_NEED_CAPITALS = new RegExp(String.raw`\b(?:i|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTHS})\b`);

const capitalFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The writer's sentences each start with a capital ("…that week. nobody came" -> "…that week.
 * Nobody came"), and the words English always writes with one ("30 april", "on monday", "i") get theirs.
 */
export function capitalSentences(text: string): string {
  if (MAY_NEED_CAPITALS.test(text)) {
    text = text
      .replace(LOWER_MONTH, (whole, day: string | undefined, month: string | undefined, before: string | undefined, weekday: string | undefined) =>
        day !== undefined ? day + capitalFirst(month!) : capitalFirst((before ?? weekday)!),
      )
      .replace(MONTH_AFTER_MONTH, (whole, before: string, month: string) => before + capitalFirst(month))
      .replace(LOWER_I, 'I');
  }
  return text.replace(/([.!?])(\s+)([a-z\u00DF-\u00F6\u00F8-\u00FF])/g, (whole, stop: string, space: string, letter: string, at: number) =>
    ABBREVIATION.test(text.slice(Math.max(0, at - 8), at + 1)) ? whole : `${stop}${space}${letter.toUpperCase()}`,
  );
}

/** Capital first letter and a closing stop. */
export function asSentence(text: string): string {
  const trimmed = capitalSentences(text.trim());
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]["'’”)\]]*$/.test(capital) ? capital : `${capital}.`;
}

/** Words that speak to the reader; in a letter to someone else they would mean that someone. */
const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves|you['’](?:re|ve|d|ll)|y['’]all|ya)\b|\bu\b(?!-)|\bur\b(?!-)/i;

/** The text speaks to the business it was written to ("you promised", "your terms"). */
export function speaksToReader(text: string | undefined): boolean {
  return text !== undefined && SECOND_PERSON.test(text);
}

/** The writer's own words, quoted: “…”. */
const quoted = (text: string) => `“${text}”`;

// --- Names typed in lower case -----------------------------------------------------------

/** Small words that stay in lower case inside a name: "Bed and Breakfast", "Ana de la Cruz". */
const NAME_PARTICLE = /^(?:and|of|the|for|at|in|on|to|de|del|della|der|den|di|da|das|dos|du|la|le|van|von|ter|ten|y|e|ap|ab|ferch|verch|bin|bint|ibn)$/;
/** In a business's name, a short word without a vowel is read letter by letter ("nz", "bt", "llc"), but for the abbreviations written as words. */
const ACRONYM_WORD = /^(?!(?:ltd|mr|mrs|ms|dr|st|jr|sr|bros|mgmt|hq)\b)[b-df-hj-np-tv-xz]{2,4}$/;
/** A letter that starts a word of a name: at its start, after a hyphen, or after O' and D' ("o'brien"). */
const NAME_WORD_START = /(^[od]['’])([a-z])|(^|-|\()([a-z\u00DF-\u00F6\u00F8-\u00FF])/g;

/**
 * A name typed all in lower case ("tom hughes", "sunseeker holidays ltd") with the capitals a
 * letter gives it; a name with any capital is the writer's spelling and is kept ("easyJet").
 */
export function capitalisedName(name: string | undefined, business = false): string | undefined {
  if (name === undefined || !/[a-z]{2}/.test(name)) return name;
  // A business's name with any capital is its own spelling ("easyJet"); a person's words in lower
  // case get their capitals one by one ("Morag mcallister" -> "Morag Mcallister").
  if (/[A-Z\u00C0-\u00DE]/.test(name)) {
    // Notes beside a name ("Sam (branch manager)", "Joan Price, lettings") are kept as typed.
    if (business || !/^[A-Za-z\u00C0-\u024F'’. -]+$/.test(name) || TEAM_WORDS.test(name.toLowerCase()) || ROLE_WORDS.test(name.toLowerCase())) return name;
    return name
      .split(' ')
      .map((word, i) => (/[A-Z\u00C0-\u00DE]/.test(word) || (i > 0 && NAME_PARTICLE.test(word)) || !/^[a-z]/.test(word) ? word : capitalisedName(word)!))
      .join(' ');
  }
  return name
    .split(' ')
    .map((word, i) => (i > 0 && NAME_PARTICLE.test(word) ? word : business && ACRONYM_WORD.test(word) ? word.toUpperCase() : word.replace(NAME_WORD_START, (_, prefix: string | undefined, after: string | undefined, before: string | undefined, letter: string | undefined) =>
      prefix !== undefined ? prefix.charAt(0).toUpperCase() + prefix.slice(1) + after!.toUpperCase() : before! + letter!.toUpperCase(),
    )))
    .join(' ');
}

/** The case with the names a letter shows (the writer's, the business's, its contact's, the card issuer's) capitalised; the same object when none needs it. */
export function withNamesCapitalised<C extends ResolvedCase>(c: C): C {
  const name = capitalisedName(c.sender.name);
  const company = capitalisedName(c.recipient.company, true);
  // "some lad called dave": only the name after "called" is a name.
  const described = c.recipient.contact && /^(.*?\b(?:called|named)\s+)(\S.*)$/i.exec(c.recipient.contact);
  const contact = described ? described[1] + capitalisedName(described[2]) : capitalisedName(c.recipient.contact);
  const issuer = capitalisedName(c.card.issuer, true);
  if (name === c.sender.name && company === c.recipient.company && contact === c.recipient.contact && issuer === c.card.issuer) return c;
  return {
    ...c,
    sender: { ...c.sender, name: name! },
    recipient: { ...c.recipient, company: company!, ...(contact !== undefined && { contact }) },
    card: { ...c.card, ...(issuer !== undefined && { issuer }) },
  };
}

// --- The reader ---------------------------------------------------------------------------

/** "Rachel Green MCSP", "Anna Kowalski PhD": letters after a name are not part of it. */
function withoutPostNominals(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && /^([A-Z\u00C0-\u00D6\u00D8-\u00DE]{2,}|[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F.]*\.|PhD|MSc|BSc|BA|MA|MD|Esq\.?|Jr\.?|Sr\.?|II|III|IV)[,.]?$/.test(words[end - 1]!)) end--;
  return words.slice(0, end);
}

/** The surname with its particles: "Seán Ó Briain" -> "Ó Briain", "Ana de la Cruz" -> "de la Cruz". */
function surname(names: string[]): string {
  let start = names.length - 1;
  while (start > 1 && /^(ó|o'|mac|mc|mhic|ní|nic|ui|uí|de|del|della|der|den|di|da|das|dos|du|la|le|van|von|ter|ten|st\.?|bin|ibn|al|el)$/i.test(names[start - 1]!)) start--;
  return names.slice(start).join(' ');
}

/** What the writer typed about the reader, as a greeting's name: "Mr Reilly", "Baggage Claims team", "Rick". */
export function addresseeName(contact: string, locale: string): string | undefined {
  // "some lad called Dave", "a woman named Priya": the name is what follows.
  const described = contact.replace(/^.*?\b(?:called|named|by the name of)\s+(?=\S)/i, '');
  // A role before the name ("the owner, Mr. Vo", "Manager - Dana Price"): the name is the greeting's.
  const [first, second] = described.split(/\s*(?:,|\s[-–—]\s)\s*/, 2);
  const roleFirst = second !== undefined && /^(?:(?:the|a|an|your|our)\s+)?[\w\s&.'’-]+$/i.test(first!) && (ROLE_WORDS.test(first!.toLowerCase()) || TEAM_WORDS.test(first!.toLowerCase())) && (TITLES.test(second.split(/\s+/)[0]!) || /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+(?:\s|$)/.test(second));
  // Notes after the name ("Sam (branch manager)", "Joan Price, Lettings Manager", "Tom - site lead") are not part of it.
  let name = (roleFirst ? second! : described)
    .replace(/\s*[([].*$/, '')
    .replace(/\s*(,|\s[-–—]\s|\/).*$/, '')
    .replace(/^(attn|attention|fao|for the attention of)[:.]?\s+/i, '')
    .trim();
  if (name === '') return undefined;
  const words = name.split(/\s+/);
  if (TITLES.test(words[0]!)) {
    const title = words[0]!.replace(/\.$/, '');
    const proper = title.charAt(0).toUpperCase() + title.slice(1).toLowerCase();
    const short = /^(mr|mrs|ms|dr|mx)$/i.test(title) && isAmerican(locale) ? `${proper}.` : proper;
    const rest = withoutPostNominals(words.slice(1)).filter((word) => !/^[A-Z]\.?$/.test(word) || words.length <= 2);
    if (rest.length === 0) return undefined;
    if (/^(sir|dame)$/i.test(title)) return `${proper} ${rest[0]}`; // Sir Keir, Dame Judi
    return `${short} ${surname(rest)}`;
  }
  if (/^(the|a|an)\s/i.test(name)) name = name.replace(/^(the|a|an)\s+/i, '');
  // "Service Manager", "Head of Customer Services": a person by their role, though a team's word is in it.
  const roleLast = ROLE_LAST.test(name.toLowerCase()) || /^head\s+of\b/i.test(name);
  if (TEAM_WORDS.test(name.toLowerCase()) && !roleLast) {
    // A department's name in Title Case ("Customer Services", "Complaints Department"); small
    // words and "team" are left as the writer typed them.
    const team = name.replace(/\bdept\.?$/i, 'department').replace(/[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’-]*/g, (word, at: number) =>
      at > 0 && /^(of|and|for|the|to|on|in|at|team)$/i.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    );
    return /\b(team|department|office|desk|centre|center|unit)$/i.test(team) ? team : `${team} team`;
  }
  if (ROLE_WORDS.test(name.toLowerCase())) return name.replace(/\b([a-z])/g, (letter) => letter.toUpperCase());
  return name;
}

function greetingFor(c: ResolvedCase): string {
  if (c.letter.greeting) return c.letter.greeting.trim().replace(/[,:;]+$/, '');
  // A card dispute goes to the card issuer, whoever reads it there.
  const dispute = c.letter.stage === 'card-dispute';
  const contact = dispute ? undefined : c.recipient.contact;
  const name = contact ? addresseeName(contact, c.letter.locale) : undefined;
  if (name) return `Dear ${name}`;
  const business = dispute ? c.card.issuer : c.recipient.company;
  if (isAmerican(c.letter.locale) && business) return `Dear ${withoutBrackets(business)} Customer Service`;
  return 'Dear Sir or Madam';
}

function signOffFor(c: ResolvedCase, greeting: string): string {
  if (c.letter.signOff) return c.letter.signOff.trim().replace(/[,:;]+$/, '');
  if (isAmerican(c.letter.locale)) return 'Sincerely';
  return /^Dear Sir or Madam$/i.test(greeting) ? 'Yours faithfully' : 'Yours sincerely';
}

// --- What was bought -----------------------------------------------------------------------

const PERIOD_WORD: Record<string, string> = { week: 'a week', month: 'a month', quarter: 'a quarter', year: 'a year' };
const PERIOD_ADJECTIVE: Record<string, string> = { week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'annual' };
const COUNT_WORD = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * A recurring fee as the case states it. `amount` is each payment, unless the case also gives a
 * `price`: then people type the agreed fee as the price and what they have paid so far as the
 * amount. At least twice the fee is a total of several payments (a fee is rarely doubled); above
 * the fee but below twice it, the fee they were charged instead; below it, each payment towards
 * an agreed total price (a 24-month contract's price).
 */
export interface RecurringFee {
  /** What each payment was, when the case says so. */
  charged?: number;
  /** The fee agreed for each period, when it is not what was charged. */
  agreed?: number;
  /** Everything paid so far, when the case gives it as one sum. */
  paidInAll?: number;
  /** The agreed price of the whole contract. */
  agreedTotal?: number;
}

export function recurringFee(purchase: ResolvedCase['purchase']): RecurringFee | undefined {
  const { amount, price } = purchase;
  if (!purchase.period) return undefined;
  if (price === undefined || price === amount) return amount === undefined ? {} : { charged: amount };
  if (amount === undefined) return { agreed: price };
  if (amount >= price * 2) return { agreed: price, paidInAll: amount };
  if (amount > price) return { agreed: price, charged: amount };
  return { charged: amount, agreedTotal: price };
}

/**
 * A refund of whole payments of a recurring fee, named: "three monthly payments of £39.99,
 * £119.97 in all", or "the £119.99 annual payment". Undefined when the refund is not a whole
 * number of the payments charged.
 */
function namedPayments(refund: number, c: ResolvedCase, money: (n: number) => string): string | undefined {
  const charged = recurringFee(c.purchase)?.charged;
  if (charged === undefined || c.purchase.period === undefined) return undefined;
  const count = Math.round(refund / charged);
  if (count < 1 || Math.abs(Math.round(charged * 100) * count - Math.round(refund * 100)) > 0) return undefined;
  const kind = `${PERIOD_ADJECTIVE[c.purchase.period]} payment`;
  return count === 1 ? `the ${money(charged)} ${kind}` : `${COUNT_WORD[count] ?? count} ${kind}s of ${money(charged)}, ${money(refund)} in all`;
}

/**
 * "it" or "them" for what was bought: plural when its head noun is ("return flights", "six
 * chairs", "the table and chairs"), before any "of", "to", "for"… ("a pair of shoes" is one).
 */
export function pronounFor(item: string): 'it' | 'them' {
  const head = withoutBrackets(item).toLowerCase().split(/\s(?:of|to|from|for|with|in|on|at|by|via)\s|[,;:(]/)[0]!;
  // "a table and six chairs" is two things; "gas and electricity supply" is one.
  if (/\sand\s+(?:a|an|the|my|some|two|three|four|five|six|seven|eight|nine|ten|\d+)\s/.test(head)) return 'them';
  const plural = head.split(/\s+/).some((word) => /^[a-z-]{3,}[^su]s$/.test(word) && !/(ss|us|is|ics|news|series|species|means|lens)$/.test(word));
  return plural ? 'them' : 'it';
}

/** `sinceSaid`: the opening already says the writer has been a customer since the purchase began. */
function purchaseSentence(c: ResolvedCase, money: (n: number) => string, date: (d: string) => string, sinceSaid = false): string {
  const p = c.purchase;
  const it = pronounFor(p.item);
  const on = p.date ? ` on ${date(p.date)}` : '';
  const since = p.date && !sinceSaid ? ` since ${date(p.date)}` : '';
  const paid = p.amount !== undefined ? money(p.amount) : undefined;
  const price = p.price !== undefined ? money(p.price) : undefined;
  if (p.period) {
    const per = PERIOD_WORD[p.period];
    const fee = recurringFee(p)!;
    if (fee.paidInAll !== undefined) return `The agreed fee was ${money(fee.agreed!)} ${per}, and I have paid ${money(fee.paidInAll)} in all${since}.`;
    if (fee.agreed !== undefined && fee.charged !== undefined) {
      return `${since ? `I have paid for ${it}${since}. ` : ''}The agreed fee was ${money(fee.agreed)} ${per}, but I was charged ${money(fee.charged)} ${per}.`;
    }
    // The agreed fee alone says nothing of what was charged: the letter does not say it was paid.
    if (fee.agreed !== undefined) return `${since ? `I have paid for ${it}${since}. ` : ''}The agreed fee is ${money(fee.agreed)} ${per}.`;
    if (fee.charged !== undefined) {
      return `I have paid ${money(fee.charged)} ${per} for ${it}${since}${fee.agreedTotal !== undefined ? `, towards the agreed price of ${money(fee.agreedTotal)}` : ''}.`;
    }
  }
  if (price && paid && p.price !== p.amount) {
    const verb = p.kind === 'goods' ? `I ordered ${it}${on}` : p.kind === 'service' ? `I agreed the work with you${on}` : p.kind === 'booking' ? `I booked ${it}${on}` : '';
    // A deposit's date is when it was paid; other kinds say it with the verb.
    const paidOn = !verb && p.kind === 'deposit' ? on : '';
    const money = p.amount! > p.price! ? `The agreed price was ${price}, but I was charged ${paid}.` : `The agreed price was ${price}, of which I ${paidOn ? 'paid' : 'have paid'} ${paid}${paidOn}.`;
    return `${verb ? `${verb}. ` : ''}${money}`;
  }
  const amount = paid ?? price;
  switch (p.kind) {
    case 'goods':
      return amount ? `I bought ${it}${on} for ${amount}.` : on ? `I bought ${it}${on}.` : '';
    case 'booking':
      return amount ? `I booked ${it}${on} and paid ${amount}.` : on ? `I booked ${it}${on}.` : '';
    case 'service':
      return amount ? `I booked ${it}${on} and paid ${amount}.` : on ? `I booked ${it}${on}.` : '';
    case 'deposit':
      return amount ? `I paid the deposit of ${amount}${on}.` : on ? `I paid the deposit${on}.` : '';
    case 'subscription':
      return amount ? `I paid ${amount} for ${it}${on}.` : since ? `I have been subscribed${since}.` : '';
    default:
      return amount ? `I paid ${amount}${on}.` : on ? `This was${on}.` : '';
  }
}

// --- Earlier contacts --------------------------------------------------------------------

type Channel = 'phone' | 'email' | 'letter' | 'visit' | 'chat' | 'text' | 'form' | 'social' | 'other';

/** A job without a determiner or a name before it: "manager", "tech", "the delivery driver" is not one (it has "the"). */
const BARE_ROLE = new RegExp(String.raw`^(?:${ROLE_WORDS.source.slice(3, -3)}|tech|technician|engineer|driver|receptionist|installer|fitter|salesman|saleswoman|salesperson|sales assistant|assistant|cashier|courier|plumber|electrician|builder|foreman)\b`, 'i');
/** "offered a voucher, I said I wanted a refund": the writer's own part is a sentence of its own. */
const COMMA_SPLICE = /,\s+(I|we)\s+(?=(?:[a-z]+ed|said|told|asked|wanted|explained|refused|sent|made|went|rang|wrote|got|gave)\b)/g;
/** A message seen and not answered, as people type it. */
const READ_NO_REPLY = /^(?:left (?:me )?on read|(?:seen|read)[,;]?\s+(?:but\s+)?no (?:reply|response|answer)|blue ticks?[,;]?\s+(?:but\s+)?no (?:reply|response|answer))$/i;

/** Social networks by the names people type, as they write them. */
const SOCIAL_PLATFORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/insta(?:gram)?\b|\big\b/i, 'Instagram'],
  [/facebook|\bfb\b/i, 'Facebook'],
  [/twitter|\bx\b/i, 'X (Twitter)'],
  [/linked\s?in/i, 'LinkedIn'],
  [/tik\s?tok/i, 'TikTok'],
];

/** Messaging apps by the names people type, as the apps write them. */
const MESSAGING_APPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/whats\s?app/i, 'WhatsApp'],
  [/messenger/i, 'Messenger'],
  [/telegram/i, 'Telegram'],
  [/signal/i, 'Signal'],
  [/viber/i, 'Viber'],
  [/wechat/i, 'WeChat'],
];

function channelOf(text: string | undefined): Channel {
  const t = (text ?? '').toLowerCase();
  if (t === '') return 'other';
  if (/phone|call|rang|ring|telephone|mobile|voicemail/.test(t)) return 'phone';
  if (/e-?mail|mail to/.test(t)) return 'email';
  if (/\b(text|texted|texts|sms|imessage)\b|text message/.test(t)) return 'text';
  if (/chat|whats\s?app|messenger|telegram|signal|viber/.test(t)) return 'chat';
  if (/form|website|web site|online|portal|app\b|ticket/.test(t)) return 'form';
  if (/twitter|\bx\b|facebook|\bfb\b|insta(?:gram)?\b|linked\s?in|tik\s?tok|social|\bdm\b/.test(t)) return 'social';
  if (/letter|post|wrote|writing|recorded/.test(t)) return 'letter';
  if (/person|visit|store|shop|branch|office|showroom|desk|site|went|counter|face/.test(t)) return 'visit';
  return 'other';
}

/** Verbs in the past, and the auxiliaries, as a contact's result uses them: "promised", "said", "would". */
const VERB = String.raw`[a-z\u00DF-\u00F6\u00F8-\u00FF]+ed|said|told|sent|gave|took|put|hung|kept|made|got|went|came|left|let|paid|set|saw|spoke|wrote|rang|thought|felt|found|meant|offered|refused|promised|agreed|insisted|denied|blamed|claimed|admitted|apologi[sz]ed|would|will|could|can|cannot|can't|couldn't|wouldn't|won't|did|didn't|does|doesn't|is|are|was|were|has|have|had|hasn't|haven't|wasn't|weren't`;

/** A reply with no subject of its own starts with what was done: "promised…", "said…", "would call back", "never called". */
const STARTS_WITH_VERB = new RegExp(String.raw`^(${VERB}|never|only|just|still|also|again|then)\b`, 'i');

/** A verb after the first word: "the manager promised…" is a sentence, "an automatic reply, then nothing" is not. */
const HAS_VERB = new RegExp(String.raw`\s(${VERB})\b`, 'i');

/** A department's name ends with what it is: "customer service", "billing", "the complaints team". */
const DEPARTMENT = /\b(team|department|dept|desk|office|services?|support|claims|care|complaints|relations|resolution|disputes?|helpdesk|centre|center|unit|accounts|billing|sales|bookings|lettings|enquiries|inquiries)$/i;
/** "Dana at the front desk", "Mike from support": a person, placed in a team. */
const PERSON_AT = /\s(?:at|from|in|on|of|called|named)\s/i;
const VOICEMAIL = /voice ?mail|left (?:a )?message/i;
const AUTO_REPLY = /^(?:an?\s+)?auto(?:matic|mated)?[- ]?(?:reply|response|email|e-mail|message|acknowledg(?:e)?ment)\b/i;
const WRITER_WAITING = /^(?:still\s+)?(?:waiting|awaiting|chasing)\b/i;

/** A result that tells what the writer got rather than what the business did. */
const RECEIVED = /^(got|received|was (?:given|told|offered|sent|promised|asked|advised|refused)|heard)\b/i;

/** A result that starts with a pronoun as its subject ("she promised…", "Nobody called") is a sentence of its own. */
const PRONOUN_SUBJECT = /^(i|we|he|she|they|it|you|nobody|someone|somebody|everyone|there)\b/i;

/** A result that starts with a determiner is a sentence only when a verb follows ("the manager refused"). */
const DETERMINER = /^(the|a|an|my|your|their|his|her|this|that|these|those)\b/i;

/** Names in a "who" or a contact line, without titles and roles: "Ms Dana Price, owner" -> dana, price. */
function nameWords(text: string): string[] {
  return withoutBrackets(text.split('(')[0]!.replace(/,|\s[-–—]\s/g, ' '))
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((word) => word.length > 1 && !/^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|the|a|an|at|from|of|in)$/.test(word) && !TEAM_WORDS.test(word.toLowerCase()) && !ROLE_WORDS.test(word.toLowerCase()));
}

/** The contact spoken to is the person this letter is addressed to ("Dear Mr Hartley" … "Gary Hartley"). */
/** A person spoken of in the third person. */
const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|himself|herself)(?:'[a-z]+|’[a-z]+)?\b/i;
/** A reply that starts with what "they" did or said: the business, when no one is named. */
const THEY_FIRST = /^they(?:'(?:d|ll|ve|re)|’(?:d|ll|ve|re))?(?=\s)/i;
/** "she was", "he'd", "she": a subject pronoun, with the verb that must agree with "you". */
const SHE_OR_HE = /\b(?:she|he)(?=['’](?:d|ll)\b|\b)(?:\s+(was|is|has|does|doesn't|wasn't|isn't|hasn't)\b)?/gi;
const YOU_AGREE: Readonly<Record<string, string>> = { was: 'were', is: 'are', has: 'have', does: 'do', "doesn't": "don't", "wasn't": "weren't", "isn't": "aren't", "hasn't": "haven't" };

/** Every "they", "them" and "their" of a reply: the business, when the reply starts with it. */
const THEY_ANY = /\b(?:they(?:'(?:d|ll|ve|re)|’(?:d|ll|ve|re))?|them|their|theirs|themselves)\b/gi;
/** The replacement written with the capital the replaced word had. */
const matchCase = (was: string, word: string) => (/^[A-Z]/.test(was) ? word.charAt(0).toUpperCase() + word.slice(1) : word);
const THEY_TO_YOU: Readonly<Record<string, string>> = { them: 'you', their: 'your', theirs: 'yours', themselves: 'yourselves', they: 'you', "they'd": "you'd", "they'll": "you'll", "they've": "you've", "they're": "you're", 'they’d': 'you’d', 'they’ll': 'you’ll', 'they’ve': 'you’ve', 'they’re': 'you’re' };

function isAddressee(who: string, addressee: string | undefined): boolean {
  if (!addressee) return false;
  const theirs = new Set(nameWords(addressee));
  return nameWords(who).some((word) => theirs.has(word));
}

function contactSentence(contact: ResolvedCase['contacts'][number], business: string, date: (d: string) => string, use: WordUse, addressee?: string): string {
  const channel = channelOf(contact.channel);
  // Written to the person spoken to, the letter says "you" of them, as of the business.
  if (business === 'you' && contact.who && isAddressee(contact.who, addressee)) {
    const { who: spokenTo, ...rest } = contact;
    const named = nameWords(spokenTo).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const result = rest.result?.replace(new RegExp(`^(?:he|she|they|${named.join('|')})\\s+(?=[a-z])`, 'i'), 'you ');
    if (result === undefined || !THIRD_PERSON.test(result)) return contactSentence({ ...rest, ...(result !== undefined && { result }) }, business, date, use);
    // What they said of themselves ("said she was behind", "said he'd take a look") is said of
    // "you" too, when "he" or "she" is all there is of them; "his", "her" and "he's" could be
    // someone else's, and keep the name.
    if (!/\b(?:him|his|her|hers|himself|herself)\b|\b(?:he|she)['’]s\b/i.test(result)) {
      const spoken = result.replace(SHE_OR_HE, (pronoun: string, verb: string | undefined) => `${matchCase(pronoun, 'you')}${verb ? ` ${YOU_AGREE[verb.toLowerCase()] ?? verb}` : ''}`);
      return contactSentence({ ...rest, result: spoken }, business, date, use);
    }
  }
  // Told to someone else, "your manager" is the business's: "their manager".
  // Someone named by their job alone ("manager (Paul?)", "tech") works for the business: "your manager".
  const typedWho = contact.who && BARE_ROLE.test(contact.who.trim()) ? `your ${contact.who.trim()}` : contact.who;
  // A name typed in lower case ("bruce") has the capitals the writer gives it elsewhere.
  const who = typedWho ? inSentence(business !== 'you' ? typedWho.replace(LEADING_YOUR, 'their ') : typedWho, use, false, !/[A-Z\u00C0-\u00DE]/.test(typedWho)) : undefined;
  const whom = who ?? business;
  // Written to a department ("customer service", "the complaints team"), it is the business's own
  // team: "I emailed your customer service team", not "customer service at your company".
  const team = who !== undefined && business === 'you' && DEPARTMENT.test(who) && !ROLE_WORDS.test(who.toLowerCase()) && !PERSON_AT.test(who);
  const department = team ? who!.replace(/^(the|a|an|your)\s+/i, '') : '';
  const at = who ? ` at ${business === 'you' ? 'your company' : business}` : '';
  // Whom a message was sent to.
  const recipient = team ? `your ${department}${/\b(team|department|dept|desk|office|centre|center|unit|group|staff|reception)$/i.test(department) ? '' : ' team'}` : `${who}${at}`;
  const when = contact.date ? `On ${date(contact.date)}, ` : '';
  let told: string;
  switch (channel) {
    case 'phone':
      told = who ? `I phoned ${business} and spoke to ${team ? recipient : who}` : `I phoned ${business}${VOICEMAIL.test(contact.channel ?? '') ? ' and left a voicemail message' : ''}`;
      break;
    case 'email':
      told = who ? `I emailed ${recipient}` : `I emailed ${business}`;
      break;
    case 'letter':
      told = who ? `I wrote to ${recipient}` : `I wrote to ${business}`;
      break;
    case 'visit': {
      // A place the writer names ("baggage desk at Lisbon airport", "the Leeds branch") is where they went.
      // "popped into the shop", "went to the Leeds branch": the place is after the verb.
      const place = (contact.channel ?? '')
        .trim()
        .replace(/^(?:[a-z]+ed|went|came|dropped|called|stopped|walked|nipped|went back)\s+(?:in\s*to|into|to|in|at|by|round to|over to)\s+/i, '')
        .replace(/^(?:at|to|in)\s+/i, '')
        .replace(/^(?:the|a|an|your|their)\s+/i, '');
      const named = (place.includes(' ') || place !== (contact.channel ?? '').trim()) && !/^(?:in[- ]?person|visit(?:ed)?|went in|walk[- ]?in|face[- ]to[- ]face|in[- ]?(?:store|shop|branch|office|showroom))\b/i.test(place) && !/\b(?:person|visit)\b/i.test(place);
      const where = named ? `I went to ${business === 'you' ? 'your' : /s$/i.test(business) ? `${business}'` : `${business}'s`} ${inSentence(clause(place), use, true)}` : `I went to see ${business} in person`;
      told = who ? `${where} and spoke to ${team ? recipient : who}` : where;
      break;
    }
    case 'text':
      told = who ? `I sent a text message to ${recipient}` : `I sent ${business} a text message`;
      break;
    case 'chat': {
      const app = MESSAGING_APPS.find(([pattern]) => pattern.test(contact.channel ?? ''))?.[1];
      told = app
        ? who
          ? `I sent a ${app} message to ${recipient}`
          : `I sent ${business} a ${app} message`
        : who
          ? `I contacted ${business} through online chat and spoke to ${team ? recipient : who}`
          : `I contacted ${business} through online chat`;
      break;
    }
    case 'form':
      told = `I contacted ${business} through ${business === 'you' ? 'your' : 'their'} ${/form/i.test(contact.channel ?? '') ? inSentence(clause(contact.channel!), use).replace(/^(the|a|an|your|their)\s+/i, '') : 'website'}${who ? `, for the attention of ${who}` : ''}`;
      break;
    case 'social': {
      // "dm on instagram", "fb message": a message on the platform, by its name.
      const platform = SOCIAL_PLATFORMS.find(([pattern]) => pattern.test(contact.channel ?? ''))?.[1] ?? clause(contact.channel!);
      const message = /\b(?:dm|pm|direct message|message|messaged|inbox)\b/i.test(contact.channel ?? '');
      told = message
        ? who
          ? `I sent a direct message on ${platform} to ${recipient}`
          : `I sent ${business} a direct message on ${platform}`
        : `I contacted ${business} on ${platform}${who ? ` and spoke to ${who}` : ''}`;
      break;
    }
    default:
      told = contact.channel
        ? `I contacted ${whom === business ? business : recipient} (${inSentence(clause(contact.channel), use)})`
        : `I contacted ${who ? recipient : business}`;
  }
  if (!contact.result) return `${when}${told}.`;
  // Told to someone else, what the writer said to the business ("you said…") is quoted from the complaint.
  if (business !== 'you' && speaksToReader(contact.result)) return `${when}${told}. As I wrote in my complaint: ${quoted(asSentence(contact.result))}`;
  const result = clause(contact.result);
  if (/^(nothing|none)$/i.test(result)) return `${when}${told}, but nothing came of it.`;
  if (READ_NO_REPLY.test(result)) return `${when}${told}, and my message was read but not answered.`;
  // A result that is all a quotation ("next week for sure") is what came back.
  if (/^["“‘][^"“”‘’]+["”’]$/.test(result)) return `${when}${told}, and the reply was “${result.slice(1, -1).trim()}”.`;
  // "still waiting", "awaiting a reply": the writer's own state, now.
  if (WRITER_WAITING.test(result)) return `${when}${told}. I am ${inSentence(result, use)}.`;
  // "auto reply only": what the writer received.
  if (AUTO_REPLY.test(result)) return `${when}${told}, and I received ${/^an?\s/i.test(result) ? inSentence(result, use) : `an ${result.charAt(0).toLowerCase()}${result.slice(1)}`}.`;
  // Only the main clause counts: "a reply saying my complaint had been logged" is a thing.
  const hasVerb = HAS_VERB.test(result.split(/\s(?:saying|that|which|who|whom|whose|where|when|because|after|before|until|to)\b|[,;(]/i)[0]!);
  // "No reply", "no response from anyone": what the writer did not get ("no one called back" says it itself).
  if (/^no\s/i.test(result) && !hasVerb && !/^no\s+one\b/i.test(result)) {
    // "no answer, left voicemail": what the writer did next follows what they did not get.
    const [head, ...more] = result.split(/\s*[,;]\s*|\s+-\s+/);
    const rest = more.join(', ');
    const missed = channel === 'phone' && /^no\s+(answer|pick[- ]?up)$/i.test(head!) ? 'but nobody answered' : `but I received ${inSentence(head!, use)}`;
    const then = rest === '' ? '' : VOICEMAIL.test(rest) ? ', so I left a voicemail message' : ` (${inSentence(withoutBrackets(rest), use)})`;
    return `${when}${told}, ${missed}${then}.`;
  }
  // Written to the business, what "they" (the business) said is what "you" said.
  // The "they" that follows is the same business: "They said they'd call back. They never did."
  if (business === 'you' && !contact.who && THEY_FIRST.test(result)) return `${when}${told}. ${asSentence(result.replace(THEY_ANY, (they: string) => matchCase(they, THEY_TO_YOU[they.toLowerCase()] ?? 'you')))}`;
  if (
    PRONOUN_SUBJECT.test(result) ||
    /^(no\s+one|nothing|none)\b/i.test(result) ||
    (DETERMINER.test(result) && hasVerb) ||
    /^[A-Z][a-z]+\s+(said|told|promised|agreed|refused|offered|replied|wrote|asked|confirmed|explained)\b/.test(result)
  ) {
    return `${when}${told}. ${asSentence(result.replace(COMMA_SPLICE, '. $1 '))}`;
  }
  // "promised a call back" has no subject: the person spoken to, or the business, did it.
  if (STARTS_WITH_VERB.test(result)) {
    // The first word is a verb, never a name: "Got an acknowledgement" reads in mid-sentence as "got".
    let done = result.charAt(0).toLowerCase() + result.slice(1);
    // "told to wait", "told it was on the truck": told whom? The writer.
    done = done.replace(/^(told|asked|advised|instructed|assured|informed)\s+(?!(?:me|us|him|her|them|you)\b)/i, '$1 me ');
    // "said he'd come round, never did": what did not follow is set against what was said.
    done = done.replace(/,\s+(never|didn't|did not|hasn't|has not|haven't|have not|still hasn't|nothing since)\b/i, ', but $1');
    // What the writer got ("got an automated reply", "was told to wait") was done to the writer.
    if (RECEIVED.test(done)) return `${when}${told}, and I ${inSentence(done, use)}.`;
    // The business just named is "they" the second time: "I phoned Coastal Furniture, and they hung up".
    const subject = who ? `, who` : business === 'you' ? ', and you' : ', and they';
    return `${when}${told}${subject} ${inSentence(done.replace(COMMA_SPLICE, '. $1 '), use)}.`;
  }
  // Anything else ("voicemail, message left") is a note on the contact, kept as written.
  return `${when}${told} (${inSentence(withoutBrackets(result), use)}).`;
}

// --- Money and the request -------------------------------------------------------------

/** A finite verb: the reason is a clause ("you cleaned two rooms"), not a thing ("the two rooms not cleaned"). */
const FINITE_VERB = /\b(is|are|was|were|did|does|do|has|have|had|never|can|could|will|would|cannot)\b|n't\b/i;

/** "the agreed price", "my cancelled membership": a participle after a determiner describes a thing, it is not the verb. */
const PARTICIPLE_AS_ADJECTIVE = /\b(?:the|a|an|my|our|your|their|this|that|its)\s+[a-z]+ed\b/gi;

const CHARGED_TO_ME = /^(?:over|double[- ]?|wrongly |incorrectly |mistakenly )?(?:charged|billed|invoiced|debited)\b/i;

/** A list item's mark at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_MARK = /^\s*(?:[-*•–]|\d{1,2}[.)])\s*/;

/** A pronoun that starts a relative clause inside a noun phrase: "the rooms you did not clean". */
const RELATIVE_PRONOUN = /\s(?:you|u|they|he|she)\s/;
/** The relative clause ends and the sentence's own verb follows: "the crew you sent damaged…" (not "the charges you said were included"). */
const RELATIVE_THEN_VERB = new RegExp(String.raw`\s(?:you|u|they|he|she|I|we)\s+(?!(?:said|told|promised|claimed|agreed|thought|confirmed)\b)(?:${VERB})\s+(?:${VERB})\b`);
/** "the crew we paid for never came": the relative clause's verb, a particle, then the sentence's own verb. */
const RELATIVE_PARTICLE_THEN_VERB = new RegExp(String.raw`\s(?:you|u|they|he|she|I|we)\s+(?!(?:was|were|is|are|had|has|have|said|told|promised|claimed|agreed|thought|confirmed)\b)(?:${VERB})\s+(?:for|to|on|in|up|out|off|with|about|back|from)\s+(?:never\s+|only\s+|just\s+)?(?:${VERB})\b`, 'i');

/** The writer's reason after the amount: "for the two rooms not cleaned", "because only two rooms were cleaned". */
function reasonClause(reason: string, use: WordUse): string {
  if (/^(for|because|as|since|to|which|being|covering|this is)\b/i.test(reason)) return inSentence(reason, use);
  // "overcharged by £50", "charged twice for May": it was done to the writer.
  if (CHARGED_TO_ME.test(reason)) return `, because I was ${inSentence(reason.charAt(0).toLowerCase() + reason.slice(1), use)}`;
  // A clause has its own subject and verb in its main part ("only two rooms were cleaned", "you
  // cleaned two rooms", "the crew damaged the floor"); "the amount above the estimate, for work
  // I did not authorize" and "the two rooms not cleaned" are things.
  // "the 12 metres you didn't build" is a thing; "the crew you sent damaged the floor" goes on as a sentence.
  const main = (RELATIVE_THEN_VERB.test(reason) ? reason : reason.split(RELATIVE_PRONOUN)[0]!)
    .split(/\s(?:that|which|who|whom|whose|where|when|because|after|before|until|I|we)\s|[,;(]/)[0]!
    // "the rooms not cleaned" describes things; "the parcel never arrived" says what happened.
    .replace(/\bnot\s+[a-z]+ed\b/gi, '')
    .replace(PARTICIPLE_AS_ADJECTIVE, '');
  const clause = /^(i|we|you|they|he|she|it|nobody|no one)\b/i.test(reason) || RELATIVE_PARTICLE_THEN_VERB.test(reason) || FINITE_VERB.test(main) || HAS_VERB.test(main);
  return clause ? `, because ${inSentence(reason, use)}` : `for ${inSentence(reason, use, true)}`;
}

/** "$80.00 of the $240.00 I paid" + "for the two rooms": set off by a comma, so it does not say what was paid for. */
function withReason(amount: string, reason: string): string {
  if (reason === '' || reason.startsWith(',')) return `${amount}${reason}`;
  return / I paid$| charge to my account$| to my account$| in all$/.test(amount) ? `${amount}, ${reason}` : `${amount} ${reason}`;
}

function requestSentences(c: ResolvedCase, money: (n: number) => string, use: WordUse): Pick<Phrases, 'request' | 'costsIntro' | 'costs' | 'total' | 'ask' | 'asked' | 'charge' | 'cardRequest'> {
  const { request, purchase } = c;
  // A recurring fee's amount is one payment: a refund may be of several, so it is not set against it.
  const paid = purchase.period ? undefined : purchase.amount;
  const refund = request.amount;
  const payments = refund !== undefined ? namedPayments(refund, c, money) : undefined;
  // A deposit is given back rather than refunded: "return my deposit of £1,100.00".
  const deposit = purchase.kind === 'deposit' && !purchase.period && paid !== undefined && (refund === undefined || refund <= paid);
  const giveBack = deposit ? 'return' : 'refund';
  const ofPaid = deposit
    ? refund !== undefined && refund < paid
      ? `${money(refund)} of my ${money(paid)} deposit`
      : `my deposit of ${money(paid)}`
    : refund !== undefined && paid !== undefined && refund < paid
      ? `${money(refund)} of the ${money(paid)} I paid`
      : refund !== undefined
        ? // Several payments of a fee, or more than the case says was paid: the amount alone is what is true.
          purchase.period || (purchase.amount !== undefined && refund > purchase.amount)
          ? (payments ?? money(refund))
          : `the ${money(refund)} I paid`
        : '';
  const correction = request.correction ? clause(request.correction) : '';
  // Steps typed one a line ("- fit the worktops", "1. plumb in the sink") are a list.
  const steps = correction.includes('\n') ? correction.split('\n').map((line) => clause(line.replace(LIST_MARK, ''))).filter((line) => line !== '') : [];
  const stepList = steps.length > 1 ? steps.map((step) => `- ${asListItem(inSentence(step, use, true))}`).join('\n') : '';
  const correctionIsSentence = !stepList && /^(i|we|please|you|could|can|would)\b/i.test(correction);
  const putRight = stepList
    ? `Please put this right as follows:\n${stepList}`
    : correction
      ? correctionIsSentence
        ? asSentence(correction)
        : `Please put this right as follows: ${inSentence(correction, use, true)}.`
      : '';
  const reason = request.reason ? reasonClause(clause(request.reason), use) : '';
  // Less than was paid, or several payments of a fee, keeps the writer's reason; all of it or a whole deposit needs none.
  const withOwnReason = request.reason && !/^the .* I paid$/.test(ofPaid) && !ofPaid.startsWith('my deposit') ? withReason(ofPaid, reason) : ofPaid;
  let text = '';
  let ask = '';
  let asked = '';
  switch (request.remedy) {
    case 'correction':
      text = putRight;
      ask = 'Request to put things right';
      asked = 'to ask for this to be put right';
      break;
    case 'refund':
      text = `Please ${giveBack} ${withOwnReason}.`;
      ask = deposit ? 'Request to return my deposit' : 'Refund request';
      asked = deposit ? `to ask for the return of ${ofPaid}` : `to ask for a refund of ${refund !== undefined ? money(refund) : 'what I paid'}`;
      break;
    case 'either':
      text = stepList
        ? `Please either refund ${withOwnReason}, or put this right as follows:\n${stepList}`
        : correctionIsSentence
        ? `Please either put this right or refund ${withOwnReason}. ${asSentence(correction)}`
        : `Please either put this right (${inSentence(withoutBrackets(correction), use, true)}) or ${giveBack} ${withOwnReason}.`;
      ask = deposit ? 'Request to put things right or return my deposit' : 'Request to put things right or refund';
      asked = deposit ? `to ask for this to be put right or for the return of ${ofPaid}` : `to ask for this to be put right or for a refund of ${refund !== undefined ? money(refund) : 'what I paid'}`;
      break;
    case 'partial-refund':
      text = deposit
        ? `Please return ${withReason(ofPaid, reason)}.`
        : `Please refund ${withReason(refund !== undefined && paid !== undefined && refund < paid ? `${money(refund)} of the ${money(paid)} I paid` : refund !== undefined ? (payments ?? money(refund)) : '', reason)}.`;
      ask = deposit ? 'Request to return part of my deposit' : 'Partial refund request';
      asked = deposit ? `to ask for the return of ${ofPaid}` : `to ask for a refund of ${refund !== undefined ? money(refund) : 'part of what I paid'}`;
      break;
    case 'compensation':
      // What would put it right, when the writer says so, is asked for with the costs.
      text = putRight;
      ask = correction ? 'Request to put things right and compensation' : 'Request for compensation';
      break;
  }
  const costs = request.costs.map((cost) => `${asListItem(inSentence(clause(cost.what), use, true))}: ${money(cost.amount)}`);
  const costTotal = request.costs.reduce((sum, cost) => sum + Math.round(cost.amount * 100), 0) / 100;
  let costsIntro = '';
  if (costs.length > 0) {
    const also = request.remedy === 'compensation' && !correction ? '' : ' also';
    costsIntro =
      costs.length === 1
        ? `I${also} ask you to reimburse the following cost, which this has caused me:`
        : `I${also} ask you to reimburse the following costs, which this has caused me, ${money(costTotal)} in total:`;
    if (request.remedy === 'compensation') asked = `to ask ${correction ? 'for this to be put right and ' : ''}for reimbursement of the ${money(costTotal)} in costs this caused me`;
    else {
      asked += ` and for reimbursement of the ${money(costTotal)} in costs this caused me`;
      ask += ' and compensation';
    }
  }
  const refundPart = request.remedy === 'refund' || request.remedy === 'partial-refund' ? refund : undefined;
  const total =
    costs.length > 0 && refundPart !== undefined
      ? `In total, that is ${money(Math.round((refundPart + costTotal) * 100) / 100)}.`
      : '';
  // A card issuer can reverse the card payment, up to what was charged (a chargeback, a billing
  // error); only a claim under section 75 (the issuer answering for the business's breach) may
  // also cover the costs it caused. Without a known route, nothing beyond the charge is asked.
  const coversCosts = c.cardRoute?.kind === 'section-75';
  const claimed = coversCosts && request.remedy === 'compensation' ? costTotal : refund !== undefined && paid !== undefined ? Math.min(refund, paid) : refund;
  // Costs alone, without section 75: the issuer cannot pay them, and the writer asked for no refund.
  const costsOnly = request.remedy === 'compensation';
  const charge =
    costsOnly ? (coversCosts ? money(costTotal) : '') : claimed !== undefined ? money(claimed) : paid !== undefined && request.remedy !== 'partial-refund' ? money(paid) : '';
  // The reason was written to the business: where it speaks to it ("you cleaned two rooms"), the
  // bank reads it as a quotation from the complaint, never as words to the bank.
  const cardReason = request.reason && speaksToReader(request.reason) ? `, for the reason I gave in my complaint: ${quoted(asSentence(request.reason))}` : reason;
  // Part of a recurring fee is no single charge: the amount alone is what is true.
  const recurringPart = purchase.period !== undefined && claimed !== undefined && payments === undefined;
  const cardRequest =
    costsOnly
      ? coversCosts
        ? `Please credit ${money(costTotal)} to my account for the costs this caused me, listed above.`
        : 'Please look into this charge and tell me what you can do.'
      : claimed !== undefined && paid !== undefined && claimed < paid
        ? `Please credit ${withReason(`${money(claimed)} of the ${money(paid)} charge to my account`, cardReason)}${cardReason.endsWith('”') ? '' : '.'}`
        : recurringPart && (request.remedy === 'partial-refund' || request.reason)
          ? `Please credit ${withReason(`${money(claimed!)} to my account`, cardReason)}${cardReason.endsWith('”') ? '' : '.'}`
          : payments && !payments.startsWith('the ')
            ? `Please credit my account with ${payments}, together with any related fees or interest.`
            : charge && !recurringPart
              ? `Please credit the ${charge} charge to my account, together with any related fees or interest.`
              : charge
                ? `Please credit ${charge} to my account, together with any related fees or interest.`
                : 'Please reverse the charge and credit my account, together with any related fees or interest.';
  const withCosts =
    coversCosts && costs.length > 0 && request.remedy !== 'compensation'
      ? ` I also ask for the ${money(costTotal)} in costs this caused me, listed above${refundPart !== undefined ? `: ${money(Math.round((refundPart + costTotal) * 100) / 100)} in total` : ''}.`
      : '';
  return { request: text, costsIntro, costs, total, ask, asked, charge, cardRequest: cardRequest + withCosts };
}

// --- Putting it together ---------------------------------------------------------------

/** What the writer did or suffered, typed without "I" ("had to take a day off", "Missed the wedding"). */
const WRITER_DID = /^(?:had to|have had to|have been|have lost|have spent|have missed|missed|lost|spent|wasted|paid|was|couldn't|could not|can't|cannot|ended up|needed|took)\b/i;

/** The impact with "I" before a verb the writer typed without it. */
function withWriterAsSubject(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed || !WRITER_DID.test(trimmed)) return trimmed;
  return `I ${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`;
}

function shortened(text: string | undefined, max = 300): string {
  if (!text) return '';
  const whole = asSentence(text);
  if (whole.length <= max) return whole;
  const sentences = whole.match(/[^.!?]+[.!?]+["'’”)]*\s*/g) ?? [whole];
  let kept = '';
  for (const sentence of sentences) {
    if (kept !== '' && (kept + sentence).length > max) break;
    kept += sentence;
  }
  return kept.trim();
}

/** True wherever the writer lives: the ways open to anyone who paid this way. */
function genericNextStep(paidWith: string | undefined): string {
  if (paidWith === 'credit-card' || paidWith === 'debit-card') return 'ask my card issuer to reverse the charge, and consider the other ways open to me to resolve this';
  if (paidWith === 'paypal') return "open a dispute through PayPal's resolution process, and consider the other ways open to me to resolve this";
  return 'consider the other ways open to me to resolve this, such as a complaint to a consumer protection body';
}

/** "1 March 2019" or "March 1, 2019" -> "March 2019". */
const monthOf = (written: string) => written.replace(/^1\.?\s+/, '').replace(/\s1,\s/, ' ');

const wordUses = new WeakMap<object, WordUse>();
const CAPITALISED_WORD = /\b[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'’-]*/g;

/** A reference with its own label ("account 88812374", "Quote Q-2291", "conf. no. 55102-B") needs no "reference" before it. */
function referenceWords(reference: string): string {
  return /^[A-Za-z][A-Za-z.'’]*\s+\S*\d/.test(reference) || /^[A-Za-z][A-Za-z.'’]*\s+[A-Za-z.()'’\s]+\s\S*\d/.test(reference) ? reference : `reference ${reference}`;
}

/** A contact that only says nothing came back. */
const NO_NEWS = /^(?:no (?:reply|response|answer)(?: at all| yet)?|nothing(?: back| came of it)?|none|ignored|still waiting|awaiting (?:a )?(?:reply|response))[.!]?$/i;

/**
 * The contacts a letter tells: a reminder or final letter already names the earlier letters by
 * date, so a letter or e-mail sent that day that only got no answer is not told twice.
 */
function untold(c: ResolvedCase): ResolvedCase['contacts'] {
  if (c.letter.stage === 'first' || c.letter.previous.length === 0) return c.contacts;
  const sent = new Set(c.letter.previous);
  return c.contacts.filter(
    (contact) => !(contact.date && sent.has(contact.date) && /letter|post|wrote|writing|e-?mail/i.test(contact.channel ?? '') && (!contact.result || NO_NEWS.test(contact.result.trim()))),
  );
}

/** The word use of everything the writer typed in a case (asked lazily, see wordUse). */
export function caseWordUse(c: Partial<ResolvedCase>): WordUse {
  let use = wordUses.get(c);
  if (!use) {
    const texts: string[] = [];
    const gather = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) for (const item of value) gather(item);
      else if (value && typeof value === 'object') for (const key in value) gather((value as Record<string, unknown>)[key]);
    };
    // Not the item itself: its own capitals ("Kitchen Extension") say nothing of whether a word is a name.
    gather([c.story, c.contacts, c.request?.correction, c.request?.reason, c.request?.costs, c.evidence, c.recipient?.company]);
    const found = wordUse(texts);
    const whos = new Set((c.contacts ?? []).map((contact) => contact.who).filter((who): who is string => who !== undefined));
    // The business's own name is a name even where it starts the answer: "Sky" in "Sky broadband".
    const brand = new Set(c.recipient?.company?.match(CAPITALISED_WORD)?.map((word) => word.toLowerCase()) ?? []);
    // Addresses and the contact's name hold names too ("5 Castle Terrace", "Mr. Bill Carter").
    const more = [c.sender?.address ?? '', c.recipient?.address ?? ''].join('\n');
    const contact = c.recipient?.contact ?? '';
    let written: Map<string, string> | undefined;
    const names = () =>
      (written ??= writtenNames(
        [...texts.filter((text) => !whos.has(text)), more],
        // Each word of a person's name is a name alone too ("bill" beside "Mr. Bill Carter").
        [contact, ...whos].map((name) => name.replace(/^.*?\b(?:called|named)\s+(?=\S)/i, '')).flatMap((name) => [name, ...name.split(/[\s,()/]+/).filter((word) => !ROLE_WORDS.test(word.toLowerCase()) && !TEAM_WORDS.test(word.toLowerCase()))]).filter((name) => /[A-Z\u00C0-\u00DE]/.test(name)),
      ));
    // Most items hold no word the writer capitalises anywhere: finding that out is cheaper than listing the names.
    const checked = new Map<string, boolean>();
    const mayBeWritten = (text: string) => remembered(checked, text, () => anyWordWritten(text));
    const anyWordWritten = (text: string) => {
      for (const m of text.matchAll(/(?<![\w\u00C0-\u024F])[a-z\u00DF-\u00F6\u00F8-\u00FF]{2,}/g)) {
        if (FUNCTION_WORD.test(m[0])) continue;
        const capital = m[0].charAt(0).toUpperCase() + m[0].slice(1);
        if (found.text!.includes(capital) || more.includes(capital) || contact.includes(capital)) return true;
      }
      return false;
    };
    use = { names: brand.size === 0 ? found.names : { has: (word) => brand.has(word) || found.names.has(word) }, common: found.common, written: names, mayBeWritten };
    wordUses.set(c, use);
  }
  return use;
}

/** The story as it was told to the business, as paragraphs of a quotation (see Phrases.complaintQuote). */
function complaintQuote(c: ResolvedCase, use: WordUse, impact: string): string[] {
  const { circumstances, expectations, outcome } = c.story;
  if (![circumstances, ...expectations, ...outcome, impact].some(speaksToReader)) return [];
  const inline = (text: string) => inSentence(clause(text), use);
  const paragraphs = [asSentence(circumstances)];
  if (expectations.length > 1 && expectations.length === outcome.length) {
    paragraphs.push(['What I was promised, and what actually happened:', ...expectations.map((promised, i) => `- Promised: ${inline(promised)}. What happened: ${inline(outcome[i]!)}.`)].join('\n'));
  } else {
    for (const [heading, texts] of [['What I was promised', expectations], ['What actually happened', outcome]] as const) {
      if (texts.length > 1) paragraphs.push([`${heading}:`, ...texts.map((text) => `- ${asSentence(text)}`)].join('\n'));
      else if (texts.length === 1) paragraphs.push(`${heading}: ${inline(texts[0]!)}.`);
    }
  }
  if (impact) paragraphs.push(impact);
  // Each paragraph of a quotation opens with a quotation mark; only the last one closes.
  return paragraphs.map((paragraph, i) => `“${paragraph}${i === paragraphs.length - 1 ? '”' : ''}`);
}

const LEADING_YOUR = /^your\s+/i;

/**
 * A short item of a list (an enclosure, a cost) as the bank reads it: "your quote" is the
 * merchant's quote; any other word to the merchant is quoted as the complaint listed it.
 */
function listItemForBank(text: string, company: string): string {
  const named = text.replace(LEADING_YOUR, /s$/i.test(company) ? `${company}' ` : `${company}'s `);
  return speaksToReader(named) ? `${quoted(named)}, as listed in my complaint` : named;
}

function evidenceForBank(c: ResolvedCase, company: string): string[] {
  return c.evidence.map((item) => listItemForBank(clause(item), company));
}

function paymentLines(c: ResolvedCase, money: (n: number) => string): string[] {
  const fee = recurringFee(c.purchase);
  if (!fee || !c.purchase.period) return [];
  const per = PERIOD_WORD[c.purchase.period];
  const lines: string[] = [];
  if (fee.agreed !== undefined) lines.push(`Agreed fee: ${money(fee.agreed)} ${per}`);
  if (fee.charged !== undefined) lines.push(`${fee.agreed !== undefined ? 'Charged' : 'Regular payment'}: ${money(fee.charged)} ${per}`);
  if (fee.paidInAll !== undefined) lines.push(`Paid in all: ${money(fee.paidInAll)}`);
  if (fee.agreedTotal !== undefined) lines.push(`Agreed total price: ${money(fee.agreedTotal)}`);
  return lines;
}

export function phrasesFor(c: ResolvedCase): Phrases {
  const locale = c.letter.locale;
  const money = (n: number) => formatMoney(n, c.purchase.currency, locale);
  const date = (d: string) => formatDate(d, locale);
  const greeting = greetingFor(c);
  const company = withoutBrackets(c.recipient.company);
  const use = caseWordUse(c);
  const item = nounPhrase(c.purchase.item, use);
  const bareItem = withWrittenCapitals(withoutBrackets(c.purchase.item.trim().replace(/[.;:,\s]+$/, '')), use);
  // A reference with brackets of its own ("HS-2211 (rev. B)") is not followed by more brackets.
  const reference = c.purchase.reference;
  // A recurring fee's date is when the payments began.
  const when = c.purchase.date ? `${c.purchase.period ? 'since ' : ''}${date(c.purchase.date)}` : '';
  // An item with commas of its own has its date set off by a semicolon, so the date is not read as part of it.
  const about = reference ? `${withoutBrackets(reference)} (${bareItem}${when ? `${bareItem.includes(',') && !bareItem.endsWith('.') ? ';' : ','} ${when}` : ''})` : `${bareItem}${when ? ` (${when})` : ''}`;
  const impact = withWriterAsSubject(c.story.impact);
  const impactShort = shortened(impact);
  const since = c.sender.customerSince;
  const customer = since
    ? `I have been your customer since ${/^\d{4}$/.test(since) ? since : since.length === 7 ? monthOf(date(`${since}-01`)) : date(since)}.`
    : '';
  const request = requestSentences(c, money, use);
  const told = untold(c);
  let toThirdParty: string[] | undefined;
  const dispute = c.letter.stage === 'card-dispute';
  // In a card dispute the costs are listed to the bank: "your engineer's call-out fee" is the merchant's.
  if (dispute && request.costs.some(speaksToReader)) request.costs = request.costs.map((cost) => listItemForBank(cost, company));
  return {
    greeting,
    signOff: signOffFor(c, greeting),
    item,
    itemRef: !reference ? item : /[)\]]$/.test(item) || /[()[\]]/.test(reference) ? `${item}, ${referenceWords(reference)}` : `${item} (${referenceWords(reference)})`,
    about,
    company,
    purchase: purchaseSentence(c, money, date, Boolean(since && c.purchase.date?.startsWith(since))),
    customer,
    contacts: told.map((contact) => contactSentence(contact, 'you', date, use, c.recipient.contact)),
    // Only a letter to a third party (the card issuer) tells them: made when a template asks.
    get contactsToThirdParty() {
      return (toThirdParty ??= told.map((contact) => contactSentence(contact, company, date, use)));
    },
    impact: impact ? asSentence(impact) : '',
    impactShort,
    nextStep: genericNextStep(c.purchase.paidWith),
    ...request,
    ...(dispute && { complaintQuote: complaintQuote(c, use, impactShort), evidence: evidenceForBank(c, company) }),
    ...(c.purchase.period && { payments: paymentLines(c, money) }),
  };
}
