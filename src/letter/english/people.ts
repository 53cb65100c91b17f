// Names and the reader: a name typed in lower case gets its capitals, and whatever the
// writer typed about the person they write to becomes a greeting ("Dear Mr Reilly").
import type { ResolvedCase } from '../../case/resolve.js';
import { ROLE_LAST, ROLE_WORDS, TEAM_WORDS, TITLES } from './words.js';
import { remembered, rememberedIn } from '../../util/remember.js';
import { brandSpelling } from './proper-names.js';
import { isCommonWord } from './common-words.js';
import { onFirstUse } from '../../util/on-first-use.js';
import { ACRONYMS } from '../../tone/shouting.js';

const AMERICAN = new Set(['en-US', 'en-CA']);
/** Locales whose formal letters use "Dear Sir or Madam" and "Yours faithfully/sincerely". */
const isAmerican = (locale: string) => AMERICAN.has(locale) || locale === 'en' || !locale.startsWith('en');

/** Small words that stay in lower case inside a name: "Bed and Breakfast", "Ana de la Cruz". */
const NAME_PARTICLE = /^(?:and|of|the|for|at|in|on|to|de|del|della|der|den|di|da|das|dos|du|la|le|van|von|ter|ten|y|e|ap|ab|ferch|verch|bin|bint|ibn)$/;
/** In a business's name, a short word without a vowel is read letter by letter ("nz", "bt", "llc"), but for the abbreviations written as words. */
const ACRONYM_WORD = /^(?!(?:ltd|mr|mrs|ms|dr|st|jr|sr|bros|mgmt|hq)\b)[b-df-hj-np-tv-xz]{2,4}$/;
/** A letter that starts a word of a name: at its start, after a hyphen, or after O' and D' ("o'brien"). */
const NAME_WORD_START = /(^mc|^[od]['’])([a-z])|(^|-|\()([a-z\u00DF-\u00F6\u00F8-\u00FF])/g;

/** A name typed in capitals: two capitals in a row and no small letter. */
function inCapitals(name: string): boolean {
  // Most names are ASCII, and a Unicode class takes a millisecond or so to make.
  if (!/[^\x00-\x7f]/.test(name)) return /[A-Z]{2}/.test(name) && !/[a-z]/.test(name);
  return /\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name);
}

/**
 * A name typed all in lower case ("tom hughes", "sunseeker holidays ltd") with the capitals a
 * letter gives it; a name with any capital is the writer's spelling and is kept ("easyJet").
 */
export function capitalisedName(name: string | undefined, business = false): string | undefined {
  // A person's name typed in capitals ("DARREN MILLS") is written as a name; initials stay ("J.R.").
  if (!business && name !== undefined && inCapitals(name)) {
    return name
      .split(' ')
      .map((word, i) => {
        const lower = word.toLowerCase();
        if (i > 0 && NAME_PARTICLE.test(lower)) return lower;
        // Initials, with or without their full stops ("J.R.", "JB").
        if (/^(?:\p{Lu}\.)+$/u.test(word) || word.length <= 2) return word;
        return capitalisedName(lower)!;
      })
      .join(' ');
  }
  if (name === undefined || !/[a-z]{2}/.test(name)) return name;
  // A business's name with any capital is its own spelling ("easyJet"); a person's words in lower
  // case get their capitals one by one ("Morag mcallister" -> "Morag Mcallister").
  if (/[A-Z\u00C0-\u00DE]/.test(name)) {
    // Notes beside a name ("Sam (branch manager)", "Joan Price, lettings") are kept as typed.
    if (business || !/^[A-Za-z\u00C0-\u024F'’. -]+$/.test(name) || TEAM_WORDS.test(name.toLowerCase()) || ROLE_WORDS.test(name.toLowerCase())) return name;
    return name
      .split(' ')
      .map((word, i) => ((i > 0 && NAME_PARTICLE.test(word)) || !/^[a-z]/.test(word) ? word : /[A-Z\u00C0-\u00DE]/.test(word) ? word.charAt(0).toUpperCase() + word.slice(1) : capitalisedName(word)!))
      .join(' ');
  }
  return name
    .split(' ')
    .map((word, i) => {
      if (i > 0 && NAME_PARTICLE.test(word)) return word;
      const own = business ? businessSpelling(word, i) : undefined;
      return (
        own ??
        word.replace(NAME_WORD_START, (_, prefix: string | undefined, after: string | undefined, before: string | undefined, letter: string | undefined) =>
          prefix !== undefined ? prefix.charAt(0).toUpperCase() + prefix.slice(1) + after!.toUpperCase() : before! + letter!.toUpperCase(),
        )
      );
    })
    .join(' ');
}

/** How a word of a business's name typed in small letters is written, where not simply with a capital: a brand's spelling, a legal form, letters read one by one. */
function businessSpelling(word: string, at: number): string | undefined {
  const brand = brandSpelling(word);
  if (brand !== undefined) return brand;
  if (at > 0 && LEGAL_FORM_SPELLING[word] !== undefined) return LEGAL_FORM_SPELLING[word];
  return ACRONYM_WORD.test(word) || LETTERS_AND_AMPERSAND.test(word) || (TWO_LETTERS.test(word) && !COMMON_TWO_LETTERS.has(word)) ? word.toUpperCase() : undefined;
}

/** "at&t", "b&q", "m&s": letters joined by "&" are read letter by letter. */
const LETTERS_AND_AMPERSAND = /^[a-z]{1,3}&[a-z]{1,3}$/;
/** "ee", "ag": a word of two letters in a business's name is letters, unless it is an English word. */
const TWO_LETTERS = /^[a-z]{2}$/;
const COMMON_TWO_LETTERS = new Set('am an as at be by co do go he hi if in is it me my no of oh ok on or so to up us we ye'.split(' '));
/** Legal forms with their own spelling, after the name ("ryanair dac", "müller gmbh"); those without a vowel or of two letters are read letter by letter anyway. */
const LEGAL_FORM_SPELLING: Readonly<Record<string, string>> = { gmbh: 'GmbH', dac: 'DAC', sarl: 'SARL', sas: 'SAS', ohg: 'OHG' };

/** The case with the names a letter shows (the writer's, the business's, its contact's, the card issuer's) capitalised; the same object when none needs it. */
/** A word of three letters or more typed twice in a row ("team team"), as a slip of the keyboard. */
const TYPED_TWICE = onFirstUse(() => /(?<![\p{L}'’-])(\p{L}{3,})(?:\s+\1)+(?![\p{L}'’-])/giu);

export function withNamesCapitalised<C extends ResolvedCase>(c: C): C {
  const name = capitalisedName(c.sender.name);
  // "IRONCORE FITNESS": a name typed all in capitals is written as the greeting writes it ("Ironcore Fitness"), never shouted.
  const company = inNormalLetters(capitalisedName(c.recipient.company, true)!);
  // "some lad called dave": only the name after "called" is a name.
  // "complaints team team": a word typed twice over is said once.
  const typedContact = c.recipient.contact?.replace(TYPED_TWICE(), '$1');
  const described = typedContact && /^(.*?\b(?:called|named)\s+)(\S.*)$/i.exec(typedContact);
  const parts = !described && typedContact ? nameAndRole(typedContact) : undefined;
  const contact = described
    ? described[1] + capitalisedName(described[2])
    : parts
      ? parts.nameFirst ? `${capitalisedName(parts.name)} ${parts.role}` : `${parts.role} ${capitalisedName(parts.name)}`
      : capitalisedName(typedContact);
  const issuer = capitalisedName(c.card.issuer, true);
  const story = companyInStory(c, company!);
  if (name === c.sender.name && company === c.recipient.company && contact === c.recipient.contact && issuer === c.card.issuer && !story.story) return c;
  return {
    ...c,
    sender: { ...c.sender, name: name! },
    recipient: { ...c.recipient, company: company!, ...(contact !== undefined && { contact }) },
    card: { ...c.card, ...(issuer !== undefined && { issuer }) },
    ...story,
  };
}

/** Words after a business's name that say its legal form: "speedy removals ltd" is "speedy removals" in a story. */
export const LEGAL_FORM_TAIL = /\s+(?:ltd\.?|limited|plc|llc|l\.l\.c\.|inc\.?|incorporated|corp\.?|co\.?|pty\.?(?:\s+ltd\.?)?|gmbh|sarl|sas|s\.l\.|sl|s\.a\.|sa)$/i;

/**
 * The first word of a business's name, typed alone in small letters in the story ("we booked
 * jetstar" for "Jetstar Removals Ltd"), when it is no English word ("castle" of "Castle Lets"
 * may be the writer's castle): how the name writes it. Empty when the story does not type it.
 */
function nameWordInStory(written: string, texts: readonly (string | undefined)[]): string[][] {
  const first = /^([A-Z][a-z]{3,})\s/.exec(written)?.[1];
  const word = first?.toLowerCase();
  // Only a story that types the word (a quick look) asks the list of common words.
  if (word === undefined || !texts.some((text) => text?.includes(word))) return [];
  const stems = [word, word.replace(/(?:e?s|ing|ed|er)$/, '')];
  return stems.some((stem) => isCommonWord(stem)) ? [] : [[word, first!]];
}

/**
 * The business's name typed in capitals in the story ("JETSTAR cancelled") where the case writes
 * it in normal letters ("Jetstar"): written as the case writes it. A single word that is also an
 * everyday word ("NEXT", "NOW") may be the writer stressing it, and is left to the tone check.
 */
function nameInCapitals(written: string, texts: readonly (string | undefined)[]): string[][] {
  if (written === written.toUpperCase() || !texts.some((text) => text !== undefined && /[A-Z]{3}/.test(text))) return [];
  const name = written.replace(LEGAL_FORM_TAIL, '');
  const first = /^[A-Z][a-z]{2,}(?=\s)/.exec(name)?.[0];
  return [name, ...(first !== undefined ? [first] : [])]
    .filter((form) => /[a-z]/.test(form) && (/\s/.test(form) || !isCommonWord(form.toLowerCase())))
    .map((form) => [form.toUpperCase(), form]);
}

/** A word with a capital inside ("ParcelDash", "QuickFix"): a brand's name, however it is used. */
const INNER_CAPITAL_WORD = /\b[A-Z][a-z]+[A-Z][A-Za-z]*\b/g;

/**
 * Another firm the case names with its own capitals (a contact's "ParcelDash", a receipt for
 * "QuickFix"), typed in small letters in the story ("parceldash lost it"): written as the case
 * writes it. Only a name with a capital inside, which no everyday word has.
 */
function brandsNamedElsewhere(c: ResolvedCase, texts: readonly (string | undefined)[], written: string): string[][] {
  const elsewhere = [...texts, written, c.recipient.contact, c.purchase.item, ...c.contacts.map((item) => item.who), ...c.evidence].filter((text): text is string => text !== undefined);
  const found = new Map<string, string>();
  const keep = (word: string) => !found.has(word.toLowerCase()) && found.set(word.toLowerCase(), word);
  for (const text of elsewhere) for (const word of text.match(INNER_CAPITAL_WORD) ?? []) keep(word);
  // "PCB" here, "pcb" there: letters the case writes as an acronym, where they are no everyday word.
  for (const text of elsewhere) for (const word of text.match(ACRONYM) ?? []) if (!isCommonWord(word.toLowerCase())) keep(word);
  // "unit B-114" as the reference writes it, "unit b-114" as the story types it.
  for (const part of c.purchase.reference?.match(CODE) ?? []) if (/[A-Z]/.test(part)) keep(part);
  if (found.size === 0) return [];
  const story = texts.filter((text): text is string => text !== undefined).join('\n');
  const lower = story.toLowerCase();
  const forms: string[][] = [];
  for (const [key, name] of found) {
    // Each way the story types it other than the case's own: "parceldash", "stackSafe".
    for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + 1)) {
      const typed = story.slice(at, at + key.length);
      if (typed !== name && !forms.some(([form]) => form === typed)) forms.push([typed, name]);
    }
  }
  return forms;
}

/** A word in capitals alone, of two to five letters ("PCB", "SIM"). */
const ACRONYM = /(?<![\w\u00C0-\u024F-])[A-Z]{2,5}(?![\w\u00C0-\u024F-])/g;
/** A reference's part that holds letters and digits ("B-114", "HV55120"). */
const CODE = /(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)*(?![\w-])/g;

/**
 * A business's name typed in small letters ("speedy removals") is written with its capitals in
 * the letter, in the writer's story too ("I booked Speedy Removals"); so is a name written with
 * capitals in the case but typed in small letters in the story ("through castle lettings" for
 * "Castle Lettings Ltd"). Only a name of two words or more: one word in small letters ("next",
 * "argos") may be an ordinary word in a sentence.
 */
function companyInStory(c: ResolvedCase, company: string): Partial<Pick<ResolvedCase, 'story' | 'contacts' | 'request'>> {
  const typed = c.recipient.company.trim();
  const written = company.trim();
  const short = typed.replace(LEGAL_FORM_TAIL, '');
  // A word of the name with a capital inside ("SkyLark" of "SkyLark Air") is the business too, typed alone.
  const brandWords = (written.match(/\b[A-Z][a-z]+[A-Z][A-Za-z]*\b/g) ?? []).map((word) => [word.toLowerCase(), word]);
  // A name of one word is a business in the story only where it cannot be an ordinary word: read letter by letter ("bt", "at&t").
  const lettersOnly = !/\s/.test(typed) && typed === typed.toLowerCase() && written === written.toUpperCase() && written !== typed;
  const { story, contacts, request } = c;
  const texts = [story.circumstances, story.impact, request.correction, request.reason, ...story.expectations, ...story.outcome, ...contacts.map((item) => item.result)];
  const forms = [[typed.toLowerCase(), written], ...(short !== typed ? [[short.toLowerCase(), written.slice(0, short.length)]] : [])]
    .filter(([form, name]) => (form!.split(/\s+/).length >= 2 || lettersOnly) && form !== name)
    .concat(brandWords.filter(([form]) => form !== typed.toLowerCase() || !/\s/.test(typed)))
    .concat(nameWordInStory(written, texts))
    .concat(nameInCapitals(written, texts))
    .concat(brandsNamedElsewhere(c, texts, written));
  if (forms.length === 0) return {};
  const firstWords = forms.map(([form]) => form!.split(/\s+/)[0]!);
  // Most stories never name the business in small letters: nothing is changed, nothing copied.
  if (!texts.some((text) => text !== undefined && firstWords.some((word) => text.includes(word)))) return {};
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\w\\u00C0-\\u024F])(?:${forms.map(([form]) => escaped(form!)).join('|')})(?![\\w\\u00C0-\\u024F])`, 'g');
  const byForm = new Map(forms.map(([form, name]) => [form!.replace(/\s+/g, ' '), name!]));
  const fix = <T extends string | undefined>(text: T): T => (text === undefined ? text : (text.replace(pattern, (found) => byForm.get(found.replace(/\s+/g, ' ')) ?? found) as T));
  const fixed = texts.map(fix);
  if (fixed.every((text, i) => text === texts[i])) return {};
  return {
    story: { ...story, circumstances: fix(story.circumstances), expectations: story.expectations.map(fix), outcome: story.outcome.map(fix), impact: fix(story.impact) },
    contacts: contacts.map((item) => (item.result === undefined ? item : { ...item, result: fix(item.result) })),
    request: { ...request, ...(request.correction !== undefined && { correction: fix(request.correction) }), ...(request.reason !== undefined && { reason: fix(request.reason) }) },
  };
}

// --- The reader ---------------------------------------------------------------------------

/** "Rachel Green MCSP", "Anna Kowalski PhD": letters after a name are not part of it. */
function withoutPostNominals(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && /^([A-Z\u00C0-\u00D6\u00D8-\u00DE]{2,}(?:[a-z]{1,2}[A-Z]*)*|[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F.]*\.|PhD|MSc|BSc|BA|MA|MD|Esq\.?|Jr\.?|Sr\.?|II|III|IV)[,.]?$/.test(words[end - 1]!)) end--;
  return words.slice(0, end);
}

/** The surname with its particles: "Seán Ó Briain" -> "Ó Briain", "Ana de la Cruz" -> "de la Cruz". */
function surname(names: string[]): string {
  let start = names.length - 1;
  while (start > 1 && /^(ó|o'|mac|mc|mhic|ní|nic|ui|uí|de|del|della|der|den|di|da|das|dos|du|la|le|van|von|ter|ten|st\.?|bin|ibn|al|el)$/i.test(names[start - 1]!)) start--;
  return names.slice(start).join(' ');
}

/** Small words that join a name to a job or a team: "Dave in accounts", "Brandon from your retention team". */
const JOINING_WORD = /^(?:the|your|our|their|a|an|from|in|at|of|on|for|with|and|&)$/;
/** Joining words after which the rest tells where the person works, whatever its words: "from your retention team". */
const WHERE_WORD = /^(?:from|in|at|of|on|with)$/;
/** A word a name may be made of: letters, an apostrophe or a hyphen ("O'Brien", "Anne-Marie"), or a title ("Mr."). */
const NAME_WORD = onFirstUse(() => /^[\p{L}][\p{L}'’-]*\.?$/u);

function describesAJob(word: string): boolean {
  const w = word.toLowerCase();
  return JOINING_WORD.test(w) || ROLE_WORDS.test(w) || TEAM_WORDS.test(w) || ROLE_QUALIFIER.test(w);
}

/**
 * A person typed with their job, in either order and in any case: "gary the owner", "the owner
 * gary", "mr hartley the owner", "Dave in accounts", "site manager dana price". Undefined when
 * the words are not a name beside a job ("Customer Services", "Acme Support").
 */
export function nameAndRole(text: string): { name: string; role: string; nameFirst: boolean } | undefined {
  // A batch writes to the same person or team again and again.
  return remembered(namesAndRoles, text, () => splitNameAndRole(text) ?? null, 1000) ?? undefined;
}

const namesAndRoles = new Map<string, { name: string; role: string; nameFirst: boolean } | null>();

function splitNameAndRole(text: string): { name: string; role: string; nameFirst: boolean } | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || !words.every((word) => /^[\p{L}&][\p{L}'’.&-]*$/u.test(word))) return undefined;
  const isRole = (word: string) => ROLE_WORDS.test(word.toLowerCase());
  const isPlace = (word: string) => isRole(word) || TEAM_WORDS.test(word.toLowerCase());
  let first = 0;
  while (first < words.length && !describesAJob(words[first]!) && NAME_WORD().test(words[first]!)) first++;
  if (first >= 1 && first <= 4 && first < words.length) {
    const rest = words.slice(first);
    // "Gary Hartley Owner" is a person; "Acme Support" is a team, not someone called Acme.
    const job = rest.every(describesAJob) ? rest.some(isRole) || (WHERE_WORD.test(rest[0]!.toLowerCase()) && rest.some(isPlace)) : WHERE_WORD.test(rest[0]!.toLowerCase()) && rest.some(isPlace);
    // One word straight before the job is the job's own ("Academic Director", "Clinical Lead"), not a name: a name comes with "the" ("Gary the owner") or in full ("Gary Hartley Owner").
    const jobTitle = first === 1 && !rest.some((word) => JOINING_WORD.test(word.toLowerCase()));
    if (job && !jobTitle) return { name: words.slice(0, first).join(' '), role: rest.join(' '), nameFirst: true };
  }
  let last = words.length;
  while (last > 0 && !describesAJob(words[last - 1]!) && NAME_WORD().test(words[last - 1]!)) last--;
  if (last >= 1 && last < words.length && words.length - last <= 3) {
    const lead = words.slice(0, last);
    if (lead.every(describesAJob) && ROLE_LAST.test(lead[lead.length - 1]!.toLowerCase())) return { name: words.slice(last).join(' '), role: lead.join(' '), nameFirst: false };
  }
  return undefined;
}

/** What the writer typed about the reader, as a greeting's name: "Mr Reilly", "Baggage Claims team", "Rick". */
/** A contact that names nobody: a greeting typed in ("Dear Sir", "To whom it may concern"), or a placeholder ("n/a"). */
const NOBODY_NAMED = /^(?:(?:dear|to)\s+)?(?:sir(?:s|\s*(?:\/|or|and)\s*madam)?|madam(?:\s*(?:\/|or|and)\s*sir)?|whom it may concern|to whom it may concern|n\s*\/\s*a|none|unknown|not known|no name|nobody|no one|-+|\?+)[.,:;!]*$/i;

/** "the manager Kev", "site manager Dana Price": a job in small letters, then a name with its capitals. */
const ROLE_THEN_NAME = /^(?:(?:the|your|their)\s+)?((?:[a-z]+\s+)*?[a-z]+)\s+([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]+(?:\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]+)*)$/;

/**
 * The job and the name of someone typed as "the manager Kev"; whether the job is one is the
 * caller's to say. "an agent called Kyle" is described, not named by a job.
 */
export function roleThenName(text: string): { role: string; name: string } | undefined {
  const m = ROLE_THEN_NAME.exec(text);
  return m && !/\b(?:a|an|called|named|from|at|of|by)\b/.test(m[1]!) ? { role: m[1]!, name: m[2]! } : undefined;
}

/** The name a greeting gives the person or team written to ("Mr. Reilly", "Customer Services"); undefined when nobody is named. */
export function addresseeName(contact: string, locale: string): string | undefined {
  // A batch writes to the same person or team again and again.
  return rememberedIn(addressees, locale, contact, () => nameOf(jobsSpelledOut(withoutHandles(contact)), locale) ?? null, 1000) ?? undefined;
}

/** Jobs typed short in a contact ("service mgr Greg Holloway", "asst mgr"), as an address writes them. */
const JOB_SHORT: Readonly<Record<string, string>> = { mgr: 'manager', mngr: 'manager', mgt: 'management', mgmt: 'management', asst: 'assistant', dept: 'department', supv: 'supervisor', supvr: 'supervisor', svc: 'service', svcs: 'services', cust: 'customer', tech: 'technician', techs: 'technicians', admin: 'administrator' };

function jobsSpelledOut(contact: string): string {
  return contact.replace(/[A-Za-z]+\.?/g, (word) => {
    const full = JOB_SHORT[word.replace(/\.$/, '').toLowerCase()];
    // Typed in capitals ("IT Admin"), it may be a name or initials: kept.
    return full === undefined || /^[A-Z]{2,}/.test(word) ? word : /^[A-Z]/.test(word) ? full.charAt(0).toUpperCase() + full.slice(1) : full;
  });
}

/** Trades a person is known by in a shop or on a job, before their name: "the technician Hemi", "driver Sam". */
const TRADE = /^(?:technician|engineer|mechanic|fitter|installer|plumber|electrician|driver|builder|decorator|roofer|cleaner|instructor|trainer|coach|tutor|stylist|therapist|surveyor|courier)$/;

/** "@blackharbourtattoo bookings team", "sales@acme.com": a handle, an e-mail or a web address is where to write, not whom to greet. */
const HANDLE = /(?:^|\s)(?:@[\w.]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+)(?=\s|$)/gi;

function withoutHandles(contact: string): string {
  return contact.includes('@') || contact.includes('www.') || contact.includes('://') ? contact.replace(HANDLE, ' ').replace(/\s+/g, ' ').trim() : contact;
}

const addressees = new Map<string, Map<string, string | null>>();

/** Words, then words in brackets at the end: "the office manager (Trish)". */
const BRACKETED_NAME = /^(.*\S)\s*[([]\s*([^()[\]]+?)\s*[)\]]$/;

/** One or two capitalised words, or a title and a name: "Trish", "Dana Price", "Mr Patel"; never a role or a team ("Sales"). */
function isPersonsName(text: string): boolean {
  const words = text.split(/\s+/);
  const named = TITLES.test(words[0]!) ? words.slice(1) : words;
  return (
    named.length >= 1 &&
    named.length <= 2 &&
    named.every((word) => /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+$/.test(word)) &&
    !ROLE_WORDS.test(text.toLowerCase()) &&
    !TEAM_WORDS.test(text.toLowerCase())
  );
}

/** Someone described, not named: "the lady at reception", "a guy on the phone". */
const SOMEONE_UNNAMED = /^(?:the|a|an|some|this|that|one)\s+(?:(?:young|older|nice|other)\s+)?(?:lady|man|woman|guy|girl|boy|bloke|chap|person|fella|fellow|lad|gentleman|gent|someone|somebody|employee|worker|member\s+of\s+staff)\b(?!.*\b(?:called|named)\b)/i;

/** "boss mick hartley", "Owner Gary": a job that is never part of a title, then a name. */
const LOWER_ROLE_THEN_NAME = /^(?:boss|owner|manager|landlord|landlady|proprietor|foreman|supervisor)\s+[A-Za-z\u00C0-\u024F'’-]+(?:\s+[A-Za-z\u00C0-\u024F'’-]+)?$/i;

function nameOf(contact: string, locale: string): string | undefined {
  if (NOBODY_NAMED.test(contact.trim()) || SOMEONE_UNNAMED.test(contact.trim())) return undefined;
  // "some lad called Dave", "a woman named Priya": the name is what follows; a greeting typed in ("Dear Mr Reilly") is not part of it.
  // "Claims Department, Attn: Ms. Dolores Baptiste": the person named for attention is the reader.
  const attention = /(?:^|[\s,;(])(?:attn|attention|fao|for the attention of)[:.]?\s+(\S.*?)\)?$/i.exec(contact.trim());
  if (attention && attention.index > 0) return nameOf(attention[1]!, locale);
  const described = contact
    .trim()
    // "Tom @ Keys and Co": the person, at the business.
    .replace(/\s+@\s+\S.*$/, '')
    .replace(/^(?:dear|hi|hello)\s+(?=\S)/i, '')
    .replace(/^.*?\b(?:called|named|by the name of)\s+(?=\S)/i, '');
  // A role, then the name in brackets ("the office manager (Trish)", "Customer Services (Mr Patel)"): the name is the greeting's.
  const bracketed = BRACKETED_NAME.exec(described);
  if (bracketed && (ROLE_WORDS.test(bracketed[1]!.toLowerCase()) || TEAM_WORDS.test(bracketed[1]!.toLowerCase())) && isPersonsName(bracketed[2]!)) {
    return nameOf(bracketed[2]!, locale);
  }
  // A role before the name ("the owner, Mr. Vo", "Manager - Dana Price"): the name is the greeting's.
  const [first, second] = described.split(/\s*(?:,|\s[-–—]\s)\s*/, 2);
  const roleFirst = second !== undefined && /^(?:(?:the|a|an|your|our)\s+)?[\w\s&.'’-]+$/i.test(first!) && (ROLE_WORDS.test(first!.toLowerCase()) || TEAM_WORDS.test(first!.toLowerCase())) && (TITLES.test(second.split(/\s+/)[0]!) || isPersonsName(second.replace(/\s*[([].*$/, '').trim()));
  // Notes after the name ("Sam (branch manager)", "Joan Price, Lettings Manager", "Tom - site lead") are not part of it.
  let name = (roleFirst ? second! : described)
    .replace(/\s*[([].*$/, '')
    .replace(/\s*(,|\s[-–—]\s|\/).*$/, '')
    .replace(/^(attn|attention|fao|for the attention of)[:.]?\s+/i, '')
    .trim();
  if (name === '') return undefined;
  name = nameAndRole(name)?.name ?? name;
  const words = name.split(/\s+/);
  // "Mr. and Mrs. Davies", "Mr & Mrs J Davies": both are greeted, by the surname they share.
  const couple = /^(\S+)\s+(?:and|&)\s+(\S+)\s+(\S.*)$/i.exec(name);
  if (couple && TITLES.test(couple[1]!) && TITLES.test(couple[2]!)) {
    const [one, other] = [couple[1]!, couple[2]!].map((typed) => {
      const title = typed.replace(/\.$/, '');
      const proper = title.charAt(0).toUpperCase() + title.slice(1).toLowerCase();
      return /^(mr|mrs|ms|dr|mx)$/i.test(title) && isAmerican(locale) ? `${proper}.` : proper;
    });
    const rest = withoutPostNominals(couple[3]!.split(/\s+/)).filter((word, i, all) => !/^[A-Z]\.?$/.test(word) || all.length === 1);
    if (rest.length > 0) return `${one} and ${other} ${inNormalCase(surname(rest))}`;
  }
  // "Ms Lee and Mr Park": two people, each by their own surname.
  const pair = /^(\S+)\s+(\S+)\s+(?:and|&)\s+(\S+)\s+(\S+)$/.exec(name);
  if (pair && TITLES.test(pair[1]!) && TITLES.test(pair[3]!) && !TITLES.test(pair[2]!)) {
    const [one, other] = [pair[1]!, pair[3]!].map((typed) => {
      const title = typed.replace(/\.$/, '');
      const proper = title.charAt(0).toUpperCase() + title.slice(1).toLowerCase();
      return /^(mr|mrs|ms|dr|mx)$/i.test(title) && isAmerican(locale) ? `${proper}.` : proper;
    });
    return `${one} ${inNormalCase(pair[2]!)} and ${other} ${inNormalCase(pair[4]!)}`;
  }
  if (TITLES.test(words[0]!)) {
    const title = words[0]!.replace(/\.$/, '');
    const proper = title.charAt(0).toUpperCase() + title.slice(1).toLowerCase();
    const short = /^(mr|mrs|ms|dr|mx|prof|rev)$/i.test(title) && isAmerican(locale) ? `${proper}.` : proper;
    const rest = withoutPostNominals(words.slice(1)).filter((word) => !/^[A-Z]\.?$/.test(word) || words.length <= 2);
    if (rest.length === 0) return undefined;
    if (/^(sir|dame)$/i.test(title)) return `${proper} ${inNormalCase(rest[0]!)}`; // Sir Keir, Dame Judi
    return `${short} ${inNormalCase(surname(rest))}`;
  }
  if (/^(the|a|an)\s/i.test(name)) name = name.replace(/^(the|a|an)\s+/i, '');
  // "manager Kev", "site manager Dana Price": a role in small letters, then the name.
  const leadingRole = roleThenName(name);
  if (leadingRole && (ROLE_WORDS.test(leadingRole.role) || TRADE.test(leadingRole.role))) name = leadingRole.name;
  // "technician hemi", all in small letters: the trade, then the name.
  else if (TRADE.test(name.split(/\s+/)[0]!.toLowerCase()) && /^\S+\s+[A-Za-z\u00C0-\u024F'’-]+$/.test(name)) name = name.replace(/^\S+\s+/, '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  // "boss mick hartley", all in small letters: the job, then the name.
  else if (LOWER_ROLE_THEN_NAME.test(name) && !ROLE_WORDS.test(name.replace(/^\S+\s+/, '').toLowerCase()) && !TEAM_WORDS.test(name.toLowerCase())) {
    name = name.replace(/^\S+\s+/, '').replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  }
  // "Team Leader Jess", "Store Manager Dana Price": a job with its capitals, then the name.
  const parts = name.split(/\s+/);
  let lastRole = -1;
  parts.forEach((word, i) => {
    if (ROLE_WORDS.test(word.toLowerCase())) lastRole = i;
  });
  const after = parts.slice(lastRole + 1);
  if (lastRole >= 0 && after.length >= 1 && after.length <= 2 && after.every((word) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) && !ROLE_WORDS.test(word.toLowerCase()) && !TEAM_WORDS.test(word.toLowerCase()))) name = after.join(' ');
  // "Sue & Graham": two people, as a letter names them.
  name = name.replace(/^(\S+)\s+&\s+(\S+)$/, '$1 and $2');
  // "Service Manager", "Head of Customer Services": a person by their role, though a team's word is in it.
  const roleLast = ROLE_LAST.test(name.toLowerCase()) || /^head\s+of\b/i.test(name);
  if (TEAM_WORDS.test(name.toLowerCase()) && !roleLast) {
    // A department's name in Title Case ("Customer Services", "Complaints Department"); small
    // words are left as the writer typed them, and "team", which says what it is, is written
    // in small letters, as a greeting adds it ("Dear Events team", "Dear Customer Services team").
    const team = name.replace(/\bdept\.?$/i, 'department').replace(/[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’-]*/g, (word, at: number) =>
      at > 0 && /^team$/i.test(word) ? 'team' : at > 0 && /^(of|and|for|the|to|on|in|at)$/i.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    );
    return /\b(team|department|office|desk|centre|center|unit)$/i.test(team) ? team : `${team} team`;
  }
  if (ROLE_WORDS.test(name.toLowerCase())) return name.replace(/[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'’-]*/g, (word, at: number) => (at > 0 && JOINING_WORD.test(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)));
  return inNormalCase(name);
}

/** A person's name typed in capitals ("ANGELA"), as a greeting writes it: "Angela". Initials ("JB") stay. */
function inNormalCase(name: string): string {
  return name.replace(/[A-Z\u00C0-\u00DE]{3,}/g, (word, at: number) => (at > 0 && /[A-Za-z\u00C0-\u024F]/.test(name.charAt(at - 1)) ? word : word.charAt(0) + word.slice(1).toLowerCase()));
}

/** A role or team typed in small letters, as an address writes it: "lettings manager" -> "Lettings Manager". */
function inTitleCase(text: string): string {
  return text.replace(/[\p{L}][\p{L}'’-]*/gu, (word, at: number) => (at > 0 && JOINING_WORD.test(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)));
}

/**
 * The person or team written to, as the first lines of a postal address: "Ms Joan Price" and
 * "Lettings Manager" for "Ms Joan Price, Lettings Manager"; "Trish" and "Office Manager" for
 * "the office manager (Trish)"; a team as typed ("Customer Services team"). Nothing for someone
 * described but not named ("the lady at reception"): the business's name heads the address.
 */
export function addressedTo(contact: string | undefined, locale: string): string[] {
  const typed = contact === undefined ? undefined : jobsSpelledOut(withoutHandles(contact.trim()));
  if (!typed) return [];
  const greeted = addresseeName(typed, locale);
  if (!greeted) return [];
  const capitals = (text: string) => text.replace(/[\p{L}][\p{L}'’-]*/gu, (word, at: number) => (at > 0 && NAME_PARTICLE.test(word)) || !/^\p{Ll}/u.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1));
  if (!isPersonsName(capitals(greeted))) return [typed.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())];
  // The name as typed, given name and all ("Mr Tom Reilly"), from the part of the contact that holds the greeting's surname.
  const surname = greeted.split(/\s+/).at(-1)!.toLowerCase();
  const described = typed.replace(/^(?:dear|hi|hello)\s+(?=\S)/i, '').replace(/^(?:attn|attention|fao|for the attention of)[:.]?\s+/i, '');
  const bracketed = BRACKETED_NAME.exec(described);
  const parts = bracketed ? [bracketed[1]!, bracketed[2]!] : described.split(/\s*(?:,|\s[-–—]\s)\s*/);
  const at = parts.findIndex((part) => part.toLowerCase().split(/[\s.]+/).includes(surname));
  if (at === -1) return [greeted];
  let name = parts[at]!.replace(/^.*?\b(?:called|named|by the name of)\s+(?=\S)/i, '').replace(/^(?:the|a|an)\s+/i, '');
  let role = parts.filter((_, i) => i !== at).join(', ');
  const split = nameAndRole(name) ?? (() => {
    const lead = roleThenName(name);
    return lead && ROLE_WORDS.test(lead.role) ? lead : undefined;
  })();
  if (split) {
    name = split.name;
    role ||= split.role;
  }
  // "Dana at the front desk": what follows the name says where they work, not who they are.
  name = name.replace(/\s+(?:at|from|in|of|on|with)\s.*$/i, '');
  if (!name.split(/\s+/).every((word) => NAME_WORD().test(word))) return [greeted];
  name = capitals(name);
  // "from your retention team" is the Retention Team; "at the front desk" the Front Desk.
  const job = role.replace(/^(?:(?:at|from|in|of|on|with)\s+)?(?:(?:the|your|our|their|a|an)\s+)?/i, '');
  const isJob = job !== '' && /^[\p{L}\s&'’-]+$/u.test(job) && (ROLE_WORDS.test(job.toLowerCase()) || TEAM_WORDS.test(job.toLowerCase()));
  return isJob ? [name, inTitleCase(job)] : [name];
}

/** A card's scheme and what follows it, or its kind or product, at the end of an issuer's name: "First Bank Visa", "TD Aeroplan Visa Infinite", "Acme Credit Card", "Chase Sapphire Preferred". */
const CARD_WORDS =
  /\s+(?:visa|mastercard|maestro|amex|american\s+express|discover)\b.*$|(?:\s+(?:credit|debit|charge|rewards|cash\s?back|card|cards|gold|platinum|green|sapphire|preferred|reserve|freedom|flex|unlimited|venture|quicksilver|savor|everyday|infinite|signature|world|elite|premier|travel|aeroplan|avion|student|secured|custom|customized|customised|blue|it|cash|active|double|autograph|reflect|simplicity|diamond|premium|miles|points))+$/i;

/** A business's legal form at the end of its name, which a greeting leaves out: "TixNow Inc." -> "TixNow". */
const LEGAL_FORM = /,?\s+(?:inc|incorporated|llc|l\.l\.c|ltd|limited|plc|corp|corporation|co|company|pty(?:\s+ltd)?|llp|lp|ulc)\.?$/i;

/**
 * A business's name typed all in capitals, as a greeting writes it: "NORDHAUS LIVING" -> "Nordhaus
 * Living". Short words stay as typed ("BMW UK", "TD"): they may be initials.
 */
function inNormalLetters(name: string): string {
  const words = name.split(/\s+/);
  const shortWord = (word: string) => /^[A-Z]{2,3}$/.test(word) && /[AEIOUY]/.test(word) && !SHORT_LETTERS.has(word) && isCommonWord(word.toLowerCase());
  // "IKEA", "ASOS": a brand written in capitals stays so.
  const longWord = (word: string) => /^\p{Lu}{4,}$/u.test(word) && !ACRONYMS.has(word);
  if (words.length < 2 || name !== name.toUpperCase() || (!words.some(longWord) && words.filter(shortWord).length < 2)) return name;
  return words
    .map((word, i) => {
      if (longWord(word)) return LEGAL_FORM_WRITTEN[word] ?? word.charAt(0) + word.slice(1).toLowerCase();
      // "PTY LTD", "THE", "CAR": a legal form and a short everyday word are words too; other short ones may be letters ("BMW", "UK").
      if (!/^[A-Z]{2,3}$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (LEGAL_FORM_WRITTEN[word] !== undefined) return i > 0 ? LEGAL_FORM_WRITTEN[word] : word;
      if (i > 0 && /^(?:the|and|of|for|at|by|on|in|to)$/.test(lower)) return lower;
      return shortWord(word) ? word.charAt(0) + lower.slice(1) : word;
    })
    .join(' ');
}

/** Legal forms after a business's name typed in capitals, as they are written ("SPEEDY REMOVALS PTY LTD" -> "Speedy Removals Pty Ltd"). */
const LEGAL_FORM_WRITTEN: Readonly<Record<string, string>> = { LTD: 'Ltd', PTY: 'Pty', INC: 'Inc', CORP: 'Corp', CO: 'Co', GMBH: 'GmbH', LIMITED: 'Limited' };
/** Short words in a business's name that are letters read one by one though they spell a word. */
const SHORT_LETTERS = new Set(['AXA', 'AIG', 'EDF', 'SSE', 'TUI', 'ABC', 'NBC', 'CBS', 'BBC', 'ITV', 'AOL', 'IBM', 'HP', 'BP', 'EE', 'O2', 'AA', 'RAC', 'AO', 'JD', 'DIY', 'IT', 'US', 'UK', 'USA', 'TV', 'PC', 'AV', 'AC', 'DC']);

export function greetingFor(c: ResolvedCase): string {
  // A card dispute goes to the card issuer, whoever reads it there: the greeting the writer
  // chose for the business ("Hi Mike") is not for the bank.
  const dispute = c.letter.stage === 'card-dispute';
  if (c.letter.greeting && !dispute) return c.letter.greeting.trim().replace(/[,:;]+$/, '');
  const contact = dispute ? undefined : c.recipient.contact;
  const name = contact ? addresseeName(contact, c.letter.locale) : undefined;
  if (name) return `Dear ${name}`;
  const business = dispute ? (c.card.bank ?? c.card.issuer) : c.recipient.company;
  if (isAmerican(c.letter.locale) && business) {
    // The issuer, not its card: "First Bank Visa" is First Bank's customer service.
    // A note in brackets ("NorthPeak Outdoor (online store)") is not part of the name greeted.
    const team = inNormalLetters(business.replace(/\s*[([][^()[\]]*[)\]]/g, ' ').trim().replace(LEGAL_FORM, ''));
    const issuer = dispute ? team.replace(CARD_WORDS, '').replace(CARD_WORDS, '').replace(/^amex$/i, 'American Express') : '';
    const named = issuer || team;
    // "Acme Customer Service", "Acme Support": the name says already who reads it.
    return /\b(?:customer\s+(?:service|services|care|support|relations)|support|help\s*desk|service\s+team)$/i.test(named) ? `Dear ${named}` : `Dear ${named} Customer Service`;
  }
  // A card issuer not named, in a letter written the American way: its customer service, without a name.
  if (isAmerican(c.letter.locale)) return 'Dear Customer Service team';
  return 'Dear Sir or Madam';
}

export function signOffFor(c: ResolvedCase, greeting: string): string {
  if (c.letter.signOff && c.letter.stage !== 'card-dispute') return c.letter.signOff.trim().replace(/[,:;]+$/, '');
  if (isAmerican(c.letter.locale)) return 'Sincerely';
  // British convention: "Yours sincerely" only after a person's name; a greeting to nobody named,
  // a role, a team, a department or the business itself ("Dear Baggage Claims team") is answered "Yours faithfully".
  return greetsAPerson(greeting, c.recipient.company) ? 'Yours sincerely' : 'Yours faithfully';
}

/** Whether a greeting names a person ("Dear Mr Hartley", "Hi Rick"), not a role, a team or a business. */
function greetsAPerson(greeting: string, company: string): boolean {
  const typed = greeting.trim();
  // "Dear Sir/Madam", "To whom it may concern", as the writer may type them: nobody is named.
  if (NOBODY_NAMED.test(typed)) return false;
  const greeted = typed.replace(/^(?:dear|hi|hello|to)\s+/i, '').replace(/[,:;!.]+$/, '');
  const first = greeted.split(/\s+/)[0] ?? '';
  if (TITLES.test(first) && greeted.includes(' ')) return true;
  const lower = greeted.toLowerCase();
  if (namesOnlyARole(typed) || TEAM_WORDS.test(lower)) return false;
  const business = company.trim().replace(LEGAL_FORM, '').toLowerCase();
  return greeted !== '' && business !== lower && lower !== company.trim().toLowerCase();
}

/** "Dear Manager", "Dear Store Manager": the reader is known by a role, not by name. */
function namesOnlyARole(greeting: string): boolean {
  const words = greeting.replace(/^Dear\s+/i, '').toLowerCase().split(/\s+/).filter((word) => word !== 'the');
  if (words.length === 0 || TITLES.test(words[0]!)) return false;
  // "Academic Director", "Clinical Lead": a job's title ends with the job, whatever words say which one.
  return ROLE_WORDS.test(words.at(-1)!) || (words.some((word) => ROLE_WORDS.test(word)) && words.every((word) => ROLE_WORDS.test(word) || ROLE_QUALIFIER.test(word) || TEAM_WORDS.test(word) || JOINING_WORD.test(word)));
}

/** Words that say which manager or officer: "Store Manager", "General Manager", "Customer Relations Officer". */
const ROLE_QUALIFIER = /^(?:store|branch|general|site|office|practice|area|regional|account|accounts|customer|client|relations|services|complaints|sales|duty|shop|restaurant|hotel|front|desk|lettings|property|operations|finance|parts|workshop|service|senior|assistant|deputy|head|chief)$/;
