// A story typed without accents or umlauts says what the same story with them says: the
// rights a pack gives for its words (`says`, `unless: {says}`) follow it either way. Each
// letter is rendered by the built CLI and must pass the tone check.
import { afterAll, describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/rights/fold.js';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-says-');
afterAll(() => cleanup());

const spanishReturn = (circumstances: string) => ({
  sender: { name: 'Lucía Gómez', address: 'Calle de Alcalá 45, 28014 Madrid', country: 'ES' },
  recipient: { company: 'Muebles Norte' },
  purchase: { item: 'una lámpara de pie', kind: 'goods', date: '2026-10-02', amount: 120, currency: 'EUR' },
  story: { circumstances, expectations: 'el reembolso del importe', outcome: 'no he recibido el reembolso' },
  request: { remedy: 'refund' },
});

const germanFlight = (circumstances: string, problem?: string) => ({
  sender: { name: 'Jonas Weber', address: 'Leopoldstraße 12, 80802 München', country: 'DE' },
  recipient: { company: 'Alpenflug', sector: 'airline' },
  purchase: { item: 'Flug AF 1234 von München nach Lissabon', kind: 'booking', date: '2026-10-02', amount: 240, currency: 'EUR' },
  story: { ...(problem && { problem }), circumstances, expectations: 'einen Flug wie gebucht', outcome: 'ich habe keine Lösung erhalten' },
  request: { remedy: 'refund' },
});

const frenchFlight = (circumstances: string) => ({
  sender: { name: 'Claire Martin', address: '12 rue des Lilas, 69003 Lyon', country: 'FR' },
  recipient: { company: 'Air Horizon', sector: 'airline' },
  purchase: { item: 'un vol Lyon-Lisbonne', kind: 'booking', date: '2026-10-02', amount: 180, currency: 'EUR' },
  story: { circumstances, expectations: 'recevoir mes bagages à mon arrivée', outcome: 'mes bagages sont arrivés trois jours plus tard' },
  request: { remedy: 'partial-refund', amount: 60 },
});

describe('a story typed without accents matches the pack words written with them', () => {
  it('Spanish: "Desisti" is "desistí", so the withdrawal refund is cited, not the guarantee', () => {
    for (const said of ['Desistí de la compra el 10 de octubre y la devolví.', 'Desisti de la compra el 10 de octubre y la devolvi.']) {
      const text = letter(spanishReturn(`Compré una lámpara en su tienda online. ${said}`));
      expect(text, said).toContain('conforme a los artículos 102 y 107 del texto refundido');
      expect(text, said).not.toContain('un plazo de tres años');
    }
  });

  it('German: "Gepaeckverspaetung" is a delayed bag, not a delayed flight (no air passenger rule)', () => {
    for (const said of ['Gepäckverspätung', 'Gepaeckverspaetung', 'Gepa\u0308ckverspa\u0308tung']) {
      const text = letter(germanFlight(`Der Flug war pünktlich, aber wegen einer ${said} kam mein Koffer drei Tage später.`), 'final');
      expect(text, said).not.toContain('Verordnung (EG) Nr. 261/2004');
    }
    // A delayed flight, typed either way, gets the delay rule.
    for (const said of ['Der Flug war um vier Stunden verspätet.', 'Der Flug war um vier Stunden verspaetet.']) {
      expect(letter(germanFlight(said)), said).toContain('wenn ich mein Ziel mit drei Stunden Verspätung oder mehr erreiche');
    }
  });

  it('German: a flight "abgesagt" is a cancelled flight, with or without the umlaut in "fällt"', () => {
    for (const said of ['Der Flug wurde am Vortag abgesagt.', 'Der Flug faellt aus, hiess es am Schalter.', 'Der Flug fällt aus, hieß es am Schalter.']) {
      const text = letter(germanFlight(said, 'not-provided'));
      expect(text, said).toContain('bei Annullierung eines Fluges nach der Verordnung (EG) Nr. 261/2004');
    }
  });

  it('French: "bagages retardes" is a delayed bag, so the flight-delay rule is not cited', () => {
    for (const said of ['Mes bagages retardés ne sont arrivés que trois jours après moi.', 'Mes bagages retardes ne sont arrives que trois jours apres moi.']) {
      expect(letter(frenchFlight(said)), said).not.toContain('règlement (CE) n° 261/2004');
    }
    expect(letter(frenchFlight('Le vol est arrivé avec quatre heures de retard.'))).toContain("en cas de retard d'un vol de deux heures ou plus");
  });
});

describe('how a story and a pack word are folded', () => {
  it.each([
    ['Desistí', 'desisti'],
    ['GEKÜNDIGT', 'gekuendigt'],
    ['Gepa\u0308ckverspa\u0308tung', 'gepaeckverspaetung'],
    ['Straße', 'strasse'],
    ['bagages retardés', 'bagages retardes'],
    ['I can’t find it', 'i cannot find it'],
    ["It wasn't protected", 'it was not protected'],
    ['we cant find it, they dont know', 'we cannot find it, they do not know'],
    ['as is his wont', 'as is his wont'],
    ['Año, ÑANDÚ, cœur', 'ano, nandu, cœur'],
    ['plain words', 'plain words'],
  ])('%j → %j', (typed, folded) => {
    expect(foldForMatching(typed)).toBe(folded);
  });
});
