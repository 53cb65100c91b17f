// What people type in a hurry is spelled out in English letters; the words themselves stay.
import { describe, expect, it } from 'vitest';
import { spelledOut, withShorthandSpelledOut } from '../../src/letter/english/shorthand.js';

describe('spelledOut', () => {
  it('spells out the shorthand of a hurried message, in small letters only', () => {
    expect(spelledOut('spoke to the site mgr bc the dept never replied, tbh i expected a call asap')).toBe('spoke to the site manager because the department never replied, to be honest i expected a call as soon as possible');
    expect(spelledOut('pics attached, contract was for 12 mos')).toBe('photos attached, contract was for 12 months');
    expect(spelledOut('tbh its a lot of money for me rn, and imo btw tbf')).toBe("to be honest it's a lot of money for me right now, and in my opinion by the way to be fair");
    expect(spelledOut('bought it for my wifes commute and my girlfriends birthday. u said it was just a sensor')).toBe("bought it for my wife's commute and my girlfriend's birthday. you said it was just a sensor");
    expect(spelledOut('the u-bend leaked at Unit U')).toBe('the u-bend leaked at Unit U');
    // In capitals, "RN" is a nurse.
    expect(spelledOut('the RN on duty said so')).toBe('the RN on duty said so');
    // "there" before a noun of theirs is "their", misspelt; the place stays.
    expect(spelledOut('from there website, There manager said it was there fault; i went there twice')).toBe('from their website, Their manager said it was their fault; i went there twice');
    // Capitals are something else: BC is a province, COS a shop.
    expect(spelledOut('moved from BC, bought it at COS')).toBe('moved from BC, bought it at COS');
    // A short day before a date is that day; "sat" alone is a verb.
    expect(spelledOut('on sat 17 oct i parked, and on Wed 3rd they called')).toBe('on Saturday 17 oct i parked, and on Wednesday 3rd they called');
    expect(spelledOut('we sat 2 hours in the car, the sun 5 times')).toBe('we sat 2 hours in the car, the sun 5 times');
  });
  it('says a plus between words as "and", and gives "by end of" its article', () => {
    expect(spelledOut('quoted for benchtop + install, done by end of july')).toBe('quoted for benchtop and install, done by the end of july');
    expect(spelledOut('At start of the week (flights + hotel) it was fine')).toBe('At the start of the week (flights and hotel) it was fine');
    // Not a plus in a name, a number or a phone number.
    expect(spelledOut('Disney+ plan, 6+ hours, call +44 20 7946 0000, C++ course, 2 + 2')).toBe('Disney+ plan, 6+ hours, call +44 20 7946 0000, C++ course, 2 + 2');
    expect(spelledOut('the end of the month, in the end of')).toBe('the end of the month, in the end of');
  });

  it('puts back missing apostrophes and spells out shorthand', () => {
    expect(spelledOut('they didnt come and i havent heard back in 2 wks')).toBe("they didn't come and i haven't heard back in 2 weeks");
    expect(spelledOut('Didnt turn up for the appt w/ the engineer, waited 3hrs')).toBe("Didn't turn up for the appointment with the engineer, waited 3 hours");
    expect(spelledOut('ive been waiting, its been approx 50mins on hold')).toBe("I've been waiting, it's been approximately 50 minutes on hold");
    expect(spelledOut("said she'd get someone out thurs, then fri")).toBe("said she'd get someone out Thursday, then Friday");
    // Short days that are words of their own stay: "we sat and waited", "the sun came out".
    expect(spelledOut('we sat in the sun on a wed afternoon')).toBe('we sat in the sun on a wed afternoon');
    expect(spelledOut('customer for 2 yrs, 4yrs ago, 3 mths of msgs')).toBe('customer for 2 years, 4 years ago, 3 months of messages');
    expect(spelledOut('my brothers wedding, my late dads watch and our parents house')).toBe("my brother's wedding, my late dad's watch and our parents' house");
    expect(spelledOut('my brothers were there and my sons said so')).toBe('my brothers were there and my sons said so');
    expect(spelledOut('Our kids cant use the deck and my parents wont visit')).toBe("Our kids can't use the deck and my parents won't visit");
    expect(spelledOut('lost 2 days work = £240')).toBe("lost 2 days' work (£240)");
    expect(spelledOut('the estimate ($640 + tax = $723.20) was ignored')).toBe('the estimate ($640 + tax = $723.20) was ignored');
    expect(spelledOut('a scratch on the drivers door, and 2 drivers were there')).toBe("a scratch on the driver's door, and 2 drivers were there");
    expect(spelledOut('the crew would arrive 8am')).toBe('the crew would arrive at 8am');
    expect(spelledOut('I paid 50% deposit ($2,100) on 9/8')).toBe('I paid a 50% deposit ($2,100) on 9/8');
    expect(spelledOut('No plan ever sent.')).toBe('No plan was ever sent.');
    expect(spelledOut('called twice, no refunds issued')).toBe('called twice, no refunds issued');
    expect(spelledOut('called twice, but no refunds issued')).toBe('called twice, but no refunds were issued');
    expect(spelledOut('no engineer sent to check it')).toBe('no engineer was sent to check it');
    expect(spelledOut('no matter what I said')).toBe('no matter what I said');
    expect(spelledOut('they took 30 per cent deposit and a 10% fee')).toBe('they took a 30 per cent deposit and a 10% fee');
    expect(spelledOut('arrived at 11.15am, over 3 hours late, no call to say so')).toBe('arrived at 11.15am, over 3 hours late, with no call to say so');
    expect(spelledOut('cancelled the day before, no explanation.')).toBe('cancelled the day before, with no explanation.');
    expect(spelledOut('between 8am and 10am, no refund')).toBe('between 8am and 10am, no refund');
    expect(spelledOut('Declan said the scratch was there before, it wasnt')).toBe("Declan said the scratch was there before, but it wasn't");
    expect(spelledOut('she said it was fixed, it is not, and it leaks')).toBe('she said it was fixed, but it is not, and it leaks');
    expect(spelledOut('it was late, it wasnt the first time')).toBe("it was late, it wasn't the first time");
    expect(spelledOut('taxi = 45 euros, hotel = €120.50.')).toBe('taxi (45 euros), hotel (€120.50).');
    expect(spelledOut('2 + 2 = 4 hours of work')).toBe('2 + 2 = 4 hours of work');
    expect(spelledOut('face id doesnt work, id never seen that')).toBe("face id doesn't work, I'd never seen that");
    expect(spelledOut('missed my best friends 40th and paid for accom')).toBe("missed my best friend's 40th and paid for accommodation");
    expect(spelledOut('my friends were there, my friends and I')).toBe('my friends were there, my friends and I');
    // "its" before how a thing is, ending the clause, is "it's"; before what it has, its own.
    expect(spelledOut('now its black half the time, its out of warranty and until its finished.')).toBe("now it's black half the time, it's out of warranty and until it's finished.");
    expect(spelledOut('Its money I need for my fathers care home fees.')).toBe("It's money I need for my father's care home fees.");
    expect(spelledOut('its cracked screen and its black case; the phone and its charger. Its battery died')).toBe('its cracked screen and its black case; the phone and its charger. Its battery died');
    expect(spelledOut('quoted £320 incl. anaesthetic, approx. 2 hours late. Incl.')).toBe('quoted £320 including anaesthetic, approximately 2 hours late. Incl.');
    expect(spelledOut('it cost £400 postage incl. and vat incl')).toBe('it cost £400 postage incl. and vat incl');
    expect(spelledOut('a 12 mth contract for my 3 yrs old son')).toBe('a 12-month contract for my 3-year-old son');
    expect(spelledOut('boarded buster (7yo lab), he is 7 yo')).toBe('boarded buster (7-year-old lab), he is 7 years old');
    // "tech" is a technician where a person's verb follows; "tech support" is no one.
    expect(spelledOut('Tech came aug 14, the techs replaced the pump. tech support never answered')).toBe('Technician came aug 14, the technicians replaced the pump. tech support never answered');
    expect(spelledOut('left voicemail, nobody called me to ok it')).toBe('left a voicemail, nobody called me to OK it');
    expect(spelledOut('Ok so I left the voicemail')).toBe('Ok so I left the voicemail');
    // A child named by their age, after "a" or "my" or beside another such age, is one word.
    expect(spelledOut('nights with a 4yo and 7yo, my 9yo was sick')).toBe('nights with a 4-year-old and 7-year-old, my 9-year-old was sick');
    expect(spelledOut('extra electricity for heaters (approx.), 2 appts.')).toBe('extra electricity for heaters (approximately), 2 appointments.');
    expect(spelledOut('id like a refund. Id already paid the deposit')).toBe("I'd like a refund. I'd already paid the deposit");
  });

  it('leaves words that are English as they are, capitals that mean something, and quotations', () => {
    // "wont" and "cant" are words, but in a complaint they are "won't" and "can't"; "ill" is a word.
    expect(spelledOut('I wont accept it, I cant wait, ill health')).toBe("I won't accept it, I can't wait, ill health");
    expect(spelledOut('he said hed come back, weve waited since')).toBe("he said he'd come back, we've waited since");
    expect(spelledOut('spoke to HR and the BC office about my photo id')).toBe('spoke to HR and the BC office about my photo id');
    expect(spelledOut('my id was checked and the photo id given was fine')).toBe('my id was checked and the photo id given was fine');
    expect(spelledOut('im Laden gekauft')).toBe('im Laden gekauft');
    expect(spelledOut('Im now told I need 4 more months and im not happy')).toBe("I'm now told I need 4 more months and I'm not happy");
    expect(spelledOut('hes not answering and whats more shes left')).toBe("he's not answering and what's more she's left");
    expect(spelledOut('sent an IM to the shop')).toBe('sent an IM to the shop');
    expect(spelledOut('he said "i dont know, pls wait"')).toBe('he said "i dont know, pls wait"');
    expect(spelledOut('order 2WKS-55 and wk12')).toBe('order 2WKS-55 and wk12');
    // "have" heard as "of" before a participle; "could of course" is left alone.
    expect(spelledOut('it must of been lost, they should of told me, I could of course wait')).toBe('it must have been lost, they should have told me, I could of course wait');
    // Time owed or lost takes its apostrophe: one day's, two days'.
    expect(spelledOut('lost a days pay and 3 days wages, gave a months notice')).toBe("lost a day's pay and 3 days' wages, gave a month's notice");
    expect(spelledOut('the days work was done')).toBe('the days work was done');
    const text = 'Nothing to change here.';
    expect(spelledOut(text)).toBe(text);
  });
});

