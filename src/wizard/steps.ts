// The questions, in the order a person tells the story. Each step fills one or a few
// fields of the case data, and knows when it applies and how to show its answer.
import { daysBetween, formatDate, weekday, workingDayAfter } from '../case/dates.js';
import { DEFAULT_DEADLINE_DAYS, kindOfItem, paidByCardOrUnknown } from '../case/resolve.js';
import { countryInfo, countryName, findCountry, findRegion, regionName } from '../case/countries.js';
import { MAX_LIST, PAYMENT_METHODS, PERIODS, PROBLEMS, PURCHASE_KINDS, SECTORS, recipientSchema, senderSchema, type Remedy, type Stage, purchaseSchema, storySchema, contactSchema, cardSchema, requestSchema, letterSchema } from '../case/schema.js';
import { quoteValue } from '../io/terminal.js';
import { askText, example, letterDate, letterLocale, type AskText, type FlowContext } from './context.js';
import { getAt, getList, getNumber, getText, setAt } from './data.js';
import { amountAndPeriod, bySchema, checkAmount, checkCurrency, checkDate, checkLast4, parseAmount, parseDate, plainAmount } from './fields.js';
import type { Choice } from './prompter.js';
import { countryFromEnv, currencyTyped, likelyCurrency } from './money-place.js';
import { t, tIn, tKey, wizardLanguage, type MessageKey } from './i18n.js';
import { languageOfCountry, languageOfLocale, isLanguage, type Language } from '../letter/language/names.js';

export type SectionId = 'recipient' | 'purchase' | 'story' | 'history' | 'request' | 'letter' | 'sender';

export const SECTIONS: Record<SectionId, string> = {
  recipient: 'Who you are writing to',
  purchase: 'What you bought',
  story: 'What happened',
  history: 'Earlier attempts and enclosures',
  request: 'What you want',
  letter: 'Which letter this is',
  sender: 'About you',
};

/** A section's heading, in the wizard's language. */
export function sectionTitle(id: SectionId): string {
  return t(`section.${id}`);
}

export interface Step {
  id: string;
  section: SectionId;
  /** Shown in the "change an answer" list (English; stepLabel gives it in the wizard's language). */
  label: string;
  /** The case fields this step fills. */
  paths: string[];
  applies?(ctx: FlowContext): boolean;
  /** Whether the letter cannot be written without this answer. */
  required?(ctx: FlowContext): boolean;
  ask(ctx: FlowContext): Promise<void>;
  /** The current answer, for the "change an answer" list; steps without one cannot be changed there. */
  summary?(ctx: FlowContext): string | undefined;
}

/** A step's label in the wizard's language. */
export function stepLabel(step: Step): string {
  return tKey(`label.${step.id}`, step.label);
}

const skipHint = () => t('hint.skip');

/** The case's currency once it has been given, for checking amounts against it. */
const caseCurrencyOf = (ctx: FlowContext) => () => getText(ctx.data, 'purchase.currency')?.toUpperCase();

/** An optional amount, with what is already there to change: the answer as typed ('' for none). */
function askAmount(ctx: FlowContext, path: string, message: 'q.purchase.amount' | 'q.purchase.price'): Promise<string> {
  const now = getNumber(ctx.data, path);
  return ctx.prompter.text({
    message: t(message, { skip: skipHint() }),
    optional: true,
    validate: checkAmount({ currency: caseCurrencyOf(ctx), period: path === 'purchase.amount' }),
    ...(now !== undefined && { initial: plainAmount(now) }),
  });
}

function amountSummary(ctx: FlowContext, path: string): string | undefined {
  const amount = getNumber(ctx.data, path);
  return amount === undefined ? undefined : money(ctx, amount);
}

/** "Question? (hint; Enter to skip)" */
function withHint(message: string, hints: (string | undefined)[]): string {
  const shown = hints.filter(Boolean);
  return shown.length > 0 ? `${message} (${shown.join('; ')})` : message;
}

function remedy(ctx: FlowContext): Remedy | undefined {
  return getText(ctx.data, 'request.remedy') as Remedy | undefined;
}

function stage(ctx: FlowContext): Stage {
  return (getText(ctx.data, 'letter.stage') as Stage | undefined) ?? 'first';
}

/** The answer there is now (being changed, resumed half-way, or from a case file), to start from. */
function current(ctx: FlowContext, path: string): string | undefined {
  return getText(ctx.data, path);
}

function shown(value: string | undefined): string | undefined {
  return value === undefined ? undefined : quoteValue(value, 50);
}

function shownList(values: string[]): string | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? shown(values[0]) : t('summary.points', { count: values.length, first: quoteValue(values[0]!, 30) });
}

function money(ctx: FlowContext, amount: number): string {
  const currency = getText(ctx.data, 'purchase.currency')?.toUpperCase() ?? likelyCurrency(getText(ctx.data, 'sender.country'));
  try {
    return new Intl.NumberFormat(letterLocale(ctx), { style: 'currency', currency, numberingSystem: 'latn' }).format(amount);
  } catch {
    return `${plainAmount(amount)} ${currency}`;
  }
}

function longDate(ctx: FlowContext, iso: string): string {
  return `${weekday(iso, letterLocale(ctx))}, ${formatDate(iso, letterLocale(ctx))}`;
}

/** A plain text field: optional unless `required` says so. */
function textStep(options: {
  id: string;
  section: SectionId;
  label: string;
  message: (ctx: FlowContext) => string;
  /** A short example or note, shown in brackets after the question. */
  hint?: () => string;
  validate?: (value: string) => string | undefined;
  required?: (ctx: FlowContext) => boolean;
  applies?: (ctx: FlowContext) => boolean;
  tone?: boolean;
  initial?: (ctx: FlowContext) => string | undefined;
}): Step {
  const required = options.required ?? (() => false);
  return {
    id: options.id,
    section: options.section,
    label: options.label,
    paths: [options.id],
    ...(options.applies && { applies: options.applies }),
    required,
    async ask(ctx) {
      const isRequired = required(ctx);
      const question: AskText = {
        message: withHint(options.message(ctx), [options.hint?.(), isRequired ? undefined : skipHint()]),
        optional: !isRequired,
        ...(options.validate && { validate: options.validate }),
        ...(options.tone && { tone: true }),
      };
      const initial = current(ctx, options.id) ?? options.initial?.(ctx);
      if (initial !== undefined) question.initial = initial;
      const answer = await askText(ctx, question, (value) => setAt(ctx.data, options.id, value === '' ? undefined : value));
      setAt(ctx.data, options.id, answer === '' ? undefined : answer);
    },
    summary: (ctx) => shown(getText(ctx.data, options.id)),
  };
}

