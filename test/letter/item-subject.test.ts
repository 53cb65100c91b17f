// The thing bought, typed as a statement's subject without its article ("flight was delayed"),
// gets "the" in the letter; nothing else typed as a note changes.
import { describe, expect, it } from 'vitest';
import { asExpected, itemWords as words, withItemNamed, withNounsNamed, withObjectsNamed } from '../../src/letter/english/item-subject.js';
import { redress } from '../support/cli.js';

const noName = () => false;

describe('withItemNamed', () => {
  it.each([
    ['fitted kitchen', 'kitchen was fitted in september. two doors were damaged', 'the kitchen was fitted in september. two doors were damaged'],
    ['return flights', 'flight was delayed 6 hours', 'the flight was delayed 6 hours'],
    ['tenancy deposit', 'Deposit was never returned', 'The deposit was never returned'],
    ['boiler service', 'I called twice. service was rushed and the engineer left early.', 'I called twice. The service was rushed and the engineer left early.'],
    ['gym membership', 'membership kept renewing after I cancelled', 'the membership kept renewing after I cancelled'],
    ['Hotpoint washing machine', 'machine stopped working after a week', 'the machine stopped working after a week'],
  ])('%s: "%s"', (item, text, expected) => {
    expect(withItemNamed(text, words(item), noName)).toBe(expected);
  });

  it.each([
    ['fitted kitchen', 'kitchen fitters never came back'],
    ['return flights', 'flights to Tenerife'],
    ['return flights', 'the flight was delayed'],
    ['washing machine', 'washing machine broke'],
    ['car service', 'my car was returned dirty'],
    ['driving lessons', 'Sam was late to every lesson'],
  ])('%s: "%s" is kept', (item, text) => {
    expect(withItemNamed(text, words(item), noName)).toBe(text);
  });

  it('leaves a name alone', () => {
    expect(withItemNamed('grace was rude to me', words('grace period cover'), (word) => word === 'grace')).toBe('grace was rude to me');
  });
});

describe('in a letter', () => {
  it('the thing bought reads with its article in the story and the list of what happened, at every stage', () => {
    const yaml = `sender: {name: Tom Reilly, country: GB, address: '12 Oak Road, Bristol BS6 5AA'}
recipient: {company: Brightside Kitchens Ltd}
purchase: {item: fitted kitchen, kind: goods, date: 2026-09-14, amount: 8400, currency: GBP}
story:
  circumstances: kitchen was fitted in september. two doors were damaged on delivery
  expectations: [doors would be replaced within a week]
  outcome: [kitchen is still unusable, nobody came]
request: {remedy: correction, correction: replace the two doors}
`;
    for (const stage of ['first', 'reminder', 'final', 'card-dispute']) {
      const { stdout: letter, code } = redress(['draft', '--from', '-', '--stage', stage, '--date', '2026-12-05'], { input: yaml });
      expect(code, stage).toBe(0);
      expect(letter, stage).toContain('The kitchen was fitted in September.');
      expect(letter, stage).toContain('- The kitchen is still unusable.');
      expect(letter, stage).not.toMatch(/(?<!the )\bkitchen was fitted/i);
    }
  });
});

describe('asExpected', () => {
  it.each([
    ['get my $1,800 deposit back within a month', true, 'deposit', 'to get my $1,800 deposit back within a month'],
    ['pay the written estimate, or get a call first', true, 'brake job', 'to pay the written estimate, or get a call first'],
    ['charged roughly the estimate', true, 'dental', 'to be charged roughly the estimate'],
    ['not be charged again', true, 'gym membership', 'not to be charged again'],
    ['delivered within about a week', true, 'pellet grill', 'that it would be delivered within about a week'],
    ['delivered within about a week', true, 'two armchairs', 'that they would be delivered within about a week'],
    // In a list, each point reads on its own.
    ['finished by September 15', false, 'basement', 'finished by September 15'],
    // A noun and its verb, or no bare verb: as typed.
    ['phone charges normally', true, 'charging port repair', 'phone charges normally'],
    ['a crown that fits', true, 'crown', 'a crown that fits'],
    ['be there at 9', true, 'clean', 'be there at 9'],
  ] as const)('%s -> %s', (typed, single, item, said) => expect(asExpected(typed, single, item)).toBe(said));
});

