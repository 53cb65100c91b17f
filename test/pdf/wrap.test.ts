// Lines of a PDF letter: a word wider than the line (a pasted link, a token) is broken where it
// must be, with few measurements, so a long one cannot stall the letter.
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/pdf/letter.js';

describe('wrapText', () => {
  const measure = (text: string) => text.length * 5;

  it('breaks at spaces, and a word wider than the line where it must', () => {
    expect(wrapText('one two three four', 50, measure)).toEqual(['one two', 'three four']);
    const token = 'x'.repeat(25);
    expect(wrapText(`see ${token} here`, 50, measure)).toEqual(['see', 'x'.repeat(10), 'x'.repeat(10), 'xxxxx here']);
  });

  it('breaks a word of thousands of characters with few measurements, each line fitting', () => {
    let calls = 0;
    const counted = (text: string) => {
      calls++;
      return measure(text);
    };
    const lines = wrapText('y'.repeat(5000), 400, counted);
    expect(lines.join('')).toBe('y'.repeat(5000));
    expect(lines.every((line) => measure(line) <= 400)).toBe(true);
    expect(lines).toHaveLength(63);
    expect(calls).toBeLessThan(63 * 20);
  });

  it('breaks a reference or a link too wide for the line before a hyphen or a slash in its latter half', () => {
    const reference = 'WO-2026-11-0009-REPAIR-FURNACE-BASEMENT-UNIT-A';
    const lines = wrapText(reference, 150, measure);
    expect(lines).toEqual(['WO-2026-11-0009-REPAIR-FURNACE', '-BASEMENT-UNIT-A']);
    expect(wrapText('https://example.com/orders/8812/receipt', 150, measure)).toEqual(['https://example.com/orders', '/8812/receipt']);
    expect(wrapText('zoe.mueller-luedenscheidt+reklamationen-2026@mail.berlin.posteo.example.de', 175, measure)).toEqual([
      'zoe.mueller-luedenscheidt',
      '+reklamationen-2026@mail.berlin',
      '.posteo.example.de',
    ]);
    // Without a joint in the latter half, the line is filled.
    expect(wrapText(`AB-${'x'.repeat(40)}`, 100, measure)).toEqual([`AB-${'x'.repeat(17)}`, 'x'.repeat(20), 'xxx']);
  });

  it("keeps the case's reference of several words on one line, with the punctuation around it, when it fits on one", () => {
    const text = 'about my parcel (PKG 4410 2281 9987), sent on 2 October';
    for (let width = 105; width <= 300; width += 5) {
      const lines = wrapText(text, width, measure, ['PKG 4410 2281 9987']);
      expect(lines.join(' '), `at ${width}`).toBe(text);
      expect(lines.filter((line) => line.includes('(PKG 4410 2281 9987),')), `at ${width}`).toHaveLength(1);
    }
    // Wider than the line, it breaks at its spaces; a word that merely ends like it is not kept with the rest.
    expect(wrapText('(PKG 4410 2281 9987)', 50, measure, ['PKG 4410 2281 9987'])).toEqual(['(PKG 4410', '2281 9987)']);
    expect(wrapText('XPKG 4410 2281 9987', 50, measure, ['PKG 4410 2281 9987'])).toEqual(['XPKG 4410', '2281 9987']);
  });

  it('never splits a character outside the basic plane', () => {
    const lines = wrapText('😀'.repeat(30), 50, measure);
    expect(lines.every((line) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(line))).toBe(true);
    expect(lines.join('')).toBe('😀'.repeat(30));
  });

  it('keeps a number with the word or sign it counts: a date, an amount, a section', () => {
    const kept: [string, string][] = [
      ['habe ich vom 20. Oktober 2026 bezahlt', '20.'],
      ['paid on 14 August 2026', '14'],
      ['a total of 1.450,00 € in all', '1.450,00'],
      ['nach § 651i BGB', '§'],
    ];
    for (const [text, number] of kept) {
      for (let width = 90; width <= 200; width += 5) {
        const lines = wrapText(text, width, measure);
        expect(lines.join(' '), `${text} at ${width}`).toBe(text);
        expect(lines.filter((line) => line.endsWith(` ${number}`) || line === number), `${text} at ${width}`).toEqual([]);
      }
    }
  });
});
