import { UserError } from '../errors.js';
import { notAChoice, safeForTerminal } from '../io/terminal.js';
import { daysBetween, isCalendarDate, today, workingDayAfter } from './dates.js';
import { FIRST_YEAR, inSupportedYears, LAST_YEAR } from './input-rules.js';
import { countryFromAddress, countryInfo, countryOfEmail, countryOfLanguageFromAddress, countryName, findRegion, regionFromAddress, regionName } from './countries.js';
import { isKnownLocale, localeOfSystemName, type Case, type CountrySteps, type ProblemKind, type Remedy, type Stage } from './schema.js';
import { neverProvided } from './never-provided.js';
import { chargedAfterCancellingIn, recurringItemIn } from './writer-cancelled.js';
import { itemKindIn } from './item-kind.js';
import { currencyOfRegion } from './region-currencies.js';
import { isLanguage, LANGUAGE_LOCALE, LANGUAGE_NAMES, LANGUAGES, languageFromEnv, languageOfCountry, languageOfLocale, looksEnglish, type Language } from '../letter/language/names.js';
import type { Problem } from './validate.js';
import { remembered } from '../util/remember.js';
import { isLadderStage, lettersSent, openOffer, previousDates, repliesReceived, type Reply, type SentLetter } from '../dispute/history.js';
import { detectLanguage } from '../tone/languages/detect.js';
import { sectorFromItem, sectorFromName, tenancyWords } from './sector-names.js';
import { asOneParagraph, typedLines, typedListItems } from '../util/list-lines.js';
import { onFirstUse } from '../util/on-first-use.js';

/** A Case with every default filled in: what templates see. */
export interface ResolvedCase {
  /** country: ISO 3166-1 code; region: ISO 3166-2 code ("GB-SCT"), when the case names them. */
  sender: Case['sender'];
  recipient: Case['recipient'];
  purchase: Case['purchase'] & { currency: string };
  /** `problem`: as the case says, else `overcharged` when more was paid than the agreed one-off price. */
  story: { circumstances: string; expectations: string[]; outcome: string[]; impact?: string; problem?: ProblemKind };
  contacts: NonNullable<Case['contacts']>;
  evidence: string[];
  /** `bank`: the issuer without the card's name ("AIB" of "AIB (Platinum Visa)"), to address the letter to. */
  card: NonNullable<Case['card']> & { bank?: string };
  request: {
    remedy: Remedy;
    correction?: string;
    amount?: number;
    reason?: string;
    costs: { what: string; amount: number }[];
    /** All the letter asks for in money: the amount asked plus the costs (only where there are costs). */
    total?: number;
    deadline: string;
    deadlineDays: number;
    /** Whether the writer chose the reply-by date (request.deadline or deadlineDays). */
    deadlineChosen: boolean;
  };
  letter: {
    stage: Stage;
    date: string;
    previous: string[];
    /** The writer's own next steps; withRights adds the country's (unless countrySteps is leave-out). */
    nextSteps: string[];
    countrySteps: CountrySteps;
    /** Paragraphs that go with next steps taken from the rights pack (a letter before claim's notice). */
    nextStepsDetail: string[];
    locale: string;
    /** The language of the letter: its templates and phrases (letter.locale still writes dates and money). */
    language: Language;
    greeting?: string;
    signOff?: string;
  };
  /** The next steps taken from the rights pack, with their sources (for the terminal). */
  citedSteps: { id: string; text: string; source: string; checked: string; terminalNote?: string; minDays?: number; law?: string }[];
  /** Set when the writer's country's rights are written in another language than the letter, so none are cited. */
  rightsLanguage?: Language;
  /** What redress chose for the writer (locale, currency), to say so outside the letter. */
  assumed: Assumption[];
  /** The dispute so far: letters sent and replies received, oldest first. */
  history: { letters: SentLetter[]; replies: Reply[] };
  /**
   * The offer an acceptance or answer letter is about: the latest reply, when it is an offer or
   * a correction; with the date of the last letter of the ladder before it (`after`), of the
   * writer's written acceptance (`acceptedOn`), and the date the business gave (`agreedBy`,
   * kept when it has passed, unlike `by`).
   */
  reply?: Reply & { after?: string; acceptedOn?: string; agreedBy?: string };
  /**
   * For a letter after the first, the business's latest reply before it (unless accepted), with
   * the date of the letter it answered (`after`) and of the writer's answer to an offer (`answeredOn`).
   */
  replied?: Reply & { after?: string; answeredOn?: string };
  /** The rights the letter cites, from the rights pack of the writer's country (none without one). */
  rights: { id: string; text: string; law: string; source: string; checked: string }[];
  /** How a card dispute is made in the writer's country (a Section 75 claim, a billing-error notice…), when known. */
  cardRoute?: { id: string; kind: string; subject: string; text: string; source: string; checked: string; terminalNote?: string };
  custom: Record<string, unknown>;
}

/** What redress assumed for a case, said outside the letter (stderr), with how to change it. */
export interface Assumption {
  /** For request.deadline: `value` is this letter's reply-by date, `because` the case's own, which has passed. */
  /** For story.problem: `because` is the writer's own words that say what they paid for never came. */
  field: 'letter.language' | 'letter.locale' | 'purchase.currency' | 'purchase.kind' | 'recipient.sector' | 'sender.country' | 'sender.region' | 'request.deadline' | 'request.deadlineDays' | 'request.replyBy' | 'story.problem';
  value: string;
  because: string;
  /** For recipient.sector: `because` is words of the story (a rented home), not the business's name. */
  fromStory?: true;
  /** A sector read from what was bought ("home internet"), not from the business's name. */
  fromItem?: true;
}

/** The common ones, without asking Intl (which starts ICU). */
const LOCALE_BY_CURRENCY: Readonly<Record<string, string>> = { GBP: 'en-GB', AUD: 'en-AU', CAD: 'en-CA', NZD: 'en-NZ', USD: 'en-US' };