/** A date field. */
function dateStep(options: {
  id: string;
  section: SectionId;
  label: string;
  message: MessageKey;
  applies?: (ctx: FlowContext) => boolean;
  notAfterLetter?: boolean;
}): Step {
  return {
    id: options.id,
    section: options.section,
    label: options.label,
    paths: [options.id],
    ...(options.applies && { applies: options.applies }),
    async ask(ctx) {
      const date = letterDate(ctx);
      const answer = await ctx.prompter.text({
        message: `${t(options.message)} (${t('hint.dateFormat')}; ${skipHint()})`,
        optional: true,
        validate: checkDate(options.notAfterLetter ? { notAfter: { date, what: t('letterDate') } } : {}, date),
        ...(current(ctx, options.id) !== undefined && { initial: current(ctx, options.id) }),
      });
      setAt(ctx.data, options.id, answer === '' ? undefined : parseDate(answer, date));
    },
    summary: (ctx) => getText(ctx.data, options.id),
  };
}

/**
 * Asks for a list, one item at a time: the current items first (to keep, edit or clear),
 * then new ones until an empty answer. At least `min` items.
 */
async function askList(
  ctx: FlowContext,
  options: {
    /** Where the list is kept: it is saved item by item. */
    path: string;
    /** Items given before this list (the point-by-point answers), kept in front. */
    before?: string[];
    first: string;
    /** Shown with the first item only. */
    hint?: string;
    more: string;
    min: number;
    items: string[];
    validate?: (value: string) => string | undefined;
    tone?: boolean;
    max?: number;
    normalise?: (value: string) => string;
  },
): Promise<string[]> {
  const max = options.max ?? MAX_LIST;
  const out: string[] = [];
  const question = (index: number): AskText => {
    const optional = out.length >= options.min;
    const message = index === 0 ? options.first : options.more;
    return {
      message: withHint(message, [index === 0 ? options.hint : undefined, optional ? (index === 0 ? skipHint() : t('hint.done')) : undefined]),
      optional,
      ...(options.validate && { validate: options.validate }),
      ...(options.tone && { tone: true }),
    };
  };
  const front = options.before ?? [];
  const keep = (rest: string[]) => (value: string) => {
    const item = value === '' ? [] : [options.normalise ? options.normalise(value) : value];
    setAt(ctx.data, options.path, [...front, ...out, ...item, ...rest]);
  };
  for (const [index, item] of options.items.entries()) {
    if (out.length >= max) break;
    const answer = await askText(ctx, { ...question(out.length), initial: item }, keep(options.items.slice(index + 1)));
    if (answer !== '') out.push(options.normalise ? options.normalise(answer) : answer);
  }
  while (out.length < max) {
    const answer = await askText(ctx, question(out.length), keep([]));
    if (answer === '') break;
    out.push(options.normalise ? options.normalise(answer) : answer);
  }
  return out;
}

const text = bySchema;

async function askCurrency(ctx: FlowContext): Promise<void> {
  const now = getText(ctx.data, 'purchase.currency');
  const suggested = now?.toUpperCase() ?? likelyCurrency(getText(ctx.data, 'sender.country'));
  const answer = await ctx.prompter.text({
    message: t('q.purchase.currency'),
    optional: true,
    default: suggested,
    validate: checkCurrency,
  });
  setAt(ctx.data, 'purchase.currency', (answer === '' ? suggested : answer).toUpperCase());
  // Say how the letter will write dates and money, so it can be changed.
  const locale = letterLocale(ctx);
  let sample = '';
  try {
    sample = `${new Intl.NumberFormat(locale, { style: 'currency', currency: getText(ctx.data, 'purchase.currency')!, numberingSystem: 'latn' }).format(1200.5)}, ${formatDate(letterDate(ctx), locale)}`;
  } catch {
    // an odd locale: just name it
  }
  const example = { en: 'en-GB', fr: 'fr-BE', de: 'de-AT', es: 'es-MX' }[wizardLanguage()];
  ctx.prompter.say(ctx.c.dim(t('q.purchase.currency.locale', { locale, sample: sample ? ` (${sample})` : '', example })));
}

/** A choice that may be skipped: '' stands for "not given". */
function selectStep<T extends string>(options: {
  id: string;
  section: SectionId;
  label: string;
  message: MessageKey;
  /** Built when asked, so they are in the wizard's language. */
  choices: () => Choice<T>[];
  applies?: (ctx: FlowContext) => boolean;
  /** The choice to offer first when there is no answer yet, from the answers before. */
  suggested?: (ctx: FlowContext) => T | undefined;
}): Step {
  return {
    id: options.id,
    section: options.section,
    label: options.label,
    paths: [options.id],
    ...(options.applies && { applies: options.applies }),
    async ask(ctx) {
      const now = getText(ctx.data, options.id) as T | undefined;
      const answer = await ctx.prompter.select<T | ''>({
        message: t(options.message),
        choices: [...options.choices(), { value: '', name: t('choice.skip') }],
        default: now ?? options.suggested?.(ctx) ?? '',
      });
      setAt(ctx.data, options.id, answer === '' ? undefined : answer);
    },
    summary: (ctx) => options.choices().find((choice) => choice.value === getText(ctx.data, options.id))?.name,
  };
}

/** A choice named from the catalogue: `prefix.value`, else the value in words. */
const named = (prefix: string) => (value: string) => ({ value, name: tKey(`${prefix}.${value}`, value.replace(/-/g, ' ')) });

function country(ctx: FlowContext): string | undefined {
  return getText(ctx.data, 'sender.country')?.slice(0, 2);
}

