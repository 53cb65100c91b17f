// What was bought and what is asked: the purchase as the case states it (a one-off price, a
// recurring fee, a deposit) and the request, with the writer's own reason for an amount.
import type { ResolvedCase } from '../../case/resolve.js';
import type { Phrases } from '../phrases.js';
import { writtenByMore } from './writers.js';
import { writerCancelled } from '../../case/writer-cancelled.js';
import { HAS_VERB, VERB, type WordUse, asListItem, asSentence, capitalNames, clause, inSentence, quoted, speaksToReader, withoutBrackets, caseWordUse } from './words.js';

const PERIOD_WORD: Record<string, string> = { week: 'a week', fortnight: 'every two weeks', month: 'a month', quarter: 'a quarter', year: 'a year' };
const PERIOD_ADJECTIVE: Record<string, string> = { week: 'weekly', fortnight: 'fortnightly', month: 'monthly', quarter: 'quarterly', year: 'annual' };
const COUNT_WORD = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * A recurring fee as the case states it. `amount` is each payment, unless the case also gives a
 * `price`: then people type the agreed fee as the price and what they have paid so far as the
 * amount. At least twice the fee is a total of several payments (a fee is rarely doubled); above
 * the fee but below twice it, the fee they were charged instead; below it, each payment towards
 * an agreed total price (a 24-month contract's price).
 */
export interface RecurringFee {
  /** What each payment was, when the case says so. */
  charged?: number;
  /** The fee agreed for each period, when it is not what was charged. */
  agreed?: number;
  /** Everything paid so far, when the case gives it as one sum. */
  paidInAll?: number;
  /** The agreed price of the whole contract. */
  agreedTotal?: number;
}

export function recurringFee(purchase: ResolvedCase['purchase']): RecurringFee | undefined {
  const { amount, price } = purchase;
  if (!purchase.period) return undefined;
  if (price === undefined || price === amount) return amount === undefined ? {} : { charged: amount };
  if (amount === undefined) return { agreed: price };
  if (amount >= price * 2) return { agreed: price, paidInAll: amount };
  if (amount > price) return { agreed: price, charged: amount };
  return { charged: amount, agreedTotal: price };
}

/**
 * A refund of whole payments of a recurring fee, named: "three monthly payments of £39.99,
 * £119.97 in all", or "the £119.99 annual payment". Undefined when the refund is not a whole
 * number of the payments charged.
 */
function namedPayments(refund: number, c: ResolvedCase, money: (n: number) => string): string | undefined {
  const charged = recurringFee(c.purchase)?.charged;
  if (charged === undefined || c.purchase.period === undefined) return undefined;
  const count = Math.round(refund / charged);
  if (count < 1 || Math.abs(Math.round(charged * 100) * count - Math.round(refund * 100)) > 0) return undefined;
  // "Biweekly" in North America, "fortnightly" elsewhere.
  const kind = `${c.purchase.period === 'fortnight' && /^en-(?:US|CA)$/.test(c.letter.locale) ? 'biweekly' : PERIOD_ADJECTIVE[c.purchase.period]} payment`;
  return count === 1 ? `the ${money(charged)} ${kind}` : `${COUNT_WORD[count] ?? count} ${kind}s of ${money(charged)}, ${money(refund)} in all`;
}

/**
 * "it" or "them" for what was bought: plural when its head noun is ("return flights", "six
 * chairs", "the table and chairs"), before any "of", "to", "for"… ("a pair of shoes" is one).
 */
/**
 * The words that name a thing, without a route after them ("return flights cork - malaga",
 * "flights cork-malaga"): the place a route starts from is no name for what was bought.
 * `cutAtDash`: the words ended at a dash that starts the rest of the route.
 */
export function withoutRoute(words: string[], cutAtDash: boolean, cutAtTo = false): string[] {
  if (words.length < 2) return words;
  const last = words.at(-1)!;
  if (cutAtDash) return words.slice(0, -1);
  // "return flights cork to malaga", "train dublin to galway": the word before "to" is where the journey starts.
  if (cutAtTo && (/[a-z]s$/i.test(words.at(-2)!) || JOURNEY.test(words.at(-2)!))) return words.slice(0, -1);
  // "flights cork-malaga": two places joined, after a thing of which there are several.
  if (/^[a-z]{3,}[-–][a-z]{3,}$/i.test(last) && /[a-z]s$/i.test(words.at(-2)!)) return words.slice(0, -1);
  return words;
}

/** What takes a person from one place to another, named before the places. */
const JOURNEY = /^(?:flight|train|ticket|trip|fare|ride|transfer|journey|crossing|ferry|coach|bus|taxi|cab|shuttle|cruise|sailing|voyage)$/i;

/** A dash standing alone between words: "cork - malaga", "Leeds – York". */
const ROUTE_DASH = /\s[-–—]\s|\s?(?:->|→)\s?/;

/** "4 tickets", "two x chairs": several things bought at once, counted at the start of what was bought. */
// Latin letters, not Unicode classes: a Unicode expression that ignores case takes milliseconds to make, on every letter.
const SEVERAL_THINGS = /^\s*(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:x\s*)?((?:[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*\s+){0,2}?[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*s)(?![A-Za-z\u00C0-\u024F'’-])/i;
/** Units of time or measure: "10 nights", "3 metres" are one stay or one length, not several things. */
const UNITS = /^(?:nights|days|weeks|fortnights|months|years|hours|hrs|minutes|mins|sessions|lessons|classes|visits|metres|meters|feet|yards|miles|kilometres|kilometers|litres|liters|gallons|kilos|kgs|grams|tons|tonnes|pounds|square|sq|pairs|sets|boxes|packs|rolls)$/i;
const NUMBER_WORD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** How many things were bought, when what was bought starts by counting them ("4 tickets for…"); undefined for one, or for a length of time or a measure. */
export function countOfThings(item: string): number | undefined {
  // Most items start with no count: the long expression is made only for one that may.
  if (!/^\s*(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)/i.test(item)) return undefined;
  const several = SEVERAL_THINGS.exec(item);
  if (!several || several[2]!.split(/\s+/).some((word) => UNITS.test(word))) return undefined;
  const count = NUMBER_WORD[several[1]!.toLowerCase()] ?? Number(several[1]);
  return count >= 2 ? count : undefined;
}

/** A word that makes two things joined one thing bought: "ceremony and reception package", "flight and hotel deal". */
const ONE_OF_BOTH = /\s(?:package|bundle|deal|plan|combo|set|kit|contract|booking|holiday|offer|menu|special|experience|service|subscription)$/;

export function pronounFor(item: string): 'it' | 'them' {
  // A name in quotation marks is one name, whatever it holds ('the "amenity + valet trash" fee').
  const named = withoutBrackets(item).replace(/["“][^"”]*["”]/g, 'name');
  const cut = /\s(of|to|from|for|with|in|on|at|by|via)\s|[,;:(]/i.exec(named);
  const whole = cut ? named.slice(0, cut.index) : named;
  // "return flights toronto to vancouver": the word before "to" is where the journey starts, in small letters too.
  const cutAtTo = cut?.[1]?.toLowerCase() === 'to';
  const [typed, routed] = ROUTE_DASH.test(whole) ? [whole.split(ROUTE_DASH)[0]!, true] : [whole, false];
  const head = typed.toLowerCase();
  // "2 tickets Harbor Lights concert…": several, counted first, whatever names follow.
  if (countOfThings(item) !== undefined) return 'them';
  // "a table and six chairs" is two things; "gas and electricity supply" is one.
  if (/\s(?:and|&|\+)\s+(?:a|an|the|my|some|two|three|four|five|six|seven|eight|nine|ten|\d+)\s/.test(head)) return 'them';
  // "sectional sofa and matching ottoman": two things of two words or more each.
  // "wedding ceremony and reception package": one package, bundle or deal of both.
  const joined = /^(\S+\s+\S+.*?)\s(?:and|&|\+)\s(\S+\s+\S+.*)$/.exec(head);
  if (joined && !ONE_OF_BOTH.test(joined[2]!.trim())) return 'them';
  // The last noun says how many ("10 nights boarding" is one stay, "wireless headphones" are
  // several); what was done to it comes after it ("2 tyres fitted"). A name in capitals ("IELTS
  // prep", "GCSE maths") is not a plural, whatever its last letter.
  const words = withoutRoute(typed.trim().split(/\s+/), routed, cutAtTo && !routed);
  while (words.length > 1 && /^[a-z]{3,}ed$/i.test(words.at(-1)!)) words.pop();
  // A place or a name after the noun ("return flights London to Nice", "dining table Oslo"): the noun says how many.
  while (words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words.at(-1)!) && /^\p{Ll}+$/u.test(words.at(-2)!)) words.pop();
  // "flights DUB-FAO return": how the journey goes, after the things named.
  while (words.length > 1 && /^(?:return|one-way|single|round-?trip)$/i.test(words.at(-1)!)) words.pop();
  // A code of a place, or of a route, after things named ("flights LPL to Palma", "tickets NYC", "flights DUB-FAO"): the things say how many.
  while (words.length > 1 && /^[A-Z]{2,4}(?:[-–][A-Z]{2,4})?$/.test(words.at(-1)!) && /^[a-z-]{3,}[^su]s$/.test(words.at(-2)!)) words.pop();
  const last = words.at(-1) ?? '';
  const plural = !/^[A-Z0-9-]{2,}$/.test(last) && /^[a-z-]{3,}[^su]s$/.test(last.toLowerCase()) && !/(ss|us|is|ics|news|series|species|means|lens)$/i.test(last);
  return plural ? 'them' : 'it';
}

/** `sinceSaid`: the opening already says the writer has been a customer since the purchase began. */
/** The agreed price as the writer speaks of it: "Your estimate", "Your quote", else "The agreed price". */
function priceName(c: ResolvedCase): string {
  const words = caseWordUse(c).text ?? '';
  const price = c.purchase.price;
  if (price === undefined || c.purchase.period !== undefined || !/\b(?:estimate|quote|quotation)/i.test(words)) return 'The agreed price';
  // The price is the business's estimate or quote where the writer says so: of that sum in one
  // sentence ("they quoted £700", "an estimate of $450"), or of the business's own ("as per the
  // quote", "your written estimate"). An estimated bill, or another trader's quote, is not it.
  const sum = new RegExp(amountWritten(price).source);
  const sentences = words.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => !/\b(?:another|other|second|different|independent|cheaper|new)\b/i.test(sentence));
  const said = (noun: RegExp, verb?: RegExp) =>
    sentences.some((sentence) => (sum.test(sentence) && (noun.test(sentence) || (verb?.test(sentence) ?? false))) || new RegExp(String.raw`\b(?:your|the|their|his|her|as per)\s+(?:written\s+|signed\s+|original\s+|agreed\s+|verbal\s+)?${noun.source}`, 'i').test(sentence));
  if (said(/estimates?\b/i, /\bestimated\b/i)) return 'Your estimate';
  if (said(/(?:quotes?|quotation)\b/i, /\bquoted\b/i)) return 'Your quote';
  return 'The agreed price';
}

/** A cost not yet paid: a quote or an estimate for what the problem will cost to put right. */
const COST_TO_COME = /\b(?:quote[ds]?|quotation|estimate[ds]?|estimated|will cost|to be paid)\b/i;
/** A part of a claim that is compensation owed, not money the writer spent: "EU261 compensation", "for the inconvenience". */
/** A cost line that is money back of what was paid: "refund of boarding fee", "the price I paid". */
const REFUND_PART = /^(?:a\s+|the\s+|my\s+)?(?:(?:full|partial)\s+)?(?:refund|repayment|return)\b|^(?:the\s+)?(?:price|fee|amount|money)\s+(?:I\s+)?paid\b/i;
const COMPENSATION_PART = /\b(?:compensation|damages|inconvenience|distress|goodwill|(?:EU|UK)\s?261)\b/i;

/** A story that opens with the writer buying or booking: "I booked…", "We ordered…", "Bought…". */
const TOLD_BOUGHT = /^\s*(?:(?:i|we)\s+(?:had\s+)?)?(?:booked|ordered|bought|purchased|hired|paid for|paid)\b/i;

/** A deposit by the writer's own word for it: a rented home's "bond" in Australia and New Zealand is not called a deposit there. */
export function depositWord(c: ResolvedCase): 'deposit' | 'bond' {
  return /\bbond\b/i.test(c.purchase.item) && !/\bdeposit\b/i.test(c.purchase.item) ? 'bond' : 'deposit';
}

/**
 * Recurring payments the writer stopped, so they are told in the past: the problem they chose,
 * or words of cancelling (`cancelled`: the letter language's) in the story or the contacts.
 */
export function paymentsEnded(c: ResolvedCase, cancelled?: RegExp): boolean {
  if (c.story.problem === 'charged-after-cancelling') return true;
  const told = [c.story.circumstances, ...c.story.outcome, ...c.contacts.map((contact) => contact.result ?? '')].join('\n');
  return cancelled ? cancelled.test(told) : writerCancelled(told);
}

/**
 * A service's or an unnamed kind's date may be the day it was booked or paid for, or the day it
 * took place: the letter says "my boiler service of 3 October 2026" (see datedItem in
 * src/letter/phrases.ts) or leaves the date to the subject, never "I booked it on". A booking's
 * is the day it was made (a flight of 1 August would be read as the day of the flight).
 */
export function dateMayBeWhenItTookPlace(p: ResolvedCase['purchase']): boolean {
  return p.period === undefined && (p.kind === undefined || p.kind === 'service' || p.kind === 'other');
}

const TAKEN = /\b(?:charged|billed|debited|deducted|took|taken|withheld|kept|retained|collected|invoiced)\b/i;
const PAID = /\b(?:paid|pay|bought|purchased|booked|ordered)\b/i;

/** The amount as people write it: "450", "$450", "450.00", "1,450", "1 450,00 €". */
const amountsWritten = new Map<number, RegExp>();
function amountWritten(amount: number): RegExp {
  let found = amountsWritten.get(amount);
  if (!found) {
    const whole = Math.trunc(amount);
    const cents = Math.round((amount - whole) * 100);
    const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '[,.\u00a0\u202f ]?');
    found = new RegExp(String.raw`(?<![\d.,])${digits}${cents === 0 ? String.raw`(?:[.,]00)?` : String.raw`[.,]${String(cents).padStart(2, '0')}`}(?![\d]|[.,]\d)`, 'g');
    if (amountsWritten.size > 1000) amountsWritten.clear();
    amountsWritten.set(amount, found);
  }
  return found;
}

const takenCases = new WeakMap<object, boolean>();

/**
 * Whether the story tells the amount as money the business took ("charged my card $450 for a
 * scratch", "£300 deducted from my deposit") and never as a price the writer paid: then it was
 * charged, and "I booked it and paid $450" would not be true.
 */
export function takenNotPaid(c: ResolvedCase): boolean {
  let known = takenCases.get(c);
  if (known === undefined) takenCases.set(c, (known = amountTaken(c)));
  return known;
}

/** The writer's story (what led to it, and what happened), where an amount may be told. */
function storyOf(c: ResolvedCase): string {
  return [c.story.circumstances, ...c.story.outcome].join('\n');
}

/** Where the story writes `amount` ("3850", "3,850.00"); most stories name none, which its last digits say before any expression runs. */
function amountInStory(told: string, amount: number): RegExpExecArray[] {
  return told.includes(String(Math.trunc(amount)).slice(-3)) ? [...told.matchAll(amountWritten(amount))] : [];
}

/** The words before an amount found in the story, in its sentence. */
function wordsBefore(told: string, m: RegExpExecArray): string {
  return told.slice(Math.max(0, m.index - 40), m.index).split(/[.;\n]/).pop()!;
}

function amountTaken(c: ResolvedCase): boolean {
  const p = c.purchase;
  if (p.amount === undefined || p.price !== undefined || p.period !== undefined || p.kind === 'deposit') return false;
  const told = storyOf(c);
  const found = amountInStory(told, p.amount);
  if (found.length === 0 || !TAKEN.test(told)) return false;
  let taken = false;
  // The verb in the words just before the amount, or just after it, in the same sentence.
  for (const m of found) {
    const before = wordsBefore(told, m);
    const after = told.slice(m.index + m[0].length, m.index + m[0].length + 25).split(/[.;\n]/)[0]!;
    if (PAID.test(before) || PAID.test(after)) return false;
    taken ||= TAKEN.test(before) || TAKEN.test(after);
  }
  return taken;
}

/** The writer's own story says they paid the amount ("paid 3850", "I paid $3,850.00 for it"). */
function paidTold(c: ResolvedCase): boolean {
  const told = storyOf(c);
  return amountInStory(told, c.purchase.amount!).some((m) => PAID.test(wordsBefore(told, m)));
}

/** The writer's own story names the agreed price too ("of the £18,900 agreed price"). */
function priceTold(c: ResolvedCase): boolean {
  return amountInStory(storyOf(c), c.purchase.price!).length > 0;
}

/** What was bought named as the payment itself: "rent for Flat 4", "monthly fee", "service charge". */
const IS_A_PAYMENT = /^\s*(?:(?:my|the|our|monthly|weekly|fortnightly|quarterly|annual|yearly)\s+)*(?:rent|rental payments?|fees?|service charges?|charges?|premiums?|instal+ments?|dues|payments?)(?:\s+(?:for|on|of|to)\b.*)?$/is;

export function purchaseSentence(c: ResolvedCase, money: (n: number) => string, date: (d: string) => string, sinceSaid = false, named?: string): string {
  const p = c.purchase;
  // `named`: what was bought by its name ("the e-bike"), where "it" could be read as something else.
  const it = named ?? pronounFor(p.item);
  const on = p.date && !dateMayBeWhenItTookPlace(p) ? ` on ${date(p.date)}` : '';
  const since = p.date && !sinceSaid ? ` since ${date(p.date)}` : '';
  const paid = p.amount !== undefined ? money(p.amount) : undefined;
  const price = p.price !== undefined ? money(p.price) : undefined;
  if (p.period) {
    const per = PERIOD_WORD[p.period];
    const fee = recurringFee(p)!;
    if (fee.paidInAll !== undefined) return `The agreed fee was ${money(fee.agreed!)} ${per}, and I have paid ${money(fee.paidInAll)} in all${since}.`;
    if (fee.agreed !== undefined && fee.charged !== undefined) {
      return `${since ? `I have paid for ${it}${since}. ` : ''}The agreed fee was ${money(fee.agreed)} ${per}, but I was charged ${money(fee.charged)} ${per}.`;
    }
    // The agreed fee alone says nothing of what was charged: the letter does not say it was paid.
    if (fee.agreed !== undefined) {
      // Payments that stopped (the writer cancelled) are told in the past.
      if (paymentsEnded(c)) return `${p.date && !sinceSaid ? `I paid for ${it} from ${date(p.date)}. ` : ''}The agreed fee was ${money(fee.agreed)} ${per}.`;
      return `${since ? `I have paid for ${it}${since}. ` : ''}The agreed fee is ${money(fee.agreed)} ${per}.`;
    }
    if (fee.charged !== undefined) {
      const towards = fee.agreedTotal !== undefined ? `, towards the agreed price of ${money(fee.agreedTotal)}` : '';
      // "rent for Flat 4" is itself the payment: "I have paid £1,150.00 a month", never "a month for it".
      const forIt = IS_A_PAYMENT.test(p.item) ? '' : ` for ${it}`;
      // Payments that stopped (the writer cancelled) are told in the past: "I paid £39.99 a month for it from 1 March 2025".
      if (paymentsEnded(c)) return `I paid ${money(fee.charged)} ${per}${forIt}${p.date && !sinceSaid ? ` from ${date(p.date)}` : ''}${towards}.`;
      return `I have paid ${money(fee.charged)} ${per}${forIt}${since}${towards}.`;
    }
  }
  if (price && paid && p.price !== p.amount) {
    // Said only with its date: "I ordered it." alone tells the business nothing the item did not.
    const verb = !on ? '' : p.kind === 'goods' ? `I ordered ${it}${on}` : p.kind === 'service' ? `The work was agreed${on}` : p.kind === 'booking' ? `I booked ${it}${on}` : '';
    // A deposit's date is when it was paid; other kinds say it with the verb.
    const paidOn = !verb && p.kind === 'deposit' ? on : '';
    // A price the writer calls an estimate or a quote is named so: a garage knows its estimate was not an agreed price.
    const named = priceName(c);
    // The story says already what was paid of the price ("I paid £14,250 of the £18,900 agreed price"): not said twice.
    if (p.amount! <= p.price! && paidTold(c) && priceTold(c)) return verb ? `${verb}.` : '';
    const money = p.amount! > p.price! ? `${named} was ${price}, but I was charged ${paid}.` : `${named} was ${price}, of which I ${paidOn ? 'paid' : 'have paid'} ${paid}${paidOn}.`;
    return `${verb ? `${verb}. ` : ''}${money}`;
  }
  const amount = paid ?? price;
  // Money the business took, not a price paid: the story tells it, and "I paid" would not be true.
  if (paid && takenNotPaid(c)) return '';
  // The story says already what was paid ("I paid 3850 for the rebuild"): not said twice.
  if (paid && p.price === undefined && p.period === undefined && paidTold(c)) return '';
  // The writer's own story starts by saying they booked or bought it: the letter does not say so twice.
  if (amount && (p.kind === 'goods' || p.kind === 'booking' || p.kind === 'service') && TOLD_BOUGHT.test(c.story.circumstances ?? '')) return `I paid ${amount}${on}.`;
  // Several pieces of work are "the work": "I booked them" would read as the business.
  const work = p.kind === 'service' && it === 'them' && !named ? 'the work' : it;
  switch (p.kind) {
    case 'goods':
      return amount ? `I bought ${it}${on} for ${amount}.` : on ? `I bought ${it}${on}.` : '';
    case 'booking':
      return amount ? `I booked ${it}${on} and paid ${amount}.` : on ? `I booked ${it}${on}.` : '';
    case 'service':
      return amount ? (on ? `I booked ${work}${on} and paid ${amount}.` : `I paid ${amount} for ${work}.`) : on ? `I booked ${work}${on}.` : '';
    case 'deposit':
      return amount ? `I paid the ${depositWord(c)} of ${amount}${on}.` : on ? `I paid the ${depositWord(c)}${on}.` : '';
    case 'subscription':
      return amount ? `I paid ${amount} for ${it}${on}.` : since ? `I have been subscribed${since}.` : '';
    default:
      return amount ? `I paid ${amount}${on}.` : on ? `This was${on}.` : '';
  }
}

// --- Money and the request -------------------------------------------------------------

/** A finite verb: the reason is a clause ("you cleaned two rooms"), not a thing ("the two rooms not cleaned"). */
const FINITE_VERB = /\b(is|are|was|were|did|does|do|has|have|had|never|can|could|will|would|cannot)\b|n't\b/i;

/** "the agreed price", "my cancelled membership", "no cooked breakfast": a participle after a determiner describes a thing, it is not the verb. */
const PARTICIPLE_AS_ADJECTIVE = /\b(?:the|a|an|my|our|your|their|this|that|its|no|any|some)\s+[a-z]+ed\b/gi;

const CHARGED_TO_ME = /^(?:over|double[- ]?|wrongly |incorrectly |mistakenly )?(?:charged|billed|invoiced|debited)\b/i;

/** A list item's mark at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_MARK = /^\s*(?:[-*•–]|\d{1,2}[.)])\s*/;

/** A pronoun that starts a relative clause inside a noun phrase: "the rooms you did not clean". */
const RELATIVE_PRONOUN = /\s(?:you|u|they|he|she)\s/;
/** The relative clause ends and the sentence's own verb follows: "the crew you sent damaged…" (not "the charges you said were included"). */
const RELATIVE_THEN_VERB = new RegExp(String.raw`\s(?:you|u|they|he|she|I|we)\s+(?!(?:said|told|promised|claimed|agreed|thought|confirmed)\b)(?:${VERB})\s+(?:${VERB})\b`);
/** "the crew we paid for never came": the relative clause's verb, a particle, then the sentence's own verb. */
const RELATIVE_PARTICLE_THEN_VERB = new RegExp(String.raw`\s(?:you|u|they|he|she|I|we)\s+(?!(?:was|were|is|are|had|has|have|said|told|promised|claimed|agreed|thought|confirmed)\b)(?:${VERB})\s+(?:for|to|on|in|up|out|off|with|about|back|from)\s+(?:never\s+|only\s+|just\s+)?(?:${VERB})\b`, 'i');

/** A reason that starts by counting the payments the request counts already: "the 2 monthly payments", "two fees". */
const PAYMENTS_NAMED = /^(?:for\s+)?(?:the\s+|those\s+|these\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:monthly\s+|weekly\s+|fortnightly\s+|bi-?weekly\s+|quarterly\s+|yearly\s+|annual\s+)?(?:payments?|fees?|charges?|debits?|instal(?:l)?ments?)\b/i;

/** What is left of a reason after its count of payments, when it goes on with a verb of its own: "were taken after I cancelled". */
const PAYMENTS_VERB = /^(?:were|was|are|is|have|has|had|got|came|went|kept|still|also|should|shouldn't|should not)\b/i;

/** A sum named first, without its article, then what it is of: "cost another fitter quoted", "difference between the quotes". */
const SUM_NAMED = /^(?:cost|price|difference|value|balance|remainder|rest|amount|portion|share)\s+(?!(?:me|us|you|them|him|her|was|were|is|are|has|had|have|will|would)\b)[a-z]/i;

/** A sum with its article and what it is of: "the difference between…", "the cost of…". */
const THE_SUM_OF = /^(?:the|a)\s+(?:cost|price|difference|value|balance|remainder|rest|amount|portion|share|part)\s+(?:of|between|for)\s/i;
/** A verb that makes the reason a clause, not one of a relative clause inside the sum ("what I was quoted"). */
const SUM_CLAUSE_VERB = /(?<!\b(?:what|which|that|i|we|you|they|he|she|it)\s+)\b(?:was|were|is|are|has|had|have|will|would)\b/i;

/** Words that start no bare noun: a determiner, a quantity, a pronoun ("for all that", "for what", "for 2 visits that"). */
const NOT_BARE_NOUN = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|all|any|some|each|every|both|no|none|what|whatever|which|everything|anything|something|nothing|it|them|one|ones|another|other|more|most|less|half|only|just|i|we|you|they|he|she|[a-z]+ing|[a-z]+ly|\d[\w.,]*)$/i;

/**
 * "for gas refill that did not work": a thing named with what singles it out ("that…", "which…")
 * is a particular one, and has "the" ("for the gas refill that did not work").
 */
function theBeforeRelative(reason: string): string {
  const bare = /^(for\s+)([a-z][a-z-]*)((?:\s+[a-z][a-z-]*){0,2})(?=\s+(?:that|which)\s)/.exec(reason);
  if (bare === null || NOT_BARE_NOUN.test(bare[2]!) || /\b(?:is|was|were|are|has|had|have|did|do|does|not|never)\b/.test(bare[3]!)) return reason;
  return `${bare[1]}the ${reason.slice(bare[1]!.length)}`;
}

/** The writer's reason after the amount: "for the two rooms not cleaned", "because only two rooms were cleaned". */
function reasonClause(typed: string, use: WordUse): string {
  // "what i was charged": the writer's "I" typed small is still the subject that ends a noun phrase.
  const reason = theBeforeRelative(capitalNames(typed));
  if (/^(for|because|as|since|to|which|being|covering|this is)\b/i.test(reason)) return inSentence(reason, use);
  // "overcharged by £50", "charged twice for May": it was done to the writer.
  if (CHARGED_TO_ME.test(reason)) return `, because I was ${inSentence(reason.charAt(0).toLowerCase() + reason.slice(1), use)}`;
  // A clause has its own subject and verb in its main part ("only two rooms were cleaned", "you
  // cleaned two rooms", "the crew damaged the floor"); "the amount above the estimate, for work
  // I did not authorize" and "the two rooms not cleaned" are things.
  // "the 12 metres you didn't build" is a thing; "the crew you sent damaged the floor" goes on as a sentence.
  const main = (RELATIVE_THEN_VERB.test(reason) ? reason : reason.split(RELATIVE_PRONOUN)[0]!)
    .split(/\s(?:that|which|who|whom|whose|where|when|because|after|before|until|I|we)\s|[,;(]/)[0]!
    // "the rooms not cleaned" describes things; "the parcel never arrived" says what happened.
    .replace(/\b(?:not|never)\s+(?:[a-z]+ed|done|given|sent|made|taken|paid|seen|fixed|finished|built|laid|fitted)\b/gi, '')
    // "the amount charged over the quote": a participle after its noun, then a preposition, describes it.
    .replace(/^((?:the|a|an|my|your|their|this|that)\s+[a-z-]+)\s+(?:[a-z]+ed|kept|held|withheld|taken|paid|spent|left|made|done|given|sent|sold|bought|lost)(?:\s+back)?(?=\s+(?:over|above|beyond|for|by|on|in|at|without|after|before|twice|again|from|to|under|because|since|despite|with)\b)/i, '$1')
    // "the three monthly fees charged after my lease ended", "the £50 deducted": money taken, named with what was done to it, a thing.
    // "the roaming charges added to my bills since July": so too where it says where the money went.
    .replace(/^((?:the|a|an|my|your|their|this|that|these|those)(?:\s+[\w£$€.,'’-]+){1,4}?)\s+(?:charged|billed|debited|deducted|invoiced|taken|added|applied|collected|withheld|kept|retained)(?:\s*$|\s+(?=(?:to|onto|on|from|off|out of|in|into|for|after|since|over|above|without|twice|again)\s))/i, '$1 ')
    // "everything charged over the estimate", "anything billed after I cancelled": what was charged, a thing.
    .replace(/^(everything|anything|all|whatever)\s+[a-z]+ed\b/i, '$1')
    .replace(PARTICIPLE_AS_ADJECTIVE, '');
  // "cost another fitter quoted to fix it": a sum, named by the writer without its article.
  if (SUM_NAMED.test(reason)) return `for the ${inSentence(reason, use, true)}`;
  // "the difference between the tires quoted and the ones fitted": a sum and what it is of, whose
  // participles ("quoted", "fitted") are no verb of a clause ("the cost of the repair was higher" is one).
  if (THE_SUM_OF.test(reason) && !SUM_CLAUSE_VERB.test(reason)) return `for ${inSentence(reason, use, true)}`;
  const clause = /^(i|we|you|they|he|she|it|nobody|no one)\b(?!\.)/i.test(reason) || RELATIVE_PARTICLE_THEN_VERB.test(reason) || FINITE_VERB.test(main) || HAS_VERB.test(main);
  // A reason that gives its own "because" is introduced by "as": "as the move took two days because the crew was late".
  if (clause) return `, ${/\bbecause\b/i.test(reason) ? 'as' : 'because'} ${inSentence(reason, use)}`;
  // "half the cost, the cabin was not as described": what the sum is, then why, as a clause of its own.
  const [what, ...why] = reason.split(/,\s+/);
  const cause = why.join(', ');
  // "i.e. everything above the quote", "based on another quote": what the sum is, said again or measured, not why.
  if (cause && !/^(?:for|to|of|on|in|at|by|with|from|as|and|or|but|which|that|including|plus|not|less|minus|i\.?e\b|e\.?g\b|namely|meaning|based|according|per|excluding|being)\b/i.test(cause) && (/^(?:i|we|you|they|he|she|it|nobody|no one)\b(?!\.)/i.test(cause) || FINITE_VERB.test(cause) || HAS_VERB.test(cause.replace(PARTICIPLE_AS_ADJECTIVE, '')))) {
    return `for ${inSentence(what!, use, true)}, because ${inSentence(cause.replace(/^because\s+/i, ''), use)}`;
  }
  return `for ${inSentence(reason, use, true)}`;
}

/** A reason that names money the problem cost the writer: "for the cost of the heaters", "the costs of a second visit", "expenses". */
const COSTS_REASON = /^(?:for\s+)?(?:the\s+|my\s+|our\s+)?(?:extra\s+)?(?:costs?|expenses)\s+(?:of|for|i|we)\b/i;

/** Whether a reason names costs the problem caused ("for the cost of the fan heaters I had to buy"): the letter asks for them as costs made good, and the command line says so (see languageNotes). */
export function reasonNamesCosts(reason: string): boolean {
  return COSTS_REASON.test(clause(reason));
}

/** "$80.00 of the $240.00 I paid" + "for the two rooms": set off by a comma, so it does not say what was paid for. */
function withReason(amount: string, reason: string): string {
  if (reason === '' || reason.startsWith(',')) return `${amount}${reason}`;
  return / I paid$| you charged me$| charge to my account$| to my account$| in all$/.test(amount) ? `${amount}, ${reason}` : `${amount} ${reason}`;
}

export function requestSentences(c: ResolvedCase, money: (n: number) => string, use: WordUse): Pick<Phrases, 'request' | 'costsIntro' | 'costs' | 'total' | 'ask' | 'asked' | 'charge' | 'cardRequest'> {
  const { request, purchase } = c;
  // A recurring fee's amount is one payment: a refund may be of several, so it is not set against it.
  const paid = purchase.period ? undefined : purchase.amount;
  const refund = request.amount;
  const payments = refund !== undefined ? namedPayments(refund, c, money) : undefined;
  // A deposit is given back rather than refunded: "return my deposit of £1,100.00".
  const deposit = purchase.kind === 'deposit' && !purchase.period && paid !== undefined && (refund === undefined || refund <= paid);
  const giveBack = deposit ? 'return' : 'refund';
  const held = depositWord(c);
  const partOfPaid = refund !== undefined && paid !== undefined && refund < paid;
  const allOfPaid = refund !== undefined && paid !== undefined && refund >= paid;
  const iPaid = takenNotPaid(c) ? 'you charged me' : 'I paid';
  const ofPaid = deposit
    ? refund !== undefined && refund < paid
      ? `${money(refund)} of my ${money(paid)} ${held}`
      : `my ${held} of ${money(paid)}`
    : refund !== undefined && paid !== undefined && refund < paid
      ? `${money(refund)} of the ${money(paid)} ${iPaid}`
      : refund !== undefined
        ? // Several payments of a fee, or more than the case says was paid: the amount alone is what is true.
          purchase.period || (purchase.amount !== undefined && refund > purchase.amount)
          ? (payments ?? money(refund))
          : `the ${money(refund)} ${iPaid}`
        : '';
  const correction = request.correction ? clause(request.correction) : '';
  // Steps typed one a line ("- fit the worktops", "1. plumb in the sink") are a list.
  const steps = correction.includes('\n') ? correction.split('\n').map((line) => clause(line.replace(LIST_MARK, ''))).filter((line) => line !== '') : [];
  const stepList = steps.length > 1 ? steps.map((step) => `- ${asListItem(inSentence(step, use, true))}`).join('\n') : '';
  const correctionIsSentence = !stepList && /^(i|we|please|you|could|can|would)\b/i.test(correction);
  const putRight = stepList
    ? `Please put this right as follows:\n${stepList}`
    : correction
      ? correctionIsSentence
        ? asSentence(correction)
        : `Please put this right as follows: ${inSentence(correction, use, true)}.`
      : '';
  // "the 2 monthly payments taken after I moved out": with the payments counted in the request, the reason says only what it adds.
  const typedReason = request.reason ? clause(request.reason) : '';
  const afterCount = payments !== undefined && typedReason ? typedReason.replace(PAYMENTS_NAMED, '').trim() : typedReason;
  // What is left describes those payments: as it is after a participle ("taken after I moved
  // out"), with "which" before a verb of its own ("were taken after I cancelled").
  const reason = afterCount === typedReason ? (typedReason ? reasonClause(typedReason, use) : '') : afterCount ? `, ${PAYMENTS_VERB.test(afterCount) ? 'which ' : ''}${inSentence(afterCount, use)}` : '';
  // Less than was paid, or several payments of a fee, keeps the writer's reason; all of it or a
  // whole deposit needs no "for what", but keeps a reason that says why ("because the repair failed").
  const saysWhy = reason.startsWith(', because') || reason.startsWith(', as');
  const withOwnReason = request.reason && ((!/^the .* (?:I paid|you charged me)$/.test(ofPaid) && !ofPaid.startsWith(`my ${held}`)) || saysWhy) ? withReason(ofPaid, reason) : ofPaid;
  // "for the cost of the fan heaters I had to buy": money the problem cost the writer, not a part of the price.
  const costsOwed = !deposit && refund !== undefined && reasonNamesCosts(typedReason) ? `${money(refund)} ${reasonClause(typedReason.replace(/^for\s+/i, ''), use).replace(/^,\s*/, '')}` : undefined;
  let text = '';
  let ask = '';
  let asked = '';
  switch (costsOwed !== undefined && (request.remedy === 'refund' || request.remedy === 'partial-refund') ? 'reimburse' : request.remedy) {
    case 'reimburse':
      text = `Please reimburse ${costsOwed}.`;
      ask = 'Request for reimbursement';
      asked = `to ask for ${costsOwed}`;
      break;
    case 'correction':
      text = putRight;
      ask = 'Request to put things right';
      asked = 'to ask for this to be put right';
      break;
    case 'refund':
      text = `Please ${giveBack} ${withOwnReason}.`;
      // The subject says what the numbers say: less than was paid is part of it.
      ask = deposit ? (partOfPaid ? `Request to return part of my ${held}` : `Request to return my ${held}`) : partOfPaid ? 'Partial refund request' : 'Refund request';
      asked = deposit ? `to ask for the return of ${ofPaid}` : `to ask for a refund of ${refund !== undefined ? money(refund) : 'what I paid'}`;
      break;
    case 'either': {
      const reimburse = costsOwed !== undefined ? `reimburse ${costsOwed}` : undefined;
      text = stepList
        ? `Please either ${reimburse ?? `refund ${withOwnReason}`}, or put this right as follows:\n${stepList}`
        : correctionIsSentence
        ? `Please either put this right or ${reimburse ?? `refund ${withOwnReason}`}. ${asSentence(correction)}`
        : `Please either put this right (${inSentence(withoutBrackets(correction), use, true)}) or ${reimburse ?? `${giveBack} ${withOwnReason}`}.`;
      ask = deposit ? `Request to put things right or return my ${held}` : costsOwed !== undefined ? 'Request to put things right or for reimbursement' : 'Request to put things right or refund';
      asked = deposit ? `to ask for this to be put right or for the return of ${ofPaid}` : costsOwed !== undefined ? `to ask for this to be put right or for ${costsOwed}` : `to ask for this to be put right or for a refund of ${refund !== undefined ? money(refund) : 'what I paid'}`;
      break;
    }
    case 'partial-refund':
      text = deposit
        ? `Please return ${withReason(ofPaid, reason)}.`
        : `Please refund ${withReason(refund !== undefined && paid !== undefined && refund < paid ? `${money(refund)} of the ${money(paid)} ${iPaid}` : refund !== undefined ? (payments ?? money(refund)) : '', reason)}.`;
      ask = allOfPaid ? (deposit ? `Request to return my ${held}` : 'Refund request') : deposit ? `Request to return part of my ${held}` : 'Partial refund request';
      asked = deposit ? `to ask for the return of ${ofPaid}` : `to ask for a refund of ${refund !== undefined ? money(refund) : 'part of what I paid'}`;
      break;
    case 'compensation':
      // What would put it right, when the writer says so, is asked for with the costs.
      text = putRight;
      ask = correction ? 'Request to put things right and compensation' : 'Request for compensation';
      break;
  }
  // A refund asked for with something to put right as well ("close my account", "confirm the
  // membership is cancelled"): both are asked for, nothing the writer wants is left out.
  if ((request.remedy === 'refund' || request.remedy === 'partial-refund') && correction) {
    text += ` ${stepList ? `Please also put this right as follows:\n${stepList}` : correctionIsSentence ? asSentence(correction) : `Please also put this right as follows: ${inSentence(correction, use, true)}.`}`;
    asked += ' and for this to be put right';
  }
  const costs = request.costs.map((cost) => `${asListItem(inSentence(clause(cost.what), use, true))}: ${money(cost.amount)}`);
  const costTotal = request.costs.reduce((sum, cost) => sum + Math.round(cost.amount * 100), 0) / 100;
  let costsIntro = '';
  if (costs.length > 0) {
    const also = request.remedy === 'compensation' && !correction ? '' : ' also';
    // Money spent is reimbursed; a cost still to be paid (a quote, an estimate) is paid.
    const toCome = request.costs.some((cost) => COST_TO_COME.test(cost.what));
    // A sum owed for the trouble itself (the fixed compensation for a cancelled flight) is no cost the writer paid.
    const owed = request.costs.filter((cost) => COMPENSATION_PART.test(cost.what)).length;
    // "refund of boarding fee": money paid to the business, listed with the costs, is a refund, not a cost it caused.
    const refunds = request.costs.filter((cost) => REFUND_PART.test(cost.what.trim())).length;
    const spent = request.costs.length - owed - refunds;
    const [verb, noun] = toCome || owed > 0 || refunds > 0 ? ['pay', 'payment'] : ['reimburse', 'reimbursement'];
    const parts = [refunds > 0 && 'refund', spent > 0 && 'costs', owed > 0 && 'compensation'].filter((part): part is string => Boolean(part));
    const what = owed === 0 && refunds === 0 ? undefined : parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
    costsIntro = what
      ? `I${also} ask you to pay the following ${what}${costs.length === 1 ? ':' : ` (${money(costTotal)} in total):`}`
      : costs.length === 1
        ? `I${also} ask you to ${verb} the following cost, which this has caused me:`
        : `I${also} ask you to ${verb} the following costs, which this has caused me (${money(costTotal)} in total):`;
    const owing = what ? `${money(costTotal)} in ${what}` : `the ${money(costTotal)} in costs this caused me`;
    if (request.remedy === 'compensation') {
      asked = `to ask ${correction ? 'for this to be put right and ' : ''}for ${noun} of ${owing}`;
      if (refunds > 0) ask = correction ? 'Request to put things right, a refund and compensation' : 'Request for a refund and compensation';
    }
    else {
      // "to ask for a refund of £80.00, for this to be put right and for reimbursement of…": one list, one "and".
      asked = `${asked.replace(' and for this to be put right', ', for this to be put right')} and for ${noun} of ${owing}`;
      // "Request for a refund and compensation", "Request to put things right or refund, and compensation".
      ask = `${ask === 'Refund request' ? 'Request for a refund' : ask === 'Partial refund request' ? 'Request for a partial refund' : ask}${/ or /.test(ask) ? ',' : ''} and compensation`;
    }
  }
  const refundPart = request.remedy === 'refund' || request.remedy === 'partial-refund' ? refund : undefined;
  const total =
    costs.length > 0 && refundPart !== undefined
      ? `With the refund, that is ${money(Math.round((refundPart + costTotal) * 100) / 100)} in all.`
      : '';
  // A card issuer can reverse the card payment, up to what was charged (a chargeback, a billing
  // error); only a claim under section 75 (the issuer answering for the business's breach) may
  // also cover the costs it caused. Without a known route, nothing beyond the charge is asked.
  const coversCosts = c.cardRoute?.kind === 'section-75';
  // Charged more than the agreed price, and asking for it put right: what is disputed is the difference, the work was done.
  const overcharge =
    refund === undefined && c.story.problem === 'overcharged' && purchase.price !== undefined && paid !== undefined && paid > purchase.price ? Math.round((paid - purchase.price) * 100) / 100 : undefined;
  const claimed = coversCosts && request.remedy === 'compensation' ? costTotal : refund !== undefined && paid !== undefined ? Math.min(refund, paid) : (refund ?? overcharge);
  // Costs alone, without section 75: the issuer cannot pay them, and the writer asked for no refund.
  const costsOnly = request.remedy === 'compensation';
  const charge =
    costsOnly ? (coversCosts ? money(costTotal) : '') : claimed !== undefined ? money(claimed) : paid !== undefined && request.remedy !== 'partial-refund' ? money(paid) : '';
  // The reason was written to the business: where it speaks to it ("you cleaned two rooms"), the
  // bank reads it as a quotation from the complaint, never as words to the bank.
  const cardReason = request.reason && speaksToReader(request.reason) ? `, for the reason I gave in my complaint: ${quoted(asSentence(request.reason))}` : reason;
  // Part of a recurring fee is no single charge: the amount alone is what is true.
  const recurringPart = purchase.period !== undefined && claimed !== undefined && payments === undefined;
  // A debit card charges no interest.
  const related = purchase.paidWith === 'debit-card' ? 'any related fees' : 'any related fees or interest';
  const cardRequest =
    costsOnly
      ? coversCosts
        ? `Please credit ${money(costTotal)} to my account for the costs this caused me, listed above.`
        : 'Please look into this charge and tell me what you can do.'
      : claimed !== undefined && paid !== undefined && claimed < paid
        ? `Please credit ${withReason(`${money(claimed)} of the ${money(paid)} charge to my account`, cardReason)}${cardReason.endsWith('”') ? '' : '.'}`
        : recurringPart && (request.remedy === 'partial-refund' || request.reason)
          ? `Please credit ${withReason(`${money(claimed!)} to my account`, cardReason)}${cardReason.endsWith('”') ? '' : '.'}`
          : payments && !payments.startsWith('the ')
            ? `Please credit my account with ${payments}, together with ${related}.`
            : charge && !recurringPart
              ? `Please credit the ${charge} charge to my account, together with ${related}.`
              : charge
                ? `Please credit ${charge} to my account, together with ${related}.`
                : `Please reverse the charge and credit my account, together with ${related}.`;
  const withCosts =
    coversCosts && costs.length > 0 && request.remedy !== 'compensation'
      ? ` I also ask for the ${money(costTotal)} in costs this caused me, listed above${refundPart !== undefined ? `: ${money(Math.round((refundPart + costTotal) * 100) / 100)} in total` : ''}.`
      : '';
  // The subject line of two people writing says "our", as the body does ("Request to return part of our deposit").
  if (writtenByMore(c.sender.name)) ask = ask.replace(/\bmy\b/g, 'our');
  return { request: text, costsIntro, costs, total, ask, asked, charge, cardRequest: cardRequest + withCosts };
}

export function paymentLines(c: ResolvedCase, money: (n: number) => string): string[] {
  const fee = recurringFee(c.purchase);
  if (!fee || !c.purchase.period) return [];
  const per = PERIOD_WORD[c.purchase.period];
  const lines: string[] = [];
  if (fee.agreed !== undefined) lines.push(`Agreed fee: ${money(fee.agreed)} ${per}`);
  if (fee.charged !== undefined) lines.push(`${fee.agreed !== undefined ? 'Charged' : 'Regular payment'}: ${money(fee.charged)} ${per}`);
  if (fee.paidInAll !== undefined) lines.push(`Paid in all: ${money(fee.paidInAll)}`);
  if (fee.agreedTotal !== undefined) lines.push(`Agreed total price: ${money(fee.agreedTotal)}`);
  return lines;
}