const countriesShown = new Map<string, { shown: ReturnType<typeof countryFromAddress> }>();

/**
 * The country of a French, German or Spanish letter's writer, as the address shows it: a postcode
 * before the town counts with amounts in the country's currency, given in the case or, where it
 * gives none, written in the answers ("1 240 €"); else as an English letter's (Montréal, QC).
 */
function placedByLanguage(value: Case, address: string, language: Language, currencyGiven: string | undefined): ReturnType<typeof countryFromAddress> {
  const currency = currencyGiven ?? currencyInAnswers(value)?.code;
  // Without a currency, a postcode alone places the writer in the language's own country, unless the letter's locale names another ("fr-CH").
  const localeRegion = /[-_]([a-z]{2})$/i.exec(value.letter?.locale ?? '')?.[1]?.toUpperCase();
  const elsewhere = currency === undefined && localeRegion !== undefined && language !== 'en' && !LANGUAGE_LOCALE[language].endsWith(`-${localeRegion}`);
  // A letter in French from Montréal: the address shows Canada as it shows an English-speaking country.
  return remembered(
    countriesShown,
    `${language}|${currency ?? ''}|${elsewhere ? 'elsewhere' : ''}|${countryOfEmail(value.sender.email) ?? ''}|${address}`,
    () => ({ shown: (elsewhere ? undefined : countryOfLanguageFromAddress(address, language, currency)) ?? countryFromAddress(address, currency, value.sender.email) }),
    1000,
  ).shown;
}

/**
 * The locale and currency a case's letter is written in: the case's own, else what its
 * country uses, else (locale) what its currency suggests. Each guess is reported.
 */
export function letterStyle(value: Case, envLanguage?: Language): { locale: string; currency: string; language: Language; assumed: Assumption[]; country?: string } {
  const { language, because: languageBecause } = chosenLanguage(value, envLanguage);
  const assumed: Assumption[] = languageBecause ? [{ field: 'letter.language', value: LANGUAGE_NAMES[language], because: languageBecause }] : [];
  const address = value.sender.address;
  // A batch's cases often share the writer's address (from its defaults): read each address once.
  const currencyGiven = value.purchase.currency;
  const shown =
    value.sender.country === undefined && address
      ? language === 'en'
        ? remembered(countriesShown, `${currencyGiven ?? ''}|${countryOfEmail(value.sender.email) ?? ''}|${address}`, () => ({ shown: countryFromAddress(address, currencyGiven, value.sender.email) }), 1000).shown
        : placedByLanguage(value, address, language, currencyGiven)
      : undefined;
  // An address says where the writer lives unless what they paid in says otherwise.
  const placed = shown && (value.purchase.currency === undefined || value.purchase.currency === countryInfo(shown.country)?.currency) ? shown : undefined;
  if (placed) assumed.push({ field: 'sender.country', value: countryName(placed.country), because: placed.because });
  const region = (value.sender.country ?? placed?.country)?.slice(0, 2);
  const country = countryInfo(region);
  // A country redress knows no more of still says what money the writer pays in (Norway: kroner).
  const regionCurrency = country?.currency ?? (region !== undefined ? currencyOfRegion(region) : undefined);
  let currency = value.purchase.currency;
  if (currency === undefined) {
    const written = regionCurrency ? undefined : currencyInAnswers(value);
    // Without a country: the region of the letter's locale ("fr-CA": Canadian dollars), or of its language's own ("fr": fr-FR, euros).
    const localeRegion = /-([A-Z]{2})$/.exec(value.letter?.locale ?? (language === 'en' ? '' : LANGUAGE_LOCALE[language]))?.[1];
    const localeCurrency = region === undefined && localeRegion !== undefined ? (countryInfo(localeRegion)?.currency ?? currencyOfRegion(localeRegion)) : undefined;
    currency = regionCurrency ?? written?.code ?? localeCurrency ?? 'USD';
    // Only a guess is worth saying: the currency of the writer's own country is not one.
    if (!regionCurrency && (value.purchase.amount !== undefined || value.request.amount !== undefined || value.request.costs !== undefined)) {
      const because = written
        ? `your answers give amounts in ${written.mark}`
        : region !== undefined
          ? `redress does not know which currency is used in ${countryName(region)}`
          : localeCurrency !== undefined
            ? value.letter?.locale !== undefined
              ? `the letter's locale is ${value.letter.locale}`
              : `the letter is in ${LANGUAGE_NAMES[language]}`
            : 'no currency or country was given';
      assumed.push({ field: 'purchase.currency', value: currency, because });
    }
  }
  let locale = value.letter?.locale;
  // A locale of another language than the letter's would write its dates in that language
  // ("10 يونيو 2026" in an English letter): the letter's language is used, in the locale's
  // region where that has its own way of writing dates ("en-IN"), else as the country would.
  const otherLanguage = locale !== undefined && localeLanguage(locale) !== language ? locale : undefined;
  if (otherLanguage !== undefined) locale = sameRegionIn(otherLanguage, language);
  if (locale === undefined && language !== 'en') {
    // The country's own way of writing dates when it speaks the letter's language, else the
    // language as written in the writer's country where Intl knows it (es-MX, fr-BE, de-AT),
    // else the language's own.
    locale = country && languageOfLocale(country.locale) === language ? country.locale : ((region !== undefined ? sameRegionIn(`und-${region}`, language) : undefined) ?? LANGUAGE_LOCALE[language]);
  }
  if (locale === undefined) {
    if (country) {
      // Not a guess: the writer said where they live.
      locale = country.locale.startsWith('en-') ? country.locale : 'en-GB';
    } else if (region !== undefined) {
      // English as written in the writer's country where it has its own way (en-IN, en-PH), else day before month.
      locale = sameRegionIn(`und-${region}`, 'en') ?? 'en-GB';
    } else if (currency === 'EUR') {
      // An Irish address would have placed the writer in Ireland (countryFromAddress): this writer pays in euros elsewhere.
      locale = 'en-GB';
      assumed.push({ field: 'letter.locale', value: locale, because: 'you pay in euros' });
    } else {
      // A national currency's code starts with its country's (ZAR: ZA): English as written there,
      // as if the writer had named the country (en-ZA, en-IN), else day before month.
      const home = currency.slice(0, 2);
      locale = LOCALE_BY_CURRENCY[currency] ?? (currencyOfRegion(home) === currency ? sameRegionIn(`und-${home}`, 'en') : undefined) ?? 'en-GB';
      if (currency !== 'USD') {
        assumed.push({ field: 'letter.locale', value: locale, because: `you pay in ${currency}` });
      }
    }
  }
  if (otherLanguage !== undefined) {
    const others = assumed.filter((a) => a.field !== 'letter.locale');
    others.push({ field: 'letter.locale', value: locale, because: `${otherLanguage} would write them in another language than this ${LANGUAGE_NAMES[language]} letter` });
    return { locale, currency, language, assumed: others, ...(placed && { country: placed.country }) };
  }
  return { locale, currency, language, assumed, ...(placed && { country: placed.country }) };
}

