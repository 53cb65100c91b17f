// Rights packs: what a letter may cite for the writer's country, and the next steps and
// card-dispute route that fit it. Only the writer's country's pack is read, and only when
// asked for, so a letter without a country reads nothing.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { decodeText, DEFAULT_MAX_BYTES } from '../io/read.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { addDays, daysBetween, workingDayAfter } from '../case/dates.js';
import { countryName, findCountry, findRegion } from '../case/countries.js';
import { UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';
import { userFolders, type UserFolderKind } from '../io/user-folders.js';
import { packageRoot } from '../util/paths.js';
import { foldForMatching, foldedWords } from './fold.js';
import { packProblems, packProblemsError, packUnreadableError } from '../case/pack-problems.js';
import { packSchemas, type CardRouteEntry, type Entry, type NextStepEntry, type Pack, type RightEntry } from './schema.js';

export type PurchaseKind = 'goods' | 'service' | 'subscription' | 'booking' | 'deposit' | 'other';
export type PaidWith = 'credit-card' | 'debit-card' | 'bank-transfer' | 'cash' | 'paypal' | 'direct-debit' | 'other';
export type Remedy = 'correction' | 'refund' | 'either' | 'partial-refund' | 'compensation';
export type Stage = 'first' | 'reminder' | 'final' | 'card-dispute';
export type ProblemKind = 'poor-quality' | 'not-provided' | 'charged-after-cancelling' | 'overcharged' | 'deposit-not-returned' | 'other';

export interface RightsQuery {
  /** ISO 3166-1 alpha-2 (a common name such as "UK" is accepted too). */
  country: string;
  /** ISO 3166-2, e.g. GB-SCT (a name such as "Scotland" is accepted too). */
  region?: string;
  kind?: PurchaseKind;
  remedy: Remedy;
  stage: Stage;
  /** What went wrong. */
  problem?: ProblemKind;
  paidWith?: PaidWith;
  sector?: string;
  /** The item's price, for the Section 75 range. */
  price?: number;
  /** Whether the case gives the price agreed (purchase.price), for entries with `agreedPrice`. */
  agreedPrice?: boolean;
  /** Whether the business is a private landlord (see privateLandlord in tenancy.ts), for entries with `privateLandlord`. */
  privateLandlord?: boolean;
  /** Whether the business let the writer the home the case is about (see homeLetByBusiness in tenancy.ts), for entries with `tenancy`. */
  tenancy?: boolean;
  /** How far, in per cent, a one-off payment (purchase.amount) went above the price agreed (purchase.price), for entries with `chargedAbovePercent`. */
  abovePricePercent?: number;
  /** The amount asked for, for the limits of small-claims courts and tribunals. */
  amount?: number;
  currency: string;
  /** The card statement that first showed the charge, the letter's date and its reply-by date (YYYY-MM-DD), for entries with `statementDays`. */
  statementDate?: string;
  /** The day a one-off purchase was charged (not a fee paid again and again, whose date is its start). */
  chargedOn?: string;
  /** The day the writer first raised the problem with the business (YYYY-MM-DD), for entries with `raisedWithinDays` or `raisedAfterDays`. */
  raisedOn?: string;
  /** What was bought and the writer's story (circumstances, promises, what happened, the impact), for entries with `says`. */
  story?: string;
  /** Where the business is, for entries with `traders` (see traderPlace in src/case/countries.ts). */
  trader?: 'home' | 'eu' | 'elsewhere';
  letterDate?: string;
  replyBy?: string;
  /** Folders of the user's own packs (see userRightsDirs). */
  userDirs?: string[];
}

export interface CitedRight {
  id: string;
  text: string;
  law: string;
  source: string;
  checked: string;
}

export interface NextStep {
  id: string;
  /** The words after "I will". */
  text: string;
  when?: string;
  afterWeeks?: number;
  /** Sentences to add after the next steps (a letter before claim, a statutory notice). */
  paragraph?: string;
  /** The fewest days the reply deadline should allow. */
  minDays?: number;
  /** The law that gives the step its notice period ("California Civil Code section 1782"). */
  law?: string;
  /** For the terminal, never the letter. */
  terminalNote?: string;
  source: string;
  checked: string;
}

export interface CardRoute {
  id: string;
  kind: 'fcba' | 'section-75' | 'chargeback';
  subject: string;
  text: string;
  terminalNote?: string;
  source: string;
  checked: string;
}

export interface RightsAnswer {
  country: string;
  countryName: string;
  /** The language the pack's texts are written in. */
  language: 'en' | 'fr' | 'de' | 'es';
  rights: CitedRight[];
  nextSteps: NextStep[];
  card?: CardRoute;
}

// ---------------------------------------------------------------------------------------
// Where packs are

/**
 * The built-in packs: src/rights/packs when this code runs from the source tree (tests),
 * dist/rights in the built package (scripts/build.js copies them there).
 */
export function builtInPackDir(): string {
  const here = fileURLToPath(import.meta.url);
  if (/[\\/]src[\\/]rights[\\/][^\\/]+$/.test(here)) return join(here, '..', 'packs');
  return join(packageRoot(), 'dist', 'rights');
}

/** Countries with a built-in pack (read from the file names only). */
export function packCountries(): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(builtInPackDir());
  } catch {
    return [];
  }
  return files
    .map((file) => /^([A-Z]{2})\.json(?:\.br)?$/.exec(file)?.[1])
    .filter((code): code is string => code !== undefined)
    .sort();
}

