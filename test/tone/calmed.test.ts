// A letter never shouts: what the writer typed in capitals is written in normal letters in an
// English letter (the writer is warned all the same), acronyms and references kept.
import { describe, expect, it } from 'vitest';
import { calmed } from '../../src/tone/shouting.js';
import { fullCase } from '../letter/cases.js';
import { produceLetter } from '../../src/letter/produce.js';
import { caseSchema } from '../../src/case/schema.js';

describe('calmed', () => {
  it.each([
    ['THE BRAKES STARTED GRINDING 3 DAYS LATER.', 'The brakes started grinding 3 days later.'],
    ['I did NOT agree to the extra charge.', 'I did not agree to the extra charge.'],
    ['It was fine. THIS IS THE THIRD TIME I HAVE WRITTEN.', 'It was fine. This is the third time I have written.'],
    ['NOTHING ARRIVED UNTIL 20 OCTOBER', 'Nothing arrived until 20 October'],
    ['My BT line and the IKEA wardrobe, order HV-55120.', 'My BT line and the IKEA wardrobe, order HV-55120.'],
    ['Flight LHR–JFK on the 9th', 'Flight LHR–JFK on the 9th'],
    // "IT" and "US" are the words where a verb goes with them, the acronyms elsewhere.
    ['IT BROKE AFTER ONE WEEK', 'It broke after one week'],
    ['YOU CHARGED US TWICE', 'You charged us twice'],
    ['the IT DEPARTMENT NEVER CALLED', 'the IT department never called'],
    // A joining or pointing word stressed alone.
    ['you took €49 on 1 October AND 1 November', 'you took €49 on 1 October and 1 November'],
    ['there was NO hot water and THEY knew', 'there was no hot water and they knew'],
  ])('%s', (typed, written) => {
    expect(calmed(typed)).toBe(written);
  });

  it.each([
    ['Your fitter JOHN SMITH said it would take 3 days.', 'Your fitter JOHN SMITH said it would take 3 days.'],
    ['it took TWO WEEKS and the worktop is CRACKED. JOHN SMITH never came back.', 'it took two weeks and the worktop is CRACKED. JOHN SMITH never came back.'],
    ['I spoke to MARIA LOPEZ on the phone', 'I spoke to MARIA LOPEZ on the phone'],
    ['THE ENGINEER NEVER CAME', 'The engineer never came'],
  ])('keeps what may be a name typed in capitals: %s', (typed, written) => {
    expect(calmed(typed)).toBe(written);
  });

  it('writes a name as the case writes it elsewhere, and calls words typed in small letters elsewhere ordinary', () => {
    const words = { common: { has: (word: string) => ['worktop', 'cracked'].includes(word) }, written: () => new Map([['acme kitchens', 'Acme Kitchens']]) };
    expect(calmed('I booked ACME KITCHENS to fit my kitchen.', words)).toBe('I booked Acme Kitchens to fit my kitchen.');
    expect(calmed('I CALLED ACME KITCHENS TWICE', words)).toBe('I called Acme Kitchens twice');
    expect(calmed('the worktop is CRACKED. JOHN SMITH never came back.', words)).toBe('the worktop is cracked. JOHN SMITH never came back.');
  });

  it('gives the same string when nothing is shouted', () => {
    const text = 'The crew arrived at 1 pm, three hours late.';
    expect(calmed(text)).toBe(text);
  });

  it('writes an English letter without the shouting', () => {
    const c = fullCase('first', 'refund');
    c.story = { ...c.story, outcome: ['THE CREW NEVER CAME BACK', 'only two of the three rooms were cleaned'] };
    const produced = produceLetter(caseSchema.parse(c), { format: 'text' });
    if (!produced.ok) throw new Error('not ok');
    expect(produced.output.content).toContain('What happened: the crew never came back.');
    expect(produced.output.content).not.toContain('NEVER');
  });

  it("writes the business's name typed in capitals as the case names it, and keeps an unknown name as typed", () => {
    const c = fullCase('first', 'correction');
    c.recipient = { ...c.recipient, company: 'Acme Kitchens Ltd' };
    c.story = { ...c.story, circumstances: 'My neighbour recommended ACME KITCHENS to me. Your fitter DARREN WEBB said it would take 3 days.' };
    const produced = produceLetter(caseSchema.parse(c), { format: 'text' });
    if (!produced.ok) throw new Error('not ok');
    expect(produced.output.content).toContain('My neighbour recommended Acme Kitchens to me.');
    expect(produced.output.content).toContain('Your fitter DARREN WEBB said');
  });
});