function localeLanguage(locale: string): string {
  // "en-GB", "de_DE": the language is what comes first (Intl is not started for it).
  const plain = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(locale);
  if (plain) return plain[1]!.toLowerCase();
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return locale.slice(0, 2).toLowerCase();
  }
}

/** The locale of `language` in the region of `locale`, when the two together have their own way of writing dates. */
function sameRegionIn(locale: string, language: Language): string | undefined {
  try {
    const region = new Intl.Locale(locale).region;
    if (region === undefined) return undefined;
    const candidate = `${language}-${region}`;
    return new Intl.DateTimeFormat(candidate).resolvedOptions().locale === candidate ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Marks that name one currency only; "$" is used by many. */
const CURRENCY_MARKS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/£\s?\d|\d\s?£|\d\s?(?:pounds?|GBP)\b/i, 'GBP', '£'],
  [/€\s?\d|\d\s?€|\d\s?(?:euros?|EUR)\b/i, 'EUR', '€'],
];

/** The one currency the writer's own answers write amounts in ("the agent wants £90"), if only one. */
function currencyInAnswers(value: Case): { code: string; mark: string } | undefined {
  const { story, request } = value;
  const text = [story.circumstances, story.expectations, story.outcome, story.impact, request.reason, request.correction, ...(value.contacts ?? []).map((c) => c.result), ...(request.costs ?? []).map((c) => c.what)]
    .flat()
    .filter((t): t is string => typeof t === 'string')
    .join('\n');
  const found = CURRENCY_MARKS.filter(([mark]) => mark.test(text));
  return found.length === 1 ? { code: found[0]![1], mark: found[0]![2] } : undefined;
}

/**
 * The language of a letter: the case's own (letter.language), else its locale's language,
 * else the language of the person's answers when they are clearly French, German or Spanish
 * (whatever the country), else its country's, else the environment's (LANG), which only
 * counts when the answers do not read as English (a case file written in English stays English).
 */
export function letterLanguage(value: Case, envLanguage?: Language): Language {
  return chosenLanguage(value, envLanguage).language;
}

/**
 * letterLanguage, and why when the case does not say: answers written in French, German or
 * Spanish ask for a letter in that language, before the environment's language does.
 */
const QUEBEC = /\bQC\b|\bQu[ée]bec\b|\bCA-QC\b/i;

function chosenLanguage(value: Case, envLanguage?: Language): { language: Language; because?: string } {
  const own = (value.letter as { language?: string } | undefined)?.language;
  if (isLanguage(own)) return { language: own };
  const fromLocale = languageOfLocale(value.letter?.locale);
  if (fromLocale) return { language: fromLocale };
  // Quebec writes in French or English: there, the writer's answers say which.
  const quebec = QUEBEC.test(value.sender.address ?? '') || QUEBEC.test(value.sender.region ?? '') || value.sender.country?.toUpperCase() === 'CA-QC';
  const fromCountry = quebec ? undefined : languageOfCountry(value.sender.country);
  // An address in an English-speaking country ("Los Angeles, CA 90017") says more than a few words of a story.
  const fromAddress = fromCountry === undefined ? countryFromAddress(value.sender.address, value.purchase.currency, value.sender.email) : undefined;
  const fromPlace = fromCountry ?? (fromAddress && !(fromAddress.country === 'CA' && quebec) ? (languageOfCountry(fromAddress.country) ?? 'en') : undefined);
  // The writer's country first, as its businesses read it (English answers in a French letter
  // stay as written, and the command line says so); where it gives no language of redress's
  // (Belgium, Switzerland, Italy, or none given), answers written in French, German or Spanish.
  if (fromPlace) return { language: fromPlace };
  const written = writtenIn(value);
  if (written !== undefined && written !== 'en' && clearlyIn(value, written)) return { language: written, because: `your answers are in ${LANGUAGE_NAMES[written]}` };
  // A case file written in English stays English whatever the system's language.
  if (written === 'en') return { language: 'en' };
  if (envLanguage && envLanguage !== 'en') return { language: envLanguage, because: `your system's language (LANG) is ${LANGUAGE_NAMES[envLanguage]}` };
  return { language: 'en' };
}

/** What the language of a case's answers is read from: a case file's, or a resolved case's. */
type StoryOf = { story: Pick<Case['story'], 'circumstances' | 'expectations' | 'outcome'>; purchase: { item: string } };

/**
 * The language the writer's story is written in: English when it reads as English (a few words
 * of another language, "my paquete vacacional", do not change that); another when it shows
 * clearly; undefined when it is too short to tell or reads as neither.
 */
