// "What I was promised" only over what the business promised or agreed; what the writer could
// expect, or what the law gives, is "What I expected".
import { describe, expect, it } from 'vitest';
import { wasPromised } from '../../src/letter/phrases.js';

describe('wasPromised', () => {
  it.each([
    'they quoted £2,400 for the whole job',
    'the engineer would come between 8 and 12',
    'delivery within 14 days',
    'the sofa would arrive in two weeks',
    'as described on the website',
    'you said the deposit would be back in 10 days',
  ])('"%s" was promised', (text) => {
    expect(wasPromised([text])).toBe(true);
  });

  it.each([
    'a crown should last years, not fall off twice in a month',
    'compensation for the delay of over 3 hours as the law says, and food and drink while we waited',
    'the compensation for a delay of 9 hours that is within the airline\'s control',
    'I thought it would be delivered by then',
    'a working washing machine',
  ])('"%s" was expected, not promised', (text) => {
    expect(wasPromised([text])).toBe(false);
  });
});
