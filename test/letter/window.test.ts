// What the envelope's window shows of the reader: the person or team as the greeting names
// them, not the note the writer typed about them.
import { describe, expect, it } from 'vitest';
import { recipientLines } from '../../src/letter/layout.js';
import type { LetterCase } from '../../src/letter/render.js';

const window = (contact: string, locale = 'en-GB', language = 'en') =>
  recipientLines({ letter: { stage: 'first', locale, language }, recipient: { company: 'Hartley Motors Ltd', contact, address: '2 Mill Lane, Leeds LS1 4AB' }, card: {} } as unknown as LetterCase);

describe('the window', () => {
  it.each([
    ['the manager sarah', 'Sarah'],
    ['Mr. Tony Ferris, Operations Manager', 'Mr Ferris'],
    ['Dr. Anjali Patel (principal dentist)', 'Dr Patel'],
    ['customer care team', 'Customer Care team'],
  ])('%s -> %s', (contact, shown) => {
    expect(window(contact)).toEqual([shown, 'Hartley Motors Ltd', '2 Mill Lane', 'Leeds LS1 4AB']);
  });

  it('keeps the contact as typed in a letter in another language', () => {
    expect(window('Herr Huber', 'de-DE', 'de')[0]).toBe('Herr Huber');
  });
});
