// A business's reply that was neither an offer of money nor a refusal, and an offer to put
// things right, are told in the next letter with what the business said or offered.
import { describe, expect, it } from 'vitest';
import { correctionOffered, otherReply } from '../../src/letter/english/replies.js';
import { refusalAnswer, refusalReason } from '../../src/letter/english/refusal.js';
import { wordUse } from '../../src/letter/english/words.js';

const use = wordUse([]);

describe('a reply that was neither an offer nor a refusal', () => {
  it.each([
    ['offered to move us to term 1 2027 instead of a refund', ' and offered to move us to term 1 2027 instead of a refund'],
    ["they said they'd escalate it to billing and call back in 48 hours", ' that you would escalate it to billing and call back in 48 hours'],
    ['the technician will come again on 3 December', ' that the technician will come again on 3 December'],
    ['passed it to their insurer, AXA', ' and passed it to their insurer, AXA'],
    ['transfer to the insurer', ' (transfer to the insurer)'],
    // What they told the writer to do, their words without a verb, and what they did.
    ['they said to contact the booking site', ' and told me to contact the booking site'],
    ['told me to wait 6 weeks', ' and told me to wait 6 weeks'],
    ['said no refund without a receipt', ': no refund without a receipt'],
    ['they said they are looking into it', ' that you are looking into it'],
    ['they asked for photos, which I sent the same day', ' and asked for photos, which I sent the same day'],
    ['', ''],
  ])('"%s"', (typed, told) => {
    expect(otherReply(typed, use, true)).toBe(told);
  });

  it('keeps "they" when the letter goes to a third party', () => {
    expect(otherReply("they said they'd call back", use, false)).toBe(' that they would call back');
  });
});

describe('an offer to put things right', () => {
  it.each([
    ['send a repair kit', ' to send a repair kit'],
    ['Replace the crown at no charge', ' to replace the crown at no charge'],
    ['refund the $270 in the next billing cycle', ' to refund the $270 in the next billing cycle'],
    ['a new crown at half the price', ' to put things right (a new crown at half the price)'],
    [undefined, ' to put things right'],
  ])('"%s"', (typed, told) => {
    expect(correctionOffered(typed, use)).toBe(told);
  });
});

describe('a refusal and the answer to it', () => {
  it.each([
    ['denied again citing section 7 exclusions', ', citing section 7 exclusions'],
    ['they refused, saying it was accidental damage', ', saying that it was accidental damage'],
    ['rejected my claim because the warranty had expired', ', saying that the warranty had expired'],
    ['declined to refund me', ''],
    ['refused', ''],
    ['the manager said the photos were not clear enough', ', saying that the photos were not clear enough'],
    ['wear and tear', ', citing wear and tear'],
    ['they said pre-existing condition', ', citing a pre-existing condition'],
    ['they said not covered under the policy', ', saying it was not covered under the policy'],
  ])('the reason "%s"', (typed, told) => {
    expect(refusalReason(typed, use, true)).toBe(told);
  });

  it('says "you" for the business in the writer\'s answer', () => {
    expect(refusalAnswer('the coil they installed failed within a week', true, use)).toBe('I do not accept this: the coil you installed failed within a week.');
  });
});
