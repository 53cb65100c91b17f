// The writer's own words made to fit a sentence: a noun phrase gets a determiner, a capital
// that only started the answer is lowered, words the writer capitalises elsewhere keep it.
import { withProperNameCapitals } from './proper-names.js';
import type { ResolvedCase } from '../../case/resolve.js';
import { remembered } from '../../util/remember.js';
import { isCommonWord } from './common-words.js';
import { allMatches } from '../../util/matches.js';

// The word lists have no `i` flag and are tested on lower-cased text: V8 compiles an expression
// with `i` several times slower, which a single letter feels. Letters of Latin scripts are plain
// ranges: Unicode property classes (\p{L}) cost a noticeable part of a letter's time to compile,
// and these phrases are English.
const DETERMINERS =
  /^(the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|any|each|every|one|two|three|four|five|six|seven|eight|nine|ten|all|both|several|no)\b/;
export const TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|reverend|fr|father|lord|lady|judge|hon|rabbi|imam|pastor)\.?$/i;
export const TEAM_WORDS =
  /\b(team|teams|department|dept|desk|office|services?|support|claims|care|complaints|relations|resolution|disputes?|helpdesk|help desk|centre|center|unit|group|staff|reception|accounts|billing|sales|bookings|lettings|enquiries|inquiries|returns|refunds|closures|cancellations|retentions?|collections|reservations|repairs|aftercare|after-sales|warranties|memberships?)\b/;
/** A name that ends with a role ("Customer Service Manager") names a person. */
export const ROLE_LAST = /\b(manager|director|officer|owner|supervisor|agent|representative|rep|advisor|adviser|administrator|co-?ordinator|lead|leader|president|ceo|proprietor|landlord|landlady|partner|secretary|clerk|executive|consultant|specialist)$/;
export const ROLE_WORDS =
  /\b(manager|director|officer|owner|supervisor|agent|representative|rep|advisor|adviser|administrator|co-?ordinator|head|lead|leader|president|ceo|proprietor|landlord|landlady|partner|secretary|clerk|executive|consultant|specialist|boss|foreman|bursar|registrar|headteacher|headmaster|headmistress|treasurer|receptionist|accountant|chairman|chairwoman|chairperson)\b/;

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
export const FUNCTION_WORD =
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
  // So does a place, a brand or a month typed in small letters ("lenovo laptop"), however else the writer types it.
  const typedFirst = text.trimStart().charAt(0);
  if (typedFirst !== spaced.charAt(0) && typedFirst === spaced.charAt(0).toLowerCase()) return trimmed;
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
    // "Samsung Galaxy S25 phone": a name of two capitalised words the writer never types in small letters is a product's name.
    const second = words[1]?.replace(/[^A-Za-z\u00C0-\u024F'’-]/g, '') ?? '';
    if (!titleCase && /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]/.test(second) && !use.common.has(second.toLowerCase()) && !FUNCTION_WORD.test(second.toLowerCase())) return trimmed;
    if (!titleCase) return lowered;
    const rest = words.slice(1).map((word) => (/^[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]+$/.test(word) && !use.names.has(word.toLowerCase()) ? word.toLowerCase() : word));
    // A word the writer capitalises elsewhere makes the run a name ("Damage Claims Department"): it stays whole.
    if (rest.some((word, i) => word === words[i + 1] && /^[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]+$/.test(word))) return trimmed;
    return [lower, ...rest].join(' ');
  }
  // "Dublin to Lisbon flight", "Leeds and York": places joined to another name keep their capitals.
  if (/^\S+\s+(?:to|and|&|via|-|–)\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]/.test(trimmed)) return trimmed;
  // Title Case ("Annual Membership Plan") reads as a product's name: leave it be.
  const long = words.filter((word) => /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/.test(word) && word.length > 3);
  if (long.length > 1 && long.every((word) => /^[A-Z\u00C0-\u00D6\u00D8-\u00DE]/.test(word))) return trimmed;
  if (COMMON_ENDING.test(lower) && lower.length > 4) return withTitleRunLowered(lowered, use);
  // A thing's name in sentence case ("Screen replacement") is an ordinary noun when its first
  // word is an everyday English word; otherwise it is a brand's or a name's ("Hotpoint washing
  // machine", "Invisalign treatment"), which keeps its capital.
  return nounPhrase && words.length > 1 && /^[a-z\u00DF-\u00F6\u00F8-\u00FF]/.test(words[1]!) && isCommonWord(lower) ? lowered : trimmed;
}