const countrySteps: Step[] = [
  {
    id: 'sender.country',
    section: 'purchase',
    label: 'Your country',
    paths: ['sender.country'],
    async ask(ctx) {
      const now = getText(ctx.data, 'sender.country');
      const guess = now ?? countryFromEnv(ctx.env ?? {});
      const answer = await ctx.prompter.text({
        message: t('q.sender.country', { skip: guess ? '' : `; ${skipHint()}` }),
        optional: true,
        ...(guess !== undefined && { default: guess.slice(0, 2) }),
        validate: (value) => {
          const found = findCountry(value);
          if (found.ok) return undefined;
          return found.suggestion ? t('q.sender.country.unknownSuggest', { suggestion: found.suggestion }) : t('q.sender.country.unknown');
        },
      });
      if (answer === '') {
        setAt(ctx.data, 'sender.country', undefined);
        return letterSpeaksWizard(ctx);
      }
      const found = findCountry(answer);
      const code = found.ok ? found.value : answer.toUpperCase();
      // "Scotland" names the country and the region.
      const region = found.ok ? findRegion(code, answer) : undefined;
      setAt(ctx.data, 'sender.country', code);
      if (region?.ok) {
        setAt(ctx.data, 'sender.region', region.value);
        ctx.asked.add('sender.region');
      }
      letterSpeaksWizard(ctx);
    },
    summary: (ctx) => {
      const code = country(ctx);
      return code ? countryName(code) : undefined;
    },
  },
  {
    id: 'sender.region',
    section: 'purchase',
    label: 'Your region',
    paths: ['sender.region'],
    applies: (ctx) => countryInfo(country(ctx))?.regions !== undefined,
    async ask(ctx) {
      const info = countryInfo(country(ctx))!;
      const now = getText(ctx.data, 'sender.region');
      const answer = await ctx.prompter.text({
        message: t('q.sender.region', { country: info.name, example: info.regions![0]!.name, skip: skipHint() }),
        optional: true,
        ...(now !== undefined && { initial: regionName(now) ?? now }),
        validate: (value) => {
          const found = findRegion(info.code, value);
          if (found.ok) return undefined;
          return found.suggestion ? t('q.sender.region.unknownSuggest', { country: info.name, suggestion: found.suggestion }) : t('q.sender.region.unknown', { country: info.name });
        },
      });
      const found = answer === '' ? undefined : findRegion(info.code, answer);
      setAt(ctx.data, 'sender.region', found?.ok ? found.value : undefined);
    },
    summary: (ctx) => regionName(getText(ctx.data, 'sender.region')),
  },
];

const recipientSteps: Step[] = [
  textStep({
    id: 'recipient.company',
    section: 'recipient',
    label: 'Company',
    message: () => t('q.recipient.company'),
    validate: text(recipientSchema.shape.company),
    required: () => true,
  }),
  textStep({
    id: 'recipient.contact',
    section: 'recipient',
    label: 'Person or team',
    message: () => t('q.recipient.contact'),
    hint: () => example(t('q.recipient.contact.example')),
    validate: text(recipientSchema.shape.contact),
  }),
  textStep({
    id: 'recipient.email',
    section: 'recipient',
    label: 'Their e-mail',
    message: (ctx) => `${t('q.recipient.email')}${ctx.format === 'eml' ? t('q.emailFileNeedsIt') : ''}`,
    validate: text(recipientSchema.shape.email),
    required: (ctx) => ctx.format === 'eml',
  }),
  textStep({
    id: 'recipient.address',
    section: 'recipient',
    label: 'Their postal address',
    message: (ctx) => `${t('q.recipient.address')}${ctx.format === 'pdf' ? t('q.postNeedsIt') : ''}`,
    hint: () => t('hint.oneLine'),
    validate: text(recipientSchema.shape.address),
    required: (ctx) => ctx.format === 'pdf',
  }),
  selectStep({
    id: 'recipient.sector',
    section: 'recipient',
    label: 'Kind of business',
    message: 'q.recipient.sector',
    choices: () => SECTORS.map(named('sector')),
  }),
];

