import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTone, looksLikeLetter, type Finding } from '../../src/tone/index.js';
import { kindnessFamilies } from '../../src/tone/kindness.js';
import { wordPattern } from '../../src/tone/text.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tone');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const rules = (text: string, options?: { letter?: boolean }) => checkTone(text, options).map((f) => f.rule);
const found = (text: string, rule: string) => checkTone(text).filter((f) => f.rule === rule).map((f) => f.text);
const errors = (text: string) => checkTone(text).filter((f) => f.severity === 'error');

function expectFlagged(rule: string, sentences: string[]) {
  for (const sentence of sentences) expect(rules(sentence), sentence).toContain(rule);
}
function expectClean(sentences: string[]) {
  for (const sentence of sentences) expect(errors(sentence), sentence).toEqual([]);
}

describe('profanity', () => {
  it('finds plain and disguised swearing, reporting the whole word', () => {
    expect(found('What the fuck happened?', 'profanity')).toEqual(['fuck']);
    expect(found('This is f*cking ridiculous', 'profanity')).toEqual(['f*cking']);
    expect(found('a sh1t job', 'profanity')).toEqual(['sh1t']);
    expect(found('your a$$hole manager', 'profanity')).toEqual(['a$$hole']);
    expect(found('what a load of b******s', 'profanity')).toEqual(['b******s']);
    expect(found('Absolutely f***ing useless.', 'profanity')).toEqual(['f***ing']);
    expect(found('Who the f**k approved this?', 'profanity')).toEqual(['f**k']);
    expect(found('This is BULLSHIT.', 'profanity')).toEqual(['BULLSHIT']);
    expectFlagged('profanity', ['Answer the damn phone.', 'What the hell is going on?', 'Screw you.', 'This is crap.', 'WTF is this charge?', 'Piss off.', 'bloody useless', 'What a $#@%!']);
  });

  it('leaves ordinary words alone, even when a curse hides inside them', () => {
    expectClean([
      'I live in Scunthorpe and work in Penistone, near Middlesex and Essex.',
      'The assessment of the first-class cabin was done by a class assistant.',
      'The shitake and shiitake mushrooms, the cumin and the cocktail glasses were assorted.',
      'My therapist sent an analysis of the cockpit noise.',
      'I bought it at Dick’s Sporting Goods; the receipt is signed by Mr Dickinson.',
      'The fire retardant spray was faulty.',
      'Sex discrimination is unlawful, and the porn filter on your router did not work.',
      'There was a chink in the packaging, and the cut left a bloody nose.',
      'Mr Cummings and Ms Hancock from Cockburn Street were helpful.',
    ]);
  });

  it('leaves names, email addresses and web addresses alone', () => {
    expectClean(['Please ask Dick Jones to call me.', 'I spoke to Mr Hooker at the counter.', 'Write to dick.smith@example.com or see https://example.com/cockpit-shitake.']);
    expectFlagged('profanity', ['You are a dick.', 'What a d*ck.']);
  });

  it('leaves postcodes, roads and references alone', () => {
    expectClean(['Unit 9, Telford Way, Kettering NN16 8PX', 'Stirling FK8 1AB', 'the park is near stirling, fk8 1ab', 'the A55 was shut', 'ticket FK88 and NN1', 'tracking number FK-883120', 'parcel fk883120 lost', 'case ref WTF/2231/B']);
    expectFlagged('profanity', ['this is SH1T', 'what the fk is this', 'fk this, 3 weeks late']);
  });
});

