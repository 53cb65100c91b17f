// What a letter takes from the writer's country's rights pack: the rights it cites, the
// next steps of a final letter (the country's, then the writer's own) and the card-dispute route.
import { countryOfAddress, inEccNet, traderPlace } from '../case/countries.js';
import { daysBetween, workingDayAfter } from '../case/dates.js';
import type { ResolvedCase } from '../case/resolve.js';
import { chargedRecently, rightsFor, type NextStep } from './index.js';
import { sameRoute } from './same-route.js';
import { homeLetByBusiness, privateLandlord, tenancyInCase } from './tenancy.js';
import { countOfThings, recurringFee } from '../letter/english/money.js';

/**
 * "refer my complaint to the Energy Ombudsman, which I understand I can do 8 weeks after…";
 * in a pack in another language, `when` is written to follow the step after a comma.
 */
export function nextStepText(step: NextStep, language = 'en'): string {
  if (!step.when) return step.text;
  return language === 'en' ? `${step.text}, which I understand I can do ${step.when}` : `${step.text}, ${step.when}`;
}

/** What the letter asks for in money: the sum asked (resolved: a full refund is what was paid) and the costs caused. */
function claimed(request: ResolvedCase['request']): number | undefined {
  const costs = request.costs.reduce((sum, cost) => sum + cost.amount, 0);
  if (request.amount === undefined && costs === 0) return undefined;
  return Math.round(((request.amount ?? 0) + costs) * 100) / 100;
}

/**
 * The day the writer first raised the problem with the business, as the case dates it: the first
 * dated contact or earlier letter on or after the purchase, else this letter's date.
 */
export function raisedOn(resolved: Pick<ResolvedCase, 'contacts' | 'history' | 'letter' | 'purchase'>): string {
  const bought = resolved.purchase.date;
  const dated = [...resolved.contacts.map((contact) => contact.date), ...resolved.history.letters.map((sent) => sent.date), resolved.letter.date];
  return dated.filter((date): date is string => date !== undefined && (bought === undefined || date >= bought)).sort()[0] ?? resolved.letter.date;
}

/** The days within which a card dispute is usually asked for (card schemes' chargeback rules: about 120 days). */
export const CARD_DISPUTE_DAYS = 120;

/**
 * Whether asking the card issuer to reverse the payment is a step a letter can offer: paid by
 * credit or debit card, asking for money back or for something to be put right (not for costs the
 * problem caused, which are no charge to reverse), and a one-off payment recent enough by the
 * reply-by date for the card scheme's rules (see chargedRecently). As a pack's card step says with
 * `paidWith`, `remedies` and `chargedWithinDays`, for the letters' own words when no pack step applies.
 */
export function cardReversalPlausible(resolved: Pick<ResolvedCase, 'contacts' | 'history' | 'letter' | 'purchase' | 'request'>): boolean {
  const { purchase, request } = resolved;
  if (purchase.paidWith !== 'credit-card' && purchase.paidWith !== 'debit-card') return false;
  if (request.remedy === 'compensation') return false;
  if (purchase.period !== undefined || purchase.date === undefined) return true;
  const raised = raisedOn(resolved);
  const daysToRaise = raised >= purchase.date ? daysBetween(purchase.date, raised) : undefined;
  return chargedRecently({ chargedOn: purchase.date, daysToRaise, kind: purchase.kind }, request.deadline, CARD_DISPUTE_DAYS);
}

/**
 * The price of one thing bought, for a right that depends on it (section 75 covers a single
 * item over £100): "4 tickets" for £312 are four things at £78. Goods and bookings only: a
 * service or a subscription is one contract whatever it counts.
 */
export function priceOfOne(purchase: Pick<ResolvedCase['purchase'], 'item' | 'kind'>, price: number): number {
  if (purchase.kind !== undefined && purchase.kind !== 'goods' && purchase.kind !== 'booking') return price;
  const count = countOfThings(purchase.item);
  return count !== undefined ? Math.round((price / count) * 100) / 100 : price;
}

/**
 * Where the business is, from recipient.country or the country its address ends with. The
 * address is read only for a writer with a European Consumer Centre, the one route that depends
 * on it (reading addresses costs the first letter milliseconds).
 */
function traderFact(writerCountry: string, recipient: ResolvedCase['recipient']): { trader?: 'home' | 'eu' | 'elsewhere' } {
  const trader = traderPlace(writerCountry, recipient.country ?? (inEccNet(writerCountry) ? countryOfAddress(recipient.address) : undefined));
  return trader === undefined ? {} : { trader };
}

/**
 * The case without a landlord the story's words alone made of the business, when the case shows
 * no tenancy: a deposit to hire a hall or a venue "rental" is not a rented home's, and must not
 * be sent to a tenancy deposit scheme (see tenancy.ts). Said on the terminal only when kept.
 */
export function withTenancyJudged(resolved: ResolvedCase): ResolvedCase {
  const guess = resolved.assumed.find((a) => a.field === 'recipient.sector' && a.fromStory && a.value === 'property');
  if (guess === undefined || resolved.recipient.sector !== 'property') return resolved;
  if (tenancyInCase(resolved)) return resolved;
  const { sector: _guessed, ...recipient } = resolved.recipient;
  return { ...resolved, recipient, assumed: resolved.assumed.filter((a) => a !== guess) };
}