describe('a story typed without its "I"', () => {
  it('starts with the writer when its first word is what the writer did', async () => {
    const { withShorthandSpelledOut } = await import('../../src/letter/english/shorthand.js');
    type Resolved = Parameters<typeof withShorthandSpelledOut>[0];
    const story = (circumstances: string) => withShorthandSpelledOut({ purchase: { item: 'a sofa' }, story: { circumstances, expectations: [], outcome: [] }, contacts: [], request: { costs: [] } } as unknown as Resolved).story.circumstances;
    expect(story('Dropped off my car for new pads, estimate was $480.')).toBe('I dropped off my car for new pads, estimate was $480.');
    expect(story('Booked a deep clean for 3 rooms.')).toBe('I booked a deep clean for 3 rooms.');
    expect(story('Was told it would take a week.')).toBe('I was told it would take a week.');
    expect(story('Arrived three hours late and left early.')).toBe('Arrived three hours late and left early.');
    expect(story('The crew never came.')).toBe('The crew never came.');
    expect(story('Charged twice for May.')).toBe('I was charged twice for May.');
    // Sentence by sentence, each told without its "I".
    expect(story('Signed up in April. Been without a working pump since May. Didn\'t notice the leak until June.')).toBe(
      "I signed up in April. I have been without a working pump since May. I didn't notice the leak until June.",
    );
    // The business's doing, or time passing, is not the writer's.
    expect(story('Booked in March. Took 3 weeks to reply. Went quiet after that.')).toBe('I booked in March. Took 3 weeks to reply. Went quiet after that.');
    // What the writer had, or had done, and what they reported or collected.
    expect(story('Had eye test and ordered varifocals on 22 August, collected them 5 September.')).toBe('I had an eye test and ordered varifocals on 22 August, collected them 5 September.');
    expect(story('My bag didnt arrive. Reported it at the airport desk.')).toBe("My bag didn't arrive. I reported it at the airport desk.");
    expect(story('Collected the car on Friday. Picked up the keys at 5.')).toBe('I collected the car on Friday. I picked up the keys at 5.');
    expect(story('Had I known, I would have paid by card.')).toBe('Had I known, I would have paid by card.');
    // What the writer got or had to do; "got worse" is the thing's.
    expect(story('Got a quote of $420. Had to pay to get my car back.')).toBe('I got a quote of $420. I had to pay to get my car back.');
    expect(story('Got worse after a week.')).toBe('Got worse after a week.');
    // What the writer missed of their own ("my", "our"); "missed the appointment" may be the business's.
    expect(story('Missed the first night of my hotel stay waiting for the engineer.')).toBe('I missed the first night of my hotel stay waiting for the engineer.');
    expect(story('Missed our flight home.')).toBe('We missed our flight home.');
    expect(story('Missed the appointment twice.')).toBe('Missed the appointment twice.');
  });

  it('gives an event the writer had its article ("had eye test" -> "had an eye test"), and nothing else', async () => {
    const { spelledOut } = await import('../../src/letter/english/shorthand.js');
    expect(spelledOut('had eye test the same day')).toBe('had an eye test the same day');
    expect(spelledOut('I had job interview at 2')).toBe('I had a job interview at 2');
    expect(spelledOut('had to test it again')).toBe('had to test it again');
    expect(spelledOut('had tests done')).toBe('had tests done');
    expect(spelledOut('had my appointment moved')).toBe('had my appointment moved');
    expect(spelledOut('had booked appointment')).toBe('had booked appointment');
  });

  it('writes "sold as is" as "sold as-is", and "its sold" as "it\'s sold"', async () => {
    const { spelledOut } = await import('../../src/letter/english/shorthand.js');
    expect(spelledOut('you said its sold as is')).toBe("you said it's sold as-is");
    expect(spelledOut('bought as is, no warranty')).toBe('bought as-is, no warranty');
    expect(spelledOut('as is the custom here')).toBe('as is the custom here');
    expect(spelledOut('the car and its paid-up tax')).toBe('the car and its paid-up tax');
  });

  it('reads "its" as "it\'s" where no possessive could stand, and leaves the possessive alone', async () => {
    const { spelledOut } = await import('../../src/letter/english/shorthand.js');
    expect(spelledOut('Its now November and it never came.')).toBe("It's now November and it never came.");
    expect(spelledOut('its been 3 weeks')).toBe("it's been 3 weeks");
    expect(spelledOut('the carpet was already worn (its in the inventory)')).toBe("the carpet was already worn (it's in the inventory)");
    expect(spelledOut('its my money and its all there in the contract')).toBe("it's my money and it's all there in the contract");
    expect(spelledOut('the van and its all-in price; the firm and its own terms')).toBe('the van and its all-in price; the firm and its own terms');
    expect(spelledOut('The shop and its staff were helpful; the sofa lost its legs.')).toBe('The shop and its staff were helpful; the sofa lost its legs.');
  });

  it('says "you" of what only the business did, typed in what happened without its subject', async () => {
    const { withShorthandSpelledOut } = await import('../../src/letter/english/shorthand.js');
    type Resolved = Parameters<typeof withShorthandSpelledOut>[0];
    const outcome = (items: string[]) => withShorthandSpelledOut({ purchase: { item: 'a membership' }, story: { circumstances: 'x', expectations: [], outcome: items }, contacts: [], request: { costs: [] } } as unknown as Resolved).story.outcome;
    expect(outcome(['took 2 more payments', 'kept my deposit', 'lost my suitcase', 'refused to refund me'])).toEqual(['You took 2 more payments', 'You kept my deposit', 'You lost my suitcase', 'You refused to refund me']);
    // The writer's own doings stay as typed.
    expect(outcome(['took it back to the shop', 'kept calling them', 'lost my job over it', 'took me 3 weeks'])).toEqual(['took it back to the shop', 'kept calling them', 'lost my job over it', 'took me 3 weeks']);
    // What the writer did about it, typed without "I", has its "I" (or "We") back; the business's doing stays.
    expect(outcome(['went back twice, no difference', 'had to buy clothes', 'reported it to the desk', 'we waited 3 hours', 'sent the wrong size'])).toEqual([
      'I went back twice, no difference', 'I had to buy clothes', 'I reported it to the desk', 'we waited 3 hours', 'sent the wrong size',
    ]);
    expect(outcome(['had to stay in our car'])).toEqual(['We had to stay in our car']);
  });

  it('puts the "I" back in what it cost the writer, and takes "I bought" out of what was bought', async () => {
    const { withShorthandSpelledOut } = await import('../../src/letter/english/shorthand.js');
    type Resolved = Parameters<typeof withShorthandSpelledOut>[0];
    const spelled = (item: string, impact: string) => withShorthandSpelledOut({ purchase: { item }, story: { circumstances: 'x', expectations: [], outcome: [], impact }, contacts: [], request: { costs: [] } } as unknown as Resolved);
    expect(spelled('a sofa', 'Threw away about £120 of food.').story.impact).toBe('I threw away about £120 of food.');
    expect(spelled('a sofa', 'Had to take two days off work.').story.impact).toBe('I had to take two days off work.');
    expect(spelled('a sofa', 'having to get 2 buses to work, an hour each way').story.impact).toBe('I am having to get 2 buses to work, an hour each way');
    expect(spelled('a sofa', 'The whole weekend was lost.').story.impact).toBe('The whole weekend was lost.');
    // What the problem did to the writer ("left me short") has the problem as its subject, never "I".
    expect(spelled('a sofa', 'left me short on rent one month').story.impact).toBe('It left me short on rent one month');
    expect(spelled('a sofa', 'Cost me a day of leave.').story.impact).toBe('It cost me a day of leave.');
    expect(spelled('a sofa', 'took me three weeks to get a reply').story.impact).toBe('It took me three weeks to get a reply');
    expect(spelled('a sofa', 'left my car there for two weeks').story.impact).toBe('I left my car there for two weeks');
    // A household's loss is said by "we"; what spoiled it has the problem as its subject.
    expect(spelled('a holiday', 'lost 2 days of our holiday').story.impact).toBe('We lost 2 days of our holiday');
    expect(spelled('a holiday', 'was told to wait with our kids').story.impact).toBe('We were told to wait with our kids');
    expect(spelled('a holiday', 'lost my deposit and our trip').story.impact).toBe('I lost my deposit and our trip');
    expect(spelled('a holiday', 'Ruined our anniversary trip.').story.impact).toBe('It ruined our anniversary trip.');
    expect(spelled('I bought a Samsung fridge freezer (RB34) from your Bristol store', 'x').purchase.item).toBe('a Samsung fridge freezer (RB34) from your Bristol store');
    expect(spelled('We booked two nights in a sea-view room.', 'x').purchase.item).toBe('two nights in a sea-view room');
    expect(spelled('Ice cream maker', 'x').purchase.item).toBe('Ice cream maker');
    expect(spelled('kitchen benchtop + install', 'x').purchase.item).toBe('kitchen benchtop and install');
    expect(spelled('Disney+ annual plan', 'x').purchase.item).toBe('Disney+ annual plan');
  });

  it('puts the "I" back in what was done to the writer, told point by point', async () => {
    const { withShorthandSpelledOut } = await import('../../src/letter/english/shorthand.js');
    type Resolved = Parameters<typeof withShorthandSpelledOut>[0];
    const outcome = (items: string[]) => withShorthandSpelledOut({ purchase: { item: 'x' }, story: { circumstances: 'x', expectations: [], outcome: items }, contacts: [], request: { costs: [] } } as unknown as Resolved).story.outcome;
    expect(outcome(['was charged €720 for work i never agreed to'])).toEqual(['I was charged €720 for work i never agreed to']);
    expect(outcome(['was told to wait another week', 'the crew never came'])).toEqual(['I was told to wait another week', 'the crew never came']);
    expect(outcome(['was a mess from start to finish'])).toEqual(['was a mess from start to finish']);
  });

  it('says what was done to the writer\'s money with its "I was"', async () => {
    const { withShorthandSpelledOut } = await import('../../src/letter/english/shorthand.js');
    type Resolved = Parameters<typeof withShorthandSpelledOut>[0];
    const outcome = (items: string[]) => withShorthandSpelledOut({ purchase: { item: 'a sofa' }, story: { circumstances: 'x', expectations: [], outcome: items }, contacts: [], request: { costs: [] } } as unknown as Resolved).story.outcome;
    expect(outcome(['charged $59.99 on Oct 1', 'Billed again on Nov 1', 'the gym ignored my email'])).toEqual(['I was charged $59.99 on Oct 1', 'I was billed again on Nov 1', 'the gym ignored my email']);
    expect(outcome(['they charged me twice'])).toEqual(['they charged me twice']);
  });
});

