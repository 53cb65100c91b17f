// English letters from answers typed the way people type: small letters for places and brands,
// a name in capitals, chat asides, a unit before a noun, the business named by its role.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { letterAt, smallCase, type Changes } from '../support/small-case.js';
import { withProperNameCapitals } from '../../src/letter/english/proper-names.js';
import { spelledOut } from '../../src/letter/english/shorthand.js';

const caseOf = (country: 'GB' | 'US' | 'AU' | 'IE' | 'CA', changes: Changes): Case => smallCase(country, changes);
const letter = letterAt;

describe('places, carriers and cars typed in small letters', () => {
  it('gets the capitals of a city, a route of airport codes, a carrier and a car by its maker', () => {
    expect(withProperNameCapitals('booked a hotel in orlando')).toBe('booked a hotel in Orlando');
    expect(withProperNameCapitals('flights syd to mel')).toBe('flights SYD to MEL');
    expect(withProperNameCapitals('the lhr-jfk flight')).toBe('the LHR-JFK flight');
    expect(withProperNameCapitals('my 2019 ford escape')).toBe('my 2019 Ford Escape');
    expect(withProperNameCapitals('a honda cr-v and a vw golf')).toBe('a Honda CR-V and a VW Golf');
    expect(withProperNameCapitals('sent by royal mail tracked, then nz post')).toBe('sent by Royal Mail Tracked, then NZ Post');
    expect(withProperNameCapitals('dpd and evri both lost it')).toBe('DPD and Evri both lost it');
    expect(withProperNameCapitals('sockets trip the rcd, and the new led lights flicker')).toBe('sockets trip the RCD, and the new LED lights flicker');
    expect(withProperNameCapitals('he led me to the back office')).toBe('he led me to the back office');
  });

  it('leaves everyday words alone: a maker without a model or a year, codes that are not a flight', () => {
    for (const text of ['we had to ford the river', 'a mini fridge', 'played golf after', 'an escape room', 'went from syd to mel by car', 'a jeep tour']) expect(withProperNameCapitals(text)).toBe(text);
  });

  it('writes them so in the letter, the subject line too', () => {
    const text = letter(caseOf('AU', { purchase: { item: 'flights syd to mel', kind: 'booking' }, story: { circumstances: 'booked a hotel in orlando as well. my 2019 ford escape was sent by royal mail tracked.' } }));
    expect(text).toContain('Subject: Refund request: flights SYD to MEL');
    expect(text).toContain('I booked a hotel in Orlando as well. My 2019 Ford Escape was sent by Royal Mail Tracked.');
  });
});

describe('names the case writes with their own capitals', () => {
  it('a firm typed in small letters in the story is written as a contact names it', () => {
    const text = letter(caseOf('GB', { story: { circumstances: 'the return went via parceldash and parceldash lost it.' }, contacts: [{ date: '2026-08-12', channel: 'phone', who: 'ParcelDash', result: 'no help' }] }));
    expect(text).toContain('The return went via ParcelDash and ParcelDash lost it.');
  });

  it('the business typed in capitals is written as the case writes it; an acronym stays', () => {
    const text = letter(caseOf('AU', { recipient: { company: 'Jetstar' }, purchase: { item: 'flights', kind: 'booking' }, story: { circumstances: 'the JETSTAR app crashed twice. I paid by AMEX.' } }));
    expect(text).toContain('The Jetstar app crashed twice.');
    expect(text).toContain('AMEX');
    expect(text).not.toContain('JETSTAR');
  });
});