export function withRights(given: ResolvedCase, userDirs: readonly string[] = []): ResolvedCase {
  const resolved = withTenancyJudged(given);
  const { sender, purchase, request, letter, recipient } = resolved;
  if (sender.country === undefined) return resolved;
  const problem = resolved.story.problem;
  const answer = rightsFor({
    country: sender.country,
    ...(sender.region !== undefined && { region: sender.region }),
    ...(purchase.kind !== undefined && { kind: purchase.kind }),
    ...(problem !== undefined && { problem }),
    remedy: request.remedy,
    stage: letter.stage,
    ...(purchase.paidWith !== undefined && { paidWith: purchase.paidWith }),
    ...(recipient.sector !== undefined && { sector: recipient.sector }),
    ...((purchase.price ?? purchase.amount) !== undefined && { price: priceOfOne(purchase, (purchase.price ?? purchase.amount)!) }),
    ...(purchase.price !== undefined && { agreedPrice: true }),
    ...(purchase.price !== undefined && purchase.price > 0 && purchase.amount !== undefined && purchase.period === undefined && { abovePricePercent: ((purchase.amount - purchase.price) / purchase.price) * 100 }),
    ...(privateLandlord(resolved) && { privateLandlord: true }),
    ...(homeLetByBusiness(resolved) && { tenancy: true }),
    // What the letter claims in all, the costs it caused included: a court's limit applies to the whole claim.
    ...(claimed(request) !== undefined && { amount: claimed(request) }),
    currency: purchase.currency,
    ...(resolved.card.statementDate !== undefined && { statementDate: resolved.card.statementDate }),
    ...(purchase.period === undefined && purchase.date !== undefined && { chargedOn: purchase.date }),
    raisedOn: raisedOn(resolved),
    story: [purchase.item ?? '', resolved.story.circumstances ?? '', ...resolved.story.expectations, ...resolved.story.outcome, resolved.story.impact ?? ''].join('\n'),
    ...traderFact(sender.country, recipient),
    letterDate: letter.date,
    replyBy: request.deadline,
    userDirs: [...userDirs],
  });
  if (!answer) return resolved;
  // A pack's texts are in one language: a letter in another cites none of them (said on the terminal).
  // Said only when there is something it would cite: for a purchase the pack knows no law for, the terminal says that instead.
  if (answer.language !== (letter.language ?? 'en')) return answer.rights.length > 0 || answer.nextSteps.length > 0 || answer.card !== undefined ? { ...resolved, rightsLanguage: answer.language } : resolved;
  // The writer's own steps come after the country's, less any that names the same route as
  // one of the country's (whose words name the body and carry its source); leave-out keeps only theirs.
  const onlyOwn = letter.countrySteps === 'leave-out' && letter.nextSteps.length > 0;
  const steps = onlyOwn ? [] : answer.nextSteps;
  const several = answer.language === 'en' && severalPayments(resolved);
  const stepTexts = steps.map((step) => nextStepText(step, answer.language)).map((text) => (several ? text.replace(/\breverse the payment\b/g, 'reverse the payments') : text));
  // A step's paragraph may make this letter the notice the writer meant to send ("This letter is my demand letter…").
  const own = letter.nextSteps.filter((mine) => !steps.some((step) => sameRoute(mine, step.text) || (step.paragraph !== undefined && sameRoute(mine, step.paragraph, ['notice']))));
  // A notice the law says must allow so many days (a letter before claim, a demand letter) gets
  // them, even when the writer chose a shorter time: the letter would otherwise promise a step
  // sooner than the notice it gives allows (said on the terminal).
  const minDays = Math.max(0, ...steps.map((step) => step.minDays ?? 0));
  const earliest = minDays > 0 ? workingDayAfter(letter.date, minDays) : undefined;
  const longer = earliest !== undefined && request.deadline < earliest;
  const notice = longer && request.deadlineChosen ? steps.find((step) => (step.minDays ?? 0) === minDays) : undefined;
  return {
    ...resolved,
    ...(longer && { request: { ...request, deadline: earliest, deadlineDays: daysBetween(letter.date, earliest) } }),
    ...(notice && { assumed: [...resolved.assumed, { field: 'request.deadlineDays' as const, value: earliest!, because: notice.law !== undefined ? `under ${notice.law}` : `before I ${notice.text}` }] }),
    rights: answer.language === 'en' ? asOneParagraph(answer.rights) : answer.rights,
    ...(answer.card && { cardRoute: several ? paymentsInPlural(answer.card) : answer.card }),
    letter: {
      ...letter,
      nextSteps: [...stepTexts, ...own],
      nextStepsDetail: steps.flatMap((step) => (step.paragraph ? [step.paragraph] : [])),
    },
    citedSteps: steps,
  };
}

/**
 * Several rights cited together read as one paragraph a person wrote, not as sentences that each
 * start "I understand that": the second says "I also understand that", a third "Further, I
 * understand that".
 */
export function asOneParagraph<R extends { text: string }>(rights: readonly R[]): R[] {
  const opening = 'I understand that ';
  return rights.map((right, i) => {
    if (i === 0 || !right.text.startsWith(opening)) return right;
    return { ...right, text: `${i === 1 ? 'I also understand that ' : 'Further, I understand that '}${right.text.slice(opening.length)}` };
  });
}

/** A refund of two or more payments of a recurring fee ("$129.98" of a "$64.99 every two weeks" membership). */
function severalPayments(c: ResolvedCase): boolean {
  const each = recurringFee(c.purchase)?.charged;
  const refund = c.request.amount;
  return each !== undefined && refund !== undefined && Math.round(refund / each) >= 2;
}

/** An English card route said of several payments: "raise a chargeback for these payments". */
function paymentsInPlural<R extends { text: string }>(route: R): R {
  const text = route.text
    .replace(/\bthis payment\b/g, 'these payments')
    .replace(/\bthis charge\b/g, 'these charges')
    .replace(/\bhas not refunded it\b/g, 'has not refunded them')
    .replace(/\bit was charged\b/g, 'they were charged')
    .replace(/\bthe amount in dispute\b/g, 'the amounts in dispute');
  return text === route.text ? route : { ...route, text };
}
