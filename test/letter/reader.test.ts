// What the writer typed about the business is said to it: "they never turned up" becomes
// "you never turned up" in a letter to the business, and stays as typed where "they" may be
// something else, or in the letter to the card issuer.
import { describe, expect, it } from 'vitest';
import { namesAPerson, toTheAddressee, toTheBusiness, toTheBusinessNamed } from '../../src/letter/english/reader.js';
import { produceLetter } from '../../src/letter/produce.js';
import type { Case, Stage } from '../../src/case/schema.js';

describe('toTheBusiness', () => {
  it.each([
    ['they never turned up', 'you never turned up'],
    // "they" did something to the things just named: the things are not "they".
    ['The marks they photographed were there on the roof after install.', 'The marks you photographed were there on the roof after install.'],
    ['The parts they ordered were wrong.', 'The parts you ordered were wrong.'],
    // What they did, in their own words in quotation marks, after things named before.
    ['The marks were there. I went back twice, they "adjusted the frame" but nothing changed.', 'The marks were there. I went back twice, you "adjusted the frame" but nothing changed.'],
    // The business's papers speak of it as "they".
    ['They treated the house on 20 April with a 12 month warranty which says they retreat for free.', 'You treated the house on 20 April with a 12 month warranty which says you retreat for free.'],
    // Someone else's "they" stays theirs.
    ['My parents said the marks they photographed were fake.', 'My parents said the marks they photographed were fake.'],
    ['I called the bank and the forms they sent were wrong.', 'I called the bank and the forms they sent were wrong.'],
    ['The neighbours told me the warranty says they can refuse.', 'The neighbours told me the warranty says they can refuse.'],
    ['They took the £95 anyway and haven’t answered my emails', 'You took the £95 anyway and haven’t answered my emails'],
    ['they would come between 9 and 10', 'you would come between 9 and 10'],
    ["they've charged me twice", "you've charged me twice"],
    ['they said it would be fixed in a week, then they stopped answering', 'you said it would be fixed in a week, then you stopped answering'],
    ['they did not refund the deposit', 'you did not refund the deposit'],
    ['They still haven’t replied', 'You still haven’t replied'],
    ['They also never provided the car for my road test.', 'You also never provided the car for my road test.'],
    ["i asked again. they won't budge", "i asked again. you won't budge"],
    // A later sentence that starts with what "they" did.
    ['seats not shampooed, wax streaky. They also scratched the passenger door.', 'seats not shampooed, wax streaky. You also scratched the passenger door.'],
    // A clause that starts with what "they" did.
    ["I had to pay the extra or they wouldn't give me the keys", "I had to pay the extra or you wouldn't give me the keys"],
    // "They" anywhere, doing what a business does.
    ['In Aug they put it up to £142 and they are still taking £142', 'In Aug you put it up to £142 and you are still taking £142'],
    ['The next flight they offered was 26 Oct', 'The next flight you offered was 26 Oct'],
    ['you said they would find me another instructor within a week', 'you said you would find me another instructor within a week'],
    ['you said they are "recruiting"', 'you said you are "recruiting"'],
    ['You said they have no other instructor in my area.', 'You said you have no other instructor in my area.'],
    ['Gavin cancelled 5 lessons. You said they have no other instructor.', 'Gavin cancelled 5 lessons. You said you have no other instructor.'],
    ["you told me that they'd be in touch", "you told me that you'd be in touch"],
    ["I checked and they've been estimating way over. The meter is fine.", "I checked and you've been estimating way over. The meter is fine."],
    // Their people and things, and the writer turning to them.
    ['they sent their engineer, who said it was fine, and I told them it was not', 'you sent your engineer, who said it was fine, and I told you it was not'],
    ['Their contractor never came back.', 'Your contractor never came back.'],
    ['I phoned on Monday. I told them the fridge was broken.', 'I phoned on Monday. I told you the fridge was broken.'],
    ["they won't honour the contract", "you won't honour the contract"],
    ['I hired them for a move-out clean, per their checklist', 'I hired you for a move-out clean, per your checklist'],
    ['the cancellation was due to "extraordinary circumstances" and they owe nothing', 'the cancellation was due to "extraordinary circumstances" and you owe nothing'],
    // Things named before cannot speak, promise or charge: "they" who did is the business.
    ['cracked top, 2 chairs loose. They promised a new top in 3 weeks', 'cracked top, 2 chairs loose. You promised a new top in 3 weeks'],
    ['The plan includes 2 check ups. In May they charged me £65 for a booster.', 'The plan includes 2 check ups. In May you charged me £65 for a booster.'],
    // A time is no one: "after 2 years… they are keeping".
    ['I moved out after 2 years. Agent says they are keeping £620.', 'I moved out after 2 years. Agent says you are keeping £620.'],
    // "they said they…": the second "they" is the first's; "their" of a "they" said as "you" is "your".
    ['They said they would bring 3 men and a large van.', 'You said you would bring 3 men and a large van.'],
    ['they promised their best fitter', 'you promised your best fitter'],
    [
      'They turned up at 11 with 2 men. It was their fault the move ran over and they charged me £200 extra, which they said was my fault.',
      'You turned up at 11 with 2 men. It was your fault the move ran over and you charged me £200 extra, which you said was my fault.',
    ],
    ['They refused to refund me. Their manager was rude.', 'You refused to refund me. Your manager was rude.'],
    ['They refused. It was not their problem, they said.', 'You refused. It was not your problem, you said.'],
    // "and said they'd…" is the business again, not someone else speaking.
    ['They quoted me $780. When they finished, they charged $1,280 and said they\'d "found more stuff".', 'You quoted me $780. When you finished, you charged $1,280 and said you\'d "found more stuff".'],
    ['I moved out on 31 Jan and gave them a final meter reading.', 'I moved out on 31 Jan and gave you a final meter reading.'],
    ['Their crew came for one day and then they disappeared.', 'Your crew came for one day and then you disappeared.'],
    ['They rebooked us on a flight 2 days later.', 'You rebooked us on a flight 2 days later.'],
    // Someone else speaking of "they" keeps their sentence; the others are said to the business.
    ['The engineer said they had lost the part. They never refunded me.', 'The engineer said they had lost the part. You never refunded me.'],
    // "their fault" may be another's ("contact Samsung as it's their fault"): that sentence is kept as typed.
    ['I bought it from their website. Their manager said it was not their fault.', 'I bought it from your website. Their manager said it was not their fault.'],
    // The business's own manager speaking of the business.
    ['I rang them and their manager said they would replace it. They never did.', 'I rang you and your manager said you would replace it. You never did.'],
    // One person of the writer's own named earlier ("my son") is not who "they" are two sentences on.
    ['signed my son up in august. cancelled on 30 sept giving the notice their terms ask for. they kept taking £96 anyway', 'signed my son up in august. cancelled on 30 sept giving the notice your terms ask for. you kept taking £96 anyway'],
    // "they" doing something to something: what only the business does.
    ['the first time they recemented it (oct 10)', 'the first time you recemented it (oct 10)'],
    ['they pulled 3 teeth without calling me', 'you pulled 3 teeth without calling me'],
    ['They packed and wrapped everything themselves.', 'You packed and wrapped everything yourselves.'],
    ['Summit started in June. They were supposed to finish by Sept 15.', 'Summit started in June. You were supposed to finish by Sept 15.'],
    ['the law says they need my OK first', 'the law says you need my OK first'],
    ['I sent it back using their return label, they signed for it on 6 november', 'I sent it back using your return label, you signed for it on 6 november'],
    ['the 10 per cent they say they allow', 'the 10 per cent you say you allow'],
    ['repair of their faulty work', 'repair of your faulty work'],
    ['Their chat keeps saying it is in transit', 'Your chat keeps saying it is in transit'],
  ])('%s -> %s', (typed, said) => expect(toTheBusiness(typed)).toBe(said));

  it.each([
    ['They arrived 3 hours late.', 'You arrived 3 hours late.'],
    ['they would arrive between 8 and 9am', 'you would arrive between 8 and 9am'],
  ])('for a service, %s -> %s', (typed, said) => expect(toTheBusiness(typed, { service: true })).toBe(said));

  it.each(['They arrived 3 hours late.', 'they would arrive in three days'])('for goods, keeps %s', (typed) => expect(toTheBusiness(typed)).toBe(typed));

  it.each([
    // "They" may be the goods, or anyone.
    'they arrived damaged',
    'they were rude to my mother',
    'they would arrive in three days',
    // Not about what "they" did, or "they" of someone else.
    'the engineer said they would call',
    'I called my bank and they said the payment went through',
    'I called my bank. They said the payment went through.',
    'The courier left it outside. They never rang the bell.',
    // "them" and "their" may be something else: kept as typed.
    'they said they would replace them',
    'the crew never came',
    'my parents came with me and they paid for the hotel',
    'the boxes were wet and they were charged to my card',
    'I sent them back and they refunded half',
    // Things or people named before "they" are what "they" are.
    'The parts were wrong, they didn\'t fit.',
    'The new shelves came but they didn\'t fit the wall.',
    'My mam cried for a week, they can\'t replace the photos of my brother.',
    'they said it was the couriers fault, they lost it',
    // "their" after things named is theirs.
    'They delivered the chairs and their legs were broken',
    'They said they would replace them',
    'The courier (FastFreight) said they delivered it on Sept 6 but it never arrived.',
    'the legs never arrived, they said they were on back order',
    'I sent them back and they refunded half',
    'the parcels disappeared',
    'My mam cried for a week. They can\'t replace the photos.',
    'I ordered two chairs. They looked fine',
    'The shoes arrived. They lasted 2 weeks',
    'my parents came and they packed everything themselves',
  ])('keeps %s', (typed) => expect(toTheBusiness(typed)).toBe(typed));
});