describe('the business told as "you"', () => {
  it('what the business said of its own is "your" after it is named as "you"', () => {
    const text = letter(caseOf('GB', { recipient: { company: 'Brightline Lettings' }, purchase: { item: 'tenancy deposit', kind: 'deposit' }, story: { circumstances: 'Brightline said their inspection found damage.' } }));
    expect(text).toContain('You said your inspection found damage.');
  });

  it('a "their" of others named between stays theirs', () => {
    const text = letter(caseOf('GB', { recipient: { company: 'Brightline Lettings' }, purchase: { item: 'tenancy deposit', kind: 'deposit' }, story: { circumstances: 'Brightline said the previous tenants left their bins.' } }));
    expect(text).toContain('You said the previous tenants left their bins.');
  });

  it('a letting agent called "the agent" in a letter to it is "you"', () => {
    const text = letter(caseOf('GB', { recipient: { company: 'Brightline Lettings' }, purchase: { item: 'tenancy deposit', kind: 'deposit' }, story: { outcome: ['the agent wants to keep £480', 'the letting agent never replied to my email'] } }));
    expect(text).toContain('You want to keep £480.');
    expect(text).toContain('You never replied to my email');
  });

  it('"the agent" stays a third party in a letter to a business whose name is no agency', () => {
    const text = letter(caseOf('GB', { recipient: { company: 'Mr Dev Patel', sector: 'property' }, purchase: { item: 'tenancy deposit', kind: 'deposit' }, story: { outcome: ['the agent wants to keep £480'] } }));
    expect(text).toContain('the agent wants to keep £480');
  });
});

describe('chat asides and units', () => {
  it('"tbh", "tbf" and "ngl" are left out wherever they stand; "imo" is spelled out; a quotation keeps them', () => {
    const text = letter(caseOf('GB', { story: { circumstances: 'it was ruined tbh. ngl, the room was bad. we were, tbf, patient. it was cold, tbh, and damp. the manager said "tbh no idea"', impact: 'stressed tbh', expectations: 'imo a clean room' } }));
    expect(text).toContain('It was ruined. The room was bad. We were patient. It was cold, and damp. The manager said “tbh no idea”.');
    expect(text).toContain('Stressed.');
    expect(text).toContain('in my opinion a clean room');
    expect(text).not.toMatch(/to be (?:honest|fair)|\bngl\b/);
  });

  it('a number and a unit before a noun are joined; a plural unit or a word that cannot be described is left', () => {
    expect(spelledOut('it had a 12 month warranty and a 6 week wait')).toBe('it had a 12-month warranty and a 6-week wait');
    expect(spelledOut('a 2 wk wait in a 5 star hotel')).toBe('a 2-week wait in a 5-star hotel');
    for (const text of ['a 12 months warranty', 'it came 6 weeks later', 'waited 6 week for it', 'paid £12 month fee', 'on 12 june', 'it is 3 year old']) expect(spelledOut(text)).toBe(text);
    // A part counted before a plural is the number of things: "two seat cushions" are two cushions.
    expect(spelledOut('a 3 seat sofa with 4 star reviews')).toBe('a 3-seat sofa with 4-star reviews');
    for (const text of ['bald patches on two seat cushions', '3 door handles broke']) expect(spelledOut(text)).toBe(text);
  });
});

