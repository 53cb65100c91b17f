// The letter corpus (test/fixtures/letters): every realistic case, at every stage, in text
// and HTML, rendered by the built CLI as a user would, then checked by the letter linter,
// the tone check and the case's own expectations (see the corpus README).
//
// Every defect fails the test; it also prints how many defects of each kind it found (with
// examples) and writes the full list to a JSON report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import YAML from 'yaml';
import { BIN, ROOT, tempDir } from '../support/cli.js';
import { htmlToText, lintLetter, type Finding, type LetterFacts } from '../support/letter-lint.js';
import { checkTone } from '../../src/tone/index.js';

const DIR = join(ROOT, 'test', 'fixtures', 'letters');
const STAGES = ['first', 'reminder', 'final', 'card-dispute'] as const;
const FORMATS = ['text', 'html'] as const;
type Stage = (typeof STAGES)[number];
type Format = (typeof FORMATS)[number];

// ----------------------------------------------------------------------------------------
// Cases and expectations

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = Record<string, any>;

interface Scope {
  contains?: string[];
  absent?: string[];
}
interface Expectations extends Scope {
  facts?: Partial<LetterFacts>;
  everyStage?: Scope;
  toBusiness?: Scope;
  stages?: Partial<Record<Stage, Scope>>;
}

interface CorpusCase {
  name: string;
  file: string;
  value: Raw;
  expect: Expectations;
}

const cases: CorpusCase[] = readdirSync(DIR)
  .filter((f) => /^\d{2,3}-[\w-]+\.yaml$/.test(f) && !f.endsWith('.expect.yaml'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.yaml$/, '');
    const expectFile = join(DIR, `${name}.expect.yaml`);
    return {
      name,
      file: join(DIR, f),
      value: YAML.parse(readFileSync(join(DIR, f), 'utf8')) as Raw,
      expect: existsSync(expectFile) ? ((YAML.parse(readFileSync(expectFile, 'utf8')) ?? {}) as Expectations) : {},
    };
  });

// Countries and regions, as people write them. (Kept here, not taken from src, so the test
// states independently what a writer means.)
const COUNTRY: Record<string, string> = {
  gb: 'GB', uk: 'GB', 'united kingdom': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', britain: 'GB', 'great britain': 'GB',
  ie: 'IE', ireland: 'IE', 'republic of ireland': 'IE',
  us: 'US', usa: 'US', 'united states': 'US', 'united states of america': 'US',
  ca: 'CA', canada: 'CA',
  au: 'AU', australia: 'AU',
  nz: 'NZ', 'new zealand': 'NZ',
};
const COUNTRY_REGION: Record<string, string> = { england: 'GB-ENG', scotland: 'GB-SCT', wales: 'GB-WLS', 'northern ireland': 'GB-NIR' };
const REGION: Record<string, Record<string, string>> = {
  GB: { england: 'ENG', scotland: 'SCT', wales: 'WLS', 'northern ireland': 'NIR', ni: 'NIR' },
  US: { massachusetts: 'MA', california: 'CA', illinois: 'IL', texas: 'TX', 'new york': 'NY', florida: 'FL', ohio: 'OH', washington: 'WA', 'new jersey': 'NJ' },
  CA: { ontario: 'ON', 'british columbia': 'BC', alberta: 'AB', quebec: 'QC' },
  AU: { 'new south wales': 'NSW', victoria: 'VIC', queensland: 'QLD', 'south australia': 'SA', 'western australia': 'WA', tasmania: 'TAS' },
};
const LOCALE: Record<string, string> = { GB: 'en-GB', IE: 'en-IE', US: 'en-US', CA: 'en-CA', AU: 'en-AU', NZ: 'en-NZ' };
const CURRENCY: Record<string, string> = { GB: 'GBP', IE: 'EUR', US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD' };
const CURRENCY_LOCALE: Record<string, string> = { GBP: 'en-GB', AUD: 'en-AU', CAD: 'en-CA', NZD: 'en-NZ', USD: 'en-US' };

const SCOTTISH_AREAS = new Set(['AB', 'DD', 'DG', 'EH', 'FK', 'G', 'HS', 'IV', 'KA', 'KW', 'KY', 'ML', 'PA', 'PH', 'ZE']);
const WELSH_AREAS = new Set(['CF', 'LL', 'SA', 'LD']);
const NI_COUNTIES = new Set(['antrim', 'armagh', 'down', 'fermanagh', 'londonderry', 'derry', 'tyrone']);
const AU_STATES = 'NSW|VIC|QLD|SA|WA|TAS|ACT|NT';
const US_STATES = 'A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]';
const CA_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';

/** Where an address without a country says the writer lives: a country's name, a UK postcode or Eircode, or a region and postcode at its end. */
function countryOfAddress(address: string): { country?: string; region?: string } {
  const text = address.trim().replace(/[\s,.]+$/, '');
  const named = /(?:^|[\s,])([A-Za-z. ]+)$/.exec(text)?.[1]?.trim().toLowerCase();
  for (const [name, code] of Object.entries(COUNTRY)) if (name.length > 2 && named?.endsWith(name) && (named === name || /[\s,]$/.test(named.slice(0, -name.length)))) return { country: code, region: COUNTRY_REGION[name] };
  const uk = /\b([A-Z]{1,2})\d[A-Z\d]?\s*\d[A-Z]{2}$/i.exec(text);
  if (uk) {
    const area = uk[1]!.toUpperCase();
    return { country: 'GB', region: area === 'BT' ? 'GB-NIR' : SCOTTISH_AREAS.has(area) ? 'GB-SCT' : WELSH_AREAS.has(area) ? 'GB-WLS' : 'GB-ENG' };
  }
  if (/\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}$/i.test(text)) return { country: 'IE' };
  const county = /(?:^|[\s,])(?:co\.?|county)\s+([a-z]+)$/i.exec(text)?.[1]?.toLowerCase();
  if (county && NI_COUNTIES.has(county)) return { country: 'GB', region: 'GB-NIR' };
  if (county || /(?:^|[\s,])dublin\s+\d{1,2}w?$/i.test(text)) return { country: 'IE' };
  const au = new RegExp(`\\b(${AU_STATES})\\s+\\d{4}$`).exec(text);
  if (au) return { country: 'AU', region: `AU-${au[1]}` };
  const us = new RegExp(`\\b(${US_STATES})\\s+\\d{5}(?:-\\d{4})?$`).exec(text);
  if (us) return { country: 'US', region: `US-${us[1]}` };
  const ca = new RegExp(`\\b(${CA_PROVINCES})\\s+[A-Z]\\d[A-Z][ -]?\\d[A-Z]\\d$`, 'i').exec(text);
  if (ca) return { country: 'CA', region: `CA-${ca[1]!.toUpperCase()}` };
  return {};
}

