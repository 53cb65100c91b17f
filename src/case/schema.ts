// The single source of truth for the case file: the TypeScript type, the validation
// and the JSON Schema printed by `redress schema` all come from these definitions.
import * as z from 'zod/mini';

import { forEditors, JSON_KIND, JSON_PHRASES, JSON_SYNONYMS } from './json-schema.js';
import { currencyCodeFor, DATE_PATTERN, isKnownCurrency, MAX_AMOUNT, readAmount, readDate, unpayableAmount } from './input-rules.js';
import { isCommonLocale } from '../util/common-locales.js';
import { findCountry, findRegion, countryInfo } from './countries.js';
import { remembered } from '../util/remember.js';
import { withoutInvisible } from '../util/invisible.js';
import { LANGUAGES } from '../letter/language/names.js';
import { isCalendarDate } from './dates.js';
import { onFirstUse } from '../util/on-first-use.js';

/** A letter or a digit of any script: a text with neither says nothing in a letter. */
const HAS_WORDS = onFirstUse(() => /[\p{L}\p{N}]/u);

export const MAX_TEXT = 10_000;
export const MAX_LIST = 50;
export { isKnownCurrency, MAX_AMOUNT };

/** 10000 -> "10,000" (without Intl, whose first use costs more than the whole schema). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export const REMEDIES = ['correction', 'refund', 'either', 'partial-refund', 'compensation'] as const;
export const PURCHASE_KINDS = ['goods', 'service', 'subscription', 'booking', 'deposit', 'other'] as const;
export const PERIODS = ['week', 'fortnight', 'month', 'quarter', 'year'] as const;
/** How people name what went wrong: "faulty" is poor quality, "never arrived" is not provided. */
const PROBLEM_WORDS: Readonly<Record<string, ProblemKind>> = {
  faulty: 'poor-quality', defective: 'poor-quality', broken: 'poor-quality', damaged: 'poor-quality', 'poor-service': 'poor-quality', 'bad-service': 'poor-quality',
  'not-as-described': 'poor-quality', substandard: 'poor-quality', 'poor-workmanship': 'poor-quality', late: 'poor-quality', delayed: 'poor-quality',
  'not-delivered': 'not-provided', undelivered: 'not-provided', 'never-delivered': 'not-provided', 'never-arrived': 'not-provided', 'not-received': 'not-provided',
  'never-received': 'not-provided', 'no-show': 'not-provided', 'not-done': 'not-provided', 'never-done': 'not-provided', 'not-supplied': 'not-provided',
  'charged-after-cancellation': 'charged-after-cancelling', 'billed-after-cancelling': 'charged-after-cancelling', 'billed-after-cancellation': 'charged-after-cancelling',
  'charged-after-cancel': 'charged-after-cancelling', 'cancelled-but-charged': 'charged-after-cancelling', 'canceled-but-charged': 'charged-after-cancelling',
  'charged-after-canceling': 'charged-after-cancelling', overcharge: 'overcharged', overbilled: 'overcharged', 'double-charged': 'overcharged', 'charged-twice': 'overcharged',
  'wrong-price': 'overcharged', 'wrong-amount': 'overcharged', 'deposit-not-refunded': 'deposit-not-returned', 'deposit-withheld': 'deposit-not-returned',
  'bond-not-returned': 'deposit-not-returned', 'bond-not-refunded': 'deposit-not-returned', 'bond-withheld': 'deposit-not-returned',
  // A flight the airline cancelled was not provided ("cancelled" alone may be the writer's own cancelling, so it is asked about).
  'cancelled-flight': 'not-provided', 'flight-cancelled': 'not-provided', 'canceled-flight': 'not-provided', 'flight-canceled': 'not-provided',
  'vol-annulé': 'not-provided', 'facturé-en-trop': 'overcharged', 'prestation-incomplète': 'poor-quality', 'mal-fait': 'poor-quality', 'mal-faite': 'poor-quality', retard: 'poor-quality',
  ausgefallen: 'not-provided', 'flug-gestrichen': 'not-provided', 'flug-annulliert': 'not-provided', verspätet: 'poor-quality', verspätung: 'poor-quality',
  'vuelo-cancelado': 'not-provided', 'cobrado-de-más': 'overcharged', 'mal-hecho': 'poor-quality', retraso: 'poor-quality',
  // French, German and Spanish.
  défectueux: 'poor-quality', defectueux: 'poor-quality', malfaçon: 'poor-quality', malfacon: 'poor-quality', 'mauvaise-qualité': 'poor-quality',
  'non-conforme': 'poor-quality', endommagé: 'poor-quality', 'non-livré': 'not-provided', 'non-livre': 'not-provided', 'jamais-livré': 'not-provided',
  'jamais-reçu': 'not-provided', 'non-reçu': 'not-provided', 'non-fourni': 'not-provided', 'prélevé-après-résiliation': 'charged-after-cancelling',
  'facturé-après-résiliation': 'charged-after-cancelling', surfacturation: 'overcharged', surfacturé: 'overcharged', 'double-prélèvement': 'overcharged',
  'trop-perçu': 'overcharged', 'dépôt-de-garantie-non-restitué': 'deposit-not-returned', 'caution-non-rendue': 'deposit-not-returned', autre: 'other',
  mangelhaft: 'poor-quality', mangel: 'poor-quality', defekt: 'poor-quality', beschädigt: 'poor-quality', 'schlechte-qualität': 'poor-quality',
  'nie-angekommen': 'not-provided', 'nicht-geliefert': 'not-provided', 'nie-geliefert': 'not-provided', 'nicht-erhalten': 'not-provided',
  'nicht-erbracht': 'not-provided', 'abbuchung-nach-kündigung': 'charged-after-cancelling', 'nach-kündigung-abgebucht': 'charged-after-cancelling',
  'zu-viel-berechnet': 'overcharged', 'doppelt-abgebucht': 'overcharged', 'falsche-rechnung': 'overcharged', 'kaution-nicht-zurück': 'deposit-not-returned',
  'kaution-nicht-zurückgezahlt': 'deposit-not-returned', sonstiges: 'other', andere: 'other',
  defectuoso: 'poor-quality', 'mala-calidad': 'poor-quality', dañado: 'poor-quality', 'no-conforme': 'poor-quality', 'no-entregado': 'not-provided',
  'nunca-llegó': 'not-provided', 'nunca-llego': 'not-provided', 'no-recibido': 'not-provided', 'no-prestado': 'not-provided',
  'cobro-tras-la-baja': 'charged-after-cancelling', 'cobro-después-de-la-baja': 'charged-after-cancelling', 'cobro-indebido': 'overcharged',
  'cobro-de-más': 'overcharged', 'cobro-duplicado': 'overcharged', 'fianza-no-devuelta': 'deposit-not-returned', otro: 'other',
  quality: 'poor-quality', 'bad-quality': 'poor-quality', qualité: 'poor-quality', qualität: 'poor-quality', kaputt: 'poor-quality', calidad: 'poor-quality', roto: 'poor-quality', cassé: 'poor-quality',
};

