// A refusal with a reason is answered, not passed over: the next letter says what the business
// gave as its reason, in the writer's words, and that the writer does not accept it.
import { toTheBusiness } from './reader.js';
import { HAS_VERB, type WordUse, inSentence } from './words.js';

/** "they say", "the manager claimed that", "Acme told me": who said it and the verb of saying, before what they said. */
export const SAID_BY =
  /^(?:(?:they|he|she|you|(?:the|their|your)\s+[a-z]+(?:\s+[a-z]+)?|(?:manager|owner|staff|shop|store|company|seller|agent|rep|landlord|supervisor|boss|head office|support|customer services?)|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+)?(?:(?:have|has|had|just|then|only|simply|now|basically|flatly)\s+)*(?:say|says|said|claim|claims|claimed|state|states|stated|insist|insists|insisted|maintain|maintains|maintained|told\s+(?:me|us)|tell\s+(?:me|us)|replied|responded|wrote|argue|argues|argued|reckon|reckons|reckoned)(?:\s+that)?\s+/;
/** "because …", "due to …": the reason given, introduced already. */
const CAUSE = /^(?:because|as|since|on the grounds that)\s+/i;
const CITED = /^(?:due to|owing to|citing|blaming|because of|on the grounds of)\s+/i;
/** A clause has its own subject or verb: "the damage was caused by misuse", "it's out of warranty". */
const SUBJECT_FIRST = /^(?:i|we|you|they|he|she|it|it['’]s|nobody|no one|there)\b/i;
const FINITE = /\b(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|cannot|should|must)\b|n['’]t\b/i;
/**
 * "denied again citing section 7", "refused it because…": the refusal itself typed before its
 * reason, which the letter has said already ("you turned down my request").
 */
const REFUSED_FIRST =
  /^(?:(?:they|he|she|you)\s+)?(?:(?:have|has|had|just|then|simply|flatly)\s+)*(?:denied|refused|rejected|declined|turned\s+(?:it|me|us|this|that)\s+down|turned\s+down)(?:\s+(?:it|this|that|me|us|my\s+(?:claim|request|complaint|refund)|the\s+(?:claim|request|complaint|refund)|again|outright|flatly|flat\s+out|point[- ]blank|straight\s+away))*(?:\s*[,:;-]\s*|\s+|$)/i;
/** "saying it was misuse": the reason, introduced by a verb of saying. */
const SAYING = /^(?:saying|stating|claiming|insisting|telling\s+(?:me|us))(?:\s+that)?\s+/i;
/** "not covered", "out of warranty", "only a guide": what it was said to be, typed without "it was". */
const STATE_WITHOUT_VERB = /^(?:not\s+(?:[a-z]+ed|[a-z]+able|[a-z]+ible|covered|eligible|valid|possible|due|our|their)|out\s+of|outside|beyond|past|only|too|over|under)\b/i;
/** "pre-existing condition", "cancellation clause": one thing of a kind, which takes "a". */
const ONE_OF_MANY = /^(?:[a-z-]+\s+)?(?:condition|clause|fault|defect|problem|issue|mistake|error|exclusion|term|rule|policy|breach|limit)$/i;
/** A bare "no" says nothing more than the refusal itself. */
const JUST_NO = /^(?:no|nope|not possible|sorry|no refund|no refunds|computer says no)$/i;
/** A thing named, not a clause: "misuse", "the terms of the warranty", "wear and tear". */
const NOT_A_THING = /^(?:not|no|out|only|never|too|over|under|outside|beyond|past)\b/i;

/**
 * What a business gave as the reason for its refusal, as words that follow "you turned down my
 * request": ", saying that the damage was caused by misuse", ", citing wear and tear", or the
 * words in brackets when they are neither a clause nor a thing; '' when there is nothing to add.
 * `toReader`: the letter is written to that business ("they" is "you").
 */
export function refusalReason(typed: string | undefined, use: WordUse, toReader: boolean): string {
  if (!typed) return '';
  let said = typed.trim().replace(/[.!\s]+$/, '');
  const by = SAID_BY.exec(said);
  if (by) said = said.slice(by[0].length);
  const refused = REFUSED_FIRST.exec(said);
  if (refused && refused[0].length > 0) {
    said = said.slice(refused[0].length);
    // "declined to refund me" says no more than the refusal.
    if (/^to\s/i.test(said)) return '';
  }
  const saying = SAYING.exec(said);
  if (saying) said = said.slice(saying[0].length);
  said = said.replace(CAUSE, '');
  if (said === '' || JUST_NO.test(said)) return '';
  const cited = CITED.exec(said);
  if (cited) return `, citing ${inSentence(said.slice(cited[0].length), use, true)}`;
  const told = toReader ? toTheBusiness(said) : said;
  // "they said not covered", "out of warranty": a state, without its verb.
  if ((by || saying) && STATE_WITHOUT_VERB.test(said) && !SUBJECT_FIRST.test(said) && !FINITE.test(said)) return `, saying it was ${inSentence(told, use)}`;
  // "they said pre-existing condition": a thing, with its article where it is one of many.
  if (ONE_OF_MANY.test(said)) return `, citing a ${inSentence(said, use, true)}`;
  // What follows "they said" is what was said, a clause however it is typed.
  if (by || saying || SUBJECT_FIRST.test(said) || FINITE.test(said) || HAS_VERB.test(` ${said}`)) return `, saying that ${inSentence(told, use)}`;
  if (!NOT_A_THING.test(said) && !said.includes('(')) return `, citing ${inSentence(said, use, true)}`;
  return ` (${inSentence(said, use, true)})`;
}

/**
 * The writer's answer to a refusal: "I do not accept this: nobody jumped on the sofa." Written
 * to the business that refused, so its "they" is "you" ("the coil they installed").
 */
export function refusalAnswer(reason: string | undefined, gaveReason: boolean, use: WordUse): string {
  const typed = reason?.trim().replace(/\s+$/, '');
  const answer = typed && toTheBusiness(typed);
  if (!answer) return gaveReason ? 'I do not accept this.' : '';
  const ended = /[.!?]["”’)]?$/.test(answer) ? answer : `${answer}.`;
  const because = CAUSE.test(ended) || /^(?:for|given that)\b/i.test(ended);
  return `I do not accept this${because ? ', ' : ': '}${inSentence(ended, use)}`;
}

/**
 * Why the writer turned down an offer, after "which does not put things right": ": a credit for
 * future visits is not a refund", said to the business; '' without a reason.
 */
export function offerAnswer(reason: string | undefined, use: WordUse): string {
  const typed = reason?.trim().replace(/[.!;,\s]+$/, '').replace(CAUSE, '');
  return typed ? `: ${inSentence(toTheBusiness(typed), use)}` : '';
}