const purchaseSteps: Step[] = [
  textStep({
    id: 'purchase.item',
    section: 'purchase',
    label: 'What you bought',
    message: () => t('q.purchase.item'),
    hint: () => example(t('q.purchase.item.example')),
    validate: text(purchaseSchema.shape.item),
    required: () => true,
  }),
  selectStep({
    id: 'purchase.kind',
    section: 'purchase',
    label: 'Kind of purchase',
    message: 'q.purchase.kind',
    choices: () =>
      PURCHASE_KINDS.map((kind) => ({
        value: kind,
        name: t(`kind.${kind}`),
        ...(kind !== 'other' && { description: t(`kind.${kind}.description`) }),
      })) satisfies Choice<(typeof PURCHASE_KINDS)[number]>[],
    // "Boiler repair" is a service, "tenancy deposit" a deposit: offered first, still asked.
    suggested: (ctx) => {
      const item = getText(ctx.data, 'purchase.item');
      return item === undefined ? undefined : kindOfItem(item, letterLanguageNow(ctx));
    },
  }),
  dateStep({ id: 'purchase.date', section: 'purchase', label: 'Date of purchase', message: 'q.purchase.date', notAfterLetter: true }),
  textStep({
    id: 'purchase.reference',
    section: 'purchase',
    label: 'Order or booking number',
    message: () => t('q.purchase.reference'),
    validate: text(purchaseSchema.shape.reference),
  }),
  {
    id: 'purchase.amount',
    section: 'purchase',
    label: 'Amount paid',
    paths: ['purchase.amount'],
    async ask(ctx) {
      const { amount: answer, period } = amountAndPeriod(await askAmount(ctx, 'purchase.amount', 'q.purchase.amount'));
      setAt(ctx.data, 'purchase.amount', answer === '' ? undefined : parseAmount(answer));
      // "£29.99 a month" says how often it is charged: the period question's answer to confirm.
      if (period !== undefined) setAt(ctx.data, 'purchase.period', period);
      // "£2,400" says the currency too: it becomes the currency question's answer to confirm.
      const typed = currencyTyped(answer, country(ctx));
      if (typed !== undefined) setAt(ctx.data, 'purchase.currency', typed);
    },
    summary: (ctx) => amountSummary(ctx, 'purchase.amount'),
  },
  selectStep({
    id: 'purchase.period',
    section: 'purchase',
    label: 'How often it is charged',
    message: 'q.purchase.period',
    choices: () => PERIODS.map((period) => ({ value: period, name: t(`period.${period}`) })),
    // Also to confirm a period typed with the amount ("£29.99 a month").
    applies: (ctx) => (getText(ctx.data, 'purchase.kind') === 'subscription' || getText(ctx.data, 'purchase.period') !== undefined) && getNumber(ctx.data, 'purchase.amount') !== undefined,
  }),
  {
    id: 'purchase.price',
    section: 'purchase',
    label: 'Agreed price',
    paths: ['purchase.price'],
    applies: (ctx) => ['deposit', 'booking', 'service'].includes(getText(ctx.data, 'purchase.kind') ?? '') && getNumber(ctx.data, 'purchase.amount') !== undefined,
    async ask(ctx) {
      const answer = await askAmount(ctx, 'purchase.price', 'q.purchase.price');
      const price = answer === '' ? undefined : parseAmount(answer);
      setAt(ctx.data, 'purchase.price', price === getNumber(ctx.data, 'purchase.amount') ? undefined : price);
    },
    summary: (ctx) => amountSummary(ctx, 'purchase.price'),
  },
  selectStep({
    id: 'purchase.paidWith',
    section: 'purchase',
    label: 'How you paid',
    message: 'q.purchase.paidWith',
    choices: () => PAYMENT_METHODS.map(named('paidWith')),
    applies: (ctx) => getNumber(ctx.data, 'purchase.amount') !== undefined,
  }),
  {
    id: 'purchase.currency',
    section: 'purchase',
    label: 'Currency',
    paths: ['purchase.currency'],
    applies: (ctx) => getNumber(ctx.data, 'purchase.amount') !== undefined || getNumber(ctx.data, 'request.amount') !== undefined,
    ask: askCurrency,
    summary: (ctx) => getText(ctx.data, 'purchase.currency') ?? likelyCurrency(getText(ctx.data, 'sender.country')),
  },
];

const storySteps: Step[] = [
  textStep({
    id: 'story.circumstances',
    section: 'story',
    label: 'What happened',
    message: () => t('q.story.circumstances'),
    hint: () => example(t('q.story.circumstances.example')),
    validate: text(storySchema.shape.circumstances),
    required: () => true,
    tone: true,
  }),
  {
    id: 'story.expectations',
    section: 'story',
    label: 'What you were promised',
    paths: ['story.expectations'],
    required: () => true,
    async ask(ctx) {
      const items = await askList(ctx, {
        path: 'story.expectations',
        first: t('q.story.expectations'),
        hint: example(t('q.story.expectations.example')),
        more: t('q.story.expectations.more'),
        min: 1,
        items: getList(ctx.data, 'story.expectations'),
        validate: text(storySchema.shape.circumstances),
        tone: true,
      });
      setAt(ctx.data, 'story.expectations', items);
    },
    summary: (ctx) => shownList(getList(ctx.data, 'story.expectations')),
  },
  {
    id: 'story.outcome',
    section: 'story',
    label: 'What actually happened',
    paths: ['story.outcome'],
    required: () => true,
    async ask(ctx) {
      const expectations = getList(ctx.data, 'story.expectations');
      const before = getList(ctx.data, 'story.outcome');
      const outcome: string[] = [];
      // Point by point against the promises, so the letter can set them side by side.
      for (const [index, expected] of expectations.slice(0, MAX_LIST).entries()) {
        const question: AskText = {
          message: t('q.story.outcome.promised', { promise: quoteValue(expected, 80) }),
          validate: text(storySchema.shape.circumstances),
          tone: true,
        };
        if (before[index] !== undefined) question.initial = before[index];
        outcome.push(await askText(ctx, question, (value) => setAt(ctx.data, 'story.outcome', [...outcome, value, ...before.slice(index + 1)])));
      }
      const extra = await askList(ctx, {
        path: 'story.outcome',
        before: outcome,
        first: outcome.length > 0 ? t('q.story.outcome.more') : t('q.story.outcome'),
        more: t('q.story.outcome.more'),
        min: outcome.length > 0 ? 0 : 1,
        items: before.slice(outcome.length),
        validate: text(storySchema.shape.circumstances),
        tone: true,
        max: MAX_LIST - outcome.length,
      });
      setAt(ctx.data, 'story.outcome', [...outcome, ...extra]);
    },
    summary: (ctx) => shownList(getList(ctx.data, 'story.outcome')),
  },
  textStep({
    id: 'story.impact',
    section: 'story',
    label: 'How it affected you',
    message: () => t('q.story.impact'),
    hint: () => example(t('q.story.impact.example')),
    validate: text(storySchema.shape.impact),
    tone: true,
  }),
  // Asked after the story, in a word: it picks the law a letter cites and the reason a card dispute gives.
  selectStep({
    id: 'story.problem',
    section: 'story',
    label: 'What went wrong',
    message: 'q.story.problem',
    choices: () => PROBLEMS.map((problem) => ({ value: problem, name: t(`problem.${problem}`) })) satisfies Choice<(typeof PROBLEMS)[number]>[],
  }),
];

const CHANNELS = ['phone', 'e-mail', 'online chat', 'in person', 'letter', 'social media'] as const;

type Contact = { date?: string; channel?: string; who?: string; result?: string };

function contactsOf(ctx: FlowContext): Contact[] {
  const value = getAt(ctx.data, 'contacts');
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item))
    .map((item) => {
      const contact: Contact = {};
      for (const key of ['date', 'channel', 'who', 'result'] as const) {
        const field = item[key];
        if (typeof field === 'string' || typeof field === 'number') contact[key] = String(field);
      }
      return contact;
    });
}

function describeContact(contact: Contact): string {
  const parts = [contact.date, contact.channel, contact.who].filter(Boolean) as string[];
  const head = parts.length > 0 ? parts.join(', ') : t('q.contact.a');
  return contact.result ? `${head}: ${contact.result}` : head;
}