/** A run of capitalised words (joined by "&", "of", "and", "the"): "Lens & Light Photography", "Castle Terrace". */
const CAPITALISED_RUN = /[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u024F'’-]*(?:\s+(?:&|of|and|the|de|la)?\s*[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u024F'’-]*)*/g;

/**
 * The names in the writer's texts, as they write them: each run of capitalised words not at a
 * sentence's start, unless the writer also writes the same words in lower case.
 */
const INNER_CAPITAL = /\b[A-Z][a-z]+[A-Z][A-Za-z]*\b/g;

export function writtenNames(texts: readonly string[], nameFields: readonly string[] = []): Map<string, string> {
  const names = new Map<string, string>();
  // A name field ("Bruce (owner)", "Ms Dana Price") is a name from its first word.
  const text = [...texts, ...nameFields.map((name) => `to ${name}`)].join('\n');
  const lower = text.toLowerCase();
  for (const m of allMatches(text, CAPITALISED_RUN)) {
    let run = m[0];
    let at = m.index;
    let before = at - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
    // The first word of a sentence has its capital from where it stands, not as a name ("Mr. Bill Carter" is one name).
    if (before < 0 || (/[.!?:;\n"“(]/.test(text[before]!) && !/\b(?:mr|mrs|ms|mx|dr|prof|st)\.$/i.test(text.slice(Math.max(0, before - 5), before + 1)))) {
      const rest = /^\S+\s+(?:(?:&|of|and|the|de|la)\s+)?/.exec(run);
      if (!rest) continue;
      // "Kiwi Build built a deck": a name of the case's own that starts the sentence is that name,
      // not its last words alone ("build" of a "deck build" stays an everyday word).
      if (nameFields.some((name) => name.includes(run))) continue;
      run = run.slice(rest[0].length);
      at += rest[0].length;
    }
    if (run.length < 2 || /^[A-Z\d\W]+$/.test(run) || FUNCTION_WORD.test(run.toLowerCase())) continue;
    // A word with a capital inside ("SkyLark", "PayPal", "FitZone") is a brand's, however often it is typed in small letters.
    for (const word of run.match(INNER_CAPITAL) ?? []) if (!names.has(word.toLowerCase())) names.set(word.toLowerCase(), word);
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
export function withWrittenCapitals(text: string, use: WordUse): string {
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
  // "2 x weekend passes", "x2 tickets": a count, as a sentence writes it.
  const trimmed = text.trim().replace(/[.;:,\s]+$/, '').replace(COUNT_TIMES, '$1$2 ');
  const lowered = trimmed.toLowerCase();
  if (DETERMINERS.test(lowered) && !MEASURED.test(lowered)) return inSentence(trimmed, use, true, true);
  // "fixing my boiler", "cleaning the carpets": what was done, which takes no article.
  if (DOING.test(trimmed)) return inSentence(trimmed, use, true, true);
  // "replace flat roof", "fix leaking shower": the job, typed as what was to be done.
  if (isJobToDo(trimmed)) return `the work to ${inSentence(trimmed, use, true, true)}`;
  // "installation of new boiler": the work is "the installation", and the thing the writer's.
  const work = WORK_OF.exec(trimmed);
  if (work) {
    const object = trimmed.slice(work[0].length);
    const mine = DETERMINERS.test(object.toLowerCase()) || /^\d/.test(object) ? object : `my ${object}`;
    return `the ${inSentence(`${work[0]}${mine}`, use, true, true)}`;
  }
  // "full service on my Ford Focus": one "my" is enough.
  return `${/\b(?:my|our)\b/i.test(trimmed) ? 'the' : 'my'} ${inSentence(trimmed, use, true, true)}`;
}

/** Verbs that name a job by what is to be done ("replace flat roof"); never nouns that name a thing ("service plan", "repair kit"). */
const JOB_VERBS = new Set(
  'replace fix install remove rewire unblock mend paint repaint build rebuild lay tow deliver assemble plaster replaster tile retile decorate redecorate convert renovate refurbish resurface reroof extend prune descale diagnose inspect demolish pave reseal reupholster alter shorten unclog clear drain flush fit supply move hang mount clean'.split(' '),
);
/** Words after such a verb that make it a noun: "fix of", "clean up", "move fee". */
const NOT_A_JOB_NEXT = new Set('of for and or & job jobs work works plan kit service services quote contract package up out off in on fee fees charge charges'.split(' '));

/** A name for a service itself, ending what was bought: "clear aligner treatment", "deep clean session" (the first word describes it). */
const NAMES_A_SERVICE = /\s(?:treatment|treatments|therapy|procedure|session|sessions|course|courses|programme|program|appointment|appointments|lesson|lessons|membership|subscription|package|service|services|plan)$/;

/** What was bought, typed as the job to be done: "replace flat roof on back extension", "fix leaking shower". */
export function isJobToDo(item: string): boolean {
  const trimmed = item.trim();
  const [verb, next] = trimmed.split(/\s+/, 2);
  return next !== undefined && JOB_VERBS.has(verb!.toLowerCase()) && /^[a-z]/.test(next) && !NOT_A_JOB_NEXT.has(next) && !NAMES_A_SERVICE.test(trimmed.toLowerCase());
}

/** "one week car rental", "two-bed flat", "three piece suite": a number that measures the next noun, not a count of what was bought. */
const MEASURED = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:minute|hour|day|night|week|month|year|bed|bedroom|room|seat|seater|piece|storey|story|star|course|way)[\s-][a-z]/;

/** "2 x", "2x", "x2": a count written as a multiplication. */
const COUNT_TIMES = /^(?:(\d+)\s*[x×]|[x×]\s*(\d+))\s+(?=[A-Za-z\u00C0-\u024F])/i;
/** A verb's -ing form followed by what it was done to: "fixing my boiler", "repairing the roof". */
const DOING = /^[A-Za-z]+ing\s+(?:my|our|the|a|an|his|her|their|your|this|that|these|those)\b/i;
/** A word for a piece of work, then "of": "installation of", "replacement of", "repair of", "removal of". */
const WORK_OF = /^(?:[A-Za-z]+(?:tion|sion|ment|al|ing)|repair|repairs|supply and fit|survey|service|servicing|upgrade|refit|fit|fitting)\s+of\s+/i;

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
export const clause = (text: string) => text.trim().replace(/[.;,\s]+$/, '');

/** Months' short forms ("14 aug", "3 sept"). */
export const SHORT_MONTHS = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** Short months that end a date before a full stop (not "mar" or "may", words of their own). */
const PLAIN_SHORT_MONTHS_FOR_STOP = 'jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec';
// Not "no.": the number's "no." comes before a figure, and before a word "no." ends a sentence ("they said no. i then asked…").
const ABBREVIATION = new RegExp(String.raw`\b(e\.g|i\.e|etc|approx|incl|vs|cf|mr|mrs|ms|dr|st|ltd|inc|co|${SHORT_MONTHS})\.$`, 'i');

export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * A month written in lower case beside a day's number ("30 april", "april 30th") or after a word
 * of time ("since august", "until may", "last march"); "may" and "march" alone are verbs and
 * "august" an adjective, the other months and the days of the week are always names.
 */
const TIME_WORDS = 'since|until|till|in|by|from|during|before|after|last|next|early|late|mid|end of|start of|beginning of|for|of|throughout'.replace(/\b[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const CAPITAL_MONTHS = MONTHS.replace(/\b[a-z]/g, (c) => c.toUpperCase());
/** A month joined to one just written with its capital: "September and october", "May–june". */
const MONTH_AFTER_MONTH = new RegExp(String.raw`\b((?:${CAPITAL_MONTHS})(?:,?\s+(?:and|or|to|through|till|until)\s+|\s*[-–,/]\s*))(${MONTHS})\b`, 'g');
const LOWER_MONTH = new RegExp(
  String.raw`\b(\d{1,2}(?:st|nd|rd|th)?\s+|(?:${TIME_WORDS})[\s-]+)(${MONTHS})\b|\b(\d{1,2}(?:st|nd|rd|th)?\s+)(${SHORT_MONTHS})\b|\b(${MONTHS})(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?![-/@])`,
  'g',
);
/** "i" typed for "I" ("and i was told", "(i brought", "i'm"), never "i.e." or a numbered "(i)". */
const LOWER_I = /(?<![\w'’.-])i(?=['’](?:m|ve|d|ll)\b|\s|[,;:!?]|$)/g;
/** Quick test: the text may hold a lower-case month, weekday or "i" (most texts hold none). */
const MAY_NEED_CAPITALS = new RegExp(String.raw`\b(?:i|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTHS}|${SHORT_MONTHS}|christmas|xmas|easter|hanukkah|chanukah|thanksgiving|diwali|ramadan|halloween|eid|new year|boxing day|valentine)\b`);
/** Holidays, names wherever they are ("for christmas", "new year's eve"). */
const HOLIDAY = /\b(?:christmas(?: eve| day)?|xmas|easter(?: sunday| monday)?|hanukkah|chanukah|thanksgiving|diwali|ramadan|halloween|eid|new year['’]s(?: eve| day)?|boxing day|good friday|black friday|cyber monday|valentine['’]s day|mother['’]s day|father['’]s day|st\.? patrick['’]s day)\b/g;

const capitalFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The writer's sentences each start with a capital ("…that week. nobody came" -> "…that week.
 * Nobody came"), and the words English always writes with one ("30 april", "on monday", "i") get theirs.
 */
export function capitalSentences(text: string): string {
  // A pure function of the text, asked for every answer of every letter: a batch repeats answers.
  return remembered(capitalised, text, () => capitalSentencesOf(text), 4096);
}

const capitalised = new Map<string, string>();

function capitalSentencesOf(text: string): string {
  text = capitalNames(text);
  return text.replace(/([.!?])(\s+)([a-z\u00DF-\u00F6\u00F8-\u00FF])/g, (whole, stop: string, space: string, letter: string, at: number) =>
    ABBREVIATION.test(text.slice(Math.max(0, at - 8), at + 1)) && !newSentenceAfterMonth(text, at) ? whole : `${stop}${space}${letter.toUpperCase()}`,
  );
}

/** "on 28 Sept. reported it", "in Aug. had 4 lessons": a short month ends a sentence when a word other than a small joining one follows. */
const DAY_AND_SHORT_MONTH = new RegExp(String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?|in|since|during|early|late|mid|last|this|next|until|till)\s+(?:${PLAIN_SHORT_MONTHS_FOR_STOP})$`, 'i');
function newSentenceAfterMonth(text: string, at: number): boolean {
  if (!DAY_AND_SHORT_MONTH.test(text.slice(Math.max(0, at - 12), at))) return false;
  const next = /^\s+([a-z]+)/.exec(text.slice(at + 1))?.[1] ?? '';
  // "to 9 Sept. and again in Oct." goes on; "9 Oct. they said…" starts a sentence.
  return next !== '' && !/^(?:and|or|but|to|till|until|through|thru|in|on|at|of|for|with|by|from|onwards|as|when|while|before|after|so|then|nor)$/i.test(next);
}

/** The words English always writes with a capital ("30 april", "september", "on monday", "i") given theirs. */
/** Short forms no other word shares ("may" and "mar" can be other words). */
const PLAIN_SHORT_MONTHS = 'jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec';
/** A month before a year ("dec 2025", "march 2026"), or two months joined ("sept or oct", "may to sept"). */
/** A short month before its day ("sept 8", "oct 13th"). */
const SHORT_MONTH_BEFORE_DAY = new RegExp(String.raw`\b(${PLAIN_SHORT_MONTHS})(?=\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)`, 'g');
const MONTH_WITH_YEAR = new RegExp(String.raw`\b(${MONTHS}|${SHORT_MONTHS})(?=\.?\s+\d{4}\b)`, 'g');
const MONTH_PAIR = new RegExp(String.raw`\b(${MONTHS}|${SHORT_MONTHS})(\.?\s*(?:or|to|and|till|until|through|[-–/,])\s*)(${MONTHS}|${SHORT_MONTHS})\b`, 'gi');
const PLAIN_MONTH = new RegExp(String.raw`^(?:${PLAIN_SHORT_MONTHS}|${MONTHS.replace('march|', '').replace('may|', '')})$`);

/** "mr patel", "dr. grant": a title typed in small letters, then a name ("dr and" is a drive's abbreviation). */
const TITLED_NAME = /(?<![\w'’.-])(mr|mrs|ms|dr|prof)(\.?\s+)([a-z][a-z'’-]+)/g;

/** "mcdonald" -> "McDonald", "o'brien" -> "O'Brien": a surname's inner capital. */
function surnameCapitals(name: string): string {
  return capitalFirst(name).replace(/^(Mc|O['’])([a-z])/, (_, prefix: string, letter: string) => prefix + letter.toUpperCase());
}

/** "ms word", "ms teams": Microsoft's programs, not a woman's name. */
const SOFTWARE = /^(?:word|teams|office|excel|paint|access|outlook|edge|store|dos|project)$/;

function withTitledNames(text: string): string {
  return text.replace(TITLED_NAME, (whole, title: string, between: string, name: string) =>
    FUNCTION_WORD.test(name) || (title === 'ms' && SOFTWARE.test(name)) ? whole : `${capitalFirst(title)}${between}${surnameCapitals(name)}`,
  );
}

export function capitalNames(typed: string): string {
  const text = withTitledNames(withProperNameCapitals(typed));
  if (!MAY_NEED_CAPITALS.test(text)) return text;
  return text
    .replace(MONTH_WITH_YEAR, (month: string) => capitalFirst(month))
    .replace(SHORT_MONTH_BEFORE_DAY, (month: string) => capitalFirst(month))
    .replace(MONTH_PAIR, (whole, first: string, between: string, second: string) => (PLAIN_MONTH.test(first.toLowerCase()) || PLAIN_MONTH.test(second.toLowerCase()) ? capitalFirst(first) + between + capitalFirst(second) : whole))
    .replace(LOWER_MONTH, (whole, day: string | undefined, month: string | undefined, dayShort: string | undefined, short: string | undefined, before: string | undefined, weekday: string | undefined) =>
      day !== undefined ? day + capitalFirst(month!) : dayShort !== undefined ? dayShort + capitalFirst(short!) : capitalFirst((before ?? weekday)!),
    )
    .replace(MONTH_AFTER_MONTH, (whole, before: string, month: string) => before + capitalFirst(month))
    .replace(HOLIDAY, (holiday: string) => holiday.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase()))
    .replace(LOWER_I, 'I');
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

/** The writer's own words, quoted: “…”; a quotation inside them takes single marks: “…the garage said ‘you're sorted’…”. */
export const quoted = (text: string) => `“${withInnerQuotes(text)}”`;

/** Text to be quoted, with its own quotations in single marks. */
export const withInnerQuotes = (text: string) => text.replace(/"([^"\n]+)"|“([^“”\n]+)”/g, (_, straight: string | undefined, curly: string | undefined) => `‘${straight ?? curly}’`);

const wordUses = new WeakMap<object, WordUse>();
const CAPITALISED_WORD = /\b[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'’-]*/g;

/**
 * `copy` has the same answers as `c` (a shallow copy with more fields): it shares its word
 * use, worked out once per letter rather than once for the phrases and again for the template.
 */
export function sameWordUse(copy: object, c: object): void {
  const use = wordUses.get(c);
  if (use) wordUses.set(copy, use);
}

/** The word use of everything the writer typed in a case (asked lazily, see wordUse). */
/** A number between the words of a business's name ("PeakForm 24/7 Gym"), which would cut it in two. */
const NUMBER_INSIDE_NAME = /(?<=\S)\s+\d[\d/.:-]*(?=\s+\S)/g;

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
    const company = c.recipient?.company;
    let written: Map<string, string> | undefined;
    const names = () =>
      (written ??= writtenNames(
        [...texts.filter((text) => !whos.has(text) && text !== company), more],
        [
          // Each word of a person's name is a name alone too ("bill" beside "Mr. Bill Carter").
          ...[contact, ...whos].map((name) => name.replace(/^.*?\b(?:called|named)\s+(?=\S)/i, '')).flatMap((name) => [name, ...name.split(/[\s,()/]+/).filter((word) => !ROLE_WORDS.test(word.toLowerCase()) && !TEAM_WORDS.test(word.toLowerCase()))]),
          // A business's name is a name as a whole: its everyday words ("Solar" in "SunState Solar") are not names alone,
          // nor is what follows a number inside it ("Gym" in "PeakForm 24/7 Gym").
          ...(company ? [/\d/.test(company) ? company.replace(NUMBER_INSIDE_NAME, '') : company] : []),
        ].filter((name) => /[A-Z\u00C0-\u00DE]/.test(name)),
      ));
    // Most items hold no word the writer capitalises anywhere: finding that out is cheaper than listing the names.
    const checked = new Map<string, boolean>();
    const mayBeWritten = (text: string) => remembered(checked, text, () => anyWordWritten(text));
    const anyWordWritten = (text: string) => {
      for (const m of allMatches(text, /(?<![\w\u00C0-\u024F])[a-z\u00DF-\u00F6\u00F8-\u00FF]{2,}/g)) {
        if (FUNCTION_WORD.test(m[0])) continue;
        const capital = m[0].charAt(0).toUpperCase() + m[0].slice(1);
        if (found.text!.includes(capital) || more.includes(capital) || contact.includes(capital)) return true;
      }
      return false;
    };
    use = { names: brand.size === 0 ? found.names : { has: (word) => brand.has(word) || found.names.has(word) }, common: found.common, written: names, mayBeWritten, text: found.text };
    wordUses.set(c, use);
  }
  return use;
}

/** Verbs in the past, and the auxiliaries, as a contact's result uses them: "promised", "said", "would". */
export const VERB = String.raw`[a-z\u00DF-\u00F6\u00F8-\u00FF]+ed|said|told|sent|gave|took|put|hung|kept|made|got|went|came|left|let|paid|set|saw|spoke|wrote|rang|thought|felt|found|meant|offered|refused|promised|agreed|insisted|denied|blamed|claimed|admitted|apologi[sz]ed|would|will|could|can|cannot|can't|couldn't|wouldn't|won't|did|didn't|does|doesn't|is|are|was|were|has|have|had|hasn't|haven't|wasn't|weren't`;
/** A verb after the first word: "the manager promised…" is a sentence, "an automatic reply, then nothing" is not. */
export const HAS_VERB = new RegExp(String.raw`\s(${VERB})\b`, 'i');

/** "your quote": a phrase that starts by naming the reader's own thing. */
export const LEADING_YOUR = /^your\s+/i;

/** A verb after "you" agreeing with it, where "he", "she" or a name stood ("Mark was" -> "you were"). */
export const YOU_AGREE: Readonly<Record<string, string>> = { was: 'were', is: 'are', has: 'have', does: 'do', says: 'say', refuses: 'refuse', denies: 'deny', insists: 'insist', keeps: 'keep', ignores: 'ignore', blames: 'blame', tells: 'tell', wants: 'want', continues: 'continue', admits: 'admit', agrees: 'agree', "wasn't": "weren't", "isn't": "aren't", "hasn't": "haven't", "doesn't": "don't", 'wasn’t': 'weren’t', 'isn’t': 'aren’t', 'hasn’t': 'haven’t', 'doesn’t': 'don’t' };

/** Words in quotation marks are someone's own: `change` rewrites only the text around them. */
/** Words in quotation marks, straight or curly. */
export const QUOTED = /"[^"]*"|“[^”]*”/g;
const QUOTED_PARTS = new RegExp(`(${QUOTED.source})`);

export function outsideQuotes(text: string, change: (part: string) => string): string {
  return text
    .split(QUOTED_PARTS)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join('');
}

/** "September 15, 2026 for $612.40": a date written month first, mid-sentence. */
const YEAR_AFTER_MONTH_AND_DAY = /\b((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})(?= [A-Za-z])/g;

/**
 * A date written month first takes a comma after its year when the sentence goes on
 * ("I bought them on September 15, 2026, for $612.40"), as American and Canadian usage has it.
 */
export function withCommaAfterYear(text: string): string {
  return text.includes(', 2') || text.includes(', 1') ? text.replace(YEAR_AFTER_MONTH_AND_DAY, '$1,') : text;
}
