// Money asked back "for the costs of…" (request.reason "die Kosten für die Heizlüfter") may be
// costs the problem caused rather than part of the price: the letter asks for those costs by
// their name and amount, never as "79 € of the 189 € I paid", and the command line says that
// costs caused belong in request.costs.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { languageNotes } from '../../src/letter/language/notes.js';
import { resolveCase } from '../../src/case/resolve.js';
import { PLACE, STORY, type Lang } from './language-cases.js';

const REASON = { fr: 'les frais des radiateurs d’appoint', de: 'die Kosten für die Heizlüfter', es: 'los gastos de los calefactores' };
const CORRECTION = { fr: 'réparer la chaudière', de: 'die Heizung reparieren', es: 'reparar la caldera' };

function parsed(language: Lang, remedy: string, reason: string) {
  const place = PLACE[language];
  return caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address },
    recipient: { company: place.company },
    purchase: { item: 'x', kind: 'service', date: '2026-10-02', amount: 189 },
    story: STORY[language],
    request: { remedy, amount: 79, reason, ...(remedy === 'either' && { correction: CORRECTION[language] }) },
    letter: { date: '2026-11-10', language },
  });
}

function letter(language: Lang, remedy: string, reason = REASON[language]): string {
  const produced = produceLetter(parsed(language, remedy, reason), { format: 'text', settings: {} });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}

describe('a reason that names costs', () => {
  it.each([
    ['fr', "soit de me rembourser les frais des radiateurs d’appoint, d'un montant de 79,00 €."],
    ['de', 'Alternativ bitte ich Sie, mir die Kosten für die Heizlüfter in Höhe von 79,00 € zu erstatten.'],
    ['es', 'Si no es posible, solicito que me reembolsen los gastos de los calefactores, por un importe de 79,00 €.'],
  ] as const)('%s: "either" asks for the costs by name, not as part of what was paid', (language, said) => {
    const text = letter(language, 'either');
    expect(text).toContain(said);
    expect(text).not.toMatch(/189,00 € (?:payés|gezahlten|pagados)|von den gezahlten|sur les 189|de los 189/);
  });

  it.each([
    ['fr', 'partial-refund', "Je vous demande donc de me rembourser les frais des radiateurs d’appoint, d'un montant de 79,00 €."],
    ['de', 'refund', 'Ich bitte Sie daher, mir die Kosten für die Heizlüfter in Höhe von 79,00 € zu erstatten.'],
    ['es', 'partial-refund', 'Por ello, solicito que me reembolsen los gastos de los calefactores, por un importe de 79,00 €.'],
  ] as const)('%s: a %s for costs says so', (language, remedy, said) => {
    expect(letter(language, remedy)).toContain(said);
  });

  it('a reason for part of the price is still a part of what was paid', () => {
    expect(letter('de', 'partial-refund', 'für die nicht ausgeführte Reinigung')).toContain('79,00 € von den gezahlten 189,00 €');
  });

  const notesOf = (value: ReturnType<typeof parsed>) => {
    const resolved = resolveCase(value);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
    return languageNotes(resolved.value).join('\n');
  };

  it('the command line points to request.costs, in every language', () => {
    for (const language of ['fr', 'de', 'es'] as const) {
      expect(notesOf(parsed(language, 'either', REASON[language]))).toContain(`Your request.reason names costs ("${REASON[language]}"), so the letter asks for that amount as costs the problem caused you, not as money back of what you paid.`);
      expect(notesOf(parsed(language, 'either', REASON[language]))).toContain('list them under request.costs');
    }
    expect(notesOf(parsed('de', 'partial-refund', 'für die nicht ausgeführte Reinigung'))).not.toContain('request.costs');
  });

  // The note says what the letter did, so both follow one rule: a reason gets the note exactly when its letter asks for costs.
  it.each([
    ['for the cost of the fan heaters I had to buy', true],
    ['the costs of the taxi home', true],
    ['my expenses for the hotel night', true],
    ['cost of the fan heaters', true],
    ['extra costs I had for a plumber', true],
    ['for the two rooms not cleaned', false],
    ['because the repair failed', false],
    ['the cleaning that was never done', false],
  ] as const)('English: "%s" is asked as costs and noted alike (%s)', (reason, costs) => {
    for (const remedy of ['refund', 'partial-refund', 'either'] as const) {
      // An English letter (the story left from the French case would otherwise ask for a French one).
      const value = { ...parsed('fr', remedy, reason), sender: { name: 'Alex Martin', country: 'GB', address: '4 Mill Lane, Leeds LS6 2AB' }, recipient: { company: 'Warmfix Heating' }, letter: { date: '2026-11-10', language: 'en' } };
      const produced = produceLetter(caseSchema.parse({ ...value, request: { ...value.request, ...(remedy === 'either' && { correction: 'repair the boiler' }) } }), { format: 'text', settings: {} });
      if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
      expect(/reimburse/.test(produced.output.content as string), remedy).toBe(costs);
      expect(notesOf(caseSchema.parse(value)).includes('request.costs'), remedy).toBe(costs);
    }
  });
});

describe('Spanish: a reason that is neither a clause nor tied to the amount', () => {
  it('is given inside the sentence that asks, a word group and a sentence alike', () => {
    expect(letter('es', 'partial-refund', 'la diferencia de precio entre las dos habitaciones')).toContain('de los 189,00 € que pagué, por el siguiente motivo: la diferencia de precio entre las dos habitaciones.');
    const sentence = letter('es', 'either', 'El aire acondicionado no funcionó en toda la estancia');
    expect(sentence).toContain('que pagué, por el siguiente motivo: el aire acondicionado no funcionó en toda la estancia.');
    expect(sentence).not.toContain('Motivo:');
    // A clause of its own, or words for the amount, join the sentence as before.
    expect(letter('es', 'partial-refund', 'porque solo funcionó la mitad')).toContain('que pagué, porque solo funcionó la mitad.');
  });
});