describe('insult', () => {
  it('finds name-calling in its many forms', () => {
    expectFlagged('insult', [
      'You idiots lost my parcel again.',
      'Your staff are incompetent morons.',
      'What a bunch of clowns.',
      'The manager was a useless clown.',
      'You guys are clueless.',
      'Your team are completely hopeless.',
      'you’re pathetic',
      'Your useless customer service team hung up on me.',
      'You lazy sods.',
      'Are you thick?',
      'The place is run by monkeys.',
      'You greedy parasites.',
      'You have the brains of a goldfish.',
      'Your engineer is a waste of space.',
    ]);
  });

  it('keeps "useless" for people, not for things', () => {
    expectClean(['The instructions were useless, so I called your helpline.', 'The clowns we booked for the party never arrived.', 'There were rats in the storeroom.']);
  });

  it('lets the writer say how they felt ("made to feel stupid"), and not what they think of others', () => {
    expectClean(['I was made to feel stupid at the counter when I asked about the price.', 'I felt like an idiot for trusting the estimate.', 'It made me look stupid in front of my guests.']);
    expectFlagged('insult', ['Your stupid staff lost my bag.', 'You made a stupid mistake, idiots.']);
  });

  it('finds hatred of the people written to, but not "I hate to ask"', () => {
    expectFlagged('insult', ['I hate this company.', 'I absolutely hate your company.', 'Honestly, I despise every one of you.', "I can't stand your customer service team.", 'Everyone hates you.', 'I hate everyone at your branch.']);
    expectClean([
      'I hate to ask again, but the refund has still not arrived.',
      'I hate having to chase this, but it is now six weeks late.',
      'I would hate you to think I am ungrateful for the help so far.',
      'My children hate the taste of the new recipe.',
      'I hate that it has come to this, but I need the refund by Friday.',
    ]);
  });

  it('finds a behaviour word paired with an insult, even without a subject', () => {
    expect(found('rude and useless', 'insult')).toEqual(['rude and useless']);
    expect(found('Rude, lazy and clueless, every single time.', 'insult')).toEqual(['Rude, lazy and clueless']);
    expectFlagged('insult', ['Useless and rude from start to finish.', 'Condescending and useless, as usual.', 'arrogant and incompetent']);
    expectClean(['The manual was confusing and useless, so I called your helpline.', 'The agent was not rude, but the advice she gave me was wrong.', 'The receptionist was rude and unhelpful when I called on 4 May.']);
  });

  it('finds "cowboys" said of tradespeople, not of a hat, a costume or a restaurant', () => {
    expectFlagged('insult', ['you are cowboys', 'a bunch of cowboys', 'cowboy builders', 'Your cowboy engineers left the boiler leaking.', 'You sent a couple of cowboys to fit my kitchen.', 'Absolute cowboys.', 'They work like cowboys.']);
    expectClean([
      'I bought a cowboy hat for my son.',
      'We had booked a table at Cowboys, the steakhouse on Mill Lane, for 8 pm.',
      'The cowboy outfit arrived in the wrong size, so I would like to exchange it.',
      'The complete cowboy costume was missing the belt.',
      'The children dressed as cowboys for the party.',
    ]);
  });

  it('treats "get lost" and "shut up" as abuse only when they are said to someone', () => {
    expectFlagged('insult', ['Get lost.', 'Oh, shut up and refund me.']);
    expectClean(['Parcels often get lost in your depot.', 'The agent told me to shut up, which upset me.', 'The store had shut up shop by 4 pm.']);
  });
});

describe('accusation', () => {
  it('finds accusations of lying, fraud, theft and scams', () => {
    expectFlagged('accusation', [
      'You are liars.',
      'You lied to me.',
      'You people are scammers.',
      'This is fraud.',
      'You stole my money.',
      'What a rip-off.',
      'You are con artists.',
      'Stop lying to your customers.',
      'You have been ripping people off for years.',
      'Your fraudulent charges must stop.',
      'This is daylight robbery.',
      'This company is a scam.',
    ]);
  });

  it('leaves neutral uses of the same words alone', () => {
    expectClean([
      'I contacted your fraud department on 2 October.',
      'My bank asked me to report fraud on my card to them directly.',
      'The charge was not authorised by me.',
      'The parcel was stolen from my doorstep after your driver left it outside.',
      'The problem lies with the replacement part.',
      'The box had been lying in the rain for hours.',
      'I received a scam email using your logo, so I am forwarding it to you.',
      'I was worried it was a scam, so I called your office to check.',
      'My identity theft insurance should cover this.',
      'It is a criminal offence to keep the deposit unprotected.',
    ]);
  });
});