describe('withShorthandSpelledOut', () => {
  it('spells out only "w/" and "w/o" in what was bought, a name', () => {
    const item = (text: string) => withShorthandSpelledOut({ purchase: { item: text }, story: { expectations: [], outcome: [] }, contacts: [], request: { costs: [] } } as unknown as Parameters<typeof withShorthandSpelledOut>[0]).purchase.item;
    expect(item('cedar deck w/ stairs')).toBe('cedar deck with stairs');
    expect(item('sofa w/o cushions')).toBe('sofa without cushions');
    expect(item('approx 2 hrs cleaning, unit W/4')).toBe('approx 2 hrs cleaning, unit W/4');
  });
});

describe('spelledOut, round two', () => {
  it('gives time owed its apostrophe with the kind of leave or pay between', () => {
    expect(spelledOut('I took 9 days annual leave and lost a weeks sick pay')).toBe("I took 9 days' annual leave and lost a week's sick pay");
  });

  it("writes a relative's thing named alone where the sentence ends, never the relatives themselves", () => {
    expect(spelledOut('The bike is my daughters. The car was my parents')).toBe("The bike is my daughter's. The car was my parents'");
    expect(spelledOut('It was my parents, not me. They are my daughters. These were my sons.')).toBe('It was my parents, not me. They are my daughters. These were my sons.');
    expect(spelledOut('The front bedroom is my daughters and the window leaks, the bike is my sons, not mine')).toBe("The front bedroom is my daughter's and the window leaks, the bike is my son's, not mine");
  });

  it('says "ur" as "your" before a noun and "you\'re" before what follows a subject', () => {
    expect(spelledOut('ur agent said no. Ur not listening and ur supposed to reply')).toBe("your agent said no. You're not listening and you're supposed to reply");
    expect(spelledOut('the Ur site, ur-ban, ur.')).toBe('the Ur site, ur-ban, ur.');
  });

  it('gives a single thing the writer had work done on its article', () => {
    expect(spelledOut('I had new combi boiler fitted, then had old oven removed')).toBe('I had a new combi boiler fitted, then had an old oven removed');
    expect(spelledOut('had new tyres fitted, had work done, had flooring laid, had it fixed, had been fixed, had the boiler serviced')).toBe('had new tyres fitted, had work done, had flooring laid, had it fixed, had been fixed, had the boiler serviced');
  });

  it('says what the writer has done from a time until now in the present perfect', () => {
    expect(spelledOut('I rented the unit since February. we were without heating since june')).toBe('I have rented the unit since February. we have been without heating since june');
    expect(spelledOut('I cancelled since it broke, I lived there since 2019 until 2024, they rented it since May, I emailed them since Monday')).toBe('I cancelled since it broke, I lived there since 2019 until 2024, they rented it since May, I emailed them since Monday');
  });

  it('puts the "I" back before a cancellation in an app, and before the charge after it', () => {
    type Resolved = Parameters<typeof withShorthandSpelledOut>[0];
    const told = (text: string) => withShorthandSpelledOut({ purchase: { item: 'x' }, story: { circumstances: text, expectations: [], outcome: [] }, contacts: [], request: { costs: [] } } as unknown as Resolved).story.circumstances;
    expect(told('Cancelled in the app on June 14, still charged. Cancelled on 3 oct, then billed again.')).toBe('I cancelled in the app on June 14, but I was still charged. I cancelled on 3 oct, and I was then billed again.');
    expect(told('Cancelled flights, no refund.')).toBe('Cancelled flights, no refund.');
  });
});

