// The escalation ladder and the notes printed with a letter (recording a letter: test/dispute/record-letter.test.ts).
import { describe, expect, it } from 'vitest';
import { withRights } from '../../src/rights/cite.js';
import { resolveCase } from '../../src/case/resolve.js';
import type { Case } from '../../src/case/schema.js';
import { nextLetter, nextStage, replyByDate, stageNotes } from '../../src/letter/ladder.js';
import { produceLetter } from '../../src/letter/produce.js';
import { fullCase, minimalCase } from './cases.js';

const withLetter = (letter: Case['letter'], base: Case = minimalCase('first', 'refund')): Case => ({ ...base, letter });

describe('nextStage', () => {
  const today = '2026-12-31';
  it('follows first -> reminder -> final -> card-dispute by the letters sent', () => {
    expect(nextStage(withLetter(undefined), today)).toBe('first');
    expect(nextStage(withLetter({ previous: ['2026-10-01'] }), today)).toBe('reminder');
    expect(nextStage(withLetter({ previous: ['2026-10-01', '2026-10-20'] }), today)).toBe('final');
    expect(nextStage(withLetter({ previous: ['2026-10-01', '2026-10-20', '2026-11-10'] }), today)).toBe('card-dispute');
    expect(nextStage(withLetter({ previous: ['2026-10-01', '2026-10-20', '2026-11-10', '2026-12-01'] }), today)).toBeUndefined();
  });

  it('takes letter.stage as the stage the case has reached', () => {
    // The README's way: a reminder with the first letter's date. Not sent yet, so: the reminder.
    expect(nextStage(withLetter({ stage: 'reminder', previous: ['2026-10-01'] }), today)).toBe('reminder');
    // Once the reminder is recorded: the final letter.
    expect(nextStage(withLetter({ stage: 'reminder', previous: ['2026-10-01', '2026-10-20'] }), today)).toBe('final');
    // A first letter never written down: still at least the reminder.
    expect(nextStage(withLetter({ stage: 'reminder' }), today)).toBe('reminder');
    expect(nextStage(withLetter({ stage: 'card-dispute', previous: ['2026-10-01'] }), today)).toBe('card-dispute');
    expect(nextStage(withLetter({ stage: 'first', previous: ['2026-10-01', '2026-10-20'] }), today)).toBe('final');
  });

  it('goes to the final letter after a refusal: a reminder is for a letter left unanswered', () => {
    const refused = (date: string): Case => ({ ...withLetter({ previous: ['2026-10-01'] }), history: { replies: [{ date, kind: 'refusal' }] } });
    expect(nextStage(refused('2026-10-08'), today)).toBe('final');
    const step = nextLetter(refused('2026-10-08'), '2026-10-09');
    // No wait for the reply-by date either: they have answered.
    expect(step.waitUntil).toBeUndefined();
    // A refusal before the last letter was answered by that letter already.
    expect(nextStage(refused('2026-09-20'), today)).toBe('reminder');
  });

  it('counts only letters sent by today, in any order', () => {
    expect(nextStage(withLetter({ previous: ['2026-10-20', '2026-10-01'] }), today)).toBe('final');
    const planned = nextLetter(withLetter({ previous: ['2026-10-01', '2027-01-05'] }), today);
    expect(planned.stage).toBe('reminder');
    expect(planned.sent).toEqual(['2026-10-01']);
    expect(planned.notes.join(' ')).toContain('January 5, 2027, after today');
  });
});