describe('threat', () => {
  it('finds threats and intimidation', () => {
    expectFlagged('threat', [
      'Refund me, or else.',
      "You'll regret this.",
      'I will make your life hell.',
      'I know where you live.',
      'I know where your office is.',
      "I'll ruin your business.",
      'You will be sorry.',
      'Watch your back.',
      "I'm going to smash the place up.",
      'My lawyer will destroy you.',
      'I will sue you for every penny you have.',
    ]);
  });

  it('sees through letters that only look alike (a Kelvin sign for a "K")', () => {
    expectFlagged('threat', ['I will \u212Aill you.', 'I will brea\u212A your legs.', 'I will smac\u212A you.']);
  });

  it('lets lawful next steps, stated as facts, through', () => {
    expectClean([
      'If I have not heard from you by 14 December 2026, I will dispute the charge with my card issuer.',
      'I will request a chargeback.',
      'I will file a complaint with my state attorney general and the consumer-protection office.',
      'I will refer the matter to the regulator and the ombudsman.',
      'I have reported this to Trading Standards.',
      'I will complain to the BBB and the FTC.',
      'I will take the claim to small-claims court.',
      'I will take legal advice.',
      'I will leave a factual review of my experience.',
      'This is my final request before I take the matter further.',
      'The loose handrail could hurt someone, so please fix it.',
    ]);
  });

  it('finds a legal step aimed at the reader as a threat, and lets the step stated as a fact through', () => {
    expectFlagged('threat', [
      'I will sue you.',
      "I'm going to sue you for every penny.",
      'We will be suing your company.',
      'I will sue!',
      'I am going to take you to court.',
      'I will drag your company through the courts.',
      'You will be sued.',
      'I will report you to the police.',
      "I'm going to report your driver to the police.",
      'Refund me or I will call the police on you.',
      "I'll have you arrested for this.",
      'You will be reported to the police.',
    ]);
    expect(found('I will sue you.', 'threat')).toEqual(['I will sue you']);
    expect(checkTone('I will sue you.')[0]!.suggestion).toMatch(/small claims court/);
    expectClean([
      'If I have not heard from you by then, I will start a small claim in the County Court.',
      'I will take the matter to the small claims court.',
      'I will take your company to the small claims court if this is not resolved by 1 December.',
      'I will issue proceedings.',
      'If I do not hear from you within 14 days, I will issue proceedings against you without further notice.',
      'I understand I am entitled to sue for breach of contract, but I would rather settle this.',
      'I reported the theft to the police.',
      'The police gave me a crime number.',
      'I will report the theft to the police if the parcel has not been found by Friday.',
      'I had to call the police on the night of the break-in.',
      'Why have you charged me twice?',
    ]);
  });
});

describe('wish-harm', () => {
  it('finds wishes of harm', () => {
    expectFlagged('wish-harm', ['I hope you go bankrupt.', 'Hope you rot.', 'I hope your business fails.', 'I hope your shop burns down.', 'You deserve to go out of business.', 'Drop dead.']);
  });

  it('does not mistake good wishes or negated ones', () => {
    expectClean(['I hope you can resolve this quickly.', 'I hope the replacement does not fail in the same way.', 'I hope your engineer gets better soon.']);
  });
});