function countryOf(value: Raw): { country?: string; region?: string } {
  const written = value.sender?.country === undefined ? undefined : String(value.sender.country).trim().toLowerCase();
  if (!written && value.sender?.address) {
    // An address says where the writer lives, unless what they paid in says otherwise.
    const shown = countryOfAddress(String(value.sender.address));
    const paidIn = currencyOf(value, false);
    if (shown.country && (!paidIn || paidIn === CURRENCY[shown.country])) return shown;
  }
  const country = written ? COUNTRY[written] : undefined;
  let region = written ? COUNTRY_REGION[written] : undefined;
  const r = value.sender?.region === undefined ? undefined : String(value.sender.region).trim();
  if (r && country) {
    if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(r)) region = r;
    else region = `${country}-${REGION[country]?.[r.toLowerCase()] ?? r.toUpperCase()}`;
  }
  return { country, region };
}

/** The currency the case names, or the one its amount is written in ("£1,450"; "$" says nothing of which dollar). */
/** The currency the case names or writes its amount in; else (`answersToo`, for a writer whose country is not known) the one their answers use. */
function currencyOf(value: Raw, answersToo: boolean): string | undefined {
  if (value.purchase?.currency) return String(value.purchase.currency).toUpperCase();
  const amount = String(value.purchase?.amount ?? '');
  if (answersToo) {
    // Without a country, amounts the writer wrote in one currency of their own say which.
    const answers = [value.story?.circumstances, value.story?.expectations, value.story?.outcome, value.story?.impact, value.request?.reason, value.request?.correction, ...(value.contacts ?? []).map((x: Raw) => x.result), ...(value.request?.costs ?? []).map((x: Raw) => x.what)].flat().filter(Boolean).join('\n');
    const pounds = /£\s?\d/.test(answers);
    const euros = /€\s?\d|\d\s?€/.test(answers);
    if (!/^\s*[£€$]|^\s*[A-Z]{1,2}\$/.test(amount) && pounds !== euros) return pounds ? 'GBP' : 'EUR';
  }
  return /^\s*£/.test(amount) ? 'GBP' : /^\s*€/.test(amount) ? 'EUR' : /^\s*(A\$|AU\$)/.test(amount) ? 'AUD' : /^\s*(C\$|CA\$)/.test(amount) ? 'CAD' : /^\s*NZ\$/.test(amount) ? 'NZD' : undefined;
}

