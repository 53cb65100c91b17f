// The escalation ladder: first -> reminder -> final -> card-dispute, and what to tell the
// user about timing. Pure functions: the caller (draft --next / --record) prints and writes.
//
// How the next stage is chosen
// - `letter.previous` lists the letters already sent, one date each (`--record` adds one).
//   Dates after today are letters not sent yet, and are not counted.
// - `letter.stage` is the stage the case has reached: a file that says `stage: reminder`
//   is at least at the reminder, even if the first letter's date was never written down.
// - The next letter is the later of the two: the stage after the letters sent (none sent:
//   first; one: reminder; two: final; three: card-dispute), or `letter.stage`. After the
//   card dispute there is no further letter (undefined). A reminder is for a letter left
//   unanswered: when the business said no to the last letter, the final letter is next.
// How today's date is used
// - It never changes the stage. It tells whether the last letter's reply-by date has
//   passed (its date plus request.deadlineDays, default 14, or request.deadline when that
//   is later): if not, `waitUntil` is that date and a note says so, because writing again
//   before then is rarely kind or useful unless the business has already said no.
// - For a card dispute it tells how many of the 60 days are left (see stageNotes).
import { safeForTerminal } from '../io/terminal.js';
import { addDays, daysBetween, isCalendarDate, workingDayAfter } from '../case/dates.js';
import type { ResolvedCase } from '../case/resolve.js';
import { DEFAULT_DEADLINE_DAYS, fullOfferTurnedDownUnexplained, letterStyle, namesNoPayment, paidByCardOrUnknown } from '../case/resolve.js';
import { COUNTRIES, countryInfo, countryInSentence, regionName } from '../case/countries.js';
import { loadPack, STATEMENT_AFTER_CHARGE_DAYS } from '../rights/index.js';
import { homeLetByBusiness } from '../rights/tenancy.js';
import { STAGES, type Case, type Stage } from '../case/schema.js';
import { formatDate, formatMoney } from './format-values.js';
import { isLadderStage, lettersSent, repliesReceived } from '../dispute/history.js';
import { languageNotes } from './language/notes.js';

export const LADDER: readonly Stage[] = STAGES;

/** US billing-error notices must reach the card issuer within this many days of the statement. */
export const BILLING_ERROR_DAYS = 60;


export interface NextLetter {
  /** The stage to write now; undefined when the ladder is finished. */
  stage: Stage | undefined;
  /** Dates of the letters already sent (letter.previous up to today), oldest first. */
  sent: string[];
  /** The last letter's reply-by date, when it has not passed yet (the business still has time). */
  waitUntil?: string;
  /** Plain sentences for the person, about timing and gaps in the case file. */
  notes: string[];
}

const stageIndex = (stage: Stage | undefined) => (stage ? LADDER.indexOf(stage) : 0);
const STAGE_WORDS: Record<Stage, string> = { first: 'first letter', reminder: 'reminder', final: 'final letter', 'card-dispute': 'card dispute letter' };

/**
 * Words of time that count from the day they were written: "it's now October", "for 2 months",
 * "yesterday". A span inside the story ("it failed three times in five weeks") does not.
 */
