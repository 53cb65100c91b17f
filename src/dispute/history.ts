// The dispute as the case file records it: letters sent and replies received.
//
// `history.letters` says what each letter was; `letter.previous`, the older record, lists
// dates only. Both are read: a date in letter.previous without an entry in history.letters
// is a letter of the ladder whose stage is not known. `draft --record` writes both, so a
// file keeps working with tools (and templates) that know only letter.previous.
import { STAGES, type Case, type LetterKind, type ReplyKind, type Stage } from '../case/schema.js';

export interface SentLetter {
  date: string;
  /** Undefined for a date from letter.previous alone. */
  stage?: LetterKind;
  format?: string;
  /** The reply-by date the letter gave, when recorded (a notice may have given more days than the case asks for). */
  replyBy?: string;
}

export type Reply = NonNullable<NonNullable<Case['history']>['replies']>[number];

export const isLadderStage = (kind: LetterKind | undefined): kind is Stage => kind === undefined || (STAGES as readonly string[]).includes(kind);
export const isOfferReply = (kind: ReplyKind) => kind === 'offer' || kind === 'correction';

/**
 * Every letter sent, oldest first (letters on the same day in the order they were recorded).
 * A letter recorded twice (the same day and stage: `draft --record` run again) is one letter.
 */
export function lettersSent(c: Case): SentLetter[] {
  const seen = new Set<string>();
  const recorded = (c.history?.letters ?? []).filter((l) => {
    const key = `${l.date} ${l.stage ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const letters: SentLetter[] = recorded.map((l) => ({ date: l.date, ...(l.stage !== undefined && { stage: l.stage }), ...(l.format !== undefined && { format: l.format }), ...(l.replyBy !== undefined && { replyBy: l.replyBy }) }));
  const known = new Set(recorded.map((l) => l.date));
  for (const date of c.letter?.previous ?? []) if (!known.has(date)) letters.push({ date });
  return letters.map((l, i) => ({ l, i })).sort((a, b) => (a.l.date < b.l.date ? -1 : a.l.date > b.l.date ? 1 : a.i - b.i)).map(({ l }) => l);
}

/** Letters recorded with a date after `today`, and where the case file records them. */
export function lettersAfter(c: Case, today: string): { date: string; field: 'history.letters' | 'letter.previous' }[] {
  const recorded = new Set((c.history?.letters ?? []).map((l) => l.date));
  return [...new Set(lettersSent(c).map((l) => l.date))].filter((date) => date > today).map((date) => ({ date, field: recorded.has(date) ? 'history.letters' : 'letter.previous' }));
}

/** The case as it stands on `today`: letters recorded after it are left out (they are not counted). */
export function asOf(c: Case, today: string): Case {
  if (lettersAfter(c, today).length === 0) return c;
  return {
    ...c,
    ...(c.letter && { letter: { ...c.letter, ...(c.letter.previous && { previous: c.letter.previous.filter((d) => d <= today) }) } }),
    ...(c.history && { history: { ...c.history, ...(c.history.letters && { letters: c.history.letters.filter((l) => l.date <= today) }) } }),
  };
}

/**
 * A letter.date written in the case file that cannot be the date of the next letter: on or
 * before a letter already sent, or before a reply already received (a case file often keeps
 * the date of its first letter). Undefined when the case gives no date or a later one.
 */
export function staleLetterDate(c: Case): string | undefined {
  const date = c.letter?.date;
  if (date === undefined) return undefined;
  const lastLetter = lettersSent(c).at(-1)?.date;
  const lastReply = repliesReceived(c).at(-1)?.date;
  return (lastLetter !== undefined && date <= lastLetter) || (lastReply !== undefined && date < lastReply) ? date : undefined;
}

/** Replies, oldest first. */
export function repliesReceived(c: Case): Reply[] {
  return [...(c.history?.replies ?? [])].map((r, i) => ({ r, i })).sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.i - b.i)).map(({ r }) => r);
}

/** The dates of earlier letters for a letter dated `date`: letter.previous, and the letters recorded before that date. */
export function previousDates(c: Case, date: string): string[] {
  // The letters recorded in history count too when letter.previous lists only some of them (a
  // file that recorded its first letter in history and its next in letter.previous).
  const recorded = (c.history?.letters ?? []).map((l) => l.date).filter((d) => d < date);
  return [...new Set([...(c.letter?.previous ?? []), ...recorded])].sort();
}

/**
 * Where an offer the writer accepted stands by `today`: their written acceptance, a reminder of
 * it sent since, and the day it is due (the day the business gave, else the one the acceptance asked for).
 */
export function acceptedOfferProgress(c: Case, offer: Reply, today: string): { acceptance?: SentLetter; reminded?: SentLetter; due?: string } {
  const letters = lettersSent(c).filter((l) => l.date >= offer.date && l.date <= today);
  const acceptance = letters.find((l) => l.stage === 'accept-offer');
  const reminded = acceptance && letters.find((l) => l.stage === 'offer-reminder');
  const due = offer.by ?? acceptance?.replyBy;
  return { ...(acceptance && { acceptance }), ...(reminded && { reminded }), ...(due !== undefined && { due }) };
}

/** The writer's reason for turning down an accepted offer that was not kept, as `reply --reject --reason` takes it. */
export const notKept = (offer: Reply) => (offer.amount !== undefined ? 'the payment you agreed has not arrived' : 'what you agreed has not been done');

/** What an offer letter answers: the latest offer or correction, when nothing later has superseded it. */
export function openOffer(c: Case): Reply | undefined {
  const replies = repliesReceived(c);
  const last = replies[replies.length - 1];
  return last && isOfferReply(last.kind) ? last : undefined;
}