const RIGHTS_FOLDERS: UserFolderKind = {
  option: '--rights',
  variable: 'REDRESS_RIGHTS',
  missing: (from) => `The rights folder from ${from} does not exist. Check the name, or create the folder and put your pack in it (for example GB.json).`,
  notFolder: (from) => `${from} is a file, not a folder. Give the folder that holds your rights packs (for example GB.json).`,
};

/** Folders of the user's own packs: --rights DIR, then each folder in REDRESS_RIGHTS. */
export function userRightsDirs(option?: string): string[] {
  return userFolders(RIGHTS_FOLDERS, option);
}

// ---------------------------------------------------------------------------------------
// Reading packs

export interface LoadedPack {
  pack: Pack;
  /** Ids of entries that come from the user's own packs. */
  fromUser: Set<string>;
  /** The user's files that were read. */
  userFiles: string[];
}

const cache = new Map<string, LoadedPack | null>();

function readBuiltIn(country: string): Pack | undefined {
  const file = join(builtInPackDir(), `${country}.json`);
  // The build ships a pack in another language than English compressed (scripts/build.js).
  const text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : existsSync(`${file}.br`)
      ? process.getBuiltinModule('node:zlib').brotliDecompressSync(readFileSync(`${file}.br`)).toString('utf8')
      : undefined;
  if (text === undefined) return undefined;
  // The built-in packs are checked against the schema by the tests (test/rights/packs.test.ts),
  // so a letter need not check them again.
  const data = JSON.parse(text) as Partial<Pack> & Pick<Pack, 'country' | 'name'>;
  return { ...data, rights: data.rights ?? [], nextSteps: data.nextSteps ?? [], cardRoutes: data.cardRoutes ?? [] };
}

function findUserFile(dir: string, country: string): string | undefined {
  for (const name of [`${country}.json`, `${country}.yaml`, `${country}.yml`, `${country.toLowerCase()}.json`, `${country.toLowerCase()}.yaml`, `${country.toLowerCase()}.yml`]) {
    const file = join(dir, name);
    if (existsSync(file)) return file;
    // A link whose file has gone would otherwise leave the writer's own rights out without a word.
    if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
      throw new UserError(`Your rights pack ${safeForTerminal(file)} is a link to a file that does not exist. Point the link at your pack, or remove it.`);
    }
  }
  return undefined;
}

function readUser(file: string, country: string) {
  const shown = safeForTerminal(file);
  let data: unknown;
  let source: string | undefined;
  // A pack is a small file: a device, a pipe or a huge file is not read (it could hang or fill memory).
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat && !stat.isFile()) throw new UserError(`Your rights pack ${shown} is not a regular file (a folder, a pipe or a device?). Save the pack as a file in that folder.`);
  if (stat && stat.size > DEFAULT_MAX_BYTES) throw new UserError(`Your rights pack ${shown} is too large (${(stat.size / 1e6).toFixed(1)} MB; at most ${(DEFAULT_MAX_BYTES / 1e6).toFixed(1)} MB). Check that it is the right file.`);
  try {
    // Text only, in UTF-8 (a byte-order mark, as Windows editors save it, is left out): a pack saved
    // in another encoding is refused with what to do, never read with its accents broken.
    source = decodeText(readFileSync(file), `Your rights pack ${shown}`);
    data = /\.json$/i.test(file) ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    // Said at its line:column, as a case file's problems are (src/case/pack-problems.ts).
    throw packUnreadableError(file, source, error);
  }
  const parsed = packSchemas().userPackSchema.safeParse(data);
  if (!parsed.success) throw packProblemsError(file, packProblems(source, data, parsed.error.issues));
  if (parsed.data.country !== undefined && parsed.data.country !== country) {
    throw new UserError(`Your rights pack ${shown} says country "${parsed.data.country}", but its file name is for ${country}. Rename the file or change its country.`);
  }
  return parsed.data;
}

