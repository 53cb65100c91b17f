// Whole letters read as a consumer adviser reads them: each test is a defect found in a
// realistic case (the case as typed, cut to what shows it), asserting what the writer sees.
import { describe, expect, it } from 'vitest';
import { produceLetter } from '../../src/letter/produce.js';
import type { Case, Stage } from '../../src/case/schema.js';

type Changes = { [K in keyof Case]?: Partial<Case[K]> };

/** A small case from the given country, with `changes` laid over each part. */
function caseOf(country: 'GB' | 'US' | 'CA' | 'AU' | 'NZ' | 'IE', changes: Changes): Case {
  const base: Record<string, Record<string, unknown>> = {
    sender: { name: 'Sam Taylor', email: 'sam@example.com', country },
    recipient: { company: 'Harbourfront Suites' },
    purchase: { item: 'a hotel stay', kind: 'booking', date: '2026-08-08', amount: 400, paidWith: 'credit-card' },
    story: { circumstances: 'I stayed three nights.', expectations: 'a clean room', outcome: 'a dirty room' },
    request: { remedy: 'refund' },
    letter: { date: '2026-09-01' },
  };
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) out[key] = Array.isArray(value) ? value : { ...(base[key] ?? {}), ...(value as object) };
  return out as unknown as Case;
}

