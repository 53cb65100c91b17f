// Expressions that ignore case are run as copies without `i` on lower-cased text
// (src/util/lowered.ts). That finds the same only for an expression written in lower case:
// each one given to loweredTest is checked here, and the copies against the expressions.
import { describe, expect, it } from 'vitest';
import { loweredExpressions, loweredTest } from '../../src/util/lowered.js';
import { sectorFromItem, sectorFromName } from '../../src/case/sector-names.js';
import { spelledOut } from '../../src/letter/english/shorthand.js';

/** The capitals an expression's source would match as written: outside a class, or in a class without their lower case. */
function capitalsIn(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  const next = (): { char: string; literal: boolean } => {
    const c = source[i]!;
    if (c !== '\\') {
      i += 1;
      return { char: c, literal: true };
    }
    const e = source[i + 1] ?? '';
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
      const char = String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
      i += 6;
      return { char, literal: true };
    }
    if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) {
      const char = String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16));
      i += 4;
      return { char, literal: true };
    }
    i += 2;
    // \d, \s, \b, \W, \B and the like stand for classes, not for the letter; an escaped
    // punctuation mark is itself.
    return { char: e, literal: !/[A-Za-z0-9]/.test(e) };
  };
  const isCapital = (char: string) => char !== char.toLowerCase();
  while (i < source.length) {
    if (source[i] === '[') {
      i += 1;
      const members = new Set<string>();
      while (i < source.length && source[i] !== ']') {
        const from = next();
        if (source[i] === '-' && source[i + 1] !== ']') {
          i += 1;
          const to = next();
          for (let code = from.char.charCodeAt(0); code <= to.char.charCodeAt(0); code++) members.add(String.fromCharCode(code));
        } else if (from.literal) members.add(from.char);
      }
      i += 1;
      // A capital whose lower case is beyond the Latin blocks ("Ɓ", "ɓ") or two characters ("İ") only
      // decides where a word ends next to such a letter.
      for (const member of members) if (isCapital(member) && !members.has(member.toLowerCase()) && member.toLowerCase().length === 1 && member.toLowerCase() <= '\u024f') found.push(member);
      continue;
    }
    const { char, literal } = next();
    if (literal && isCapital(char)) found.push(char);
  }
  return found;
}

describe('expressions run on lower-cased text', () => {
  it('are each written in lower case (a class may hold capitals beside their lower case)', () => {
    expect(loweredExpressions.length).toBeGreaterThan(5);
    for (const regex of loweredExpressions) {
      expect(regex.flags, regex.source).toContain('i');
      expect(regex.flags, regex.source).not.toMatch(/[uv]/);
      expect(capitalsIn(regex.source), regex.source.slice(0, 80)).toEqual([]);
    }
  });

  it('the check above finds capitals where they are', () => {
    expect(capitalsIn(String.raw`\bAir\b`)).toEqual(['A']);
    expect(capitalsIn(String.raw`caf\u00C9`)).toEqual(['É']);
    expect(capitalsIn('[A-Z]x')).toHaveLength(26);
    expect(capitalsIn(String.raw`[A-Za-z\u00C0-\u024F]\s\d\W`)).toEqual([]);
  });

  it('the copies find what the expressions find, however the text is written', () => {
    const texts = ['Brightline Carpet Care', 'NORTHWIND AIRLINES', 'Énergie Plus', 'ÉNERGIE DU SUD', 'VoxMobile UK', 'I DONT know', 'by END of July', 'my Mum’s car', 'a 3 Day Old receipt', 'Ça va', 'Straße', 'İstanbul Air'];
    for (const regex of [...loweredExpressions]) {
      const test = loweredTest(regex);
      for (const text of texts) expect(test(text.toLowerCase()), `${regex.source.slice(0, 60)} on ${text}`).toBe(regex.test(text));
    }
  });

  it('read business names and purchases in capitals as in any case', () => {
    expect(sectorFromName('NORTHWIND AIRLINES', 'my flight')).toBe('airline');
    expect(sectorFromName('Northwind Airlines', 'my flight')).toBe('airline');
    expect(sectorFromName('ÉNERGIE DU SUD', 'ma facture')).toBe(sectorFromName('énergie du sud', 'ma facture'));
    expect(sectorFromItem('FIBRE BROADBAND, 12 MONTHS')).toBe('telecoms');
    expect(sectorFromItem('Contrat d’ÉLECTRICITÉ')).toBe(sectorFromItem('contrat d’électricité'));
    expect(spelledOut('I dont know why')).toBe("I don't know why");
    expect(spelledOut('We waited 3 DAYS for a reply')).toBe(spelledOut('We waited 3 days for a reply').replace('days', 'DAYS'));
  });
});