function mergeEntries<T extends Entry>(base: T[], own: T[], fromUser: Set<string>): T[] {
  const merged = [...base];
  for (const entry of own) {
    fromUser.add(entry.id);
    const at = merged.findIndex((e) => e.id === entry.id);
    if (at === -1) merged.push(entry);
    else merged[at] = entry;
  }
  return merged;
}

/** The pack for one country (ISO code), the user's entries merged in; undefined when there is none. */
export function loadPack(country: string, userDirs: readonly string[] = []): LoadedPack | undefined {
  const key = `${country}\0${userDirs.join('\0')}`;
  if (cache.has(key)) return cache.get(key) ?? undefined;
  const builtIn = readBuiltIn(country);
  const userFiles = userDirs.map((dir) => findUserFile(dir, country)).filter((file): file is string => file !== undefined);
  if (!builtIn && userFiles.length === 0) {
    cache.set(key, null);
    return undefined;
  }
  let pack: Pack = builtIn ?? { country, name: countryName(country), rights: [], nextSteps: [], cardRoutes: [] };
  const fromUser = new Set<string>();
  // Later folders are read first so that --rights (the first folder) has the last word.
  for (const file of [...userFiles].reverse()) {
    const own = readUser(file, country);
    pack = {
      country,
      name: own.name ?? pack.name,
      ...((own.language ?? pack.language) !== undefined && { language: own.language ?? pack.language }),
      rights: mergeEntries(pack.rights, own.rights, fromUser),
      nextSteps: mergeEntries(pack.nextSteps, own.nextSteps, fromUser),
      cardRoutes: mergeEntries(pack.cardRoutes, own.cardRoutes, fromUser),
    };
  }
  const loaded = { pack, fromUser, userFiles };
  cache.set(key, loaded);
  return loaded;
}

// ---------------------------------------------------------------------------------------
// Choosing what applies

interface Facts {
  region?: string;
  kind?: PurchaseKind;
  remedy?: Remedy;
  problem?: ProblemKind;
  stage?: Stage;
  paidWith?: PaidWith;
  sector?: string;
  price?: number;
  agreedPrice?: boolean;
  privateLandlord?: boolean;
  tenancy?: boolean;
  abovePricePercent?: number;
  amount?: number;
  currency?: string;
  statementDate?: string;
  chargedOn?: string;
  /** Days from the one-off purchase to when the writer first raised the problem. */
  daysToRaise?: number;
  /** The writer's story, folded as a pack's `says` words are (small letters, no accents: see fold.ts). */
  story?: string;
  trader?: 'home' | 'eu' | 'elsewhere';
  /** When the entry would be acted on: the letter's date for a card route, the reply-by date for a next step. */
  takenOn?: string;
}

type FactConditions = Pick<Entry, 'regions' | 'kinds' | 'remedies' | 'problems' | 'sectors' | 'paidWith' | 'says' | 'traders' | 'agreedPrice' | 'privateLandlord' | 'tenancy'> & {
  unless?: FactConditions | readonly FactConditions[];
  anyOf?: readonly FactConditions[];
};

/** Whether the conditions on the case's facts hold. A condition on a fact that is not known does not hold. */
function factsHold(c: FactConditions, facts: Facts): boolean {
  if (c.regions && (facts.region === undefined || !c.regions.includes(facts.region))) return false;
  if (c.kinds && (facts.kind === undefined || !c.kinds.includes(facts.kind))) return false;
  if (c.remedies && (facts.remedy === undefined || !c.remedies.includes(facts.remedy))) return false;
  if (c.problems && (facts.problem === undefined || !c.problems.includes(facts.problem))) return false;
  if (c.sectors && (facts.sector === undefined || !c.sectors.some((s) => s.toLowerCase() === facts.sector!.trim().toLowerCase()))) return false;
  if (c.paidWith && (facts.paidWith === undefined || !c.paidWith.includes(facts.paidWith))) return false;
  if (c.says && (facts.story === undefined || !foldedWords(c.says).some((words) => facts.story!.includes(words)))) return false;
  if (c.traders && (facts.trader === undefined || !c.traders.includes(facts.trader))) return false;
  if (c.agreedPrice && facts.agreedPrice !== true) return false;
  if (c.privateLandlord && facts.privateLandlord !== true) return false;
  if (c.tenancy && facts.tenancy !== true) return false;
  if (c.anyOf && !c.anyOf.some((alternative) => factsHold(alternative, facts))) return false;
  // An exception holds only when all its conditions do, so an unknown fact leaves the entry in.
  if (c.unless && (Array.isArray(c.unless) ? c.unless.some((u: FactConditions) => factsHold(u, facts)) : factsHold(c.unless as FactConditions, facts))) return false;
  return true;
}

