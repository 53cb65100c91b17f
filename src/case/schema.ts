// The single source of truth for the case file: the TypeScript type, the validation
// and the JSON Schema printed by `redress schema` all come from these definitions.
import * as z from 'zod';
import { isCalendarDate } from './dates.js';
import { isCommonLocale } from '../util/common-locales.js';
import { remembered } from '../util/remember.js';

export const MAX_TEXT = 10_000;
export const MAX_LIST = 50;
export const MAX_AMOUNT = 1_000_000_000;

/** 10000 -> "10,000" (without Intl, whose first use costs more than the whole schema). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export const REMEDIES = ['correction', 'refund', 'either', 'partial-refund'] as const;
export const STAGES = ['first', 'reminder', 'final', 'card-dispute'] as const;
export type Remedy = (typeof REMEDIES)[number];
export type Stage = (typeof STAGES)[number];

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

function caseSchemas(described: boolean) {
  const made = new Map<string, z.ZodType>();
  /** One schema per kind, unless it is described: a description makes each one its own. */
  const shared = <T extends z.ZodType>(kind: string, make: () => T): T => {
    if (described) return make();
    let schema = made.get(kind);
    if (!schema) made.set(kind, (schema = make()));
    return schema as T;
  };
  const about = <T extends z.ZodType>(schema: T, meta: Parameters<T['meta']>[0]): T => (described ? schema.meta(meta) : schema);

  const text = (description: string, max = MAX_TEXT) =>
    about(
      shared(`text ${max}`, () =>
        z
          .string({ error: 'expected text' })
          .check(
            z.trim(),
            z.minLength(1, { error: 'must not be empty; write something or remove the field' }),
            z.maxLength(max, { error: `is too long (at most ${grouped(max)} characters)` }),
          ),
      ),
      { description, type: ['string', 'number'] },
    );

  /** A list of one to MAX_LIST items. */
  const listOf = <T extends z.ZodType>(item: T) =>
    z
      .array(item)
      .check(
        z.minLength(1, { error: 'needs at least one item; add one or remove the field' }),
        z.maxLength(MAX_LIST, { error: `has too many items (at most ${MAX_LIST})` }),
      );

  const textOrList = (description: string) =>
    about(z.union([text(description), listOf(text(description))]), { description: `${description} (one text, or a list of points)` });

  const list = <T extends z.ZodType>(item: T, description: string) => about(listOf(item), { description });

  const calendarDate = (description: string) =>
    about(
      shared('date', () =>
        z
          .string({ error: DATE_FORMAT })
          .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_FORMAT }), z.refine(isCalendarDate, { error: 'is not a real calendar date; check the day and month' })),
      ),
      { description, format: 'date' },
    );

  const amount = (description: string) =>
    shared(`amount ${described ? description : ''}`, () =>
      z.preprocess(
        numberFromText,
        about(
          z
            .number({ error: 'expected a number' })
            .check(z.gt(0, { error: 'must be more than 0' }), z.lte(MAX_AMOUNT, { error: 'is too large; check the amount' })),
          { description },
        ),
      ),
    );

  const email = (description: string) =>
    about(
      shared('email', () => z.email({ error: 'is not an e-mail address; write it like name@example.com' }).check(z.maxLength(254))),
      { description },
    );

  const currency = about(
    z
      .string()
      .transform((value) => value.trim().toUpperCase())
      .pipe(
        z
          .string()
          .check(
            z.regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code such as USD, EUR or GBP' }),
            z.refine(isKnownCurrency, { error: 'is not a currency code I know; use one such as USD, EUR or GBP' }),
          ),
      ),
    { description: 'ISO 4217 currency code, e.g. USD, EUR, GBP (default USD)' },
  );

  const locale = about(z.string().check(z.refine(isKnownLocale, { error: 'is not a locale I know; use one such as en-US, en-GB or de-DE' })), {
    description: 'How dates and money are written, e.g. en-US, en-GB, de-DE (default en-US)',
  });

  const senderSchema = z
    .strictObject({
      name: text('Your full name, as the business knows you', 200),
      email: email('Your e-mail address').optional(),
      phone: text('Your phone number', 50).optional(),
      address: text('Your postal address', 500).optional(),
      customerId: text('Your customer or account number with the business', 100).optional(),
    })
    .apply(about, { description: 'You, the person writing' });

  const recipientSchema = z
    .strictObject({
      company: text('The business you are writing to', 200),
      contact: text('A person or team, e.g. "Beverly" or "Member Services team"', 200).optional(),
      email: email("The business's e-mail address").optional(),
      address: text("The business's postal address", 500).optional(),
    })
    .apply(about, { description: 'The business you are writing to' });

  const purchaseSchema = z
    .strictObject({
      item: text('What you bought or booked, e.g. "carpet cleaning, 3 rooms"', 500),
      date: calendarDate('When you bought or booked it (YYYY-MM-DD)').optional(),
      reference: text('Order, booking or invoice number', 100).optional(),
      amount: amount('What you paid').optional(),
      currency: currency.optional(),
    })
    .apply(about, { description: 'What you bought' });

  const storySchema = z
    .strictObject({
      circumstances: text('What happened, in plain facts and in order'),
      expectations: textOrList('What you were promised or could reasonably expect'),
      outcome: textOrList('What actually happened, point by point against the expectations'),
      impact: text('How it affected you (optional, one sentence)').optional(),
    })
    .apply(about, { description: 'The story: circumstances, expectations and outcome' });

  const contactSchema = z
    .strictObject({
      date: calendarDate('When you contacted them (YYYY-MM-DD)').optional(),
      channel: text('How: phone, e-mail, chat, in person…', 100).optional(),
      who: text('Whom you spoke to', 200).optional(),
      result: text('What came of it', 2000).optional(),
    })
    .apply(about, { description: 'An earlier attempt to resolve it' });

  const cardSchema = z
    .strictObject({
      issuer: text('Your card issuer, e.g. "First Bank Visa"', 200).optional(),
      last4: z
        .string({ error: 'expected the last four digits of the card, e.g. 0042' })
        .trim()
        .regex(/^\d{4}$/, { error: 'expected the last four digits of the card, e.g. 0042' })
        .apply(about, { description: 'Last four digits of the card (quote it: "0042")', type: ['string', 'number'] })
        .optional(),
      statementDate: calendarDate('Date of the statement showing the charge (YYYY-MM-DD)').optional(),
    })
    .apply(about, { description: 'The card you paid with (for a card-dispute letter)' });

  const requestSchema = z
    .strictObject({
      remedy: z
        .enum(REMEDIES, { error: `expected one of ${REMEDIES.join(', ')}` })
        .apply(about, { description: 'What you want: correction, refund, either (correction or refund), or partial-refund' }),
      correction: text('What exactly would put it right (needed for correction and either)', 2000).optional(),
      amount: amount('Refund amount; defaults to purchase.amount for refund and either; needed for partial-refund').optional(),
      deadline: calendarDate('Reply-by date (YYYY-MM-DD)').optional(),
      deadlineDays: z
        .preprocess(
          numberFromText,
          z
            .number({ error: 'expected a whole number of days' })
            .int({ error: 'expected a whole number of days' })
            .min(1, { error: 'must be at least 1 day' })
            .max(365, { error: 'must be at most 365 days' }),
        )
        .apply(about, { description: 'Days to reply, counted from the letter date (default 14)' })
        .optional(),
    })
    .apply(about, { description: 'What you are asking for' });

  const letterSchema = z
    .strictObject({
      stage: z
        .enum(STAGES, { error: `expected one of ${STAGES.join(', ')}` })
        .apply(about, { description: 'first, reminder or final (default first); card-dispute writes to your card issuer' })
        .optional(),
      date: calendarDate('Letter date (YYYY-MM-DD, default today)').optional(),
      previous: list(calendarDate('Date of an earlier letter (YYYY-MM-DD)'), 'Dates of your earlier letters').optional(),
      nextSteps: list(text('A lawful next step, stated as a fact', 500), 'Lawful next steps, stated in a final letter').optional(),
      locale: locale.optional(),
    })
    .apply(about, { description: 'About this letter' });

  const caseSchema = z
    .strictObject({
      sender: senderSchema,
      recipient: recipientSchema,
      purchase: purchaseSchema,
      story: storySchema,
      contacts: list(contactSchema, 'Earlier attempts to resolve it').optional(),
      evidence: list(text('An enclosure, e.g. "receipt dated 2 November 2026"', 500), 'Enclosures').optional(),
      card: cardSchema.optional(),
      request: requestSchema,
      letter: letterSchema.optional(),
      custom: z.record(z.string(), z.unknown()).apply(about, { description: 'Free-form values for custom templates' }).optional(),
    })
    .superRefine((value, ctx) => {
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
      if (request.remedy === 'partial-refund' && request.amount !== undefined && purchase.amount !== undefined && request.amount > purchase.amount) {
        ctx.addIssue({ code: 'custom', path: ['request', 'amount'], message: 'is more than purchase.amount; a partial refund should be less than what you paid' });
      }
      if (request.deadline !== undefined && request.deadlineDays !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['request', 'deadlineDays'], message: 'cannot be used together with request.deadline; keep one of them' });
      }
      if (request.deadline !== undefined && letter?.date !== undefined && request.deadline <= letter.date) {
        ctx.addIssue({ code: 'custom', path: ['request', 'deadline'], message: 'must be after the letter date' });
      }
      if (letter?.previous && letter.date !== undefined) {
        letter.previous.forEach((date, index) => {
          if (date > letter.date!) ctx.addIssue({ code: 'custom', path: ['letter', 'previous', index], message: 'is after the letter date' });
        });
      }
    })
    .apply(about, { title: 'redress case file', description: 'One complaint: who, what happened, and what you want.' });

  return { senderSchema, recipientSchema, purchaseSchema, storySchema, contactSchema, cardSchema, requestSchema, letterSchema, caseSchema };
}

export const { senderSchema, recipientSchema, purchaseSchema, storySchema, contactSchema, cardSchema, requestSchema, letterSchema, caseSchema } = caseSchemas(false);

let currencies: Set<string> | undefined;
const localeAnswers = new Map<string, boolean>();

export function isKnownCurrency(code: string): boolean {
  try {
    currencies ??= new Set(Intl.supportedValuesOf('currency'));
    return currencies.has(code);
  } catch {
    return /^[A-Z]{3}$/.test(code);
  }
}

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

export type Case = z.output<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;

export function caseJsonSchema(): object {
  return z.toJSONSchema(caseSchemas(true).caseSchema, { io: 'input', unrepresentable: 'any' });
}
