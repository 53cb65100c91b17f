// `redress rights United Kingdom`: a country's name of two words typed without quotes.
import { describe, expect, it } from 'vitest';
import { redress } from '../support/cli.js';

describe('redress rights with a country of two words', () => {
  it.each([['United', 'Kingdom', 'United Kingdom (GB)'], ['New', 'Zealand', 'New Zealand (NZ)']])('%s %s without quotes', (first, second, title) => {
    const r = redress(['rights', first, second]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(title);
  });

  it('a country and a region are still two words', () => {
    const r = redress(['rights', 'GB', 'Scotland']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/United Kingdom \(GB\) — Scotland/);
  });
});
