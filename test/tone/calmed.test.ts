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
  ])('%s', (typed, written) => {
    expect(calmed(typed)).toBe(written);
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
});