describe('nextLetter: how today is used', () => {
  it('says when the last letter\'s reply-by date has not passed yet', () => {
    const c = withLetter({ previous: ['2026-12-01'] });
    const early = nextLetter(c, '2026-12-10');
    expect(early.stage).toBe('reminder');
    expect(early.waitUntil).toBe('2026-12-15');
    expect(early.notes).toEqual([
      'Your letter of December 1, 2026 asked for a reply by December 15, 2026, 5 days from now. Unless Peak Fitness has already said no, give them until then before you send the reminder.',
    ]);
    expect(nextLetter(c, '2026-12-15').notes[0]).toContain('which is today. Unless Peak Fitness has already said no, wait until tomorrow before you send');
    const late = nextLetter(c, '2026-12-16');
    expect(late.waitUntil).toBeUndefined();
    expect(late.notes).toEqual([]);
  });

  it('writes its dates as the writer\'s country does, without a letter.locale', () => {
    const uk: Case = { ...withLetter({ previous: ['2026-12-01'] }), sender: { ...minimalCase('first', 'refund').sender, country: 'GB' } };
    delete uk.letter!.locale;
    expect(nextLetter(uk, '2026-12-10').notes[0]).toMatch(/^Your letter of 1 December 2026 asked for a reply by 15 December 2026/);
    // A letter in French: the note is English, its dates written the British way.
    const fr: Case = { ...uk, sender: { ...uk.sender, country: 'FR' } };
    expect(nextLetter(fr, '2026-12-10').notes[0]).toMatch(/^Your letter of 1 December 2026/);
  });

  it('uses the case\'s own deadline rule', () => {
    const c = withLetter({ previous: ['2026-12-01'] });
    expect(replyByDate({ ...c, request: { ...c.request, deadlineDays: 20 } }, '2026-12-01')).toBe('2026-12-21');
    // 31 December falls between Christmas and New Year: the first working day after them.
    expect(replyByDate({ ...c, request: { ...c.request, deadlineDays: 30 } }, '2026-12-01')).toBe('2027-01-04');
    expect(replyByDate({ ...c, request: { ...c.request, deadline: '2027-01-15' } }, '2026-12-01')).toBe('2027-01-15');
    // A fixed deadline that was for an earlier letter does not hold the next one back.
    expect(replyByDate({ ...c, request: { ...c.request, deadline: '2026-12-05' } }, '2026-12-01')).toBe('2026-12-15');
  });

  it('says what to add when the stage is ahead of the letters, and when the ladder is done', () => {
    expect(nextLetter(withLetter({ stage: 'final' }), '2026-12-31').notes[0]).toContain('Add the dates of your earlier letters to letter.previous');
    const done = nextLetter(withLetter({ previous: ['2026-10-01', '2026-10-20', '2026-11-10', '2026-12-01'] }), '2026-12-31');
    expect(done.stage).toBeUndefined();
    expect(done.notes[0]).toContain('The card dispute is the last letter redress writes');
  });

  it('rejects a today that is not a date', () => {
    expect(() => nextLetter(withLetter(undefined), '31/12/2026')).toThrow();
  });
});