async function askContact(ctx: FlowContext, number: number, before: Contact = {}): Promise<Contact | undefined> {
  const date = letterDate(ctx);
  const contact: Contact = {};
  const when = await ctx.prompter.text({
    message: t('q.contact.when', { number, skip: skipHint() }),
    optional: true,
    validate: checkDate({ notAfter: { date, what: t('letterDate') } }, date),
    ...(before.date !== undefined && { initial: before.date }),
  });
  if (when) contact.date = parseDate(when, date);
  // The letter tells the channel as it is kept, so it is kept in the letter's language.
  const lang = letterLanguageNow(ctx);
  const channels = CHANNELS.map((channel) => ({ value: tIn(lang, `channel.${channel}`), name: t(`channel.${channel}`) }));
  const choices: Choice<string>[] = [...channels, { value: '*other', name: t('q.contact.other') }, { value: '', name: t('choice.skipThis') }];
  const known = before.channel !== undefined && channels.some((channel) => channel.value === before.channel);
  const channel = await ctx.prompter.select({
    message: t('q.contact.how', { number }),
    choices,
    ...(before.channel !== undefined && { default: known ? before.channel : '*other' }),
  });
  if (channel === '*other') {
    const other = await ctx.prompter.text({
      message: t('q.contact.otherHow', { skip: skipHint() }),
      optional: true,
      validate: text(contactSchema.shape.channel),
      ...(before.channel !== undefined && !known && { initial: before.channel }),
    });
    if (other) contact.channel = other;
  } else if (channel) {
    contact.channel = channel;
  }
  const who = await ctx.prompter.text({
    message: t('q.contact.who', { number, skip: skipHint() }),
    optional: true,
    validate: text(contactSchema.shape.who),
    ...(before.who !== undefined && { initial: before.who }),
  });
  if (who) contact.who = who;
  const result = await askText(ctx, {
    message: t('q.contact.result', { number, example: example(t('q.contact.result.example')), skip: skipHint() }),
    optional: true,
    validate: text(contactSchema.shape.result),
    tone: true,
    ...(before.result !== undefined && { initial: before.result }),
  });
  if (result) contact.result = result;
  return Object.keys(contact).length > 0 ? contact : undefined;
}

const historySteps: Step[] = [
  {
    id: 'contacts',
    section: 'history',
    label: 'Earlier attempts to sort it out',
    paths: ['contacts'],
    async ask(ctx) {
      const before = contactsOf(ctx);
      const out: Contact[] = [];
      for (const [index, contact] of before.entries()) {
        const action = await ctx.prompter.select({
          message: t('q.contacts.earlier', { contact: quoteValue(describeContact(contact), 70) }),
          choices: [
            { value: 'keep', name: t('q.contacts.keep') },
            { value: 'change', name: t('q.contacts.change') },
            { value: 'remove', name: t('q.contacts.remove') },
          ],
        });
        if (action === 'keep') out.push(contact);
        if (action === 'change') {
          const changed = await askContact(ctx, out.length + 1, contact);
          if (changed) out.push(changed);
        }
        setAt(ctx.data, 'contacts', [...out, ...before.slice(index + 1)]);
        await ctx.checkpoint();
      }
      let more = await ctx.prompter.confirm({
        message: out.length > 0 ? t('q.contacts.more') : t('q.contacts.first'),
        default: false,
      });
      while (more && out.length < MAX_LIST) {
        const contact = await askContact(ctx, out.length + 1);
        if (contact) out.push(contact);
        setAt(ctx.data, 'contacts', out);
        await ctx.checkpoint();
        more = out.length < MAX_LIST && (await ctx.prompter.confirm({ message: t('q.contacts.more'), default: false }));
      }
      setAt(ctx.data, 'contacts', out);
    },
    summary: (ctx) => {
      const contacts = contactsOf(ctx);
      if (contacts.length === 0) return t('summary.none');
      return contacts.length === 1 ? quoteValue(describeContact(contacts[0]!), 50) : t('summary.attempts', { count: contacts.length });
    },
  },
  {
    id: 'evidence',
    section: 'history',
    label: 'What you attach',
    paths: ['evidence'],
    async ask(ctx) {
      const items = await askList(ctx, {
        path: 'evidence',
        first: t('q.evidence'),
        hint: example(t('q.evidence.example')),
        more: t('q.evidence.more'),
        min: 0,
        items: getList(ctx.data, 'evidence'),
        validate: text(purchaseSchema.shape.item),
      });
      setAt(ctx.data, 'evidence', items);
    },
    summary: (ctx) => shownList(getList(ctx.data, 'evidence')) ?? t('summary.nothing'),
  },
];

const REMEDIES_ASKED: Remedy[] = ['correction', 'refund', 'either', 'partial-refund', 'compensation'];
const remedyChoices = (): Choice<Remedy>[] => REMEDIES_ASKED.map((value) => ({ value, name: t(`remedy.${value}`), description: t(`remedy.${value}.description`) }));

