// Where a dispute stands on a given day, and what to do next, from the case file alone:
// the letters sent, the replies received, the reply-by dates and the rights pack's
// escalation dates (an ombudsman after 8 weeks). Pure: the status command prints it.
import { createHash } from 'node:crypto';
import { addDays, daysBetween } from '../case/dates.js';
import { letterStyle } from '../case/resolve.js';
import type { Case, LetterKind } from '../case/schema.js';
import { formatDate, formatMoney } from '../letter/format-values.js';
import { englishLocale, nextLetter, replyByDate } from '../letter/ladder.js';
import { rightsFor } from '../rights/index.js';
import { acceptedOfferProgress, isLadderStage, isOfferReply, lettersAfter, lettersSent, notKept, openOffer, repliesReceived, type Reply, type SentLetter } from './history.js';

export type Action =
  | 'first' // write the first letter
  | 'wait' // the business still has time to reply
  | 'letter' // the next letter of the ladder is due
  | 'decide' // an offer waits for the writer's answer
  | 'accept' // write the acceptance letter
  | 'answer' // write the letter answering the offer
  | 'escalate' // take it further (an ombudsman, the steps of the final letter)
  | 'overdue' // the day they agreed to pay or put it right by has passed
  | 'check' // the only letters recorded are dated after today: a date to correct
  | 'resolved';

export interface NextStep {
  action: Action;
  /** For the person: "send a reminder (from 17 December)". */
  text: string;
  /** The date from which it makes sense (YYYY-MM-DD), when there is one. */
  from?: string;
  /** Whether it can be done today. */
  due: boolean;
}

export interface CalendarEvent {
  /** Stable for the same case and kind of date, so re-importing updates the event. */
  uid: string;
  date: string;
  summary: string;
  description: string;
}

export interface CaseStatus {
  business: string;
  /** The last letter of the ladder sent (first, reminder…), or an offer letter. */
  reached?: LetterKind;
  lastLetter?: SentLetter;
  /** The reply-by date of the last letter, while no reply has come since. */
  replyBy?: string;
  /** Days from today to replyBy: negative when it has passed. */
  daysLeft?: number;
  lastReply?: Reply;
  /** "they offered £50.00 on 3 December" */
  lastReplyText?: string;
  next: NextStep;
  events: CalendarEvent[];
}

const STAGE_WORDS: Record<LetterKind, string> = {
  first: 'first letter',
  reminder: 'reminder',
  final: 'final letter',
  'card-dispute': 'card dispute letter',
  'accept-offer': 'acceptance letter',
  'answer-offer': 'answer to their offer',
  'offer-reminder': 'reminder of the offer you accepted',
};