describe('sarcasm', () => {
  it('finds sarcasm and contempt', () => {
    expectFlagged('sarcasm', [
      'Clearly you can’t read.',
      'What a joke.',
      'Thanks for nothing.',
      'Congratulations on losing a loyal customer.',
      "Obviously you can't be bothered.",
      'Do you even read your emails?',
      'How hard is it to deliver a parcel?',
      "I'm sure you're very busy.",
      'Your so-called express delivery took ten days.',
    ]);
  });

  it('knows "so-called" as a sneer, not as a name', () => {
    expectFlagged('sarcasm', ['Your so-called engineer left.', 'The so-called supervisor hung up.', "The so-called 'express' option took a week."]);
    expectClean(['Under the so-called cooling-off period, I can cancel within 14 days.']);
  });

  it('finds orders that talk down to the reader ("Do your job")', () => {
    expectFlagged('sarcasm', ['Do your job.', 'Just do your job and refund me.', 'Learn to do your job properly.', 'How about doing your job for once?', 'Stop making excuses and do your job.', "Why don't you do your job?", 'Learn to read.', 'Get your act together.', 'Grow up.']);
    expect(checkTone('Do your job.')[0]!.message).toMatch(/contemptuous/);
    expectClean([
      'Please do your best to resolve this by Friday.',
      'I know the driver was only doing his job, and I do not blame him.',
      'I understand you need the receipt to do your job, so I have attached a copy.',
      'Thank you for doing your job so well last time.',
      'My son is learning to read, so the book was a gift.',
      'Please use your head office address for the refund cheque.',
    ]);
  });

  it('lets sincere thanks and praise through', () => {
    expectClean(['Thank you for making the return so easy last time.', 'The installer did a good job, but the unit itself is faulty.', 'The box had clearly been opened.']);
  });
});

describe('shouting and exclamation marks', () => {
  it('finds runs of capitals and single emphatic words', () => {
    expect(found('I WANT MY MONEY BACK now.', 'shouting')).toEqual(['WANT MY MONEY BACK']);
    expect(found('I have NEVER been treated like this.', 'shouting')).toEqual(['NEVER']);
    expect(checkTone('I PAID IN FULL and heard nothing.').find((f) => f.rule === 'shouting')?.suggestion).toBe('paid in full');
    // Unkind words in capitals are changed for what they say: "you are liars" in small letters would still be unkind.
    expect(checkTone('YOU ARE LIARS').map((f) => f.rule)).toEqual(['accusation']);
    expect(checkTone('THESE CLOWNS never came.').map((f) => f.rule)).toEqual(['insult']);
  });

  it('does not treat acronyms, references or names in a letter’s address as shouting', () => {
    expectClean([
      'Order HV-55120: I paid USD 120.00 and sent a PDF of my ID to the FTC, the BBB and your UK office.',
      'The VAT receipt from IKEA UK lists SKU AB-1234.',
      'I complained to the CFPB and the FCA about the ATM fee.',
      // Codes of two or three capitals: a baggage claim, an airport, a flight.
      'My baggage claim is PIR TFN IB 12345, for the flight to TFN on IB3944.',
    ]);
    expect(found('You did NOT OFFER ANY refund.', 'shouting')).toEqual(['NOT OFFER ANY']);
    expect(rules('Dear Sir,\nMy order 1234 did not arrive.\n\nKind regards,\nJOHN SMITH\n12 HIGH STREET, LONDON')).not.toContain('shouting');
  });

  it('finds repeated exclamation and question marks', () => {
    expect(found('Where is my refund?!?', 'exclamation')).toEqual(['?!?']);
    expect(found('Unbelievable!!', 'exclamation')).toEqual(['!!']);
    expect(found('Why???', 'exclamation')).toEqual(['???']);
    expect(checkTone('Why??!').find((f) => f.rule === 'exclamation')?.suggestion).toBe('?');
    expect(errors('Thank you! I look forward to hearing from you. Why? Because it matters.')).toEqual([]);
  });
});

describe('plain words of complaint', () => {
  it('are never flagged', () => {
    expectClean([
      'I am disappointed, and this is unacceptable.',
      'This has been very frustrating, and it is not the service I was promised.',
      'I would like a refund.',
      'This is my final request.',
      'I will take the matter further.',
      'Your engineer failed to arrive, and the parcel did not arrive either.',
      'I was charged twice.',
      'Please cancel my subscription before the deadline.',
      'The delivery was late, and the service was poor.',
    ]);
  });
});

