// What English letters say of recurring fees, and how a card dispute speaks of the merchant:
// real letters for realistic cases, typed the way people type them.
import { describe, expect, it } from 'vitest';
import { caseSchema, type Case, type Stage } from '../../src/case/schema.js';
import { validateCase } from '../../src/case/validate.js';
import { produceLetter } from '../../src/letter/produce.js';
import { checkTone } from '../../src/tone/index.js';
import { lintLetter } from '../support/letter-lint.js';

type Change = (c: Case) => void;

/** A UK streaming subscription whose price went up from £30 to £45 a month. */
const subscription = (): Case =>
  ({
    sender: { name: 'Priya Shah', email: 'priya.shah@example.co.uk', address: '14 Mill Lane, Reading RG1 2AB', country: 'GB' },
    recipient: { company: 'StreamPlus', sector: 'telecoms' },
    purchase: { item: 'Premium streaming subscription', kind: 'subscription', date: '2026-03-01', amount: 45, period: 'month', currency: 'GBP', paidWith: 'credit-card' },
    story: {
      circumstances: 'I signed up in March at £30 a month, fixed for a year. In June the price went up to £45 a month without notice.',
      expectations: 'the price would stay at £30 a month for 12 months',
      outcome: 'I was charged £45 in June and July',
    },
    request: { remedy: 'refund', amount: 90 },
    card: { issuer: 'Barclaycard', last4: '1234' },
    letter: { date: '2026-08-20', previous: ['2026-07-15', '2026-08-01'] },
  }) as Case;

/** A US roofer who took a deposit and left; the story speaks to the roofer. */
const roofer = (): Case =>
  ({
    sender: { name: 'Nadia Haddad', email: 'nadia.haddad@example.com', country: 'US', region: 'TX' },
    recipient: { company: 'Lone Star Roofing LLC', contact: 'Mr. Bill Carter, Owner' },
    purchase: { item: 'Roof repair', kind: 'service', date: '2026-04-02', reference: 'INV-3381', price: 4200, amount: 2100, currency: 'USD', paidWith: 'credit-card' },
    story: {
      circumstances: 'You took a 50% deposit and started on April 2. Your crew removed the old shingles and then didn’t return.',
      expectations: 'the roof finished within two weeks, as your quote says',
      outcome: 'a tarp over half the roof since April 9',
      impact: 'Water came through the ceiling in the storm on May 3.',
    },
    contacts: [
      { date: '2026-04-20', channel: 'phone', who: 'Bill Carter', result: 'he promised the crew would be back on Monday' },
      { date: '2026-05-04', channel: 'email', result: 'you said you were too busy and would come in June' },
    ],
    request: { remedy: 'either', correction: 'finish the roof within 10 days', amount: 2100 },
    card: { issuer: 'American Express', last4: '1005', statementDate: '2026-04-10' },
    letter: { date: '2026-05-20', previous: ['2026-05-05'] },
  }) as Case;

function letter(base: () => Case, stage: Stage, change: Change = () => {}): string {
  const c = base();
  c.letter = { ...c.letter, stage };
  change(c);
  const produced = produceLetter(c, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  const text = produced.output.content;
  const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
  const findings = lintLetter(text, {
    company: c.recipient.company,
    currency: c.purchase.currency,
    locale: produced.letter.case.letter.locale,
    country: c.sender.country,
    stage,
    issuer: c.card?.issuer,
    item: c.purchase.item,
    contact: c.recipient.contact,
    impact: c.story.impact,
    period: c.purchase.period,
    remedy: c.request.remedy,
    senderEmail: c.sender.email,
    userText: [c.story.circumstances, ...asList(c.story.expectations), ...asList(c.story.outcome), ...(c.contacts ?? []).flatMap((x) => [x.result ?? '', x.who ?? '']), c.request.correction ?? '', c.request.reason ?? ''],
  });
  expect(findings.map((f) => `${f.kind}: ${f.message}`)).toEqual([]);
  expect(checkTone(text).filter((f) => f.severity === 'error')).toEqual([]);
  return text;
}

const STAGES: Stage[] = ['first', 'reminder', 'final', 'card-dispute'];

describe('a recurring fee is stated as the case states it', () => {
  it('the agreed fee and what was paid in all: never a total "a month"', () => {
    const changed: Change = (c) => Object.assign(c.purchase, { price: 30, amount: 160 });
    for (const stage of STAGES.slice(0, 3)) {
      const text = letter(subscription, stage, changed);
      expect(text).toContain('The agreed fee was £30.00 a month, and I have paid £160.00 in all since 1 March 2026.');
      expect(text).not.toMatch(/£160\.00 a month/);
    }
    const dispute = letter(subscription, 'card-dispute', changed);
    expect(dispute).toContain('- Agreed fee: £30.00 a month\n- Paid in all: £160.00\n');
    expect(dispute).not.toMatch(/£160\.00 a month/);
  });

  it('a fee charged above the agreed one is stated as charged', () => {
    const text = letter(subscription, 'first', (c) => Object.assign(c.purchase, { price: 30, amount: 45 }));
    expect(text).toContain('I have paid for it since 1 March 2026. The agreed fee was £30.00 a month, but I was charged £45.00 a month.');
  });

  it('each payment towards a contract’s agreed total price', () => {
    const text = letter(subscription, 'first', (c) => Object.assign(c.purchase, { price: 540, amount: 45 }));
    expect(text).toContain('I have paid £45.00 a month for it since 1 March 2026, towards the agreed price of £540.00.');
  });

  it('the agreed fee alone is not said to have been paid', () => {
    const text = letter(subscription, 'first', (c) => {
      Object.assign(c.purchase, { price: 30 });
      delete c.purchase.amount;
    });
    expect(text).toContain('I have paid for it since 1 March 2026. The agreed fee is £30.00 a month.');
  });

  it('the agreed fee of a membership the writer cancelled is told in the past', () => {
    const text = letter(subscription, 'first', (c) => {
      Object.assign(c.purchase, { price: 30 });
      delete c.purchase.amount;
      c.story.problem = 'charged-after-cancelling';
    });
    expect(text).toContain('I paid for it from 1 March 2026. The agreed fee was £30.00 a month.');
    expect(text).not.toContain('fee is');
  });

  it('what went wrong written as people write it ("faulty", "never arrived", "Double charged")', () => {
    const problem = (typed: string) => caseSchema.parse({ ...subscription(), story: { ...subscription().story, problem: typed } }).story.problem;
    expect(problem('faulty')).toBe('poor-quality');
    expect(problem('Never arrived')).toBe('not-provided');
    expect(problem('Double charged')).toBe('overcharged');
    expect(problem('charged after cancellation')).toBe('charged-after-cancelling');
    expect(problem('bond not returned')).toBe('deposit-not-returned');
    expect(() => problem('cancelled')).toThrow(/expected one of poor-quality, not-provided/);
    expect(problem('flight cancelled')).toBe('not-provided');
    expect(problem('vol annulé')).toBe('not-provided');
  });

  it('a period written as people write it ("monthly", "Annually")', () => {
    const monthly = caseSchema.parse({ ...subscription(), purchase: { ...subscription().purchase, period: 'monthly' } });
    expect(monthly.purchase.period).toBe('month');
    expect(caseSchema.parse({ ...subscription(), purchase: { ...subscription().purchase, period: 'Annually' } }).purchase.period).toBe('year');
  });

  it('a way of paying written as people write it, in the languages of the letters', () => {
    const paid = (typed: string) => caseSchema.parse({ ...subscription(), purchase: { ...subscription().purchase, paidWith: typed } }).purchase.paidWith;
    expect(paid('Credit card')).toBe('credit-card');
    expect(paid('carte bancaire')).toBe('debit-card');
    expect(paid('Virement bancaire')).toBe('bank-transfer');
    expect(paid('Überweisung')).toBe('bank-transfer');
    // Debit networks with no chargeback for a dispute with the seller are "other": no card dispute is written.
    expect(paid('EC-Karte')).toBe('other');
    expect(paid('tarjeta de crédito')).toBe('credit-card');
    expect(paid('efectivo')).toBe('cash');
    expect(paid('cheque')).toBe('other');
    expect(paid('Zelle')).toBe('bank-transfer');
    expect(() => paid('postal order')).toThrow(/expected one of credit-card, debit-card/);
    expect(paid('Visa debit')).toBe('debit-card');
    expect(paid('Interac')).toBe('other');
    expect(paid('eftpos')).toBe('other');
    expect(paid('Carte de debit')).toBe('debit-card');
  });

  it('a card that may be credit or debit ("Visa") is not guessed: the writer is asked which it is', () => {
    const paid = (typed: string) => validateCase({ ...subscription(), purchase: { ...subscription().purchase, paidWith: typed } });
    for (const typed of ['Visa', 'mastercard', 'card', 'Apple Pay']) {
      const result = paid(typed);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.message).toMatch(new RegExp(`^"${typed}" may be a credit or a debit card: write credit-card or debit-card`));
    }
  });

  it('a phrase naming two ways of paying, or one it was not, is not read as one: the writer is asked which it was', () => {
    const paid = (typed: string) => validateCase({ ...subscription(), purchase: { ...subscription().purchase, paidWith: typed } });
    for (const [typed, word] of [['cash or card', 'or'], ['credit card and PayPal', 'and'], ['not a credit card', 'not']]) {
      const result = paid(typed!);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.message).toBe(`"${typed}" is not one way of paying (it has "${word}" in it): write the one you used: credit-card, debit-card, bank-transfer, cash, paypal, direct-debit, other`);
    }
  });

  it('a phrase naming two ways of paying asks for one, the card when part was paid by card', () => {
    const result = validateCase({ ...subscription(), purchase: { ...subscription().purchase, paidWith: 'credit card (£1,000 deposit) rest bank transfer' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.message).toBe(
        '"credit card (£1,000 deposit) rest bank transfer" names more than one way of paying (credit-card, bank-transfer): write just one; if part was paid by card, write credit-card (a card payment, even of a part, can often be disputed with the card\'s bank)',
      );
    }
  });

  it('a reason naming a thing singled out by "that" gives it "the"', () => {
    const why = (reason: string) => letter(roofer, 'first', (c) => (c.request = { remedy: 'partial-refund', amount: 380, reason }));
    expect(why('for gutter repair that did not work')).toContain('for the gutter repair that did not work.');
    expect(why('for everything that was not done')).toContain('for everything that was not done.');
  });

  it('a partial refund whose reason is a cost the problem caused is asked as reimbursement, never as part of the price', () => {
    const costs = (reason: string) => letter(roofer, 'first', (c) => (c.request = { remedy: 'partial-refund', amount: 380, reason }));
    const text = costs('for the cost of the ceiling repair after the storm');
    expect(text).toContain('Please reimburse $380.00 for the cost of the ceiling repair after the storm.');
    expect(text).toMatch(/^Subject: Request for reimbursement: /);
    expect(text).not.toContain('$380.00 of the $2,100.00 I paid');
    expect(letter(roofer, 'reminder', (c) => (c.request = { remedy: 'partial-refund', amount: 380, reason: 'the costs of the ceiling repair' }))).toContain('to ask for $380.00 for the costs of the ceiling repair.');
    expect(letter(roofer, 'first', (c) => (c.request = { remedy: 'refund', amount: 380, reason: 'for the cost of the ceiling repair' }))).toContain('Please reimburse $380.00 for the cost of the ceiling repair.');
    const either = letter(roofer, 'first', (c) => (c.request = { remedy: 'either', correction: 'finish the roof within 10 days', amount: 380, reason: 'for the cost of the ceiling repair' }));
    expect(either).toContain('Please either put this right (finish the roof within 10 days) or reimburse $380.00 for the cost of the ceiling repair.');
    expect(either).toMatch(/^Subject: Request to put things right or for reimbursement: /);
    // A reason that is part of the price keeps the refund.
    expect(costs('for the half of the roof that was never finished')).toContain('Please refund $380.00 of the $2,100.00 I paid, for the half of the roof that was never finished.');
  });

  it('words typed without their accents', () => {
    const parsed = (story: Record<string, string>, purchase: Record<string, string> = {}) => caseSchema.parse({ ...subscription(), purchase: { ...subscription().purchase, ...purchase }, story: { ...subscription().story, ...story } });
    expect(parsed({ problem: 'mauvaise qualite' }).story.problem).toBe('poor-quality');
    expect(parsed({ problem: 'endommage' }).story.problem).toBe('poor-quality');
    expect(parsed({ problem: 'nunca llego' }).story.problem).toBe('not-provided');
    expect(parsed({}, { kind: 'reservation' }).purchase.kind).toBe('booking');
    expect(parsed({}, { kind: 'Mitgliedschaft' }).purchase.kind).toBe('subscription');
    expect(parsed({ problem: 'kaputt' }).story.problem).toBe('poor-quality');
  });

  it('what went wrong, what is wanted and the kind of purchase, written in French, German or Spanish', () => {
    const parsed = (over: { problem?: string; remedy?: string; kind?: string; period?: string }) => {
      const base = subscription();
      return caseSchema.parse({
        ...base,
        purchase: { ...base.purchase, ...(over.kind && { kind: over.kind }), ...(over.period && { period: over.period }) },
        story: { ...base.story, ...(over.problem && { problem: over.problem }) },
        request: { ...base.request, ...(over.remedy && { remedy: over.remedy, correction: 'x' }) },
      });
    };
    expect(parsed({ problem: 'mangelhaft' }).story.problem).toBe('poor-quality');
    expect(parsed({ problem: 'nie angekommen' }).story.problem).toBe('not-provided');
    expect(parsed({ problem: 'cobro indebido' }).story.problem).toBe('overcharged');
    expect(parsed({ problem: 'Malfaçon' }).story.problem).toBe('poor-quality');
    expect(parsed({ remedy: 'Remboursement' }).request.remedy).toBe('refund');
    expect(parsed({ remedy: 'Nachbesserung' }).request.remedy).toBe('correction');
    expect(parsed({ kind: 'prestation' }).purchase.kind).toBe('service');
    expect(parsed({ kind: 'Dienstleistung' }).purchase.kind).toBe('service');
    expect(parsed({ period: 'monatlich' }).purchase.period).toBe('month');
    expect(parsed({ period: 'mensual' }).purchase.period).toBe('month');
  });

  it('one fee, as before; the subject dates the payments from when they began', () => {
    const text = letter(subscription, 'first');
    expect(text).toContain('I have paid £45.00 a month for it since 1 March 2026.');
    expect(text.split('\n')[0]).toBe('Subject: Refund request: Premium streaming subscription (since 1 March 2026)');
    expect(letter(roofer, 'first').split('\n')[0]).toBe('Subject: Request to put things right or refund: INV-3381 (Roof repair, April 2, 2026)');
    // What was bought named as the payment itself is not paid "for it".
    for (const item of ['rent for Flat 4, 22 Queens Road', 'Monthly fee', 'service charge']) {
      const paid = letter(subscription, 'first', (c) => void (c.purchase.item = item));
      expect(paid, item).toContain('I have paid £45.00 a month since 1 March 2026.');
    }
  });
});