export function writtenIn(value: StoryOf): Language | undefined {
  const story = [value.story.circumstances, value.story.expectations, value.story.outcome, value.purchase.item].flat().join(' ');
  if (looksEnglish(story)) return 'en';
  if ((story.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS_TO_TELL) return undefined;
  const written = detectLanguage(story, 'en');
  return written === 'en' ? undefined : written;
}

/**
 * Whether the story shows `language` clearly enough to choose the letter's language: different
 * words only that language uses ("el", "qu'il", "für") or written with accents English does not
 * use ("prévue", "quedó"), at least one of the first kind, three in all and twice as many as
 * English ones. Words with a capital inside a sentence are
 * names ("Hotel Las Palmas") and do not count, so a terse English story ("no breakfast at Hotel
 * Las Palmas") stays English.
 */
export function clearlyIn(value: StoryOf, language: Language): boolean {
  const answers = [value.story.circumstances, value.story.expectations, value.story.outcome].flat().filter((t): t is string => typeof t === 'string');
  const seen = new Set<string>();
  let theirs = 0;
  let accented = 0;
  let english = 0;
  for (const answer of answers) {
    // Elided words whole ("qu'il", "j'ai"): the elision is the language's.
    for (const found of answer.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
      const word = found[0];
      const sentenceStart = found.index === 0 || /[.!?¿¡]\s*$/.test(answer.slice(0, found.index));
      if (!sentenceStart && word[0] !== word[0]!.toLowerCase()) continue;
      const small = word.toLowerCase();
      if (seen.has(small)) continue;
      seen.add(small);
      const of = detectLanguage(small, 'en');
      const marked = detectLanguage(small, language);
      if (of === language && marked === language) theirs++;
      else if (of === 'en' && marked === 'en') english++;
      else if (/[^\x00-\x7F]/.test(small)) accented++;
    }
  }
  const evidence = theirs + accented;
  return theirs >= 1 && evidence >= MIN_WORDS_OF_LANGUAGE && evidence >= 2 * english;
}

/** Fewer different words of a language than this do not outweigh the writer's country. */
const MIN_WORDS_OF_LANGUAGE = 3;

/** Fewer words than this do not show which language someone writes in ("Kaputt.", a reference). */
const MIN_WORDS_TO_TELL = 6;

/** Values chosen on the command line; whether they beat the case's own is the caller's choice. */
export interface LetterSettings {
  stage?: Stage;
  date?: string;
  locale?: string;
  language?: Language;
  /** The environment's language (LANG): used only where the case says nothing (see letterLanguage). */
  envLanguage?: Language;
}

/** The command line's --stage, --date, --locale and --language, checked. */
export function settingsFrom(options: { stage?: Stage; date?: string; locale?: string; language?: string }): LetterSettings {
  if (options.date !== undefined && !isCalendarDate(options.date)) {
    throw new UserError(`--date must be a real date written as YYYY-MM-DD, for example 2026-11-16 (got ${JSON.stringify(safeForTerminal(options.date))}).`);
  }
  if (options.date !== undefined && !inSupportedYears(options.date)) {
    throw new UserError(`--date ${JSON.stringify(safeForTerminal(options.date))} is outside the years redress writes letters for (${FIRST_YEAR} to ${LAST_YEAR}); check the year.`);
  }
  if (options.locale !== undefined && !isKnownLocale(options.locale)) {
    const tag = localeOfSystemName(options.locale);
    const shown = JSON.stringify(safeForTerminal(options.locale));
    throw new UserError(tag ? `--locale ${shown} is written as the system writes a locale; use --locale ${tag}.` : `--locale ${shown} is not a locale I know. Use one such as en-US, en-GB or de-DE.`);
  }
  const language = options.language?.trim().toLowerCase();
  if (language !== undefined && !isLanguage(language)) {
    throw new UserError(notAChoice('--language', options.language!, LANGUAGES, 'a language redress writes letters in'));
  }
  return { stage: options.stage, date: options.date, locale: options.locale, ...(language !== undefined && { language: language as Language }), envLanguage: languageFromEnv() };
}

export const DEFAULT_DEADLINE_DAYS = 14;

/** Applies settings over (draft) or under (batch) the case's own `letter` values. */
export function withSettings(value: Case, settings: LetterSettings, mode: 'override' | 'default'): Case {
  const given = Object.fromEntries(Object.entries(settings).filter(([k, v]) => v !== undefined && k !== 'envLanguage'));
  const letter = mode === 'override' ? { ...value.letter, ...given } : { ...given, ...value.letter };
  return { ...value, letter };
}

/** country "GB-SCT" (the case said "Scotland") is country GB, region GB-SCT; a region written by name becomes its code. */
function senderWithRegion(sender: Case['sender'], assumed: Assumption[]): Case['sender'] {
  const written = sender.country;
  if (written === undefined) return sender;
  const country = written.slice(0, 2);
  const named = sender.region === undefined ? undefined : findRegion(country, sender.region);
  let region = named?.ok ? named.value : written.length > 2 ? written : undefined;
  if (region === undefined) {
    const shown = regionFromAddress(country, sender.address);
    if (shown) {
      region = shown.region;
      assumed.push({ field: 'sender.region', value: regionName(region) ?? region, because: shown.because });
    }
  }
  return { ...sender, country, ...(region !== undefined && { region }) };
}

/**
 * What went wrong: as the writer says; else an overcharge when more was paid than the agreed
 * price (a one-off price, not a recurring fee); else, when what happened says what was paid for
 * never came ("the sofa never arrived"), not provided, which is reported as an assumption.
 */
function problemOf(value: Case, outcome: readonly string[], language: Language, assumed: Assumption[]): ProblemKind | undefined {
  const { purchase, story } = value;
  if (story.problem !== undefined) return story.problem;
  if (purchase.amount !== undefined && purchase.price !== undefined && purchase.period === undefined && purchase.amount > purchase.price) return 'overcharged';
  const recurring = purchase.period !== undefined || purchase.kind === 'subscription' || (purchase.kind === undefined && recurringItemIn(purchase.item, language));
  const charged = chargedAfterCancellingIn(language, recurring, story.circumstances, outcome, (value.contacts ?? []).map((contact) => contact.result ?? ''));
  if (charged !== undefined) {
    assumed.push({ field: 'story.problem', value: 'charged-after-cancelling', because: charged });
    return 'charged-after-cancelling';
  }
  const said = neverProvided(outcome, language, purchase.item, story.circumstances);
  if (said === undefined) return undefined;
  assumed.push({ field: 'story.problem', value: 'not-provided', because: said });
  return 'not-provided';
}

/** A service (not goods, a deposit or payments) that the writer says, or the story shows, never came: its day may be after the letter's. */
function stillToCome(value: Case): boolean {
  const { purchase, story } = value;
  if (['goods', 'deposit', 'subscription'].includes(purchase.kind ?? '') || purchase.period !== undefined) return false;
  if (story.problem !== undefined) return story.problem === 'not-provided';
  const outcome = Array.isArray(story.outcome) ? story.outcome : typedAsList(story.outcome);
  return neverProvided(outcome, letterStyle(value).language, purchase.item, story.circumstances) !== undefined;
}

/** What was bought, named as a deposit ("deposit for apartment 12", "rental bond", "Mietkaution"). */
// Latin letters, not a Unicode class: every case is read with it, and a Unicode expression that ignores case is slow to make.
const DEPOSIT_ITEM = /(?<![A-Za-z\u00C0-\u024F])(?:deposit|bond|kaution|mietkaution|caution|dépôt de garantie|depot de garantie|fianza)(?![A-Za-z\u00C0-\u024F])/i;

/**
 * Work done for the writer, named by its head word: "boiler service", "screen replacement",
 * "deep cleaning of three rooms", "dental treatment". Only where the word ends the item's name
 * (or a preposition follows), so "repair kit" or "cleaning products" are not taken for work.
 */
const SERVICE_ITEM =
  /\b(?:service|servicing|repair|repairs|installation|fitting|cleaning|clean|removal|removals|move|treatment|lesson|lessons|haircut|inspection|survey|valet|decorating|painting|plastering|plumbing|roofing|landscaping|gardening|tuition|coaching|consultation|training|course|courses|programme|classes|session|sessions|workshop|renovation|reno|extension|refurbishment|replacement|maintenance|check-?up|tune-?up|overhaul|install|mot)(?=\s*$|\s*[(,;:–]|\s+-\s|\s+(?:of|for|to|on|at|in|from|with|by|and)\b)/i;

/**
 * A stay, a journey or a seat booked: "2 night anniversary package", "return flights SYD to
 * BNE", "hotel stay", "tickets for the match". Not a thing named after one ("flight case").
 */
const BOOKING_ITEM =
  /\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)[\s-]*nights?\b|nights?\s+(?:stay|break|package)\b|(?:return\s+|one[\s-]way\s+)?flights?\b(?!\s*(?:case|bag|simulator|controller|jacket|deck|sim)s?\b)|airfares?\b|hotel\s+(?:stay|room|booking|reservation)|cruise\b|package\s+holiday|holiday\s+package|(?:city|weekend|short)\s+break|tickets?\s+(?:for|to)\b)/i;

