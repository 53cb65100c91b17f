// Every built-in template, for every stage and remedy, rendered for realistic cases with
// each optional part present or missing, must read like a finished letter.
import { describe, expect, it } from 'vitest';
import { pronounFor } from '../../src/letter/english/money.js';
import { produceLetter } from '../../src/letter/produce.js';
import type { Case } from '../../src/case/schema.js';
import { checkTone } from '../../src/tone/index.js';
import { REMEDIES, STAGES, VARIATIONS, fullCase, variant } from './cases.js';

/** What a missing value or a clumsy template leaves behind, as a list of readable problems. */
export function readingProblems(letter: string): string[] {
  const problems: string[] = [];
  const [subjectLine, blank, ...rest] = letter.split('\n');
  const subject = subjectLine!.replace(/^Subject: /, '');
  const body = rest.join('\n');
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  check(subjectLine!.startsWith('Subject: ') && blank === '', 'no subject line and blank line');
  check(!/\s{2,}|:\s*$|\(\s*\)|\s[,.:;]|^\s|,,|: :/.test(subject), `clumsy subject: ${subject}`);
  check(!/undefined|null|NaN|\[object Object\]|\{\{|\}\}/.test(letter), 'a missing value shows as undefined/null/NaN or template text');
  check(!/ {2,}/.test(body), 'double spaces');
  check(!/(^|[^.])\.\.(?!\.)/.test(body), 'doubled full stop');
  check(!/ [,.;:!?](\s|$)/m.test(body), 'space before punctuation');
  check(!/,\s*[,.]|;\s*\./.test(body), 'doubled punctuation');
  check(!/\(\s*\)|\( | \)/.test(body), 'empty or padded brackets');
  check(!/\n{3,}/.test(letter), 'more than one blank line');
  check(!/[ \t]+$/m.test(letter), 'trailing spaces');
  check(!/\b(\w+) \1\b/i.test(body.replace(/\d/g, '')), 'a repeated word');
  check(!/\. [a-z]/.test(body), 'a sentence starting with a small letter');
  check(/^Dear [^\n]+,$/m.test(body.split('\n')[0]!), 'no greeting');
  check(/(Kind regards|Yours sincerely|Yours faithfully|Sincerely),\n\n\S/.test(body), 'no sign-off with a name');
  const lines = body.split('\n');
  lines.forEach((line, i) => {
    check(!/^\s*[-*]\s*[.;,]?\s*$/.test(line), `dangling bullet at line ${i + 1}`);
    // A colon ends a heading with its list, or introduces a quotation (“…”) after a blank line.
    if (/:$/.test(line)) check(/^- \S/.test(lines[i + 1] ?? '') || (lines[i + 1] === '' && /^“/.test(lines[i + 2] ?? '')), `heading without a list: "${line}"`);
    check(!/^- .*\.\s*\.$/.test(line), `bullet ending in two stops: ${line}`);
  });
  return problems;
}

describe('built-in letters read well', () => {
  const names = ['full', 'minimal', ...Object.keys(VARIATIONS)] as const;
  for (const stage of STAGES) {
    for (const remedy of REMEDIES) {
      it(`${stage} × ${remedy}, for ${names.length} cases`, () => {
        for (const name of names) {
          const value = variant(name, stage, remedy);
          const produced = produceLetter(value, { format: 'text' });
          // A card issuer reverses card payments only, and pays costs only under section 75.
          // A regular payment to be put right names no charge to reverse without an amount.
          const noCharge = (remedy === 'correction' || remedy === 'either') && value.purchase.period !== undefined && value.request.amount === undefined;
          // Nor is there a payment to reverse when the case names none.
          const noPayment = value.purchase.amount === undefined && value.purchase.price === undefined && value.request.amount === undefined;
          const notForIssuer = stage === 'card-dispute' && (remedy === 'compensation' || noCharge || noPayment || !['credit-card', 'debit-card', undefined].includes(value.purchase.paidWith));
          if (notForIssuer && !produced.ok) continue;
          if (!produced.ok) throw new Error(`${name}: ${JSON.stringify(produced.problems)}`);
          const letter = produced.output.content;
          expect({ case: name, problems: readingProblems(letter) }).toEqual({ case: name, problems: [] });
          const unkind = checkTone(letter).filter((f) => f.severity === 'error');
          expect({ case: name, unkind }).toEqual({ case: name, unkind: [] });
        }
      });
    }
  }

  it('the checks above do find clumsy letters', () => {
    expect(readingProblems('Subject: Refund request: \n\nDear X,\n\nI paid  $5 .\n- \nEvidence:\n\nKind regards,\n\nSam')).toEqual(
      expect.arrayContaining(['double spaces', 'space before punctuation', 'dangling bullet at line 4', 'heading without a list: "Evidence:"', expect.stringMatching(/clumsy subject/)]),
    );
    expect(readingProblems('Subject: A\n\nDear X,\n\nI paid undefined.. and and.\n\nKind regards,\n\nSam')).toEqual(
      expect.arrayContaining(['a missing value shows as undefined/null/NaN or template text', 'doubled full stop', 'a repeated word']),
    );
  });
});

