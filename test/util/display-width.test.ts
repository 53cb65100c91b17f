// Terminal columns of a text: wide CJK letters and emoji take two, combining accents none.
import { describe, expect, it } from 'vitest';
import { clipToWidth, displayWidth, padToWidth } from '../../src/util/display-width.js';

describe('displayWidth', () => {
  it('counts two columns for CJK letters and emoji, none for combining accents and joiners', () => {
    expect(displayWidth('Viajes')).toBe(6);
    expect(displayWidth('北京')).toBe(4);
    expect(displayWidth('한국')).toBe(4);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('Cafe\u0301')).toBe(4);
    expect(displayWidth('Zoë Müller')).toBe(10);
  });

  it('pads and clips by columns, never inside a character', () => {
    expect(padToWidth('北京', 6)).toBe('北京  ');
    expect(clipToWidth('北京家电有限公司', 7)).toBe('北京家…');
    expect(clipToWidth('a😀b', 3)).toBe('a…');
    expect(clipToWidth('short', 10)).toBe('short');
  });
});