/**
 * The kind of purchase an item names without doubt ("tenancy deposit", "boiler repair", "2 night
 * stay", "remplacement du chauffe-eau", "Heizungsreparatur", "vuelo Madrid-Tenerife"), if any.
 */
export function kindOfItem(item: string, language: Language = 'en'): 'deposit' | 'service' | 'booking' | 'subscription' | undefined {
  if (DEPOSIT_ITEM.test(item)) return 'deposit';
  // "gym membership", "abonnement box fibre", "Handyvertrag": paid again and again.
  if (recurringItemIn(item, language) || (language !== 'en' && recurringItemIn(item, 'en'))) return 'subscription';
  // An item typed in English in another language's letter is read as English too.
  return (language === 'en' ? undefined : itemKindIn(item, language)) ?? (SERVICE_ITEM.test(item) ? 'service' : BOOKING_ITEM.test(item) ? 'booking' : undefined);
}

/** The kind of purchase when the case gives none and the item names it without doubt (reported). */
function kindFromItem(value: Case, assumed: Assumption[]): { kind?: 'deposit' | 'service' | 'booking' | 'subscription' } {
  if (value.purchase.kind !== undefined) return {};
  const { item } = value.purchase;
  const kind = kindOfItem(item, letterStyle(value).language);
  if (kind === undefined) return {};
  assumed.push({ field: 'purchase.kind', value: kind, because: value.purchase.item });
  return { kind };
}

/** The recipient, with the sector its name shows when the case gives none (reported). */
function recipientWithSector(value: Case, kind: Case['purchase']['kind'], assumed: Assumption[]): Case['recipient'] {
  const { recipient } = value;
  if (recipient.sector !== undefined) return recipient;
  let story: string | undefined;
  const told = () => (story ??= [value.purchase.item, value.story.circumstances, value.story.expectations, value.story.outcome].flat().join(' '));
  const sector = sectorFromName(recipient.company, told);
  if (sector !== undefined) {
    assumed.push({ field: 'recipient.sector', value: sector, because: recipient.company });
    return { ...recipient, sector };
  }
  // What was bought can say it too: "home internet 500" is bought from a telecoms provider.
  const fromItem = sectorFromItem(value.purchase.item);
  if (fromItem !== undefined) {
    assumed.push({ field: 'recipient.sector', value: fromItem, because: value.purchase.item, fromItem: true });
    return { ...recipient, sector: fromItem };
  }
  // A deposit for a rented home is held by a landlord or a letting agent, whatever their name.
  const tenancy = kind === 'deposit' ? tenancyWords(told()) : undefined;
  if (tenancy === undefined) return recipient;
  assumed.push({ field: 'recipient.sector', value: 'property', because: tenancy, fromStory: true });
  return { ...recipient, sector: 'property' };
}