/** A card statement shows a charge within this many days of it (a monthly billing cycle). */
export const STATEMENT_AFTER_CHARGE_DAYS = 31;

/** Whether an entry's conditions hold for these facts. A condition on a fact that is not known does not hold. */
export function applies(entry: Entry, facts: Facts, defaultStages: readonly Stage[]): boolean {
  if (!factsHold(entry, facts)) return false;
  if (facts.stage !== undefined && !(entry.stages ?? defaultStages).includes(facts.stage)) return false;
  const sameCurrency = entry.currency === undefined || facts.currency === undefined || entry.currency === facts.currency.toUpperCase();
  if (entry.priceAbove !== undefined || entry.priceUpTo !== undefined) {
    if (facts.price === undefined || !sameCurrency) return false;
    if (entry.priceAbove !== undefined && !(facts.price > entry.priceAbove)) return false;
    if (entry.priceUpTo !== undefined && !(facts.price <= entry.priceUpTo)) return false;
  }
  // An estimate exceeded by no more than the law allows is no ground for the rule; unknown, it is kept.
  if (entry.chargedAbovePercent !== undefined && facts.abovePricePercent !== undefined && !(facts.abovePricePercent > entry.chargedAbovePercent)) return false;
  if (entry.raisedWithinDays !== undefined && (facts.daysToRaise === undefined || facts.daysToRaise > entry.raisedWithinDays)) return false;
  if (entry.raisedAfterDays !== undefined && (facts.daysToRaise === undefined || facts.daysToRaise <= entry.raisedAfterDays)) return false;
  // A claim in another currency cannot be held against the limit: the route is left out, not promised.
  if (entry.claimUpTo !== undefined && facts.amount !== undefined && (!sameCurrency || facts.amount > entry.claimUpTo)) return false;
  if (entry.statementDays !== undefined && facts.statementDate !== undefined && facts.takenOn !== undefined && addDays(facts.statementDate, entry.statementDays) < facts.takenOn) return false;
  // Without the statement's date: the statement that showed a one-off charge came out within a month of it.
  if (entry.statementDays !== undefined && facts.statementDate === undefined && facts.chargedOn !== undefined && facts.takenOn !== undefined && addDays(facts.chargedOn, entry.statementDays + STATEMENT_AFTER_CHARGE_DAYS) < facts.takenOn) return false;
  if (entry.chargedWithinDays !== undefined && facts.takenOn !== undefined && !chargedRecently(facts, facts.takenOn, entry.chargedWithinDays)) return false;
  return true;
}

/**
 * Whether a one-off payment is recent enough on `on` for a card dispute: within `days` of the
 * payment or, for a booking (a stay, a trip or an event paid for ahead), of when the writer first
 * raised the problem, as the card schemes count from the day the service was due. Not for a
 * service: a dental crown fitted in 2023 and loose in 2026 was paid for, and due, in 2023.
 * True when the payment's date is not known.
 */
export function chargedRecently(facts: Pick<Facts, 'chargedOn' | 'daysToRaise' | 'kind'>, on: string, days: number): boolean {
  if (facts.chargedOn === undefined) return true;
  const providedLater = facts.kind === 'booking' && facts.daysToRaise !== undefined;
  const from = providedLater ? addDays(facts.chargedOn, facts.daysToRaise!) : facts.chargedOn;
  return addDays(from, days) >= on;
}

/** The entries that apply, keeping only the first of each group. */
function choose<T extends Entry>(entries: readonly T[], facts: Facts, defaultStages: readonly Stage[]): T[] {
  const groups = new Set<string>();
  const chosen: T[] = [];
  for (const entry of entries) {
    if (!applies(entry, facts, defaultStages)) continue;
    if (entry.group !== undefined) {
      if (groups.has(entry.group)) continue;
      groups.add(entry.group);
    }
    chosen.push(entry);
  }
  return chosen;
}

export const RIGHT_STAGES: readonly Stage[] = ['first', 'final'];
export const NEXT_STEP_STAGES: readonly Stage[] = ['final'];
export const CARD_ROUTE_STAGES: readonly Stage[] = ['card-dispute'];