/** How people write what they want, in the four languages of the letters. */
const REMEDY_WORDS: Readonly<Record<string, Remedy>> = {
  repair: 'correction', 'put-it-right': 'correction', fix: 'correction', replacement: 'correction', 'full-refund': 'refund', 'money-back': 'refund',
  'partial-refund': 'partial-refund', 'part-refund': 'partial-refund', 'refund-or-correction': 'either', 'correction-or-refund': 'either', compensation: 'compensation',
  réparation: 'correction', remboursement: 'refund', 'remboursement-partiel': 'partial-refund', indemnisation: 'compensation', dédommagement: 'compensation',
  nachbesserung: 'correction', nacherfüllung: 'correction', erstattung: 'refund', rückerstattung: 'refund', teilerstattung: 'partial-refund', entschädigung: 'compensation', schadensersatz: 'compensation',
  reparación: 'correction', reembolso: 'refund', devolución: 'refund', 'reembolso-parcial': 'partial-refund', indemnización: 'compensation', compensación: 'compensation',
};

/** How people write the kind of purchase, in the four languages of the letters. */
const KIND_WORDS: Readonly<Record<string, PurchaseKind>> = {
  product: 'goods', item: 'goods', services: 'service', membership: 'subscription', reservation: 'booking', bond: 'deposit',
  bien: 'goods', produit: 'goods', marchandise: 'goods', prestation: 'service', abonnement: 'subscription', réservation: 'booking', 'dépôt-de-garantie': 'deposit', caution: 'deposit', acompte: 'deposit',
  ware: 'goods', waren: 'goods', produkt: 'goods', dienstleistung: 'service', werkvertrag: 'service', abo: 'subscription', mitgliedschaft: 'subscription', buchung: 'booking', kaution: 'deposit', anzahlung: 'deposit',
  adhésion: 'subscription', membresía: 'subscription', cuota: 'subscription', arrhes: 'deposit',
  producto: 'goods', bienes: 'goods', servicio: 'service', suscripción: 'subscription', suscripcion: 'subscription', reserva: 'booking', fianza: 'deposit', señal: 'deposit',
};

/** How people write a period: "monthly" is a month. */
const PERIOD_WORDS: Readonly<Record<string, Period>> = {
  weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year', annually: 'year', annual: 'year',
  'every-week': 'week', 'each-week': 'week', 'a-week': 'week', 'per-week': 'week', 'every-month': 'month', 'each-month': 'month', 'a-month': 'month', 'per-month': 'month',
  'every-quarter': 'quarter', 'every-three-months': 'quarter', 'every-3-months': 'quarter', 'every-year': 'year', 'each-year': 'year', 'a-year': 'year', 'per-year': 'year', 'per-annum': 'year',
  fortnightly: 'fortnight', biweekly: 'fortnight', 'bi-weekly': 'fortnight', 'every-two-weeks': 'fortnight', 'every-2-weeks': 'fortnight', 'two-weekly': 'fortnight', '2-weeks': 'fortnight', 'two-weeks': 'fortnight',
  quinzaine: 'fortnight', 'toutes-les-deux-semaines': 'fortnight', 'toutes-les-2-semaines': 'fortnight', zweiwöchentlich: 'fortnight', '14-tägig': 'fortnight', 'alle-zwei-wochen': 'fortnight', 'alle-2-wochen': 'fortnight', quincenal: 'fortnight', 'cada-dos-semanas': 'fortnight', 'cada-2-semanas': 'fortnight',
  semaine: 'week', hebdomadaire: 'week', mois: 'month', mensuel: 'month', mensuelle: 'month', trimestre: 'quarter', trimestriel: 'quarter', an: 'year', année: 'year', annuel: 'year', annuelle: 'year',
  woche: 'week', wöchentlich: 'week', monat: 'month', monatlich: 'month', quartal: 'quarter', vierteljährlich: 'quarter', jahr: 'year', jährlich: 'year',
  semana: 'week', semanal: 'week', mes: 'month', mensual: 'month', trimestral: 'quarter', año: 'year', anual: 'year',
};
const LINE_END = /[\n\r\v\f\u0085\u2028\u2029]/;
const LINE_ENDS = /\s*[\n\r\v\f\u0085\u2028\u2029]\s*/g;
/** Short ways of writing a period after an amount: "£29.99 pcm", "$15/mo". */
const PERIOD_SHORT: Readonly<Record<string, Period>> = { mo: 'month', mth: 'month', pcm: 'month', yr: 'year', pa: 'year', wk: 'week', pw: 'week' };
/** Small words before a period's name: "a month", "par mois", "pro Monat", "a la semana". */
const BEFORE_PERIOD = new Set(['a', 'an', 'per', 'each', 'par', 'pro', 'im', 'je', 'al', 'por', 'la', 'le', 'the']);