const boiler = (stage: Stage): Case =>
  ({
    sender: { name: 'Tom Reid', email: 'tom@example.com', country: 'GB' },
    recipient: { company: 'QuickFix Plumbing' },
    purchase: { item: 'boiler service', kind: 'service', date: '2026-10-14', amount: 95, currency: 'GBP', paidWith: 'debit-card' },
    story: {
      circumstances: 'I booked a boiler service online for 14 October between 8 and 12.',
      expectations: 'they would come in the morning slot and service the boiler',
      outcome: ['they never turned up', 'they took the £95 anyway and haven’t answered my emails'],
    },
    request: { remedy: 'refund' },
    letter: { date: '2026-11-02', stage, previous: stage === 'first' ? [] : ['2026-10-16'] },
  }) as Case;

describe('a letter to the business says "you" of it', () => {
  const text = (stage: Stage) => {
    const produced = produceLetter(boiler(stage), { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    return produced.output.content;
  };

  it.each(['first', 'reminder', 'final'] as Stage[])('%s', (stage) => {
    const letter = text(stage);
    expect(letter).toContain('What I was promised: you would come in the morning slot and service the boiler.');
    expect(letter).toContain('- You never turned up.');
    expect(letter).toContain('- You took the £95 anyway');
    expect(letter).not.toMatch(/\bthey (never|took|would)\b/i);
  });

  it('the card issuer is quoted what the letter to the business said, not the answers as typed', () => {
    const quote = (stage: Stage) => {
      const c = boiler(stage);
      c.story = { ...c.story, circumstances: 'I cancelled in writing on 1 September. They still took two payments.', outcome: ['you ignored my emails'] };
      const produced = produceLetter(c, { format: 'text' });
      if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
      return produced.output.content;
    };
    expect(quote('first')).toContain('You still took two payments.');
    expect(quote('card-dispute')).toContain('“I cancelled in writing on 1 September. You still took two payments.');
    expect(quote('card-dispute')).not.toContain('They still took');
  });

  it('the letter to the card issuer tells the writer\'s words about the merchant as typed', () => {
    const letter = text('card-dispute');
    expect(letter).toContain('- They never turned up.');
    expect(letter).not.toMatch(/\byou never turned up\b/i);
  });
});

describe('toTheAddressee', () => {
  const mark = ['Mark Evans', 'Mark'];
  it.each([
    ['Mark quoted £11,200 for the extension in February.', 'You quoted £11,200 for the extension in February.'],
    ['I paid the deposit and Mark said it would be finished by June.', 'I paid the deposit and you said it would be finished by June.'],
    ['Mark was two hours late. Mark has not replied since.', 'You were two hours late. You have not replied since.'],
    ["Mark's labourer left rubble in the garden", 'Your labourer left rubble in the garden'],
    ['I called Mark three times and spoke to Mark Evans on 3 May', 'I called you three times and spoke to you on 3 May'],
    ['Mark Evans said he would come back on Monday', 'You said you would come back on Monday'],
    ['Mark came out once, looked and said he\'d "get the waterproofer back"', 'You came out once, looked and said you\'d "get the waterproofer back"'],
    ['mark never came back', 'You never came back'],
    ['quoted £289 over the phone by the manager mark', 'quoted £289 over the phone by you'],
    ['Had 2 crowns fitted by Mark in June', 'Had 2 crowns fitted by you in June'],
    ['Mark did the procedure on 30 Sept.', 'You did the procedure on 30 Sept.'],
    ['did the final inspection with mark on 1 Sept and he said everything looked fine', 'did the final inspection with you on 1 Sept and you said everything looked fine'],
    ['Mark came on Monday. The next day a plumber came and he was rude', 'You came on Monday. The next day a plumber came and he was rude'],
    ['Mark came on Monday.\n\nThen he left.', 'You came on Monday.\n\nThen he left.'],
    ['Mark and an apprentice installed the cylinder on 14 Oct.', 'You and an apprentice installed the cylinder on 14 Oct.'],
    ['Mark photographed our wedding on Sept 12.', 'You photographed our wedding on Sept 12.'],
    // The sentence goes on after a quotation: its "he" is still the one it named.
    ['She said mark was "aware" and would ring me, but he never did.', 'She said you were "aware" and would ring me, but you never did.'],
    ['Mark said it was "fine". Then a plumber came and he was rude', 'You said it was "fine". Then a plumber came and he was rude'],
    // The next sentence goes on about them when it starts with "he" and nobody else came in between.
    ['Mark replaced the battery on 8 Nov. He said he would look at it again.', 'You replaced the battery on 8 Nov. You said you would look at it again.'],
    ['Mark never started. He stopped answering in November.', 'You never started. You stopped answering in November.'],
    ['Mark sent his engineer. He said the part was on order.', 'You sent his engineer. He said the part was on order.'],
    ['Mark came round with a fitter. He said it was fine.', 'You came round with a fitter. He said it was fine.'],
    // A sentence naming nobody between does not end it; "he says" is "you say"; after a quotation, "he" is still them.
    ['Mark quoted £14,500. The final invoice was £18,600. He says the extra was for "plumbing" but he never told me.', 'You quoted £14,500. The final invoice was £18,600. You say the extra was for "plumbing" but you never told me.'],
    ['Mark quoted £14,500. The plumber came later. He said it was fine.', 'You quoted £14,500. The plumber came later. He said it was fine.'],
    // The name typed in small letters, as its owner's: "mark's crew".
    ["mark's crew replaced the roof", 'Your crew replaced the roof'],
    ['The office said mark would call back, but he has not.', 'The office said you would call back, but you have not.'],
    // What they said of themselves after the story named them: "mark said he would" is "you said you would".
    ['the worktop has a gap. mark said he would be back in june to finish.', 'the worktop has a gap. You said you would be back in june to finish.'],
  ])('%s -> %s', (typed, said) => expect(toTheAddressee(typed, mark)).toBe(said));

  it.each([
    // Someone else, or the name as part of another name, or what Mark is rather than has.
    'Mark Evans Ltd sent the invoice',
    "Mark's been ignoring my calls",
    'the builder left a mark on the wall',
    'I told my neighbour',
    'He said "Mark will sort it"',
    // "his" would be the reader's: left as typed rather than half said to them.
    'Mark and his apprentice installed the cylinder',
  ])('keeps %s', (typed) => expect(toTheAddressee(typed, mark)).toBe(typed));

  it('speaks of Mr Evans as "you" in a letter to Mr Evans', () => {
    expect(toTheAddressee('Mr Evans promised a refund', ['Mr Evans', 'Mr. Evans'])).toBe('You promised a refund');
  });

  it('in a letter to Mark Evans, and not to his company', () => {
    const written = (contact: string | undefined) => {
      const c = boiler('first');
      c.recipient = { company: 'Evans Building Ltd', ...(contact && { contact }) };
      c.story = { ...c.story, circumstances: 'Mark quoted £95 for the service. Mark said he would come at 9.' };
      const produced = produceLetter(c, { format: 'text' });
      if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
      return produced.output.content;
    };
    expect(written('Mark Evans')).toContain('You quoted £95 for the service. You said you would come at 9.');
    expect(written(undefined)).toContain('Mark quoted £95 for the service. Mark said he would come at 9.');
    expect(written('Customer Services')).toContain('Mark quoted £95');
  });

  it('knows the given name of a person whose surname has two words', () => {
    const c = boiler('first');
    c.recipient = { company: 'Ó Briain Kitchens', contact: 'Mr. Seán Ó Briain' };
    c.story = { ...c.story, circumstances: 'The office said seán would call back, but he has not.' };
    const produced = produceLetter(c, { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    expect(produced.output.content).toContain('Dear Mr Ó Briain,');
    expect(produced.output.content).toContain('The office said you would call back, but you have not.');
  });
});

describe('what the writer expected', () => {
  const text = (expectations: string) => {
    const c = boiler('first');
    c.story.expectations = expectations;
    const produced = produceLetter(c, { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    return produced.output.content;
  };

  it('is called a promise only when it reads as one', () => {
    expect(text('a boiler that works through the winter')).toContain('What I expected: a boiler that works through the winter.');
    expect(text('the engineer would come between 8 and 12')).toContain('What I was promised: the engineer would come between 8 and 12.');
    expect(text('a full service, as your website says')).toContain('What I was promised: a full service, as your website says.');
    // A figure is no promise; a day and a month, a time, or the business doing something is one; a guess is not.
    expect(text('a boiler that lasts years, not 3 months')).toContain('What I expected:');
    expect(text('it would work')).toContain('What I expected:');
    expect(text('I thought it would be serviced on 3 Oct')).toContain('What I expected:');
    expect(text('a visit on 14 October between 8 and 12')).toContain('What I was promised:');
    expect(text('sold as new')).toContain('What I was promised:');
  });
});

describe('a contact with someone other than the business', () => {
  const text = (stage: Stage, contacts: Case['contacts']) => {
    const c = boiler(stage);
    c.contacts = contacts;
    const produced = produceLetter(c, { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    return produced.output.content;
  };

  it('is told as a contact with them, and what they said stays theirs', () => {
    const letter = text('reminder', [
      { date: '2026-10-05', channel: 'phone', who: 'my insurer (aviva)', result: 'they said to go back to the plumber as it is their fault' },
      { date: '2026-10-06', channel: 'email', who: 'citizens advice', result: 'they told me to write to you formally' },
      { date: '2026-10-07', channel: 'phone', who: 'trading standards' },
      { date: '2026-10-08', channel: 'phone', who: 'dave (the engineer)', result: "he said he'd come back" },
    ]);
    expect(letter).toContain('I phoned my insurer (Aviva). They said to go back to the plumber as it is their fault.');
    expect(letter).toContain('I emailed Citizens Advice. They told me to write to you formally.');
    expect(letter).toContain('I phoned Trading Standards.');
    expect(letter).toContain('I phoned you and spoke to Dave (the engineer).');
    expect(letter).not.toMatch(/phoned you and spoke to my insurer|As I wrote in my complaint/);
  });

  it('tells what came of a promise as a clause', () => {
    const letter = text('first', [
      { date: '2026-10-05', channel: 'phone', result: 'promised callback, none' },
      { date: '2026-10-06', channel: 'phone', result: 'said they would send an engineer, did not happen' },
    ]);
    expect(letter).toContain('you promised a callback, but none came.');
    expect(letter).toContain('you said you would send an engineer, but it never happened.');
  });

  it('keeps "their" of another company the business named, and says "your" of the business', () => {
    const letter = text('first', [
      { date: '2026-10-05', channel: 'phone', result: "said to contact samsung as it's their fault" },
      { date: '2026-10-06', channel: 'phone', result: 'said it was not their problem' },
    ]);
    expect(letter).toContain("you said to contact Samsung as it's their fault.");
    expect(letter).toContain('you said it was not your problem.');
  });
});

describe('what the person written to said', () => {
  it('is not what someone else said of them', () => {
    const c = boiler('first');
    c.recipient = { ...c.recipient, contact: 'ms. tanya becker (director)' };
    c.contacts = [{ date: '2026-10-06', channel: 'visit', who: 'the front desk', result: 'they said tanya was out' }];
    const produced = produceLetter(c, { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    expect(produced.output.content).toContain('I was told that you were out.');
    expect(produced.output.content).not.toContain('You said you were out');
  });

  it('tells what an unnamed person who answered said of themselves as "you" said of "you"', () => {
    for (const contact of ['Britney Cole (owner)', undefined]) {
      const c = boiler('first');
      c.recipient = { ...c.recipient, ...(contact !== undefined && { contact }) };
      c.contacts = [{ date: '2026-08-05', channel: 'instagram dm', result: 'said she was behind and it would be "next week"' }];
      const produced = produceLetter(c, { format: 'text' });
      if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
      expect(produced.output.content, contact).toContain('You said you were behind and it would be “next week”.');
    }
  });

  it('keeps a "he" that cannot be her', () => {
    const c = boiler('first');
    c.recipient = { ...c.recipient, contact: 'Ms. Aoife Doyle' };
    c.contacts = [{ date: '2026-10-05', channel: 'phone', who: 'aoife', result: 'said he "wasn\'t eating" and the sore was from scratching' }];
    const produced = produceLetter(c, { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    expect(produced.output.content).toContain('you said he “wasn\'t eating”');
    expect(produced.output.content).not.toContain('you said you');
  });
});

describe('toTheBusinessNamed', () => {
  it.each([
    ['SunPeak Solar Pty Ltd', 'SunPeak installed 18 panels. SunPeak came back once on 22 Aug.', 'You installed 18 panels. You came back once on 22 Aug.'],
    ['SunPeak Solar Pty Ltd', 'SunPeak\'s "fix" did not work', 'Your "fix" did not work'],
    ['Black Harbour Tattoo Studio', 'the session was cancelled by the studio', 'the session was cancelled by you'],
    ['Black Harbour Tattoo Studio', 'The studio has kept my deposit', 'You have kept my deposit'],
    ['Northwind Airlines', 'Northwind was meant to rebook me', 'You were meant to rebook me'],
    // A capital inside the first word makes it the name, though its last part is an everyday word.
    ['U-Lock Storage', 'U-Lock told me the cameras were off', 'You told me the cameras were off'],
    ['Lock Storage', 'Lock the door', 'Lock the door'],
    // A second verb of the same sentence agrees with "you" too, where it can only be a verb.
    ['IronWorks Gym', 'IronWorks kept billing me and says I have to cancel in person.', 'You kept billing me and say I have to cancel in person.'],
    ['IronWorks Gym', 'IronWorks charged me twice and then denies it', 'You charged me twice and then deny it'],
    ['IronWorks Gym', 'IronWorks added VAT and charges of £50', 'You added VAT and charges of £50'],
    ['IronWorks Gym', 'IronWorks said my son and daughters were welcome', 'You said my son and daughters were welcome'],
    // A word of time between the name and its verb: the verb agrees all the same.
    ['TixHub', 'nothing received after 8 weeks; TixHub now says booking fees are "non refundable"', 'nothing received after 8 weeks; you now say booking fees are "non refundable"'],
    ['TixHub', 'TixHub still refuses to refund the fees', 'You still refuse to refund the fees'],
    // Named as a thing, or the object of someone else's doing: kept.
    ['SunPeak Solar Pty Ltd', 'I took 3 days off to meet tradies and SunPeak', 'I took 3 days off to meet tradies and SunPeak'],
    ['Peak Fitness', 'I reached the peak of the hill', 'I reached the peak of the hill'],
    ['Green Leaf Cafe', 'Green tea was cold', 'Green tea was cold'],
    // Booked or hired by the writer: the business written to.
    ['Jetstar Removals Ltd', 'We booked Jetstar to move us on 12 September.', 'We booked you to move us on 12 September.'],
    ['Jetstar Removals Ltd', 'I hired Jetstar Removals for the move', 'I hired you for the move'],
  ])('%s: %s', (company, typed, said) => expect(toTheBusinessNamed(typed, company)).toBe(said));
});

describe('a person written to by a name of three words', () => {
  it('is a person when the surname is two words, its first a particle ("Mick O Sullivan", "Seán Ó Briain")', () => {
    expect(namesAPerson('Mick O Sullivan')).toBe(true);
    expect(namesAPerson('Seán Ó Briain')).toBe(true);
    expect(namesAPerson('Ana de Souza')).toBe(true);
    // Three words that are no name and surname are not one person.
    expect(namesAPerson('Customer Services Team')).toBe(false);
    expect(namesAPerson('Mary Ann Smith Jones')).toBe(false);
  });
  it('is "you" in the story, by the whole name or the first name', () => {
    expect(toTheAddressee('Mick replaced the slates in August.', ['Mick O Sullivan', 'Mick'])).toBe('You replaced the slates in August.');
  });
});

describe('toTheBusinessNamed: the business, once "you", stays "you"', () => {
  it('says "your" of a "their" after it in the sentence, and "you" of the name again after ", and"', () => {
    expect(toTheBusinessNamed('I sent it with ParcelDash on 29 September, with their £500 cover.', 'ParcelDash')).toBe('I sent it with you on 29 September, with your £500 cover.');
    expect(toTheBusinessNamed('I sent the parcel with ParcelDash on 29 September, and ParcelDash lost it.', 'ParcelDash')).toBe('I sent the parcel with you on 29 September, and you lost it.');
    // Two firms named together may have done it together: kept.
    expect(toTheBusinessNamed('Evri and ParcelDash lost it.', 'ParcelDash')).toBe('Evri and ParcelDash lost it.');
    // Someone else named between "you" and "their": theirs.
    expect(toTheBusinessNamed('I sent it with ParcelDash, and my parents paid their fee.', 'ParcelDash')).toBe('I sent it with you, and my parents paid their fee.');
  });
});

describe('toTheBusiness, the business\'s limits', () => {
  it('"all they can do" said by the business\'s person is "all you can do"; a sum before it is no plural thing', () => {
    expect(toTheBusiness('She said a 3rd repair is all they can do.')).toBe('She said a 3rd repair is all you can do.');
    expect(toTheBusiness('He said the £480 is in your terms. She said it is the best they could offer.')).toBe('He said the £480 is in your terms. She said it is the best you could offer.');
    expect(toTheBusiness('my parents said it was all they could do')).toBe('my parents said it was all they could do');
  });
});