describe('a refund of whole payments names them', () => {
  it('two monthly payments, at every stage and to the card issuer', () => {
    for (const stage of STAGES.slice(0, 3)) expect(letter(subscription, stage)).toContain('Please refund two monthly payments of £45.00, £90.00 in all.');
    expect(letter(subscription, 'card-dispute')).toContain('Please credit my account with two monthly payments of £45.00, £90.00 in all, together with any related fees or interest.');
  });

  it('weekly payments, with the writer’s reason', () => {
    const text = letter(subscription, 'first', (c) => {
      Object.assign(c.purchase, { amount: 64.95, period: 'week' });
      c.request = { remedy: 'refund', amount: 259.8, reason: 'they were taken while my deliveries were paused' };
    });
    expect(text).toContain('Please refund four weekly payments of £64.95, £259.80 in all, because they were taken while my deliveries were paused.');
  });

  it('a refund listed among the costs is called one', () => {
    const text = letter(subscription, 'first', (c) => {
      c.request = { remedy: 'compensation', costs: [{ what: 'vet treatment', amount: 286.5 }, { what: 'refund of boarding fee', amount: 350 }] };
    });
    expect(text).toMatch(/^Subject: Request for a refund and compensation/);
    expect(text).toContain('I ask you to pay the following refund and costs (£636.50 in total):');
  });

  it('weekly payments, with a reason that counts them again: only what it adds', () => {
    const text = letter(subscription, 'first', (c) => {
      Object.assign(c.purchase, { amount: 64.95, period: 'week' });
      c.request = { remedy: 'refund', amount: 259.8, reason: 'the 4 weekly payments taken while my deliveries were paused' };
    });
    expect(text).toContain('Please refund four weekly payments of £64.95, £259.80 in all, taken while my deliveries were paused.');
  });

  it('one payment, with the writer’s reason', () => {
    const text = letter(subscription, 'first', (c) => {
      Object.assign(c.purchase, { amount: 119.99, period: 'year' });
      c.request = { remedy: 'refund', reason: 'it renewed without the reminder I was promised' };
    });
    expect(text).toContain('Please refund the £119.99 annual payment, because it renewed without the reminder I was promised.');
    expect(letter(subscription, 'card-dispute', (c) => (c.request = { remedy: 'refund', amount: 45 }))).toContain('Please credit the £45.00 charge to my account');
  });

  it('keeps the total when the refund is not whole payments, or the payments are not known', () => {
    const part = letter(subscription, 'first', (c) => (c.request = { remedy: 'partial-refund', amount: 30, reason: 'the £15 a month above the agreed price, for June and July' }));
    expect(part).toContain('Please refund £30.00 for the £15 a month above the agreed price, for June and July.');
    expect(letter(subscription, 'card-dispute', (c) => (c.request = { remedy: 'partial-refund', amount: 30, reason: 'the £15 a month above the agreed price' }))).toContain(
      'Please credit £30.00 to my account, for the £15 a month above the agreed price.',
    );
    const total = letter(subscription, 'first', (c) => Object.assign(c.purchase, { price: 30, amount: 160 }));
    expect(total).toContain('Please refund £90.00.');
    expect(total).not.toMatch(/payments of/);
  });

  it('a chargeback for part of a payment never asks to reverse the whole of it', () => {
    for (const country of ['GB', 'IE', 'AU', 'NZ', 'CA']) {
      const text = letter(subscription, 'card-dispute', (c) => {
        Object.assign(c.sender, { country, address: undefined });
        Object.assign(c.purchase, { paidWith: 'debit-card', period: undefined, kind: 'service', amount: 420, currency: { GB: 'GBP', IE: 'EUR', AU: 'AUD', NZ: 'NZD', CA: 'CAD' }[country] });
        c.purchase.item = 'bridal hair and make-up package';
        c.story = { circumstances: 'I booked the bridal package for my wedding.', expectations: 'a trial session in August', outcome: 'the trial session never happened' };
        c.request = { remedy: 'partial-refund', amount: 140, reason: 'the trial session never happened' };
      });
      expect(text, country).not.toMatch(/reverse this (payment|charge)/);
      expect(text, country).toMatch(/of the .*420\.00 charge to my account/);
    }
  });

  it('a business named with its town after a comma is set off by another comma in a sentence', () => {
    const kennels = letter(subscription, 'first', (c) => (c.recipient.company = 'Furry Friends Boarding Kennels, Naas'));
    expect(kennels).toContain('I am writing to Furry Friends Boarding Kennels, Naas, about');
    const legal = letter(subscription, 'first', (c) => (c.recipient.company = 'Acme Kitchens, Ltd'));
    expect(legal).toContain('I am writing to Acme Kitchens, Ltd about');
  });

  it('a writer who cancelled was a customer; one who did not still is', () => {
    const cancelled = letter(subscription, 'first', (c) => {
      c.sender.customerSince = '2025-03';
      c.story.circumstances = 'I cancelled in writing on 1 June, and you kept charging me.';
    });
    expect(cancelled).toContain('I was your customer from March 2025 until I cancelled.');
    expect(cancelled).not.toContain('I have been your customer');
    // Payments that stopped are dated "from" in the subject, not "since".
    expect(cancelled.split('\n')[0]).not.toMatch(/\(since /);
    const staying = letter(subscription, 'first', (c) => (c.sender.customerSince = '2025-03'));
    expect(staying).toContain('I have been your customer since March 2025.');
    // The business cancelling a visit is not the writer leaving.
    const visitCancelled = letter(subscription, 'first', (c) => {
      c.sender.customerSince = '2025-03';
      c.story.circumstances = 'They cancelled the engineer appointment twice (April, July) and never rebooked.';
    });
    expect(visitCancelled).toContain('I have been your customer since March 2025.');
    for (const ended of ['Membership cancelled on 3 June.', 'We cancelled the plan in June.', 'Since my cancellation you have charged me twice.']) {
      expect(letter(subscription, 'first', (c) => ((c.sender.customerSince = '2025-03'), (c.story.circumstances = ended))), ended).toContain('I was your customer from March 2025 until I cancelled.');
    }
  });

  it('a story that says since when the writer has been a customer is not preceded by the same fact', () => {
    const told = letter(subscription, 'first', (c) => {
      c.sender.customerSince = '2011';
      c.story.circumstances = 'I have been with you since 2011. My October bill is based on a wrong estimate.';
    });
    expect(told).toContain('I have been with you since 2011.');
    expect(told).not.toContain('I have been your customer since 2011.');
    // A year in the story that says something else leaves the opening as it is.
    const other = letter(subscription, 'first', (c) => {
      c.sender.customerSince = '2011';
      c.story.circumstances = 'The meter has not been read since 2011.';
    });
    expect(other).toContain('I have been your customer since 2011.');
  });

  it('gives the sum of a refund and costs once, as what they come to together', () => {
    const both = letter(subscription, 'first', (c) => (c.request = { remedy: 'refund', amount: 90, costs: [{ what: 'bank charges', amount: 12 }, { what: 'a replacement service', amount: 20 }] }));
    expect(both).toContain('(£32.00 in total)');
    expect(both).toContain('With the refund, that is £122.00 in all.');
    expect(both).not.toMatch(/In total, that is/);
  });

  it('asks to reimburse money spent, and to pay a cost still to come (a quote)', () => {
    const spent = letter(subscription, 'first', (c) => (c.request = { remedy: 'compensation', costs: [{ what: 'bank charges for the extra payments', amount: 12 }] }));
    expect(spent).toContain('I ask you to reimburse the following cost, which this has caused me:');
    const quoted = letter(subscription, 'first', (c) => (c.request = { remedy: 'compensation', costs: [{ what: 'data recovery (quote)', amount: 650 }, { what: 'bank charges', amount: 12 }] }));
    expect(quoted).toContain('I ask you to pay the following costs, which this has caused me (£662.00 in total):');
    expect(quoted).not.toMatch(/reimburse/);
    // Compensation owed for the trouble itself is no cost the writer paid.
    const owed = letter(subscription, 'first', (c) => (c.request = { remedy: 'compensation', costs: [{ what: 'replacement flights', amount: 389 }, { what: 'EU261 compensation for 2 passengers', amount: 500 }] }));
    expect(owed).toContain('I ask you to pay the following costs and compensation (£889.00 in total):');
    const only = letter(subscription, 'first', (c) => (c.request = { remedy: 'compensation', costs: [{ what: 'compensation for the inconvenience', amount: 100 }] }));
    expect(only).toContain('I ask you to pay the following compensation:');
    expect(only).not.toMatch(/which this has caused me/);
  });

  it('a one-off purchase is never told in payments', () => {
    const text = letter(subscription, 'first', (c) => {
      delete c.purchase.period;
      c.purchase.kind = 'goods';
      c.request = { remedy: 'refund', amount: 90 };
    });
    expect(text).not.toMatch(/payments? of/);
  });
});

describe('promises and what happened', () => {
  it('are paired only when each pair is about the same thing', () => {
    const story = (expectations: string[], outcome: string[]) => letter(subscription, 'first', (c) => (c.story = { ...c.story, expectations, outcome }));
    const paired = story(['the engineer would arrive by 10 am', 'the boiler would be serviced'], ['the engineer arrived at 1 pm', 'the boiler was not serviced']);
    expect(paired).toContain('- Promised: the engineer would arrive by 10 am. What happened: the engineer arrived at 1 pm.');
    const apart = story(['bills based on my actual meter readings', 'a refund of my credit within 10 days'], ['engineer did not come, twice', 'nobody rang to say']);
    expect(apart).not.toContain('Promised:');
    expect(apart).toContain('What I was promised:\n- Bills based on my actual meter readings.\n- A refund of my credit within 10 days.');
  });
});

describe('a long impact in a follow-up letter', () => {
  it('keeps the sentences with facts (sums, days, dates) before the others', () => {
    const impact =
      'This has been the most stressful month of my life and I honestly do not know how to describe it. My children have been cold every evening and we have all been unhappy and upset about it for weeks on end. I have felt let down at every turn, and nobody seems to care at all. I took 2 days of unpaid leave to wait in for your engineers, which cost me £240.';
    const reminder = letter(subscription, 'reminder', (c) => ((c.story = { ...c.story, impact }), (c.letter = { ...c.letter, previous: ['2026-07-01'] })));
    expect(reminder).toContain('I took 2 days of unpaid leave to wait in for your engineers, which cost me £240.');
    expect(reminder).toContain('This has been the most stressful month of my life');
    expect(reminder).not.toContain('nobody seems to care at all');
  });
});

describe('work agreed at a price', () => {
  it('is told in words true in American and British English', () => {
    const text = letter(roofer, 'first');
    // April 2 may be the day the work was agreed or the day it began (here it began then): "of" is true either way.
    expect(text).toContain('about my roof repair of April 2, 2026 (reference INV-3381). Your quote was $4,200.00, of which I have paid $2,100.00.');
    expect(text).not.toMatch(/agreed the work with you|was agreed on/);
  });
});

describe('a long subject', () => {
  it('loses the last parts of its bracket, never half a date, and closes the bracket', () => {
    const subject = letter(subscription, 'final', (c) => {
      c.purchase = { ...c.purchase, item: '7 nights all inclusive at Hotel Playa Dorada 4* in Lanzarote for 2 adults and 2 children, flights from Cork, transfers and luggage included', reference: 'SH-99812-AB' };
      c.letter = { ...c.letter, previous: ['2026-07-01', '2026-07-20'] };
    }).split('\n')[0]!;
    expect(subject.length).toBeLessThanOrEqual(160 + 'Subject: '.length);
    expect(subject).toMatch(/\(7 nights all inclusive at Hotel Playa Dorada 4\* in Lanzarote[^()]*\)$/);
    expect(subject).not.toMatch(/March|\d{4}\)$/);
  });

  it('drops a date written with a comma ("March 1, 2026") whole, never leaving it without its year', () => {
    const subject = letter(subscription, 'final', (c) => {
      c.sender = { ...c.sender, country: 'US', address: '1 Main St, Austin, TX 78701' };
      c.purchase = { ...c.purchase, item: 'home internet plan, 1 Gbps, promo price for two years, free router and a spare modem too', reference: 'Account 55-221-907', currency: 'USD' };
      c.story = { ...c.story, circumstances: 'I signed up in March.', expectations: 'the price would stay the same', outcome: 'I was charged more' };
      c.letter = { ...c.letter, locale: 'en-US' };
    }).split('\n')[0]!;
    expect(subject.length).toBeLessThanOrEqual(160 + 'Subject: '.length);
    expect(subject).toMatch(/\(home internet plan, [^()]*spare modem too\)$/);
    expect(subject).not.toContain('since March 1');
  });
});

