// What a business said in a reply that was neither an offer of money nor a refusal, and what
// it offered to do, told in the next letter in a sentence of its own: "You replied on 7 December
// and offered to move us to term 1", "with an offer to send a repair kit".
import { toTheBusiness } from './reader.js';
import { SAID_BY } from './refusal.js';
import { HAS_VERB, type WordUse, inSentence } from './words.js';

/** A past verb with the business as its subject left out: "offered to…", "said they would…". */
const PAST_VERB_FIRST = /^(?:[a-z]+ed|said|told|sent|gave|took|put|kept|made|wrote|rang|paid|found|got|came|went|left|meant|hung)\b/i;
/** A clause with its own subject: "the technician will come again", "they'd escalate it". */
const SUBJECT_FIRST = /^(?:they|he|she|it|we|you|the\s+[a-z]+(?:\s+[a-z]+)?)(?:['’](?:d|ll|ve|re|s))?\s/i;
/** What a business offers to do, as a verb: "send a repair kit", "re-do the grout". */
const BASE_VERB_FIRST = /^(?:re-?)?(?:send|replace|repair|fix|redo|re-do|refit|come|return|collect|move|rebook|reschedule|repeat|refund|reimburse|discount|escalate|clean|check|inspect|look|swap|exchange|reduce|waive|cancel|credit|deliver|finish|complete|install|supply|provide|give|offer|put|take|honou?r|extend|arrange|pay)\b/i;

/** "you'd escalate it" -> "you would escalate it", "they'd sent it" -> "they had sent it": a letter spells it out. */
function withoutContractedD(text: string): string {
  return text.replace(/\b(I|you|they|he|she|we|it)['’]d\s+([a-z]+)\b/gi, (whole, who: string, next: string) =>
    `${who} ${/^(?:been|[a-z]+ed|[a-z]+en|sent|told|said|made|paid|got|put|left|gone|done|had)$/i.test(next) ? 'had' : 'would'} ${next}`,
  );
}

/**
 * A reply that was neither an offer nor a refusal, as words after "You replied on 7 December":
 * " and offered to move us to term 1", " that the technician would come again", or the
 * writer's note in brackets; '' without one. `toReader`: the letter is written to that
 * business ("they" is "you").
 */
export function otherReply(typed: string | undefined, use: WordUse, toReader: boolean): string {
  let said = typed?.trim().replace(/[.!;,\s]+$/, '');
  if (!said) return '';
  // "they said they'd escalate it": what they said, after "You replied that".
  const by = SAID_BY.exec(said);
  if (by && by[0].length < said.length) said = said.slice(by[0].length);
  const reported = by !== null && by[0].length < (typed ?? '').trim().length;
  // "they said they are looking into it": the business speaking of itself, to the business "you".
  if (reported && toReader && /^they\b/i.test(by[0]) && /^they\b/i.test(said)) said = `you${said.slice(4)}`;
  const told = withoutContractedD(toReader ? toTheBusiness(said) : said);
  // "said to contact the booking site", "told me to wait 6 weeks": what they told the writer to do.
  if (reported && /^to\s+\p{L}/u.test(said)) return ` and told me ${inSentence(told, use, false, true)}`;
  // "said no refund without a receipt": their words, without a verb to make a clause of.
  if (reported && !SUBJECT_FIRST.test(said) && !HAS_VERB.test(` ${told}`)) return `: ${inSentence(told, use, false, true)}`;
  if (reported) return ` that ${inSentence(told, use, false, true)}`;
  if (PAST_VERB_FIRST.test(said)) return ` and ${inSentence(told, use, false, true)}`;
  // "they asked for photos": the business that replied did it, "You replied on 3 May and asked for photos".
  const theyDid = /^they\s+(?=\S)/i.exec(said);
  if (theyDid && PAST_VERB_FIRST.test(said.slice(theyDid[0].length))) return ` and ${inSentence(said.slice(theyDid[0].length), use, false, true)}`;
  if (SUBJECT_FIRST.test(said) && HAS_VERB.test(` ${said}`)) return ` that ${inSentence(told, use, false, true)}`;
  return ` (${inSentence(told, use, true, true)})`;
}

/** An offer to put things right, after "with an offer": " to send a repair kit", or " to put things right (…)". */
export function correctionOffered(typed: string | undefined, use: WordUse): string {
  const offered = typed?.trim().replace(/^to\s+/i, '').replace(/[.!;,\s]+$/, '');
  if (!offered) return ' to put things right';
  if (BASE_VERB_FIRST.test(offered)) return ` to ${inSentence(offered.charAt(0).toLowerCase() + offered.slice(1), use)}`;
  return ` to put things right (${inSentence(offered, use, true)})`;
}