function localeOf(value: Raw, country?: string): string {
  if (value.letter?.locale) return String(value.letter.locale);
  if (country && LOCALE[country]) return LOCALE[country]!;
  const currency = currencyOf(value, country === undefined);
  if (currency === 'EUR' && /\bIreland\b|\bD\d{2}\b|\b[A-Z]\d{2} ?[A-Z0-9]{4}\b/.test(String(value.sender?.address ?? ''))) return 'en-IE';
  if (currency && CURRENCY_LOCALE[currency]) return CURRENCY_LOCALE[currency]!;
  return 'en-US';
}

const asList = (v: unknown): string[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

function factsFor(c: CorpusCase, stage: Stage, format: Format, card: Raw | undefined): LetterFacts {
  const v = c.value;
  const { country, region } = countryOf(v);
  const locale = localeOf(v, country);
  const costs: Raw[] = v.request?.costs ?? [];
  const period = v.purchase?.period as LetterFacts['period'];
  return {
    company: String(v.recipient.company),
    impact: v.story?.impact === undefined ? undefined : String(v.story.impact),
    amountPaid: period || v.purchase?.amount === undefined ? undefined : Number(v.purchase.amount),
    currency: currencyOf(v, country === undefined) ?? ((country && CURRENCY[country]) || 'USD'),
    locale,
    country,
    region,
    stage,
    item: String(v.purchase.item),
    contact: v.recipient?.contact === undefined ? undefined : String(v.recipient.contact),
    names: [...(v.contacts ?? []).map((x: Raw) => x.who).filter(Boolean).map(String), String(v.sender.name)],
    issuer: card?.issuer === undefined ? undefined : String(card.issuer),
    // The writer's greeting and sign-off are for the business, not for the card issuer.
    signOff: v.letter?.signOff === undefined || stage === 'card-dispute' ? undefined : String(v.letter.signOff),
    greeting: v.letter?.greeting === undefined || stage === 'card-dispute' ? undefined : String(v.letter.greeting),
    userText: [
      ...asList(v.story?.circumstances),
      ...asList(v.story?.expectations),
      ...asList(v.story?.outcome),
      ...asList(v.story?.impact),
      ...(v.contacts ?? []).map((x: Raw) => x.result).filter(Boolean).map(String),
      ...asList(v.request?.correction),
      ...asList(v.request?.reason),
      ...asList(v.evidence),
      ...costs.map((x) => String(x.what)),
    ],
    verbatim: v.purchase?.reference === undefined ? [] : [String(v.purchase.reference)],
    period,
    remedy: v.request?.remedy,
    compensationTotal: v.request?.remedy === 'compensation' ? costs.reduce((sum, x) => sum + Number(x.amount), 0) : undefined,
    senderEmail: v.sender?.email === undefined ? undefined : String(v.sender.email),
    senderPhone: v.sender?.phone === undefined ? undefined : String(v.sender.phone),
    format,
    ...c.expect.facts,
  };
}

// ----------------------------------------------------------------------------------------
// Dates

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const longDate = (date: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** The case as the CLI gets it for a stage: earlier letters and a card added when missing. */
function caseForStage(c: CorpusCase, stage: Stage): { value: Raw; previous: string[]; card?: Raw } {
  const value = structuredClone(c.value);
  const date = String(value.letter.date);
  if (stage !== 'first' && !(value.letter.previous?.length > 0)) value.letter.previous = [addDays(date, -28), addDays(date, -14)];
  if (stage === 'card-dispute' && !value.card) value.card = { issuer: 'Northway Bank', last4: '4417' };
  return { value, previous: (value.letter.previous ?? []).map(String), card: value.card };
}

// ----------------------------------------------------------------------------------------
// Running the CLI, two at a time (the machine is shared)

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
const home = tempDir('redress-corpus-');

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env, CI: '1', REDRESS_HOME: home.dir, NO_COLOR: '1', FORCE_COLOR: undefined };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function pool<T>(jobs: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]!();
      }
    }),
  );
  return results;
}

// ----------------------------------------------------------------------------------------
// Checking one letter

interface Defect extends Finding {
  case: string;
  stage: Stage;
  format: Format;
}