describe('payments the writer stopped', () => {
  it('are told in the past: the writer no longer pays them', () => {
    const ended = letter(subscription, 'first', (c) => (c.story = { ...c.story, problem: 'charged-after-cancelling' }));
    expect(ended).toContain('I paid £45.00 a month for it from 1 March 2026.');
    const cancelled = letter(subscription, 'first', (c) => (c.story = { ...c.story, circumstances: 'I cancelled on 30 June, by e-mail.' }));
    expect(cancelled).toContain('I paid £45.00 a month for it from 1 March 2026.');
    expect(letter(subscription, 'first')).toContain('I have paid £45.00 a month for it since 1 March 2026.');
  });
});

describe('a final letter without a country\'s next steps', () => {
  it('names a card dispute only where there is a charge to reverse, never for costs alone', () => {
    const final = (remedy: 'refund' | 'compensation') =>
      letter(roofer, 'final', (c) => {
        c.sender = { ...c.sender, country: undefined, address: undefined };
        c.purchase = { ...c.purchase, paidWith: 'credit-card', currency: 'USD' };
        c.request = remedy === 'refund' ? { remedy, amount: 100 } : { remedy, costs: [{ what: 'a hotel night', amount: 120 }] };
        c.letter = { ...c.letter, previous: ['2026-05-10'] };
      });
    expect(final('refund')).toContain('ask my card issuer to reverse the charge');
    expect(final('compensation')).not.toContain('card issuer');
    expect(final('compensation')).toContain('consider the other ways open to me to resolve this');
  });
});

describe('a refund asked for with something to put right', () => {
  it('asks for both, at every stage', () => {
    for (const stage of ['first', 'reminder', 'final'] as const) {
      const text = letter(subscription, stage, (c) => {
        c.request = { ...c.request, remedy: 'refund', amount: 30, correction: 'Confirm in writing that my price is back to £30 a month' };
      });
      expect(text).toContain('Please also put this right as follows: confirm in writing that my price is back to £30 a month.');
    }
  });

  it('with costs too, a reminder asks for all three in one list', () => {
    const text = letter(subscription, 'reminder', (c) => {
      c.request = { ...c.request, remedy: 'refund', amount: 30, correction: 'put my price back to £30', costs: [{ what: 'bank charges', amount: 12 }] };
      c.letter = { ...c.letter, previous: ['2026-07-01'] };
    });
    expect(text).toContain('to ask for a refund of £30.00, for this to be put right and for reimbursement of the £12.00 in costs this caused me');
  });

  it('a correction written as a sentence, or as steps, is kept as written', () => {
    const sentence = letter(subscription, 'first', (c) => {
      c.request = { ...c.request, remedy: 'partial-refund', amount: 30, correction: 'I would also like written confirmation that the price is fixed.' };
    });
    expect(sentence).toContain('I would also like written confirmation that the price is fixed.');
    const steps = letter(subscription, 'first', (c) => {
      c.request = { ...c.request, remedy: 'refund', amount: 30, correction: '- put my price back to £30\n- confirm it in writing' };
    });
    expect(steps).toContain('Please also put this right as follows:\n- Put my price back to £30\n- Confirm it in writing\n');
  });
});

describe('a card dispute speaks of the merchant in the third person', () => {
  it('the story that speaks to the merchant is quoted from the complaint', () => {
    const text = letter(roofer, 'card-dispute');
    expect(text).toContain(
      'In my complaint to Lone Star Roofing LLC, I wrote:\n\n“You took a 50% deposit and started on April 2. Your crew removed the old shingles and then didn’t return.\n\n“What I was promised: the roof finished within two weeks, as your quote says.\n\n“What actually happened: a tarp over half the roof since April 9.\n\n“Water came through the ceiling in the storm on May 3.”\n',
    );
    expect(text).not.toContain('Here is what I told');
    // A quotation inside the quotation takes single marks.
    const inner = letter(roofer, 'card-dispute', (c) => (c.story = { ...c.story, circumstances: 'Your foreman said "that\'s you sorted for years" on April 9.' }));
    expect(inner).toContain('“Your foreman said ‘that\'s you sorted for years’ on April 9.');
  });

  it('earlier contacts name the merchant; a reply that speaks to it is quoted', () => {
    const text = letter(roofer, 'card-dispute');
    expect(text).toContain('On April 20, 2026, I phoned Lone Star Roofing LLC and spoke to Bill Carter. He promised the crew would be back on Monday.');
    expect(text).toContain('On May 4, 2026, I emailed Lone Star Roofing LLC. As I wrote in my complaint: “You said you were too busy and would come in June.”');
    expect(text).not.toMatch(/I (emailed|phoned|wrote to) you\b/);
  });

  it('the writer’s reason for a part of the charge, when it speaks to the merchant, is quoted', () => {
    const text = letter(roofer, 'card-dispute', (c) => (c.request = { remedy: 'partial-refund', amount: 700, reason: 'you never came back to finish the ridge' }));
    expect(text).toContain('Please credit $700.00 of the $2,100.00 charge to my account, for the reason I gave in my complaint: “You never came back to finish the ridge.”');
  });

  it('a story told without "you" is told as it is, to the bank', () => {
    const text = letter(roofer, 'card-dispute', (c) => {
      c.story = { circumstances: 'The crew removed the old shingles on April 2 and did not return.', expectations: 'the roof finished within two weeks', outcome: 'a tarp over half the roof since April 9' };
      c.contacts = [];
    });
    expect(text).toContain('Here is what I told Lone Star Roofing LLC when I complained.\n\nThe crew removed the old shingles on April 2 and did not return.');
    expect(text).not.toContain('“');
  });

  it('enclosures are the merchant’s, not the bank’s', () => {
    const evidence = ['your quote of 28 March', 'photos of the roof', 'the texts you sent me'];
    const text = letter(roofer, 'card-dispute', (c) => (c.evidence = evidence));
    expect(text).toContain('- Lone Star Roofing LLC\'s quote of March 28\n- Photos of the roof\n- “the texts you sent me”, as listed in my complaint\n');
    expect(letter(roofer, 'first', (c) => (c.evidence = evidence))).toContain('- Your quote of March 28\n');
  });

  it('a dispute that claims no amount has a subject that reads', () => {
    const text = letter(roofer, 'card-dispute', (c) => (c.request = { remedy: 'partial-refund', reason: 'the ceiling was left unfinished' }));
    expect(text.split('\n')[0]).toBe('Subject: Billing error notice: my payment to Lone Star Roofing LLC, card ending 1005');
  });

  it('without earlier letters, the dispute says what the merchant was asked for, whatever the remedy', () => {
    const none = (request: Case['request']) => (c: Case) => {
      c.letter = { ...c.letter, previous: [] };
      c.request = request;
    };
    expect(letter(roofer, 'card-dispute', none({ remedy: 'refund' }))).toContain('I contacted Lone Star Roofing LLC to ask for a refund of $2,100.00, and the matter is still not resolved.');
    expect(letter(roofer, 'card-dispute', none({ remedy: 'correction', correction: 'finish the roof' }))).toContain('I contacted Lone Star Roofing LLC to ask for this to be put right, and the matter is still not resolved.');
    expect(letter(roofer, 'card-dispute', none({ remedy: 'either', correction: 'finish the roof' }))).toContain(
      'I contacted Lone Star Roofing LLC to ask for this to be put right or for a refund of $2,100.00, and the matter is still not resolved.',
    );
  });

  it('letters to the merchant itself say "you" as before', () => {
    const text = letter(roofer, 'first');
    expect(text).toContain('You took a 50% deposit');
    expect(text).toContain('On May 4, 2026, I emailed you. You said you were too busy and would come in June.');
    expect(text).not.toContain('In my complaint');
  });
});