describe('what was done to a thing, typed without "was"', () => {
  const the = (word: string) => (['flight', 'crown', 'system', 'boxes', 'driver'].includes(word) ? 'the' : undefined);
  it.each([
    ['flight cancelled the night before by sms', 'the flight was cancelled the night before by sms'],
    ['Crown fitted 10 june. it came off twice', 'The crown was fitted on 10 june. it came off twice'],
    ['boxes delivered aug 3rd, all crushed', 'the boxes were delivered on aug 3rd, all crushed'],
    ['System installed in feb and never worked', 'The system was installed in feb and never worked'],
    ['boxes delivered to the wrong house', 'the boxes were delivered to the wrong house'],
    ['we waited, then flight cancelled at midnight', 'we waited, then the flight was cancelled at midnight'],
  ])('"%s"', (text, expected) => {
    expect(withNounsNamed(text, the, { passive: true })).toBe(expected);
  });

  it.each([
    // A person does it unaided; a thing that did something to an object keeps its verb.
    'driver returned at 5',
    'crown fitted the tooth badly',
    // A thing may start or change by itself.
    'system started beeping',
    // One of the things another verb has.
    'I had the screen and battery replaced',
  ])('"%s" is kept as a verb of its own', (text) => {
    expect(withNounsNamed(text, the, { passive: true })).not.toMatch(/\b(?:was|were)\b/);
  });

  it('never in what was expected: "brakes replaced properly" is a wish, not a statement that it was done', () => {
    expect(withNounsNamed('brakes replaced properly so the car is safe', (word) => (word === 'brakes' ? 'the' : undefined))).toBe('brakes replaced properly so the car is safe');
  });
});

describe('a thing brought or taken somewhere, typed bare', () => {
  it('takes "the"; a charge taken does not', () => {
    const noName = () => false;
    expect(withObjectsNamed('I brought car in on monday', noName)).toBe('I brought the car in on monday');
    expect(withObjectsNamed('then took car to the garage', noName)).toBe('then took the car to the garage');
    expect(withObjectsNamed('then took payment twice', noName)).toBe('then took payment twice');
    expect(withObjectsNamed('I took photos of it', noName)).toBe('I took photos of it');
  });
});

describe('a bare noun after "in"', () => {
  it('is a phrase of its own ("in person"), not the object of the verb before it', () => {
    const noName = () => false;
    expect(withObjectsNamed('I cancelled in person at the front desk', noName)).toBe('I cancelled in person at the front desk');
    expect(withObjectsNamed('i returned in store', noName)).toBe('i returned in store');
    // "booked in", "dropped in" take a particle.
    expect(withObjectsNamed('I booked in car for a service', noName)).toBe('I booked in the car for a service');
  });
});

describe('a thing that says, or is named by its letters, typed bare', () => {
  const the = (word: string) => (word === 'listing' || word === 'contract' ? 'the' : undefined);
  it('"Listing said" is "The listing said"; "since AC never worked" is "since the AC never worked"', () => {
    expect(withNounsNamed('Listing said "central air". contract says 12 months', the)).toBe('The listing said "central air". the contract says 12 months');
    expect(withNounsNamed('no heat since AC never worked. TV arrived cracked', the)).toBe('no heat since the AC never worked. The TV arrived cracked');
  });
  it('never a name, which may say anything, nor letters that are not a thing', () => {
    expect(withNounsNamed('bill said no. since BT never replied', the)).toBe('bill said no. since BT never replied');
    expect(withNounsNamed('the AC never worked and my TV broke', the)).toBe('the AC never worked and my TV broke');
  });
});

describe('the thing bought typed with what was done to it', () => {
  it('"new combi boiler installed" is told with its day: "my new combi boiler, installed on 15 September 2026"', () => {
    const yaml = `sender: {name: Sam Green, country: GB, address: '3 Hill Road, Leeds LS6 2AB'}
recipient: {company: Warm Homes Heating Ltd}
purchase: {item: new combi boiler installed, kind: service, date: 2026-09-15, amount: 2400, currency: GBP}
story:
  circumstances: the boiler has lost pressure every week since it was fitted
  expectations: [a boiler that keeps its pressure]
  outcome: [it loses pressure every week]
request: {remedy: correction, correction: repair the boiler}
`;
    for (const stage of ['first', 'reminder', 'final']) {
      const { stdout: letter, code } = redress(['draft', '--from', '-', '--stage', stage, '--date', '2026-11-01'], { input: yaml });
      expect(code, stage).toBe(0);
      expect(letter, stage).toContain('my new combi boiler, installed on 15 September 2026');
      expect(letter, stage).not.toContain('installed of');
    }
  });
});

describe('a thing with its own number', () => {
  it('needs no "the", whatever the case of its number: "rented unit b-114"', () => {
    expect(withObjectsNamed('I rented unit b-114 in May, I booked room B, I rented unit 4', noName)).toBe('I rented unit b-114 in May, I booked room B, I rented unit 4');
    expect(withObjectsNamed('I rented unit in May', noName)).toBe('I rented the unit in May');
  });
});
