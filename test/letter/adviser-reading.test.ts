// Whole letters read as a consumer adviser reads them: each test is a defect found in a
// realistic case (the case as typed, cut to what shows it), asserting what the writer sees.
import { describe, expect, it } from 'vitest';
import { produceLetter } from '../../src/letter/produce.js';
import type { Case, Stage } from '../../src/case/schema.js';
import { letterAt, smallCase, type Changes } from '../support/small-case.js';

/** A small case from the given country, with `changes` laid over each part, paid by credit card. */
const caseOf = (country: 'GB' | 'US' | 'CA' | 'AU' | 'NZ' | 'IE', changes: Changes): Case => smallCase(country, changes, { paidWith: 'credit-card' });
const letter = letterAt;

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

describe('notes typed as people type them', () => {
  it('a sentence of the writer\'s own story typed without "I" gets it ("Had a crown fitted", "Been eating on one side")', () => {
    const c = caseOf('GB', { purchase: { item: 'crown on lower molar', kind: 'service' }, story: { circumstances: 'had a crown fitted in august. it cracked after 3 weeks.', impact: 'been eating on one side for two months' } });
    for (const stage of STAGES) {
      const text = letter(c, stage);
      expect(text).toContain('I had a crown fitted in August.');
      expect(text).toContain('I have been eating on one side for two months');
    }
    // Time passing, or what someone else did, is never the writer's.
    expect(letter(caseOf('GB', { story: { circumstances: 'Been going on since May. Had no reply from anyone.' } }))).toContain('Been going on since May. Had no reply from anyone.');
  });

  it('what was booked is named with its article where the writer left it out, only when it is the thing bought', () => {
    const c = caseOf('US', { purchase: { item: 'birthday party package (12 kids)', kind: 'booking' }, story: { circumstances: "Booked party for my son's 8th birthday, paid in full online." } });
    expect(letter(c)).toContain("I booked the party for my son's 8th birthday");
    expect(letter(caseOf('US', { story: { circumstances: 'Booked dinner for 6 at the restaurant.' } }))).toContain('I booked dinner for 6');
  });

  it('a noun typed as a clause\'s bare subject gets "the": a job, the thing bought, or a word the story gives a determiner', () => {
    const c = caseOf('IE', {
      recipient: { company: 'Emerald Coach Tours' },
      purchase: { item: 'crown on lower molar', kind: 'service' },
      story: { circumstances: 'The coach was supposed to leave at 8.30am. I had a crown fitted.', outcome: ['crown cracked on 5 sept', 'dentist said it was my fault', 'coach broke down outside Ennis. driver just said "not my problem".', 'kyle said to wait', 'kept calling them'] },
    });
    const text = letter(c);
    expect(text).toContain('- The crown cracked on 5 September.');
    expect(text).toContain('- The dentist said it was my fault.');
    expect(text).toContain('- The coach broke down outside Ennis. The driver just said “not my problem”.');
    // A name, and a verb, are never given an article.
    expect(text).toContain('- Kyle said to wait.');
    expect(text).toContain('- Kept calling them.');
  });

  it('what someone said in a contact is told as a sentence, not left in brackets', () => {
    const c = caseOf('GB', { purchase: { item: 'crown', kind: 'service' }, contacts: [{ date: '2026-08-20', channel: 'in person', result: 'dentist said it was grinding and not covered' }] });
    const text = letter(c);
    expect(text).toContain('I spoke to you in person. The dentist said it was grinding and not covered.');
    expect(text).not.toContain('(dentist said');
  });

  it('internet laughter and smileys are left out; a quotation keeps them', () => {
    const c = caseOf('US', { story: { circumstances: 'I stayed three nights lol. The manager laughed :)', impact: 'other parents asked me for refunds of their gas money lol. Haha. He said “lol ok” and left' } });
    for (const stage of STAGES) {
      const text = letter(c, stage);
      expect(text).toContain('I stayed three nights. The manager laughed');
      expect(text).toContain('Other parents asked me for refunds of their gas money. He said “lol ok” and left');
      expect(text).not.toMatch(/\blol\b(?! ok)|haha|:\)/i);
    }
  });

  it("a relative's thing and a business's period get their apostrophe and their spelling", () => {
    const c = caseOf('IE', { story: { circumstances: 'It was my mothers 70th birthday trip and my kids school trip. I returned it well within there 30 day return period. I was there 30 days.' } });
    const text = letter(c);
    expect(text).toContain("It was my mother's 70th birthday trip and my kids' school trip.");
    expect(text).toContain('well within their 30-day return period. I was there 30 days.');
    expect(letter(caseOf('IE', { story: { circumstances: 'My kids loved it and my parents came too.' } }))).toContain('My kids loved it and my parents came too.');
  });
});