describe('findings', () => {
  it('give 1-based line and column, and the words exactly as written', () => {
    const text = 'Dear team,\r\n\r\nThank you.  You’re a bunch of liars.\n🙂 You idiots!!';
    const findings = checkTone(text);
    const liars = findings.find((f) => f.rule === 'accusation')!;
    expect(liars).toMatchObject({ line: 3, column: 13, text: 'You’re a bunch of liars' });
    const idiots = findings.find((f) => f.rule === 'insult')!;
    expect(idiots).toMatchObject({ line: 4, column: 3, text: 'You idiots' }); // the emoji is one character
    expect(findings.find((f) => f.rule === 'exclamation')).toMatchObject({ line: 4, column: 13, text: '!!' });
  });

  it('are sorted by line, then column', () => {
    const findings = checkTone('You idiots!! This is fraud.\nDAMN YOU ALL. I hope you rot.');
    const positions = findings.map((f) => [f.line, f.column]);
    const sorted = [...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(positions).toEqual(sorted);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['insult', 'exclamation', 'accusation', 'profanity', 'shouting', 'wish-harm']));
  });

  it('give a calmer suggestion for every kindness finding', () => {
    expect(checkTone('you are liars')).toEqual([
      expect.objectContaining({ rule: 'accusation', severity: 'error', text: 'you are liars', suggestion: 'the information I was given was not accurate' }),
    ]);
    for (const finding of checkTone('You idiots!! This is fraud. I will make your life hell. Thanks for nothing. I hope you go bankrupt. sh*t. I WANT IT NOW.')) {
      expect(finding.severity).toBe('error');
      expect(finding.suggestion, finding.rule).toBeTruthy();
      expect(finding.message, finding.rule).toMatch(/\./);
    }
  });

  it('report one finding for one place', () => {
    const findings: Finding[] = checkTone('You absolute idiots.');
    expect(findings.map((f) => [f.rule, f.text])).toEqual([['insult', 'You absolute idiots']]);
  });

  it('handle empty and unusual input', () => {
    expect(checkTone('')).toEqual([]);
    expect(checkTone('   \n\n')).toEqual([]);
    expect(checkTone('\u0000\u001b[31m plain text \u202e')).toEqual([]);
  });
});

describe('disguised words', () => {
  it('reads a word as its reader sees it: invisible characters, look-alike letters, full-width letters', () => {
    for (const text of ['You are l\u200Biars.', 'You are l\u0456ars.', 'You are \uFF4C\uFF49\uFF41\uFF52\uFF53.', 'You are li\u00ADars.', 'You are \u2066liars\u2069.']) {
      expect(rules(text), JSON.stringify(text)).toContain('accusation');
    }
    expect(rules('This is sh\u2060it service.')).toContain('profanity');
  });

  it('reads letters spaced out, joined by marks, written as digits or in other forms', () => {
    for (const text of ['you are i d i o t s', 'you are i.d.i.o.t.s', 'you are so st_u_p_i_d', 'you are so stu\u00B7pid', 'you id1ots', 'you m0r0ns', 'you are $tupid', 'you are stup!d', '\u{1D42C}\u{1D42D}\u{1D42E}\u{1D429}\u{1D422}\u{1D41D} people', 'you \u026A\u1D05\u026A\u1D0F\u1D1Bs', 'you \u24D8\u24D3\u24D8\u24DE\u24E3\u24E2', 's\u0336t\u0336u\u0336p\u0336i\u0336d\u0336 people']) {
      expect(checkTone(text).some((f) => f.severity === 'error'), JSON.stringify(text)).toBe(true);
    }
    // Codes, times, amounts and addresses are what they are.
    for (const text of ['Order HV-55120 arrived at 4pm on the 2nd.', 'My Galaxy S25 256gb was faulty.', 'Email john@example.com or call 0800 123 456.', 'I paid $50 and £20!', 'The U.S.A. office said no.']) {
      expect(checkTone(text), text).toEqual([]);
    }
  });

  it('reads in English accents put on plain letters, masked letters, and letters written small or above the line', () => {
    for (const text of ['You are id\u00EDots.', 'Your staff are st\u00FCpid.', 'You are a \u0131d\u0131ot.', 'You are id*ots.', 'You l#ars lied again.', 'Your staff are st**d.', 'You are \u026Adiots.', 'You \u1D35\u1D30\u1D35\u1D3C\u1D40\u02E2.', 'You \u2071\u1D48\u2071\u1D52\u1D57\u02E2.']) {
      expect(checkTone(text).some((f) => f.severity === 'error'), JSON.stringify(text)).toBe(true);
    }
    // Reported where they were typed, as typed.
    expect(checkTone('Calm.\nYou are id\u00EDots.')[0]).toMatchObject({ rule: 'insult', line: 2, column: 1, text: 'You are id\u00EDots' });
    expect(checkTone('You are id*ots.')[0]).toMatchObject({ text: 'You are id*ots' });
    // Plain words with accents, and marks that mask nothing, are what they are.
    for (const text of ['Jos\u00E9 at the caf\u00E9 was na\u00EFve about the r\u00E9sum\u00E9.', 'The hotel was rated 5* but had no heating.', 'The advert said *free delivery* on orders over \u00A350.', 'Order AB*CD*EF was late.', 'Footnote* applies.', 'M\u00FCller & S\u00F8n, \u0141\u00F3d\u017A.']) {
      expect(checkTone(text), text).toEqual([]);
    }
  });

  it('points at the words as they were typed', () => {
    const [finding] = checkTone('Calm words.\nYou are l\u200Biars.');
    expect(finding).toMatchObject({ rule: 'accusation', line: 2, column: 1, text: 'You are l\u200Biars' });
  });

  it('leaves Greek and Cyrillic text, and names written in them, as they are', () => {
    expect(checkTone('Я написал вам 3 ноября.')).toEqual([]);
    expect(checkTone('My contact was \u0391\u03bd\u03bd\u03b1 at the desk.')).toEqual([]);
  });
});

