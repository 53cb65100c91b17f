// Answers written in French, German or Spanish give a letter in that language wherever the
// writer lives, with dates and money as the writer's country writes that language (es-MX,
// de-AT, de-CH, fr-BE); English answers with a few foreign words or names stay English.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-lang-written-');
afterAll(() => tmp.cleanup());

const STORIES = {
  es: ['Reservé un paquete vacacional a Menorca para septiembre.', 'un hotel de cuatro estrellas con desayuno incluido', 'el hotel no tenía desayuno y la habitación estaba sucia'],
  fr: ['La vidange a été faite le 5 janvier.', 'une vidange complète avec le filtre', "le filtre n'a pas été changé et le moteur fait du bruit"],
  de: ['Die Inspektion wurde am 5. Januar gemacht.', 'eine vollständige Inspektion mit Ölwechsel', 'das Öl wurde nicht gewechselt und der Motor ist laut'],
} as const;

let n = 0;
function draft(country: string, story: readonly string[], item = 'reparación') {
  const file = tmp.path(`case-${++n}.yaml`);
  const [circumstances, expectations, outcome] = story.map((s) => JSON.stringify(s));
  writeFileSync(
    file,
    `sender:\n  name: Javier Gómez\n  country: ${country}\nrecipient:\n  company: Viajes Sol\npurchase:\n  item: ${item}\n  kind: booking\n  amount: 2140\n  date: 2026-01-05\n  reference: VS-1\nstory:\n  circumstances: ${circumstances}\n  expectations: ${expectations}\n  outcome: ${outcome}\nrequest:\n  remedy: refund\nletter:\n  date: 2026-01-20\n`,
  );
  const r = redress(['draft', '--from', file], { env: { LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

describe('answers in another language than the country’s', () => {
  it('Spanish answers from Mexico: a Spanish letter, dates and pesos as Mexico writes them, and the writer is told why', () => {
    const r = draft('MX', STORIES.es, 'paquete vacacional a Menorca');
    expect(r.stdout).toContain('Estimados señores:');
    expect(r.stdout).toContain('pagué $2,140.00');
    expect(r.stdout).toContain('20 de enero de 2026');
    expect(r.stdout).not.toContain('MX$');
    expect(r.stderr).toContain('I wrote the letter in Spanish, because your answers are in Spanish.');
  });

  it.each([
    ['AT', STORIES.de, '5. Jänner 2026', '€ 2.140,00'],
    ['CH', STORIES.de, '5. Januar 2026', "CHF 2'140.00"],
    ['BE', STORIES.fr, '5 janvier 2026', '2 140,00 €'],
  ])('%s: the letter in the answers’ language, written as the country writes it', (country, story, date, money) => {
    const r = draft(country, story);
    expect(r.stdout).toContain(date);
    expect(r.stdout.replace(/\u00A0/g, " ")).toContain(money);
    expect(r.stderr).toMatch(/I wrote the letter in (German|French), because your answers are in \1\./);
  });

  it('French answers from the United Kingdom: a French letter, and the writer is told its rights are in English only', () => {
    const r = draft('GB', STORIES.fr);
    expect(r.stdout).toContain('Madame, Monsieur,');
    expect(r.stderr).toContain('I wrote the letter in French, because your answers are in French.');
    expect(r.stderr).toContain('write the letter in English (--language en)');
  });

  it('a short story with few small words shows its language by its accents and elisions', () => {
    const r = draft('BE', ['La pose de la cuisine était prévue le 15 octobre.', 'pose terminée en deux jours', 'la pose a duré six jours']);
    expect(r.stdout).toContain('Madame, Monsieur,');
    const typed = draft('GB', ["J'ai souscrit en mars un forfait a 15,99 €/mois.", "15,99 € par mois jusqu'en mars 2027", "depuis septembre ils me facturent 21,99 € sans m'avoir prevenu"]);
    expect(typed.stdout).toContain('Madame, Monsieur,');
  });

  it('answers in the country’s own language need no note', () => {
    const r = draft('ES', STORIES.es);
    expect(r.stdout).toContain('Estimados señores:');
    expect(r.stderr).not.toContain('I wrote the letter in');
  });
});

describe('English answers stay English', () => {
  it.each([
    ['an English story about a "paquete vacacional"', ['I booked the paquete vacacional a Menorca in January.', 'a four-star hotel with breakfast', 'the hotel had no breakfast and the room was dirty']],
    ['a terse story with "no" and "se"', ['Phone no work, sent back', 'new phone', 'no reply, no refund se fue']],
    ['a terse story naming Hotel Las Palmas del Mar', ['Stayed at Hotel Las Palmas del Mar in May', 'breakfast included', 'no breakfast, room dirty']],
  ])('%s, from Mexico', (_, story) => {
    const r = draft('MX', story, 'paquete vacacional a Menorca');
    expect(r.stdout).toMatch(/^Subject: Refund request/);
    expect(r.stderr).not.toContain('I wrote the letter in');
  });
});
