// Words that only looked unkind to the tone check: a bracket read as the letter "c", a
// flight code read as English stress in a letter in another language.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { checkTone } from '../../src/tone/index.js';
import { loadToneRules } from '../../src/tone/languages/index.js';
import { reviewCaseText } from '../../src/tone/review.js';

beforeAll(async () => {
  for (const language of ['fr', 'de', 'es']) await loadToneRules(language);
});
const errors = (text: string, language?: string) => checkTone(text, language ? { language } : {}).filter((f) => f.severity === 'error').map((f) => `${f.rule}:${f.text}`);

describe('an opening bracket is a bracket', () => {
  it.each([
    ['Der Techniker sollte kommen (um 8 Uhr), kam aber nicht.', 'de'],
    ['Bitte um Ersatz von Kosten: Auftrag U-26-3310 (Umzug Dresden nach Leipzig)', 'de'],
    ['Die Rechnung (Umsatzsteuer ausgewiesen) liegt bei.', 'de'],
    ['Le technicien est passé (rapport du technicien joint).', 'fr'],
    ['Pedí una solución (rapidez, por favor) y nada.', 'es'],
    ['the engineer (um, Dave I think) came three hours late', undefined],
    ['the shuttle (rapid transit line) never came', undefined],
  ])('%s', (text, language) => {
    expect(errors(text, language)).toEqual([]);
  });

  it.each(['you are a (unt', 'f(ck you', 'what a (fucking) mess'])('a disguised curse is still one: %s', (text) => {
    expect(errors(text).some((found) => found.startsWith('profanity:')), text).toBe(true);
  });
});

describe('capitals in a letter in another language', () => {
  const spanish = (item: string): Case =>
    ({
      sender: { name: 'Ana Ruiz', country: 'ES' },
      recipient: { company: 'Iberia Express' },
      purchase: { item },
      story: { circumstances: 'El vuelo llegó con cinco horas de retraso.', expectations: 'llegar a la hora prevista', outcome: 'cinco horas de retraso sin comida' },
      request: { remedy: 'refund', amount: 250 },
      letter: { language: 'es' },
    }) as Case;

  it('a flight code is no English stress', () => {
    for (const item of ['vuelo Madrid-Tenerife Norte IS 3821', 'vuelo MY 41 Madrid-Lanzarote']) {
      expect(reviewCaseText(spanish(item), undefined, 'es').map((w) => w.message), item).toEqual([]);
    }
  });

  it('shouting in the letter\'s language is still found', () => {
    expect(errors('NUNCA me devolvieron NADA de lo que pagué por el vuelo', 'es').some((found) => found.startsWith('shouting:'))).toBe(true);
    expect(errors('It is NOT acceptable and I have NEVER been treated like this')).toContain('shouting:NOT');
  });
});
