// Raw answers made into the phrases an English letter is written with (`phrases.*` in the
// templates): the words of each part come from src/letter/english/ (the writer's words, names
// and the reader, earlier contacts, money and the request); this file puts them together, with
// what only a card dispute says to the bank. Every rule is general (shapes of text), never a
// list of examples.
import { shortenedSentences } from './shorten.js';
import { pairedItems } from './helpers.js';
import type { ResolvedCase } from '../case/resolve.js';
import { formatDate, formatMoney } from './format-values.js';
import { hasOwnLabel } from './own-label.js';
import { LEADING_YOUR, MONTHS, SHORT_MONTHS, type WordUse, asSentence, capitalNames, caseWordUse, clause, inSentence, isJobToDo, nounPhrase, quoted, speaksToReader, withInnerQuotes, withWrittenCapitals, withoutBrackets } from './english/words.js';
import { anotherFirm, contactSentence, untold } from './english/contacts.js';
import { addressedTo, greetingFor, signOffFor } from './english/people.js';
import { countOfThings, dateMayBeWhenItTookPlace, paymentLines, paymentsEnded, purchaseSentence, requestSentences, withoutRoute } from './english/money.js';
import { offerAnswer, refusalAnswer, refusalReason } from './english/refusal.js';
import { namesDayOf, namesDayOrTime } from './dated.js';
import { correctionOffered, otherReply } from './english/replies.js';
import { storyToTheBusiness, toTheBusiness } from './english/reader.js';
import { DONE_TO } from './english/item-subject.js';

export interface Phrases {
  /** "Dear Mr Reilly" (no closing comma). */
  greeting: string;
  /** "Yours sincerely", "Yours faithfully", "Sincerely". */
  signOff: string;
  /** The item as a noun phrase that fits after "about": "my screen replacement", "the Annual Membership". */
  item: string;
  /** The item with its reference: "my kitchen extension (reference HS-2231)"; never a bracket after a bracket. */
  itemRef: string;
  /** The item and its reference for a subject line, with no brackets inside brackets. */
  about: string;
  /** The business's name as it reads in a sentence (without brackets of its own). */
  company: string;
  /** One or two sentences about the purchase: what was paid, when, the agreed price. Empty when nothing is known. */
  purchase: string;
  /**
   * The same, naming what was bought ("I bought the e-bike…") where "it" would follow a sentence
   * about something else (a reminder's "…so I am writing again."). English names the item; other
   * languages say the same as `purchase`.
   */
  purchaseAgain: string;
  /**
   * "yes" when what the writer expected was promised or agreed ("you would come at 9", "as
   * quoted", "the terms say"): the letter says "What I was promised"; empty when it was only
   * what they could expect ("a crown that lasts years"): "What I expected".
   */
  promised: string;
  /** "I have been your customer since 2019." or empty. */
  customer: string;
  /** The writer's customer number for the signature, with a label unless it has its own ("Acct 300912"); empty without one. */
  customerLine: string;
  /** The earlier contacts as a person tells them, one sentence or two each; speaking to the business ("you"). */
  contacts: string[];
  /** The same, told to someone else (a card issuer): the business is named. */
  contactsToThirdParty: string[];
  /**
   * The person or team written to, as the first lines of a postal address ("Ms Joan Price",
   * "Lettings Manager"; "Herrn Dr. Max Huber"); empty when nobody is named, and in a card dispute.
   */
  addressedTo: string[];
  /** The impact, shortened to its first sentences when long (for follow-up letters). */
  /** The impact as a sentence, with "I" before what the writer did ("Missed my cousin's wedding" -> "I missed…"); empty when none. */
  impact: string;
  impactShort: string;
  /** The request, as sentences; `costs` lines follow it as a list when there are costs. */
  request: string;
  /** Introduces the list of costs ("Please also pay back the costs this caused me, £120.00 in all:"), or empty. */
  costsIntro: string;
  /** "a night in a hotel: £120.00", one per cost. */
  costs: string[];
  /** A closing sentence with the total when the letter asks for more than one sum, or empty. */
  total: string;
  /** A short name of the ask for a subject: "Refund request". */
  ask: string;
  /** The ask in a sentence about an earlier letter: "asking you to refund £80.00". */
  asked: string;
  /**
   * What the business offered in its reply, as money it is: "£34.99", "a €200.00 voucher",
   * "£50.00 in credit", "a £300.00 discount"; empty without an amount.
   */
  offered: string;
  /** The writer's note of that offer, for brackets after it; empty when it only says what `offered` says ("as a credit on my account"). */
  offeredNote: string;
  /** The offer a letter accepts or answers (the reply it answers), as `offered` writes it, and its note as `offeredNote`. */
  offer: string;
  offerNote: string;
  /** The writer's name as they sign: in French, German and Spanish without a courtesy title ("Mme", "Frau", "Sra."). */
  signedName: string;
  /**
   * The reason the business gave for refusing, after "you turned down my request": ", saying
   * that the damage was caused by misuse", ", citing wear and tear"; empty without one.
   */
  refusal: string;
  /** The same, told to a third party (the card issuer): "they" stays "they". */
  refusalToThirdParty: string;
  /** A reply that was neither an offer nor a refusal, after "You replied on 7 December": " and offered to move us to term 1", " that …", " (…)"; empty without its words. */
  repliedOther: string;
  /** The same, told to a third party (the card issuer). */
  repliedOtherToThirdParty: string;
  /** What the business offered to do, after "with an offer": " to send a repair kit", " to put things right". */
  correctionOffered: string;
  /** The same for the offer a letter accepts or answers. */
  correctionOffer: string;
  /** The writer's answer to that refusal: "I do not accept this: …"; empty when there is nothing to answer. */
  refusalAnswer: string;
  /** Why the writer turns down the offer answered, as a sentence said to the business; or empty. */
  replyReason: string;
  /** Why the writer turned down an offer, after "which does not put things right": ": a credit is not a refund"; or empty. */
  offerAnswer: string;
  /** The amount to credit in a card dispute ("£240.00"), or empty. */
  charge: string;
  /** What the card issuer is asked to do. */
  cardRequest: string;
  /** The next step of a final letter when neither the writer nor the country's rights name one. */
  nextStep: string;
  /**
   * A card dispute's story when the writer's words speak to the business ("you promised…"):
   * its paragraphs as a quotation from the complaint (“…”), impact included. Empty otherwise,
   * and in other letters. English letters only.
   */
  complaintQuote?: string[];
  /**
   * A card dispute's enclosures, told to the bank: "your email of 3 May" is the merchant's email
   * ("Brightline's email of 3 May"); any other item that speaks to the merchant is quoted as
   * listed in the complaint. Only in card disputes; English letters only.
   */
  evidence?: string[];
  /** A recurring fee as lines of a list: "Regular payment: £49.99 a month", "Paid in all: £160.00". English letters only. */
  payments?: string[];
}