const TIME_FROM_WRITING = /\b(?:it'?s now (?:[a-z]+ )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:(?:for|over) (?:the (?:last|past) )?|in the (?:last|past) )(?:\d+|two|three|four|five|six|several|a few) (?:days|weeks|months)(?: now)?|\d+ (?:days|weeks|months) ago|yesterday|this morning|last night|last week|today)\b/i;

/** The first of the writer's answers that tells time counted from when it was written, for a follow-up letter's note. */
function timeTold(c: ResolvedCase): { words: string; field: string } | undefined {
  const fields: [string, string | undefined][] = [
    ['story.circumstances', c.story.circumstances],
    ...c.story.outcome.map((text, i): [string, string] => [`story.outcome${c.story.outcome.length > 1 ? `[${i}]` : ''}`, text]),
    ['story.impact', c.story.impact],
  ];
  for (const [field, text] of fields) {
    const found = text === undefined ? null : TIME_FROM_WRITING.exec(text);
    if (found) return { words: found[0], field };
  }
  return undefined;
}

/** Why a case has no card dispute to write (it was not paid by card, or names no payment), or undefined. */
export function noCardDisputeBecause(c: Case): string | undefined {
  if (!paidByCardOrUnknown(c.purchase.paidWith)) return 'The case says you did not pay by card';
  if (namesNoPayment(c)) return 'The case names no payment you made (purchase.amount)';
  return undefined;
}

/** What redress says is English: a letter's locale of another language writes the notes' dates the British way. */
export function englishLocale(locale: string): string {
  return locale.startsWith('en') ? locale : 'en-GB';
}

/** The reply-by date of a letter sent on `sent`, by the case's own deadline rule. */
export function replyByDate(c: Case, sent: string): string {
  // The date the letter itself gave, when it was recorded (a notice may have given more days than the case asks for).
  const recorded = lettersSent(c).filter((l) => l.date === sent && l.replyBy !== undefined).at(-1)?.replyBy;
  if (recorded !== undefined) return recorded;
  const fixed = c.request.deadline;
  const byDays = workingDayAfter(sent, c.request.deadlineDays ?? DEFAULT_DEADLINE_DAYS);
  return fixed !== undefined && fixed > byDays ? fixed : byDays;
}

/**
 * The letter to write next, and what to tell the person about it. `noteLocale`: how the notes
 * (in English) write dates; by default the English of the writer's country ("28 November" in the UK).
 */
export function nextLetter(c: Case, today: string, noteLocale?: string): NextLetter {
  if (!isCalendarDate(today)) throw new Error(`nextLetter: today must be YYYY-MM-DD, got ${today}`);
  const locale = noteLocale ?? englishLocale(letterStyle(c).locale);
  const when = (iso: string) => formatDate(iso, locale);
  // Letters answering an offer are not steps of the ladder.
  const ladder = lettersSent(c).filter((l) => isLadderStage(l.stage));
  const previous = ladder.map((l) => l.date);
  const sent = previous.filter((d) => d <= today);
  const later = previous.filter((d) => d > today);
  const reached = Math.max(-1, ...ladder.filter((l) => l.date <= today && l.stage !== undefined).map((l) => stageIndex(l.stage as Stage)));
  const notes: string[] = [];
  if (later.length > 0) {
    notes.push(`letter.previous has ${later.map(when).join(' and ')}, after today; I counted only the letters sent by today.`);
  }
  const start = stageIndex(c.letter?.stage);
  const last = sent[sent.length - 1];
  const lastReply = repliesReceived(c).filter((r) => r.date <= today).at(-1);
  const saidNo = last !== undefined && lastReply?.kind === 'refusal' && lastReply.date >= last;
  let index = Math.max(start, sent.length, reached + 1);
  // A reminder is for a letter left unanswered: after a refusal, the final letter comes next.
  if (saidNo && LADDER[index] === 'reminder') index++;
  const stage = LADDER[index];
  if (start > sent.length && start > 0) {
    notes.push(
      `letter.stage is ${c.letter!.stage}, but letter.previous lists ${sent.length === 0 ? 'no earlier letter' : `only ${sent.length}`}. Add the dates of your earlier letters to letter.previous, so the letter can mention them and --next can follow the ladder.`,
    );
  }
  // A payment not made by card, or no payment at all, leaves no card dispute to write: the final letter ends the ladder.
  const noCardDispute = stage === 'card-dispute' ? noCardDisputeBecause(c) : undefined;
  const result: NextLetter = { stage: noCardDispute ? undefined : stage, sent, notes };
  // Every letter sent counts here, answers to an offer included.
  const written = lettersSent(c).filter((l) => l.date <= today);
  const sentSoFar = `You have sent ${written.length} ${written.length === 1 ? 'letter' : 'letters'}, the last on ${when(written.at(-1)?.date ?? today)}.`;
  const otherWays = 'if the matter is still open, take the next steps your final letter named (such as a complaint to a consumer protection body, or a small claim).';
  if (noCardDispute) {
    notes.push(`${sentSoFar} ${noCardDispute}, so there is no card dispute to write: ${otherWays}`);
    return result;
  }
  if (stage === undefined) {
    notes.push(`${sentSoFar} The card dispute is the last letter redress writes; ${otherWays}`);
    return result;
  }
  if (last !== undefined && !saidNo) {
    const due = replyByDate(c, last);
    if (today <= due) {
      result.waitUntil = due;
      const left = daysBetween(today, due);
      notes.push(
        `Your letter of ${when(last)} asked for a reply by ${when(due)}${left === 0 ? ', which is today' : `, ${left} ${left === 1 ? 'day' : 'days'} from now`}. Unless ${c.recipient.company} has already said no, ${left === 0 ? 'wait until tomorrow' : 'give them until then'} before you send the ${STAGE_WORDS[stage]}.`,
      );
    }
  }
  return result;
}

/** The stage to write now (see the top of this file); undefined when the ladder is finished. */
export function nextStage(c: Case, today: string): Stage | undefined {
  return nextLetter(c, today).stage;
}

/**
 * What to tell the person about the letter just written (printed by the CLI, never in the
 * letter): for a card dispute, the 60-day limit of US billing-error notices (for a US writer), with
 * the last day when the statement date is known, or the card route's note for other countries; gaps that make the letter weaker.
 */
export function stageNotes(resolved: ResolvedCase, asked?: Case): string[] {
  const notes: string[] = [];
  const { stage, date, previous, locale } = resolved.letter;
  const when = (iso: string) => formatDate(iso, englishLocale(locale));
  // A follow-up chosen by hand (`asked`: the case as written, without --next) dated before the
  // earlier letter's reply-by date would say "I have not yet had a reply" too soon.
  const last = previous.filter((d) => d <= date).at(-1);
  if (asked && (stage === 'reminder' || stage === 'final') && last !== undefined && resolved.replied === undefined) {
    // A fixed reply-by date after this letter's own date is this letter's, not the earlier one's.
    const fixed = asked.request.deadline;
    const due = replyByDate(fixed !== undefined && fixed > date ? { ...asked, request: { ...asked.request, deadline: undefined } } : asked, last);
    if (date < due) {
      notes.push(
        `This ${STAGE_WORDS[stage]} is dated ${when(date)}, but your letter of ${when(last)} asked for a reply by ${when(due)}. Unless ${resolved.recipient.company} has already said no, wait until then to send it (--next picks the next letter by date).`,
      );
    }
  }
  // A fixed reply-by date and no earlier letter recorded: the reminder may repeat the first letter's date.
  if (asked && (stage === 'reminder' || stage === 'final') && last === undefined && resolved.replied === undefined && asked.request.deadline !== undefined && asked.request.deadline > date) {
    notes.push(
      `This ${STAGE_WORDS[stage]} asks for a reply by ${when(asked.request.deadline)}, the date in request.deadline. If your earlier letter gave that date too, wait until it has passed before sending this, or set a later request.deadline (and add the earlier letter's date to letter.previous).`,
    );
  }
  // A fee paid again and again, with no sum asked: the letter asks for one payment back, which may be too little.
  const { purchase, request } = resolved;
  if (asked && stage === 'first' && (request.remedy === 'refund' || request.remedy === 'either') && asked.request.amount === undefined && purchase.period !== undefined && purchase.amount !== undefined) {
    const one = formatMoney(purchase.amount, purchase.currency, locale);
    notes.push(
      `The letter asks for one payment of ${one} back, as request.amount is not given. If more payments are affected, set request.amount to their total (for example ${formatMoney(purchase.amount * 3, purchase.currency, locale)} for three).`,
    );
  }
  // A first letter chosen by hand for a case that records letters already sent.
  const sent = previous.filter((d) => d < date);
  if (asked && stage === 'first' && sent.length > 0) {
    notes.push(
      `This is a first letter, but the case records ${sent.length === 1 ? 'a letter' : `${sent.length} letters`} already sent (${sent.map(when).join(', ')}). To write the next one, use --next, or --stage reminder or --stage final.`,
    );
  }
  if (stage === 'card-dispute') {
    // A card issuer can only give money back: the repair the writer asked the business for is not what this letter asks.
    if (resolved.request.remedy === 'correction') {
      notes.push(
        `Your case asks ${resolved.recipient.company} to put things right, and a card issuer cannot do that: it can only reverse the payment, so this letter asks for your money back. If you would rather keep waiting for the work, do not send it; to say how much you want back, set request.remedy to partial-refund with request.amount.`,
      );
    }
    const paidWith = resolved.purchase.paidWith;
    const statement = resolved.card.statementDate;
    const country = resolved.sender.country;
    if (country !== 'US' || (paidWith !== undefined && paidWith !== 'credit-card')) {
      // Only US law sets a deadline for the notice, and only for a credit card (the pack's billing-error
      // route is for credit cards); elsewhere the card scheme's rules and the pack's note apply.
      if (resolved.cardRoute?.terminalNote) notes.push(resolved.cardRoute.terminalNote);
      else if (country === undefined) {
        notes.push(`How a card payment is disputed depends on your country. Add sender.country (for example ${countryExamples(resolved.letter.language)}) to the case file, so the letter follows its rules.`);
      }
    } else if (statement) {
      const lastDay = addDays(statement, BILLING_ERROR_DAYS);
      const left = daysBetween(date, lastDay);
      // A statement long after the charge is seldom the first that showed it, and the 60 days run from that one.
      // A regular payment's date is when the payments began, not the charge disputed.
      const charged = resolved.purchase.period === undefined ? resolved.purchase.date : undefined;
      const late =
        charged && daysBetween(charged, statement) > 45
          ? ` The charge (${when(charged)}) came more than six weeks before that statement: if an earlier statement already showed it, the ${BILLING_ERROR_DAYS} days run from that one, so check and set card.statementDate to it.`
          : '';
      if (left >= 0) {
        notes.push(
          `US card issuers must receive a billing-error dispute within ${BILLING_ERROR_DAYS} days of the statement that first showed the charge: for your statement of ${when(statement)}, by ${when(lastDay)}${left === 0 ? ' (the letter date)' : ` (${left} ${left === 1 ? 'day' : 'days'} after the letter date)`}.${late} Send it in writing to the billing-error address on your statement (not the payment address), and keep a copy.`,
        );
      } else {
        notes.push(
          `US card issuers must receive a billing-error dispute within ${BILLING_ERROR_DAYS} days of the statement that first showed the charge: for your statement of ${when(statement)}, that was ${when(lastDay)}, before the letter date. Send the letter anyway and call your card issuer: they may still be able to help.`,
        );
      }
    } else if (resolved.purchase.period === undefined && resolved.purchase.date !== undefined && addDays(resolved.purchase.date, BILLING_ERROR_DAYS + STATEMENT_AFTER_CHARGE_DAYS) < date) {
      // The letter is an ordinary dispute: the charge is too old for a billing-error notice (see statementDays in the pack).
      notes.push(
        `The charge (${when(resolved.purchase.date)}) is most likely too old for a billing-error dispute under the Fair Credit Billing Act, which must reach the card issuer within ${BILLING_ERROR_DAYS} days of the statement that first showed it, so the letter asks for an ordinary dispute. If that statement came out on or after ${when(addDays(date, -BILLING_ERROR_DAYS))}, add card.statementDate to the case file.`,
      );
    } else {
      notes.push(
        `US card issuers must receive a billing-error dispute within ${BILLING_ERROR_DAYS} days of the statement that first showed the charge. Add card.statementDate to the case file to see your last day, and send the letter to the billing-error address on your statement (not the payment address).`,
      );
    }
    const missing = [!resolved.card.last4 && 'card.last4 (the last four digits of the card)', !resolved.card.issuer && 'card.issuer'].filter(Boolean);
    if (missing.length > 0) notes.push(`Add ${missing.join(' and ')} to the case file, so the issuer can find the charge.`);
    if (previous.length === 0 && resolved.contacts.length === 0 && repliesReceived(resolved).length === 0) {
      notes.push(
        `Issuers expect you to have tried to settle it with ${resolved.recipient.company} first. Add the dates of your letters (letter.previous) and calls or e-mails (contacts), so the letter shows it.`,
      );
    }
  }
  const dated = stage !== 'first' && previous[0] !== undefined ? timeTold(resolved) : undefined;
  if (dated) {
    notes.push(
      `Your answers say "${safeForTerminal(dated.words)}" (${dated.field}), written for your first letter of ${when(previous[0]!)}; this ${STAGE_WORDS[stage]} is dated ${when(date)}. If that has changed, update it in the case file, so that the letter stays true.`,
    );
  }
  const { email, phone, address } = resolved.sender;
  if (!email && !phone && !address) notes.push('The letter gives the business no way to reach you. Add sender.email, sender.phone or sender.address, so they can reply.');
  // A partial refund says why that part: a business asked for part of a price wants to know which part.
  if (resolved.request.remedy === 'partial-refund' && !resolved.request.reason?.trim() && resolved.request.amount !== undefined) {
    notes.push(
      `The letter asks for ${formatMoney(resolved.request.amount, resolved.purchase.currency, locale)} back without saying why that part. Add request.reason to the case file, in a few words (for example "for the second day you charged" or "for the 6 lessons that never took place").`,
    );
  }
  const replied = resolved.replied;
  if (replied && fullOfferTurnedDownUnexplained(replied, resolved.request.amount)) {
    notes.push(
      `Their offer of ${formatMoney(replied.amount!, resolved.purchase.currency, locale)} (${when(replied.date)}) is all this ${STAGE_WORDS[stage]} asks for, and the letter says it does not put things right without saying why. Add why to that reply in the case file (history.replies, reason: for example the conditions they attached, or that the money never came); or, if you accept it, record that with \`redress reply\` and --accept.`,
    );
  }
  notes.push(...rightsNotes(resolved));
  notes.push(...languageNotes(resolved));
  const livesIn = resolved.assumed.find((a) => a.field === 'sender.country');
  const region = resolved.assumed.find((a) => a.field === 'sender.region');
  if (livesIn) {
    const where = region ? `${region.value}, ${livesIn.value}` : livesIn.value;
    notes.push(`I took you to live in ${where}, from ${livesIn.because}. If that is wrong, set sender.country${region ? ' and sender.region' : ''} in the case file.`);
  } else if (region) notes.push(`I took you to live in ${region.value}, from ${region.because}. If that is wrong, set sender.region in the case file.`);
  const neverCame = resolved.assumed.find((a) => a.field === 'story.problem' && a.value === 'not-provided');
  const chargedAfter = resolved.assumed.find((a) => a.field === 'story.problem' && a.value === 'charged-after-cancelling');
  if (chargedAfter) {
    notes.push(
      `I took it that you were charged after you cancelled ("${safeForTerminal(chargedAfter.because)}"), so the letter cites no law on how the service was done. If that is wrong, set story.problem in the case file (poor-quality, not-provided or other).`,
    );
  }
  if (neverCame) {
    notes.push(
      `I took it that what you paid for never came ("${safeForTerminal(neverCame.because)}"), and wrote the letter for that. If it came but was not right, set story.problem in the case file (poor-quality, or other).`,
    );
  }
  const kind = resolved.assumed.find((a) => a.field === 'purchase.kind');
  if (kind) notes.push(`I took what you paid to be a ${kind.value}, from "${safeForTerminal(kind.because)}". If that is wrong, set purchase.kind in the case file (goods, service, subscription, booking, deposit or other).`);
  const sector = resolved.assumed.find((a) => a.field === 'recipient.sector');
  if (sector?.fromStory) {
    notes.push(`I took ${safeForTerminal(resolved.recipient.company)} to be your landlord or letting agent, as you wrote of a deposit and "${safeForTerminal(sector.because)}", for the rights and next steps the letter gives. If that is wrong, set recipient.sector in the case file.`);
  } else if (sector?.fromItem) {
    notes.push(`I took ${safeForTerminal(resolved.recipient.company)} to be ${SECTOR_WORDS[sector.value] ?? `in the ${sector.value} sector`}, as you paid it for "${safeForTerminal(sector.because)}", for the rights and next steps the letter gives. If that is wrong, set recipient.sector in the case file.`);
  } else if (sector) notes.push(`I took ${sector.because} to be ${SECTOR_WORDS[sector.value] ?? `in the ${sector.value} sector`}, from its name, for the rights and next steps the letter gives. If that is wrong, set recipient.sector in the case file.`);
  const language = resolved.assumed.find((a) => a.field === 'letter.language');
  if (language) notes.push(`I wrote the letter in ${language.value}, because ${language.because}. To write it in another language, set letter.language (en, fr, de or es) or use --language.`);
  const style = resolved.assumed.find((a) => a.field === 'letter.locale');
  const money = resolved.assumed.find((a) => a.field === 'purchase.currency');
  if (style || money) {
    const parts = [style && `dates and money are written as ${style.value} (${style.because})`, money && `amounts are in ${money.value} (${money.because})`].filter(Boolean);
    notes.push(`In this letter ${parts.join(', and ')}. To change ${style && money ? 'them' : 'it'}, set ${[style && 'letter.locale (or use --locale)', money && 'purchase.currency'].filter(Boolean).join(' or ')}.`);
  }
  const replyBy = resolved.assumed.find((a) => a.field === 'request.deadline');
  if (replyBy) {
    const days = daysBetween(date, replyBy.value);
    notes.push(
      `The reply-by date in the case file (${when(replyBy.because)}) has passed, so this ${STAGE_WORDS[stage]} asks for a reply by ${when(replyBy.value)}, ${days} days after its date. To choose another date, set request.deadline to a later one, or replace it with request.deadlineDays.`,
    );
  }
  const holidays = resolved.assumed.find((a) => a.field === 'request.replyBy');
  // A notice's own time may have moved the date on again: the note is only for the date the letter gives.
  if (holidays && holidays.value === resolved.request.deadline) {
    notes.push(
      `${holidays.because} days after the letter's date falls in the Christmas and New Year holidays, when many businesses are closed, so the letter asks for a reply by ${when(holidays.value)}. To choose another date, set request.deadline.`,
    );
  }
  const notice = resolved.assumed.find((a) => a.field === 'request.deadlineDays');
  if (notice) {
    notes.push(
      `A letter ${notice.because} must give ${resolved.recipient.company} at least ${Math.max(0, ...resolved.citedSteps.map((step) => step.minDays ?? 0))} days, so this letter asks for a reply by ${when(notice.value)}, later than the time in the case file. To keep your own time, leave out your country's next steps (letter.countrySteps: leave-out).`,
    );
  }
  if ((stage === 'reminder' || stage === 'final') && previous.length === 0) {
    notes.push(`Add the date of your earlier ${stage === 'reminder' ? 'letter' : 'letters'} to letter.previous, so the ${STAGE_WORDS[stage]} can mention ${stage === 'reminder' ? 'it' : 'them'} by date.`);
  }
  return notes;
}

/** A sector as a note names a business of it. */
const SECTOR_WORDS: Readonly<Record<string, string>> = { airline: 'an airline', energy: 'an energy supplier', telecoms: 'a telecoms provider', property: 'a letting agent or landlord' };

/** Countries whose codes a note gives as examples: those whose letters are in the letter's language ("FR"), or the English-speaking ones. */
function countryExamples(language: string | undefined): string {
  const codes = COUNTRIES.filter((info) => info.locale.startsWith(`${language ?? 'en'}-`)).map((info) => info.code);
  return codes.length <= 1 ? (codes[0] ?? 'GB') : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;
}

/** Where the letter's rights text comes from, and what is missing for it (never in the letter). */
function rightsNotes(resolved: ResolvedCase): string[] {
  const { stage, locale } = resolved.letter;
  const country = resolved.sender.country;
  const notes: string[] = [];
  if (country === undefined) {
    if (stage === 'first' || stage === 'final') {
      notes.push(`The letter cites no consumer law, because the case does not say where you live. Add sender.country (for example ${countryExamples(resolved.letter.language)}) to include your rights and the right next steps.`);
    }
    return notes;
  }
  const cited = [
    ...resolved.rights.map((right) => ({ what: right.law, source: right.source, checked: right.checked })),
    ...resolved.citedSteps.map((step) => ({ what: step.text, source: step.source, checked: step.checked })),
    ...(resolved.cardRoute ? [{ what: resolved.cardRoute.subject, source: resolved.cardRoute.source, checked: resolved.cardRoute.checked }] : []),
  ];
  if (cited.length > 0) {
    // The terminal speaks English whatever the letter's language.
    const lines = cited.map((c) => `  - ${c.what}: ${c.source} (checked ${formatDate(c.checked, locale.startsWith('en') ? locale : 'en-GB')})`);
    notes.push(`The rights and next steps in this letter are general information, not legal advice. Where they come from:\n${[...new Set(lines)].join('\n')}`);
  }
  for (const step of resolved.citedSteps) if (step.terminalNote) notes.push(step.terminalNote);
  // A next step that is made under a law (a demand letter under chapter 93A) is a law the letter cites.
  const stepUnderLaw = stage === 'final' && resolved.citedSteps.some((step) => step.law !== undefined);
  if (resolved.rights.length === 0 && (stage === 'first' || stage === 'final') && !stepUnderLaw) {
    const known = loadPack(country)?.pack.rights.length ?? -1;
    // A pack without rights (the United States: no general law on poor service) says so once, at the final letter.
    if (known === 0 && stage !== 'final') return notes;
    const where = `${countryInSentence(country)}${resolved.sender.region !== undefined && known === 0 ? ` (${regionName(resolved.sender.region) ?? resolved.sender.region})` : ''}`;
    notes.push(
      known < 0
        ? `The letter cites no consumer law: redress knows none for ${where} yet. A consumer advice service there can tell you which law applies; you can add it yourself (see "Rights packs" in the README).`
        : known === 0
          ? `The letter cites no consumer law: redress knows no law it can cite for this case in ${where}, and cites nothing rather than a law beside the point. A consumer protection office there can tell you which laws apply; you can add them yourself (see "Rights packs" in the README).`
          : homeLetByBusiness(resolved)
            ? `The letter cites no consumer law: redress knows none it can cite for a rented home in ${countryInSentence(country)} (a tenancy is no purchase of goods or services), and cites nothing rather than a law beside the point. A housing or tenancy advice service there can tell you which law applies; you can add it yourself (see "Rights packs" in the README).`
            : resolved.purchase.kind === undefined
            ? `The letter cites no consumer law, as it does not know what kind of purchase this was. Add purchase.kind to the case file (goods, service, subscription, booking, deposit or other): where redress knows a law in ${countryInSentence(country)} for that kind of purchase and problem, the letter will cite it.`
            : `The letter cites no consumer law: redress knows none for this kind of purchase${resolved.story.problem !== undefined ? ' and problem' : ''} in ${countryInSentence(country)}, and cites nothing rather than a law beside the point. You can add your own (see "Rights packs" in the README).`,
    );
  }
  const info = countryInfo(country);
  if (info?.regions && resolved.sender.region === undefined && stage === 'final' && (resolved.citedSteps.length > 0 || resolved.letter.nextSteps.length === 0)) {
    notes.push(`Where you live within ${countryInSentence(country)} can change the next steps (courts and tribunals differ). Add sender.region to the case file, for example ${info.regions[0]!.name}.`);
  }
  return notes;
}