describe('the reason for a part of the price', () => {
  const reason = (text: string) => letter(roofer, 'first', (c) => (c.request = { remedy: 'partial-refund', amount: 700, reason: text }));
  it('a thing with its own relative clause is what the money is for', () => {
    expect(reason("the 12 metres you didn't build")).toContain("Please refund $700.00 of the $2,100.00 I paid, for the 12 metres you didn't build.");
    expect(reason('the $350 above the agreed price')).toContain('Please refund $700.00 of the $2,100.00 I paid, for the $350 above the agreed price.');
    // A participle after its noun describes it: "the amount charged over the quote" is a thing.
    expect(reason('the amount charged over the signed quote')).toContain('I paid, for the amount charged over the signed quote.');
    expect(reason('the crew damaged the floor')).toContain('I paid, because the crew damaged the floor.');
  });
  it('a sentence is the reason why', () => {
    expect(reason('the crew you sent damaged the gutter')).toContain('Please refund $700.00 of the $2,100.00 I paid, because the crew you sent damaged the gutter.');
    expect(reason('only half the roof was done')).toContain('Please refund $700.00 of the $2,100.00 I paid, because only half the roof was done.');
    expect(reason('the crew never came back')).toContain('Please refund $700.00 of the $2,100.00 I paid, because the crew never came back.');
    expect(reason('the crew we paid for never came and the job took 14 hours')).toContain('Please refund $700.00 of the $2,100.00 I paid, because the crew we paid for never came and the job took 14 hours.');
    expect(reason('the work I was told was included')).toContain('Please refund $700.00 of the $2,100.00 I paid, for the work I was told was included.');
    expect(reason('the gutters never installed')).toContain('Please refund $700.00 of the $2,100.00 I paid, for the gutters never installed.');
    expect(reason('the gutters not installed')).toContain('Please refund $700.00 of the $2,100.00 I paid, for the gutters not installed.');
    // What the sum is, then why: the why is a clause of its own.
    expect(reason('a third of the price, the crew left the gutters unfinished')).toContain('Please refund $700.00 of the $2,100.00 I paid, for a third of the price, because the crew left the gutters unfinished.');
    expect(reason('the labour, parts were covered by warranty')).toContain('for the labour, because parts were covered by warranty.');
    expect(reason('the labour, the parts and the call-out fee')).toContain('for the labour, the parts and the call-out fee.');
    // A list of what was missing goes on after its comma: "no cooked breakfast" names a thing, it says nothing was done.
    expect(reason('$100 a night for no pool, no aircon and no cooked breakfast')).toContain('I paid, for $100 a night for no pool, no aircon and no cooked breakfast.');
  });
  it('a charge without its subject was made to the writer', () => {
    expect(reason('overcharged by $700')).toContain('Please refund $700.00 of the $2,100.00 I paid, because I was overcharged by $700.');
    expect(reason('Charged twice for the deposit')).toContain('Please refund $700.00 of the $2,100.00 I paid, because I was charged twice for the deposit.');
  });
});

