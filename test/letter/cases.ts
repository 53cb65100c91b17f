// Realistic cases for rendering tests: a full case, a minimal one, and every optional part
// on its own, for each stage and remedy.
import type { Case, Remedy, Stage } from '../../src/case/schema.js';
import { REMEDIES, STAGES } from '../../src/case/schema.js';

export { REMEDIES, STAGES };

export function requestFor(remedy: Remedy, withPurchaseAmount: boolean): Case['request'] {
  switch (remedy) {
    case 'correction':
      return { remedy, correction: 'clean the third room at no charge within the next two weeks' };
    case 'refund':
      return withPurchaseAmount ? { remedy } : { remedy, amount: 240 };
    case 'either':
      return withPurchaseAmount
        ? { remedy, correction: 'clean the third room at no charge within the next two weeks' }
        : { remedy, correction: 'clean the third room at no charge', amount: 240 };
    case 'partial-refund':
      return { remedy, amount: 80 };
    case 'compensation':
      return { remedy, costs: [{ what: 'a day of unpaid leave', amount: 180 }] };
  }
}

/** Everything filled in. */
export function fullCase(stage: Stage, remedy: Remedy): Case {
  return {
    sender: { name: 'Alex Rivera', email: 'alex.rivera@example.com', phone: '+1 555 0142', address: '12 Elm Street, Springfield', customerId: '0093321' },
    recipient: { company: 'Brightline Carpet Care', contact: 'Member Services team', email: 'support@brightline.example', address: '1 Main Road, Springfield' },
    purchase: { item: 'a deep clean of three rooms', date: '2026-11-02', reference: 'BCC-004471', amount: 240, currency: 'USD' },
    story: {
      circumstances: 'I booked a deep clean of three rooms for 2 November, with a one-hour arrival window.',
      expectations: ['the crew would arrive between 9 and 10 am', 'all three rooms would be deep cleaned'],
      outcome: ['the crew arrived at 1 pm, three hours late', 'only two of the three rooms were cleaned'],
      impact: 'I took a day off work to be at home, and lost most of it waiting.',
    },
    contacts: [
      { date: '2026-11-03', channel: 'phone', who: 'Dana at the front desk', result: 'she promised a call back within two days, but nobody called' },
      { date: '2026-11-06', channel: 'e-mail', result: 'I received an automatic reply only.' },
    ],
    evidence: ['booking confirmation BCC-004471', 'photos of the room that was not cleaned'],
    card: { issuer: 'First Bank Visa', last4: '0042', statementDate: '2026-11-20' },
    request: { ...requestFor(remedy, true), deadlineDays: 14 },
    letter: {
      stage,
      date: '2026-12-10',
      previous: stage === 'first' ? undefined : stage === 'reminder' ? ['2026-11-16'] : ['2026-11-16', '2026-12-01'],
      nextSteps: ['dispute the charge with my card issuer', 'File a complaint with the Better Business Bureau.'],
      locale: 'en-US',
    },
  } as Case;
}

/** Only what is required. */
export function minimalCase(stage: Stage, remedy: Remedy): Case {
  return {
    sender: { name: 'Sam Lee' },
    recipient: { company: 'Peak Fitness' },
    purchase: { item: 'monthly gym membership' },
    story: {
      circumstances: 'I cancelled my membership in writing on 1 September 2026.',
      expectations: 'No further monthly charges after the cancellation.',
      outcome: 'I was charged again on 1 October and 1 November.',
    },
    request: requestFor(remedy, false),
    letter: { stage, date: '2026-12-10' },
  } as Case;
}

type Change = (c: Case) => void;