/** What the writer did or suffered, typed without "I" ("had to take a day off", "Missed the wedding"). */
const WRITER_DID = /^(?:had to|have had to|have been|have lost|have spent|have missed|missed|lost|spent|wasted|paid|was|couldn't|could not|can't|cannot|ended up|needed|took)\b/i;

/** The impact with "I" before a verb the writer typed without it. */
function withWriterAsSubject(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed || !WRITER_DID.test(trimmed)) return trimmed;
  return `I ${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`;
}

function shortened(text: string | undefined, max = 300): string {
  if (!text) return '';
  return shortenedSentences(asSentence(text), max);
}

/** True wherever the writer lives: the ways open to anyone who paid this way. */
function genericNextStep(paidWith: string | undefined, remedy: string): string {
  // A card issuer reverses a charge; costs the problem caused (compensation alone) are not a charge it can reverse.
  if (remedy === 'compensation') return 'consider the other ways open to me to resolve this, such as a complaint to a consumer protection body';
  if (paidWith === 'credit-card' || paidWith === 'debit-card') return 'ask my card issuer to reverse the charge, and consider the other ways open to me to resolve this';
  if (paidWith === 'paypal') return "open a dispute through PayPal's resolution process, and consider the other ways open to me to resolve this";
  return 'consider the other ways open to me to resolve this, such as a complaint to a consumer protection body';
}

/** "1 March 2019" or "March 1, 2019" -> "March 2019". */
const monthOf = (written: string) => written.replace(/^1\.?\s+/, '').replace(/\s1,\s/, ' ');

