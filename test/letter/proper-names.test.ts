// Places, peoples and languages typed in small letters get their capitals; everyday words
// that are also places, and names inside addresses, stay as typed.
import { describe, expect, it } from 'vitest';
import { withProperNameCapitals } from '../../src/letter/english/proper-names.js';
import { capitalSentences } from '../../src/letter/english/words.js';

describe('place names in the writer\'s answers', () => {
  it.each([
    ['flew from dublin to lisbon', 'flew from Dublin to Lisbon'],
    ['we were stuck in portugal, we are irish and speak no portuguese', 'we were stuck in Portugal, we are Irish and speak no Portuguese'],
    ['rebooked via london gatwick', 'rebooked via London Gatwick'],
    ['our trip to new york and los angeles', 'our trip to New York and Los Angeles'],
    ['moving from milton keynes to the isle of wight', 'moving from Milton Keynes to the Isle of Wight'],
    ['delivered anywhere in the uk, my gp said so', 'delivered anywhere in the UK, my GP said so'],
    ['a ux design bootcamp, a new hvac unit, the tv and the mot', 'a UX design bootcamp, a new HVAC unit, the TV and the MOT'],
    ["london's busiest station", "London's busiest station"],
    ['french doors and an english breakfast', 'French doors and an English breakfast'],
    ['screen on my iphone 13 and the lg tv', 'screen on my iPhone 13 and the LG TV'],
    ['2017 toyota corolla, booked via ebay', '2017 Toyota Corolla, booked via eBay'],
    ['face id stopped working and true tone is gone', 'Face ID stopped working and True Tone is gone'],
    ['paid with apple pay, the applecare claim', 'paid with Apple Pay, the AppleCare claim'],
    ['a genuine apple screen from the apple store', 'a genuine Apple screen from the Apple Store'],
  ])('%s', (typed, written) => {
    expect(withProperNameCapitals(typed)).toBe(written);
  });

  it.each([
    'the wine had a broken cork',
    'an apple a day, apple pie and apple juice',
    'a set of china plates and a turkey for christmas dinner',
    'shoe polish, reading glasses and a nice bath',
    'write to bookings@dublin-hotels.ie or see www.lisbon.example/stay',
    'the file was saved as paris.pdf',
    'a non-english keyboard',
    'an apple pie, a round of golf and a hoover',
    'I also bought a new jersey, a whirlpool bath and an acer tree; the cairns were knocked over',
  ])('%s stays as typed', (typed) => {
    expect(withProperNameCapitals(typed)).toBe(typed);
  });

  it('a title typed in small letters, with its name', () => {
    expect(capitalSentences('the vet (mr patel) quoted me, then dr. grant said no')).toBe('the vet (Mr Patel) quoted me, then Dr. Grant said no');
    expect(capitalSentences("mr mcdonald and mrs o'brien")).toBe("Mr McDonald and Mrs O'Brien");
    expect(capitalSentences('12 oak dr and the ms word file')).toBe('12 oak dr and the ms word file');
  });

  it('a sentence that starts after a date with a short month', () => {
    expect(capitalSentences('internet went down on 28 Sept. reported it same day')).toBe('internet went down on 28 Sept. Reported it same day');
    expect(capitalSentences('booked 10 lessons in Aug. had 4 lessons, then nothing')).toBe('booked 10 lessons in Aug. Had 4 lessons, then nothing');
    expect(capitalSentences('waited since Oct. and still nothing')).toBe('waited since Oct. and still nothing');
    expect(capitalSentences('from 3 Aug. to 9 Sept. and again in oct')).toBe('from 3 Aug. to 9 Sept. and again in Oct');
    expect(capitalSentences('it broke on 9 Oct. they said wait')).toBe('it broke on 9 Oct. They said wait');
  });

  it('is part of tidying an answer', () => {
    expect(capitalSentences('we flew to spain in may. the hotel in malaga was shut')).toBe('we flew to Spain in May. The hotel in Malaga was shut');
  });

  it('writes initials typed in small letters in capitals ("by sms", "the pnr")', () => {
    expect(withProperNameCapitals('cancelled by sms, pnr on the email, plus gst')).toBe('cancelled by SMS, PNR on the email, plus GST');
  });
});
