// The letter linter must find each kind of defect (so the corpus test cannot pass by
// accident) and must pass letters a consumer adviser would sign (so it cannot cry wolf).
import { describe, expect, it } from 'vitest';
import { findMoney, htmlToText, letterParts, lintLetter, type LetterFacts } from '../support/letter-lint.js';

const UK: LetterFacts = {
  company: 'Hartley & Sons Builders',
  locale: 'en-GB',
  currency: 'GBP',
  country: 'GB',
  region: 'GB-ENG',
  amountPaid: 14250,
  impact: 'We have had no kitchen for eleven weeks and have been eating takeaways with two small children.',
  item: 'kitchen extension',
  contact: 'Mr Gary Hartley',
  senderEmail: 'priya.shah@example.co.uk',
  senderPhone: '07700 900123',
  userText: [
    'You started the kitchen extension on 2 March and said it would take six weeks.',
    'the roof would be watertight by April',
    'the roof still leaks over the back door',
    'finish the roof and make it watertight within 14 days',
  ],
};

/** A letter to the standard of the guide: the linter must find nothing in it. */
const GOOD_UK = `Subject: Request to finish the work: invoice HS-2231 (kitchen extension, started 2 March 2026)

Dear Mr Hartley,

I am writing to Hartley & Sons Builders about the kitchen extension you agreed to build for me at 14 Elm Road, Leeds. The agreed price was £18,900.00, of which I have paid £14,250.00.

You started the kitchen extension on 2 March and said it would take six weeks.

What I was promised, and what happened:
- Promised: the roof would be watertight by April. What happened: the roof still leaks over the back door.

On 20 May I phoned you and spoke to Gary, who promised to send a roofer that week. Nobody came.

We have had no kitchen for eleven weeks and have been eating takeaways with two small children.

I understand that under the Consumer Rights Act 2015 a service must be carried out with reasonable care and skill.

Please finish the roof and make it watertight within 14 days. Please reply by 16 November 2026 to confirm when the work will be done.

Thank you for your help. You can reach me at priya.shah@example.co.uk or on 07700 900123.

I enclose copies of the following (I have kept the originals):
- the quote of 14 February 2026
- photos of the leak

Yours sincerely,

Priya Shah
14 Elm Road, Leeds LS6 2AB`;

const kinds = (text: string, facts: LetterFacts = UK) => lintLetter(text, facts).map((f) => f.kind);
/** The good letter with one change. */
const bad = (from: string | RegExp, to: string) => {
  const changed = GOOD_UK.replace(from, to);
  expect(changed, `the change ${String(from)} did nothing`).not.toBe(GOOD_UK);
  return changed;
};