/** A reference with its own label ("account 88812374", "Quote Q-2291", "conf. no. 55102-B", "conf# TQ8L2P") needs no "reference" before it. */
function referenceWords(reference: string): string {
  return /^[A-Za-z][A-Za-z.'’]*[#:]?\s+\S*\d/.test(reference) || /^[A-Za-z][A-Za-z.'’]*\s+[A-Za-z.()'’\s]+\s\S*\d/.test(reference) ? reference : `reference ${reference}`;
}

/**
 * Words that show a promise or an agreement, not only what the writer could expect: whole
 * words, and the starts of words ("promis" for promised, promise…). Looked up word by word: a
 * regular expression of them costs more to make than a letter has to spare.
 */
const PROMISE_WORDS = new Set(
  'agree agreed agreement estimate said say says told terms booked booking ordered order invoice written writing assured stated listing website brochure policy include included including before between sold paid'.split(' '),
);
/** Words of the law: what the law gives ("compensation, as the law says") was owed, not promised. */
const LAW_WORDS = new Set(['law', 'laws', 'legal', 'legally', 'regulation', 'regulations', 'statutory', 'entitled', 'entitlement', 'rights', 'act', 'uk261', 'eu261']);
/** Words that say how often, not by when: "twice in a month". */
const HOW_OFTEN = new Set(['once', 'twice', 'times', 'again']);
const PROMISE_STARTS = ['promis', 'quot', 'confirm', 'guarantee', 'warrant', 'advertis', 'contract', 'offer', 'reserv'];
/** What the business does, told as a promise: "they would", "you'll", "the engineer would". */
const PROMISER = new Set(['they', 'you', 'he', 'she', 'someone', 'somebody']);
const AS_PROMISED = new Set(['described', 'shown', 'pictured', 'specified', 'new']);
const NUMBER_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const SPAN = /^(?:hours?|days?|weeks?|months?)$/;
/** "would", "will", and what is left of "'d" and "'ll" once a text is split into words. */
const WOULD = new Set(['would', 'will', 'd', 'll']);
/** What the writer only assumed or hoped ("I thought it would be delivered by 3 Oct") was not promised. */
const ONLY_ASSUMED = /^\s*(?:i|we)\s+(?:thought|assumed|expected|hoped|imagined|presumed|figured|believed)\b/i;

/** "customer", "with you since": words of the writer's time with the business. */
const WITH_THE_BUSINESS = /\b(?:customer|client|member|patient|with you|with them|been with|joined|signed up)\b/i;

/**
 * Whether the writer's story says already since when they have been a customer ("I have been
 * with you since 2011."): the opening then does not say it again.
 */
function storySaysSince(circumstances: string | undefined, since: string): boolean {
  const year = since.slice(0, 4);
  if (!circumstances?.includes(year)) return false;
  return circumstances.split(/(?<=[.!?])\s+/).some((sentence) => sentence.includes(`since ${year}`) && WITH_THE_BUSINESS.test(sentence));
}

/**
 * Whether what the writer expected reads as promised or agreed (see Phrases.promised): a word of
 * promise ("quoted", "the terms"), "on time", "as described", "in two weeks", the business doing
 * something ("they would come at 9", not "it would work"), or a day or a time. Read word by word.
 */
export function wasPromised(expectations: readonly string[]): boolean {
  return expectations.some((text) => {
    if (ONLY_ASSUMED.test(text)) return false;
    const words = text.toLowerCase().split(/[^a-z0-9]+/);
    const byLaw = words.some((word) => LAW_WORDS.has(word));
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const next = words[i + 1] ?? '';
      if (PROMISE_STARTS.some((start) => word.startsWith(start))) return true;
      // What the law says is owed, whatever the business said.
      if (byLaw) continue;
      if (PROMISE_WORDS.has(word)) return true;
      if ((word === 'on' && next === 'time') || (word === 'as' && AS_PROMISED.has(next))) return true;
      // "in two weeks", "within 14 days": a time to do it in; "twice in a month" says how often.
      const span = (word === 'in' || word === 'within') && (NUMBER_WORDS.has(next) || /^\d+$/.test(next)) && SPAN.test(words[i + 2] ?? '');
      if (span && !HOW_OFTEN.has(words[i - 1] ?? '') && !HOW_OFTEN.has(words[i - 2] ?? '')) return true;
      if (PROMISER.has(word) && WOULD.has(next)) return true;
      if (word === 'the' && WOULD.has(words[i + 2] ?? '')) return true;
    }
    return namesDayOrTime(text);
  });
}

