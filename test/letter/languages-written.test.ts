// The letter's language follows the writer's country (Mexico: Spanish, Austria: German), with
// dates and money as that country writes it (es-MX, de-AT); where the country writes in several
// languages (Belgium, Switzerland) or in none of redress's, answers written in French, German
// or Spanish decide. Answers in another language than the letter's are kept, and said.
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
  it('Spanish answers from Mexico: a Spanish letter, dates and pesos as Mexico writes them', () => {
    const r = draft('MX', STORIES.es, 'paquete vacacional a Menorca');
    expect(r.stdout).toContain('Estimados señores:');
    expect(r.stdout).toContain('pagué $2,140.00');
    expect(r.stdout).toContain('20 de enero de 2026');
    expect(r.stdout).not.toContain('MX$');
    // Spanish is Mexico's language: no reason to give.
    expect(r.stderr).not.toContain('I wrote the letter in');
  });

  it.each([
    ['AT', STORIES.de, '5. Jänner 2026', '€ 2.140,00'],
    ['CH', STORIES.de, '5. Januar 2026', "CHF 2'140.00"],
    ['BE', STORIES.fr, '5 janvier 2026', '2 140,00 €'],
  ])('%s: the letter in the answers’ language, written as the country writes it', (country, story, date, money) => {
    const r = draft(country, story);
    expect(r.stdout).toContain(date);
    expect(r.stdout.replace(/\u00A0/g, " ")).toContain(money);
    // Austria writes German; Switzerland and Belgium write in several languages, and the answers chose.
    if (country !== 'AT') expect(r.stderr).toMatch(/I wrote the letter in (German|French), because your answers are in \1\./);
  });

  it('French answers from the United Kingdom: an English letter, as its businesses read it, and the writer is told how to write it in French', () => {
    const r = draft('GB', STORIES.fr);
    expect(r.stdout).toMatch(/^Subject: /);
    expect(r.stderr).toContain('This letter is in English, but your answers look French. They are kept as you wrote them, so the letter mixes languages. Write them in English, or write the whole letter in French with --language fr.');
  });

  it('a short story with few small words shows its language by its accents and elisions', () => {
    const r = draft('BE', ['La pose de la cuisine était prévue le 15 octobre.', 'pose terminée en deux jours', 'la pose a duré six jours']);
    expect(r.stdout).toContain('Madame, Monsieur,');
    const typed = draft('IT', ["J'ai souscrit en mars un forfait a 15,99 €/mois.", "15,99 € par mois jusqu'en mars 2027", "depuis septembre ils me facturent 21,99 € sans m'avoir prevenu"]);
    expect(typed.stdout).toContain('Madame, Monsieur,');
  });

  it('answers in the country’s own language need no note', () => {
    const r = draft('ES', STORIES.es);
    expect(r.stdout).toContain('Estimados señores:');
    expect(r.stderr).not.toContain('I wrote the letter in');
  });
});

describe('English answers', () => {
  it.each([
    ['an English story about a "paquete vacacional"', ['I booked the paquete vacacional a Menorca in January.', 'a four-star hotel with breakfast', 'the hotel had no breakfast and the room was dirty']],
    ['a terse story with "no" and "se"', ['Phone no work, sent back', 'new phone', 'no reply, no refund se fue']],
    ['a terse story naming Hotel Las Palmas del Mar', ['Stayed at Hotel Las Palmas del Mar in May', 'breakfast included', 'no breakfast, room dirty']],
  ])('%s, from Switzerland: stay English', (_, story) => {
    const r = draft('CH', story, 'paquete vacacional a Menorca');
    expect(r.stdout).toMatch(/^Subject: Refund request/);
    expect(r.stderr).not.toContain('I wrote the letter in');
  });

  it('from Mexico: a Spanish letter that keeps them, and says so', () => {
    const r = draft('MX', ['I booked the paquete vacacional a Menorca in January.', 'a four-star hotel with breakfast', 'the hotel had no breakfast and the room was dirty'], 'paquete vacacional a Menorca');
    expect(r.stdout).toContain('Estimados señores:');
    expect(r.stderr).toContain('This letter is in Spanish, but some of your answers look English');
  });
});