const citedRight = (e: RightEntry): CitedRight => ({ id: e.id, text: e.text, law: e.law, source: e.source, checked: e.checked });

/**
 * The next steps, each possible by the reply-by date. A notice that must allow more days (a
 * demand letter's 30) moves that date later, and a step with a time limit (a billing-error
 * dispute) may no longer be in time by then: the steps are chosen again for the later date.
 */
function nextStepsBy(entries: readonly NextStepEntry[], facts: Facts, query: RightsQuery): NextStep[] {
  const chosen = choose(entries, { ...facts, takenOn: query.replyBy }, NEXT_STEP_STAGES);
  const minDays = Math.max(0, ...chosen.map((entry) => entry.minDays ?? 0));
  const later = minDays > 0 && query.letterDate !== undefined ? workingDayAfter(query.letterDate, minDays) : undefined;
  const steps = later !== undefined && query.replyBy !== undefined && later > query.replyBy ? choose(entries, { ...facts, takenOn: later }, NEXT_STEP_STAGES) : chosen;
  return steps.map(nextStep);
}

function nextStep(e: NextStepEntry): NextStep {
  const step: NextStep = { id: e.id, text: e.text, source: e.source, checked: e.checked };
  if (e.when !== undefined) step.when = e.when;
  if (e.afterWeeks !== undefined) step.afterWeeks = e.afterWeeks;
  if (e.paragraph !== undefined) step.paragraph = e.paragraph;
  if (e.minDays !== undefined) step.minDays = e.minDays;
  if (e.law !== undefined) step.law = e.law;
  if (e.terminalNote !== undefined) step.terminalNote = e.terminalNote;
  return step;
}

function cardRoute(e: CardRouteEntry, facts: Facts): CardRoute {
  // The schema makes the last reason hold for any case.
  const reason = e.reasons?.find((r) => factsHold(r, facts)) ?? e.reasons?.at(-1);
  const text = reason ? e.text.replace('{reason}', reason.text) : e.text;
  const route: CardRoute = { id: e.id, kind: e.kind, subject: e.subject, text, source: e.source, checked: e.checked };
  if (e.terminalNote !== undefined) route.terminalNote = e.terminalNote;
  return route;
}

function countryCode(input: string): string | undefined {
  // "UK" is written like a code, but is the United Kingdom's common name (GB).
  const found = findCountry(input);
  return found.ok ? found.value : undefined;
}

function regionCode(country: string, input: string | undefined): string | undefined {
  if (input === undefined || input.trim() === '') return undefined;
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(input)) return input;
  const found = findRegion(country, input);
  return found.ok ? found.value : undefined;
}

/**
 * The rights, next steps and card route for a letter; undefined when there is no pack for
 * the country. With the purchase kind unknown, only rights true for any kind are given.
 */
export function rightsFor(query: RightsQuery): RightsAnswer | undefined {
  const country = countryCode(query.country);
  if (country === undefined) return undefined;
  const loaded = loadPack(country, query.userDirs ?? []);
  if (!loaded) return undefined;
  const facts: Facts = {
    region: regionCode(country, query.region),
    kind: query.kind,
    remedy: query.remedy,
    problem: query.problem,
    stage: query.stage,
    paidWith: query.paidWith,
    sector: query.sector,
    price: query.price,
    agreedPrice: query.agreedPrice,
    privateLandlord: query.privateLandlord,
    tenancy: query.tenancy,
    abovePricePercent: query.abovePricePercent,
    amount: query.amount,
    currency: query.currency,
    statementDate: query.statementDate,
    chargedOn: query.chargedOn,
    daysToRaise: query.chargedOn !== undefined && query.raisedOn !== undefined && query.raisedOn >= query.chargedOn ? daysBetween(query.chargedOn, query.raisedOn) : undefined,
    story: query.story === undefined ? undefined : foldForMatching(query.story),
    trader: query.trader,
  };
  const { pack } = loaded;
  // Card routes are alternatives: the first that applies, in file order, is the route.
  const card = pack.cardRoutes.find((entry) => applies(entry, { ...facts, takenOn: query.letterDate }, CARD_ROUTE_STAGES));
  const answer: RightsAnswer = {
    country,
    countryName: pack.name,
    language: pack.language ?? 'en',
    rights: choose(pack.rights, facts, RIGHT_STAGES).map(citedRight),
    nextSteps: nextStepsBy(pack.nextSteps, facts, query),
  };
  if (card) answer.card = cardRoute(card, facts);
  return answer;
}