function matcher(phrase: string): (text: string) => boolean {
  const re = /^\/(.*)\/([a-z]*)$/s.exec(phrase);
  if (re) {
    const pattern = new RegExp(re[1]!, `${re[2]!.replace(/[gy]/g, '')}u`);
    return (text) => pattern.test(text);
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let source = phrase
    .split(/\s+/)
    .map(escape)
    .join('[\\s\\u00a0\\u202f]+');
  if (/^[^\d]*[\d,]+\.00$/.test(phrase)) source = `${source.slice(0, -'\\.00'.length)}(?:\\.00)?(?!\\d|[.,]\\d)`;
  const pattern = new RegExp(source, 'u');
  return (text) => pattern.test(text);
}

function scopesFor(e: Expectations, stage: Stage, own: Stage): Scope[] {
  const scopes: Scope[] = [];
  if (e.everyStage) scopes.push(e.everyStage);
  if (e.toBusiness && stage !== 'card-dispute') scopes.push(e.toBusiness);
  if (stage === own) scopes.push({ contains: e.contains, absent: e.absent });
  if (e.stages?.[stage]) scopes.push(e.stages[stage]!);
  return scopes;
}

function checkLetter(c: CorpusCase, stage: Stage, format: Format, run: Run, previous: string[], card: Raw | undefined): Defect[] {
  const defects: Defect[] = [];
  const add = (kind: string, message: string, excerpt = '') => defects.push({ case: c.name, stage, format, kind, message, excerpt });
  // A card issuer only reverses a card payment: no card-dispute letter for a payment by other
  // means, for costs alone (outside section 75), or for a regular payment to be put right with
  // no sum to credit; redress says why, naming the field.
  if (stage === 'card-dispute' && run.code === 2) {
    const paidWith = c.value.purchase.paidWith as string | undefined;
    const notByCard = paidWith !== undefined && paidWith !== 'credit-card' && paidWith !== 'debit-card';
    // A regular payment to be put right names no charge to reverse without an amount.
    const request = c.value.request as { remedy?: string; amount?: number };
    const noCharge = (request.remedy === 'correction' || request.remedy === 'either') && c.value.purchase.period !== undefined && request.amount === undefined;
    const field = notByCard ? 'purchase.paidWith' : request.remedy === 'compensation' || noCharge ? 'request.remedy' : undefined;
    if (field && run.stderr.includes(field) && run.stdout === '') return defects;
  }
  if (run.code !== 0 || run.stdout.trim() === '') {
    add('not-rendered', `redress draft exited ${run.code}: ${run.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
    return defects;
  }
  const raw = run.stdout;
  const text = format === 'html' ? htmlToText(raw) : raw.replace(/\n$/, '');
  const facts = factsFor(c, stage, format, card);
  for (const f of lintLetter(text, facts)) defects.push({ case: c.name, stage, format, ...f });

  // The tone check: a built-in letter is always kind.
  for (const f of checkTone(text).filter((t) => t.severity === 'error')) add('tone', `${f.rule}: ${f.message}`, f.text ?? '');
  // And firm, as `redress check --strict` sees it: a request, its amount, a date, the reference
  // (when the case has one to give).
  if (format === 'text') {
    const hasReference = Boolean(c.value.purchase.reference);
    for (const f of checkTone(text, { letter: true })) {
      if (f.rule === 'hedging' || (f.rule === 'no-reference' && !hasReference)) continue;
      if (f.severity === 'warning') add('firmness', `${f.rule}: ${f.message}`, f.text ?? '');
    }
  }

  // The case's expectations.
  const own = (c.value.letter?.stage ?? 'first') as Stage;
  const flat = text.replace(/[\u00a0\u202f]/g, ' ');
  for (const scope of scopesFor(c.expect, stage, own)) {
    for (const phrase of scope.contains ?? []) if (!matcher(phrase)(flat)) add('expected-missing', `expected "${phrase}"`);
    for (const phrase of scope.absent ?? []) if (matcher(phrase)(flat)) add('expected-absent', `should not contain "${phrase}"`);
  }

  // Expectations every case has.
  const locale = facts.locale!;
  const v = c.value;
  const letterDate = String(v.letter.date);
  if (stage !== 'card-dispute') {
    // A reply-by date is a working day: one that falls on a weekend or from 25 December to 1 January is the next working day.
    // A final letter that is also a statutory notice (a California section 1782 notice, a
    // Massachusetts 93A demand) gives the business at least the 30 days the law asks for.
    const notice = stage === 'final' && /notice under California Civil Code section 1782|30-day demand letter/.test(flat);
    const days = Math.max(Number(v.request?.deadlineDays ?? 14), notice ? 30 : 0);
    let deadline = v.request?.deadline && !notice ? String(v.request.deadline) : addDays(letterDate, days);
    while ((!v.request?.deadline || notice) && ([0, 6].includes(new Date(`${deadline}T12:00:00Z`).getUTCDay()) || /-(12-2[5-9]|12-3[01]|01-01)$/.test(deadline))) deadline = addDays(deadline, 1);
    if (!flat.includes(longDate(deadline, locale))) add('expected-missing', `the reply-by date ${longDate(deadline, locale)}`);
  }
  const wanted = stage === 'final' ? previous : stage === 'first' ? [] : previous.slice(-1);
  for (const date of wanted) if (!flat.includes(longDate(date, locale))) add('expected-missing', `the earlier letter of ${longDate(date, locale)}`);
  if (stage === 'card-dispute') {
    if (card?.last4 && !flat.includes(String(card.last4))) add('expected-missing', `the card ending ${card.last4}`);
    // A claim for costs alone is credited only under section 75; through a chargeback, the issuer is asked to look into the charge.
    const asks = v.request?.remedy === 'compensation' ? /\bcredit|look into this charge/i : /\bcredit/i;
    if (!asks.test(flat)) add('expected-missing', 'a request to credit the account');
  }
  if (format === 'html') {
    const need = (what: string, value: unknown) => {
      if (value === undefined) return;
      const first = String(value).split(/,|\n/)[0]!.trim();
      // Names typed in lower case are given their capitals.
      if (!flat.toLowerCase().includes(first.toLowerCase())) add('html-letter', `the printable letter has no ${what} ("${first}")`);
    };
    need('letter date', longDate(letterDate, locale));
    need('sender name', v.sender.name);
    need('sender address', v.sender.address);
    // A note in brackets after the name ("(online store)") is not part of it.
    need('business name', String(v.recipient.company).replace(/\s*\([^()]*\)\s*$/, ''));
    if (stage !== 'card-dispute') need('business address', v.recipient.address);
    // Contact details once: at the top of a printed letter, not again under the signature.
    for (const contact of [v.sender.email, v.sender.phone]) if (contact && flat.split(String(contact)).length - 1 > 1) add('html-letter', `the printable letter gives "${contact}" twice`);
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(raw)?.[1] ?? raw;
    if (/&(?![a-z]+;|#\d+;|#x[0-9a-f]+;)/i.test(body.replace(/<[^>]*>/g, ''))) add('html-letter', 'an unescaped "&" in the HTML');
    if (/&amp;(amp|lt|gt|quot|#\d+);/.test(body)) add('html-letter', 'text escaped twice in the HTML');
    // A label typed with its colon ("PNR: QX7TZB") is written without it ("PNR QX7TZB"): that is the reference kept whole.
    const typedReference = v.purchase?.reference === undefined ? undefined : String(v.purchase.reference);
    const reference = typedReference?.replace(/^([A-Za-z][A-Za-z.#'’ ]{0,24}?)\s*:\s*(\S*\d\S*)$/, '$1 $2');
    if (reference && /[\s/-]/.test(reference)) {
      const esc = reference.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const kept = new RegExp(`<[^>]*(nowrap|white-space)[^>]*>[^<]*${esc.replace(/[\s-]/g, '[\\s\\u00a0\\u2011-]')}`, 'i').test(body) || body.includes(reference.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')) || body.includes(reference.replace(/ /g, '&nbsp;').replace(/-/g, '&#8209;'));
      if (!kept) add('html-letter', `the reference "${reference}" can break across lines`);
    }
  }
  return defects;
}

// ----------------------------------------------------------------------------------------

const results = new Map<string, Defect[]>();
const samples = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync(BIN) || !existsSync(join(ROOT, 'dist'))) throw new Error('Build redress first: npm run build');
  const jobs: Array<() => Promise<void>> = [];
  for (const c of cases) {
    for (const stage of STAGES) {
      const { value, previous, card } = caseForStage(c, stage);
      const file = home.path(`${c.name}.${stage}.yaml`);
      writeFileSync(file, YAML.stringify(value));
      for (const format of FORMATS) {
        jobs.push(async () => {
          const args = ['draft', '--from', file, '--stage', stage, '--format', format, '--date', String(c.value.letter.date), '--no-input'];
          let run = await runCli(args);
          // dist/ may be rebuilt by someone else while this runs: a missing module is not a letter's defect.
          for (let retry = 0; retry < 3 && run.code !== 0 && /Cannot find module|ERR_MODULE_NOT_FOUND/.test(run.stderr); retry++) {
            await new Promise((r) => setTimeout(r, 3000));
            run = await runCli(args);
          }
          const defects = checkLetter(c, stage, format, run, previous, card);
          results.set(`${c.name}|${stage}|${format}`, defects);
          if (format === 'text') samples.set(`${c.name}|${stage}`, run.stdout);
        });
      }
    }
  }
  await pool(jobs, 2);
}, 900_000);

afterAll(() => home.cleanup());

describe('the letter corpus', () => {
  it('has at least 45 realistic cases, each with expectations, across countries, stages and remedies', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    for (const c of cases) {
      expect({ case: c.name, hasExpectations: existsSync(join(DIR, `${c.name}.expect.yaml`)) }).toEqual({ case: c.name, hasExpectations: true });
      expect({ case: c.name, date: typeof c.value.letter?.date }).toEqual({ case: c.name, date: 'string' });
    }
    for (const c of cases) {
      const unknown = Object.keys(c.expect).filter((k) => !['facts', 'everyStage', 'toBusiness', 'contains', 'absent', 'stages'].includes(k));
      expect({ case: c.name, unknown }).toEqual({ case: c.name, unknown: [] });
      const stages = Object.keys(c.expect.stages ?? {}).filter((k) => !(STAGES as readonly string[]).includes(k));
      expect({ case: c.name, stages }).toEqual({ case: c.name, stages: [] });
    }
    const countries = new Set(cases.map((c) => countryOf(c.value).country ?? 'none'));
    expect([...countries].sort()).toEqual(['AU', 'CA', 'GB', 'IE', 'NZ', 'US', 'none']);
    const regions = new Set(cases.map((c) => countryOf(c.value).region).filter(Boolean));
    for (const r of ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR', 'US-MA', 'US-CA', 'CA-ON', 'CA-BC', 'AU-NSW', 'AU-VIC', 'AU-QLD']) expect(regions).toContain(r);
    const stages = new Set(cases.map((c) => c.value.letter?.stage ?? 'first'));
    expect([...stages].sort()).toEqual([...STAGES].sort());
    const remedies = new Set(cases.map((c) => c.value.request.remedy));
    expect([...remedies].sort()).toEqual(['compensation', 'correction', 'either', 'partial-refund', 'refund']);
    const kinds = new Set(cases.map((c) => c.value.purchase.kind ?? 'none'));
    for (const k of ['goods', 'service', 'subscription', 'booking', 'deposit', 'other', 'none']) expect(kinds).toContain(k);
  });

  it('renders every case at every stage in text and HTML', () => {
    expect(results.size).toBe(cases.length * STAGES.length * FORMATS.length);
  });

  for (const c of cases) {
    it(`${c.name}: every letter reads as a consumer adviser would sign it`, () => {
      const defects = STAGES.flatMap((stage) => FORMATS.flatMap((format) => results.get(`${c.name}|${stage}|${format}`) ?? []));
      const summary = defects.map((d) => `${d.stage}/${d.format} ${d.kind}: ${d.message}${d.excerpt ? ` — ${d.excerpt}` : ''}`);
      expect(summary).toEqual([]);
    });
  }

  it('reports what it found', () => {
    const all = [...results.values()].flat();
    const byKind = new Map<string, Defect[]>();
    for (const d of all) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d]);
    const letters = results.size;
    const clean = [...results.values()].filter((d) => d.length === 0).length;
    const report = join(tmpdir(), 'redress-corpus-report.json');
    writeFileSync(report, JSON.stringify({ letters, clean, defects: all, samples: Object.fromEntries(samples) }, null, 1));
    const lines = [
      `Letter corpus: ${cases.length} cases, ${letters} letters, ${clean} without a defect, ${all.length} defects.`,
      ...[...byKind.entries()]
        .sort((a, b) => b[1].length - a[1].length)
        .map(([kind, ds]) => {
          const letterCount = new Set(ds.map((d) => `${d.case}|${d.stage}|${d.format}`)).size;
          const eg = ds[0]!;
          return `  ${String(ds.length).padStart(5)} ${kind} (${letterCount} letters), e.g. ${eg.case} ${eg.stage}/${eg.format}: ${eg.message}`;
        }),
      `Full list and the text letters: ${report}`,
    ];
    console.log(lines.join('\n'));
    expect(letters).toBeGreaterThan(0);
  });
});