/** The story as it was told to the business, as paragraphs of a quotation (see Phrases.complaintQuote). */
function complaintQuote(c: ResolvedCase, use: WordUse, typedImpact: string): string[] {
  // A story that speaks to the business as typed is quoted; one that speaks of it ("they") is told to the bank as it is.
  if (![c.story.circumstances, ...c.story.expectations, ...c.story.outcome, typedImpact].some(speaksToReader)) return [];
  // Quoted as the letter to the business said it ("You still took…"), not as typed ("They still took…").
  const toReader = storyToTheBusiness(c);
  const circumstances = toReader(c.story.circumstances, true);
  const expectations = c.story.expectations.map((text) => toReader(text));
  const outcome = c.story.outcome.map((text) => toReader(text));
  const impact = typedImpact && toReader(typedImpact);
  const inline = (text: string) => inSentence(clause(text), use);
  const paragraphs = [asSentence(circumstances)];
  const promised = wasPromised(expectations);
  if (pairedItems(expectations, outcome)) {
    paragraphs.push([`What I ${promised ? 'was promised' : 'expected'}, and what actually happened:`, ...expectations.map((expected, i) => `- ${promised ? 'Promised' : 'Expected'}: ${inline(expected)}. What happened: ${inline(outcome[i]!)}.`)].join('\n'));
  } else {
    for (const [heading, texts] of [[promised ? 'What I was promised' : 'What I expected', expectations], ['What actually happened', outcome]] as const) {
      if (texts.length > 1) paragraphs.push([`${heading}:`, ...texts.map((text) => `- ${asSentence(text)}`)].join('\n'));
      else if (texts.length === 1) paragraphs.push(`${heading}: ${inline(texts[0]!)}.`);
    }
  }
  if (impact) paragraphs.push(impact);
  // Each paragraph of a quotation opens with a quotation mark; only the last one closes.
  return paragraphs.map((paragraph, i) => `“${withInnerQuotes(paragraph)}${i === paragraphs.length - 1 ? '”' : ''}`);
}

/**
 * A short item of a list (an enclosure, a cost) as the bank reads it: "your quote" is the
 * merchant's quote; any other word to the merchant is quoted as the complaint listed it.
 */
function listItemForBank(text: string, company: string): string {
  const named = text.replace(LEADING_YOUR, /s$/i.test(company) ? `${company}' ` : `${company}'s `);
  return speaksToReader(named) ? `${quoted(named)}, as listed in my complaint` : named;
}

/**
 * What was bought, named to the card issuer: "sofa from your Bristol store" is the merchant's
 * store ("sofa from Homestyle's Bristol store"); other words for the merchant ("the sofa you
 * sold me") are quoted as the complaint named it.
 */
function itemForBank(item: string, company: string): string {
  const named = item.replace(/\byour\b/gi, /s$/i.test(company) ? `${company}'` : `${company}'s`);
  return speaksToReader(named) ? `${quoted(named)}, as I named it in my complaint` : named;
}

function evidenceForBank(c: ResolvedCase, company: string): string[] {
  return c.evidence.map((item) => listItemForBank(clause(item), company));
}

/** An offer that is not money back, by the words of the writer's note of it. */
const VOUCHER = /\b(?:vouchers?|gift ?cards?|gift certificates?|coupons?)\b/i;
const CREDIT = /\b(?:credit notes?|store credit|account credit|credit (?:on|to|towards|against)|in credit)\b/i;
const DISCOUNT = /\b(?:discount|reduction|off (?:the|my|your|a|future|next|any|our))\b/i;

/** "a €200.00 voucher" for an offer the writer noted as a voucher; the sum alone for money. */
function offeredAs(amount: string, note: string | undefined, use: WordUse, sum?: number): string {
  if (!note) return amount;
  // "a $100 credit on my account": the note names the offer with its sum, written as the letter writes money.
  const named = sum === undefined ? undefined : noteNamingSum(note, sum, amount);
  if (named !== undefined) return inSentence(named, use);
  if (!KIND_ONLY(note)) {
    // A note that names the kind and says more is the offer's own words: "£50.00 as a goodwill
    // credit on my account", "£100.00 off a future stay".
    const own = withNoteAsKind(note.trim().replace(/[.;,\s]+$/, ''));
    if (own !== undefined) return `${amount} ${inSentence(own, use)}`;
  }
  if (VOUCHER.test(note)) return `a ${amount} voucher`;
  if (CREDIT.test(note)) return `${amount} in credit`;
  if (DISCOUNT.test(note)) return `a ${amount} discount`;
  return amount;
}