/** The period words name, as a case file reads them ("monthly", "a month", "par mois", "pro Monat", "al mes", "pcm"); undefined when they name none. */
export function periodNamed(words: string): Period | undefined {
  let parts = withoutAccents(words.trim().toLowerCase()).split(/[\s_.-]+/).filter(Boolean);
  const plain = withoutAccentsKeys(PERIOD_WORDS);
  for (let tries = 0; tries < 3 && parts.length > 0; tries++) {
    const key = parts.join('-');
    const found = plain[key] ?? PERIOD_SHORT[key] ?? ((PERIODS as readonly string[]).includes(key) ? (key as Period) : undefined);
    if (found) return found;
    if (!BEFORE_PERIOD.has(parts[0]!)) return undefined;
    parts = parts.slice(1);
  }
  return undefined;
}
export const PAYMENT_METHODS = ['credit-card', 'debit-card', 'bank-transfer', 'cash', 'paypal', 'direct-debit', 'other'] as const;
/** How people write a way of paying, in the four languages of the letters (after lower-casing, spaces as hyphens). */
const PAYMENT_WORDS: Readonly<Record<string, PaymentMethod>> = {
  credit: 'credit-card', 'credit-card-payment': 'credit-card', amex: 'credit-card', 'american-express': 'credit-card',
  debit: 'debit-card', 'debit-card-payment': 'debit-card', 'bank-card': 'debit-card',
  transfer: 'bank-transfer', 'wire-transfer': 'bank-transfer', wire: 'bank-transfer', bacs: 'bank-transfer', 'faster-payment': 'bank-transfer',
  'bank-payment': 'bank-transfer', 'e-transfer': 'bank-transfer', 'interac-e-transfer': 'bank-transfer', eft: 'bank-transfer',
  // Canada's name for a direct debit: a pre-authorized debit (PAD).
  'pre-authorized-debit': 'direct-debit', 'pre-authorised-debit': 'direct-debit', 'preauthorized-debit': 'direct-debit', 'preauthorised-debit': 'direct-debit', pad: 'direct-debit',
  'standing-order': 'bank-transfer',
  dd: 'direct-debit', 'pay-pal': 'paypal', 'credit-card-(visa)': 'credit-card', 'visa-credit': 'credit-card', 'mastercard-credit': 'credit-card', 'visa-debit': 'debit-card',
  'mastercard-debit': 'debit-card', 'debit-mastercard': 'debit-card', 'direct-deposit': 'bank-transfer',
  // Debit networks without a chargeback for a dispute with the seller (Interac Debit, New
  // Zealand's EFTPOS, the German girocard): no card dispute is written for them.
  interac: 'other', 'interac-debit': 'other', eftpos: 'other', girocard: 'other', girokarte: 'other', 'ec-karte': 'other',
  cheque: 'other', check: 'other', chèque: 'other', scheck: 'other', venmo: 'other', 'cash-app': 'other', zelle: 'bank-transfer', bizum: 'bank-transfer',
  'carte-de-crédit': 'credit-card', 'carte-de-credit': 'credit-card', 'carte-bancaire': 'debit-card', cb: 'debit-card', 'carte-bleue': 'debit-card',
  'carte-de-débit': 'debit-card', virement: 'bank-transfer', 'virement-bancaire': 'bank-transfer', espèces: 'cash', especes: 'cash', liquide: 'cash',
  prélèvement: 'direct-debit', prelevement: 'direct-debit', 'prélèvement-automatique': 'direct-debit', 'prélèvement-sepa': 'direct-debit',
  kreditkarte: 'credit-card', debitkarte: 'debit-card', bankkarte: 'debit-card',
  überweisung: 'bank-transfer', ueberweisung: 'bank-transfer', bar: 'cash', bargeld: 'cash', barzahlung: 'cash',
  lastschrift: 'direct-debit', 'sepa-lastschrift': 'direct-debit', lastschriftverfahren: 'direct-debit',
  'tarjeta-de-crédito': 'credit-card', 'tarjeta-de-credito': 'credit-card', 'tarjeta-de-débito': 'debit-card', 'tarjeta-de-debito': 'debit-card',
  transferencia: 'bank-transfer', 'transferencia-bancaria': 'bank-transfer', efectivo: 'cash', 'en-efectivo': 'cash', metálico: 'cash',
  domiciliación: 'direct-debit', domiciliacion: 'direct-debit', 'domiciliación-bancaria': 'direct-debit', 'domiciliacion-bancaria': 'direct-debit', 'recibo-domiciliado': 'direct-debit',
};
/** Ways of paying that may be a credit or a debit card, which decides what a letter can say about getting the money back. */
const EITHER_CARD = 'may be a credit or a debit card: write credit-card or debit-card, as which one it is decides what the letter can say about getting your money back through the card';
const UNCLEAR_PAYMENT_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  ['card', 'visa', 'mastercard', 'master-card', 'maestro', 'discover', 'apple-pay', 'google-pay', 'carte', 'karte', 'tarjeta', 'contactless', 'tap'].map((word) => [word, EITHER_CARD]),
);

/** A word without its accents: "qualité" -> "qualite", "überweisung" -> "uberweisung". */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

const accentFree = new WeakMap<object, Readonly<Record<string, string>>>();

/** The same words without their accents, made once per list. */
function withoutAccentsKeys<T extends string>(synonyms: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  let made = accentFree.get(synonyms) as Readonly<Record<string, T>> | undefined;
  if (!made) accentFree.set(synonyms, (made = Object.fromEntries(Object.entries(synonyms).map(([word, value]) => [withoutAccents(word), value]))));
  return made;
}