describe('more of what casual answers hold', () => {
  it('an aside between two sentences leaves a full stop; an age and a measure before a noun are joined', () => {
    const text = letter(caseOf('IE', { story: { circumstances: 'we paid a childminder €360 tbf she was great. left milo (5 year old lab) with them. not safe with a 6 year old on the back. it sat in 90 degree heat.' } }));
    expect(text).toContain('We paid a childminder €360. She was great.');
    expect(text).toContain('(5-year-old lab)');
    expect(text).toContain('with a 6-year-old on the back');
    expect(text).toContain('90-degree heat');
    expect(spelledOut('it is 3 year old.')).toBe('it is 3 year old.');
  });

  it('what has gone on since a time is said in the present perfect, with its subject', () => {
    expect(spelledOut('the boiler kept tripping since june')).toBe('the boiler has kept tripping since june');
    expect(spelledOut('the lights kept flickering since last week')).toBe('the lights have kept flickering since last week');
    for (const text of ['it kept failing since the part was wrong', 'kept tripping since june']) expect(spelledOut(text)).toBe(text);
  });

  it('what the writer signed or never received, typed without "I", has it back', () => {
    const text = letter(caseOf('CA', { story: { circumstances: 'Signed contract on May 12 for the works.', outcome: ['never received the package. they keep saying it shows delivered', 'the car never got fixed', "didn't get a reply"] } }));
    expect(text).toContain('I signed the contract on May 12 for the works.');
    expect(text).toContain('I never received the package.');
    expect(text).toContain("I didn't get a reply");
    expect(text).toMatch(/[Tt]he car never got fixed/);
    expect(text).not.toMatch(/I the car/);
  });

  it('what was done to a passenger or guest, typed without "we were", has it back', () => {
    const text = letter(caseOf('IE', { story: { circumstances: 'Flight cancelled the night before. Rebooked on a flight 2 days later.', outcome: ['rebooked 2 days later, lost 2 nights of our villa', 'downgraded to economy on the way back', 'Moved to a new flat in May'] } }));
    expect(text).toContain('I was rebooked on a flight 2 days later.');
    expect(text).toContain('We were rebooked 2 days later, lost 2 nights of our villa');
    expect(text).toContain('I was downgraded to economy on the way back');
    expect(text).not.toContain('was moved to a new flat');
  });

  it('a word of what was bought is a thing of the story, and two words with a slash are one or the other', () => {
    const text = letter(caseOf('GB', { purchase: { item: 'kitchen worktops supply and fit', kind: 'service' }, story: { outcome: ['worktops were never oiled/sealed, which the quote includes'] } }));
    expect(text).toContain('What actually happened: the worktops were never oiled or sealed');
    for (const typed of ['and/or', 'see www.example.com/help/faq', 'speed 30 km/h', 'A/C broken', '24/7 support']) expect(spelledOut(typed)).toBe(typed);
  });

  it('a noun placed by a phrase before its verb, at a sentence\'s start, takes "the"; a name does not', () => {
    const text = letter(caseOf('GB', { story: { outcome: ['joint next to the sink has opened up', 'Crack in the wall appeared', 'Kyle in the office was rude', 'Water on the floor is a hazard'] } }));
    expect(text).toContain('The joint next to the sink has opened up');
    expect(text).toContain('The crack in the wall appeared');
    expect(text).toContain('Kyle in the office was rude');
    expect(text).not.toMatch(/The water on the floor|The kyle/i);
  });

  it('a noun with a note in brackets or a clause of who did it, before its verb, takes "the"; a name does not', () => {
    const text = letter(caseOf('US', { story: { circumstances: 'Dentist (Dr Okafor) said results were guaranteed.', outcome: ['Tarp you left blew off in the wind on 11/14', 'Fence they built has already leaned over', 'Sarah (front desk) said no', 'Dave you sent was great'] } }));
    expect(text).toContain('The dentist (Dr Okafor) said results were guaranteed.');
    expect(text).toContain('The tarp you left blew off in the wind');
    expect(text).toContain('The fence they built has already leaned over');
    expect(text).toContain('Sarah (front desk) said no');
    expect(text).not.toMatch(/The sarah|The dave/i);
  });

  it('the last word of the business\'s name, where the name starts a sentence, is no name of its own', () => {
    const text = letter(caseOf('AU', { recipient: { company: 'Kiwi Build Solutions Ltd' }, purchase: { item: 'deck build', kind: 'service' }, story: { circumstances: 'Kiwi Build built a new deck at our house in June.' } }));
    expect(text).toContain('about my deck build of');
    expect(text).not.toContain('deck Build');
    expect(text).toContain('Kiwi Build built a new deck');
  });

  it('children typed bare are the writer\'s ("our" in a story told as "we"), and a later reply typed bare is the business\'s', () => {
    const text = letter(caseOf('AU', { story: { circumstances: 'We had a deck built.', impact: 'Kids cant use the deck, it isnt safe' }, contacts: [{ date: '2026-08-20', channel: 'email', result: 'Sent photos. Reply said timber movement is "normal"' }] }));
    expect(text).toContain("Our kids can't use the deck");
    expect(text).toContain('Your reply said timber movement is “normal”');
  });

  it('"got it back" is the writer\'s doing, "nothing back" no reply, and "face id" no "I\'d"', () => {
    const text = letter(caseOf('GB', { story: { outcome: ['got it back 3 days later', 'collected it on the friday, still broken'] }, contacts: [{ date: '2026-08-10', channel: 'visit', who: 'lad at the counter', result: 'said face id never works after a screen swap' }, { channel: 'email', result: 'nothing back' }] }));
    expect(text).toContain('I got it back 3 days later');
    expect(text).toContain('I collected it on the');
    expect(text).toContain('said Face ID never works');
    expect(text).toContain('I emailed you, but I received nothing back.');
  });

  it('a message on a platform the notes name is the contact, the person written to is "you", and a charge or silence typed bare has its subject', () => {
    const text = letter(
      caseOf('US', {
        recipient: { company: 'Elite Life Coaching', contact: 'Brandon (founder)' },
        story: { circumstances: "signed up for Brandon's 12 week coaching program", outcome: ['still charged $99 on Oct 1', 'hasnt replied to any emails since sept 20'] },
        contacts: [{ date: '2026-08-15', channel: 'social', result: 'messaged him on instagram, seen but no reply' }],
      }),
    );
    expect(text).toContain('I signed up for your 12-week coaching program');
    expect(text).toContain('I was still charged $99 on October 1');
    expect(text).toContain("You haven't replied to any emails since September 20");
    expect(text).toContain('I sent you a direct message on Instagram, and my message was read but not answered.');
    expect(text).not.toMatch(/on social\b|you messaged/);
  });

  it('what was said of someone of a job, and what came of a call, read as a person would write them', () => {
    const text = letter(
      caseOf('CA', {
        contacts: [
          { date: '2026-08-15', channel: 'visit', who: 'Kevin at front desk', result: 'said manager would call, never did' },
          { date: '2026-08-16', channel: 'email', result: 'got automated reply' },
          { date: '2026-08-20', channel: 'phone', result: 'rang 5 times, voicemail' },
        ],
      }),
    );
    expect(text).toContain('Kevin at your front desk, who said a manager would call');
    expect(text).not.toMatch(/Your said|Their said/);
    expect(text).toContain('I emailed you, and I received an automated reply.');
    expect(text).toContain('but the call went to voicemail.');
  });

  it('a month after "for" or "of" is the month', () => {
    const text = letter(caseOf('IE', { story: { circumstances: 'fees for may were taken in full for 3 weeks of may.' } }));
    expect(text).toContain('Fees for May were taken in full for 3 weeks of May.');
  });

  it('a measure in the name of what was bought is joined too', () => {
    const text = letter(caseOf('GB', { purchase: { item: 'boiler cover (12 month plan)', kind: 'subscription' } }));
    expect(text).toContain('boiler cover (12-month plan)');
  });

  it('an acronym and a reference typed in small letters are written as the case writes them', () => {
    const text = letter(caseOf('GB', { purchase: { item: 'storage unit', kind: 'service', reference: 'unit B-114' }, story: { circumstances: 'he said it needs a new PCB. rented unit b-114 and the pcb never came.' } }));
    expect(text).toContain('unit B-114 and the PCB never came');
  });

  it('a contact with another firm is told as one with that firm; the writer asking "them" is the writer', () => {
    const firm = letter(caseOf('GB', { contacts: [{ date: '2026-08-12', channel: 'phone', who: 'ParcelDash', result: 'they said the seller has to claim' }] }));
    expect(firm).toContain('I phoned ParcelDash.');
    expect(firm).not.toContain('spoke to ParcelDash');
    const asked = letter(caseOf('GB', { contacts: [{ date: '2026-08-12', channel: 'email', result: 'sent the vet invoices, asked them to cover it' }] }));
    expect(asked).toContain('and asked you to cover it');
    expect(asked).not.toContain('you asked them');
  });

  it('a reason that names a sum and what it is of is "for" it, its participles no verbs', () => {
    const text = letter(caseOf('US', { request: { remedy: 'partial-refund', amount: 100, reason: 'the difference between the tires quoted and the ones fitted' } }));
    expect(text).toContain('for the difference between the tires quoted and the ones fitted');
    expect(text).not.toContain('because the difference');
  });
});
