// Earlier contacts typed as upset people type them: loose channels, short notes of what came
// back, a name typed twice, an e-mail address as whom the writer wrote to.
import { describe, expect, it } from 'vitest';
import { produceLetter } from '../../src/letter/produce.js';
import type { Case, Stage } from '../../src/case/schema.js';

const base = (contacts: Case['contacts'], stage: Stage, contact?: string): Case =>
  ({
    sender: { name: 'Alex Rivera', email: 'alex@example.com', country: 'United Kingdom' },
    recipient: { company: 'Brightline Carpet Care', ...(contact ? { contact } : {}) },
    purchase: { item: 'a deep clean', date: '2026-09-02', reference: 'BCC-1', amount: 120, currency: 'GBP' },
    story: { circumstances: 'I booked a clean.', expectations: ['on time'], outcome: ['late'] },
    evidence: ['the receipt'],
    card: { issuer: 'Barclaycard', last4: '1234' },
    request: { remedy: 'refund' },
    contacts,
    letter: { date: '2026-12-06', stage, previous: stage === 'first' ? [] : ['2026-11-20'] },
  }) as Case;

/** The letter told of one contact (dated 1 October 2026), for a stage and a person written to. */
function told(contact: NonNullable<Case['contacts']>[number], options: { stage?: Stage; to?: string } = {}): string {
  const produced = produceLetter(base([{ date: '2026-10-01', ...contact }], options.stage ?? 'first', options.to), { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  const text = produced.output.content as string;
  return /On 1 October 2026, [^\n]*/.exec(text)?.[0] ?? text;
}

describe('channels typed loosely', () => {
  it('a text, a visit without a place, a reply all in quotation marks', () => {
    expect(told({ channel: 'txt', result: "'next week for sure'" })).toBe('On 1 October 2026, I sent you a text message, and the reply was “next week for sure”.');
    expect(told({ channel: 'txt', result: "'next week for sure'" }, { stage: 'card-dispute' })).toBe('On 1 October 2026, I sent Brightline Carpet Care a text message, and the reply was “next week for sure”.');
    expect(told({ channel: 'phone', result: "'we'll call you'" })).toBe("On 1 October 2026, I phoned you, and you said “we'll call you”.");
    expect(told({ channel: 'walked in', who: 'the guy at the counter (didnt get name)', result: 'said it was fine' })).toBe('On 1 October 2026, I went in to see you and spoke to the man at the counter, who said it was fine.');
    expect(told({ channel: 'popped in', result: 'said it was fine' })).toBe('On 1 October 2026, I went in to see you, and you said it was fine.');
    expect(told({ channel: 'phone', who: 'Dana', result: '"we will call you"' })).toBe('On 1 October 2026, I phoned you and spoke to Dana, who said “we will call you”.');
    // Two quotations are not one.
    expect(told({ channel: 'email', result: "'a' or 'b'" })).not.toContain('“');
  });
});

describe('what came back, in a short note', () => {
  it('nothing came back: a clause set against what the writer did', () => {
    expect(told({ channel: 'phone', result: 'rang twice no answer' })).toBe('On 1 October 2026, I phoned you twice, but nobody answered.');
    expect(told({ channel: 'email', result: 'asked to cancel and refund. no answer' })).toBe('On 1 October 2026, I emailed you and asked to cancel and refund, but I received no answer.');
    expect(told({ channel: 'email', result: 'sent photos, no reply since' })).toBe('On 1 October 2026, I emailed you and sent photos, but I have had no reply since.');
    expect(told({ channel: 'phone', who: 'Kyle', result: 'said it would be refunded in 5-7 working days. nothing' })).toBe(
      'On 1 October 2026, I phoned you and spoke to Kyle, who said it would be refunded in 5-7 working days, but nothing came of it.',
    );
  });

  it('whom the writer spoke to is said once, with the capital of a name', () => {
    expect(told({ channel: 'phone', who: 'gary', result: 'rang them twice, spoke to gary, he said hed sort it and ring back. no call back' })).toBe(
      "On 1 October 2026, I phoned you twice and spoke to Gary, and he said he'd sort it and ring back, but nobody called me back.",
    );
    // Someone else spoken to is kept.
    expect(told({ channel: 'phone', who: 'gary', result: 'rang them twice, spoke to the manager' })).toContain('spoke to the manager');
  });
});

describe('what the business said of itself, typed without its speaker', () => {
  it('"said they were short staffed" is "you said you were short staffed" in a letter to the business', () => {
    expect(told({ channel: 'email', result: 'said they were short staffed' })).toBe('On 1 October 2026, I emailed you, and you said you were short staffed.');
    expect(told({ channel: 'email', result: 'said they were short staffed' }, { stage: 'card-dispute' })).toBe('On 1 October 2026, I emailed Brightline Carpet Care, and they said they were short staffed.');
    // Someone else named before "they" is who "they" are.
    expect(told({ channel: 'email', result: 'said the courier lost it and they would chase it' })).toBe('On 1 October 2026, I emailed you, and you said the courier lost it and they would chase it.');
  });
});

describe("the writer's own act after what the business did", () => {
  it('has its "I", and "so" after what did not happen', () => {
    expect(told({ channel: 'phone', who: 'Steve', result: 'didnt answer, left voicemail' }, { to: 'Steve' })).toBe("On 1 October 2026, I phoned you, and you didn't answer, so I left a voicemail.");
    expect(told({ channel: 'phone', result: 'didnt answer, left voicemail' })).toBe("On 1 October 2026, I phoned you, and you didn't answer, so I left a voicemail.");
    expect(told({ channel: 'phone', result: 'said the manager was out, left a message' })).toBe('On 1 October 2026, I phoned you, and you said the manager was out, and I left a message.');
  });
});

describe('an e-mail address typed as whom the writer wrote to', () => {
  it('is where the writer wrote, kept as typed, never a person', () => {
    expect(told({ channel: 'email', who: 'membership@ironpeak', result: 'sent them a photo of the cancellation slip, no reply' })).toBe(
      'On 1 October 2026, I emailed you at membership@ironpeak and sent you a photo of the cancellation slip, but I received no reply.',
    );
    expect(told({ channel: 'email', who: 'lettings@castlegate', result: 'told the deduction is final' }, { stage: 'card-dispute' })).toBe(
      'On 1 October 2026, I emailed Brightline Carpet Care at lettings@castlegate, and they told me the deduction is final.',
    );
    expect(told({ who: 'Info@Brightline.co.uk', result: 'no reply' })).toBe('On 1 October 2026, I emailed you at Info@Brightline.co.uk, but I received no reply.');
  });
});

describe('a person spoken to, in a letter to a team', () => {
  it('keeps the person, with their job, and the team written to is "you"', () => {
    expect(told({ channel: 'email', who: 'Siobhan, events co-ordinator', result: 'said deposits are non refundable' }, { to: 'Events Team' })).toBe(
      'On 1 October 2026, I emailed Siobhan, your events co-ordinator, who said deposits are non refundable.',
    );
    expect(told({ channel: 'email', who: 'events team', result: 'said no' }, { to: 'Events Team' })).toBe('On 1 October 2026, I emailed you, and you said “no”.');
    // Written to the person spoken to, they are "you".
    expect(told({ channel: 'email', who: 'Siobhan, events co-ordinator', result: 'said deposits are non refundable' }, { to: 'Siobhan Kelly' })).toBe(
      'On 1 October 2026, I emailed you, and you said deposits are non refundable.',
    );
  });
});

describe('whom the writer spoke to, copied from a chat or typed short', () => {
  it('reads a label and its colon as a job or a team, and writes a short job out', () => {
    expect(told({ channel: 'chat', who: 'Agent: Ciara', result: 'she said there is no record of it' })).toBe(
      'On 1 October 2026, I contacted you through online chat and spoke to Ciara, your agent. She said there is no record of it.',
    );
    expect(told({ channel: 'chat', who: 'Billing: Sarah', result: 'no record' })).toMatch(/spoke to Sarah from your billing team\b/);
    expect(told({ channel: 'chat', who: 'Name: Tom', result: 'no record' })).toMatch(/spoke to Tom\b/);
    expect(told({ channel: 'visit', who: 'the tech (Brandon)', result: 'said it is not covered' })).toMatch(/Brandon, your technician, who said/);
    // Notes of what was said, a participle among them, are quoted.
    expect(told({ channel: 'visit', who: 'technician (Ray)', result: 'said chemical damage, not covered' })).toContain('Ray, your technician, who said “chemical damage, not covered”.');
    // The chatbot before the person who answered: the person is the one spoken to; a name in quotation marks is a name.
    expect(told({ channel: 'chat', who: 'bot then "Kevin"', result: 'he said he could only refund the last charge' })).toContain('spoke to Kevin. He said');
    // A note that what was promised never came is set against it.
    expect(told({ channel: 'phone', result: 'promised a date by the end of October, none given' })).toContain('you promised a date by the end of October, but none was given.');
    expect(told({ channel: 'phone', result: 'said they would call back, no call' })).toContain('you said you would call back, but there was no call.');
    // A label that names no job or team stays as typed.
    expect(told({ channel: 'email', who: 'Re: my bill', result: 'no reply' })).toMatch(/Re: my bill/);
  });
});

describe('a note typed in place of a sentence', () => {
  it('"same again" is what was said again; someone unnamed has an article', () => {
    expect(told({ channel: 'in person', who: 'Rob Hughes', result: "same again, told me to 'put it in writing'" }, { to: 'Mr. Rob Hughes (workshop manager)' })).toBe(
      "On 1 October 2026, I spoke to you in person, and you told me again to 'put it in writing'.",
    );
    expect(told({ channel: 'chat', result: 'same thing' })).toBe('On 1 October 2026, I contacted you through online chat, and I was told the same thing.');
    expect(told({ channel: 'phone', who: 'Dana', result: 'same answer, refused' })).toBe('On 1 October 2026, I phoned you and spoke to Dana, who refused again.');
    expect(told({ channel: 'in store', result: 'staff member refused to look at the photos' })).toBe('On 1 October 2026, I went to your store. A member of staff refused to look at the photos.');
    expect(told({ channel: 'in person', result: 'tech said it was the cable' })).toBe('On 1 October 2026, I spoke to you in person. Your technician said it was the cable.');
     // A part of the business, not in brackets as a note: "claims dept said…", "head office told me…".
    expect(told({ channel: 'email', result: 'claims dept said they would review it within 30 days' })).toBe('On 1 October 2026, I emailed you. Your claims department said they would review it within 30 days.');
    expect(told({ channel: 'email', result: 'claims dept said they would review it within 30 days. nothing since' })).toBe('On 1 October 2026, I emailed you. Your claims department said they would review it within 30 days, but I have heard nothing since.');
    expect(told({ channel: 'phone', result: 'head office told me to wait for a letter' })).toBe('On 1 October 2026, I phoned you. Your head office told me to wait for a letter.');
    expect(told({ channel: 'phone', result: 'customer services promised a call back' })).toBe('On 1 October 2026, I phoned you. Your customer services promised a call back.');
  });
});

describe('a reference typed as what came of a contact', () => {
  it('is what the writer was given, and the notes after it are sentences', () => {
    expect(told({ channel: 'phone', result: 'fault ref FLT-77120, engineer booked' })).toBe('On 1 October 2026, I phoned you, and I was given the fault reference FLT-77120, and you booked an engineer.');
    expect(told({ channel: 'online claim form', result: 'claim ref CX-883012, auto reply only' })).toBe(
      'On 1 October 2026, I contacted you through your online claim form, and I was given the claim reference CX-883012, but I received only an automatic reply.',
    );
    expect(told({ channel: 'phone', who: 'Josh', result: 'case # 99812, no call back' })).toBe('On 1 October 2026, I phoned you and spoke to Josh, who gave me the case number 99812, but nobody called me back.');
    // A note the rule does not know keeps the whole as typed.
    expect(told({ channel: 'phone', result: 'ref 1234, the line was awful' })).toContain('(ref 1234');
  });
});

describe('what the business said of itself', () => {
  it('"nothing to do with them" is "nothing to do with you" in a letter to it, unless another party is named before', () => {
    expect(told({ channel: 'phone', who: 'rob', result: 'refused, said it was nothing to do with them' }, { to: 'Mr. Rob Hughes (workshop manager)' })).toBe(
      'On 1 October 2026, I phoned you, and you refused and said it was nothing to do with you.',
    );
    expect(told({ channel: 'phone', result: 'said to contact Samsung as it was nothing to do with them' })).toContain('nothing to do with them');
  });
});

describe('a note that no name was given, after a comma', () => {
  it('is the writer’s note, not part of whom they spoke to', () => {
    expect(told({ channel: 'phone', who: "agent, wouldn't give a name", result: 'said claims take "up to 12 weeks"' })).toBe('On 1 October 2026, I phoned you and spoke to your agent, who said claims take “up to 12 weeks”.');
    expect(told({ channel: 'phone', who: 'a manager - no name given', result: 'refused' })).toBe('On 1 October 2026, I phoned you and spoke to a manager, who refused.');
  });
});

describe('what the writer was not given', () => {
  it('"no ref given" is a reference not given, not a thing received', () => {
    expect(told({ channel: 'phone', result: 'no ref given' })).toBe('On 1 October 2026, I phoned you, but I was given no reference.');
    expect(told({ channel: 'email', result: 'no refund offered' })).toBe('On 1 October 2026, I emailed you, but I was offered no refund.');
    expect(told({ channel: 'phone', result: 'no reply' })).toContain('but I received no reply');
  });
});

describe('someone not named, told of as "he" or "she"', () => {
  it('written to the business, the one the writer dealt with is "you", as "I sent you a text message" says', () => {
    expect(told({ channel: 'text', result: 'he said hed send someone next week, nobody came' })).toBe(
      "On 1 October 2026, I sent you a text message. You said you'd send someone the following week, but nobody came.",
    );
    expect(told({ channel: 'phone', result: 'she said her manager would ring me' })).toBe('On 1 October 2026, I phoned you. You said your manager would ring me.');
  });

  it('written to a named person who may be the one, it is "you"; to one it cannot be, "the person I spoke to"', () => {
    expect(told({ channel: 'phone', result: 'he promised a refund' }, { to: 'Mr Gary Hartley' })).toBe('On 1 October 2026, I phoned you. You promised a refund.');
    expect(told({ channel: 'phone', result: 'he promised a refund' }, { to: 'Ms Dana Price' })).toBe('On 1 October 2026, I phoned you. The person I spoke to promised a refund.');
    expect(told({ channel: 'email', result: 'she said she would look into it' }, { to: 'Mr Gary Hartley' })).toBe(
      'On 1 October 2026, I emailed you. The person who replied said she would look into it.',
    );
  });

  it('a "he" and a "she" are two people: the first is the one spoken to, the other kept', () => {
    expect(told({ channel: 'phone', result: 'she said he would call me back' })).toBe('On 1 October 2026, I phoned you. The person I spoke to said he would call me back.');
  });

  it('told to the card issuer, the one the writer dealt with is "the person I spoke to", never a "he" nobody was named', () => {
    expect(told({ channel: 'text', result: 'he said hed send someone next week, nobody came' }, { stage: 'card-dispute' })).toBe(
      "On 1 October 2026, I sent Brightline Carpet Care a text message. The person who replied said he'd send someone the following week, but nobody came.",
    );
  });
});

describe('someone not named who did something, told of as "he" or "she"', () => {
  it('met in person or on the phone: "you" to the business, else "the person I spoke to"', () => {
    expect(told({ channel: 'in store', result: 'she adjusted them again and said give it 2 more weeks' })).toMatch(/^On 1 October 2026, I went [^.]*\. You adjusted them again and said/);
    expect(told({ channel: 'in store', result: 'she adjusted them again' }, { stage: 'card-dispute' })).toMatch(/\. The person I spoke to adjusted them again\.$/);
  });

  it('in a message, told to the card issuer: the merchant did it', () => {
    expect(told({ channel: 'email', result: 'he cancelled the booking' }, { stage: 'card-dispute' })).toBe('On 1 October 2026, I emailed Brightline Carpet Care. Brightline Carpet Care cancelled the booking.');
  });
});

describe('what came of a contact, as a person tells it', () => {
  it('a state the reply gave, in the present, is what the business replied then', () => {
    expect(told({ channel: 'email', result: 'it is in transit' })).toBe('On 1 October 2026, I emailed you, and you replied that it was in transit.');
    expect(told({ channel: 'phone', result: 'its sold as is' })).toBe('On 1 October 2026, I phoned you, and you told me that it was sold as-is.');
    expect(told({ channel: 'phone', result: 'refund will be processed in 5 days' })).toBe('On 1 October 2026, I phoned you, and you told me that the refund would be processed in 5 days.');
    expect(told({ channel: 'chat', who: 'chatbot', result: 'issue is being investigated' })).toBe('On 1 October 2026, I contacted you through online chat and spoke to your chatbot, which replied that the issue was being investigated.');
    expect(told({ channel: 'email', result: 'it is in transit' }, { stage: 'card-dispute' })).toBe('On 1 October 2026, I emailed Brightline Carpet Care, and they replied that it was in transit.');
    // What the writer still sees now is their own telling.
    expect(told({ channel: 'email', result: 'it is still broken' })).toBe('On 1 October 2026, I emailed you. It is still broken.');
  });

  it('what was said of a thing named without its article gets it', () => {
    expect(told({ channel: 'chat', who: 'chatbot', result: 'said issue is being investigated' })).toBe('On 1 October 2026, I contacted you through online chat and spoke to your chatbot, which said the issue is being investigated.');
    expect(told({ channel: 'phone', result: 'said nothing is wrong' })).toBe('On 1 October 2026, I phoned you, and you said nothing is wrong.');
  });

  it('a visit to the writer\'s home is the business visiting, not the writer speaking in person', () => {
    expect(told({ channel: 'site visit', result: 'technician reset the inverter' })).toBe('On 1 October 2026, your technician visited and reset the inverter.');
    expect(told({ channel: 'home visit', who: 'engineer', result: 'replaced the fan' })).toBe('On 1 October 2026, your engineer visited and replaced the fan.');
    expect(told({ channel: 'site visit', result: 'technician reset the inverter' }, { stage: 'card-dispute' })).toBe("On 1 October 2026, Brightline Carpet Care's technician visited and reset the inverter.");
    // The writer going in is still the writer's visit.
    expect(told({ channel: 'in person', result: 'said it was fine' })).toBe('On 1 October 2026, I spoke to you in person, and you said it was fine.');
  });

  it('someone due who did not come', () => {
    expect(told({ channel: 'phone', result: 'engineer no show' })).toBe('On 1 October 2026, I phoned you, but your engineer did not turn up.');
    expect(told({ channel: 'phone', result: 'engineer no show' }, { stage: 'card-dispute' })).toBe('On 1 October 2026, I phoned Brightline Carpet Care, but their engineer did not turn up.');
  });
});

describe("the business's person who spoke, named in the result", () => {
  it('"they" of the business\'s limits is "you", and two reports run together are two sentences', () => {
    const result = "Dana, your service manager, who said the £480 is in your terms for any change, I said we didn't change anything. She said a 3rd repair is all they can do";
    const text = told({ channel: 'phone', result });
    expect(text).toContain('for any change. I said we didn');
    expect(text).toContain('a 3rd repair is all you can do');
    expect(told({ channel: 'phone', who: 'Dana', result: 'said a 3rd repair is all they can do' })).toContain('who said a 3rd repair is all you can do');
    // Without a person of the business named, "they" may be anyone.
    expect(told({ channel: 'phone', result: 'my parents said it was all they could do' })).toContain('all they could do');
  });
});