export const SECTORS = [
  'energy', 'water', 'telecoms', 'financial', 'insurance', 'travel', 'airline', 'rail', 'building',
  'property', 'furniture', 'motor', 'legal', 'postal', 'retail', 'health', 'other',
] as const;
export const STAGES = ['first', 'reminder', 'final', 'card-dispute'] as const;
/** Whether a final letter adds the writer's country's next steps to the writer's own (include) or states only theirs (leave-out). */
export const COUNTRY_STEPS = ['include', 'leave-out'] as const;
/** What went wrong, where it decides which law is cited and the reason a card dispute gives. */
export const PROBLEMS = ['poor-quality', 'not-provided', 'charged-after-cancelling', 'overcharged', 'deposit-not-returned', 'other'] as const;
/** Letters that answer an offer: not steps of the ladder, so not stages. */
export const OFFER_LETTERS = ['accept-offer', 'answer-offer', 'offer-reminder'] as const;
export const isOfferLetter = (name: string | undefined): name is (typeof OFFER_LETTERS)[number] => (OFFER_LETTERS as readonly (string | undefined)[]).includes(name);
export const REPLY_KINDS = ['offer', 'correction', 'refusal', 'other'] as const;
export const ANSWERS = ['accepted', 'rejected', 'undecided'] as const;
export const LETTER_KINDS = [...STAGES, ...OFFER_LETTERS] as const;
export type OfferLetter = (typeof OFFER_LETTERS)[number];
export type LetterKind = (typeof LETTER_KINDS)[number];
export type ReplyKind = (typeof REPLY_KINDS)[number];
export type Remedy = (typeof REMEDIES)[number];
export type Stage = (typeof STAGES)[number];
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];
export type Period = (typeof PERIODS)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type Sector = (typeof SECTORS)[number];
export type CountrySteps = (typeof COUNTRY_STEPS)[number];
export type ProblemKind = (typeof PROBLEMS)[number];

// The schemas are made twice over: once plain, to check cases (made when redress starts, so
// it shares one schema between fields that only differ in their description, and makes
// each with as few steps as it can: zod makes a new schema at every step), and once with
// every field described, for the JSON Schema (made only when that is asked for). Both are
// made by `caseSchemas`, so they check exactly the same.

// YAML reads `004471` or `+4412345678` as numbers; the loader hands every scalar over as
// the text written in the file, so text fields are plain strings here. Editors see the
// file before that, so the JSON Schema allows a number where text is expected.

const numberFromText = (value: unknown) => {
  if (typeof value === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return value;
};

const DATE_FORMAT = 'expected a date written as YYYY-MM-DD, for example 2026-11-16';

/** An amount as written ("£2,400", "79,98") as a number; the currency mark is checked against the case's by validateCase. */
const amountFromText = (value: unknown, ctx: z.core.ParsePayload) => {
  // "1e309": a number, but beyond any amount (YAML may give it as text, or as Infinity).
  const figure = typeof value === 'string' && /[eE]/.test(value) ? numberFromText(value) : value;
  if (typeof figure === 'number' && !Number.isFinite(figure) && !Number.isNaN(figure)) return refuse(ctx, 'is too large; check the amount', { valueFirst: true });
  if (typeof figure === 'number') return figure;
  if (typeof value !== 'string') return value;
  const reading = readAmount(value);
  if (reading.ok) return reading.value;
  return refuse(ctx, reading.message, { valueFirst: true });
};

/** `fn` applied to the value before `schema` checks it (zod's classic `z.preprocess`). */
const preprocess = <T extends z.ZodMiniType>(fn: (value: unknown, ctx: z.core.ParsePayload) => unknown, schema: T) => z.pipe(z.transform(fn), schema);

/** Refuses the value being transformed, with `message` (as the classic `ctx.addIssue` would). */
function refuse(ctx: z.core.ParsePayload, message: string, params?: Record<string, unknown>): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value, ...(params && { params }) });
  return z.NEVER;
}

/** The words of a value written as a phrase (lower case, joined by hyphens), without brackets or punctuation around them. */
function phraseWords(phrase: string): string[] {
  return phrase.split('-').map((part) => part.replace(/^[^a-z0-9\u00C0-\u024F]+|[^a-z0-9\u00C0-\u024F]+$/g, '')).filter(Boolean);
}

/** Words that make a phrase name no one value for certain: "not by card", "cash or card". */
const NOT_ONE = new Set(['not', 'no', 'never', 'non', 'pas', 'nicht', 'kein', 'keine', 'nunca', 'sin', 'or', 'ou', 'oder', 'o', 'either', 'and', 'et', 'und', 'y', 'plus']);
/** At most this many words are read in a phrase (the field is short; a long text is not one way of paying). */
const MAX_PHRASE_WORDS = 12;

/**
 * The one value a phrase names in a run of its words, as `known` reads them: "chase sapphire
 * credit card" names credit-card. A run inside a longer one that names a value does not
 * count on its own ("credit" in "credit card"); a phrase that names two values, or says "not"
 * or "or", names none.
 */
function valueInPhrase(phrase: string, known: (word: string) => string | undefined): string | undefined {
  const words = phraseWords(phrase);
  if (words.length < 2 || words.length > MAX_PHRASE_WORDS || words.some((word) => NOT_ONE.has(word))) return undefined;
  const found = valuesNamed(words, known);
  return found.size === 1 ? [...found][0] : undefined;
}

/** The values a phrase's runs of words name, as `known` reads them, each run counted once (see valueInPhrase). */
function valuesNamed(words: readonly string[], known: (word: string) => string | undefined): Set<string> {
  const runs: { from: number; to: number; value: string }[] = [];
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= words.length; to++) {
      const value = known(words.slice(from, to).join('-'));
      if (value !== undefined) runs.push({ from, to, value });
    }
  }
  const outermost = runs.filter((run) => !runs.some((other) => other !== run && other.from <= run.from && other.to >= run.to && other.to - other.from > run.to - run.from));
  return new Set(outermost.map((run) => run.value));
}