const requestSteps: Step[] = [
  {
    id: 'request.remedy',
    section: 'request',
    label: 'What you want',
    paths: ['request.remedy'],
    required: () => true,
    async ask(ctx) {
      const now = remedy(ctx);
      const answer = await ctx.prompter.select({ message: t('q.request.remedy'), choices: remedyChoices(), ...(now && { default: now }) });
      setAt(ctx.data, 'request.remedy', answer);
    },
    summary: (ctx) => remedyChoices().find((choice) => choice.value === remedy(ctx))?.name,
  },
  textStep({
    id: 'request.correction',
    section: 'request',
    label: 'What would put it right',
    message: () => t('q.request.correction'),
    hint: () => example(t('q.request.correction.example')),
    validate: text(requestSchema.shape.correction),
    applies: (ctx) => remedy(ctx) === 'correction' || remedy(ctx) === 'either',
    required: (ctx) => remedy(ctx) === 'correction' || remedy(ctx) === 'either',
    tone: true,
  }),
  {
    id: 'request.amount',
    section: 'request',
    label: 'Amount to refund',
    paths: ['request.amount'],
    applies: (ctx) => ['refund', 'either', 'partial-refund'].includes(remedy(ctx) ?? ''),
    required: (ctx) => remedy(ctx) === 'partial-refund' || getNumber(ctx.data, 'purchase.amount') === undefined,
    async ask(ctx) {
      const paid = getNumber(ctx.data, 'purchase.amount');
      const now = getNumber(ctx.data, 'request.amount');
      const partial = remedy(ctx) === 'partial-refund';
      if (partial) {
        const answer = await ctx.prompter.text({
          message: paid !== undefined ? t('q.request.amount.partialOf', { paid: money(ctx, paid) }) : t('q.request.amount.partial'),
          validate: checkAmount({ currency: caseCurrencyOf(ctx), ...(paid !== undefined && { lessThan: { amount: paid, what: t('q.request.amount.whatYouPaid') } }) }),
          ...(now !== undefined && { initial: plainAmount(now) }),
        });
        setAt(ctx.data, 'request.amount', parseAmount(answer));
        return;
      }
      if (paid === undefined) {
        const answer = await ctx.prompter.text({
          message: t('q.request.amount.noPaid'),
          validate: checkAmount({ currency: caseCurrencyOf(ctx) }),
          ...(now !== undefined && { initial: plainAmount(now) }),
        });
        setAt(ctx.data, 'request.amount', parseAmount(answer));
        // The currency is asked with the first amount given.
        if (!ctx.asked.has('purchase.currency')) {
          await ctx.checkpoint();
          await askCurrency(ctx);
          ctx.asked.add('purchase.currency');
        }
        return;
      }
      // A refund is of what was paid unless the person says otherwise.
      const answer = await ctx.prompter.text({
        message: t('q.request.amount', { paid: money(ctx, paid) }),
        optional: true,
        default: plainAmount(now ?? paid),
        validate: checkAmount({ currency: caseCurrencyOf(ctx) }),
      });
      const amount = answer === '' ? undefined : parseAmount(answer);
      setAt(ctx.data, 'request.amount', amount === undefined || amount === paid ? undefined : amount);
    },
    summary: (ctx) => {
      const amount = getNumber(ctx.data, 'request.amount') ?? getNumber(ctx.data, 'purchase.amount');
      return amount === undefined ? undefined : money(ctx, amount);
    },
  },
  textStep({
    id: 'request.reason',
    section: 'request',
    label: 'Why this amount',
    message: () => t('q.request.reason'),
    hint: () => example(t('q.request.reason.example')),
    validate: text(requestSchema.shape.reason),
    applies: (ctx) => remedy(ctx) === 'partial-refund',
    tone: true,
  }),
  {
    id: 'request.costs',
    section: 'request',
    label: 'What it cost you',
    paths: ['request.costs'],
    applies: (ctx) => remedy(ctx) === 'compensation',
    required: (ctx) => remedy(ctx) === 'compensation',
    async ask(ctx) {
      const before = (getAt(ctx.data, 'request.costs') as { what?: unknown; amount?: unknown }[] | undefined) ?? [];
      const costs: { what: string; amount: number }[] = [];
      ctx.prompter.say(ctx.c.dim(t('q.request.costs.intro')));
      for (let index = 0; costs.length < MAX_LIST; index++) {
        const old = Array.isArray(before) ? before[index] : undefined;
        const what = await askText(ctx, {
          message: withHint(costs.length === 0 ? t('q.request.costs.first') : t('q.request.costs.more'), [costs.length === 0 ? example(t('q.request.costs.example')) : t('hint.done')]),
          optional: costs.length > 0,
          validate: text(purchaseSchema.shape.item),
          ...(typeof old?.what === 'string' && { initial: old.what }),
        });
        if (what === '') break;
        const amount = await ctx.prompter.text({
          message: t('q.request.costs.amount', { what: quoteValue(what, 40) }),
          validate: checkAmount({ currency: caseCurrencyOf(ctx) }),
          ...(typeof old?.amount === 'number' && { initial: plainAmount(old.amount) }),
        });
        costs.push({ what, amount: parseAmount(amount)! });
        setAt(ctx.data, 'request.costs', costs);
        await ctx.checkpoint();
      }
      setAt(ctx.data, 'request.costs', costs);
      if (!ctx.asked.has('purchase.currency')) {
        await askCurrency(ctx);
        ctx.asked.add('purchase.currency');
      }
    },
    summary: (ctx) => {
      const costs = getAt(ctx.data, 'request.costs');
      if (!Array.isArray(costs) || costs.length === 0) return undefined;
      const total = costs.reduce((sum: number, cost: { amount?: unknown }) => sum + (typeof cost.amount === 'number' ? cost.amount : 0), 0);
      return costs.length === 1 ? t('summary.costOne', { total: money(ctx, total) }) : t('summary.costs', { count: costs.length, total: money(ctx, total) });
    },
  },
  {
    id: 'request.deadline',
    section: 'request',
    label: 'Reply-by date',
    paths: ['request.deadline', 'request.deadlineDays'],
    async ask(ctx) {
      const date = letterDate(ctx);
      const days = getNumber(ctx.data, 'request.deadlineDays') ?? DEFAULT_DEADLINE_DAYS;
      const chosen = getText(ctx.data, 'request.deadline');
      const fallback = workingDayAfter(date, DEFAULT_DEADLINE_DAYS);
      const suggested = chosen ?? workingDayAfter(date, days);
      const answer = await ctx.prompter.text({
        message: t('q.request.deadline', { days: daysBetween(date, suggested), date: longDate(ctx, suggested) }),
        optional: true,
        default: suggested,
        validate: checkDate({ after: { date, what: t('letterDate') } }, date),
      });
      const deadline = answer === '' ? suggested : (parseDate(answer, date) ?? suggested);
      // The usual 14 days stays relative, so the case still works when it is run again later.
      if (deadline === fallback && chosen === undefined) {
        setAt(ctx.data, 'request.deadline', undefined);
        setAt(ctx.data, 'request.deadlineDays', undefined);
      } else if (deadline === workingDayAfter(date, days) && chosen === undefined) {
        setAt(ctx.data, 'request.deadline', undefined);
      } else {
        setAt(ctx.data, 'request.deadline', deadline);
        setAt(ctx.data, 'request.deadlineDays', undefined);
      }
    },
    summary: (ctx) => {
      const date = letterDate(ctx);
      const deadline = getText(ctx.data, 'request.deadline') ?? workingDayAfter(date, getNumber(ctx.data, 'request.deadlineDays') ?? DEFAULT_DEADLINE_DAYS);
      return t('summary.deadline', { date: deadline, days: daysBetween(date, deadline) });
    },
  },
];