describe('lintLetter passes a good letter', () => {
  it('finds nothing in a letter written to the guide', () => {
    expect(lintLetter(GOOD_UK, UK)).toEqual([]);
  });

  it('finds nothing in a good US letter, a good Canadian one and a Sir-or-Madam one', () => {
    const us = `Subject: Refund request: order 88123 (standing desk, October 5, 2026)

Dear Dr. Haddad,

I am writing about the standing desk I ordered from Oakline Furniture on October 5, 2026, for which I paid $649.00.

The desk arrived with a cracked frame.

Please refund the $649.00 I paid by November 16, 2026.

Thank you for your help. You can reach me at sam@example.com.

Sincerely,

Sam Ortiz`;
    expect(lintLetter(us, { company: 'Oakline Furniture', locale: 'en-US', currency: 'USD', country: 'US', amountPaid: 649 })).toEqual([]);
    const ca = us.replace(/Dear Dr\. Haddad/, 'Dear Oakline Furniture Customer Service');
    expect(lintLetter(ca, { company: 'Oakline Furniture', locale: 'en-CA', currency: 'CAD', country: 'CA', region: 'CA-ON', amountPaid: 649 })).toEqual([]);
    const nobody = GOOD_UK.replace('Dear Mr Hartley', 'Dear Sir or Madam').replace('Yours sincerely', 'Yours faithfully');
    expect(lintLetter(nobody, UK)).toEqual([]);
  });

  it('keeps the writer’s own sentences whole (their wording is not glue)', () => {
    const facts = { ...UK, userText: [...UK.userText!, 'I asked about delivery: Monday was fine, they said.'] };
    const text = GOOD_UK.replace('Nobody came.', 'Nobody came.\n\nI asked about delivery: Monday was fine, they said.');
    expect(kinds(text, facts)).toEqual([]);
  });

  it('allows the writer’s own sign-off and greeting', () => {
    const facts = { ...UK, signOff: 'With thanks', greeting: 'Dear Gary' };
    expect(kinds(GOOD_UK.replace('Dear Mr Hartley', 'Dear Gary').replace('Yours sincerely', 'With thanks'), facts)).toEqual([]);
    const kia = { ...UK, signOff: 'Ngā mihi', greeting: 'Kia ora Gary,' };
    expect(kinds(GOOD_UK.replace('Dear Mr Hartley', 'Kia ora Gary').replace('Yours sincerely,', 'Ngā mihi'), kia)).toEqual([]);
    expect(kinds(GOOD_UK.replace('Yours sincerely,', 'Ngā mihi'), kia)).toContain('greeting');
  });
});