/** A figure of money in a note, with or without its symbol or code: "$100", "100 €", "£50.00", "100". */
const SUM_IN_NOTE = /(?:[$£€]|\b(?:US|CA|AU|NZ)\$|\b(?:USD|GBP|EUR|CAD|AUD|NZD)\s?)?\b(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\b(?:\s?(?:€|EUR|euros?|dollars|pounds|bucks|quid))?/;

/**
 * "a $100 credit on my account for his next visit", with the offer's sum `amount` in the
 * letter's money ("a $100.00 credit on…"); undefined unless the note starts with an article or
 * the sum, and names the same sum.
 */
function noteNamingSum(note: string, sum: number, amount: string): string | undefined {
  const typed = note.trim().replace(/[.;,\s]+$/, '');
  const m = SUM_IN_NOTE.exec(typed);
  if (!m || Number(m[1]!.replace(/,/g, '')) !== sum) return undefined;
  const before = typed.slice(0, m.index).trim();
  if (before !== '' && !/^(?:a|an|the)$/i.test(before)) return undefined;
  const after = typed.slice(m.index + m[0].length).trim();
  if (after === '') return undefined;
  // "a $100.00 credit", "the €80.00 voucher": a sum after its article is read as "a hundred dollars".
  const article = before === '' ? '' : /^the$/i.test(before) ? 'the ' : 'a ';
  return `${article}${amount} ${after}`;
}

/** A note that names the kind of offer, as words that follow its amount; undefined for any other note. */
function withNoteAsKind(note: string): string | undefined {
  if (!(VOUCHER.test(note) || CREDIT.test(note) || DISCOUNT.test(note) || /^(?:a |an )?(?:credit|goodwill credit)\b/i.test(note))) return undefined;
  if (/^(?:as|off|in)\s/i.test(note)) return note;
  if (/^(?:a|an)\s/i.test(note)) return `as ${note}`;
  if (/^(?:store\s+|account\s+)?credit\b/i.test(note)) return `as ${note}`;
  if (/^[a-z]+\s+(?:vouchers?|gift ?cards?|gift certificates?|coupons?|credit|discount)\b|^(?:vouchers?|gift ?cards?|gift certificates?|coupons?|discount)\b/i.test(note)) return `as ${/^[aeiou]/i.test(note) ? 'an' : 'a'} ${note}`;
  return undefined;
}

const KIND_ONLY = (note: string) => note.replace(KIND_NOTE_WORDS, '').trim() === '';

/** The words of a note that only say what kind of offer it was ("as a credit on my account"). */
const KIND_NOTE_WORDS = /\b(?:as|a|an|the|on|to|into|onto|my|our|your|their|in|of|for|its|account|accounts|store|shop|credit|credits|note|voucher|vouchers|gift|card|cards|certificate|coupon|discount|reduction|off|towards|against|bill|invoice|only|instead)\b|[.,;:!()]/gi;

/** A note of an offer that says more than its kind: "as a credit on my account" says no more than "£50.00 in credit". */
function noteBeyondKind(reply: { amount?: number; text?: string } | undefined, use: WordUse): string {
  const note = reply?.text;
  if (!note?.trim()) return '';
  // Only a sum of money is named by its kind ("in credit"); an offer without one is its note.
  const kindOnly = reply!.amount !== undefined && (VOUCHER.test(note) || CREDIT.test(note) || DISCOUNT.test(note)) && KIND_ONLY(note);
  // A note that says what kind of offer it was is already in the offer's own words.
  const inOffer = reply!.amount !== undefined && (withNoteAsKind(note.trim()) !== undefined || noteNamingSum(note, reply!.amount, String(reply!.amount)) !== undefined);
  return kindOnly || inOffer ? '' : inSentence(clause(note), use);
}

/** A month's name, or a date in figures ("19/09", "2026-09-19"). */
const NAMES_A_DATE = new RegExp(String.raw`\b(?:${MONTHS}|${SHORT_MONTHS})\b|\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b`, 'i');

/**
 * What was bought, named the second time in a paragraph: "my e-bike" is "the e-bike", and a
 * longer name is its head word ("my return flights Leeds–Alicante" -> "the flights", "my
 * kitchen extension" -> "the extension"), as a person would say it again.
 */
function namedAgain(item: string, kind?: string): string {
  if (isJobToDo(item)) return 'the work';
  const words = item.replace(/^my\s+/, '').split(/\s+/);
  let plain: string[] = [];
  let atDash = false;
  let atTo = false;
  for (const word of words) {
    // "my sofa and ottoman": two things, both named again, never just the first.
    if (/^(?:and|or|&|\+)$/.test(word)) return `the ${words.join(' ')}`;
    // "unlimited 50gb plan", "6.6kW solar system": a size or a model goes with the name, which goes on after it.
    // "full fibre 500 broadband": a number inside the name is its size, and the name goes on too.
    if ((/^\d[\w.,]*$/i.test(word) && /[a-z]/i.test(word.replace(/^\d+(?:[.,]\d+)?/, ''))) || /^\d{4}$/.test(word) || (plain.length > 0 && /^\d+$/.test(word))) continue;
    atDash = /^(?:[-–—]|->|→)$/.test(word);
    // "roof repair after hurricane": the thing is named before the small word that starts what is said of it.
    if (!/^[a-z][a-z'’-]*$/.test(word) || SMALL_WORD.test(word)) {
      atTo = word === 'to';
      break;
    }
    // "pest service plan billed monthly": what follows the participle describes the thing.
    if (plain.length > 1 && /^[a-z]{3,}ed$/.test(plain.at(-1)!) && !/eed$/.test(plain.at(-1)!)) break;
    plain.push(word);
  }
  plain = withoutRoute(plain, atDash, atTo);
  // "new hot water cylinder installed": the thing is the cylinder; what was done to it follows it,
  // and work paid for is the work ("I booked the work…"), not the thing it was done to.
  let done = false;
  while (plain.length > 1 && /^[a-z]{3,}ed$/.test(plain.at(-1)!) && !/eed$/.test(plain.at(-1)!)) done = Boolean(plain.pop());
  if (done && kind === 'service') return 'the work';
  // "new AC system because…": a word that only describes ("new") is no name for the thing; the
  // thing named with it goes on to the first small word of a clause or a comma.
  if (plain.length > 0 && plain.length < words.length && DESCRIBING.test(plain.at(-1)!)) {
    const named: string[] = [];
    for (const word of words) {
      if (named.length > 0 && CLAUSE_WORD.test(word)) break;
      named.push(word.replace(/[,;:(].*$/, ''));
      if (/[,;:(]/.test(word)) break;
    }
    return `the ${named.join(' ').trim()}`;
  }
  return `the ${plain.length === 0 ? words.join(' ') : plain.length < words.length || plain.length > 1 ? plain.at(-1) : plain[0]}`;
}

/**
 * The purchase told again after `asked` ("to ask for a refund of €386.40"), without the amount
 * `asked` says already: "I paid €386.40." goes; "I paid the deposit of £1,350.00 on 15 August 2024."
 * keeps its date ("I paid the deposit on 15 August 2024.").
 */
function withoutAmountAsked(sentence: string, amount: string | undefined, asked: string): string {
  if (amount === undefined || sentence === '' || !asked.includes(amount) || sentence.split(amount).length !== 2) return sentence;
  const shorter = sentence
    .replace(`, and paid ${amount}`, '')
    .replace(` and paid ${amount}`, '')
    .replace(` for ${amount}`, '')
    .replace(` of ${amount}`, '')
    .replace(`I paid ${amount} for `, 'I paid for ')
    .replace(`I paid ${amount}`, 'I paid');
  // The amount in another place of the sentence: kept as it was.
  if (shorter.includes(amount)) return sentence;
  // Nothing but the payment itself, said already: "I paid.", "I paid for it.", "I paid for the work."
  return /^I paid(?: for (?:it|them|the [^.,]+))?\.$/.test(shorter) ? '' : shorter;
}

/** Words that describe a thing, never name it: "new", "second-hand", "monthly". */
const DESCRIBING = /^(?:new|old|brand|brand-new|second|second-hand|used|faulty|broken|full|annual|monthly|weekly|yearly|quarterly|private|basic|premium|deluxe|small|large|big|extra|custom|replacement|spare|standard|double|single)$/;
/** Small words that start a clause or a phrase after the thing's name, in small letters (as a word of the name is checked to be). */
const SMALL_WORD = /^(?:of|for|with|from|to|in|on|at|by|because|and|or|which|that|who|since|after|before|when|while|as)$/;
/** The same, in any case. */
const CLAUSE_WORD = new RegExp(SMALL_WORD.source, 'i');

/** A name, a comma, then a place of one to three words ("…Kennels, Naas", "…Movers, Co. Cork"); never a legal form or a firm's partners. */
const PLACE_AFTER_COMMA = /^\S+\s+\S.*,\s*(?!(?:Ltd|Limited|Inc|LLC|LLP|Plc|PLC|GmbH|Co|Corp|Pty(?:\s+Ltd)?|SARL|SAS|S\.?L|S\.?A)\.?$)(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2}$/;

/** Words after which "of 3 October" would belong to them, not to what was bought ("cleaning of three rooms of 3 October"). */
const ITEM_GOES_ON = /[(),;:+&/[\]\d]|\s(?:of|for|to|at|with|in|on|from|by|per|after|before|during|until|via)\s/i;

/**
 * "my boiler service of 3 October 2026": the date of a service or a booking told so that it
 * holds whether it is the day it was booked or the day it took place (see
 * dateMayBeWhenItTookPlace); an item that goes on after its noun keeps the date to the subject.
 */
function datedItem(c: ResolvedCase, item: string, date: (d: string) => string): string {
  const p = c.purchase;
  if (!p.date || !dateMayBeWhenItTookPlace(p) || !/^(?:my|our|your|the)\s/.test(item) || ITEM_GOES_ON.test(item) || NAMES_A_DATE.test(item)) return item;
  // "my new combi boiler installed": what was done to the thing is told with its day ("my new combi boiler, installed on 15 September 2026").
  const words = item.split(/\s+/);
  if (words.length >= 3 && DONE_TO.test(words[words.length - 1]!)) return `${words.slice(0, -1).join(' ')}, ${words[words.length - 1]} on ${date(p.date)}`;
  return words.length <= 6 ? `${item} of ${date(p.date)}` : item;
}

/** What was bought, with its reference: "my boiler service (reference WF-123)". */
function withReference(item: string, reference: string | undefined): string {
  if (!reference) return item;
  return /[)\]]$/.test(item) || /[()[\]]/.test(reference) ? `${item}, ${referenceWords(reference)}` : `${item} (${referenceWords(reference)})`;
}

export function phrasesFor(c: ResolvedCase): Phrases {
  const locale = c.letter.locale;
  const money = (n: number) => formatMoney(n, c.purchase.currency, locale);
  const date = (d: string) => formatDate(d, locale);
  const greeting = greetingFor(c);
  // A legal name keeps its brackets: "A1 Autocentre (Cardiff) Ltd".
  const company = c.recipient.company.trim();
  const use = caseWordUse(c);
  const dispute = c.letter.stage === 'card-dispute';
  const named = nounPhrase(c.purchase.item, use);
  // A card dispute is written to the card issuer, for whom "your" is not the merchant.
  const item = dispute && speaksToReader(named) ? itemForBank(named, company) : named;
  /** The item without the notes in brackets at its end: "my roof replacement (asphalt shingles)" -> "my roof replacement". */
  const withoutNotes = item.endsWith(')') ? item.replace(/\s*\([^()]*\)$/, '') : item;
  const bareItem = capitalNames(withWrittenCapitals(withoutBrackets(c.purchase.item.trim().replace(/[.;:,\s]+$/, '')), use));
  // A reference with brackets of its own ("HS-2211 (rev. B)") is not followed by more brackets.
  // A reference the item names already ("wash & fold (order 20391)") is not said again.
  const reference = c.purchase.reference !== undefined && !c.purchase.item.includes(withoutBrackets(c.purchase.reference).trim()) ? c.purchase.reference : undefined;
  // A writer who cancelled what they paid for again and again is no longer a customer: "I was your customer from March 2023 until I cancelled."
  const ended = (c.purchase.period !== undefined || c.purchase.kind === 'subscription' || c.story.problem === 'charged-after-cancelling') && paymentsEnded(c);
  // A recurring fee's date is when the payments began ("from" once they have stopped).
  // A date the item already names ("move on 3 October") is not said twice.
  const when = c.purchase.date && !namesDayOf(bareItem, date(c.purchase.date), c.purchase.date) ? `${c.purchase.period ? (ended ? 'from ' : 'since ') : ''}${date(c.purchase.date)}` : '';
  // An item with commas or a date of its own has the purchase date set off by a semicolon, so
  // the two are not read as one ("wedding on 19 September; 10 January 2026").
  const setOff = (bareItem.includes(',') || NAMES_A_DATE.test(bareItem)) && !bareItem.endsWith('.');
  const about = reference ? `${withoutBrackets(reference)} (${bareItem}${when ? `${setOff ? ';' : ','} ${when}` : ''})` : `${bareItem}${when ? ` (${when})` : ''}`;
  const impact = withWriterAsSubject(c.story.impact);
  const impactShort = shortened(impact);
  const since = c.sender.customerSince;
  const sinceWhen = since && (/^\d{4}$/.test(since) ? since : since.length === 7 ? monthOf(date(`${since}-01`)) : date(since));
  // A dental practice or a physiotherapist treats patients, not customers.
  const customerWord = c.recipient.sector === 'health' ? 'patient' : 'customer';
  const customer = sinceWhen && !storySaysSince(c.story.circumstances, since!) ? (ended ? `I was your ${customerWord} from ${sinceWhen} until I cancelled.` : `I have been your ${customerWord} since ${sinceWhen}.`) : '';
  const request = requestSentences(c, money, use);
  const sinceSaid = Boolean(since && c.purchase.date?.startsWith(since));
  const told = untold(c);
  // A contact with another firm ("ParcelDash") is told as one with it, in the writer's words.
  const withAnotherFirm = (contact: (typeof told)[number], company: string) => {
    const firm = anotherFirm(contact.who, company);
    if (firm === undefined) return undefined;
    const { who: _firm, ...rest } = contact;
    return contactSentence(rest, firm, date, use, undefined, true);
  };
  let toThirdParty: string[] | undefined;
  // In a card dispute the costs are listed to the bank: "your engineer's call-out fee" is the merchant's.
  if (dispute && request.costs.some(speaksToReader)) request.costs = request.costs.map((cost) => listItemForBank(cost, company));
  return {
    greeting,
    signOff: signOffFor(c, greeting),
    item,
    itemRef: withReference(datedItem(c, item, date), reference),
    about,
    // "Furry Friends Boarding Kennels, Naas": a place after a comma is set off by another, as the sentence goes on after it.
    company: PLACE_AFTER_COMMA.test(company) ? `${company},` : company,
    purchase: purchaseSentence(c, money, date, sinceSaid),
    // "my e-bike" is "the e-bike" the second time, without the notes in brackets after its name
    // ("my roof replacement (asphalt shingles, garage)" -> "the roof replacement"); work named
    // by a verb ("fixing my boiler") and a name with commas of its own stay "it".
    // Things counted ("my 2 tickets …") are "them" the second time.
    // Told after what the earlier letter asked, an amount that says ("a refund of €386.40") is not said again.
    purchaseAgain: withoutAmountAsked(
      /^my\s[^(),;]+$/.test(withoutNotes) && countOfThings(withoutNotes.slice(3)) === undefined ? purchaseSentence(c, money, date, sinceSaid, namedAgain(withoutNotes, c.purchase.kind)) : purchaseSentence(c, money, date, sinceSaid),
      // Beside an agreed price, what was paid of it is the point: kept.
      c.purchase.amount !== undefined && c.purchase.period === undefined && (c.purchase.price === undefined || c.purchase.price === c.purchase.amount) ? money(c.purchase.amount) : undefined,
      request.asked,
    ),
    customerLine: c.sender.customerId ? (hasOwnLabel(c.sender.customerId) ? c.sender.customerId.trim() : `${customerWord === 'patient' ? 'Patient' : 'Customer'} number: ${c.sender.customerId.trim()}`) : '',
    customer,
    promised: wasPromised(c.story.expectations) ? 'yes' : '',
    contacts: told.map((contact) => withAnotherFirm(contact, company) ?? contactSentence(contact, 'you', date, use, c.recipient.contact)),
    // Only a letter to a third party (the card issuer) tells them: made when a template asks.
    get contactsToThirdParty() {
      return (toThirdParty ??= told.map((contact) => withAnotherFirm(contact, company) ?? contactSentence(contact, company, date, use)));
    },
    get addressedTo() {
      return dispute ? [] : addressedTo(c.recipient.contact, locale);
    },
    impact: impact ? asSentence(impact) : '',
    impactShort,
    nextStep: genericNextStep(c.purchase.paidWith, c.request.remedy),
    offered: c.replied?.amount !== undefined ? offeredAs(money(c.replied.amount), c.replied.text, use, c.replied.amount) : '',
    // An offer to put things right is told with its words (correctionOffered).
    offeredNote: c.replied?.kind === 'correction' ? '' : noteBeyondKind(c.replied, use),
    offer: c.reply?.amount !== undefined ? offeredAs(money(c.reply.amount), c.reply.text, use, c.reply.amount) : '',
    offerNote: noteBeyondKind(c.reply, use),
    // Why the writer turns the offer down, said to the business ("they only offered a voucher" -> "you only offered…").
    replyReason: c.reply?.reason?.trim() ? asSentence(toTheBusiness(c.reply.reason.trim())) : '',
    signedName: c.sender.name.trim(),
    get repliedOther() {
      return c.replied?.kind === 'other' ? otherReply(c.replied.text, use, true) : '';
    },
    get repliedOtherToThirdParty() {
      return c.replied?.kind === 'other' ? otherReply(c.replied.text, use, false) : '';
    },
    get correctionOffered() {
      return c.replied?.kind === 'correction' ? correctionOffered(c.replied.text, use) : ' to put things right';
    },
    get correctionOffer() {
      return c.reply?.kind === 'correction' ? correctionOffered(c.reply.text, use) : ' to put things right';
    },
    // Only a letter after a refusal tells it: made when a template asks.
    get refusal() {
      return c.replied?.kind === 'refusal' ? refusalReason(c.replied.text, use, true) : '';
    },
    get refusalToThirdParty() {
      return c.replied?.kind === 'refusal' ? refusalReason(c.replied.text, use, false) : '';
    },
    get refusalAnswer() {
      return c.replied?.kind === 'refusal' ? refusalAnswer(c.replied.reason, refusalReason(c.replied.text, use, true) !== '', use) : '';
    },
    get offerAnswer() {
      return c.replied && c.replied.kind !== 'refusal' && c.replied.kind !== 'other' ? offerAnswer(c.replied.reason, use) : '';
    },
    ...request,
    ...(dispute && { complaintQuote: complaintQuote(c, use, impactShort), evidence: evidenceForBank(c, company) }),
    ...(c.purchase.period && { payments: paymentLines(c, money) }),
  };
}