const STAGES_ASKED: Stage[] = ['first', 'reminder', 'final', 'card-dispute'];
/** The letters offered: a card dispute only for a payment a card issuer holds (by card, or not said). */
const stageChoices = (ctx: FlowContext): Choice<Stage>[] => {
  const byCard = paidByCardOrUnknown(getText(ctx.data, 'purchase.paidWith'));
  return STAGES_ASKED.filter((value) => value !== 'card-dispute' || byCard).map((value) => ({ value, name: t(`stage.${value}`) }));
};

const NEXT_STEP_KEYS = ['nextStep.card', 'nextStep.authority', 'nextStep.court', 'nextStep.ombudsman', 'nextStep.review'] as const;

/** The lawful next steps offered in a final letter (English). */
export const NEXT_STEPS = NEXT_STEP_KEYS.map((key) => tIn('en', key));

/**
 * The language the letter will be in, as the letter engine will choose it (letter.language,
 * its locale, the writer's country), else the wizard's. The next steps offered go into the
 * letter as they are, so they are offered in its language.
 */
function letterLanguageNow(ctx: FlowContext): Language {
  const own = getText(ctx.data, 'letter.language');
  if (isLanguage(own)) return own;
  return languageOfLocale(getText(ctx.data, 'letter.locale')) ?? languageOfCountry(country(ctx)) ?? wizardLanguage();
}

/** The next steps offered, in the letter's language. */
function nextSteps(ctx: FlowContext): string[] {
  const lang = letterLanguageNow(ctx);
  return NEXT_STEP_KEYS.map((key) => tIn(lang, key));
}

/**
 * A letter follows the wizard's language unless something else decides it: --language,
 * a locale, or the writer's country (a French speaker in Ireland writes to an Irish
 * business in English). Called once the country is known, and again when it changes.
 */
function letterSpeaksWizard(ctx: FlowContext): void {
  if (ctx.languageFixed) return;
  const lang = wizardLanguage();
  const own = getText(ctx.data, 'letter.language');
  if (getText(ctx.data, 'letter.locale') !== undefined || country(ctx) !== undefined) {
    if (own === lang) setAt(ctx.data, 'letter.language', undefined);
    return;
  }
  if (lang !== 'en' && own === undefined) setAt(ctx.data, 'letter.language', lang);
}

const letterSteps: Step[] = [
  {
    id: 'letter.stage',
    section: 'letter',
    label: 'Which letter',
    paths: ['letter.stage'],
    async ask(ctx) {
      const answer = await ctx.prompter.select({ message: t('q.letter.stage'), choices: stageChoices(ctx), default: stageChoices(ctx).some((choice) => choice.value === stage(ctx)) ? stage(ctx) : undefined });
      setAt(ctx.data, 'letter.stage', answer === 'first' ? undefined : answer);
    },
    summary: (ctx) => t(`stage.${stage(ctx)}`),
  },
  {
    id: 'letter.previous',
    section: 'letter',
    label: 'Your earlier letters',
    paths: ['letter.previous'],
    applies: (ctx) => stage(ctx) !== 'first',
    required: (ctx) => stage(ctx) === 'reminder' || stage(ctx) === 'final',
    async ask(ctx) {
      const date = letterDate(ctx);
      const needed = stage(ctx) === 'reminder' || stage(ctx) === 'final';
      const seen = new Set<string>();
      const check = checkDate({ notAfter: { date, what: t('thisLetterDate') } }, date);
      const items = await askList(ctx, {
        path: 'letter.previous',
        first: t('q.letter.previous'),
        hint: t('hint.dateFormat'),
        more: t('q.letter.previous.more'),
        min: needed ? 1 : 0,
        items: getList(ctx.data, 'letter.previous'),
        validate: (value) => {
          const problem = check(value);
          if (problem) return problem;
          return seen.has(parseDate(value, date)!) ? t('q.letter.previous.again') : undefined;
        },
        normalise: (value) => {
          const iso = parseDate(value, date)!;
          seen.add(iso);
          return iso;
        },
      });
      setAt(ctx.data, 'letter.previous', items.sort());
    },
    summary: (ctx) => getList(ctx.data, 'letter.previous').join(', ') || undefined,
  },
  {
    id: 'letter.nextSteps',
    section: 'letter',
    label: 'Your next steps',
    paths: ['letter.nextSteps', 'letter.countrySteps'],
    applies: (ctx) => stage(ctx) === 'final',
    async ask(ctx) {
      const before = getList(ctx.data, 'letter.nextSteps');
      const offered = nextSteps(ctx);
      ctx.prompter.say(ctx.c.dim(t('q.letter.nextSteps.intro')));
      const chosen = await ctx.prompter.checkbox({
        message: t('q.letter.nextSteps'),
        choices: offered.map((step) => ({ value: step, name: step, checked: before.includes(step) })),
      });
      const own = await askList(ctx, {
        path: 'letter.nextSteps',
        before: chosen,
        first: t('q.letter.nextSteps.own'),
        more: t('q.letter.nextSteps.more'),
        min: 0,
        items: before.filter((step) => !offered.includes(step)),
        validate: text(letterSchema.shape.nextSteps._zod.def.innerType._zod.def.element),
        tone: true,
        max: MAX_LIST - chosen.length,
      });
      setAt(ctx.data, 'letter.nextSteps', [...chosen, ...own]);
      // The country's next steps are added to the writer's own unless they say no; without a
      // country there are none to add, and without steps of their own there is nothing to choose.
      if (chosen.length + own.length > 0 && country(ctx) !== undefined) {
        const add = await ctx.prompter.confirm({ message: t('q.letter.countrySteps'), default: getText(ctx.data, 'letter.countrySteps') !== 'leave-out' });
        setAt(ctx.data, 'letter.countrySteps', add ? undefined : 'leave-out');
      } else setAt(ctx.data, 'letter.countrySteps', undefined);
    },
    summary: (ctx) => shownList(getList(ctx.data, 'letter.nextSteps')) ?? t('summary.none'),
  },
  textStep({
    id: 'card.issuer',
    section: 'letter',
    label: 'Card issuer',
    message: () => t('q.card.issuer'),
    hint: () => example(t('q.card.issuer.example')),
    validate: text(cardSchema.shape.issuer),
    applies: (ctx) => stage(ctx) === 'card-dispute',
  }),
  textStep({
    id: 'card.address',
    section: 'letter',
    label: 'Card issuer address',
    message: (ctx) => `${t('q.card.address')}${ctx.format === 'pdf' ? t('q.postNeedsIt') : ''}`,
    hint: () => t('hint.oneLine'),
    validate: text(cardSchema.shape.address),
    applies: (ctx) => stage(ctx) === 'card-dispute',
  }),
  textStep({
    id: 'card.last4',
    section: 'letter',
    label: 'Card ending',
    message: () => t('q.card.last4'),
    validate: checkLast4,
    applies: (ctx) => stage(ctx) === 'card-dispute',
  }),
  dateStep({
    id: 'card.statementDate',
    section: 'letter',
    label: 'Statement date',
    message: 'q.card.statementDate',
    applies: (ctx) => stage(ctx) === 'card-dispute',
    notAfterLetter: true,
  }),
];