describe('the writer’s own words get the capitals English gives them', () => {
  it('a month beside a day, a weekday and "i"', () => {
    const text = letter(subscription, 'first', (c) => (c.story.circumstances = 'i cancelled on 30 april and on monday i was charged again. you may march on'));
    expect(text).toContain('I cancelled on 30 April and on Monday I was charged again. You may march on.');
  });
  it('a holiday ("for christmas", "new year\'s eve")', () => {
    const text = letter(subscription, 'first', (c) => (c.story.circumstances = 'we wanted the album for christmas, and the party was on new year\'s eve'));
    expect(text).toContain("We wanted the album for Christmas, and the party was on New Year's Eve.");
  });
  it('a month written short on its own ("no sept visit")', () => {
    const text = letter(subscription, 'first', (c) => (c.story.outcome = 'no june visit, no sept visit, charged again in oct'));
    expect(text).toContain('no June visit, no Sept visit, charged again in Oct');
    expect(letter(subscription, 'first', (c) => (c.story.outcome = '3 check-ups cancelled at short notice (may, July, sept)'))).toContain('(May, July, Sept)');
  });
  it('an impact typed without "I" says who it happened to, at every stage', () => {
    for (const stage of ['first', 'reminder', 'final'] as const) {
      expect(letter(subscription, stage, (c) => (c.story.impact = 'had to take two days off work to wait in'))).toContain('I had to take two days off work to wait in.');
    }
    expect(letter(subscription, 'first', (c) => (c.story.impact = 'Missed my sister’s wedding'))).toContain('I missed my sister’s wedding.');
    expect(letter(subscription, 'first', (c) => (c.story.impact = 'Paid twice for nothing'))).toContain('I paid twice for nothing.');
    expect(letter(subscription, 'first', (c) => (c.story.impact = 'My kids had nowhere to sleep'))).toContain('My kids had nowhere to sleep.');
  });
  it('a month after a word of time, and a name the writer capitalises elsewhere', () => {
    const text = letter(subscription, 'first', (c) => {
      c.story.circumstances = 'no new issues since august, and the next one is due in may. I pay by Patreon.';
      c.purchase.item = 'patreon subscription';
    });
    expect(text).toContain('No new issues since August, and the next one is due in May.');
    expect(text).toContain('my Patreon subscription');
  });
  it('a month named alone, in brackets or in a list, and in the subject', () => {
    const text = letter(subscription, 'first', (c) => {
      c.story.outcome = ['two more charges (september and october)'];
      c.evidence = ['card statements for september and october'];
      c.purchase.item = 'magazine for the issue of 19 september';
      c.purchase.reference = 'MAG-11';
      c.purchase.period = undefined;
    });
    expect(text).toContain('two more charges (September and October)');
    expect(text).toContain('- Card statements for September and October');
    // A short form before a year, before what it dates ("my sept bill") or joined to another month; "may" alone stays a verb.
    const short = letter(subscription, 'first', (c) => {
      c.story.outcome = ['estimated bills since dec 2025', 'no readings used for my sept or oct bill', 'we may ask again'];
      c.evidence = ['photos of meter readings (may to sept)'];
    });
    expect(short).toContain('since December 2025');
    expect(short).toContain('my September or October bill');
    expect(short).toContain('(May to Sept)');
    expect(short).toMatch(/we may ask again/i);
    // A month's short form after a day's number; "mar" alone is a verb.
    expect(letter(subscription, 'first', (c) => (c.story.circumstances = 'it came on 14 aug and we may mar the look.'))).toContain('It came on 14 August and we may mar the look.');
    // The item's own date and the purchase date are not run together.
    expect(text).toMatch(/^Subject: .*\(magazine for the issue of 19 September; /);
  });
});

describe('a price the writer calls an estimate or a quote', () => {
  it('is named as the writer names it, not as an agreed price', () => {
    expect(letter(roofer, 'first')).toContain('Your quote was $4,200.00, of which I have paid $2,100.00.');
    const estimate = letter(roofer, 'first', (c) => {
      c.story.expectations = 'the roof finished within two weeks, as your written estimate says';
      c.purchase.amount = 5100;
    });
    expect(estimate).toContain('Your estimate was $4,200.00, but I was charged $5,100.00.');
    const agreed = letter(roofer, 'first', (c) => (c.story.expectations = 'the roof finished within two weeks'));
    expect(agreed).toContain('The agreed price was $4,200.00, of which I have paid $2,100.00.');
    // Goods without a date: "I ordered it." alone would tell the business nothing.
    const sofa = letter(roofer, 'first', (c) => ((c.purchase = { ...c.purchase, item: 'sofa', kind: 'goods', date: undefined, reference: undefined }), (c.story.circumstances = 'The sofa arrived damaged.')));
    expect(sofa).toMatch(/about my sofa\. (?:The agreed price|Your quote) was \$4,200\.00, of which I have paid \$2,100\.00\./);
    expect(sofa).not.toContain('I ordered it.');
    // A story that says what was paid is not followed by the letter saying it again.
    const told = letter(roofer, 'first', (c) => ((c.purchase = { ...c.purchase, price: undefined, amount: 3850 }), (c.story.circumstances = 'I paid 3850 for the roof repair on April 2.')));
    expect(told).toContain('I paid $3,850 for the roof repair on April 2.');
    expect(told).not.toMatch(/I paid \$3,850\.00/);
  });
});

describe('earlier contacts as a person tells them', () => {
  // Contacts come before the letter: it is dated after the last of them.
  const contacts = (list: Case['contacts'], stage: Stage = 'first') => letter(roofer, stage, (c) => ((c.contacts = list), (c.letter = { ...c.letter, date: '2026-11-20' })));

  it('two things one person did, a call nobody answered, and what never followed, as sentences', () => {
    const text = contacts([
      { date: '2026-10-23', channel: 'in person', who: 'the store manager at Broadway', result: 'refused repair, said it was accidental damage' },
      { date: '2026-10-27', channel: 'phone', result: 'voicemail, left a message' },
      { date: '2026-10-28', channel: 'phone', result: 'went to voicemail' },
      { date: '2026-10-25', channel: 'email', result: 'they said they would send an engineer, never came' },
      { date: '2026-10-29', channel: 'phone', who: 'sam (customer services)', result: 'said a technician would ring me' },
      { date: '2026-10-30', channel: 'phone', who: 'dave from sales', result: 'promised a refund' },
    ]);
    expect(text).toContain('who refused repair and said it was accidental damage.');
    expect(text).toMatch(/October 27, 2026, I phoned you, but nobody answered, so I left a voicemail message\./);
    expect(text).toMatch(/October 28, 2026, I phoned you, but nobody answered\./);
    // A refusal after what was said is an act of its own, with its article.
    expect(contacts([{ date: '2026-10-20', channel: 'phone', who: 'Rick', result: 'said cancellations take 60 days, refused refund' }])).toContain('spoke to Rick, who said cancellations take 60 days, and refused a refund.');
    expect(contacts([{ date: '2026-10-20', channel: 'phone', who: 'Rick', result: 'said it was not their fault, declined to help' }])).toContain('who said it was not your fault, and declined to help.');
    // A message the writer left is theirs, not the business's.
    expect(contacts([{ date: '2026-10-24', channel: 'phone', result: 'left a voicemail' }])).toMatch(/October 24, 2026, I phoned you and left a voicemail\./);
    // Written to the person in brackets after a role, what they said is what "you" said.
    const toTrish = letter(roofer, 'first', (c) => ((c.recipient.contact = 'the office manager (Trish)'), (c.contacts = [{ date: '2026-10-17', channel: 'phone', who: 'Trish', result: "said she'd send someone out" }]), (c.letter = { ...c.letter, date: '2026-11-20' })));
    expect(toTrish).toMatch(/\n\nDear Trish,\n/);
    expect(toTrish).toMatch(/October 17, 2026, I phoned you, and you said you'd send someone out\./);
    expect(text).toContain('You said you would send an engineer, but nobody came.');
    expect(text).toContain('spoke to Sam (customer services), who said');
    expect(text).toContain('spoke to Dave from sales, who promised');
    const bot = contacts([
      { date: '2026-10-24', channel: 'chat', who: 'bot', result: 'no help' },
      { date: '2026-10-25', channel: 'chat', who: 'the chatbot', result: 'said a person would email me' },
    ]);
    expect(bot).toContain('through online chat and spoke to your chatbot, but I received no help.');
    expect(bot).toContain('spoke to your chatbot, which said a person would email me.');
    // Notes typed the way people type: what the writer did is the writer's, then what came back;
    // the one who said something is named, and words said without a verb are quoted.
    const told: [NonNullable<Case['contacts']>[number], string][] = [
      [{ channel: 'email', result: 'cancelled, got automatic confirmation' }, 'I emailed you and cancelled, and I received an automatic confirmation.'],
      [{ channel: 'email', result: 'asked for a refund, refused' }, 'I emailed you and asked for a refund, and you refused.'],
      [{ channel: 'letter', result: 'sent photos of the damage, no reply' }, 'I wrote to you and sent photos of the damage, but I received no reply.'],
      // What the writer sent "them" went to the business the letter is written to; a claim number is what the writer got.
      // A verb no list knows, by its ending and its object: what the business did.
      [{ channel: 'in person', result: 're-cemented it, said it should be fine now' }, 'I spoke to you in person, and you re-cemented it and said it should be fine now.'],
      [{ channel: 'email', result: 'sent them the video link, no reply' }, 'I emailed you and sent you the video link, but I received no reply.'],
      [{ channel: 'email', result: 'sent claim form with photos, got claim # C-7781' }, 'I emailed you and sent a claim form with photos, and I received a claim # C-7781.'],
      [{ channel: 'app', result: 'complained about the delay' }, 'I contacted you through your app and complained about the delay.'],
      [{ channel: 'email', result: 'sent appeal with photos and plumber report' }, 'I emailed you and sent an appeal with photos and plumber report.'],
      [{ channel: 'phone', who: 'left voicemail for Service Manager', result: 'no call back' }, 'I phoned you and left a voicemail message for your Service Manager, but I received no call back.'],
      // A promise of a day to come is told from the day of the contact.
      [{ channel: 'phone', who: 'Sam', result: "said they'd send someone tomorrow" }, "who said you'd send someone the next day."],
      [{ channel: 'phone', result: 'waited 3 hrs on hold, call dropped' }, 'I phoned you and waited 3 hours on hold, and then the call was cut off.'],
      [{ channel: 'email', result: 'submitted insurance claim form with photos, no response' }, 'I emailed you and submitted insurance claim form with photos, but I received no response.'],
      [{ channel: 'email', result: 'bounced back' }, 'I emailed you, but the message bounced back.'],
      [{ channel: 'email', result: 'asked for photos' }, 'I emailed you, and you asked me for photos.'],
      [{ channel: 'phone', who: 'dan', result: 'told credit only' }, 'spoke to Dan, who told me “credit only”.'],
      [{ channel: 'email', result: 'said would call back in 2 days' }, 'and you said you would call back in 2 days.'],
      [{ channel: 'email', result: 'promised would be fixed' }, 'and you promised it would be fixed.'],
      [{ channel: 'email', result: 'said no refund' }, 'and you said “no refund”.'],
      [{ channel: 'phone', who: 'Sam', result: 'said "these things happen with silk"' }, 'who said “these things happen with silk”.'],
      [{ channel: 'phone', who: 'Sam', result: 'promised refund' }, 'spoke to Sam, who promised a refund.'],
      // What was said in notes, with a comma, is quoted; a second act after a comma is joined by "and".
      [{ channel: 'visit', who: 'Ryan', result: 'said fully booked, maintenance tomorrow' }, 'I spoke in person to Ryan, who said “fully booked, maintenance tomorrow”.'],
      [{ channel: 'letter', result: 'returned unclaimed' }, 'I wrote to you, and it was returned unclaimed.'],
      [{ channel: 'chat', who: 'Josh', result: 'said still investigating, no timeframe' }, 'who said “still investigating, no timeframe”.'],
      [{ channel: 'phone', who: 'Aroha', result: 'apologised, rebooked the engineer' }, 'spoke to Aroha, who apologised and rebooked the engineer.'],
      // An engineer met in person may have come to the writer: the letter says only that they spoke.
      [{ channel: 'in person', who: 'Carlos (lead tech)', result: 'said the system was fine' }, 'I spoke in person to Carlos, your lead tech, who said the system was fine.'],
      [{ channel: 'email', result: 'offered engineer visit' }, 'and you offered an engineer visit.'],
      // A clause with its own subject and verb is the writer's telling, never put in quotation marks as if verbatim.
      [{ channel: 'in person', who: 'Dave the manager', result: 'said head office deals with it' }, 'I spoke in person to Dave, your manager, who said head office deals with it.'],
      // A person typed with their trade, or at a place of the business.
      [{ channel: 'text', who: 'Siobhan (seamstress)', result: 'said it would be ready friday' }, 'Siobhan, your seamstress'],
      [{ channel: 'phone', who: 'front desk (Jessica)', result: 'promised a call back' }, 'spoke to Jessica at your front desk, who promised a call back.'],
      // Someone named casually is the person the writer spoke to.
      [{ channel: 'phone', result: "girl on the phone said she'd pass it on to the manager" }, "I phoned you. The person I spoke to said she'd pass it on to the manager."],
      // What the business did after the writer's own act, said to it.
      [{ channel: 'email', result: "chased again, they replied saying it's with accounts" }, "I emailed you and chased again, and you replied saying it's with accounts."],
      // What the business said of itself is "your" in a letter to it.
      [{ channel: 'phone', result: 'said it wasnt their fault and hung up' }, "and you said it wasn't your fault and hung up."],
      [{ channel: 'phone', who: 'Sam', result: 'said it was not their problem' }, 'spoke to Sam, who said it was not your problem.'],
    ];
    for (const [contact, sentence] of told) expect(contacts([{ date: '2026-10-24', ...contact }])).toContain(sentence);
    // A name typed in lower case is a name; one typed with its capital keeps it, whatever the story types.
    const names = contacts([
      { date: '2026-10-24', channel: 'phone', who: 'dave', result: 'said it would be fixed' },
      { date: '2026-10-25', channel: 'phone', who: 'dr mehta', result: 'said it would be fixed' },
      { date: '2026-10-26', channel: 'phone', who: 'Priya', result: 'said it would be fixed' },
      { date: '2026-10-27', channel: 'phone', who: 'someone', result: 'said it would be fixed' },
    ]);
    expect(names).toContain('spoke to Dave, who said');
    expect(names).toContain('spoke to Dr Mehta, who said');
    expect(names).toContain('spoke to Priya, who said');
    expect(names).toContain('spoke to someone');
  });

  it('a subject keeps the date apart from an item with commas of its own', () => {
    const text = letter(roofer, 'first', (c) => (c.purchase.item = 'roof repair, front and back'));
    expect(text.split('\n')[0]).toContain('INV-3381 (roof repair, front and back; April 2, 2026)');
    expect(letter(roofer, 'first').split('\n')[0]).toContain('INV-3381 (Roof repair, April 2, 2026)');
  });

  it('the reader spoken of in a contact is "you", and what they said of themselves too', () => {
    const text = (result: string) =>
      letter(roofer, 'first', (c) => {
        c.recipient.contact = 'Bill';
        c.contacts = [{ date: '2026-05-04', channel: 'text', who: 'bill', result }];
      });
    expect(text("said he'd come round monday, never did")).toContain("On May 4, 2026, I sent you a text message, and you said you'd come round Monday, but never did.");
    expect(text('he said he was too busy')).toContain('On May 4, 2026, I sent you a text message. You said you were too busy.');
    // A reply that speaks of one person speaks of the reader: "his crew" is theirs, "call her back" is them.
    expect(text('he said his crew was off')).toContain('I sent you a text message. You said your crew was off.');
    expect(text('she said she would call me back, I asked her to email instead')).toContain('You said you would call me back. I asked you to email instead.');
    // Someone else speaking of the reader speaks of "you".
    const other = letter(roofer, 'first', (c) => {
      c.recipient.contact = 'Dr. Priya Menon';
      c.contacts = [{ date: '2026-05-04', channel: 'phone', who: 'receptionist (Bec)', result: 'said dr menon would call me back, she didnt' }];
    });
    expect(other).toContain('who said you would call me back, but you didn’t.'.replace('’', "'"));
    // A "he" and a "she" are two people: the name stays.
    expect(text('he said she would call')).toContain('I sent a text message to Bill at your company. He said she would call.');
  });

  it('a letter already named by its date is not told again as a contact that got no answer', () => {
    const later = (result: string) =>
      letter(roofer, 'final', (c) => {
        c.letter = { ...c.letter, previous: ['2026-05-10'] };
        c.contacts = [{ date: '2026-05-10', channel: 'letter', result }];
      });
    expect(later('no reply')).toContain('I wrote to you about this on May 10, 2026');
    expect(later('no reply')).not.toContain('On May 10, 2026, I wrote to you');
    expect(later('they refused to pay')).toContain('On May 10, 2026, I wrote to you. You refused to pay.');
  });

  it('a place visited, a direct message, a message left unanswered, a quoted reply, a job without a name', () => {
    expect(contacts([{ date: '2026-05-04', channel: 'popped into the shop', result: 'told me to ring head office' }])).toContain('On May 4, 2026, I went to your shop, and you told me to ring head office.');
    expect(contacts([{ date: '2026-05-04', channel: 'chat', result: 'offered a voucher, I said I wanted a refund' }])).toContain('I contacted you through online chat, and you offered a voucher. I said I wanted a refund.');
    expect(contacts([{ date: '2026-05-04', channel: 'dm on instagram', result: 'left on read' }])).toContain('On May 4, 2026, I sent you a direct message on Instagram, and my message was read but not answered.');
    expect(contacts([{ date: '2026-05-04', channel: 'text', who: 'Tyler', result: '"next week for sure"' }])).toContain('I sent a text message to Tyler at your company, and the reply was “next week for sure”.');
    expect(contacts([{ date: '2026-05-04', channel: 'phone', who: 'manager (Paul?)', result: 'he refused' }])).toContain('I phoned you and spoke to your manager (Paul?). He refused.');
    expect(contacts([{ date: '2026-05-04', channel: 'phone', who: 'manager', result: 'he refused' }], 'card-dispute')).toContain('I phoned Lone Star Roofing LLC and spoke to their manager. He refused.');
  });

  it('a call nobody answered, a message on an app, a promise not kept, a name typed in lower case', () => {
    expect(contacts([{ date: '2026-05-04', channel: 'phone', result: 'no answer, left voicemail' }])).toContain('On May 4, 2026, I phoned you, but nobody answered, so I left a voicemail message.');
    expect(contacts([{ date: '2026-05-04', channel: 'email', result: 'no reply, sent again on 10 may' }])).toContain('On May 4, 2026, I emailed you, but I received no reply (sent again on 10 May).');
    expect(contacts([{ date: '2026-05-04', channel: 'whatsapp', result: 'no reply' }])).toContain('On May 4, 2026, I sent you a WhatsApp message, but I received no reply.');
    expect(contacts([{ date: '2026-05-04', channel: 'Facebook Messenger', who: 'Dana', result: 'said she would call back' }])).toContain('I sent a Messenger message to Dana at your company, who said she would call back.');
    expect(contacts([{ date: '2026-05-04', channel: 'text', who: 'bill', result: "said he'd come round monday, never did" }])).toContain("I sent you a text message, and you said you'd come round Monday, but never did.");
    // Who "did" is not said: what was promised never happened.
    expect(contacts([{ date: '2026-05-04', channel: 'chat', result: 'told I would get a call from the escalations team, never did' }])).toContain(
      'and you told me I would get a call from the escalations team, but that never happened.',
    );
    expect(contacts([{ date: '2026-05-04', channel: 'chat', who: 'an advisor called Jess', result: 'she said it would be sorted within 5 working days, nothing happened' }])).toContain(
      'She said it would be sorted within 5 working days, but nothing happened.',
    );
    expect(contacts([{ date: '2026-05-04', channel: 'phone', result: 'promised a callback the same day, nobody called' }])).toContain('but nobody called.');
    expect(contacts([{ date: '2026-05-04', channel: 'email', result: 'automatic reply, nothing since' }])).toContain('I emailed you, and I received an automatic reply, but I have heard nothing since.');
    // A piece of the same sentence after a full stop, in small letters.
    expect(contacts([{ date: '2026-05-04', channel: 'phone', who: 'the owner Gary', result: "said he'd look into it and call me back. never did" }])).toContain(
      "spoke to Gary, the owner, who said he'd look into it and call me back, but never did.",
    );
    expect(contacts([{ date: '2026-05-04', channel: 'phone', who: 'the manager Kev', result: 'said he would ask head office' }])).toContain('spoke to Kev, your manager, who said he would ask head office.');
    // Someone in one of the business's teams.
    expect(contacts([{ date: '2026-05-04', channel: 'phone', who: 'Brandon, retention', result: 'offered a $10 credit once' }])).toContain('spoke to Brandon from your retention team, who offered a $10 credit once.');
    expect(contacts([{ date: '2026-05-04', channel: 'phone', who: 'Sarah (billing department)', result: 'offered a $10 credit once' }])).toContain('spoke to Sarah from your billing department, who offered');
    // A job at the business as the subject, typed without its article.
    expect(contacts([{ date: '2026-05-04', channel: 'chat', result: 'agent said the promo price was only for 2 months, could not remove the fees' }])).toContain(
      'I contacted you through online chat. Your agent said the promo price was only for 2 months and could not remove the fees.',
    );
    expect(contacts([{ date: '2026-05-04', channel: 'chat', result: 'agent said the promo price was only for 2 months' }], 'card-dispute')).toContain('. Their agent said the promo price was only for 2 months.');
    // A second thing said, to the writer.
    expect(contacts([{ date: '2026-05-04', channel: 'phone', result: 'rebooked for 13 Oct, told it was a contractor issue' }])).toContain('and you rebooked for October 13 and told me it was a contractor issue.');
  });

  it('a department is the business’s own team; the writer still waiting says so', () => {
    expect(contacts([{ date: '2026-05-04', channel: 'email', who: 'customer service', result: 'still waiting' }])).toContain('On May 4, 2026, I emailed your customer service team. I am still waiting.');
    expect(contacts([{ date: '2026-05-04', channel: 'phone', who: 'customer services', result: 'they hung up on me' }])).toContain('On May 4, 2026, I phoned you and spoke to your customer services team. They hung up on me.');
    expect(contacts([{ date: '2026-05-04', channel: 'email', who: 'the complaints team', result: 'awaiting a reply' }])).toContain('On May 4, 2026, I emailed your complaints team. I am awaiting a reply.');
    // A person keeps their name; a person "at your company" is still told so.
    expect(contacts([{ date: '2026-05-04', channel: 'email', who: 'Dana Lopez', result: 'she said she would call' }])).toContain('I emailed Dana Lopez at your company. She said she would call.');
  });

  it('"your manager", told to the bank, is the merchant’s', () => {
    const list = [{ date: '2026-05-04', channel: 'phone', who: 'your site manager', result: 'he said the crew was busy' }];
    expect(contacts(list, 'card-dispute')).toContain('On May 4, 2026, I phoned Lone Star Roofing LLC and spoke to their site manager. He said the crew was busy.');
    expect(contacts(list)).toContain('On May 4, 2026, I phoned you and spoke to your site manager. He said the crew was busy.');
  });

  it('a voicemail is told; the business named once is "they" after it in a letter to the bank', () => {
    expect(contacts([{ channel: 'left voicemail' }])).toContain('I phoned you and left a voicemail message.');
    expect(contacts([{ date: '2026-05-04', channel: 'phone', result: 'hung up on me' }], 'card-dispute')).toContain('On May 4, 2026, I phoned Lone Star Roofing LLC, and they hung up on me.');
  });

  it('a role is a person’s greeting, even with a team’s word in it', () => {
    expect(letter(roofer, 'first', (c) => (c.recipient.contact = 'the service manager'))).toContain('Dear Service Manager,');
    expect(letter(roofer, 'first', (c) => (c.recipient.contact = 'Customer Services'))).toContain('Dear Customer Services team,');
    expect(letter(roofer, 'first', (c) => (c.recipient.contact = 'customer relations dept'))).toContain('Dear Customer Relations Department,');
  });

  it('the name in a description or after a role is the greeting’s', () => {
    expect(letter(roofer, 'first', (c) => (c.recipient.contact = 'some lad called dave'))).toContain('Dear Dave,');
    expect(letter(roofer, 'first', (c) => (c.recipient.contact = 'the owner, mr. vo'))).toContain('Dear Mr. Vo,');
    expect(letter(roofer, 'first', (c) => (c.recipient.contact = 'Office Manager - Dana Okoro'))).toContain('Dear Dana Okoro,');
    // A name before its role keeps the name.
    expect(letter(roofer, 'first', (c) => (c.recipient.contact = 'Ms Joan Okafor, Lettings Manager'))).toContain('Dear Ms. Okafor,');
  });

  it('the contact named after a role is the reader, spoken to as "you"', () => {
    const text = letter(roofer, 'first', (c) => {
      c.recipient.contact = 'the owner, mr. vo';
      c.contacts = [{ date: '2026-05-04', channel: 'phone', who: 'mr vo', result: 'promised a call back' }];
    });
    expect(text).toContain('On May 4, 2026, I phoned you, and you promised a call back.');
  });
});

describe('greetings from what the writer typed about the reader', () => {
  it('a greeting or a placeholder typed as the contact gives the usual greeting, never "Dear Dear"', () => {
    const greeting = (contact: string, change: Change = () => {}) =>
      letter(subscription, 'first', (c) => {
        c.recipient.contact = contact;
        change(c);
      }).split('\n')[2];
    for (const contact of ['Dear Sir', 'Dear Sir/Madam', 'To whom it may concern', 'n/a', 'N/A', 'unknown', 'Sir or Madam']) expect(greeting(contact)).toBe('Dear Sir or Madam,');
    expect(greeting('Dear Mr Tom Reilly')).toBe('Dear Mr Reilly,');
    // What follows a team's name that is not a person's name is not a greeting: a stage of the complaints process.
    expect(greeting('Customer Complaints, Stage 1')).toBe('Dear Customer Complaints team,');
    expect(greeting('unknown', (c) => (c.letter = { ...c.letter, locale: 'en-US' }))).toBe('Dear StreamPlus Customer Service,');
    expect(greeting('', (c) => ((c.recipient.company = 'TixNow Inc.'), (c.letter = { ...c.letter, locale: 'en-US' })))).toBe('Dear TixNow Customer Service,');
    // A note in brackets is not greeted; a name that says who reads it is not said twice.
    expect(greeting('', (c) => ((c.recipient.company = 'NorthPeak Outdoor (online store)'), (c.letter = { ...c.letter, locale: 'en-US' })))).toBe('Dear NorthPeak Outdoor Customer Service,');
    expect(greeting('', (c) => ((c.recipient.company = 'Acme Widgets Customer Service'), (c.letter = { ...c.letter, locale: 'en-US' })))).toBe('Dear Acme Widgets Customer Service,');
    expect(greeting('Prof. Alan Grant', (c) => (c.letter = { ...c.letter, locale: 'en-US' }))).toBe('Dear Prof. Grant,');
  });
  it('a card dispute greets the issuer, not its card', () => {
    const greeting = (issuer: string) =>
      letter(subscription, 'card-dispute', (c) => ((c.card = { ...c.card, issuer }), (c.letter = { ...c.letter, locale: 'en-US' }), (c.purchase.paidWith = 'credit-card'))).split('\n')[2];
    expect(greeting('First Bank Visa')).toBe('Dear First Bank Customer Service,');
    expect(greeting('Northway Bank credit card')).toBe('Dear Northway Bank Customer Service,');
    // The card's own product names are not the issuer's ("Aeroplan", "Sapphire Preferred", "Gold").
    expect(greeting('TD Aeroplan Visa Infinite')).toBe('Dear TD Customer Service,');
    expect(greeting('Chase Sapphire Visa')).toBe('Dear Chase Customer Service,');
    expect(greeting('Chase Sapphire Preferred')).toBe('Dear Chase Customer Service,');
    expect(greeting('Amex Gold')).toBe('Dear American Express Customer Service,');
    expect(greeting('Citi Custom Cash')).toBe('Dear Citi Customer Service,');
    expect(greeting('Wells Fargo Active Cash')).toBe('Dear Wells Fargo Customer Service,');
    expect(greeting('Bank of America Customized Cash')).toBe('Dear Bank of America Customer Service,');
    expect(greeting('Amex Blue')).toBe('Dear American Express Customer Service,');
    expect(greeting('Discover It')).toBe('Dear Discover Customer Service,');
    expect(greeting('')).toBe('Dear Customer Service team,');
    expect(greeting('Capital One Quicksilver')).toBe('Dear Capital One Customer Service,');
    expect(greeting('Suncoast Credit Union debit')).toBe('Dear Suncoast Credit Union Customer Service,');
    // A name that is all card words is kept.
    expect(greeting('Discover')).toBe('Dear Discover Customer Service,');
  });

  it('the greeting and sign-off the writer chose for the business are not used for the card issuer', () => {
    const choose = (c: Case) => (c.letter = { ...c.letter, greeting: 'Hi Mike', signOff: 'Thanks' });
    expect(letter(subscription, 'first', choose)).toMatch(/^Hi Mike,$[\s\S]*^Thanks,$/m);
    const dispute = letter(subscription, 'card-dispute', choose);
    expect(dispute).not.toMatch(/Hi Mike|Thanks,/);
    expect(dispute).toContain('Dear Sir or Madam,');
  });
});

describe('names typed in lower case', () => {
  it('get the capitals a letter gives them; a name with any capital is kept as typed', () => {
    const text = letter(subscription, 'first', (c) => {
      c.sender.name = "siobhan o'neill";
      c.recipient.company = 'sunseeker holidays ltd';
      c.recipient.contact = 'mrs j fletcher';
    });
    expect(text).toContain('Dear Mrs Fletcher,');
    expect(text).toContain('I am writing to Sunseeker Holidays Ltd about');
    expect(text).toContain("Yours sincerely,\n\nSiobhan O'Neill\n");
    const mixed = letter(subscription, 'first', (c) => ((c.sender.name = 'Morag mcallister'), (c.recipient.company = 'carpet king (lisburn)'), (c.recipient.contact = 'Sam (branch manager)')));
    expect(mixed).toContain('\nMorag McAllister\n');
    // Brackets are part of a business's name: "A1 Autocentre (Cardiff) Ltd" is its legal name.
    expect(mixed).toContain('I am writing to Carpet King (Lisburn) about');
    expect(mixed).toContain('Dear Sam,');
    const kept = letter(subscription, 'card-dispute', (c) => ((c.recipient.company = 'easyJet'), (c.card!.issuer = 'bank of ireland')));
    expect(kept).toContain('- Merchant: easyJet\n');
    // "mcLaughlin": a name's first letter is a capital, whatever follows; a name in capitals is greeted in normal letters.
    const inner = letter(subscription, 'first', (c) => ((c.sender.name = 'ciaran mcLaughlin'), (c.recipient.contact = 'ANGELA (owner)')));
    expect(inner).toContain('\nCiaran McLaughlin\n');
    expect(inner).toContain('Dear Angela,');
    expect(letter(subscription, 'first', (c) => (c.recipient.contact = 'MR PATEL'))).toContain('Dear Mr Patel,');
  });
});

describe('answers typed as a list, a point a line', () => {
  it('a correction of several steps is asked for as a list', () => {
    const steps = '- finish the ridge\n- replace the damaged gutter\n3) remove the tarp';
    expect(letter(roofer, 'first', (c) => (c.request = { remedy: 'correction', correction: steps }))).toContain(
      'Please put this right as follows:\n- Finish the ridge\n- Replace the damaged gutter\n- Remove the tarp\n',
    );
    expect(letter(roofer, 'first', (c) => (c.request = { remedy: 'either', correction: steps, amount: 2100 }))).toContain(
      'Please either refund the $2,100.00 I paid, or put this right as follows:\n- Finish the ridge\n',
    );
  });

  it('promises and outcomes typed as one answer with a point a line are points', () => {
    const text = letter(roofer, 'first', (c) => {
      c.story.expectations = '- the roof finished in two weeks\n- the site left tidy';
      c.story.outcome = '- half the roof done\n- shingles left on the lawn';
    });
    expect(text).toContain('- Promised: the roof finished in two weeks. What happened: half the roof done.\n- Promised: the site left tidy. What happened: shingles left on the lawn.');
    // Lines that are not a list stay one answer, not hard-wrapped inside its sentence.
    expect(letter(roofer, 'first', (c) => (c.story.expectations = 'the roof finished\nin two weeks'))).toContain('What I was promised: the roof finished in two weeks.');
  });
});

describe('costs listed to the bank', () => {
  it('are the merchant’s where the writer wrote "your"', () => {
    const costs = [{ what: "your engineer's second call-out fee", amount: 95 }, { what: 'a hotel night', amount: 140 }];
    // Listed only where the card issuer answers for them (section 75 in the UK); a chargeback returns the payment alone.
    expect(letter(roofer, 'card-dispute', (c) => (c.request = { remedy: 'refund', costs }))).not.toContain('call-out fee');
    const section75 = letter(subscription, 'card-dispute', (c) => {
      c.purchase = { ...c.purchase, period: undefined, amount: 240, kind: 'service' };
      c.request = { remedy: 'refund', costs };
    });
    expect(section75).toContain("- StreamPlus' engineer's second call-out fee: £95.00\n- A hotel night: £140.00\n");
    expect(letter(roofer, 'first', (c) => (c.request = { remedy: 'refund', costs }))).toContain("- Your engineer's second call-out fee: $95.00\n");
  });
});

describe('the item named to the bank', () => {
  it('is the merchant’s where the writer wrote "your", and quoted where it still speaks to the merchant', () => {
    const store = letter(roofer, 'card-dispute', (c) => (c.purchase.item = 'shingle roof from your Dallas branch'));
    expect(store).toContain("- What I paid for: my shingle roof from Lone Star Roofing LLC's Dallas branch\n");
    const sold = letter(roofer, 'card-dispute', (c) => (c.purchase.item = 'the roof you fitted'));
    expect(sold).toContain('- What I paid for: “the roof you fitted”, as I named it in my complaint\n');
    // To the merchant, the item stays as the writer typed it.
    expect(letter(roofer, 'first', (c) => (c.purchase.item = 'shingle roof from your Dallas branch'))).toContain('your Dallas branch');
  });
});

describe('a card dispute without a card route', () => {
  it('names the merchant once in its opening', () => {
    const text = letter(roofer, 'card-dispute', (c) => {
      delete c.sender.country;
      delete c.sender.region;
    });
    expect(text).toContain('I am writing to dispute a charge on my card ending 1005 from Lone Star Roofing LLC, because they have not put right the problem I set out below.');
  });
});

describe('the item in a sentence', () => {
  it('keeps the business’s own name in it; an ordinary word that starts it is lowered', () => {
    const sky = letter(subscription, 'first', (c) => ((c.recipient.company = 'Sky UK Ltd'), (c.purchase.item = 'Sky broadband')));
    expect(sky).toContain('I am writing to Sky UK Ltd about my Sky broadband.');
    expect(letter(subscription, 'first', (c) => (c.purchase.item = 'Streaming subscription'))).toContain('about my streaming subscription.');
  });
});

/** A Welsh tenant whose letting agent keeps the deposit. */
const tenancy = (): Case =>
  ({
    sender: { name: 'Tom Hughes', email: 'tom.hughes@example.co.uk', address: '9 Castle Street, Cardiff CF10 1BS', country: 'GB' },
    recipient: { company: 'Apex Lettings Ltd', contact: 'Mrs Joan Price, Lettings Manager', sector: 'property' },
    purchase: { item: 'tenancy deposit for 4 Park Place', kind: 'deposit', date: '2025-08-01', amount: 1100, currency: 'GBP' },
    story: {
      problem: 'deposit-not-returned',
      circumstances: 'My tenancy ended on 31 August 2026. I left the flat clean and returned the keys the same day.',
      expectations: 'my deposit back within 10 days of agreeing deductions',
      outcome: 'nothing has been returned and no deductions were proposed',
    },
    request: { remedy: 'refund' },
    letter: { date: '2026-11-20', previous: ['2026-10-01'] },
  }) as Case;

describe('a deposit is given back, not refunded', () => {
  it.each(['first', 'reminder', 'final'] as Stage[])('%s letter: the whole deposit', (stage) => {
    const text = letter(tenancy, stage);
    expect(text).toContain('Please return my deposit of £1,100.00.');
    expect(text).not.toMatch(/\brefund/i);
    if (stage !== 'first') expect(text).toContain('to ask for the return of my deposit of £1,100.00');
  });

  it('is a bond where the writer calls it one', () => {
    const text = letter(tenancy, 'first', (c) => {
      c.purchase.item = 'rental bond for 5/18 Smith St';
      c.request = { ...c.request, remedy: 'refund', amount: 850 };
    });
    expect(text).toMatch(/^Subject: Request to return part of my bond: /);
    expect(text).toMatch(/I paid the bond of £1,100\.00/);
    expect(text).toContain('Please return £850.00 of my £1,100.00 bond');
  });

  it('part of it, with the writer\'s reason; and either put right or returned', () => {
    const part = letter(tenancy, 'reminder', (c) => {
      c.request = { remedy: 'partial-refund', amount: 350, reason: 'the cleaning charge is not backed by any receipt' };
    });
    expect(part).toContain('Please return £350.00 of my £1,100.00 deposit, because the cleaning charge is not backed by any receipt.');
    expect(part).toContain('to ask for the return of £350.00 of my £1,100.00 deposit');
    expect(part).toMatch(/^Subject: Reminder – Request to return part of my deposit/);
    const either = letter(tenancy, 'first', (c) => {
      c.request = { remedy: 'either', correction: 'send me the itemised deductions you propose' };
    });
    expect(either).toContain('Please either put this right (send me the itemised deductions you propose) or return my deposit of £1,100.00.');
  });

  it('a claim for more than the deposit is a refund of what is claimed', () => {
    const above = letter(tenancy, 'first', (c) => {
      c.request = { remedy: 'refund', amount: 1300 };
    });
    expect(above).toContain('Please refund £1,300.00.');
  });
});

describe('a product named with capitals', () => {
  it('keeps them, even where the writer types the brand in small letters elsewhere', () => {
    const text = letter(roofer, 'first', (c) => {
      c.purchase.item = 'Samsung Galaxy S25 phone';
      c.story.circumstances = 'I bought a samsung phone from you in March.';
    });
    expect(text).toContain('my Samsung Galaxy S25 phone');
  });
});

describe('the person written to, spoken to before', () => {
  it('is "you", also when a quotation in what they said has "his" in it', () => {
    const text = letter(roofer, 'first', (c) => {
      c.recipient.contact = 'the manager sarah';
      c.story.circumstances = 'I was quoted $4,200 over the phone by the manager sarah.';
      c.contacts = [{ date: '2026-05-04', channel: 'in person', who: 'the manager sarah', result: 'said the crew "used his judgement" and she couldn\'t do anything about it' }];
    });
    expect(text).toContain('Dear Sarah,');
    expect(text).toContain('I was quoted $4,200 over the phone by you.');
    expect(text).toContain('you couldn\'t do anything about it');
    expect(text).not.toMatch(/manager sarah/i);
  });
});

describe('a business name typed in small letters', () => {
  it('gets the capitals of letters read one by one and of legal forms, in the story too', () => {
    const named = (company: string, outcome: string) =>
      letter(roofer, 'first', (c) => {
        c.recipient.company = company;
        c.story.outcome = [outcome];
      });
    expect(named('ee', 'ee said no')).toMatch(/writing to EE about[\s\S]*EE said no/);
    expect(named('at&t', 'nothing was fixed')).toContain('writing to AT&T about');
    expect(named('ryanair dac', 'nothing was fixed')).toContain('writing to Ryanair DAC about');
    expect(named('müller gmbh', 'nothing was fixed')).toContain('writing to Müller GmbH about');
    // A brand's own spelling, as the story gives it.
    expect(named('ikea', 'nothing was fixed')).toContain('writing to IKEA about');
    expect(named('easyjet', 'nothing was fixed')).toContain('writing to easyJet about');
    // English words of two letters stay words.
    expect(named('go outdoors', 'nothing was fixed')).toContain('writing to Go Outdoors about');
  });
});

describe('a person written to by their role alone ("The Bursar")', () => {
  it('is never taken for a name the story says in small letters', () => {
    const text = letter(roofer, 'first', (c) => {
      c.recipient.contact = 'The Bursar';
      c.story.outcome = ['the bursar says fees are “non refundable once paid”'];
    });
    expect(text).toContain('Dear Bursar,');
    expect(text).not.toMatch(/\bthe you\b/i);
    expect(text).toContain('the bursar says fees are “non refundable once paid”');
  });
});

describe('the writer’s name typed surname first', () => {
  it('is signed given name first; letters after a name stay after it', () => {
    expect(letter(roofer, 'first', (c) => (c.sender.name = 'Nguyen, Thanh'))).toMatch(/\nThanh Nguyen\n/);
    expect(letter(roofer, 'first', (c) => (c.sender.name = 'Kim, Soo-Jin'))).toMatch(/\nSoo-Jin Kim\n/);
    expect(letter(roofer, 'first', (c) => (c.sender.name = "DANNY O'Brien"))).toMatch(/\nDanny O'Brien\n/);
    expect(letter(roofer, 'first', (c) => (c.sender.name = 'Jane Doe, PhD'))).toMatch(/\nJane Doe, PhD\n/);
  });
});

describe('a business named in small letters', () => {
  it('has its capitals in the writer’s story too, when its name has two words or more', () => {
    const text = letter(roofer, 'first', (c) => {
      c.recipient.company = 'speedy removals ltd';
      c.story.circumstances = 'I chose speedy removals for my move, and paid speedy removals ltd in full.';
      c.contacts = [{ date: '2026-04-20', channel: 'phone', result: 'said speedy removals would call back' }];
    });
    expect(text).toContain('I chose Speedy Removals for my move, and paid Speedy Removals Ltd in full.');
    expect(text).toContain('you said you would call back');
    expect(text).not.toMatch(/speedy removals/);
  });
  it('written with capitals in the case, has them in the story where it was typed in small letters', () => {
    const text = letter(roofer, 'first', (c) => {
      c.recipient.company = 'Castle Lettings Ltd';
      c.story.circumstances = 'I rented flat 3 through castle lettings from September 2025.';
    });
    expect(text).toContain('I rented flat 3 through Castle Lettings from September 2025.');
  });
  it('gives a word of its name with a capital inside ("SkyLark") its capitals where it was typed alone', () => {
    const text = letter(roofer, 'first', (c) => {
      c.recipient.company = 'SkyLark Air';
      c.story.circumstances = 'No one from skylark was at the desk, and the skylark app showed nothing.';
    });
    expect(text).toContain('No one from SkyLark was at the desk, and the SkyLark app showed nothing.');
  });
  it('gives the first word of its name, when it is no English word, its capital where the story types it alone', () => {
    const text = letter(roofer, 'card-dispute', (c) => {
      c.recipient.company = 'Jetstar Removals Ltd';
      c.story.circumstances = 'The jetstar van came at 1pm, five hours late.';
    });
    expect(text).toContain('The Jetstar van came at 1pm, five hours late.');
    // An English word of the name may be the writer's own: "Castle Lets", "my castle".
    const castle = letter(roofer, 'card-dispute', (c) => {
      c.recipient.company = 'Castle Lets';
      c.story.circumstances = 'The flat looks onto the castle.';
    });
    expect(castle).toContain('The flat looks onto the castle.');
  });
  it('knows a one-word name with a capital inside ("ParcelDash") where the story types it in small letters', () => {
    const text = letter(roofer, 'first', (c) => {
      c.recipient.company = 'ParcelDash';
      c.story.circumstances = 'I sent the parcel with parceldash on 29 September, and parceldash lost it.';
    });
    expect(text).toContain('I sent the parcel with you on');
    expect(text).not.toMatch(/parceldash/);
  });
  it('leaves a one-word name alone in a sentence, where it may be an ordinary word', () => {
    const text = letter(roofer, 'first', (c) => {
      c.recipient.company = 'next';
      c.story.circumstances = 'The parcel was promised for next day delivery.';
    });
    expect(text).toContain('The parcel was promised for next day delivery.');
  });
});

describe('a story that starts with the booking', () => {
  const plumber = (circumstances: string, item = 'hot water system service + valve replacement') =>
    letter(roofer, 'first', (c) => {
      c.recipient.company = 'Brightway Plumbing';
      c.purchase = { item, kind: 'service', date: '2026-11-03', amount: 420, currency: 'USD' } as Case['purchase'];
      c.story.circumstances = circumstances;
    });
  it('is not told twice: the opening says what was paid (the date, which may be the day of the work, is in the subject)', () => {
    const text = plumber('I booked them to service the hot water system and replace the tempering valve.');
    expect(text).toContain('I paid $420.00.');
    expect(text).toMatch(/^Subject: .*November 3, 2026/);
    expect(text).not.toMatch(/I booked (?:it|them|the work) on/);
  });
  it('says "you" for the business the writer hired to do the work', () => {
    expect(plumber('I booked them to service the hot water system.')).toContain('I booked you to service the hot water system.');
    expect(plumber('We hired them to fix the leak, and bought the parts ourselves.')).toContain('We hired you to fix the leak');
    // "them" for things, not people hired to do something, is kept.
    expect(plumber('The valves were faulty, so I returned them to the shop.')).toContain('I returned them to the shop.');
  });
  it('several pieces of work booked are "the work", not "them"', () => {
    expect(plumber('The engineer came on 3 November.')).toContain('I paid $420.00 for the work.');
    // The day given is the day the engineer came: the letter does not say the work was booked then.
    expect(plumber('The engineer came on 3 November.')).not.toMatch(/booked .* on November 3/);
  });
});

/** A car hire firm that charged the writer's card for damage after the car was returned. */
const damageCharge = (): Case =>
  ({
    sender: { name: 'Nate Fujimoto', email: 'nate.fujimoto@example.com', country: 'US', region: 'WA' },
    recipient: { company: 'Evergreen Car Rental' },
    purchase: { item: 'car rental', kind: 'booking', date: '2026-08-11', reference: 'RA 77120459', amount: 450, currency: 'USD', paidWith: 'credit-card' },
    story: {
      circumstances: 'I returned the car on Aug 11 with no damage noted. On Aug 28 you charged my card $450 for a scratch.',
      expectations: 'no charge for damage I did not cause',
      outcome: 'the $450 was taken with no photos sent to me',
    },
    request: { remedy: 'refund' },
    card: { issuer: 'Alaska Visa', last4: '2201', statementDate: '2026-09-03' },
    letter: { date: '2026-09-21', previous: ['2026-09-01'] },
  }) as Case;

describe('money the business took is not told as money the writer paid', () => {
  it('a charge the story tells as taken is asked back as charged, at every stage', () => {
    for (const stage of STAGES) {
      const text = letter(damageCharge, stage);
      expect(text, stage).not.toMatch(/I (?:booked it and )?paid \$450|the \$450\.00 I paid/);
      if (stage !== 'card-dispute') expect(text, stage).toContain('Please refund the $450.00 you charged me.');
    }
  });

  it('a price the story says was paid stays paid, even when something else was charged', () => {
    const text = letter(damageCharge, 'first', (c) => {
      c.story.circumstances = 'I booked the car for 4 days and paid $450 up front. At the desk they also charged a $20 fuel fee.';
      c.story.outcome = 'the car broke down on the first day';
    });
    expect(text).toContain('Please refund the $450.00 I paid.');
  });

  it('"deducted" and amounts with cents are read too', () => {
    const text = letter(damageCharge, 'first', (c) => {
      c.purchase.amount = 1212.5;
      c.story.circumstances = 'When I returned the van, $1,212.50 was deducted from my card for a new tyre.';
      c.story.outcome = 'no report of the damage was ever sent';
    });
    expect(text).toContain('Please refund the $1,212.50 you charged me.');
  });
});

describe('what was bought, named again', () => {
  it('is the thing, not the place a route starts from', () => {
    for (const item of ['return flights cork - malaga for 2 adults', 'flights cork-malaga', 'ferry tickets holyhead – dublin']) {
      const change = (c: Case) => ((c.purchase = { ...c.purchase, item, kind: 'booking', amount: 412.6, price: undefined, period: undefined }), (c.request = { remedy: 'refund' }));
      const first = letter(damageCharge, 'first', (c) => (change(c), (c.story.circumstances = 'The flights were cancelled two days before we flew.'), (c.story.outcome = 'no refund was offered')));
      expect(first, item).toMatch(/I booked them on .{6,20}, and paid \$412\.60\./);
      const reminder = letter(damageCharge, 'reminder', (c) => (change(c), (c.story.circumstances = 'The flights were cancelled two days before we flew.'), (c.story.outcome = 'no refund was offered')));
      // The reminder has just said what it asked for ($412.60): the booking is told by its date.
      expect(reminder, item).toMatch(/I booked the (?:flights|tickets) on [A-Z][a-z]+ \d+, 2026\./);
      expect(reminder, item).not.toMatch(/paid \$412\.60\./);
    }
  });
});

describe('a reason after the amount', () => {
  it('that names the money by what was done to it is a thing, not a clause: "for the amount kept back without…"', () => {
    const text = letter(damageCharge, 'first', (c) => {
      c.purchase = { ...c.purchase, item: 'tenancy deposit', kind: 'deposit', amount: 950 };
      c.story.circumstances = 'I moved out on 31 July and handed the keys back the same day.';
      c.story.outcome = 'only $330 was returned';
      c.request = { remedy: 'partial-refund', amount: 620, reason: 'the amount kept back without any evidence of damage' };
    });
    expect(text).toContain('of my $950.00 deposit for the amount kept back without any evidence of damage.');
  });
});

describe('answers typed as people type them', () => {
  it('a visit to a closed office is the writer going there, not a conversation', () => {
    const text = letter(damageCharge, 'first', (c) => {
      c.contacts = [{ date: '2026-09-02', channel: 'visit', result: 'went to their office, it was closed' }];
    });
    expect(text).toContain('On September 2, 2026, I went to your office, but it was closed.');
    expect(text).not.toMatch(/spoke to you in person|you went/);
  });

  it('a reason that says the sum again ("i.e.") or how it was measured ("based on") is no "because"', () => {
    for (const [reason, written] of [
      ['the unauthorized work, i.e. everything above the quote', ', for the unauthorized work, i.e. everything above the quote.'],
      ["the work never done, based on another roofer's quote", ", for the work never done, based on another roofer's quote."],
      ['cost another roofer quoted to finish it', ', for the cost another roofer quoted to finish it.'],
    ]) {
      const text = letter(damageCharge, 'first', (c) => ((c.story.circumstances = 'The car was dirty and one door would not lock.'), (c.story.outcome = 'you did not clean it'), (c.request = { remedy: 'partial-refund', amount: 200, reason })));
      expect(text, reason).toContain(`Please refund $200.00 of the $450.00 I paid${written}`);
      expect(text, reason).not.toContain('because');
    }
  });

  it('a job typed as what was to be done is "the work to…"', () => {
    for (const item of ['replace flat roof on back extension', 'fix leaking shower']) {
      const change = (c: Case) => ((c.purchase = { ...c.purchase, item, kind: 'service' }), (c.story.circumstances = 'The roofer came once and left.'), (c.story.outcome = 'the work was never finished'));
      expect(letter(damageCharge, 'first', change), item).toContain(`about the work to ${item}`);
      expect(letter(damageCharge, 'reminder', change), item).toContain(`about the work to ${item}`);
    }
  });

  it('a reminder does not say again the amount it has just said it asked for', () => {
    const text = letter(damageCharge, 'reminder', (c) => (c.purchase = { ...c.purchase, kind: 'deposit', item: 'security deposit' }));
    expect(text).toContain('to ask for the return of my deposit of $450.00.');
    expect(text).toContain('I paid the deposit on August 11, 2026.');
    expect(text.match(/\$450\.00/g)?.length).toBeLessThanOrEqual(2);
  });

  it('a count of payments in the reason is not said twice', () => {
    const text = letter(damageCharge, 'first', (c) => {
      c.purchase = { ...c.purchase, item: 'gym membership', kind: 'subscription', amount: 27.98, period: 'fortnight' };
      c.story.circumstances = 'I gave notice on 1 June and the notice period ended on 1 July.';
      c.story.outcome = 'you took 9 more payments';
      c.request = { remedy: 'refund', amount: 251.82, reason: '9 fortnightly payments taken after my notice period ended' };
    });
    expect(text).toMatch(/nine (?:fortnightly|biweekly) payments of \$27\.98, \$251\.82 in all, taken after my notice period ended\./);
  });

  it('a reason that goes on with its own verb after the count is joined by "which"', () => {
    const text = letter(damageCharge, 'first', (c) => {
      c.purchase = { ...c.purchase, item: 'gym membership', kind: 'subscription', amount: 49.99, period: 'month' };
      c.request = { remedy: 'refund', amount: 99.98, reason: 'two monthly fees were taken after I cancelled' };
    });
    expect(text).toMatch(/two monthly payments of \$49\.99, \$99\.98 in all, which were taken after I cancelled\./);
  });
});

describe('a charge above the agreed price', () => {
  const overcharged = (c: Case) => {
    c.purchase = { ...c.purchase, kind: 'service', price: 300, amount: 450 };
    c.story = { problem: 'overcharged', circumstances: 'You quoted $300 for the rental.', expectations: 'the price would be the quote', outcome: 'charged $150 over quote without asking me' } as Case['story'];
    c.request = { remedy: 'correction', correction: 'refund the $150 over the quote to my card' };
  };

  it('is disputed with the card issuer as the difference, not the whole charge', () => {
    const text = letter(damageCharge, 'card-dispute', overcharged);
    expect(text).toContain('Amount disputed: $150.00');
    expect(text).toContain('Please credit $150.00 of the $450.00 charge to my account');
    expect(text).not.toContain('Please credit the $450.00 charge');
  });

  it('taken "without asking me" is told without a doer the passive has lost', () => {
    const text = letter(damageCharge, 'first', overcharged);
    expect(text).toContain('I was charged $150 over quote without my agreement.');
  });
});

describe('what the business’s own people said of “they”', () => {
  it('is the business, said as “you”; a reply that starts with “they” is the person spoken to', () => {
    const text = letter(damageCharge, 'first', (c) => {
      c.contacts = [
        { date: '2026-09-02', channel: 'phone', who: 'Sharon in Sales', result: "she said they'd call me back but they never did" },
        { date: '2026-09-05', channel: 'phone', who: 'Sarah in service', result: 'they told me it was within spec' },
      ];
    });
    expect(text).toContain("She said you'd call me back but you never did.");
    expect(text).toContain('They told me it was within spec.');
  });
});

describe('people and places as typed', () => {
  it('someone in a team, and a name typed small before "the manager"', () => {
    const text = letter(damageCharge, 'first', (c) => {
      c.contacts = [
        { date: '2026-09-02', channel: 'email', who: 'returns team (Jess)', result: 'no reply' },
        { date: '2026-09-04', channel: 'phone', who: 'kevin the mgr', result: 'said no refund' },
      ];
    });
    expect(text).toContain('I emailed Jess from your returns team, but I received no reply.');
    expect(text).toContain('spoke to Kevin, your manager, who said');
  });

  it('an issuer named again at the start of its address is printed once', () => {
    const c = damageCharge();
    c.letter = { ...c.letter, stage: 'card-dispute' };
    c.sender.address = '4 Pine Road, Tacoma, WA 98402';
    c.card = { ...c.card!, issuer: 'Alaska Visa', address: 'Alaska Visa, Card Services, PO Box 100, Seattle, WA 98101' };
    const produced = produceLetter(c, { format: 'html' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    expect(produced.output.content.match(/Alaska Visa</g)?.length).toBe(1);
    expect(produced.output.content).toContain('Card Services');
  });
});