/** Each optional part changed on its own, from the full case (removed) and from the minimal one (added). */
export const VARIATIONS: Record<string, { from: 'full' | 'minimal'; change: Change }> = {
  'no contact person': { from: 'full', change: (c) => delete c.recipient.contact },
  'contact is a person': { from: 'full', change: (c) => (c.recipient.contact = 'Beverly') },
  'no reference': { from: 'full', change: (c) => delete c.purchase.reference },
  'no purchase date': { from: 'full', change: (c) => delete c.purchase.date },
  'no reference and no date': { from: 'full', change: (c) => (delete c.purchase.reference, delete c.purchase.date) },
  'no purchase amount': { from: 'full', change: (c) => (delete c.purchase.amount, (c.request = { ...requestFor(c.request.remedy, false) })) },
  'no contacts': { from: 'full', change: (c) => delete c.contacts },
  'one bare contact': { from: 'full', change: (c) => (c.contacts = [{ channel: 'chat' }]) },
  'contact with only a result': { from: 'full', change: (c) => (c.contacts = [{ result: 'they said they would look into it' }]) },
  'no evidence': { from: 'full', change: (c) => delete c.evidence },
  'one piece of evidence': { from: 'full', change: (c) => (c.evidence = ['the receipt']) },
  'no impact': { from: 'full', change: (c) => delete c.story.impact },
  'no previous letters': { from: 'full', change: (c) => delete c.letter!.previous },
  'three previous letters': { from: 'full', change: (c) => (c.letter!.previous = ['2026-11-16', '2026-12-01', '2026-12-05']) },
  'no next steps': { from: 'full', change: (c) => delete c.letter!.nextSteps },
  'one next step': { from: 'full', change: (c) => (c.letter!.nextSteps = ['I will report this to the state consumer protection office.']) },
  'no phone or e-mail': { from: 'full', change: (c) => (delete c.sender.phone, delete c.sender.email) },
  'phone only': { from: 'full', change: (c) => delete c.sender.email },
  'e-mail only': { from: 'full', change: (c) => delete c.sender.phone },
  'no card details': { from: 'full', change: (c) => delete c.card },
  'card without statement date': { from: 'full', change: (c) => delete c.card!.statementDate },
  'one promise, two outcomes': {
    from: 'full',
    change: (c) => ((c.story.expectations = 'a full deep clean of three rooms'), (c.story.outcome = ['the crew was late', 'a room was not cleaned'])),
  },
  'refund of less than paid': { from: 'full', change: (c) => c.request.remedy === 'refund' && (c.request.amount = 120) },
  'deadline as a date': { from: 'full', change: (c) => (delete c.request.deadlineDays, (c.request.deadline = '2026-12-31')) },
  'story speaks to the business': {
    from: 'full',
    change: (c) => (
      (c.story.circumstances = 'You booked me in for 2 November and your crew arrived three hours late.'),
      (c.story.outcome = ['you arrived at 1 pm', 'you cleaned only two of the three rooms']),
      (c.contacts = [{ date: '2026-11-06', channel: 'e-mail', result: 'you said the third room would be done for free' }])
    ),
  },
  'monthly fee paid several times': {
    from: 'minimal',
    change: (c) => (Object.assign(c.purchase, { amount: 39.99, period: 'month', kind: 'subscription', currency: 'GBP' }), c.request.amount !== undefined && c.request.remedy !== 'partial-refund' && (c.request.amount = 79.98)),
  },
  'agreed fee and total paid': { from: 'minimal', change: (c) => Object.assign(c.purchase, { price: 30, amount: 160, period: 'month', kind: 'subscription' }) },
  'in GBP': { from: 'full', change: (c) => ((c.purchase.currency = 'GBP'), (c.letter!.locale = 'en-GB')) },
  'minimal + contact person': { from: 'minimal', change: (c) => (c.recipient.contact = 'Beverly') },
  'minimal + one contact': { from: 'minimal', change: (c) => (c.contacts = [{ date: '2026-10-02', channel: 'phone', result: 'they promised a refund' }]) },
  'minimal + previous letter': { from: 'minimal', change: (c) => (c.letter!.previous = ['2026-11-02']) },
  'minimal + e-mail': { from: 'minimal', change: (c) => (c.sender.email = 'sam@example.com') },
  'minimal + card': { from: 'minimal', change: (c) => (c.card = { last4: '1234' }) },
  'minimal + evidence': { from: 'minimal', change: (c) => (c.evidence = ['bank statements for October and November']) },
};

export function variant(name: keyof typeof VARIATIONS | 'full' | 'minimal', stage: Stage, remedy: Remedy): Case {
  if (name === 'full') return fullCase(stage, remedy);
  if (name === 'minimal') return minimalCase(stage, remedy);
  const { from, change } = VARIATIONS[name]!;
  const c = structuredClone(from === 'full' ? fullCase(stage, remedy) : minimalCase(stage, remedy));
  change(c);
  return c;
}