describe('firmness', () => {
  it('runs only for letters', () => {
    expect(checkTone('I hope you can help.')).toEqual([]);
    expect(rules('I hope you can help.', { letter: true })).toEqual(['no-deadline', 'no-reference', 'no-request']);
  });

  it('is satisfied by a firm, kind letter', () => {
    expect(checkTone(fixture('letter-good.txt'), { letter: true })).toEqual([]);
  });

  it('warns about a timid letter, pointing at the hedging words', () => {
    const findings = checkTone(fixture('letter-timid.txt'), { letter: true });
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    const missing = findings.filter((f) => f.rule.startsWith('no-'));
    // "A refund would be lovely" is a request, just a timid one: no amount, no date, no reference.
    expect(missing.map((f) => f.rule)).toEqual(['no-amount', 'no-deadline', 'no-reference']);
    for (const f of missing) expect(f).toMatchObject({ line: 1, column: 1, text: '' });
    const hedges = findings.filter((f) => f.rule === 'hedging');
    expect(hedges.map((f) => [f.text, f.line])).toEqual([
      ['sorry to bother', 3],
      ['I hate to ask', 3],
      ['I was wondering if', 5],
      ['maybe you could', 5],
      ["if it's not too much trouble", 5],
    ]);
    expect(hedges[0]!.column).toBe(9);
  });

  it('recognises a request, an amount, a deadline and a reference in their usual forms', () => {
    const base = (request: string, amount: string, deadline: string, reference: string) =>
      `Dear team,\n${reference}\n${request} ${amount}\n${deadline}\nKind regards,\nSam`;
    for (const amount of ['$120.00', '£99.90', '1.200,00 €', 'EUR 50', '120 dollars', 'CA$ 45', '¥3,000', '240,00 $', 'CHF 240.00']) {
      expect(rules(base('Please refund', amount, 'Please reply by 30 November 2026.', 'Order HV-55120'), { letter: true }), amount).toEqual([]);
    }
    for (const deadline of ['by 30 November 2026', 'by 2026-11-30', 'by November 30, 2026', 'by 30/11/2026', 'no later than Friday 4 December', 'before the 1st of December', 'by 9. Dezember 2026', 'by 2026年12月9日', 'by 09.12.2026']) {
      expect(rules(base('Please refund', '$12.00', `Please reply ${deadline}.`, 'Order HV-55120'), { letter: true }), deadline).toEqual([]);
    }
    for (const reference of ['Order number: 55120', 'Booking ref QK7-3301', 'Invoice INV-2231', 'Account 40021187', 'Re: HV-55120', 'Ticket #88213', 'Merchant reference: trip 8F2K-99QX', 'patient no. 88142', 'Job card 44120', 'client 2207', 'ride 8F2K-99QX']) {
      expect(rules(base('Please refund', '$12.00', 'Please reply by 30 November 2026.', reference), { letter: true }), reference).toEqual([]);
    }
    for (const request of ['I would like a replacement for', 'Please repair it; it cost', 'I am asking you to correct the bill of', 'Could you please send a replacement worth']) {
      expect(rules(base(request, '$12.00', 'Please reply by 30 November 2026.', 'Order HV-55120'), { letter: true }), request).toEqual([]);
    }
  });

  it('warns when a refund has no amount, a deadline is not a date, or nothing is asked for', () => {
    const letter = (body: string) => `Dear team,\nOrder HV-55120.\n${body}\nKind regards,\nSam`;
    expect(rules(letter('Please refund me. Please reply by 30 November 2026.'), { letter: true })).toEqual(['no-amount']);
    const within = checkTone(letter('Please refund the $40.00. Please reply within 14 days.'), { letter: true });
    expect(within.map((f) => f.rule)).toEqual(['no-deadline']);
    expect(within[0]!.message).toContain('within 14 days');
    expect(rules(letter('The kettle broke. I am very disappointed. Please reply by 30 November 2026.'), { letter: true })).toEqual(['no-request']);
  });

  it('takes a time the law counts from receipt as the deadline, since it has no calendar date', () => {
    const letter = (body: string) => `Dear team,\nOrder HV-55120.\n${body}\nSincerely,\nSam`;
    const notice = 'Please credit the $40.00 charge. I understand that you must acknowledge this letter in writing within 30 days of receiving it.';
    expect(rules(letter(notice), { letter: true })).toEqual([]);
    // A time of the writer's own choosing still has a date to be given.
    expect(rules(letter('Please credit the $40.00 charge. Please reply within 30 days of receiving this letter.'), { letter: true })).toEqual(['no-deadline']);
    expect(rules(letter('Please credit the $40.00 charge. Your terms say refunds are paid within 10 business days.'), { letter: true })).toEqual(['no-deadline']);
  });
});