/**
 * One answer typed as a list, a point a line, is the list it looks like; any other text is one point.
 */
function typedAsList(text: string): string[] {
  return typedListItems(text) ?? typedLines(text) ?? [text];
}

/**
 * A person's name with a courtesy title in place of a business ("Sra. Carmen Vidal", "Frau
 * Sabine Wolff", "Mr John Hale", a private landlord): that person reads the letter, and is
 * greeted by name. Not "Dr", which starts many businesses' names.
 */
const PERSON_NAMED = onFirstUse(() => /^(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|M\.|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Don|Doña|Dña)\.?\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u);

function readerOfPersonNamed(recipient: Case['recipient']): Case['recipient'] {
  const company = businessName(recipient.company);
  const named = company === recipient.company ? recipient : { ...recipient, company };
  return named.contact === undefined && PERSON_NAMED().test(named.company.trim()) ? { ...named, contact: named.company.trim() } : named;
}

/** A note in brackets after a business's name: a department, a branch, where a reference is ("(complaints, ref on email)", "(Scarborough store)"). */
const NAME_NOTE = /\s*\((?=[^()]*\b(?:complaints?|claims?|bookings?|reservations?|dept|department|team|store|shop|branch|office|online|website|app|ref|reference|e-?mail|customer|support|returns?|sales|billing|accounts?|service|via|réclamations?|agence|magasin|boutique|kundenservice|filiale|reklamation|tienda|sucursal|reclamaciones|atención)\b)[^()]*\)\s*$/i;
/** A department typed after a business's name: "Brightwave Internet Customer Service", "Acme Support Team". */
const NAME_DEPARTMENT = /\s+(?:customer\s+(?:services?|care|support|relations)|support|help\s*desk|complaints)(?:\s+(?:team|department|dept))?$/i;

/**
 * The business's name as a letter and a card issuer need it: without a note in brackets after
 * it, or a department typed after it (who reads the letter is the greeting's business).
 */
function businessName(company: string): string {
  const withoutNote = company.replace(NAME_NOTE, '');
  const withoutDepartment = withoutNote.replace(NAME_DEPARTMENT, '');
  return /\p{L}/u.test(withoutDepartment) ? withoutDepartment.trim() : company;
}

/** Words of a card's product name, not of the bank that issues it ("Alaska Airlines Visa", "Sapphire Preferred card"). */
const CARD_PRODUCT = /\b(?:visa|master\s?card|amex|american\s+express|discover|maestro|card|rewards?|cash\s?back|platinum|gold|signature|infinite|world\s+elite|sapphire|preferred|freedom|venture|quicksilver|savor|aeroplan|avion|double\s+cash|custom\s+cash|active\s+cash|blue\s+cash)\b/i;

/** A card named only by its kind or scheme ("credit card", "Visa debit"): the card line says no more than the bank. */
const KIND_OF_CARD = /^(?:(?:credit|debit|charge)\s+)?(?:visa|master\s?card|amex|maestro|discover)?\s*(?:(?:credit|debit|charge)\s+)?(?:card)?$/i;

/**
 * The bank a card dispute is written to. A co-branded card is often typed with its bank in
 * brackets ("Alaska Airlines Visa (Bank of America)") or the other way round: the bank is the
 * part that is not the card's product name. A product typed in brackets after the bank ("AIB
 * (Platinum Visa)") stays after it, for the card line: "AIB Platinum Visa".
 */