function caseSchemas(described: boolean) {
  const made = new Map<string, z.ZodMiniType>();
  /** One schema per kind, unless it is described: a description makes each one its own. */
  const shared = <T extends z.ZodMiniType>(kind: string, make: () => T): T => {
    if (described) return make();
    let schema = made.get(kind);
    if (!schema) made.set(kind, (schema = make()));
    return schema as T;
  };
  const about = <T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T => {
    if (described) z.globalRegistry.add(schema, meta);
    return schema;
  };
  /** A country, as a two-letter code or a name; one named by a region ("Scotland") keeps it: GB-SCT. */
  const countryField = (description: string) => {
    return about(
      z.pipe(
        z.string({ error: 'expected a country, e.g. GB, US or "United Kingdom"' }),
        z.transform((value: string, ctx) => {
          const found = findCountry(value);
          if (found.ok) {
            const region = findRegion(found.value, value);
            return region.ok ? region.value : found.value;
          }
          return refuse(ctx, `is not a country I know${found.suggestion ? ` (did you mean ${found.suggestion}?)` : ''}; use a two-letter code such as GB, IE, US, CA, AU or NZ`);
        }),
      ),
      { description, type: ['string'] },
    );
  };

  const text = (description: string, max = MAX_TEXT) =>
    about(
      shared(`text ${max}`, () =>
        z
          .string({ error: 'expected text' })
          .check(
            z.trim(),
            // A name, a number or a short label is one line: a line break typed in it is a space.
            // So is any other way of ending a line: a carriage return, a next-line, a line or paragraph separator.
            ...(max <= 200 ? [z.overwrite((value: string) => (LINE_END.test(value) ? value.replace(LINE_ENDS, ' ') : value))] : []),
            z.minLength(1, { error: 'must not be empty; write something or remove the field' }),
            // Emoji and invisible characters are left out of letters: what is left must say something.
            z.refine((value: string) => value === '' || HAS_WORDS().test(value), { error: 'has no letters or numbers (emoji and invisible characters are left out of letters); write it in words' }),
            z.maxLength(max, { error: `is too long (at most ${grouped(max)} characters); shorten it, and leave the details to the documents you send with the letter (evidence)` }),
          ),
      ),
      // YAML reads `yes`-like and number-like text as other types; redress keeps it as written.
      { description, type: ['string', 'number', 'boolean'], pattern: String.raw`\S` },
    );

  /** A list of one to MAX_LIST items. */
  const listOf = <T extends z.ZodMiniType>(item: T) =>
    z
      .array(item)
      .check(
        z.minLength(1, { error: 'needs at least one item; add one or remove the field' }),
        z.maxLength(MAX_LIST, { error: `has too many items (at most ${MAX_LIST})` }),
      );

  const textOrList = (description: string) =>
    about(z.union([text(description), listOf(text(description))]), { description: `${description} (one text, or a list of points)` });

  const list = <T extends z.ZodMiniType>(item: T, description: string) => about(listOf(item), { description });

  /**
   * One of `values`, written in any case ("Credit-Card", "credit card"), with or without
   * accents ("qualite"), or a word people use for one (`synonyms`: "monthly"). With `unclear`,
   * words that may mean more than one of them ("Visa") get their own message, and the value may
   * be named within a phrase: "Chase Sapphire credit card" is a credit card, "debit card
   * (Monzo)" a debit card; a phrase with "or", "and" or "not" is never read as one.
   */
  const oneOf = <T extends readonly [string, ...string[]]>(values: T, description: string, synonyms?: Readonly<Record<string, T[number]>>, unclear?: Readonly<Record<string, string>>) => {
    const known = (word: string): string | undefined => {
      if (!synonyms || Object.hasOwn(synonyms, word)) return synonyms?.[word] ?? ((values as readonly string[]).includes(word) ? word : undefined);
      const plain = withoutAccents(word);
      return (values as readonly string[]).includes(plain) ? plain : withoutAccentsKeys(synonyms)[plain];
    };
    return about(
      preprocess(
        (value) => {
          if (typeof value !== 'string') return value;
          const word = withoutInvisible(value).trim().toLowerCase().replace(/[\s_]+/g, '-');
          return known(word) ?? (unclear && valueInPhrase(word, known)) ?? word;
        },
        z.enum(values, {
          error: (issue) => {
            const word = typeof issue.input === 'string' ? withoutAccents(issue.input) : '';
            const words = unclear ? phraseWords(word) : [];
            if (words.length > 1 && words.some((part) => NOT_ONE.has(part))) return `is not one way of paying (it has "${words.find((part) => NOT_ONE.has(part))}" in it): write the one you used: ${values.join(', ')}`;
            const named = words.length > 1 && words.length <= MAX_PHRASE_WORDS ? [...valuesNamed(words, known)] : [];
            if (named.length > 1) {
              const card = named.find((value) => value.endsWith('-card'));
              return `names more than one way of paying (${named.join(', ')}): write just one${card ? `; if part was paid by card, write ${card} (a card payment, even of a part, can often be disputed with the card's bank)` : ''}`;
            }
            const unclearWord = unclear && (Object.hasOwn(unclear, word) ? word : words.find((part) => Object.hasOwn(unclear, part)));
            return unclearWord ? unclear[unclearWord] : `expected one of ${values.join(', ')}`;
          },
        }),
      ),
      { description, [JSON_KIND]: 'words', ...(synonyms && { [JSON_SYNONYMS]: Object.keys(synonyms) }), ...(unclear && { [JSON_PHRASES]: [...NOT_ONE] }) },
    );
  };

  const calendarDate = (description: string) =>
    about(
      shared('date', () =>
        z.pipe(
          z.string({ error: DATE_FORMAT }),
          z.transform((value: string, ctx) => {
            const date = readDate(value);
            return date.ok ? date.value : refuse(ctx, date.message, { valueFirst: true });
          }),
        ),
      ),
      { description, type: 'string', pattern: DATE_PATTERN },
    );

  const amount = (description: string) =>
    shared(`amount ${described ? description : ''}`, () =>
      preprocess(
        amountFromText,
        about(
          z
            .number({ error: 'expected a number' })
            .check(z.gt(0, { error: 'must be more than 0' }), z.lte(MAX_AMOUNT, { error: 'is too large; check the amount' })),
          { description, [JSON_KIND]: 'amount' },
        ),
      ),
    );

  const email = (description: string) =>
    about(
      shared('email', () => z.email({ error: 'is not an e-mail address; write it like name@example.com' }).check(z.maxLength(254))),
      { description },
    );

  const currency = about(
    z.pipe(
      z.pipe(
        z.string(),
        z.transform((value: string) => value.trim().toUpperCase()),
      ),
      z
        .string()
        .check(
          z.refine((value: string) => currencyCodeFor(value) === undefined, { error: (issue) => currencyCodeFor(String(issue.input)), params: { valueFirst: true }, abort: true }),
          z.regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as USD, EUR or GBP', abort: true }),
          z.refine(isKnownCurrency, { error: 'is not a currency code I know; use one such as USD, EUR or GBP' }),
        ),
    ),
    { description: 'ISO 4217 currency code, e.g. USD, EUR, GBP (default: your country\'s, else USD)', pattern: String.raw`^\s*[A-Za-z]{3}\s*$` },
  );

  const locale = about(z.string().check(z.refine(isKnownLocale, { error: (issue) => {
    const tag = typeof issue.input === 'string' ? localeOfSystemName(issue.input) : undefined;
    return tag ? `is written as the system writes a locale; write it as ${tag}` : LOCALE_HELP;
  }, params: { valueFirst: true } })), {
    description: 'How dates and money are written, e.g. en-US, en-GB, de-DE (default en-US)',
  });

  const senderSchema = about(
    z.strictObject({
      name: text('Your full name, as the business knows you', 200),
      email: z.optional(email('Your e-mail address')),
      phone: z.optional(text('Your phone number', 50)),
      address: z.optional(text('Your postal address', 500)),
      customerId: z.optional(text('Your customer or account number with the business', 100)),
      customerSince: z.optional(about(
        z
          .string({ error: 'expected a year or a date, e.g. 2019 or 2019-03-01' })
          .check(
            z.trim(),
            z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'expected a year or a date, e.g. 2019 or 2019-03-01', abort: true }),
            // "2026-02-30", "2026-13": a month and a day that exist (a year and month end on day 1 to check).
            z.refine((value: string) => !/^\d{4}-\d{2}/.test(value) || isCalendarDate(value.length === 7 ? `${value}-01` : value), { error: 'is not a real year, month or date; check the month and day, e.g. 2019-03 or 2019-03-01' }),
            z.refine((value: string) => Number(value.slice(0, 4)) >= 1900, { error: 'is before 1900; check the year' }),
          ),
        { description: 'Since when you have been their customer: a year (2019) or a date', type: ['string', 'number'] },
      )),
      country: z.optional(countryField('Your country: a two-letter code (GB, IE, US, CA, AU, NZ, FR, DE, ES, or any other) or its name; decides the rights cited and how dates and money are written')),
      region: z.optional(text('Where the law differs within your country: a UK nation, US state, Canadian province or Australian state (e.g. Scotland, IL, Ontario, NSW)', 100)),
    }),
    { description: 'You, the person writing' },
  );

  const recipientSchema = about(
    z.strictObject({
      company: text('The business you are writing to', 200),
      contact: z.optional(text('A person or team, e.g. "Beverly" or "Member Services team"', 200)),
      email: z.optional(email("The business's e-mail address")),
      address: z.optional(text("The business's postal address", 500)),
      sector: z.optional(oneOf(SECTORS, `The kind of business, where it decides who handles complaints: ${SECTORS.join(', ')}`)),
      country: z.optional(
        countryField(
          "Where the business is based, when that is not your country: a two-letter code (NL, BE, US) or its name. A business in another EU country, Iceland or Norway is one the European Consumer Centres help with; your country's own complaint bodies are then left out",
        ),
      ),
    }),
    { description: 'The business you are writing to' },
  );

  const purchaseSchema = about(
    z.strictObject({
      item: text('What you bought or booked, e.g. "carpet cleaning, 3 rooms"', 500),
      kind: z.optional(oneOf(PURCHASE_KINDS, `What kind of purchase it was: ${PURCHASE_KINDS.join(', ')} (a deposit: money paid in advance, or held as security, such as a rental deposit)`, KIND_WORDS)),
      date: z.optional(calendarDate('When you bought, booked or paid for it (YYYY-MM-DD)')),
      reference: z.optional(text('Order, booking or invoice number', 100)),
      amount: z.optional(amount('What you have paid (for a subscription: each payment; with price, what you have paid in all)')),
      price: z.optional(amount('The agreed total price (or the estimate you were given), when it differs from what you have paid so far; for a subscription, the agreed fee for each period')),
      period: z.optional(oneOf(PERIODS, `For a recurring fee: how often the amount is charged (${PERIODS.join(', ')})`, PERIOD_WORDS)),
      currency: z.optional(currency),
      paidWith: z.optional(oneOf(PAYMENT_METHODS, `How you paid: ${PAYMENT_METHODS.join(', ')}`, PAYMENT_WORDS, UNCLEAR_PAYMENT_WORDS)),
    }),
    { description: 'What you bought' },
  );

  const storySchema = about(
    z.strictObject({
      circumstances: text('What happened, in plain facts and in order'),
      expectations: textOrList('What you were promised or could reasonably expect'),
      outcome: textOrList('What actually happened, point by point against the expectations'),
      impact: z.optional(text('How it affected you (optional, one sentence)')),
      problem: z.optional(oneOf(
        PROBLEMS,
        `What went wrong: ${PROBLEMS.join(', ')}; decides which law the letter cites and the reason a card dispute gives (left out: not-provided when the outcome says what you paid for never came)`,
        PROBLEM_WORDS,
      )),
    }),
    { description: 'The story: circumstances, expectations and outcome' },
  );

  const contactSchema = about(
    z.strictObject({
      date: z.optional(calendarDate('When you contacted them (YYYY-MM-DD)')),
      channel: z.optional(text('How: phone, e-mail, chat, in person…', 100)),
      who: z.optional(text('Whom you spoke to', 200)),
      result: z.optional(text('What came of it', 2000)),
    }),
    { description: 'An earlier attempt to resolve it' },
  );

  const cardSchema = about(
    z.strictObject({
      issuer: z.optional(text('Your card issuer, e.g. "First Bank Visa"', 200)),
      address: z.optional(text("Your card issuer's postal address for billing disputes (on your statement), for a card-dispute letter sent by post", 500)),
      last4: z.optional(
        about(
          z
            .string({ error: 'expected the last four digits of the card, e.g. 0042' })
            .check(z.trim(), z.regex(/^\d{4}$/, { error: 'expected the last four digits of the card, e.g. 0042' })),
          { description: 'Last four digits of the card (quote it: "0042")', type: ['string', 'number'] },
        ),
      ),
      statementDate: z.optional(calendarDate('Date of the statement showing the charge (YYYY-MM-DD)')),
    }),
    { description: 'The card you paid with (for a card-dispute letter)' },
  );

  const requestSchema = about(
    z.strictObject({
      remedy: oneOf(REMEDIES, 'What you want: correction, refund, either (correction or refund), partial-refund, or compensation (for costs it caused you)', REMEDY_WORDS),
      correction: z.optional(text('What exactly would put it right (needed for correction and either)', 2000)),
      amount: z.optional(amount('Refund amount; defaults to purchase.amount for refund and either; needed for partial-refund')),
      reason: z.optional(text('Why you ask for this amount back, in your words (for a partial refund), e.g. "for the two rooms that were not cleaned"', 500)),
      costs: z.optional(list(
        about(
          z.strictObject({
            what: text('What the cost was, e.g. "a night in a hotel"', 300),
            amount: amount('What it cost you'),
          }),
          { description: 'A cost the problem caused you' },
        ),
        'Costs the problem caused you, to be paid back (compensation); alone, or with any other remedy',
      )),
      deadline: z.optional(calendarDate('Reply-by date (YYYY-MM-DD)')),
      deadlineDays: z.optional(
        about(
          preprocess(
            numberFromText,
            z.int({ error: 'expected a whole number of days' }).check(z.gte(1, { error: 'must be at least 1 day' }), z.lte(365, { error: 'must be at most 365 days' })),
          ),
          { description: 'Days to reply, counted from the letter date (default 14); a reply-by date on a weekend or from 25 December to 1 January moves to the next working day' },
        ),
      ),
    }),
    { description: 'What you are asking for' },
  );

  const letterSchema = about(
    z.strictObject({
      stage: z.optional(
        about(z.enum(STAGES, { error: `expected one of ${STAGES.join(', ')}` }), { description: 'first, reminder or final (default first); card-dispute writes to your card issuer' }),
      ),
      date: z.optional(calendarDate('Letter date (YYYY-MM-DD, default today)')),
      previous: z.optional(list(calendarDate('Date of an earlier letter (YYYY-MM-DD)'), 'Dates of your earlier letters')),
      nextSteps: z.optional(list(text('A lawful next step, stated as a fact', 500), 'Lawful next steps, stated in a final letter')),
      countrySteps: z.optional(oneOf(
        COUNTRY_STEPS,
        "include (the default): a final letter states your country's next steps too, after yours (one that names the same route as yours is left out); leave-out: only your own nextSteps",
      )),
      locale: z.optional(locale),
      language: z.optional(oneOf(LANGUAGES, `The language of the letter: ${LANGUAGES.join(', ')} (default: from letter.locale, else your country, else English)`)),
      greeting: z.optional(text('Your own greeting line, e.g. "Dear Ms Okafor" (default: chosen from whom you write to)', 200)),
      signOff: z.optional(text('Your own closing words, e.g. "Best wishes" (default: chosen from the greeting and your country)', 100)),
    }),
    { description: 'About this letter' },
  );

  const historySchema = about(
    z.strictObject({
      letters: z.optional(list(
        about(
          z.strictObject({
            date: calendarDate('When you sent it (YYYY-MM-DD)'),
            stage: z.optional(oneOf(LETTER_KINDS, `Which letter it was: ${LETTER_KINDS.join(', ')}`)),
            format: z.optional(text('How it was written or sent, e.g. text, eml, html, post', 50)),
            replyBy: z.optional(calendarDate('The date the letter asked for a reply by (redress draft --record writes it)')),
          }),
          { description: 'A letter you sent' },
        ),
        'The letters you have sent (redress draft --record adds them)',
      )),
      replies: z.optional(list(
        about(
          z.strictObject({
            date: calendarDate('When they replied (YYYY-MM-DD)'),
            kind: oneOf(REPLY_KINDS, `What they said: offer (money), correction (to put it right), refusal, or other`),
            amount: z.optional(amount('The amount they offered')),
            text: z.optional(text('What they said or offered, in your words', 2000)),
            by: z.optional(calendarDate('When they said they would pay or do it (YYYY-MM-DD)')),
            answer: z.optional(oneOf(ANSWERS, 'Your answer to an offer: accepted, rejected or undecided (the default)')),
            reason: z.optional(text('Why their offer or refusal does not put things right, in your words (for your next letter)', 1000)),
            notes: z.optional(text('Your own notes (never in a letter)', 2000)),
          }),
          { description: 'A reply from the business' },
        ),
        'The replies you have had (redress reply adds them)',
      )),
    }),
    { description: 'The dispute so far: letters sent and replies received' },
  );

  const caseSchema = about(
    z.strictObject({
      sender: senderSchema,
      recipient: recipientSchema,
      purchase: purchaseSchema,
      story: storySchema,
      contacts: z.optional(list(contactSchema, 'Earlier attempts to resolve it')),
      evidence: z.optional(list(text('An enclosure, e.g. "receipt dated 2 November 2026"', 500), 'Enclosures')),
      card: z.optional(cardSchema),
      request: requestSchema,
      letter: z.optional(letterSchema),
      history: z.optional(historySchema),
      custom: z.optional(about(z.record(z.string(), z.unknown()), { description: 'Free-form values for custom templates' })),
    }).check(z.superRefine((value, ctx) => {
      const { request, purchase, letter } = value;
      if ((request.remedy === 'correction' || request.remedy === 'either') && !request.correction) {
        ctx.addIssue({
          code: 'custom',
          path: ['request', 'correction'],
          message: `is required when remedy is ${request.remedy}: say what exactly would put it right`,
        });
      }
      if (request.remedy === 'partial-refund' && request.amount === undefined) {
        ctx.addIssue({ code: 'custom', path: ['request', 'amount'], message: 'is required for a partial refund: say how much you are asking for' });
      }
      if ((request.remedy === 'refund' || request.remedy === 'either') && request.amount === undefined && purchase.amount === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['request', 'amount'],
          message: 'is needed for a refund: add request.amount, or purchase.amount for the price you paid',
        });
      }
      // A refund gives back what was paid: never more (a fee paid again and again may add up to more than one payment).
      const refunded = request.remedy === 'partial-refund' || request.remedy === 'refund' || request.remedy === 'either';
      if (refunded && request.amount !== undefined && purchase.amount !== undefined && purchase.period === undefined && request.amount > purchase.amount) {
        ctx.addIssue({
          code: 'custom',
          path: ['request', 'amount'],
          message: `is more than purchase.amount, what you paid: a ${request.remedy === 'partial-refund' ? 'partial refund' : 'refund'} cannot be more than that (for costs the problem caused you, use request.costs)`,
        });
      }
      if (request.remedy === 'compensation' && !request.costs) {
        ctx.addIssue({ code: 'custom', path: ['request', 'costs'], message: 'is required when remedy is compensation: list each cost with what it was and its amount' });
      }
      if (request.remedy === 'compensation' && request.amount !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['request', 'amount'], message: 'is money back of what you paid, which compensation does not ask for: to ask for it as well as the costs, set request.remedy to refund (or partial-refund) and keep request.costs; otherwise remove request.amount' });
      }
      const { sender } = value;
      if (sender.region !== undefined) {
        const country = sender.country?.slice(0, 2);
        if (country === undefined) {
          ctx.addIssue({ code: 'custom', path: ['sender', 'region'], message: 'needs sender.country too, e.g. country: GB with region: Scotland' });
        } else {
          const found = findRegion(country, sender.region);
          const regions = countryInfo(country)?.regions;
          // Where redress knows no regions whose law differs (Spain, France), the writer's region is kept and changes nothing.
          if (!found.ok && regions) {
            ctx.addIssue({
              code: 'custom',
              path: ['sender', 'region'],
              message: `is not a region of ${countryInfo(country)!.name} I know${found.suggestion ? ` (did you mean ${found.suggestion}?)` : ''}; use its name or code, e.g. ${regions[0]!.name}`,
            });
          }
        }
      }
      // A letter can only ask for what the currency can pay: an amount below its smallest coin
      // would read as 0.00, and one finer than it ("240.123" dollars, "240.5" yen) is no sum a
      // business can refund.
      const amounts: [PathPart[], number | undefined][] = [
        [['purchase', 'amount'], purchase.amount],
        [['purchase', 'price'], purchase.price],
        [['request', 'amount'], request.amount],
        ...(request.costs ?? []).map((cost, index): [PathPart[], number] => [['request', 'costs', index, 'amount'], cost.amount]),
        ...(value.history?.replies ?? []).map((reply, index): [PathPart[], number | undefined] => [['history', 'replies', index, 'amount'], reply.amount]),
      ];
      for (const [path, money] of amounts) {
        // Zero or less is refused as such: one message for it.
        if (money === undefined || money <= 0) continue;
        const problem = unpayableAmount(money, caseCurrency(value));
        if (problem) ctx.addIssue({ code: 'custom', path, message: problem, params: { asIs: true } });
      }
      if (request.deadline !== undefined && request.deadlineDays !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['request', 'deadlineDays'], message: 'cannot be used together with request.deadline; keep one of them' });
      }
      // A later letter's reply-by date passed is the earlier letter's: that letter gets a new one (resolveCase).
      if (request.deadline !== undefined && letter?.date !== undefined && request.deadline <= letter.date && (letter.stage ?? 'first') === 'first') {
        ctx.addIssue({ code: 'custom', path: ['request', 'deadline'], message: 'must be after the letter date' });
      }
      value.history?.replies?.forEach((reply, index) => {
        if ((reply.kind === 'offer' && reply.amount === undefined && reply.text === undefined) || (reply.kind === 'correction' && reply.text === undefined)) {
          const what = reply.kind === 'offer' ? 'amount (or text, for an offer that is not money)' : 'text (what they will do)';
          ctx.addIssue({ code: 'custom', path: ['history', 'replies', index, reply.kind === 'offer' ? 'amount' : 'text'], message: `is needed for ${reply.kind === 'offer' ? 'an offer' : 'a correction'}: add ${what}` });
        }
      });
      if (letter?.previous && letter.date !== undefined) {
        letter.previous.forEach((date, index) => {
          if (date > letter.date!) ctx.addIssue({ code: 'custom', path: ['letter', 'previous', index], message: 'is after the letter date; check the year, or give this letter\'s date with letter.date or --date' });
        });
      }
    })),
    { title: 'redress case file', description: 'One complaint: who, what happened, and what you want.' },
  );

  return { senderSchema, recipientSchema, purchaseSchema, storySchema, contactSchema, cardSchema, requestSchema, letterSchema, caseSchema };
}