describe('what each letter says', () => {
  /** The text letter of a case, which must be written. */
  const written = (c: Case) => {
    const produced = produceLetter(c, { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    return produced;
  };

  const text = (name: Parameters<typeof variant>[0], stage: (typeof STAGES)[number], remedy: (typeof REMEDIES)[number]) => written(variant(name, stage, remedy)).output.content;

  it('first: a plain opening that names the business, story, attempts, impact, one request, a reply-by date, enclosures, sign-off', () => {
    const letter = text('full', 'first', 'either');
    expect(letter).toMatch(
      /^Subject: Request to put things right or refund: BCC-004471 \(a deep clean of three rooms, November 2, 2026\)\n\nDear Member Services team,\n\nI am writing to Brightline Carpet Care about a deep clean of three rooms \(reference BCC-004471\)\. I paid \$240\.00\./,
    );
    const order = [
      'I booked a deep clean',
      '- Promised: the crew would arrive between 9 and 10 am. What happened: the crew arrived at 1 pm, three hours late.',
      'On November 3, 2026, I phoned you and spoke to Dana at the front desk. She promised a call back within two days, but nobody called. On November 6, 2026, I emailed you. I received an automatic reply only.',
      'I took a day off work',
      'Please either put this right (clean the third room at no charge within the next two weeks) or refund the $240.00 I paid.',
      'Please reply by December 24, 2026, confirming what you will do and when.',
      'I enclose copies of the following (I have kept the originals):\n- Booking confirmation BCC-004471\n- Photos of the room that was not cleaned',
      'Sincerely,\n\nAlex Rivera\nCustomer number: 0093321\n12 Elm Street, Springfield\nalex.rivera@example.com\n+1 555 0142',
    ];
    let at = 0;
    for (const part of order) {
      const found = letter.indexOf(part, at);
      expect(found, part).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(letter).not.toMatch(/final request|take the matter further|keep doing business|You can reach me/i);
    // Contact details once: in the signature only.
    expect(letter.split('alex.rivera@example.com').length - 1).toBe(1);
  });

  it('tells each earlier contact as a sentence a person would write, whatever its result is', () => {
    const c = fullCase('first', 'refund');
    const results = [
      'an automatic reply, then nothing',
      'the manager promised a refund',
      'no reply from anyone',
      'no one called back',
      'nothing',
      'promised a call back',
      'a reply saying my complaint had been logged',
    ];
    c.contacts = results.map((result) => ({ channel: 'email', result }));
    const produced = written(c);
    const letter = produced.output.content;
    for (const told of [
      'I emailed you, and I received an automatic reply, then nothing.',
      'I emailed you. The manager promised a refund.',
      'I emailed you, but I received no reply from anyone.',
      'I emailed you. No one called back.',
      'I emailed you, but nothing came of it.',
      'I emailed you, and you promised a call back.',
      'I emailed you, and the reply said my complaint had been logged.',
    ]) {
      expect(letter).toContain(told);
    }
  });

  it('tells a message the business sent, a call on hold and a job typed bare as a person would', () => {
    const c = fullCase('first', 'refund');
    c.contacts = [
      { channel: 'email', result: 'email saying the deposit is non-refundable' },
      { channel: 'phone', who: 'emergency event line', result: 'on hold 40 mins, then cut off' },
      { channel: 'email', who: 'practice manager', result: 'no reply' },
      { channel: 'phone', who: 'they', result: 'promised a call back' },
      { channel: 'email', who: 'Billing Disputes Department', result: 'the manager promised a refund' },
    ];
    const letter = written(c).output.content;
    for (const told of [
      'I received an email from you saying the deposit is non-refundable.',
      'I phoned your emergency event line, and I was on hold 40 minutes, then cut off.',
      'I emailed your practice manager, but I received no reply.',
      'I phoned you, and you promised a call back.',
      'I emailed your Billing Disputes Department. The manager promised a refund.',
    ]) {
      expect(letter).toContain(told);
    }
    expect(letter).not.toMatch(/at your company|spoke to they|\(on hold/);
  });

  it('in a letter to a named person, what the reception said is theirs, not the reader\'s', () => {
    const c = fullCase('first', 'refund');
    c.recipient = { ...c.recipient, contact: "Dr Aoife O'Neill" };
    c.contacts = [{ channel: 'phone', who: 'reception', result: 'told me the refit would be charged' }];
    expect(written(c).output.content).toContain('I phoned your reception, and they told me the refit would be charged.');
  });

  it('writes a number\'s label typed in brackets before the number', () => {
    const c = fullCase('first', 'refund');
    c.sender = { ...c.sender, customerId: '(acct) 88812-B' };
    c.purchase = { ...c.purchase, reference: 'TN-88231-X (order)' };
    const letter = written(c).output.content;
    expect(letter).toMatch(/^Acct 88812-B$/m);
    expect(letter).toContain('order TN-88231-X');
    expect(letter).not.toMatch(/\(acct\)|\(order\)|reference order/);
  });

  it('gives someone not named, typed without an article, one', () => {
    const c = fullCase('first', 'refund');
    c.contacts = [
      { channel: 'visit', who: 'lad on the front desk', result: 'told me the manager was not in' },
      { channel: 'phone', who: 'staff member', result: 'said the owner handles claims' },
    ];
    const letter = written(c).output.content;
    expect(letter).toContain('spoke in person to a young man on the front desk');
    expect(letter).toContain('I phoned you, and you said the owner handles claims.');
    expect(letter).not.toMatch(/spoke to (?:lad|staff member)\b/);
  });

  it('greets a team whose word was typed twice once ("complaints team team")', () => {
    const c = fullCase('first', 'refund');
    c.recipient = { ...c.recipient, contact: 'complaints team team' };
    const text = written(c).output.content;
    expect(text).toMatch(/^Dear Complaints [Tt]eam,$/m);
    expect(text).not.toMatch(/team team/i);
  });

  it('greets the customer service of a business whose name was typed in capitals in normal letters (US)', () => {
    const c = fullCase('first', 'refund');
    c.letter = { ...c.letter, locale: 'en-US' };
    c.recipient = { company: 'NORDHAUS LIVING INC.' };
    expect(written(c).output.content).toContain('Dear Nordhaus Living Customer Service,');
    c.recipient = { company: 'BMW UK' };
    expect(written(c).output.content).toContain('Dear BMW UK Customer Service,');
  });

  it('writes a business name typed in capitals in normal letters, its legal form and short words too', () => {
    const c = fullCase('first', 'refund');
    for (const [typed, name] of [
      ['SPEEDY REMOVALS PTY LTD', 'Speedy Removals Pty Ltd'],
      ['THE CAR SHOP LTD', 'The Car Shop Ltd'],
      ['EDF ENERGY', 'EDF Energy'],
      ['BIG RED BUS CO', 'Big Red Bus Co'],
      ['IKEA UK', 'IKEA UK'],
    ]) {
      c.recipient = { company: typed! };
      const text = written(c).output.content;
      expect(text).toContain(`writing to ${name} about`);
      if (typed !== name) expect(text).not.toContain(typed!);
    }
  });

  it('says "you" of the person written to by title, where the story uses their first name', () => {
    const c = fullCase('first', 'refund');
    c.recipient = { ...c.recipient, contact: 'Mr Gary Pike' };
    c.story = { ...c.story, circumstances: 'Gary quoted £8200 to fit the kitchen. Gary Pike then stopped coming.' };
    const letter = written(c).output.content;
    expect(letter).toContain('You quoted £8200 to fit the kitchen. You then stopped coming.');
  });

  it('gives a name typed in small letters its capitals, "Mc" names too', () => {
    const c = fullCase('first', 'refund');
    c.sender = { ...c.sender, name: 'sarah mcleod' };
    expect(written(c).output.content).toMatch(/^Sarah McLeod$/m);
  });

  it('starts a sentence after "no." with a capital, says "What I expected" once, and writes ages typed "yr old" in words', () => {
    const c = fullCase('first', 'refund');
    c.story = {
      ...c.story,
      circumstances: 'i asked for my money back and the manager said no. i then asked again and was told no. nothing has changed',
      expectations: ['I expected the room to be cleaned properly'],
      outcome: ['the carpet was 10 yr old', 'a 3 yr old rug was ruined'],
    };
    const letter = written(c).output.content;
    expect(letter).toContain('said no. I then asked again and was told no. Nothing has changed');
    expect(letter).toContain('What I expected: the room to be cleaned properly.');
    expect(letter).toContain('The carpet was 10 years old.');
    expect(letter).toContain('A 3-year-old rug was ruined.');
    // The number's "no." is still one: "ref no. 5521" goes on.
    c.story = { ...c.story, circumstances: 'my order no. 5521 never came' };
    expect(written(c).output.content).toContain('My order no. 5521 never came');
  });

  it('a second reminder names every letter before it', () => {
    const c = fullCase('reminder', 'refund');
    c.letter = { ...c.letter, locale: 'en-GB', previous: ['2026-10-25', '2026-11-12'] };
    expect(written(c).output.content).toContain('On 25 October 2026 and 12 November 2026, I wrote to');
  });

  it('tells who cancelled: the writer a plan, the person spoken to an appointment', () => {
    const c = fullCase('first', 'refund');
    c.contacts = [
      { channel: 'phone', who: 'Gemma', result: 'cancelled again, "engineer shortage"' },
      { channel: 'phone', result: 'cancelled the engineer visit' },
      { channel: 'phone', result: 'cancelled my membership' },
    ];
    const letter = written(c).output.content;
    expect(letter).toMatch(/I phoned you and spoke to Gemma, who cancelled again/);
    expect(letter).toMatch(/I phoned you, and you cancelled the engineer visit\./);
    expect(letter).toMatch(/I phoned you and cancelled my membership\./);
  });

  it('tells what the writer got, and whom the business told, in whole sentences', () => {
    const c = fullCase('first', 'refund');
    c.contacts = [
      { channel: 'email', result: 'Got an automated acknowledgement, nothing since' },
      { channel: 'phone', who: 'customer services', result: 'told to wait for the claims team' },
      { channel: 'phone', result: 'told it was on the truck' },
      { channel: 'phone', result: 'was told to wait a week' },
      { channel: 'visited', who: 'reception', result: 'were told someone would call back, nobody did' },
      { channel: 'email', result: 'acknowledged, said a contractor would be in touch' },
    ];
    const produced = written(c);
    for (const told of [
      'I emailed you, and I got an automated acknowledgement, but I have heard nothing since.',
      'spoke to your customer services team, who told me to wait for the claims team.',
      'I phoned you, and you told me it was on the truck.',
      'I phoned you, and I was told to wait a week.',
      'and I was told someone would call back, but nobody did.',
      'I emailed you, and you acknowledged my complaint and said a contractor would be in touch.',
    ]) {
      expect(produced.output.content).toContain(told);
    }
  });

  it('names a person typed after their job as a letter would: "Lisa, your practice manager"', () => {
    const c = fullCase('first', 'refund');
    c.contacts = [
      { channel: 'phone', who: 'practice manager, Lisa', result: 'promised a call back' },
      { channel: 'phone', who: 'site mgr (darren)', result: 'promised a call back' },
    ];
    const letter = written(c).output.content;
    expect(letter).toContain('spoke to Lisa, your practice manager, who promised a call back');
    expect(letter).toContain('spoke to Darren, your site manager, who promised a call back');
  });

  it('tells a reply written for everyone as what the writer received, with its words quoted', () => {
    const c = fullCase('first', 'refund');
    c.contacts = [
      { channel: 'email', result: 'form reply, "charge is final"' },
      { channel: 'email', result: 'canned response' },
      { channel: 'form', result: 'generic reply: "we value your feedback"' },
      { channel: 'phone', result: 'standard email saying they are looking into it' },
    ];
    const letter = written(c).output.content;
    for (const told of [
      'I emailed you, and I received a form reply: “charge is final”.',
      'I emailed you, and I received a canned response.',
      'and I received a generic reply: “we value your feedback”.',
      'and I received a standard email saying you are looking into it.',
    ]) {
      expect(letter).toContain(told);
    }
    expect(letter).not.toMatch(/you canned|\(form reply/);
  });

  it('tells a place of the business as where the writer went or called, and the person spoken to as a letter would', () => {
    const c = fullCase('first', 'refund');
    c.contacts = [
      { channel: 'in person', who: 'baggage desk at Alicante airport', result: "they said it was the handling agent's fault, not theirs" },
      { channel: 'phone', who: 'front desk, Dundas', result: 'told me to email head office' },
      { channel: 'visit', who: 'the Leeds branch', result: 'refused a refund' },
      { channel: 'in person', who: 'Dana at the front desk', result: 'she said it would be fixed by Friday' },
      { channel: 'phone', who: 'someone at head office (didnt give name)', result: 'said the claim would be paid within 28 days' },
      { channel: 'phone', who: 'Sam (branch manager)', result: 'promised a call back' },
      { channel: 'phone', who: 'a man called Steve (wouldnt give surname)', result: 'said no refund' },
      { channel: 'email', who: 'complaints dept', result: 'told me the landlord wants $850 for painting' },
      { channel: 'phone', who: 'the guy at the counter', result: 'said the part costs $80 and takes 2 weeks' },
      { channel: 'phone', who: 'Guy Martin', result: 'promised a refund' },
      { channel: 'in person', who: 'the manager Kev', result: 'he said head office deals with refunds' },
    ];
    const letter = written(c).output.content;
    for (const told of [
      "I went to your baggage desk at Alicante airport. You said it was the handling agent's fault, not yours.",
      'I phoned your front desk (Dundas), and you told me to email head office.',
      'I went to your Leeds branch, and you refused a refund.',
      'I spoke in person to Dana at the front desk. She said it would be fixed by Friday.',
      'I phoned you and spoke to someone at your head office, who said the claim would be paid within 28 days.',
      'I phoned you and spoke to Sam, your branch manager, who promised a call back.',
      'I phoned you and spoke to a man called Steve, who said “no refund”.',
      'I emailed your complaints department, who told me the landlord wants $850 for painting.',
      'I phoned you and spoke to the man at the counter, who said the part costs $80 and takes 2 weeks.',
      'I phoned you and spoke to Guy Martin, who promised a refund.',
      'I spoke in person to Kev, your manager. He said head office deals with refunds.',
    ]) {
      expect(letter).toContain(told);
    }
    expect(letter).not.toMatch(/name\)|Someone|“the landlord/);
  });

  it('keeps words in quotation marks as typed, quotes a telegraphic report, and spells out shorthand', () => {
    const c = fullCase('first', 'refund');
    c.recipient = { ...c.recipient, contact: 'Rick Alvarez' };
    c.contacts = [
      { channel: 'phone', who: 'Rick', result: 'said he\'d "see what he could do", no call back' },
      { channel: 'phone', who: 'someone on the phone', result: 'said delayed at warehouse' },
      { channel: 'phone', result: 'agreed to refund my deposit within 2 wks' },
      { channel: 'email', result: 'they said "they will look into it" but didnt' },
      { channel: 'phone', result: 'rang them twice, on hold 50 mins each time, gave up' },
    ];
    const letter = written(c).output.content;
    for (const told of [
      'I phoned you, and you said you\'d “see what he could do”, but there was no call back.',
      'I phoned you and spoke to someone, who said “delayed at warehouse”.',
      'I phoned you, and you agreed to refund my deposit within 2 weeks.',
      'I emailed you. You said “they will look into it” but didn\'t.',
      'I phoned you twice, on hold 50 minutes each time, and gave up.',
    ]) {
      expect(letter).toContain(told);
    }
  });

  it("gives the writer's reason for a partial refund as a clause or a thing, set off from what was paid", () => {
    const refund = (reason: string) => {
      const c = fullCase('first', 'partial-refund');
      c.request = { ...c.request, remedy: 'partial-refund', amount: 80, reason };
      const produced = written(c);
      return /Please refund [^\n]*/.exec(produced.output.content)![0];
    };
    expect(refund('the amount above the written estimate, for work I did not authorize')).toBe('Please refund $80.00 of the $240.00 I paid, for the amount above the written estimate, for work I did not authorize.');
    expect(refund('the two rooms not cleaned')).toBe('Please refund $80.00 of the $240.00 I paid, for the two rooms not cleaned.');
    expect(refund('only two of the three rooms were cleaned')).toBe('Please refund $80.00 of the $240.00 I paid, because only two of the three rooms were cleaned.');
    expect(refund('for the jacket that was not delivered')).toBe('Please refund $80.00 of the $240.00 I paid, for the jacket that was not delivered.');
    expect(refund('because the crew left early')).toBe('Please refund $80.00 of the $240.00 I paid, because the crew left early.');
    // Money named with what was done to it is a thing, whatever follows it.
    expect(refund('the three monthly fees charged after my lease ended')).toBe('Please refund $80.00 of the $240.00 I paid, for the three monthly fees charged after my lease ended.');
    expect(refund('the parcel arrived after the deadline')).toBe('Please refund $80.00 of the $240.00 I paid, because the parcel arrived after the deadline.');
    // Money named with what was done to it and where it went is a thing too.
    expect(refund('the roaming charges added to my bills since July')).toBe('Please refund $80.00 of the $240.00 I paid, for the roaming charges added to my bills since July.');
    expect(refund('the roaming charges were added to my bills')).toBe('Please refund $80.00 of the $240.00 I paid, because the roaming charges were added to my bills.');
  });

  it('calls what was bought "them" when it is plural', () => {
    for (const [item, pronoun] of [
      ['return flights to Lisbon', 'them'],
      ['the oak dining table and six chairs', 'them'],
      ['wireless headphones', 'them'],
      ['a pair of shoes', 'it'],
      ['gas and electricity supply', 'it'],
      ['a glass vase', 'it'],
      ['10 nights boarding for my dog', 'it'],
      ['2 tyres fitted', 'them'],
      ['monthly "amenity + valet trash" fee', 'it'],
      ['two nights, sea-view room', 'them'],
      // A place or a name after the noun does not say how many.
      ['return flights London to Nice', 'them'],
      ['dining table Oslo', 'it'],
      ['Samsung Galaxy', 'it'],
      // Counted first: several, whatever names follow.
      ['2 tickets Harbor Lights concert Madison Square Garden 10/18/2026', 'them'],
      ['three garden benches (teak)', 'them'],
      // Two things joined as one package; a code of a place after things named.
      ['wedding ceremony and reception package, 90 guests', 'it'],
      ['flight and hotel deal', 'it'],
      ['sectional sofa and matching ottoman', 'them'],
      ['flights LPL to Palma for 4 people', 'them'],
      // A route typed in small letters: the place it starts from is no name for what was bought.
      ['return flights toronto to vancouver for 2', 'them'],
      ['train ticket dublin to galway', 'it'],
      // How the journey goes, after the things named.
      ['flights DUB-FAO return for 2 adults', 'them'],
      ['ferry ticket HOL-DUB return', 'it'],
      ['sofa bed return', 'it'],
    ] as const) {
      expect(pronounFor(item), item).toBe(pronoun);
    }
    const c = fullCase('first', 'refund');
    c.purchase = { ...c.purchase, item: 'return flights to Lisbon', kind: 'booking' };
    // A story that starts with the booking says it already (see money-and-merchant.test.ts).
    c.story.circumstances = 'The outbound flight was cancelled the night before.';
    const produced = written(c);
    expect(produced.output.content).toMatch(/I booked them on \S+ \d+, \d{4}, and paid /);
    // Things counted are "them" in a reminder too, never named a second time.
    const reminder = fullCase('reminder', 'refund');
    reminder.purchase = { ...reminder.purchase, item: '2 tickets Harbor Lights concert Madison Square Garden', kind: 'booking' };
    reminder.story.circumstances = 'The concert was cancelled.';
    // The reminder has just said what it asked for: the booking is told by its date, the amount not again.
    expect(written(reminder).output.content).toMatch(/I booked them on [A-Z][a-z]+ \d+, 2026\./);
  });

  it('writes a letter from two people as "we" in its own sentences, and keeps their answers and quotations as written', () => {
    for (const stage of ['first', 'reminder', 'final'] as const) {
      const c = fullCase(stage, 'refund');
      c.sender = { ...c.sender, name: 'Ben & Sarah Hollis' };
      c.story = { ...c.story, impact: 'My grandmother, who is 94, had to wait in the cold.' };
      c.contacts = [{ date: '2026-11-03', channel: 'phone', who: 'Dana', result: 'she said "I will call you back"' }];
      const text = written(c).output.content;
      expect(text, stage).toMatch(/the \$240\.00 we paid/);
      expect(text, stage).not.toMatch(/\bI (?:look forward|enclose|paid|understand|wrote)\b/);
      expect(text, stage).toContain('My grandmother, who is 94');
      expect(text).toContain('I will call you back');
      expect(text).toMatch(/\n\nBen & Sarah Hollis\n/);
    }
    const one = fullCase('first', 'refund');
    expect(written(one).output.content).toMatch(/the \$240\.00 I paid/);
    // One writer's own people stay theirs, however the answer is told: never "our mother".
    for (const stage of ['first', 'reminder', 'final'] as const) {
      const c = fullCase(stage, 'refund');
      c.sender = { ...c.sender, name: 'Aoife & Declan Byrne' };
      c.story = { ...c.story, impact: 'it ruined the evening and my mother was very upset, my dad too' };
      const text = written(c).output.content;
      expect(text, stage).toContain('my mother was very upset, my dad too');
      expect(text, stage).not.toMatch(/our (?:mother|dad)/);
    }
    // An answer the letter starts with a capital ("our day…" -> "Our day…") is still the writers' words: its "I" stays "I".
    for (const stage of ['first', 'reminder', 'final'] as const) {
      const c = fullCase(stage, 'refund');
      c.sender = { ...c.sender, name: 'Jess and Tom Harding' };
      c.story = { ...c.story, impact: 'our wedding day, we only get one. Our parents were upset. I cried in the bathroom.' };
      const text = written(c).output.content;
      expect(text, stage).toContain('I cried in the bathroom');
      expect(text, stage).not.toContain('We cried');
    }
  });

  it('asks a card issuer for no more than the charge, and for costs only under section 75', () => {
    const dispute = (country: string, paidWith: 'credit-card' | 'debit-card', remedy: 'refund' | 'compensation') => {
      const c = fullCase('card-dispute', remedy);
      c.sender = { ...c.sender, country };
      c.purchase = { ...c.purchase, paidWith, currency: country === 'GB' ? 'GBP' : 'AUD', amount: 240 };
      c.request = { ...c.request, remedy, costs: [{ what: 'a night in a hotel', amount: 180 }], ...(remedy === 'refund' && { amount: 300 }) };
      const produced = written(c);
      return produced.output.content;
    };
    // A chargeback (Australia, debit card): the charge at most, and no costs.
    const chargeback = dispute('AU', 'debit-card', 'refund');
    const asked = /Please credit [^\n]*/.exec(chargeback)![0];
    // A debit card charges no interest.
    expect(asked).toMatch(/^Please credit the A?\$240\.00 charge to my account, together with any related fees\. Please confirm/);
    expect(asked).not.toMatch(/300\.00|costs/);
    const costsOnly = fullCase('card-dispute', 'compensation');
    costsOnly.sender = { ...costsOnly.sender, country: 'AU' };
    costsOnly.purchase = { ...costsOnly.purchase, paidWith: 'debit-card', currency: 'AUD' };
    expect(produceLetter(costsOnly, { format: 'text' }).ok).toBe(false);
    // A regular payment to be put right names no charge to reverse: the issuer must be told how much.
    const putRight = fullCase('card-dispute', 'correction');
    putRight.purchase = { ...putRight.purchase, paidWith: 'credit-card', period: 'month' };
    const refused = produceLetter({ ...putRight, request: { ...putRight.request, amount: undefined } }, { format: 'text' });
    expect(refused.ok ? '' : refused.problems[0]!.message).toContain('set request.remedy to partial-refund with request.amount');
    // Section 75 (UK, credit card): the costs may be claimed too.
    expect(dispute('GB', 'credit-card', 'compensation')).toContain('Please credit £180.00 to my account for the costs this caused me, listed above.');
  });

  it('cites the US billing-error rules only while the 60 days from the statement are open', () => {
    const dispute = (statementDate: string) => {
      const c = fullCase('card-dispute', 'refund');
      c.sender = { ...c.sender, country: 'US' };
      c.purchase = { ...c.purchase, paidWith: 'credit-card' };
      c.card = { ...c.card, statementDate };
      const produced = written(c);
      return produced.output.content;
    };
    expect(dispute('2026-11-01')).toContain('Fair Credit Billing Act');
    expect(dispute('2026-03-01')).not.toContain('Fair Credit Billing Act');
  });

  it('offers the billing-error dispute as a next step only if its 60 days last until the reply-by date', () => {
    const final = (statementDate: string) => {
      const c = fullCase('final', 'refund');
      c.sender = { ...c.sender, country: 'US' };
      c.purchase = { ...c.purchase, paidWith: 'credit-card' };
      c.card = { ...c.card, statementDate };
      delete c.letter!.nextSteps;
      return written(c).output.content;
    };
    // The letter of 2026-12-10 asks for a reply by 2026-12-24.
    expect(final('2026-11-01')).toContain('under the Fair Credit Billing Act');
    expect(final('2026-10-01')).not.toContain('Fair Credit Billing Act');
  });

  it('greets a department by its name in title case', () => {
    for (const [contact, greeting] of [
      ['Customer services team', 'Dear Customer Services team,'],
      ['the complaints department', 'Dear Complaints Department,'],
      ['member services', 'Dear Member Services team,'],
      // A team named by what it handles.
      ['Account Closures', 'Dear Account Closures team,'],
      ['returns', 'Dear Returns team,'],
    ] as const) {
      const c = fullCase('first', 'refund');
      c.recipient = { ...c.recipient, contact };
      const produced = written(c);
      expect(produced.output.content).toContain(`\n\n${greeting}\n`);
    }
  });

  it('signs off "Yours faithfully" to a reader known by a role, "Yours sincerely" to one known by name (UK)', () => {
    for (const [contact, greeting, signOff] of [
      ['The Manager', 'Dear Manager,', 'Yours faithfully,'],
      ['store manager', 'Dear Store Manager,', 'Yours faithfully,'],
      ['Mr Tom Reilly', 'Dear Mr Reilly,', 'Yours sincerely,'],
      ['Sam, the branch manager', 'Dear Sam,', 'Yours sincerely,'],
      ['the manager Kev', 'Dear Kev,', 'Yours sincerely,'],
      ['site manager Dana Price', 'Dear Dana Price,', 'Yours sincerely,'],
      ['Sue & Graham', 'Dear Sue and Graham,', 'Yours sincerely,'],
      // A role, then the name in brackets: the name is whom the letter greets.
      ['the office manager (Trish)', 'Dear Trish,', 'Yours sincerely,'],
      ['Customer Services (Mr Patel)', 'Dear Mr Patel,', 'Yours sincerely,'],
      // A team in brackets is no name.
      ['Manager (Sales)', 'Dear Manager,', 'Yours faithfully,'],
      // A name and a job typed in small letters, in either order: the greeting has the name alone.
      ['the owner gary', 'Dear Gary,', 'Yours sincerely,'],
      ['gary the owner', 'Dear Gary,', 'Yours sincerely,'],
      ['mr hartley the owner', 'Dear Mr Hartley,', 'Yours sincerely,'],
      ['site manager dana price', 'Dear Dana Price,', 'Yours sincerely,'],
      ['Kev the manager', 'Dear Kev,', 'Yours sincerely,'],
      ['manager kev', 'Dear Kev,', 'Yours sincerely,'],
      ['Gary Hartley Owner', 'Dear Gary Hartley,', 'Yours sincerely,'],
      ['dave in accounts', 'Dear Dave,', 'Yours sincerely,'],
      ['Brandon from your retention team', 'Dear Brandon,', 'Yours sincerely,'],
      ['Head of Complaints', 'Dear Head of Complaints,', 'Yours faithfully,'],
      // A job's own word before it is no name.
      ['Academic Director', 'Dear Academic Director,', 'Yours faithfully,'],
      ['Clinical Lead', 'Dear Clinical Lead,', 'Yours faithfully,'],
      // Someone described, not named.
      ['the lady at reception', 'Dear Sir or Madam,', 'Yours faithfully,'],
      // A couple: both, by the surname they share.
      ['Mr. and Mrs. Davies', 'Dear Mr and Mrs Davies,', 'Yours sincerely,'],
      // Two people, each with their own surname.
      ['Ms Lee and Mr Park', 'Dear Ms Lee and Mr Park,', 'Yours sincerely,'],
      // Jobs typed short, and trades before a name.
      ['service mgr Greg Holloway', 'Dear Greg Holloway,', 'Yours sincerely,'],
      ['Denise the office mgr', 'Dear Denise,', 'Yours sincerely,'],
      ['mgr Denise', 'Dear Denise,', 'Yours sincerely,'],
      ['the tech Hemi', 'Dear Hemi,', 'Yours sincerely,'],
      ['store mgr', 'Dear Store Manager,', 'Yours faithfully,'],
      ['Dr & Mrs J Patel', 'Dear Dr and Mrs Patel,', 'Yours sincerely,'],
      // The person named for attention, or before "@ the business".
      ['Claims Department, Attn: Ms. Dolores Baptiste', 'Dear Ms Baptiste,', 'Yours sincerely,'],
      ['Tom @ Keys and Co', 'Dear Tom,', 'Yours sincerely,'],
      // A job with its capitals, then the name; a team leader is known by a role.
      ['Team Leader Jess', 'Dear Jess,', 'Yours sincerely,'],
      ['Store Manager Dana Price', 'Dear Dana Price,', 'Yours sincerely,'],
      ['Team Leader', 'Dear Team Leader,', 'Yours faithfully,'],
      // A team or a department names no person either.
      ['Baggage Claims team', 'Dear Baggage Claims team,', 'Yours faithfully,'],
      ['complaints department', 'Dear Complaints Department,', 'Yours faithfully,'],
      ['customer care', 'Dear Customer Care team,', 'Yours faithfully,'],
      ['Practice Manager', 'Dear Practice Manager,', 'Yours faithfully,'],
    ] as const) {
      const c = fullCase('first', 'refund');
      c.recipient = { ...c.recipient, contact };
      c.letter = { ...c.letter, locale: 'en-GB' };
      const text = written(c).output.content;
      expect(text, contact).toContain(`\n\n${greeting}\n`);
      expect(text, contact).toContain(`\n\n${signOff}\n`);
    }
  });

  it('signs off "Yours faithfully" after the writer\'s own greeting to nobody by name ("Dear Sir/Madam")', () => {
    for (const greeting of ['Dear Sir/Madam', 'Dear Sirs', 'To whom it may concern', 'Dear Customer Services', 'Dear Brightline Carpet Care']) {
      const c = fullCase('first', 'refund');
      c.letter = { ...c.letter, locale: 'en-GB', greeting };
      expect(written(c).output.content, greeting).toContain('\n\nYours faithfully,\n');
    }
  });

  it('signs off "Yours sincerely" after the writer\'s own greeting to a person by name', () => {
    for (const greeting of ['Hi Mike', 'Dear Ms Okafor', 'Dear Siobhan']) {
      const c = fullCase('first', 'refund');
      c.letter = { ...c.letter, locale: 'en-GB', greeting };
      expect(written(c).output.content, greeting).toContain('\n\nYours sincerely,\n');
    }
  });

  it('writes a name typed in capitals as a name, and facts typed as a list as sentences', () => {
    const c = fullCase('first', 'refund');
    c.sender = { ...c.sender, name: 'ANA DE LA CRUZ' };
    c.story = {
      ...c.story,
      circumstances: '- Mark quoted £11,200 to fit our new kitchen\n- We paid a deposit of £3,000 and a stage payment of £3,500',
      outcome: ["they haven't been back since 14 April"],
    };
    c.contacts = [{ date: '2026-11-20', channel: 'phone', result: 'told me the manager would call back. nobody did' }];
    const text = written(c).output.content;
    expect(text).toMatch(/\nAna de la Cruz\n/);
    expect(text).toContain('\n\nMark quoted £11,200 to fit our new kitchen. We paid a deposit of £3,000 and a stage payment of £3,500.\n\n');
    // The writer's date, as the letter writes its own (an American letter: month first).
    expect(text).toMatch(/\b[Yy]ou haven't been back since April 14\./);
    expect(text).toContain('told me the manager would call back, but nobody did.');
    // Short notes typed as a list stay a list, as typed.
    c.story = { ...c.story, circumstances: '- 3 bedrooms\n- 2 bathrooms' };
    expect(written(c).output.content).toContain('\n\n- 3 bedrooms\n- 2 bathrooms\n\n');
  });

  it('gives a reason with its own "because" after "as", never "because … because"', () => {
    const c = fullCase('first', 'partial-refund');
    c.request = { ...c.request, remedy: 'partial-refund', amount: 80, reason: 'the move took two days instead of one because the crew was five hours late' };
    const text = written(c).output.content;
    expect(text).toContain(', as the move took two days instead of one because the crew was five hours late.');
    expect(text).not.toMatch(/because[^.]*because/);
  });

  it("keeps an item's everyday words in small letters though the business's name has them with capitals", () => {
    const c = fullCase('first', 'refund');
    c.recipient = { ...c.recipient, company: 'SunState Solar, Inc.' };
    c.purchase = { ...c.purchase, item: '8kW rooftop solar system' };
    const text = written(c).output.content;
    expect(text).toContain('my 8kW rooftop solar system');
    expect(text).not.toContain('Solar system');
  });

  it('names a refund and costs asked for together plainly in the subject', () => {
    const subject = (remedy: 'refund' | 'partial-refund' | 'either') => {
      const c = fullCase('first', remedy);
      c.request = { ...c.request, remedy, ...(remedy === 'partial-refund' && { amount: 80 }), ...(remedy === 'either' && { correction: 'clean the third room' }), costs: [{ what: 'a day off work', amount: 120 }] };
      return written(c).output.content.split('\n')[0]!;
    };
    expect(subject('refund')).toMatch(/^Subject: Request for a refund and compensation: /);
    expect(subject('partial-refund')).toMatch(/^Subject: Request for a partial refund and compensation: /);
    expect(subject('either')).toMatch(/^Subject: Request to put things right or refund, and compensation: /);
  });

  it('asks for the correction as well as the costs when a claim for costs says what would put it right', () => {
    const c = fullCase('first', 'compensation');
    c.request = { ...c.request, remedy: 'compensation', correction: 'reduce my direct debit to $95 a month', costs: [{ what: 'bank charges', amount: 42.5 }] };
    const produced = written(c);
    expect(produced.output.content).toContain('Please put this right as follows: reduce my direct debit to $95 a month.');
    expect(produced.output.content).toContain('I also ask you to reimburse the following cost, which this has caused me:\n- Bank charges: $42.50');
    expect(produced.letter.subject).toMatch(/^Request to put things right and compensation: /);
  });

  it('lowers a Title Case item as a whole when the writer also writes its words in lower case', () => {
    const about = (item: string, circumstances: string) => {
      const c = fullCase('first', 'refund');
      // Without a date: a service's date would follow the item ("my kitchen extension of 2 November").
      c.purchase = { ...c.purchase, item, reference: undefined, date: undefined };
      c.story = { ...c.story, circumstances };
      const produced = written(c);
      return /about ([^.]*)\./.exec(produced.output.content)![1];
    };
    expect(about('Kitchen Extension', 'We agreed the kitchen work in May.')).toBe('my kitchen extension');
    expect(about('Kitchen Extension (rev. B)', 'We agreed the kitchen work in May.')).toMatch(/^my kitchen extension/);
    // A product's name, with no sign it is not one, keeps its capitals.
    expect(about('Annual Gold Membership', 'I joined in May.')).toBe('my Annual Gold Membership');
  });

  /** What a first letter says it is about, for an item (and the story's first words). */
  const aboutItem = (item: string, circumstances?: string) => {
    const c = fullCase('first', 'refund');
    c.purchase = { ...c.purchase, item, reference: undefined, date: undefined };
    if (circumstances) c.story = { ...c.story, circumstances };
    return /about ([^.]*)\./.exec(written(c).output.content)![1];
  };

  it("keeps the capital of a brand that starts the item, and lowers an everyday word's", () => {
    const about = (item: string) => aboutItem(item, 'It broke within a week.');
    expect(about('Hotpoint washing machine')).toBe('my Hotpoint washing machine');
    expect(about('Samsung fridge freezer')).toBe('my Samsung fridge freezer');
    expect(about('Invisalign treatment')).toBe('my Invisalign treatment');
    expect(about('Kitchen extension')).toBe('my kitchen extension');
    expect(about('Boiler service')).toBe('my boiler service');
    expect(about('Screen replacement')).toBe('my screen replacement');
    // A word joined by hyphens is as everyday as its last part.
    expect(about('X-ray and check-up')).toBe('my x-ray and check-up');
    expect(about('Rolls-Royce hire for the wedding')).toBe('my Rolls-Royce hire for the wedding');
    // The subject does not say a date twice: the item names the day already.
    const c = fullCase('first', 'refund');
    c.purchase = { ...c.purchase, item: 'house move on 3 October', date: '2026-10-03', reference: 'HM-1' };
    c.letter = { ...c.letter, locale: 'en-GB' };
    expect(written(c).output.content).toMatch(/^Subject: Refund request: HM-1 \(house move on 3 October\)\n/);
    c.purchase = { ...c.purchase, item: 'house move (invoice of 03/10/2026)' };
    expect(written(c).output.content).toMatch(/^Subject: Refund request: HM-1 \(house move, invoice of 03\/10\/2026\)\n/);
    // Places joined to another name keep their capitals.
    expect(about('Dublin to Lisbon flight EA402')).toBe('my Dublin to Lisbon flight EA402');
  });

  it('fits an item that names work done, or a count, into the sentence', () => {
    const about = (item: string) => aboutItem(item);
    expect(about('fixing my boiler')).toBe('fixing my boiler');
    expect(about('cleaning the carpets')).toBe('cleaning the carpets');
    expect(about('installation of new boiler')).toBe('the installation of my new boiler');
    expect(about('repair of the roof')).toBe('the repair of the roof');
    expect(about('replacement of 4 double glazed units')).toBe('the replacement of 4 double glazed units');
    expect(about('2 x weekend passes')).toBe('my 2 weekend passes');
    expect(about('x2 concert tickets')).toBe('my 2 concert tickets');
  });

  it('says "you" of the person the letter is addressed to when they were the one contacted', () => {
    const c = fullCase('first', 'correction');
    c.recipient = { ...c.recipient, contact: 'Mr Gary Hartley, Director' };
    c.contacts = [
      { channel: 'email', who: 'Mr Hartley', result: 'He said the roofer would come that week' },
      { channel: 'phone', who: 'Gary', result: 'Gary said it was not their fault' },
      { channel: 'phone', who: 'his assistant Kim', result: 'she said he was on site' },
    ];
    const produced = written(c);
    const letter = produced.output.content;
    expect(letter).toContain('Dear Mr. Hartley,');
    expect(letter).toContain('I emailed you. You said the roofer would come that week.');
    expect(letter).toContain('I phoned you. You said it was not their fault.');
    // The assistant is the reader's ("his" is Mr Hartley's), and so is the "he" of what she said.
    expect(letter).toContain('I phoned you and spoke to Kim, your assistant. She said you were on site.');
    expect(letter).not.toMatch(/spoke to (Mr Hartley|Gary)|emailed Mr Hartley/);
  });

  it('speaks to the person the letter is addressed to as "you", and of what they said of themselves too', () => {
    const c = fullCase('first', 'correction');
    c.recipient = { ...c.recipient, contact: 'mike (owner)' };
    c.contacts = [{ date: '2026-10-13', channel: 'phone', who: 'Mike', result: 'said he\'d "take a look" and never called back' }];
    const letter = written(c).output.content;
    expect(letter).toContain('I phoned you, and you said you\'d “take a look” and never called back.');
    expect(letter).not.toMatch(/you said he'd/i);
  });

  it('says "you" of the business where a note with no one named says "they"', () => {
    const c = fullCase('first', 'correction');
    c.contacts = [
      { date: '2026-08-15', channel: 'email', result: 'they said a tech would come out in 2 weeks' },
      { date: '2026-09-02', channel: 'phone', result: "they'd lost my booking" },
      { date: '2026-09-20', channel: 'phone', who: 'Sarah in service', result: 'they told me it was within spec' },
    ];
    const letter = written(c).output.content;
    expect(letter).toContain('I emailed you. You said a tech would come out in 2 weeks.');
    expect(letter).toContain("I phoned you. You'd lost my booking.");
    // A person was named: "they" may be that person, or others, and stays as written.
    expect(letter).toMatch(/spoke to Sarah in service\. They told me it was within spec\./);
  });

  it('says the start of a subscription once, and never puts brackets after a reference with its own', () => {
    const c = fullCase('first', 'correction');
    c.sender = { ...c.sender, customerSince: '2018-04-12' };
    c.purchase = { ...c.purchase, item: 'fibre broadband', kind: 'subscription', period: 'month', amount: 59.99, date: '2018-04-12', reference: 'Quote HS-2211 (rev. B)' };
    const produced = written(c);
    const letter = produced.output.content;
    expect(letter.match(/April 12, 2018/g)).toHaveLength(2); // the subject and the opening
    expect(letter).toContain('I have paid $59.99 a month for it.');
    expect(letter).toContain('about my fibre broadband, Quote HS-2211 (rev. B).');
    expect(produced.letter.subject).toContain('Quote HS-2211, rev. B (fibre broadband, since April 12, 2018)');
  });

  it('asks for exactly what the remedy says', () => {
    expect(text('full', 'first', 'correction')).toContain('Please put this right as follows: clean the third room at no charge within the next two weeks.');
    expect(text('full', 'first', 'refund')).toContain('Please refund the $240.00 I paid.');
    expect(text('refund of less than paid', 'first', 'refund')).toContain('Please refund $120.00 of the $240.00 I paid.');
    // A partial refund claims nothing the case does not say: no reason given, none invented.
    expect(text('full', 'first', 'partial-refund')).toContain('Please refund $80.00 of the $240.00 I paid.\n');
    expect(text('minimal', 'first', 'partial-refund')).toContain('Please refund $80.00.\n');
    expect(text('minimal', 'first', 'refund')).toMatch(/^Subject: Refund request: monthly gym membership\n/);
    expect(text('full', 'first', 'compensation')).toContain('I ask you to reimburse the following cost, which this has caused me:\n- A day of unpaid leave: $180.00');
  });

  it('reminder: names the business and the earlier letter by date, keeps the impact, sets a new reply-by date', () => {
    const letter = text('full', 'reminder', 'refund');
    expect(letter).toMatch(/^Subject: Reminder – Refund request: BCC-004471/);
    expect(letter).toContain(
      'On November 16, 2026, I wrote to Brightline Carpet Care about a deep clean of three rooms (reference BCC-004471), to ask for a refund of $240.00. I have not yet had a reply',
    );
    expect(letter).toContain('I took a day off work');
    expect(letter).toContain('Please reply by December 24, 2026');
    expect(text('no previous letters', 'reminder', 'refund')).toContain('I wrote to Brightline Carpet Care earlier about');
  });

  it('reminder and final: what was bought is named again, not "it", after a sentence about the matter', () => {
    const goods = (stage: 'reminder' | 'final', item: string) => {
      const c = fullCase(stage, 'refund');
      c.purchase = { ...c.purchase, item, kind: 'goods', reference: undefined, price: undefined, period: undefined };
      c.story.circumstances = 'It stopped working within a week.';
      return written(c).output.content;
    };
    expect(goods('reminder', 'e-bike')).toMatch(/so I am writing again\. I bought the e-bike on /);
    expect(goods('final', 'e-bike')).toMatch(/the matter is still not resolved\. I bought the e-bike on /);
    // A longer name is said again by its head word, as a person would.
    expect(goods('reminder', 'return flights Leeds–Alicante')).toMatch(/about my return flights Leeds–Alicante, .* I bought the flights on /);
    expect(goods('reminder', 'kitchen extension')).toMatch(/ I bought the extension on /);
    expect(goods('final', 'sofa from DFS')).toMatch(/ I bought the sofa on /);
    // A word that only describes is no name for the thing: the name goes on to the next small word.
    expect(goods('reminder', 'new AC system because the old one died')).toMatch(/ I bought the new AC system on /);
    // A size or a model is part of the name, which goes on after it.
    expect(goods('reminder', 'unlimited 50gb plan')).toMatch(/ I bought the plan on /);
    expect(goods('final', '6.6kW solar system')).toMatch(/ I bought the system on /);
    expect(goods('final', 'full fibre 500 broadband')).toMatch(/ I bought the broadband on /);
    // What follows a small word says something of the thing; the name comes before it.
    expect(goods('reminder', 'roof repair after hurricane')).toMatch(/ I bought the repair on /);
    expect(goods('reminder', 'carpet cleaning before moving out')).toMatch(/ I bought the cleaning on /);
    // An item with notes of its own is not repeated whole: named without its notes, never "it" (which would be the matter).
    expect(goods('final', 'suit (wool, 2 pc.)')).toMatch(/the matter is still not resolved\. I bought the suit on /);
    expect(goods('reminder', 'roof replacement (asphalt shingles, garage + house)')).toMatch(/so I am writing again\. I bought the replacement on /);
  });

  it('final: all earlier letters, the final request, and the next steps as facts', () => {
    const letter = text('full', 'final', 'refund');
    expect(letter).toMatch(/^Subject: Final letter – Refund request: /);
    expect(letter).toContain('I wrote to you about this on November 16, 2026, and December 1, 2026, to ask for a refund of $240.00, and the matter is still not resolved.');
    expect(letter).toContain('This is my final request before I take the matter further. Please reply by December 24, 2026');
    expect(letter).toContain('If I have not heard from you by then, I will:\n- dispute the charge with my card issuer\n- file a complaint with the Better Business Bureau');
    expect(letter).toContain('I took a day off work');
    expect(text('one next step', 'final', 'refund')).toContain('If I have not heard from you by then, I will report this to the state consumer protection office.');
    // Without a country or a way of paying, nothing is claimed about what comes next beyond what is true anywhere.
    expect(text('no next steps', 'final', 'refund')).toContain('I will consider the other ways open to me to resolve this, such as a complaint to a consumer protection body.');
    expect(text('three previous letters', 'final', 'refund')).toContain('on November 16, 2026, December 1, 2026, and December 5, 2026,');
  });
});

describe('small conventions of English letters', () => {
  const written = (c: Case) => {
    const produced = produceLetter(c, { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    return produced.output.content as string;
  };
  it('a customer number typed with its own label gets no second one', () => {
    const c = fullCase('first', 'refund');
    c.sender.customerId = 'Acct 300912';
    expect(written(c)).toContain('\nAcct 300912\n');
    expect(written(c)).not.toContain('Customer number: Acct');
  });
  it('a card dispute over a charge taken after cancelling dates the order, not the charge it never saw', () => {
    const c = fullCase('card-dispute', 'refund');
    c.purchase = { ...c.purchase, period: undefined, paidWith: 'credit-card' };
    c.story = { ...c.story, problem: 'charged-after-cancelling' };
    const letter = written(c);
    expect(letter).toMatch(/- Date of the order or booking: /);
    expect(letter).not.toContain('Date of the transaction');
  });

  it('writes the writer\'s quotation marks as the letter\'s own, never an inch mark', () => {
    const c = fullCase('first', 'refund');
    c.story.circumstances = 'The tracking said "delivered" and the 32" TV never came. They said it was "with the courier".';
    const letter = written(c);
    expect(letter).toContain('The tracking said “delivered” and the 32" TV never came. You said it was “with the courier”.');
  });

  it('a run of marks is one question mark or a full stop, and a short month before its day is written in full', () => {
    const c = fullCase('first', 'refund');
    c.story.circumstances = 'The tech came on sept 8 (16 days later!!) and left again?! Nobody called!!! Still waiting!!';
    const letter = written(c);
    expect(letter).toContain('on September 8 (16 days later) and left again? Nobody called. Still waiting.');
    expect(letter).not.toMatch(/!!|\?!/);
  });
  it('leaves out emoji, with the space and the second full stop they leave, but keeps © and ✓', () => {
    const c = fullCase('first', 'refund');
    c.sender.name = 'Bob 😡 Smith';
    c.story.circumstances = 'It broke 😭😭 after a week! 🔥. The right one stopped charging 🤷‍♂️ ❤️';
    c.story.outcome = ['✓ I kept the receipt © 2026 👍🏽', '🇬🇧 flag and 1️⃣ keycap'];
    const letter = written(c);
    expect(letter).toContain('It broke after a week! The right one stopped charging.');
    expect(letter).toContain('\nBob Smith\n');
    expect(letter).toContain('✓ I kept the receipt © 2026');
    expect(letter).not.toMatch(/[\u{1F000}-\u{1FAFF}\uFE0F\u200D\u20E3]/u);
  });

  it("names the business without a note in brackets or a department typed after its name; a contact's lines read as sentences", () => {
    for (const [company, named] of [
      ['Fernleigh Holidays (complaints, ref on email)', 'Fernleigh Holidays'],
      ['Brightwave Internet Customer Service', 'Brightwave Internet'],
      ['Müller (Bau) GmbH', 'Müller (Bau) GmbH'],
    ] as const) {
      const c = fullCase('first', 'refund');
      c.recipient = { ...c.recipient, company };
      const letter = written(c);
      expect(letter).toContain(`I am writing to ${named} `);
    }
    const c = fullCase('first', 'refund');
    c.contacts = [{ channel: 'phone', result: 'he replied that they would send someone\nthe following week. nobody came.' }];
    expect(written(c)).not.toMatch(/someone\n/);
  });

  it('leaves out characters that take no room, copied in with a name', () => {
    const c = fullCase('first', 'refund');
    c.recipient.company = 'Acme\u200B Wid\u200Dgets\uFEFF';
    c.sender.name = 'Bob\u2060 Smi\u00ADth';
    const letter = written(c);
    expect(letter).toContain('Acme Widgets');
    expect(letter).toContain('\nBob Smith\n');
    expect(letter).not.toMatch(/[\u00AD\u200B-\u200D\u2060\uFEFF]/);
  });
});