function cardIssuer(issuer: string): { issuer: string; bank?: string } {
  const parts = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(issuer.trim());
  if (parts) {
    const [outside, inside] = [parts[1]!.trim(), parts[2]!.trim()];
    // "Alaska Airlines Visa (Bank of America)": the card, then its bank; the card line names both ("Bank of America Alaska Airlines Visa",
    // "Chase Sapphire Preferred" when the card's name has the bank's already), the letter is addressed to the bank.
    if (CARD_PRODUCT.test(outside) && !CARD_PRODUCT.test(inside) && /\p{L}/u.test(inside)) {
      const card = outside.replace(/\s+card$/i, '');
      if (!/^[A-Za-z\d\s&'’.-]+$/.test(card) || KIND_OF_CARD.test(card)) return { issuer: inside };
      const bankWords = new Set(inside.toLowerCase().split(/\s+/).filter((word) => word.length > 2 && !/^(?:bank|the|and|of)$/.test(word)));
      const named = card.toLowerCase().split(/\s+/).some((word) => bankWords.has(word));
      return { issuer: named ? card : `${inside} ${card}`, bank: inside };
    }
    // "AIB (Platinum Visa)": the bank, then its card, as the card line names it ("AIB Platinum Visa"); the letter is addressed to the bank.
    if (CARD_PRODUCT.test(inside) && !CARD_PRODUCT.test(outside)) {
      const bank = businessName(outside);
      return /^[A-Za-z\d\s&'’.-]+$/.test(inside) && !KIND_OF_CARD.test(inside) ? { issuer: `${bank} ${inside}`, bank } : { issuer: bank };
    }
  }
  return { issuer };
}

/** The money a letter asks for: the amount requested, or for a refund what was paid. */
export function amountAsked(value: Case): number | undefined {
  const remedy = value.request.remedy;
  return value.request.amount ?? (remedy === 'refund' || remedy === 'either' ? value.purchase.amount : undefined);
}

/**
 * An offer of all the letter asks for, turned down without a word of why: a letter that calls
 * it "not putting things right" contradicts itself (the reason may be conditions, or no payment).
 */
export function fullOfferTurnedDownUnexplained(reply: { kind: string; amount?: number; answer?: string; reason?: string; text?: string } | undefined, asked: number | undefined): boolean {
  return reply?.kind === 'offer' && reply.answer === 'rejected' && reply.amount !== undefined && asked !== undefined && reply.amount >= asked && !reply.reason?.trim() && !reply.text?.trim();
}

/** For the offer a letter answers: the letter of the ladder it answered, the writer's written acceptance, and the date the business gave. */
function offerDates(value: Case, offer: Reply, date: string): { after?: string; acceptedOn?: string; agreedBy?: string } {
  const letters = lettersSent(value).filter((l) => l.date <= date);
  const after = letters.filter((l) => l.date <= offer.date && isLadderStage(l.stage)).at(-1)?.date;
  const acceptedOn = offer.answer === undefined || offer.answer === 'undecided' ? undefined : letters.find((l) => l.date >= offer.date && l.stage === 'accept-offer')?.date;
  return { ...(after !== undefined && { after }), ...(acceptedOn !== undefined && { acceptedOn }), ...(offer.by !== undefined && { agreedBy: offer.by }) };
}

/** The business's latest reply before a letter dated `date` that is not the first: what a reminder or final letter tells of it. */
function latestReply(value: Case, date: string): ResolvedCase['replied'] {
  if ((value.letter?.stage ?? 'first') === 'first') return undefined;
  const letters = lettersSent(value).filter((l) => l.date <= date);
  const reply = repliesReceived(value)
    .filter((r) => r.date <= date)
    .at(-1);
  if (!reply || reply.answer === 'accepted') return undefined;
  // The letter it answered, when one is recorded before it (a business may also answer a call or a visit).
  const after = letters.filter((l) => l.date <= reply.date).at(-1)?.date;
  const answeredOn = letters.find((l) => l.date >= reply.date && l.stage === 'answer-offer')?.date;
  return { ...reply, ...(after !== undefined && { after }), ...(answeredOn !== undefined && { answeredOn }) };
}

const CARD_PAYMENTS: ReadonlySet<string> = new Set(['credit-card', 'debit-card']);
const PAYMENT_WORDS: Record<string, string> = { 'bank-transfer': 'by bank transfer', cash: 'in cash', paypal: 'with PayPal', 'direct-debit': 'by direct debit', other: 'in a way a card issuer cannot reverse (such as a cheque, or a debit network like Interac, EFTPOS or girocard)' };

/** Why a card-dispute letter cannot be written for a payment not made by card, and what to do instead. */
function notByCard(paidWith: string): string {
  const instead = paidWith === 'paypal' ? ', or open a dispute in PayPal' : paidWith === 'direct-debit' ? ', or ask your bank about getting the direct debit refunded' : '';
  return `says you paid ${PAYMENT_WORDS[paidWith] ?? 'not by card'}, and a card-dispute letter asks a card issuer to reverse a card payment. If you paid by card, set purchase.paidWith to credit-card or debit-card; if not, write the final letter to the business instead (--stage final)${instead}`;
}

/** True when a card issuer holds the payment: paid by card, or the case does not say how. */
/** No sum paid, charged or asked back: nothing a card issuer could reverse. */
export function namesNoPayment(value: Case): boolean {
  return value.purchase.amount === undefined && value.purchase.price === undefined && value.request.amount === undefined;
}

export function paidByCardOrUnknown(paidWith: string | undefined): boolean {
  return paidWith === undefined || CARD_PAYMENTS.has(paidWith);
}

export function resolveCase(value: Case, envLanguage?: Language): { ok: true; value: ResolvedCase } | { ok: false; problems: Problem[] } {
  const date = value.letter?.date ?? today();
  const deadlineDays = value.request.deadlineDays ?? DEFAULT_DEADLINE_DAYS;
  const fixed = value.request.deadline;
  // A reply-by date that has passed by the date of a later letter was an earlier letter's:
  // this one asks for a reply within the case's number of days from its own date.
  const passed = fixed !== undefined && fixed <= date && (value.letter?.stage ?? 'first') !== 'first' ? fixed : undefined;
  const deadline = fixed !== undefined && passed === undefined ? fixed : workingDayAfter(date, deadlineDays);
  const problems: Problem[] = [];
  if (deadline <= date) {
    problems.push({
      path: 'request.deadline',
      message: `(${deadline}) is not after the letter date (${date}); choose a later date, or use request.deadlineDays instead`,
    });
  }
  // A purchase after the letter's own date is a typo in a year, unless the case says it is a
  // booking or a service (which may be dated by the day it is to take place, and be cancelled
  // before it), or the story says what was paid for never came.
  const purchaseDate = value.purchase.date;
  if (purchaseDate !== undefined && purchaseDate > date && value.purchase.kind !== 'booking' && value.purchase.kind !== 'service' && !stillToCome(value)) {
    problems.push({ path: 'purchase.date', message: `(${purchaseDate}) is after the letter date (${date}); check the year, or give the letter's date with letter.date or --date` });
  }
  // A card dispute gives the statement's date: one after the letter's own is a typo in a year.
  const statementDate = value.card?.statementDate;
  if (statementDate !== undefined && statementDate > date && (value.letter?.stage ?? 'first') === 'card-dispute') {
    problems.push({ path: 'card.statementDate', message: `(${statementDate}) is after the letter date (${date}); check the year, or give the letter's date with letter.date or --date` });
  }
  // A contact or a start as a customer after the letter's own date is a typo in a year.
  (value.contacts ?? []).forEach((contact, index) => {
    if (contact.date !== undefined && contact.date > date) problems.push({ path: `contacts[${index}].date`, message: `(${contact.date}) is after the letter date (${date}); check the year, or give the letter's date with letter.date or --date` });
  });
  const since = value.sender.customerSince;
  if (since !== undefined && since > date.slice(0, since.length)) {
    problems.push({ path: 'sender.customerSince', message: `(${since}) is after the letter date (${date}); check the year` });
  }
  (value.letter?.previous ?? []).forEach((previous, index) => {
    if (previous > date) problems.push({ path: `letter.previous[${index}]`, message: `(${previous}) is after the letter date (${date}); check the year, or give this letter's date with letter.date or --date` });
  });
  // An offer the writer accepted, with nothing the business said since: a reminder, final letter
  // or card dispute would ask again for what was first asked, as if nothing had been agreed.
  const stage = value.letter?.stage ?? 'first';
  if (stage !== 'first') {
    const replies = value.history?.replies ?? [];
    const latest = repliesReceived(value).filter((r) => r.date <= date).at(-1);
    if (latest?.answer === 'accepted') {
      const sum = (amount: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: letterStyle(value).currency }).format(amount);
      const what = latest.kind === 'offer' ? (latest.amount !== undefined ? `their offer of ${sum(latest.amount)}${latest.text ? ` (${latest.text})` : ''}` : `their offer (${latest.text ?? ''})`) : `their offer to put it right (${latest.text ?? ''})`;
      problems.push({
        path: `history.replies[${replies.indexOf(latest)}].answer`,
        message: `is accepted: you accepted ${what}, made on ${latest.date}, so a letter asking again for what you first asked would not be true. If they have not done what they agreed${latest.by ? ` by ${latest.by}` : ''}, record that you now turn it down and why, e.g. \`redress reply <case file> --reject --reason "the amount you agreed to pay has not arrived" --change\`; the letter will then tell their offer and why it did not put things right`,
      });
    }
  }
  const paidWith = value.purchase.paidWith;
  if ((value.letter?.stage ?? 'first') === 'card-dispute' && !paidByCardOrUnknown(paidWith)) {
    problems.push({ path: 'purchase.paidWith', message: notByCard(paidWith!) });
  } else if ((value.letter?.stage ?? 'first') === 'card-dispute' && namesNoPayment(value)) {
    // A charge demanded but not paid (a parking charge, an invoice in dispute) is no card payment to reverse.
    problems.push({
      path: 'purchase.amount',
      message:
        'is missing, and a card-dispute letter asks your card issuer to reverse a payment you made by card. If you paid by card, give the amount in purchase.amount; if you have paid nothing (a charge demanded but not paid), write the final letter to the business instead (--stage final)',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const remedy = value.request.remedy;
  const style = letterStyle(value, envLanguage);
  const open = openOffer(value);
  // A date the business gave that has passed by this letter's date is not asked for again: the letter gives its own.
  const offer = open?.by !== undefined && open.by <= date ? (({ by: _passed, ...rest }) => rest)(open) : open;
  const reply = offer && { ...offer, ...offerDates(value, open!, date) };
  const replied = latestReply(value, date);
  const amount = amountAsked(value);
  const asList = (v: string | string[]) => (Array.isArray(v) ? v : typedAsList(v));
  const outcome = asList(value.story.outcome);
  const assumed = [...style.assumed];
  const problem = problemOf(value, outcome, style.language, assumed);
  const kind = kindFromItem(value, assumed).kind ?? value.purchase.kind;
  return {
    ok: true,
    value: {
      sender: senderWithRegion(style.country ? { ...value.sender, country: style.country } : value.sender, assumed),
      recipient: readerOfPersonNamed(recipientWithSector(value, kind, assumed)),
      purchase: { ...value.purchase, currency: style.currency, ...(kind !== value.purchase.kind && { kind }) },
      story: {
        circumstances: asOneParagraph(value.story.circumstances),
        expectations: asList(value.story.expectations),
        outcome,
        ...(value.story.impact !== undefined && { impact: asOneParagraph(value.story.impact) }),
        ...(problem !== undefined && { problem }),
      },
      // A result typed over several lines reads as sentences, as the story does.
      contacts: (value.contacts ?? []).map((contact) => (contact.result?.includes('\n') ? { ...contact, result: asOneParagraph(contact.result) } : contact)),
      evidence: value.evidence ?? [],
      card: value.card?.issuer === undefined ? (value.card ?? {}) : { ...value.card, ...cardIssuer(value.card.issuer) },
      request: {
        remedy,
        // Typed over several lines: wrapped lines are joined again (a list of steps stays one, for the letter to ask as such).
        ...(value.request.correction !== undefined && { correction: asOneParagraph(value.request.correction) }),
        ...(amount !== undefined && { amount }),
        ...(value.request.reason !== undefined && { reason: asOneParagraph(value.request.reason) }),
        costs: value.request.costs ?? [],
        ...(value.request.costs?.length && { total: (Math.round((amount ?? 0) * 100) + value.request.costs.reduce((sum, cost) => sum + Math.round(cost.amount * 100), 0)) / 100 }),
        deadline,
        deadlineDays: daysBetween(date, deadline),
        deadlineChosen: (fixed !== undefined && passed === undefined) || value.request.deadlineDays !== undefined,
      },
      letter: {
        stage: value.letter?.stage ?? 'first',
        date,
        previous: previousDates(value, date),
        nextSteps: value.letter?.nextSteps ?? [],
        countrySteps: value.letter?.countrySteps ?? 'include',
        nextStepsDetail: [],
        locale: style.locale,
        language: style.language,
        ...(value.letter?.greeting !== undefined && { greeting: value.letter.greeting }),
        ...(value.letter?.signOff !== undefined && { signOff: value.letter.signOff }),
      },
      assumed: [
        ...assumed,
        ...(passed ? [{ field: 'request.deadline' as const, value: deadline, because: passed }] : []),
        // A reply-by date moved past the Christmas and New Year holidays (a weekend moves it two days at most).
        ...(fixed === undefined || passed !== undefined ? (daysBetween(date, deadline) - deadlineDays > 2 ? [{ field: 'request.replyBy' as const, value: deadline, because: String(deadlineDays) }] : []) : []),
      ],
      history: { letters: lettersSent(value), replies: repliesReceived(value) },
      ...(reply && { reply }),
      ...(replied && { replied }),
      rights: [],
      citedSteps: [],
      custom: value.custom ?? {},
    },
  };
}