export const { senderSchema, recipientSchema, purchaseSchema, storySchema, contactSchema, cardSchema, requestSchema, letterSchema, caseSchema } = caseSchemas(false);

const localeAnswers = new Map<string, boolean>();

/**
 * A locale written as the system writes one (en_GB.UTF-8, de_DE@euro), as the tag it stands
 * for ("en-GB"), when that is known; undefined otherwise.
 */
export function localeOfSystemName(name: string): string | undefined {
  const match = /^\s*([A-Za-z]{2,3})_([A-Za-z]{2})(?:[.@][^\s]*)?\s*$/.exec(name);
  if (!match) return undefined;
  const tag = `${match[1]!.toLowerCase()}-${match[2]!.toUpperCase()}`;
  return isKnownLocale(tag) ? tag : undefined;
}

const LOCALE_HELP = 'is not a locale I know; use one such as en-US, en-GB or de-DE';

export function isKnownLocale(tag: string): boolean {
  if (isCommonLocale(tag)) return true;
  return remembered(
    localeAnswers,
    tag,
    () => {
      try {
        const [canonical] = Intl.getCanonicalLocales(tag);
        return canonical !== undefined && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0;
      } catch {
        return false;
      }
    },
    1000,
  );
}

type PathPart = string | number;

/** The currency a case's amounts are in: its own, else its writer's country's, else USD (as letters are written). */
export function caseCurrency(value: { purchase: { currency?: string }; sender: { country?: string } }): string {
  return value.purchase.currency ?? countryInfo(value.sender.country?.slice(0, 2))?.currency ?? 'USD';
}

export type Case = z.output<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;

export function caseJsonSchema(): object {
  return forEditors(z.toJSONSchema(caseSchemas(true).caseSchema, { io: 'input', unrepresentable: 'any' }));
}
