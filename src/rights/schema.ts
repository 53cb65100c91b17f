// The shape of a rights pack: one JSON (or, for your own packs, YAML) file per country.
// Every entry carries the public source its words were checked against and the date of
// that check, so a reader can see where each sentence comes from.
import * as z from 'zod/mini';

export const PURCHASE_KINDS = ['goods', 'service', 'subscription', 'booking', 'deposit', 'other'] as const;
export const PAID_WITH = ['credit-card', 'debit-card', 'bank-transfer', 'cash', 'paypal', 'direct-debit', 'other'] as const;
export const REMEDIES = ['correction', 'refund', 'either', 'partial-refund', 'compensation'] as const;
export const STAGES = ['first', 'reminder', 'final', 'card-dispute'] as const;
export const CARD_ROUTE_KINDS = ['fcba', 'section-75', 'chargeback'] as const;
export const PROBLEMS = ['poor-quality', 'not-provided', 'charged-after-cancelling', 'overcharged', 'deposit-not-returned', 'other'] as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isRealDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The language a pack's texts are written in (default en). Its texts go into letters in that
 * language only: a letter in another language cites none of them, and the command line says so.
 */
export const PACK_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;

// The schemas are made when a pack is first read, not when redress starts: most letters read none.
function makeSchemas() {
  const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

  /** Facts of the case an entry can be matched on; each holds only when the fact is known and one of those listed. */
  const facts = {
    /** ISO 3166-2 codes (GB-SCT); the entry applies only when the writer's region is one of them. */
    regions: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as GB-SCT'))).check(z.minLength(1))),
    /** Purchase kinds; with the kind unknown, an entry that names kinds does not apply. */
    kinds: z.optional(z.array(z.enum(PURCHASE_KINDS)).check(z.minLength(1))),
    remedies: z.optional(z.array(z.enum(REMEDIES)).check(z.minLength(1))),
    /** What went wrong (story.problem; an amount paid above the agreed price counts as overcharged). */
    problems: z.optional(z.array(z.enum(PROBLEMS)).check(z.minLength(1))),
    /** The business's sector (energy, telecoms, financial, …), as the case names it. */
    sectors: z.optional(z.array(text).check(z.minLength(1))),
    paidWith: z.optional(z.array(z.enum(PAID_WITH)).check(z.minLength(1))),
    /**
     * Words the writer's story holds, in small letters: the condition holds when it says any of
     * them ("not protected" for a tenancy deposit that no scheme holds). Mostly for `unless`.
     * Accents do not count: the words and the story are compared folded (see fold.ts).
     */
    says: z.optional(z.array(text.check(z.toLowerCase())).check(z.minLength(1))),
    /**
     * Where the business is, as the case says (recipient.country or its address): in the
     * writer's country (home), in another country of the European Consumer Centres Network (eu),
     * or elsewhere. Unknown, the condition does not hold: a route for home traders says
     * `unless: {traders: [eu, elsewhere]}`.
     */
    traders: z.optional(z.array(z.enum(['home', 'eu', 'elsewhere'])).check(z.minLength(1))),
    /**
     * true: the case gives the price agreed (purchase.price). Mostly for `unless`: the rule for a
     * service whose price was not agreed (a reasonable price) is left out when one was.
     */
    agreedPrice: z.optional(z.literal(true)),
    /**
     * true: the business is a private landlord, a person who let the writer a home (tenancy.ts:
     * the case shows a tenancy, and the business is named as a person, not as a company or an
     * agent). Mostly for `unless`: consumer bodies (a consumer mediator, a Schlichtungsstelle,
     * an OMIC) deal with traders, not with private landlords.
     */
    privateLandlord: z.optional(z.literal(true)),
    /**
     * true: the business let the writer the home the case is about (tenancy.ts: a landlord or
     * letting agent, or a private landlord, of a rented home). Mostly for `unless`: a tenancy is
     * no contract for a service, and the law on services is beside the point for a landlord's repairs.
     */
    tenancy: z.optional(z.literal(true)),
  };

  const named = (u: object) => Object.entries(u).some(([key, v]) => key !== 'unless' && v !== undefined);
  const innerException = z.strictObject(facts).check(z.refine(named, 'must name at least one condition'));
  /**
   * An exception may carry its own: it then holds only when its own does not (cooling-off words
   * leave out the rights on faulty goods, unless the story says the goods are faulty as well).
   */
  const exception = z
    .strictObject({ ...facts, unless: z.optional(z.union([innerException, z.array(innerException).check(z.minLength(1))])) })
    .check(z.refine(named, 'must name at least one condition'));
  /** Where, to what and when an entry applies. A condition left out means "any". */
  const conditions = {
    ...facts,
    /**
     * The entry does not apply when all of these hold (each on a known fact): a rental bond
     * (kinds deposit, sectors property) is not for the court that hears everything else. With a
     * fact unknown, the exception does not hold, so the entry applies. A list of exceptions: the
     * entry does not apply when any of them holds.
     */
    unless: z.optional(z.union([exception, z.array(exception).check(z.minLength(1))])),
    /**
     * The entry applies only when at least one of these holds (each as an exception would): a
     * cancelled flight is one the writer says was not provided and whose story says "cancel", or
     * one whose story says the flight was cancelled, whatever problem is given or left unsaid.
     */
    anyOf: z.optional(z.array(exception).check(z.minLength(2))),
    /** Letter stages. Rights default to first and final (a reminder restates the request, not the law); next steps to final; card routes to card-dispute. */
    stages: z.optional(z.array(z.enum(STAGES)).check(z.minLength(1))),
    /**
     * Only when the writer raised the problem with the business within this many days of buying
     * (a one-off purchase's date, purchase.date): at the first dated contact or earlier letter, or
     * else in this letter. As delivery comes on or after the purchase, the days from delivery are
     * no more: a UK writer within 30 days still has the short-term right to reject faulty goods.
     * Left out when either date is not known.
     */
    raisedWithinDays: z.optional(z.number().check(z.int(), z.nonnegative())),
    /** Only when the writer raised the problem more than this many days after buying (see raisedWithinDays). Left out when either date is not known. */
    raisedAfterDays: z.optional(z.number().check(z.int(), z.nonnegative())),
    /** The item's price must be more than this (Section 75: more than £100). Needs `currency`. */
    priceAbove: z.optional(z.number().check(z.nonnegative())),
    /** The item's price must be at most this (Section 75: up to £30,000). Needs `currency`. */
    priceUpTo: z.optional(z.number().check(z.positive())),
    /**
     * Only when the writer paid more than this many per cent above the price agreed (Ontario: an
     * estimate exceeded by more than 10 per cent): left out when the case gives both the price
     * (purchase.price) and the one-off amount paid (purchase.amount) and the difference is no more;
     * kept when either is not known.
     */
    chargedAbovePercent: z.optional(z.number().check(z.nonnegative())),
    /** A court or tribunal's limit: the entry is left out when the amount asked for is known and higher. Needs `currency`. */
    claimUpTo: z.optional(z.number().check(z.positive())),
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as GBP'))),
    /** Entries sharing a group are alternatives: only the first that applies, in file order, is used. */
    group: z.optional(text),
    /**
     * Only within this many days of the card statement that first showed the charge (a US
     * billing-error dispute: 60): left out when the statement date is known and the days have
     * run out by the time the step would be taken (a card route: the letter date; a next step:
     * the reply-by date).
     */
    statementDays: z.optional(z.number().check(z.int(), z.positive())),
    /**
     * Only when a one-off card payment is recent enough for the card scheme's dispute rules (a
     * chargeback is usually asked for within about 120 days): left out when the payment
     * (purchase.date) was more than this many days before the step would be taken. For a booking
     * (a stay, a trip or an event paid for ahead), the days count from when the writer first
     * raised the problem, if later. Left in when the dates are not known, or for a fee paid again and again.
     */
    chargedWithinDays: z.optional(z.number().check(z.int(), z.positive())),
  };

  const provenance = {
    /** The public page the words were checked against. */
    source: z.string().check(z.regex(/^https:\/\/[^\s/]+\.[^\s]+$/, 'must be the https:// address of the public page the fact was checked against')),
    /** When it was checked, YYYY-MM-DD. */
    checked: z.string().check(z.refine(isRealDate, 'must be the date the source was checked, written YYYY-MM-DD')),
  };

  const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, such as gb-section-75'));

  const rightSchema = z.strictObject({
    id,
    ...conditions,
    /** One or two sentences for the letter, phrased as the writer's understanding. */
    text,
    /** The law's name and sections. */
    law: text,
    ...provenance,
  });

  const nextStepSchema = z.strictObject({
    id,
    ...conditions,
    /** The words after "I will" ("refer my complaint to the Energy Ombudsman"), or in another language an infinitive phrase ("saisir le médiateur…"): lower-case start, no full stop. */
    text: text.check(z.refine((t) => !/^\p{Lu}/u.test(t) && !/\.$/.test(t), 'must start in lower case and end without a full stop (it follows "I will")')),
    /** When the step can be taken, in words ("8 weeks after my first complaint, or sooner if …"). */
    when: z.optional(text),
    afterWeeks: z.optional(z.number().check(z.int(), z.positive())),
    /** Sentences the letter adds after the next steps (a letter before claim, a statutory notice). */
    paragraph: z.optional(text),
    /** The fewest days the reply deadline should allow for this step (England and Wales letter before claim: 14). */
    minDays: z.optional(z.number().check(z.int(), z.positive())),
    /** Shown on the terminal, never in the letter: what the writer must do for this step to count. */
    terminalNote: z.optional(text),
    law: z.optional(text),
    ...provenance,
  });

  const cardRouteSchema = z.strictObject({
    id,
    ...conditions,
    kind: z.enum(CARD_ROUTE_KINDS),
    /** The letter's subject, before the reference ("Section 75 claim"). */
    subject: text,
    /** Sentences for the letter to the card issuer; with `reasons`, "{reason}" marks where the reason goes. */
    text,
    /**
     * Why the payment is disputed, as the case says it (a payment taken after cancelling is not
     * "not provided"): the first whose conditions hold is used, so the last must have none.
     */
    reasons: z.optional(
      z
        .array(z.strictObject({ ...facts, unless: conditions.unless, text: text.check(z.refine((t) => !/\.$/.test(t), 'must end without a full stop (it follows "because")')) }))
        .check(
          z.minLength(1),
          z.refine((list) => Object.keys(list[list.length - 1]!).every((key) => key === 'text'), 'must end with a reason without conditions, for any other case'),
        ),
    ),
    terminalNote: z.optional(text),
    law: z.optional(text),
    ...provenance,
  }).check(
    z.refine((route) => (route.reasons !== undefined) === route.text.includes('{reason}'), {
      message: 'text must contain {reason} exactly when reasons are given',
      path: ['text'],
    }),
  );

  const packSchema = z.strictObject({
    country: z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as GB')),
    name: text,
    language: z.optional(z.enum(PACK_LANGUAGES)),
    rights: z._default(z.array(rightSchema), []),
    nextSteps: z._default(z.array(nextStepSchema), []),
    cardRoutes: z._default(z.array(cardRouteSchema), []),
    // What `redress rights --json` shows besides the entries (the reminder, the region asked
    // for, which entries are the user's), so that its output can start a pack of one's own; not used.
    notice: z.optional(z.string()),
    region: z.optional(z.string()),
    regionName: z.optional(z.string()),
    yourOwn: z.optional(z.array(z.string())),
  });

  /** A user's pack: the same entries; country and name may be left out (the file name says the country). */
  const userPackSchema = z.extend(packSchema, {
    country: z.optional(packSchema.shape.country),
    name: z.optional(text),
  });
  return { rightSchema, nextStepSchema, cardRouteSchema, packSchema, userPackSchema };
}

type Schemas = ReturnType<typeof makeSchemas>;
let schemas: Schemas | undefined;

/** The schemas of packs and their entries (made once, when first asked for). */
export function packSchemas(): Schemas {
  return (schemas ??= makeSchemas());
}

export type RightEntry = z.infer<Schemas['rightSchema']>;
export type NextStepEntry = z.infer<Schemas['nextStepSchema']>;
export type CardRouteEntry = z.infer<Schemas['cardRouteSchema']>;
export type Pack = z.infer<Schemas['packSchema']>;
export type Entry = RightEntry | NextStepEntry | CardRouteEntry;