describe('a reference typed with its label', () => {
  it('"PNR: QX7TZB" is "PNR QX7TZB" in the subject and the opening, and kept whole in HTML', () => {
    const c = caseOf('CA', { purchase: { reference: 'PNR: QX7TZB', item: 'return flights toronto to vancouver for 2' } });
    const text = letter(c);
    expect(text.split('\n')[0]).toBe('Subject: Refund request: PNR QX7TZB (return flights Toronto to Vancouver for 2, August 8, 2026)');
    expect(text).toContain('(PNR QX7TZB)');
    expect(text).not.toContain('PNR:');
    const produced = produceLetter({ ...c, letter: { ...c.letter } } as Case, { format: 'html' });
    if (!produced.ok) throw new Error('no letter');
    expect(produced.output.content).toContain('<span class="nowrap">PNR QX7TZB</span>');
  });
});

describe('greetings to a team', () => {
  it('say "team" in small letters however the writer typed it, as the guide writes "Dear Baggage Claims team"', () => {
    expect(letter(caseOf('GB', { recipient: { company: 'Harbourfront Suites', contact: 'Events Team' } }))).toContain('Dear Events team,');
    expect(letter(caseOf('GB', { recipient: { company: 'Harbourfront Suites', contact: 'customer services' } }))).toContain('Dear Customer Services team,');
  });
});

describe('a card typed with its product in brackets', () => {
  it('"AIB (Platinum Visa)": the card line names the card, the greeting the bank', () => {
    const text = letter(caseOf('US', { card: { issuer: 'AIB (Platinum Visa)', last4: '2291' } }), 'card-dispute');
    expect(text).toContain('- Card: AIB Platinum Visa ending 2291\n');
    expect(text).toContain('Dear AIB Customer Service,');
    // A card named only by its kind says no more than the bank.
    expect(letter(caseOf('US', { card: { issuer: 'Chase (credit card)', last4: '7781' } }), 'card-dispute')).toContain('- Card: Chase ending 7781\n');
  });
});