/** A short id for a case that stays the same when the file is moved or renamed. */
export function caseId(c: Case): string {
  const key = [c.sender.name, c.recipient.company, c.purchase.reference ?? c.purchase.item].map((s) => s.trim().toLowerCase()).join('\n');
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** "refer my complaint to the Energy Ombudsman" (the letter's words) -> "refer your complaint to the Energy Ombudsman". */
export function toReader(step: string): string {
  return step
    .replace(/\byou\b/g, 'they')
    .replace(/\byour\b/g, 'their')
    .replace(/\bmy\b/g, 'your')
    .replace(/\bme\b/g, 'you')
    .replace(/\bI\b/g, 'you');
}

export function caseStatus(c: Case, today: string, options: { userRightsDirs?: string[]; file?: string } = {}): CaseStatus {
  const style = letterStyle(c);
  const locale = style.locale;
  // What redress says here is English: its dates are written the English way whatever the letter's language.
  const dateLocale = englishLocale(locale);
  const year = today.slice(0, 4);
  /** "17 December" this year, "17 December 2027" otherwise. */
  const when = (iso: string) => {
    const full = formatDate(iso, dateLocale);
    return iso.startsWith(year) ? full.replace(new RegExp(`,?\\s${year}$`), '') : full;
  };
  const money = (n: number) => formatMoney(n, style.currency, locale);
  const business = c.recipient.company;
  const id = caseId(c);
  const shown = options.file === undefined ? 'CASE' : /^[\w./-]+$/.test(options.file) ? options.file : JSON.stringify(options.file);
  const letters = lettersSent(c).filter((l) => l.date <= today);
  const replies = repliesReceived(c).filter((r) => r.date <= today);
  const lastLetter = letters.at(-1);
  const lastReply = replies.at(-1);
  const firstLetter = letters[0];
  const status: CaseStatus = { business, next: { action: 'first', text: '', due: true }, events: [] };
  if (lastLetter) {
    status.lastLetter = lastLetter;
    const ladder = letters.filter((l) => isLadderStage(l.stage));
    status.reached = lastLetter.stage ?? (ladder.length > 0 ? (['first', 'reminder', 'final', 'card-dispute'] as const)[Math.min(ladder.length, 4) - 1] : undefined);
  }
  if (lastReply) {
    status.lastReply = lastReply;
    status.lastReplyText = replyText(lastReply, money, when);
  }

  // Escalation dates from the writer's country's rights pack (weeks after the first letter).
  const escalations = firstLetter ? escalationSteps(c, style.currency, options.userRightsDirs).map((step) => ({ ...step, date: addDays(firstLetter.date, step.afterWeeks * 7) })) : [];
  const draft = `redress draft --from ${shown} --next --record`;

  const offer = openOffer({ ...c, history: { ...c.history, replies } });
  // A reply on the day of a letter answers it, unless that letter itself answered the reply.
  const sinceLastLetter =
    lastReply !== undefined && lastLetter !== undefined && (lastReply.date > lastLetter.date || (lastReply.date === lastLetter.date && isLadderStage(lastLetter.stage)));
  // An offer is answered first, even one made before any letter (after a phone call).
  if (offer && (offer.answer === undefined || offer.answer === 'undecided')) {
    status.next = { action: 'decide', text: `${status.lastReplyText}: accept or reply (redress reply ${shown} --accept or --reject)`, from: offer.date, due: true };
  } else if (offer && offer.answer === 'accepted') {
    const { acceptance, reminded, due } = acceptedOfferProgress(c, offer, today);
    const what = offer.amount !== undefined ? `pay ${money(offer.amount)}` : 'do what they offered';
    if (!acceptance) {
      status.next = { action: 'accept', text: `confirm in writing that you accept their offer (${draft})`, from: offer.date, due: true };
    } else {
      // The day they gave has passed: only the writer knows whether they kept to it.
      if (reminded && (reminded.replyBy === undefined || reminded.replyBy < today)) {
        status.next = {
          action: 'overdue',
          text: `you reminded them on ${when(reminded.date)} of the offer you accepted: if they still have not, say so (redress reply ${shown} --reject --reason "${notKept(offer)}" --change) and write again (${draft})`,
          from: reminded.replyBy ?? reminded.date,
          due: true,
        };
      } else if (reminded) {
        status.next = { action: 'wait', text: `waiting: you reminded them on ${when(reminded.date)} to ${what} by ${when(reminded.replyBy!)}`, due: false, from: reminded.replyBy! };
      } else if (due && due < today) {
        status.next = { action: 'overdue', text: `they agreed to ${what} by ${when(due)}: if they have not, remind them (${draft})`, from: due, due: true };
      } else {
        status.next = due
          ? { action: 'wait', text: offer.by ? `waiting: they agreed to ${what} by ${when(due)}` : `waiting: you asked them to ${what} by ${when(due)}`, due: false, from: due }
          : { action: 'resolved', text: 'resolved: you accepted their offer', due: false };
      }
      if (offer.by && offer.by >= today) {
        status.events.push({
          uid: `${id}-agreed@redress`,
          date: offer.by,
          summary: `${business}: agreed to ${what}`,
          description: `${business} agreed to ${what} by ${formatDate(offer.by, dateLocale)}. If they have not, write to them again, quoting their reply of ${formatDate(offer.date, dateLocale)}.`,
        });
      }
    }
  } else if (offer && offer.answer === 'rejected' && !letters.some((l) => l.stage === 'answer-offer' && l.date >= offer.date)) {
    status.next = { action: 'answer', text: `answer their offer: say why it does not put things right (${draft})`, from: offer.date, due: true };
  } else if (!lastLetter) {
    status.next = { action: 'first', text: 'write and send the first letter', due: true };
  } else {
    // Waiting for a reply to the last letter, or the next letter is due.
    const step = nextLetter(c, today, dateLocale);
    const saidNo = sinceLastLetter && lastReply!.kind === 'refusal';
    const replyBy = replyByDate(c, lastLetter.date);
    const waiting = !saidNo && !(sinceLastLetter && isOfferReply(lastReply!.kind));
    if (waiting) {
      status.replyBy = replyBy;
      status.daysLeft = daysBetween(today, replyBy);
    }
    const from = saidNo ? lastReply!.date : addDays(replyBy, 1);
    const escalation = escalations.find((e) => e.date > today) ?? escalations.at(-1);
    const finalSent = step.stage === 'card-dispute' || step.stage === undefined;
    if (finalSent && escalation) {
      const start = escalation.date > from ? escalation.date : from;
      status.next = {
        action: 'escalate',
        text: `you can ${toReader(escalation.text)} from ${when(start)} (${escalation.afterWeeks} weeks after your first letter${start !== escalation.date ? ', and once your last letter has had its time' : ''})`,
        from: start,
        due: start <= today,
      };
    } else if (step.stage === undefined) {
      status.next = { action: 'escalate', text: 'take the next steps your final letter named, such as a complaint to a consumer protection office', from, due: from <= today };
    } else {
      const words = STAGE_WORDS[step.stage];
      const because = saidNo ? `: they said no on ${when(lastReply!.date)}` : '';
      // A card dispute is for a payment by card: with the case silent on how it was paid, said as a condition.
      const ifByCard = step.stage === 'card-dispute' && c.purchase.paidWith === undefined;
      status.next =
        from <= today
          ? { action: 'letter', text: ifByCard ? `if you paid by card, send the ${words}${because} (${draft})` : `${words} due${because} (${draft})`, from, due: true }
          : { action: 'wait', text: ifByCard ? `if they have not replied and you paid by card, send a ${words} (from ${when(from)})` : `send a ${words} if they have not replied (from ${when(from)})`, from, due: false };
    }
    if (waiting) {
      status.events.push({
        uid: `${id}-reply-by@redress`,
        date: replyBy,
        summary: `${business}: reply due`,
        description: `${business} was asked to reply by ${formatDate(replyBy, dateLocale)} to your ${STAGE_WORDS[lastLetter.stage ?? status.reached ?? 'first']} of ${formatDate(lastLetter.date, dateLocale)}. If they have not, the next step: ${status.next.action === 'escalate' ? status.next.text : `${step.stage === 'card-dispute' && c.purchase.paidWith === undefined ? 'if you paid by card, ' : ''}send the ${step.stage ? STAGE_WORDS[step.stage] : 'next letter'} (${draft})`}.`,
      });
    }
  }
  // A letter dated after today (a date typed wrong, or this computer's date or time zone) is
  // not counted: said, so that "write the first letter" is not taken as the whole story.
  const later = lettersAfter(c, today);
  if (later.length > 0) {
    const dates = later.map((l) => when(l.date)).join(' and ');
    const fields = [...new Set(later.map((l) => l.field))].join(' and ');
    const one = later.length === 1;
    if (status.next.action === 'first') {
      status.next = {
        action: 'check',
        text: `${one ? 'a letter is' : 'letters are'} recorded on ${dates}, after today (${when(today)}): if ${one ? 'that date is' : 'those dates are'} wrong, correct ${one ? 'it' : 'them'} in ${fields} in ${shown}; if ${one ? 'it is' : 'they are'} right, check this computer's date and time zone`,
        due: true,
      };
    } else status.next = { ...status.next, text: `${status.next.text} (not counting ${one ? 'the letter' : 'the letters'} of ${dates}, after today: check ${fields} in ${shown})` };
  }
  // Once the writer has accepted an offer, the routes for taking it further wait until it is turned down.
  if (status.next.action !== 'resolved' && offer?.answer !== 'accepted') {
    for (const e of escalations) {
      if (e.date < today) continue;
      status.events.push({
        uid: `${id}-${e.id}@redress`,
        date: e.date,
        summary: `${business}: you can ${toReader(e.text)}`,
        description: `From today, ${e.afterWeeks} weeks after your first letter to ${business} (${formatDate(firstLetter!.date, dateLocale)}), you can ${toReader(e.text)}, if the matter is still not resolved.`,
      });
    }
  }
  return status;
}

function replyText(reply: Reply, money: (n: number) => string, when: (iso: string) => string): string {
  const on = ` on ${when(reply.date)}`;
  switch (reply.kind) {
    case 'offer':
      return `they offered ${reply.amount !== undefined ? money(reply.amount) : clip(reply.text!)}${on}`;
    case 'correction':
      return `they offered to put it right${on}: ${clip(reply.text!)}`;
    case 'refusal':
      return `they said no${on}`;
    default:
      return `they replied${on}${reply.text ? `: ${clip(reply.text)}` : ''}`;
  }
}

const clip = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/[.;,\s]+$/, '');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

/** The pack's next steps that open after some weeks (an ombudsman), for this case. */
function escalationSteps(c: Case, currency: string, userDirs?: string[]): { id: string; text: string; afterWeeks: number }[] {
  const country = c.sender.country;
  if (country === undefined) return [];
  // The schema keeps a region named as the country ("Scotland") in the country: GB-SCT.
  const region = c.sender.region ?? (country.length > 2 ? country : undefined);
  try {
    const answer = rightsFor({
      country: country.slice(0, 2),
      ...(region !== undefined && { region }),
      ...(c.purchase.kind !== undefined && { kind: c.purchase.kind }),
      remedy: c.request.remedy,
      stage: 'final',
      ...(c.purchase.paidWith !== undefined && { paidWith: c.purchase.paidWith }),
      ...(c.recipient.sector !== undefined && { sector: c.recipient.sector }),
      ...((c.purchase.price ?? c.purchase.amount) !== undefined && { price: c.purchase.price ?? c.purchase.amount }),
      ...(c.request.amount !== undefined && { amount: c.request.amount }),
      currency,
      ...(userDirs && { userDirs }),
    });
    return (answer?.nextSteps ?? []).filter((s) => s.afterWeeks !== undefined).map((s) => ({ id: s.id, text: s.text, afterWeeks: s.afterWeeks! }));
  } catch {
    return [];
  }
}
