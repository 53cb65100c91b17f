// Cases typed the way upset people type, to a dentist, a car dealer, an airline, an energy
// supplier and a telecoms provider: what a consumer adviser would change before signing.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { PLACE, STORY, type Lang } from './language-cases.js';

function letter(language: Lang, parts: { outcome?: string[]; contacts?: Record<string, string>[]; request?: Record<string, unknown> }): string {
  const place = PLACE[language];
  const c = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address },
    recipient: { company: place.company },
    purchase: { item: 'x', kind: 'service', date: '2026-04-01', amount: 480 },
    story: { ...STORY[language], ...(parts.outcome && { outcome: parts.outcome }) },
    ...(parts.contacts && { contacts: parts.contacts.map((contact, i) => ({ date: `2026-10-0${i + 1}`, ...contact })) }),
    request: parts.request ?? { remedy: 'refund' },
    letter: { date: '2026-11-16', language },
  });
  const produced = produceLetter(c, { format: 'text', settings: {} });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
}

describe('how the writer got in touch', () => {
  it('a number alone is the line they called; a "Kundenhotline" is a hotline; a dealer’s showroom is a visit', () => {
    expect(letter('fr', { contacts: [{ channel: '3900', result: 'ticket ouvert' }] })).toContain('Le 1er octobre 2026, je vous ai téléphoné.');
    expect(letter('es', { contacts: [{ channel: '1004', result: 'sin respuesta' }] })).toContain('El 1 de octubre de 2026 les llamé por teléfono.');
    expect(letter('de', { contacts: [{ channel: 'Kundenhotline', result: 'keine Lösung' }] })).toContain('Am 1. Oktober 2026 habe ich Sie telefonisch kontaktiert.');
    const dealer = letter('fr', { contacts: [{ channel: 'en concession', result: 'rien de fait' }] });
    expect(dealer).not.toContain('moyen de contact');
    expect(dealer).toContain('sur place');
  });
});

describe('"they" of the business', () => {
  it('French: what one of their staff reported of "them" is of the business; of someone else named, it is kept', () => {
    const text = letter('fr', { contacts: [{ channel: 'boutique', who: 'un vendeur', result: "il m'a dit qu'ils ne pouvaient rien faire en boutique" }, { channel: 'téléphone', result: "la banque m'a dit qu'ils ne pouvaient rien faire" }] });
    expect(text).toContain("Il m'a dit que vous ne pouviez rien faire en boutique.");
    expect(text).toContain("La banque m'a dit qu'ils ne pouvaient rien faire.");
  });

  it('German: after a word that ends like a pronoun ("trotzdem"), and with a thing said before the verb ("das hätten sie"), "sie" is still "Sie"', () => {
    const text = letter('de', { outcome: ['trotzdem haben sie im September und Oktober je 95 € abgebucht', 'auf meine Reklamation hin haben sie gesagt, das hätten sie nicht gewusst', 'man sagte mir, sie prüfen das'] });
    expect(text).toContain('Trotzdem haben Sie im September und Oktober je 95 € abgebucht.');
    expect(text).toContain('Auf meine Reklamation hin haben Sie gesagt, das hätten Sie nicht gewusst.');
    expect(text).toContain('Man sagte mir, Sie prüfen das.');
  });

  it('Spanish: "ellos no pagan" is "ustedes no pagan"', () => {
    expect(letter('es', { contacts: [{ channel: 'chat', result: 'me dijeron que ellos no pagan compensación por retrasos' }] })).toContain('Me dijeron que ustedes no pagan compensación por retrasos.');
  });
});

describe('why that amount', () => {
  it('German: a price reduction ("als Minderung wegen …") goes with the amount, not after "Begründung:"', () => {
    const text = letter('de', { request: { remedy: 'partial-refund', amount: 200, reason: 'als Minderung wegen des verschwiegenen Unfallschadens' } });
    expect(text).toContain('mir 200,00 € von den gezahlten 480,00 € als Minderung wegen des verschwiegenen Unfallschadens zu erstatten.');
    expect(text).not.toContain('Begründung');
  });
});

describe('the place before the date', () => {
  it('a town whose name ends or starts like a street’s abbreviation after a letter with an accent ("Köln": "ln", "Córdoba": "C") is still the town', async () => {
    const { townOf } = await import('../../src/letter/town.js');
    expect(townOf('Lindenallee 22, 50667 Köln')).toBe('Köln');
    expect(townOf('Calle Gondomar 3, 14003 Córdoba')).toBe('Córdoba');
    expect(townOf('1234 Main St')).toBeUndefined();
  });
});