describe('stageNotes', () => {
  // As draft sees it: with what the writer's country's rights pack adds.
  const resolved = (c: Case) => {
    const r = resolveCase(c);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return withRights(r.value);
  };

  it('says when a fee paid again and again is asked back as one payment, and how to ask for more', () => {
    const c = minimalCase('first', 'refund');
    c.sender.country = 'GB';
    c.purchase = { ...c.purchase, amount: 22, period: 'month' };
    delete c.request.amount;
    expect(stageNotes(resolved(c), c)).toContainEqual('The letter asks for one payment of £22.00 back, as request.amount is not given. If more payments are affected, set request.amount to their total (for example £66.00 for three).');
    // A sum asked for, or a one-off price, needs no such note.
    const asked = { ...c, request: { ...c.request, amount: 110 } };
    expect(stageNotes(resolved(asked), asked).join('\n')).not.toContain('asks for one payment');
    const once = { ...c, purchase: { ...c.purchase, period: undefined } };
    expect(stageNotes(resolved(once), once).join('\n')).not.toContain('asks for one payment');
  });

  it('says when a partial refund does not say why that part', () => {
    const c = minimalCase('first', 'partial-refund');
    c.sender.country = 'GB';
    c.purchase = { ...c.purchase, amount: 850 };
    c.request = { ...c.request, remedy: 'partial-refund', amount: 200, reason: undefined };
    expect(stageNotes(resolved(c), c).join('\n')).toContain('The letter asks for £200.00 back without saying why that part. Add request.reason');
    const why = { ...c, request: { ...c.request, reason: 'for the second day you charged' } };
    expect(stageNotes(resolved(why), why).join('\n')).not.toContain('without saying why');
  });

  it('reminds of the 60 days of US billing-error disputes, with the last day', () => {
    const us = fullCase('card-dispute', 'refund');
    us.sender.country = 'US';
    us.purchase.kind = 'service';
    const notes = stageNotes(resolved(us));
    // Statement of 2026-11-20 + 60 days = 2027-01-19; the letter is dated 2026-12-10.
    expect(notes).toEqual([
      'US card issuers must receive a billing-error dispute within 60 days of the statement that first showed the charge: for your statement of November 20, 2026, by January 19, 2027 (40 days after the letter date). Send it in writing to the billing-error address on your statement (not the payment address), and keep a copy.',
    ]);
  });

  it('says when the statement given may not be the first that showed the charge', () => {
    const us = fullCase('card-dispute', 'refund');
    us.sender.country = 'US';
    us.purchase.kind = 'service';
    us.purchase.date = '2026-08-14';
    expect(stageNotes(resolved(us))[0]).toContain('The charge (August 14, 2026) came more than six weeks before that statement: if an earlier statement already showed it, the 60 days run from that one');    // A membership's date is when its payments began, not the charge disputed.
    us.purchase.period = 'month';
    us.purchase.date = '2021-03-01';
    expect(stageNotes(resolved(us))[0]).not.toContain('came more than six weeks');
  });

  it('says nothing of the 60 days of US billing-error disputes for a debit card, which they do not cover', () => {
    const debit = fullCase('card-dispute', 'refund');
    debit.sender.country = 'US';
    debit.purchase = { ...debit.purchase, paidWith: 'debit-card' };
    expect(stageNotes(resolved(debit)).join('\n')).not.toMatch(/60 days|billing-error/);
  });

  it('writes no card dispute for a payment not made by card, nor for costs alone outside section 75', () => {
    const transfer = fullCase('card-dispute', 'refund');
    transfer.sender.country = 'GB';
    transfer.purchase = { ...transfer.purchase, paidWith: 'bank-transfer', currency: 'GBP' };
    const refused = resolveCase(transfer);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problems[0]!.path).toBe('purchase.paidWith');
      expect(refused.problems[0]!.message).toContain('says you paid by bank transfer');
      expect(refused.problems[0]!.message).toContain('write the final letter to the business instead (--stage final)');
    }
    const costs = fullCase('card-dispute', 'compensation');
    costs.sender.country = 'AU';
    costs.purchase = { ...costs.purchase, paidWith: 'debit-card', currency: 'AUD' };
    const produced = produceLetter(costs, { format: 'text' });
    expect(produced.ok).toBe(false);
    if (!produced.ok) expect(produced.problems[0]!.path).toBe('request.remedy');
    // The ladder ends with the final letter when there is no card payment to dispute.
    const ladder = fullCase('final', 'refund');
    ladder.purchase = { ...ladder.purchase, paidWith: 'paypal' };
    ladder.letter = { ...ladder.letter, previous: ['2026-09-01', '2026-09-20', '2026-10-10'] };
    const next = nextLetter(ladder, '2026-12-01');
    expect(next.stage).toBeUndefined();
    expect(next.notes.join('\n')).toContain('The case says you did not pay by card, so there is no card dispute to write');
    ladder.purchase = { ...ladder.purchase, paidWith: 'debit-card' };
    expect(nextLetter(ladder, '2026-12-01').stage).toBe('card-dispute');
  });

  it('writes no card dispute when the case names no payment (a charge demanded, not paid)', () => {
    const unpaid = fullCase('card-dispute', 'correction');
    unpaid.purchase = { ...unpaid.purchase, amount: undefined, price: undefined };
    const refused = resolveCase(unpaid);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.problems[0]!.path).toBe('purchase.amount');
      expect(refused.problems[0]!.message).toContain('if you have paid nothing (a charge demanded but not paid), write the final letter');
    }
    const ladder = { ...unpaid, letter: { ...unpaid.letter, stage: 'final' as const, previous: ['2026-09-01', '2026-09-20', '2026-10-10'] } };
    const next = nextLetter(ladder, '2026-12-01');
    expect(next.stage).toBeUndefined();
    expect(next.notes.join('\n')).toContain('You have sent 3 letters, the last on');
    expect(next.notes.join('\n')).toContain('The case names no payment you made (purchase.amount), so there is no card dispute to write');
  });

  it('points out words of time in the answers that a follow-up letter may make untrue', () => {
    const c = fullCase('final', 'refund');
    c.story.outcome = ["it's now Oct and nothing has happened"];
    c.letter = { ...c.letter, date: '2026-11-20', previous: ['2026-10-05', '2026-10-25'] };
    expect(stageNotes(resolved(c)).join('\n')).toContain('Your answers say "it\'s now Oct" (story.outcome), written for your first letter of October 5, 2026; this final letter is dated November 20, 2026.');
    const first = fullCase('first', 'refund');
    first.story.outcome = ["it's now Oct and nothing has happened"];
    expect(stageNotes(resolved(first)).join('\n')).not.toContain('Your answers say');
    // A span inside the story stays true whenever the letter is written.
    const span = fullCase('final', 'refund');
    span.story.outcome = ['it came loose three times in five weeks'];
    span.letter = { ...span.letter, date: '2026-11-20', previous: ['2026-10-05', '2026-10-25'] };
    expect(stageNotes(resolved(span)).join('\n')).not.toContain('Your answers say');
    span.story.outcome = ['I have had no heating for three weeks now'];
    expect(stageNotes(resolved(span)).join('\n')).toContain('Your answers say "for three weeks now"');
  });

  it('says when the 60 days have passed, or how to find the last day', () => {
    const late = fullCase('card-dispute', 'refund');
    late.sender.country = 'US';
    late.card!.statementDate = '2026-09-01';
    expect(stageNotes(resolved(late))[0]).toContain('that was October 31, 2026, before the letter date');
    const unknown = fullCase('card-dispute', 'refund');
    unknown.sender.country = 'US';
    delete unknown.card!.statementDate;
    expect(stageNotes(resolved(unknown))[0]).toContain('Add card.statementDate to the case file to see your last day');
    // A one-off charge months before the letter: the statement that showed it is too old for a billing-error notice.
    const old = fullCase('card-dispute', 'refund');
    old.sender.country = 'US';
    delete old.card!.statementDate;
    old.purchase.date = '2026-06-01';
    const oldNotes = stageNotes(resolved(old));
    expect(oldNotes[0]).toMatch(/^The charge \(June 1, 2026\) is most likely too old for a billing-error dispute under the Fair Credit Billing Act, .* so the letter asks for an ordinary dispute\./);
    expect(resolved(old).cardRoute?.kind).not.toBe('fcba');
  });

  it('asks for the card details and earlier attempts a dispute needs', () => {
    const bare = minimalCase('card-dispute', 'refund');
    const notes = stageNotes(resolved(bare));
    expect(notes).toContain('Add card.last4 (the last four digits of the card) and card.issuer to the case file, so the issuer can find the charge.');
    expect(notes.filter((note) => note.includes('Issuers expect you to have tried to settle it with Peak Fitness first'))).toHaveLength(1);
    // Without a country, nothing country-specific: it asks where the writer lives instead.
    expect(notes.join('\n')).not.toMatch(/60 days|billing-error/);
    expect(notes[0]).toContain('Add sender.country');
  });

  it('says that a card dispute asks for the money back when the case asked for the work to be put right', () => {
    const said = (remedy: 'correction' | 'refund') => {
      const c = minimalCase('card-dispute', remedy);
      c.purchase.amount ??= 40;
      return stageNotes(resolved(c)).join('\n');
    };
    expect(said('correction')).toContain('Your case asks Peak Fitness to put things right, and a card issuer cannot do that: it can only reverse the payment');
    expect(said('refund')).not.toContain('cannot do that');
  });

  it('has nothing to say about a complete first letter; asks for dates for a reminder without them', () => {
    const complete = (stage: 'first' | 'final') => {
      const c = fullCase(stage, 'refund');
      c.sender.country = 'US';
      c.purchase.kind = 'service';
      return c;
    };
    expect(stageNotes(resolved(complete('first')))).toEqual([]);
    // Only the writer's own next steps: nothing from the rights pack, so nothing to source.
    const ownOnly = complete('final');
    ownOnly.letter!.countrySteps = 'leave-out';
    // A final letter says once that it cites no law, where redress knows none to cite.
    expect(stageNotes(resolved(ownOnly))).toEqual([expect.stringContaining('redress knows no law it can cite for this case in the United States')]);
    // The country's next steps are added to the writer's own, so their sources are shown.
    expect(stageNotes(resolved(complete('final')))[0]).toMatch(/Where they come from:\n {2}- ask my state's consumer protection office for help: https:\/\//);
    const packSteps = complete('final');
    delete packSteps.letter!.nextSteps;
    packSteps.sender.region = 'IL';
    expect(stageNotes(resolved(packSteps))).toEqual([
      expect.stringMatching(/^The rights and next steps in this letter are general information, not legal advice\. Where they come from:\n {2}- file a complaint with the Illinois Attorney General's Consumer Protection Division: https:\/\//),
      expect.stringContaining('redress knows no law it can cite for this case in the United States (Illinois)'),
    ]);
    expect(stageNotes(resolved(minimalCase('reminder', 'refund')))).toEqual([
      // Nor any way to reach the writer.
      'The letter gives the business no way to reach you. Add sender.email, sender.phone or sender.address, so they can reply.',
      // Its story is of a membership cancelled and charged for again, which the letter is written for.
      'I took it that you were charged after you cancelled ("I was charged again on 1 October and 1 November."), so the letter cites no law on how the service was done. If that is wrong, set story.problem in the case file (poor-quality, not-provided or other).',
      // A membership is paid again and again.
      'I took what you paid to be a subscription, from "monthly gym membership". If that is wrong, set purchase.kind in the case file (goods, service, subscription, booking, deposit or other).',
      // The minimal case names neither a currency nor a country: the letter's dollars are a guess, and it says so.
      'In this letter amounts are in USD (no currency or country was given). To change it, set purchase.currency.',
      'Add the date of your earlier letter to letter.previous, so the reminder can mention it by date.',
    ]);
  });
});