function profileLine(ctx: FlowContext): string {
  const sender = ctx.profile!.sender;
  return [sender.name, sender.email, sender.phone].filter(Boolean).map((value) => quoteValue(value, 40)).join(', ');
}

const senderSteps: Step[] = [
  {
    id: 'sender.profile',
    section: 'sender',
    label: 'Your saved details',
    paths: [],
    applies: (ctx) => ctx.profile !== undefined && !ctx.asked.has('sender.name'),
    async ask(ctx) {
      const answer = await ctx.prompter.select({
        message: t('q.sender.profile', { details: profileLine(ctx) }),
        choices: [
          { value: 'use', name: t('q.sender.profile.use') },
          { value: 'change', name: t('q.sender.profile.change') },
        ],
        default: 'use',
      });
      if (answer === 'use') {
        const sender = ctx.profile!.sender;
        for (const key of ['name', 'email', 'phone', 'address'] as const) {
          if (sender[key]) setAt(ctx.data, `sender.${key}`, sender[key]);
        }
        for (const id of ['sender.name', 'sender.email', 'sender.phone', 'sender.address', 'sender.remember']) ctx.asked.add(id);
      }
      // To change them, the next questions start from the saved details.
    },
  },
  textStep({
    id: 'sender.name',
    section: 'sender',
    label: 'Your name',
    message: () => t('q.sender.name'),
    validate: text(senderSchema.shape.name),
    required: () => true,
    initial: (ctx) => ctx.profile?.sender.name,
  }),
  textStep({
    id: 'sender.email',
    section: 'sender',
    label: 'Your e-mail',
    message: (ctx) => `${t('q.sender.email')}${ctx.format === 'eml' ? t('q.emailFileNeedsIt') : ''}`,
    validate: text(senderSchema.shape.email),
    required: (ctx) => ctx.format === 'eml',
    initial: (ctx) => ctx.profile?.sender.email,
  }),
  textStep({
    id: 'sender.phone',
    section: 'sender',
    label: 'Your phone',
    message: () => t('q.sender.phone'),
    validate: text(senderSchema.shape.phone),
    initial: (ctx) => ctx.profile?.sender.phone,
  }),
  textStep({
    id: 'sender.address',
    section: 'sender',
    label: 'Your postal address',
    message: (ctx) => `${t('q.sender.address')}${ctx.format === 'pdf' ? t('q.postNeedsIt') : ''}`,
    hint: () => t('hint.oneLine'),
    validate: text(senderSchema.shape.address),
    initial: (ctx) => ctx.profile?.sender.address,
    required: (ctx) => ctx.format === 'pdf',
  }),
  {
    id: 'sender.remember',
    section: 'sender',
    label: 'Remember your details',
    paths: [],
    applies: (ctx) => getText(ctx.data, 'sender.name') !== undefined,
    async ask(ctx) {
      const sender = {
        name: getText(ctx.data, 'sender.name')!,
        ...(getText(ctx.data, 'sender.email') && { email: getText(ctx.data, 'sender.email') }),
        ...(getText(ctx.data, 'sender.phone') && { phone: getText(ctx.data, 'sender.phone') }),
        ...(getText(ctx.data, 'sender.address') && { address: getText(ctx.data, 'sender.address') }),
      };
      const saved = ctx.profile?.sender;
      if (saved && ['name', 'email', 'phone', 'address'].every((key) => saved[key as keyof typeof saved] === sender[key as keyof typeof sender])) return;
      const yes = await ctx.prompter.confirm({
        message: saved ? t('q.sender.remember.update') : t('q.sender.remember'),
        default: true,
      });
      if (!yes) return;
      await ctx.rememberProfile(sender);
      ctx.profile = { version: 1, sender };
      ctx.prompter.say(ctx.c.dim(t('q.sender.remember.saved', { place: quoteValue(ctx.profilePlace, 200) })));
    },
  },
  textStep({
    id: 'sender.customerId',
    section: 'sender',
    label: 'Customer number',
    message: (ctx) => t('q.sender.customerId', { company: quoteValue(getText(ctx.data, 'recipient.company') ?? t('q.sender.customerId.them'), 60) }),
    validate: text(senderSchema.shape.customerId),
  }),
];

// The country comes just before the amount: it gives the currency its default.
const beforeAmount = purchaseSteps.findIndex((step) => step.id === 'purchase.amount');

export const STEPS: Step[] = [
  ...recipientSteps,
  ...purchaseSteps.slice(0, beforeAmount),
  ...countrySteps,
  ...purchaseSteps.slice(beforeAmount),
  ...storySteps,
  ...historySteps,
  ...requestSteps,
  ...letterSteps,
  ...senderSteps,
];