describe('lintLetter finds each kind of defect', () => {
  it('a bare lower-case noun phrase glued after about/regarding', () => {
    expect(kinds(bad('about the kitchen extension you agreed to build', 'about kitchen extension'))).toContain('glued-noun-phrase');
    expect(kinds(bad('about the kitchen extension you agreed', 'regarding screen replacement and the kitchen extension you agreed'))).toContain('glued-noun-phrase');
    // Not by example: any singular bare noun phrase.
    expect(kinds(bad('about the kitchen extension you agreed', 'concerning boiler service and the kitchen extension you agreed'))).toContain('glued-noun-phrase');
  });

  it('a Title-Case or sentence-case field glued after a preposition', () => {
    expect(kinds(bad('about the kitchen extension you agreed to build', 'about Annual membership'))).toContain('glued-noun-phrase');
    const facts = { ...UK, item: 'Kitchen Extension (Phase 2)' };
    expect(kinds(bad('about the kitchen extension you agreed to build', 'about Kitchen Extension (Phase 2)'), facts)).toContain('glued-noun-phrase');
    expect(kinds(bad('I have paid £14,250.00.', 'I have paid £14,250.00 for Kitchen Extension (Phase 2).'), facts)).toContain('glued-noun-phrase');
  });

  it('but not a name, a determiner, a plural or an -ing form', () => {
    for (const ok of ['about Hartley & Sons Builders', 'about my boiler', 'about repairs to the roof', 'about having no kitchen', 'about October', 'about it']) {
      expect({ ok, kinds: kinds(bad('about the kitchen extension you agreed to build', ok)) }).toEqual({ ok, kinds: [] });
    }
  });

  it('a capital after a colon in mid-sentence', () => {
    expect(kinds(bad('Please finish the roof and make it watertight within 14 days.', 'Please put this right as follows: Finish the roof and make it watertight within 14 days.'))).toContain(
      'capital-after-colon',
    );
    // but a label's value, a name or a date is fine
    expect(kinds(bad('Nobody came.', 'Nobody came.\n\nWhat I was promised: Delivery in two days.'))).toEqual([]);
    expect(kinds(bad('Nobody came.', 'Nobody came.\n\n- What I paid for: Kitchen extension'))).toEqual([]);
    expect(kinds(bad('Nobody came.', 'Nobody came. Reference: Job 44 at Elm Road.'))).toEqual([]);
    expect(kinds(bad('Nobody came.', 'Nobody came, and I have heard nothing since: Mr Hartley has not replied.'))).toEqual([]);
  });

  it('brackets inside brackets, in the subject and in the body', () => {
    expect(kinds(bad('(kitchen extension, started 2 March 2026)', '(kitchen extension (phase 2), started 2 March 2026)'))).toContain('nested-brackets');
    expect(kinds(bad('14 Elm Road, Leeds.', '14 Elm Road, Leeds (the house (semi-detached) on the corner).'))).toContain('nested-brackets');
    expect(kinds(bad('14 Elm Road, Leeds.', '14 Elm Road, Leeds (the corner house.'))).toContain('unbalanced-brackets');
    expect(kinds(bad('(kitchen extension, started 2 March 2026)', '(kitchen extension) (started 2 March 2026)'))).toContain('nested-brackets');
  });

  it('a sentence or a contact detail said twice', () => {
    expect(kinds(bad('Nobody came.', 'Nobody came. I have had no reply since then at all. I have had no reply since then at all.'))).toContain('repeated-sentence');
    expect(kinds(bad('Priya Shah\n', 'Priya Shah\npriya.shah@example.co.uk\n'))).toContain('repeated-fact');
    expect(kinds(bad('Priya Shah\n', 'Priya Shah\n07700 900 123\n'))).toContain('repeated-fact');
  });

  it('"X of the Y I paid" with X > Y, and a refund of more than was paid', () => {
    expect(kinds(bad('Please finish the roof', 'Please refund two payments of $49.99, $99.98 in all, were taken after I cancelled, and finish the roof'))).toContain('glued-clause');
    expect(kinds(bad('Please finish the roof', 'Please refund two payments of $49.99, $99.98 in all, which were taken after I cancelled, and finish the roof'))).not.toContain('glued-clause');
    expect(kinds(bad('Please finish the roof', 'Please refund $380.00 of the $19.99 I paid, and finish the roof'))).toContain('money-exceeds-paid');
    expect(kinds(bad('Please finish the roof', 'Please refund £1.250,00 of the €19,99 I paid, and finish the roof'))).toContain('money-exceeds-paid');
    expect(kinds(bad('Please finish the roof', 'Please refund the £15,000.00, and finish the roof'))).toContain('money-exceeds-paid');
    expect(kinds(bad('Please finish the roof', 'Please refund £250.00 of the £14,250.00 I paid, and finish the roof'))).not.toContain('money-exceeds-paid');
  });

  it('compensation called a refund', () => {
    const facts: LetterFacts = { ...UK, remedy: 'compensation', compensationTotal: 480 };
    expect(kinds(bad('Please finish the roof', 'Please refund the £480.00 and finish the roof'), facts)).toContain('compensation-called-refund');
    expect(kinds(bad('Please finish the roof', 'Please pay me £480.00 in compensation and finish the roof'), facts)).not.toContain('compensation-called-refund');
  });

  it('greetings no person would write', () => {
    expect(kinds(bad('Dear Mr Hartley', 'Dear Mr Gary Hartley'))).toContain('greeting-full-name');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Dr. Anna Kowalski'))).toContain('greeting-full-name');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Sam (branch manager)'))).toContain('greeting-role');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Ms Joan Price, Lettings Manager'))).toContain('greeting-role');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Baggage Claims team team'))).toContain('greeting-team');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Riverside Cleaners customer care team'))).toContain('greeting-team');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Northway Bank Visa disputes team'))).toContain('greeting-team');
    expect(kinds(bad('Dear Mr Hartley', 'Dear billing disputes team'))).toContain('greeting');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Mr. Hartley'))).toContain('greeting');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Ms MCSP'))).toContain('greeting');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Mr Briain'), { ...UK, contact: 'Mr Seán Ó Briain' })).toContain('greeting-name');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Mr Ó Briain'), { ...UK, contact: 'Mr Seán Ó Briain' })).toEqual([]);
    expect(kinds(bad('Dear Mr Hartley', 'Dear Ms Green'), { ...UK, contact: 'Ms Rachel Green MCSP' })).toEqual([]);
    expect(kinds(bad('Dear Mr Hartley', 'Dear Mr Harley'))).toContain('greeting-name');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Customer Care team').replace('Yours sincerely', 'Yours faithfully'))).toEqual([]);
    expect(kinds(bad('Dear Mr Hartley,', 'Dear Mr Hartley'))).toContain('greeting');
    expect(kinds(bad(/Dear Mr Hartley,\n\n/, ''))).toContain('greeting');
    // A team, a first name, a surname with a particle: fine.
    for (const ok of ['Dear Baggage Claims team', 'Dear Rick', 'Dear Ms van der Berg', "Dear Mr O'Brien"]) {
      const letter = bad('Dear Mr Hartley', ok).replace('Yours sincerely', /Mr|Ms/.test(ok) ? 'Yours sincerely' : 'Kind regards');
      expect({ ok, kinds: kinds(letter, { ...UK, contact: undefined }) }).toEqual({ ok, kinds: [] });
    }
  });

  it('a sign-off that does not match the greeting or the locale', () => {
    expect(kinds(bad('Yours sincerely', 'Yours faithfully'))).toContain('sign-off');
    expect(kinds(bad('Yours sincerely', 'Kind regards'))).toContain('sign-off');
    expect(kinds(bad('Dear Mr Hartley', 'Dear Sir or Madam'))).toContain('sign-off');
    // British convention: a greeting that names no person (a team, a department, a role) goes with "Yours faithfully".
    for (const team of ['Dear Baggage Claims team', 'Dear Complaints Department', 'Dear Practice Manager']) {
      expect({ team, kinds: kinds(bad('Dear Mr Hartley', team), { ...UK, contact: undefined }) }).toEqual({ team, kinds: ['sign-off'] });
      expect({ team, kinds: kinds(bad('Dear Mr Hartley', team).replace('Yours sincerely', 'Yours faithfully'), { ...UK, contact: undefined }) }).toEqual({ team, kinds: [] });
    }
    expect(kinds(GOOD_UK, { ...UK, locale: 'en-US', currency: 'GBP' })).toContain('sign-off');
    expect(kinds(bad('Yours sincerely,\n\nPriya Shah\n14 Elm Road, Leeds LS6 2AB', 'Yours sincerely,'))).toContain('sign-off');
    expect(kinds(bad(/\n\nYours sincerely,/, ''))).toContain('sign-off');
    expect(kinds(GOOD_UK, { ...UK, signOff: 'Best wishes' })).toContain('sign-off');
  });

  it('a missing business name and a dropped impact', () => {
    expect(kinds(GOOD_UK, { ...UK, company: 'Northway Roofing Ltd' })).toContain('missing-business');
    expect(kinds(bad(/We have had no kitchen[^\n]*\n\n/, ''))).toContain('dropped-impact');
    // shortened is fine: five words in a row survive
    expect(kinds(bad('We have had no kitchen for eleven weeks and have been eating takeaways with two small children.', 'We have had no kitchen for eleven weeks.'))).toEqual([]);
  });

  it('mixed currency styles and a foreign style for the home currency', () => {
    const ca: LetterFacts = { company: 'Maple Movers', locale: 'en-CA', currency: 'CAD', country: 'CA' };
    const letter = (a: string, b: string) => `Subject: Refund request\n\nDear Maple Movers Customer Service,\n\nI paid ${a} and ask you to refund ${b}.\n\nSincerely,\n\nLea Roy`;
    expect(kinds(letter('CA$1,612.43', '$1,612.43'), ca)).toContain('mixed-currency');
    expect(kinds(letter('CA$1,612.43', 'CA$1,612.43'), ca)).toContain('currency-style');
    expect(kinds(letter('$1,612.43', '£20.00'), ca)).toContain('mixed-currency');
    expect(kinds(letter('$1,612.43', '$1,612.43'), ca)).toEqual([]);
    expect(findMoney('CA$1,612.43, 1.250,00 €, £5, EUR 20 and US$3').map((m) => [m.style, m.value])).toEqual([
      ['CA$', 1612.43],
      ['€', 1250],
      ['£', 5],
      ['EUR', 20],
      ['US$', 3],
    ]);
  });

  it('a US date in a letter that is not en-US, and two date styles', () => {
    expect(kinds(bad('Please reply by 16 November 2026', 'Please reply by November 16, 2026'))).toContain('date-style');
    expect(kinds(GOOD_UK, { ...UK, locale: 'en-US' })).toContain('date-style');
    expect(kinds(bad('Please reply by 16 November 2026', 'Please reply by 2026-11-16'))).toContain('date-style');
  });

  it('the small things: the the, a an, a/an, doubled punctuation, stray whitespace, a small letter', () => {
    expect(kinds(bad('spoke to Gary', 'spoke to the the foreman Gary'))).toContain('repeated-word');
    expect(kinds(bad('spoke to Gary', 'spoke to a an assistant'))).toContain('article');
    expect(kinds(bad('spoke to Gary', 'spoke to a engineer'))).toContain('article');
    expect(kinds(bad('spoke to Gary', 'spoke to an manager'))).toContain('article');
    expect(kinds(bad('Nobody came.', 'Nobody came..'))).toContain('doubled-punctuation');
    expect(kinds(bad('Nobody came.', 'Nobody came,.'))).toContain('doubled-punctuation');
    expect(kinds(bad('Nobody came.', 'Nobody came .'))).toContain('space-before-punctuation');
    expect(kinds(bad('Nobody came.', 'Nobody  came.'))).toContain('stray-whitespace');
    expect(kinds(bad('Nobody came.', 'Nobody came. '))).toContain('stray-whitespace');
    expect(kinds(bad('On 20 May', ' On 20 May'))).toContain('stray-whitespace');
    expect(kinds(bad('Nobody came.', 'Nobody came.\n\n\n'))).toContain('stray-whitespace');
    expect(kinds(bad('Nobody came.', 'Nobody came. nobody called either.'))).toContain('sentence-start');
    expect(kinds(bad('Nobody came.', 'Nobody came,and nobody called.'))).toContain('missing-space');
    // but an ellipsis, "e.g. the", "Ltd., " and "a one-off" are fine
    expect(kinds(bad('Nobody came.', 'Nobody came… e.g. the roofer, from Acme Ltd., never arrived; it was a one-off visit…'))).toEqual([]);
  });

  it('empty sections and template leftovers', () => {
    expect(kinds(bad('- photos of the leak', '- photos of the leak\n\nEarlier contacts:'))).toContain('empty-section');
    expect(kinds(bad('- photos of the leak', '- photos of the leak\n- '))).toContain('empty-section');
    expect(kinds(bad(/I enclose[^\n]*\n- the quote of 14 February 2026\n- photos of the leak/, 'I enclose copies of the following:\n'))).toContain('empty-section');
    expect(kinds(bad('Nobody came.', 'Nobody came (). Reference: .'))).toContain('empty-section');
    expect(kinds(bad('Nobody came.', 'Nobody came on undefined.'))).toContain('template-leftover');
    expect(kinds(bad('Nobody came.', 'Nobody came {{date}}.'))).toContain('template-leftover');
    expect(kinds(bad('Hartley', 'Hartley &amp; Sons'))).toContain('html-entity');
  });

  it('an opening that is not true, and earlier contacts written as a log', () => {
    expect(kinds(bad('I am writing to', 'I would like to keep doing business with you. I am writing to'), { ...UK, ongoing: false })).toContain('untrue-opening');
    expect(kinds(bad('On 20 May I phoned you and spoke to Gary, who', 'On 20 May, I contacted Gary (phone): he'))).toContain('contact-log');
  });

  it('a card-dispute letter that still speaks to the merchant', () => {
    const facts: LetterFacts = { ...UK, stage: 'card-dispute' };
    expect(kinds(GOOD_UK, facts)).toContain('card-dispute-you');
    const toBank = GOOD_UK.replace(/You started/, 'Hartley & Sons Builders started').replace(/I phoned you/, 'I phoned Hartley & Sons Builders').replace(/the kitchen extension you agreed/, 'the kitchen extension Hartley & Sons Builders agreed');
    expect(kinds(toBank, facts)).not.toContain('card-dispute-you');
  });

  it('another country’s law, a regional law out of its region, and law without a country', () => {
    expect(kinds(GOOD_UK, { ...UK, country: 'IE', region: undefined, locale: 'en-IE', currency: 'EUR' })).toContain('foreign-law');
    expect(kinds(bad('Consumer Rights Act 2015', 'Consumer Rights Act 2015 and the County Court'), { ...UK, region: 'GB-SCT' })).toContain('foreign-law');
    expect(kinds(GOOD_UK, { ...UK, country: undefined, region: undefined })).toContain('foreign-law');
    expect(kinds(bad('I understand that', 'If I have not heard from you, I may go to my card issuer or a consumer protection office. I understand that'))).toContain('generic-next-step');
  });

  it('a name whose capital was lost', () => {
    expect(kinds(bad('spoke to Gary', 'spoke to gary'), { ...UK, names: ['Gary at the depot'] })).toContain('lowered-name');
    // an e-mail address in lower case is not a lowered name, nor an ordinary word of a team's or company's name
    expect(kinds(bad('Nobody came.', 'Nobody came, and the builders made two claims.'), { ...UK, names: ['Baggage Claims team', 'Sons'] })).toEqual([]);
    expect(kinds(GOOD_UK, { ...UK, names: ['Priya'] })).toEqual([]);
    // A name that is an everyday word is that word after a determiner: "the agreed price" for a Mr Price.
    expect(kinds(bad('Nobody came.', 'Nobody came, and the price went up.'), { ...UK, names: ['Gareth Price'] })).not.toContain('lowered-name');
    expect(kinds(bad('spoke to Gary', 'spoke to price'), { ...UK, names: ['Gareth Price'] })).toContain('lowered-name');
  });

  it('a recurring fee written as a one-off price', () => {
    expect(kinds(GOOD_UK, { ...UK, period: 'month' })).toContain('recurring-fee');
    expect(kinds(bad('The agreed price', 'The monthly fee'), { ...UK, period: 'month' })).not.toContain('recurring-fee');
  });
});

describe('helpers', () => {
  it('reads an HTML letter as text', () => {
    const html =
      '<!DOCTYPE html><html><head><style>p { margin: 0 }</style></head><body>\n<p class="subject">Subject: A &amp; B</p>\n<p>Dear Mr Hartley,</p>\n<p>One<br>Two &lt;x&gt;&#39;</p>\n<ul>\n  <li>first</li>\n  <li>second</li>\n</ul>\n<p>Yours sincerely,</p>\n<p>Priya Shah</p></body></html>';
    expect(htmlToText('<body><h1>Refund request: order 5</h1><p>Dear Rick,</p></body>')).toBe('Subject: Refund request: order 5\n\nDear Rick,');
    expect(htmlToText(html)).toBe("Subject: A & B\n\nDear Mr Hartley,\n\nOne\nTwo <x>'\n\n- first\n- second\n\nYours sincerely,\n\nPriya Shah");
  });

  it('finds the greeting and the sign-off', () => {
    const parts = letterParts(GOOD_UK);
    expect(parts.greeting).toBe('Dear Mr Hartley,');
    expect(parts.signOff).toBe('Yours sincerely,');
    expect(parts.subject).toMatch(/^Request to finish/);
  });
});
