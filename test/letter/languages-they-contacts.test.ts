// "They" in what came back from an earlier contact, told to the business: the business's
// people are "vous", "Sie", "ustedes" wherever the story's rule (theyToReader) says so, also in
// the middle of what they said ("la secrétaire m'a dit qu'ils n'étaient pas responsables").
// Where one "they" may be someone or something else, the writer's words are kept whole, so that
// one sentence never speaks of the same people both ways.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { PLACE, STORY, type Lang } from './language-cases.js';

function letter(language: Lang, results: { result: string; who?: string; channel?: string }[], stage: 'first' | 'card-dispute' = 'first'): string {
  const place = PLACE[language];
  const c = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address },
    recipient: { company: place.company },
    purchase: { item: 'x', kind: 'service', date: '2026-04-01', amount: 100, paidWith: 'credit-card' },
    story: STORY[language],
    contacts: results.map((r, i) => ({ date: `2026-10-0${i + 1}`, channel: r.channel ?? 'phone', ...(r.who && { who: r.who }), result: r.result })),
    request: { remedy: 'refund' },
    letter: { date: '2026-11-16', language },
  });
  const produced = produceLetter(c, { format: 'text', settings: { stage } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}

describe('"they" inside a contact’s result', () => {
  it('French: the business reported by its staff, or after the writer’s own words, is "vous", its verb in the reader’s person', () => {
    const text = letter('fr', [
      { result: "la secrétaire m'a dit qu'ils n'étaient pas responsables" },
      { result: "j'ai insisté et ils m'ont promis un rappel", channel: 'email' },
      { result: "ils m'ont dit qu'ils rappelleraient le lendemain" },
    ]);
    expect(text).toContain("La secrétaire m'a dit que vous n'étiez pas responsables.");
    expect(text).toContain("J'ai insisté et vous m'avez promis un rappel.");
    expect(text).toContain("Vous m'avez dit que vous rappelleriez le lendemain.");
  });

  it('French: a "they" that may be things or others keeps the whole result as typed', () => {
    const text = letter('fr', [
      { result: "ils m'ont dit qu'ils étaient en rupture de stock" },
      { result: "la banque m'a dit qu'ils avaient refusé le paiement" },
      { result: "ils m'ont promis un rappel mais les pièces, ils les ont perdues" },
    ]);
    // What they said of themselves is theirs.
    expect(text).toContain("Vous m'avez dit que vous étiez en rupture de stock.");
    expect(text).toContain("La banque m'a dit qu'ils avaient refusé le paiement.");
    expect(text).toContain("Ils m'ont promis un rappel mais les pièces, ils les ont perdues.");
  });

  it('what "they" said of a single "he" is of someone else (a technician), not of the reader', () => {
    const fr = letter('fr', [{ result: "ils m'ont dit qu'il passerait le 6" }, { result: "elle m'a dit qu'il fallait attendre" }]);
    expect(fr).toContain("Vous m'avez dit qu'il passerait le 6.");
    const de = letter('de', [{ result: 'sie haben gesagt, er kommt am Montag' }]);
    expect(de).toContain('Sie haben gesagt, er kommt am Montag.');
    const es = letter('es', [{ result: 'ellos me dijeron que él vendría el lunes' }]);
    expect(es).toContain('que él vendría el lunes');
  });

  it('German: "sie" with a plural verb after someone of the business is "Sie"', () => {
    const text = letter('de', [{ result: 'die Sprechstundenhilfe sagte, sie seien nicht zuständig' }, { result: 'sie haben gesagt, sie rufen zurück' }]);
    expect(text).toContain('Die Sprechstundenhilfe sagte, Sie seien nicht zuständig.');
    expect(text).toContain('Sie haben gesagt, Sie rufen zurück.');
  });

  it('German: "sie" before a reflexive or an object ("dass sie sich melden", "dass sie mich anrufen") is "Sie" too, and "das haben sie nie getan"', () => {
    const text = letter('de', [{ result: 'sie haben gesagt, dass sie sich melden, das haben sie nie getan', channel: 'Chat' }, { result: 'sie haben versprochen, dass sie mich anrufen' }]);
    expect(text).toContain('Sie haben gesagt, dass Sie sich melden, das haben Sie nie getan.');
    expect(text).toContain('Sie haben versprochen, dass Sie mich anrufen.');
  });

  it('Spanish: "ellos" said by their staff is "ustedes"; a subject said twice is said once', () => {
    const text = letter('es', [{ result: 'la recepcionista me dijo que ellos no eran responsables' }, { result: 'ellos dijeron que ellos vendrían a revisarlo y nunca vinieron' }]);
    expect(text).toContain('La recepcionista me dijo que ustedes no eran responsables.');
    expect(text).toContain('Ustedes dijeron que vendrían a revisarlo y nunca vinieron.');
  });

  it('keeps the writer’s words in the letter to the card issuer', () => {
    expect(letter('fr', [{ result: "la secrétaire m'a dit qu'ils n'étaient pas responsables" }], 'card-dispute')).toContain("qu'ils n'étaient pas responsables");
  });
});

describe('an impersonal "il" in what came back', () => {
  it('French: "qu’il fallait attendre", "qu’il y avait un retard" stay as typed, where a "they" beside them is the reader', () => {
    const text = letter('fr', [
      { result: "ils m'ont dit qu'il fallait attendre la pièce" },
      { result: "ils ont répondu qu'il y avait un retard chez le fournisseur", channel: 'email' },
      { result: "il m'a dit qu'ils n'avaient pas la pièce", who: 'le technicien' },
    ]);
    expect(text).toContain("Vous m'avez dit qu'il fallait attendre la pièce.");
    expect(text).toContain("Vous avez répondu qu'il y avait un retard chez le fournisseur.");
    expect(text).toContain("Il m'a dit que vous n'aviez pas la pièce.");
  });
});
