// A number typed with its own label gets no label of the letter's before it.
import { describe, expect, it } from 'vitest';
import { hasOwnLabel } from '../../src/letter/own-label.js';

describe('a number with its own label', () => {
  it.each(['Mitgliedsnr. 200417', 'Acct 300912', 'KD-Nr. 5566778899', 'n° 4471', 'Quote Q-2291', 'Kd.-Nr. 44', 'ID 4471', 'REF 22-918'])('%s has one', (text) => expect(hasOwnLabel(text)).toBe(true));
  it.each(['200417', 'AB-4471', '00 44 21', 'AC 5512 0099', 'ENR 4410 2231'])('%s has none', (text) => expect(hasOwnLabel(text)).toBe(false));
});