describe('looksLikeLetter', () => {
  it('needs an opening and a sign-off', () => {
    expect(looksLikeLetter(fixture('letter-good.txt'))).toBe(true);
    expect(looksLikeLetter(fixture('letter-timid.txt'))).toBe(true);
    expect(looksLikeLetter('Dear team,\nThe parcel is late.\n\nYours sincerely,\nSam')).toBe(true);
    expect(looksLikeLetter('Subject: Refund\n\nPlease refund me.\n\nRegards\nSam')).toBe(true);
    expect(looksLikeLetter('You idiots lost my parcel.')).toBe(false);
    expect(looksLikeLetter('Dear team, thank you')).toBe(false);
    expect(looksLikeLetter('Kind regards,\nSam')).toBe(false);
  });
});

describe('robustness', () => {
  it('compiles every pattern, and no pattern matches nothing', () => {
    for (const family of kindnessFamilies) {
      for (const pattern of family.patterns) {
        const regex = wordPattern([pattern]);
        expect(regex.test(''), pattern).toBe(false);
        expect(regex.test(' '), pattern).toBe(false);
      }
    }
  });

  it('finishes quickly on long and repetitive input', () => {
    const inputs = ['you are ' + 'so '.repeat(20000), 'I hope the ' + 'the '.repeat(20000), 'ABCD '.repeat(20000), '!'.repeat(50000), 'f*'.repeat(20000)];
    for (const input of inputs) {
      const started = Date.now();
      checkTone(input, { letter: true });
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});
