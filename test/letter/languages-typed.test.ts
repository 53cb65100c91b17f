// French, German and Spanish cases typed as upset people type: names in capitals with their
// legal form, a given name in small letters. The letter writes them as an adviser would retype them.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { PLACE, STORY, type Lang } from './language-cases.js';

/** The letter (text) for a plain case in `language` paid by card, with `over` laid over it. */
function letter(language: Lang, over: Record<string, any> = {}, stage: 'first' | 'card-dispute' = 'first'): string {
  const place = PLACE[language];
  const c = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address, ...over.sender },
    recipient: { company: place.company, ...over.recipient },
    purchase: { item: 'x', kind: 'goods', date: '2026-04-01', amount: 100, paidWith: 'credit-card' },
    story: STORY[language],
    request: { remedy: 'refund' },
    letter: { date: '2026-11-16', language },
  });
  const produced = produceLetter(c, { format: 'text', settings: { stage } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}

describe('a business named in capitals', () => {
  it('is written in normal letters, its legal form as spelt, its small words small, an abbreviation kept', () => {
    expect(letter('fr', { recipient: { company: 'HOTEL LES MOUETTES' } }, 'card-dispute')).toContain('- Bénéficiaire : Hotel les Mouettes\n');
    expect(letter('fr', { recipient: { company: "BOX'INTERNET" } }, 'card-dispute')).toContain("- Bénéficiaire : Box'Internet\n");
    expect(letter('fr', { recipient: { company: 'CUISINES DESIGN OUEST SARL' } }, 'card-dispute')).toContain('- Bénéficiaire : Cuisines Design Ouest SARL\n');
    expect(letter('de', { recipient: { company: 'KFZ-MEISTERBETRIEB BRAUN' } }, 'card-dispute')).toContain('- Zahlungsempfänger: KFZ-Meisterbetrieb Braun\n');
    expect(letter('de', { recipient: { company: 'MOEBEL KRAFT GMBH & CO. KG' } }, 'card-dispute')).toContain('- Zahlungsempfänger: Moebel Kraft GmbH & Co. KG\n');
    const es = letter('es', { recipient: { company: 'VIAJES SOL Y MAR S.L.' } }, 'card-dispute');
    expect(es).toContain('- Comercio: Viajes Sol y Mar S.L.\n');
    expect(es).not.toContain('VIAJES');
  });

  it('keeps in capitals the acronyms of the language’s catalogue, though they have vowels', () => {
    expect(letter('fr', { recipient: { company: 'AXA FRANCE IARD' } }, 'card-dispute')).toContain('- Bénéficiaire : AXA France IARD\n');
    expect(letter('de', { recipient: { company: 'TÜV SÜD AUTO SERVICE GMBH' } }, 'card-dispute')).toContain('- Zahlungsempfänger: TÜV Süd Auto Service GmbH\n');
    expect(letter('es', { recipient: { company: 'ESTACION ITV LEGANES S.A.' } }, 'card-dispute')).toContain('- Comercio: Estacion ITV Leganes S.A.\n');
  });

  it('a name with a small letter stays as typed', () => {
    expect(letter('de', { recipient: { company: 'Reisebüro Sonnenschein e.K.' } }, 'card-dispute')).toContain('- Zahlungsempfänger: Reisebüro Sonnenschein e.K.\n');
  });
});

describe("the writer's name", () => {
  it('a given name typed in small letters beside a surname in capitals is signed with its capital', () => {
    const fr = letter('fr', { sender: { name: 'nathalie DUBOIS' } }, 'card-dispute');
    expect(fr).toContain('- Titulaire de la carte : Nathalie Dubois\n');
    expect(letter('es', { sender: { name: 'maria de la CRUZ' } })).toMatch(/\nMaria de la Cruz\n/);
  });
});

describe('French typed without accents', () => {
  it('greets "le gerant" as Monsieur le Gérant, and tells a subscription the writer "resilie" in the past', () => {
    const c = caseSchema.parse({
      sender: { name: 'Claire Martin', country: 'FR', address: '3 rue Victor Hugo, 69002 Lyon' },
      recipient: { company: 'Salle Forme Plus', contact: 'le gerant' },
      purchase: { item: 'abonnement salle de sport', kind: 'subscription', amount: 30, period: 'month', date: '2026-01-10' },
      story: { circumstances: "J'ai resilie mon abonnement le 1er septembre par lettre recommandee.", expectations: 'que mon abonnement prenne fin', outcome: "la salle ne m'a jamais confirme la resiliation" },
      request: { remedy: 'correction', correction: 'confirmer la résiliation par écrit' },
      letter: { date: '2026-11-16' },
    });
    const produced = produceLetter(c, { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    const text = produced.output.content as string;
    expect(text).toContain('\nMonsieur le Gérant,\n');
    expect(text).toMatch(/J'ai réglé 30,00\s€ par mois/);
  });
});