function letter(c: Case, stage: Stage = 'first'): string {
  const produced = produceLetter({ ...c, letter: { ...c.letter, stage, ...(stage !== 'first' && { previous: ['2026-08-20'] }) } } as Case, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return produced.output.content;
}

const STAGES: Stage[] = ['first', 'reminder', 'final'];

describe('dates the writer typed', () => {
  it('a range of days stays one range in an American-style letter', () => {
    const c = caseOf('CA', { story: { circumstances: 'I stayed 8-11 august. At checkout i was charged a damage fee.' } });
    for (const stage of STAGES) {
      const text = letter(c, stage);
      expect(text).toContain('I stayed August 8-11.');
      expect(text).not.toContain('8-August');
    }
  });

  it('what is enclosed gives its dates as the letter does', () => {
    const text = letter(caseOf('US', { evidence: ['fuel receipt 17 July', 'return slip'] }));
    expect(text).toContain('- Fuel receipt July 17');
  });
});

describe('what was bought', () => {
  it('a service named with a describing first word is not a job to do ("clear aligner treatment")', () => {
    const c = caseOf('NZ', { recipient: { company: 'smile direct nz' }, purchase: { item: 'clear aligner treatment', kind: 'service', amount: 3900 }, request: { remedy: 'correction', correction: 'provide the refinement aligners at no extra cost' } });
    for (const stage of STAGES) {
      const text = letter(c, stage);
      expect(text).toContain('about my clear aligner treatment');
      expect(text).not.toContain('the work to clear');
    }
  });
});

describe('two people writing', () => {
  it('the subject line says "our" as the body does', () => {
    const c = caseOf('GB', {
      sender: { name: 'Tom & Ellie Marsh' },
      recipient: { company: 'Headrow Lettings', sector: 'property' },
      purchase: { item: 'tenancy deposit for 27 brudenell road', kind: 'deposit', date: '2024-08-01', amount: 1150, paidWith: 'bank-transfer' },
      story: { circumstances: 'We moved out on 31 July 2026.', expectations: 'the full deposit back', outcome: '£450 withheld for redecoration', problem: 'deposit-not-returned' },
      request: { remedy: 'partial-refund', amount: 450, reason: 'the redecoration deduction' },
    });
    for (const stage of STAGES) {
      const text = letter(c, stage);
      expect(text).toMatch(/^Subject: .*Request to return part of our deposit/);
      expect(text).not.toMatch(/^Subject: .*\bmy\b/);
      expect(text).toContain('of our £1,150.00 deposit');
    }
  });
});

describe('what was bought, measured', () => {
  it('"one week car rental" is "my one week car rental": the number measures, it does not count', () => {
    const c = caseOf('US', { recipient: { company: 'SunCoast Car Rental' }, purchase: { item: 'one week car rental at Orlando airport', amount: 412.88 } });
    for (const stage of STAGES) expect(letter(c, stage)).toContain('about my one week car rental at Orlando airport');
  });
});

describe('names typed in small letters', () => {
  it('a brand that starts what was bought has its capital in the body as in the subject', () => {
    const c = caseOf('AU', {
      recipient: { company: 'techzone' },
      purchase: { item: 'lenovo ideapad laptop', kind: 'goods', amount: 1149 },
      story: { circumstances: 'the screen started flickering. techzone told me to contact lenovo myself.' },
    });
    for (const stage of STAGES) {
      const text = letter(c, stage);
      expect(text).toContain('about my Lenovo ideapad laptop');
      expect(text).not.toContain('lenovo');
    }
  });
});

describe('money the writer typed', () => {
  it('the letter\'s own currency typed with its code is written as the letter writes it: never "CA$149" beside "$149.00"', () => {
    const c = caseOf('CA', {
      purchase: { amount: 1312.4 },
      story: { circumstances: 'We paid CA$149 for a hotel near the airport and 62 CAD for meals, and a US$20 fee.' },
      request: { remedy: 'compensation', costs: [{ what: 'hotel night', amount: 149 }, { what: 'meals', amount: 62 }] },
    });
    for (const stage of STAGES) {
      const text = letter(c, stage);
      expect(text).toContain('We paid $149 for a hotel near the airport and $62 for meals, and a US$20 fee.');
      expect(text).toContain('- Hotel night: $149.00');
      expect(text).not.toContain('CA$');
    }
  });
});

describe('the letter to the card issuer', () => {
  it('names the card as the writer named it, not its last digits alone', () => {
    const text = letter(caseOf('US', { card: { issuer: 'Chase Freedom Unlimited', last4: '7781' } }), 'card-dispute');
    expect(text).toContain('Dear Chase Customer Service,');
    expect(text).toContain('- Card: Chase Freedom Unlimited ending 7781\n');
  });

  it('a card named without its last digits is still named', () => {
    expect(letter(caseOf('GB', { card: { issuer: 'Northway Bank Visa' } }), 'card-dispute')).toContain('- Card: Northway Bank Visa\n');
  });
});

describe('the business called by what it is ("the shop", "the agency")', () => {
  const story = (circumstances: string, changes: Changes = {}) => caseOf('IE', { ...changes, story: { circumstances } });

  it('is "you" in a letter to it, where the word fits it and no other is named', () => {
    const sofa = story('On 20 October I cancelled. The shop is now saying the deposit is non refundable.', { recipient: { company: 'The Sofa Loft' }, purchase: { item: 'corner sofa', kind: 'deposit', amount: 600, price: 2400 } });
    for (const stage of STAGES) expect(letter(sofa, stage)).toContain('You are now saying the deposit is non refundable.');
    expect(letter(sofa, 'card-dispute')).toContain('The shop is now saying');
    const lettings = story('We moved out. The agency is proposing to keep £450 for redecoration.', { recipient: { company: 'Headrow Lettings', sector: 'property' }, purchase: { item: 'tenancy deposit', kind: 'deposit', amount: 1150 } });
    expect(letter(lettings)).toContain('You are proposing to keep £450 for redecoration.');
  });

  it('stays as typed where it may be another business', () => {
    // Another shop named; a courier, who is no shop; a service, whose "shop" sold nothing to the writer.
    expect(letter(story('I took it to another shop and the shop said it was the motor.', { recipient: { company: 'Cycle Hub NZ' }, purchase: { item: 'e-bike', kind: 'goods' } }))).toContain('and the shop said it was the motor');
    expect(letter(story('The shop said the parcel was collected on 3 May.', { recipient: { company: 'FastFreight Couriers', sector: 'postal' }, purchase: { item: 'parcel delivery', kind: 'service' } }))).toContain('The shop said the parcel was collected');
    expect(letter(story('The shop said the phone needed a new screen.', { recipient: { company: 'Fone Fixers' }, purchase: { item: 'screen repair', kind: 'service' } }))).toContain('The shop said the phone needed a new screen.');
  });
});