describe('what was bought', () => {
  it('French: a make before its model ("Peugeot 308") is given as typed, with no article of a guessed gender', () => {
    const fr = caseSchema.parse({
      sender: { name: 'Alex Martin', country: 'FR', address: PLACE.fr.address },
      recipient: { company: 'Garage X' },
      purchase: { item: "Peugeot 308 d'occasion", kind: 'goods', date: '2026-09-03', amount: 17900 },
      story: STORY.fr,
      request: { remedy: 'refund' },
      letter: { date: '2026-11-16', language: 'fr' },
    });
    const produced = produceLetter(fr, { format: 'text', settings: {} });
    expect(produced.ok && (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ')).toContain("au sujet de l'achat suivant : Peugeot 308 d'occasion.");
  });
});

describe('German: "ihr" of the business, told to it', () => {
  it('is "Ihr" in a sentence whose "sie" is said as "Sie"; a pronoun "ihr" stays', () => {
    const text = letter('de', { outcome: ['jetzt sagen sie, die Nachbehandlung kostet 380 €, obwohl es ihr Fehler ist', 'die Monteurin war da, sie haben ihr nicht gesagt, was fehlt'] });
    expect(text).toContain('Jetzt sagen Sie, die Nachbehandlung kostet 380 €, obwohl es Ihr Fehler ist.');
    expect(text).toContain('Die Monteurin war da, Sie haben ihr nicht gesagt, was fehlt.');
  });
});

describe('the doctor written to, named in the story', () => {
  function toDoctor(language: Lang, contact: string, circumstances: string): string {
    const place = PLACE[language];
    const c = caseSchema.parse({
      sender: { name: 'Alex Martin', country: place.country, address: place.address },
      recipient: { company: place.company, contact },
      purchase: { item: 'x', kind: 'service', date: '2026-07-08', amount: 650 },
      story: { ...STORY[language], circumstances },
      request: { remedy: 'refund' },
      letter: { date: '2026-11-16', language },
    });
    const produced = produceLetter(c, { format: 'text', settings: {} });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    return (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
  }

  it('is "vous", "Sie", "usted" with only a doctor’s title before the name, typed small', () => {
    expect(toDoctor('fr', 'Dr Antoine Masson', "le dr masson m'a posé une couronne le 8 juillet")).toContain("Vous m'avez posé une couronne le 8 juillet.");
    expect(toDoctor('de', 'Herr Dr. Holger Wirth', 'Dr. Wirth hat mir am 8. Juli eine Krone eingesetzt')).toContain('Sie haben mir am 8. Juli eine Krone eingesetzt.');
  });
});

describe('the sector of an energy supplier or a telecoms provider', () => {
  it('is read from what was bought ("Stromvertrag", "contrat d’électricité", "box fibre"), and from a name starting with an accented letter ("Énergie Plus")', async () => {
    const { sectorFromItem, sectorFromName } = await import('../../src/case/sector-names.js');
    expect(sectorFromItem('Stromvertrag')).toBe('energy');
    expect(sectorFromItem("contrat d'électricité")).toBe('energy');
    expect(sectorFromItem('contrato de luz')).toBe('energy');
    expect(sectorFromItem('box fibre Livebox')).toBe('telecoms');
    expect(sectorFromItem('Stromgenerator 3000 W')).toBeUndefined();
    expect(sectorFromName('ÉNERGIE PLUS FRANCE', 'une facture de régularisation')).toBe('energy');
    expect(sectorFromName('CENTRE DENTAIRE BELLECOUR', 'une couronne')).toBe('health');
  });
});

describe('German shorthand', () => {
  it('"wg." and "vllt." are written out; "u." is a shorthand, not the end of a sentence', () => {
    const text = letter('de', { outcome: ['sie haben 2x abgebucht wg. angeblich fehlgeschlagener Lastschrift', 'habe 5x angerufen u. nie jemanden erreicht', 'vllt. ein Systemfehler'] });
    expect(text).toContain('- Sie haben 2x abgebucht wegen angeblich fehlgeschlagener Lastschrift.');
    expect(text).toContain('- Habe 5x angerufen u. nie jemanden erreicht.');
    expect(text).toContain('- Vielleicht ein Systemfehler.');
  });
});