describe('two reports of what was said, run together', () => {
  it('are two sentences; a clause before "I said" that is no report stays', () => {
    expect(spelledOut('who said the fee is in your terms, I said we changed nothing')).toBe('who said the fee is in your terms. I said we changed nothing');
    expect(spelledOut('he said no, we told him it was broken')).toBe('he said no. We told him it was broken');
    expect(spelledOut("If it breaks, I said I'd call, and as you said, I told him")).toBe("If it breaks, I said I'd call, and as you said, I told him");
  });
});

describe('round two, from the corpus', () => {
  type Resolved = Parameters<typeof withShorthandSpelledOut>[0];
  const told = (text: string) => withShorthandSpelledOut({ purchase: { item: 'x' }, story: { circumstances: text, expectations: [], outcome: [] }, contacts: [], request: { costs: [] } } as unknown as Resolved).story.circumstances;
  it('"told Joan was on leave": what was said with nobody told was told to the writer', () => {
    expect(spelledOut('told Joan was on leave, they told the part was on order')).toBe('told me Joan was on leave, they told me the part was on order');
    expect(spelledOut('I told Joan I was leaving, told him it was fine')).toBe('I told Joan I was leaving, told him it was fine');
  });
  it('a story typed without "I" gets it back, and then its present perfect with "since"', () => {
    expect(told('rented unit b-114 since feb while between flats. picked him up 18 april with a torn ear')).toBe('I have rented unit b-114 since feb while between flats. I picked him up 18 april with a torn ear');
  });
});