describe('more notes typed as people type them (cases from Sheffield, Killarney, Austin, Ontario, NSW, NZ, Llandudno, Victoria)', () => {
  it('the writer\'s "I" in the story and in what it cost them, sentence by sentence, in small letters too', () => {
    const text = letter(caseOf('GB', { story: { circumstances: 'Cancelled in person on 1 aug and got an email.', impact: "kids cant use the garden. been chasing for 10 weeks. been going back and forth. use my car for work. couldnt sleep with worry. it's been going on since may" } }));
    expect(text).toContain('I cancelled in person on 1 August and got an email.');
    expect(text).toContain("I have been chasing for 10 weeks. I have been going back and forth. I use my car for work. I couldn't sleep with worry.");
    // Time passing is no one's doing.
    expect(letter(caseOf('GB', { story: { circumstances: 'x', impact: 'Been going on since May.' } }))).toContain('Been going on since May.');
    expect(letter(caseOf('GB', { story: { circumstances: 'Cancelled my flight without telling me.' } }))).toContain('Cancelled my flight without telling me.');
  });

  it('a bare relative is the writer\'s, a bare job after "said" gets "the", a note of what was done to a thing is said in the passive', () => {
    const text = letter(caseOf('IE', { story: { circumstances: 'boiler fitted 2nd sept. engineer fitted the wrong valve.', outcome: ['receptionist said hotel was overbooked', 'boiler lost pressure every night'], impact: 'husband was so disappointed' }, purchase: { item: 'combi boiler', kind: 'service' } }));
    expect(text).toContain('The boiler was fitted on 2 September. The engineer fitted the wrong valve.');
    expect(text).toContain('- The receptionist said the hotel was overbooked.');
    expect(text).toContain('- The boiler lost pressure every night.');
    expect(text).toContain('My husband was so disappointed.');
  });

  it('"its november", "a whole months pension", "without calling me", "bought laptop online", "ffs"', () => {
    const text = letter(caseOf('GB', { purchase: { item: 'laptop', kind: 'goods' }, story: { circumstances: 'bought laptop online in may. still no heating, its november.', outcome: ['charged £640 without calling me'], impact: 'this is my whole months pension. I spent 2 days in shops ffs' } }));
    expect(text).toContain('I bought the laptop online in May. Still no heating, it\'s November.');
    expect(text).toContain('What actually happened: I was charged £640 without anyone contacting me.');
    expect(text).toContain("This is my whole month's pension. I spent 2 days in shops.");
  });

  it('the one spoken to, named again as the subject of what they said, is "who said"', () => {
    const c = caseOf('US', { contacts: [{ date: '2026-08-19', channel: 'in person', who: 'front desk (Brad)', result: 'brad said no refunds on parts' }, { date: '2026-08-20', channel: 'phone', who: 'office manager', result: 'office manager said the contract says refinements extra' }] });
    const text = letter(c);
    expect(text).toContain('I spoke in person to Brad at your front desk, who said');
    expect(text).toContain('spoke to your office manager, who said the contract says refinements extra.');
    expect(text).not.toMatch(/\((?:brad|office manager) said/);
  });

  it('a card product in brackets the issuer list did not know ("Chase (Sapphire Preferred)")', () => {
    const text = letter(caseOf('US', { card: { issuer: 'Chase (Sapphire Preferred)', last4: '5521' } }), 'card-dispute');
    expect(text).toContain('- Card: Chase Sapphire Preferred ending 5521\n');
    expect(text).toContain('Dear Chase Customer Service,');
  });
});

describe('a letter to the membership team', () => {
  it('"membership team" names a team: "my gym membership" keeps its small letters', () => {
    const text = letter(caseOf('AU', { recipient: { company: 'FlexFit 24/7', contact: 'membership team' }, purchase: { item: 'gym membership', kind: 'subscription', amount: 24.95, period: 'fortnight' } }));
    expect(text).toContain('Dear Membership team,');
    expect(text).toContain('about my gym membership');
    expect(text).not.toContain('gym Membership');
  });
});

describe('notes typed bare, as upset people type (en48)', () => {
  it('a thing typed without "the" before its verb, or after the writer\'s verb, gets it; a name does not', () => {
    const c = caseOf('GB', {
      purchase: { item: 'roof repair', kind: 'service' },
      story: { circumstances: 'I hired roofer to fix leak. I agreed quote of £900. I dropped car off at 8. We booked lake view room. I rented flat 3 in May. Water came through the ceiling.', outcome: ['pizza came 50 mins late', 'Screen went black', 'john came round at 6'] },
    });
    for (const stage of STAGES) {
      const text = letter(c, stage);
      expect(text).toContain('I hired the roofer to fix the leak. I agreed the quote of £900. I dropped the car off at 8. We booked the lake view room.');
      expect(text).toContain('I rented flat 3 in May. Water came through the ceiling.');
      expect(text).toContain('The pizza came 50 minutes late.');
      expect(text).toContain('The screen went black.');
      expect(text).not.toContain('The john');
    }
  });

  it('"its water damage" said by the business is "it\'s"; "its screen was cracked" keeps its possessive', () => {
    const text = letter(caseOf('GB', { story: { outcome: ['roofer said its water damage from before, not his fault', 'its screen was cracked'] } }));
    expect(text).toContain("said it's water damage from before");
    expect(text).toContain('Its screen was cracked');
  });

  it('what the store said of its own return period is "your" after "You said"', () => {
    const text = letter(caseOf('US', { recipient: { company: 'SkyWest Travel Gear' }, purchase: { item: 'carry on bag', kind: 'goods' }, story: { outcome: ['store said out of there 30 day return period so no refund'] } }));
    expect(text).toMatch(/[Yy]ou said out of your 30-day return period/);
    expect(text).not.toContain('their 30 day');
  });

  it('a contact note typed in brackets is told as a sentence', () => {
    const text = letter(
      caseOf('GB', {
        contacts: [
          { date: '2026-08-10', channel: 'phone', who: 'office', result: '(engineer booked)' },
          { date: '2026-08-12', channel: 'phone', who: 'Kyle', result: '(claim number SJ-44120 given)' },
          { date: '2026-08-14', channel: 'email', result: '(same answer, contact the manufacturer)' },
        ],
      }),
    );
    expect(text).toContain('I phoned your office, and an engineer was booked.');
    expect(text).toContain('spoke to Kyle, who gave me the claim number SJ-44120.');
    expect(text).toContain('I emailed you, and I received the same answer: “contact the manufacturer”.');
    expect(text).not.toMatch(/\((?:engineer|claim|same)/);
  });

  it('a duty manager stays a duty manager, and is the one spoken to, not the business', () => {
    const text = letter(
      caseOf('GB', {
        contacts: [
          { date: '2026-08-10', channel: 'in person', result: 'duty manager said no refund after 30 days' },
          { date: '2026-08-12', channel: 'phone', result: 'spoke to duty manager, said no refund' },
        ],
      }),
    );
    expect(text).toContain('Your duty manager said no refund after 30 days.');
    expect(text).toContain('I phoned you and spoke to your duty manager, who said “no refund”.');
    expect(text).not.toContain('you spoke to');
  });
});
