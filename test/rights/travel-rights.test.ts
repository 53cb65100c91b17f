// Travel rights and routes added from their public sources: rail delay compensation under
// Regulation (EU) 2021/782 (France, Germany, Spain, Ireland) and the Schlichtungsstelle Reise &
// Verkehr for a German railway; Irish package holidays; the Financial Services and Pensions
// Ombudsman. Letters rendered by the built CLI, which must pass the tone check.
import { afterAll, describe, expect, it } from 'vitest';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-travel-');
afterAll(() => cleanup());

const final = (c: object) => letter({ ...c, letter: { previous: ['2026-10-20'] } }, 'final');

describe('rail delay compensation under Regulation (EU) 2021/782', () => {
  const train = (country: 'IE' | 'FR' | 'DE' | 'ES', circumstances: string, sector = 'rail') => ({
    sender: {
      name: 'Sam Lee',
      address: { IE: '14 Mill Street, Mallow, Co. Cork P51 X2Y3', FR: '12 rue des Lilas, 69003 Lyon', DE: 'Leopoldstraße 12, 80802 München', ES: 'Calle de Alcalá 45, 28014 Madrid' }[country],
      country,
    },
    recipient: { company: 'Trans Europa Rail', sector },
    purchase: { item: { IE: 'a ticket from Cork to Dublin', FR: 'un billet Lyon-Paris', DE: 'Fahrkarte München–Hamburg', ES: 'un billete Madrid-Sevilla' }[country], kind: 'booking', date: '2026-10-02', amount: 80, currency: 'EUR' },
    story: {
      problem: 'poor-quality',
      circumstances,
      expectations: { IE: 'to arrive on time', FR: "arriver à l'heure", DE: 'eine pünktliche Ankunft', ES: 'llegar a la hora prevista' }[country],
      outcome: { IE: 'I missed a meeting', FR: "j'ai manqué un rendez-vous", DE: 'ich habe einen Termin verpasst', ES: 'perdí una reunión' }[country],
    },
    request: { remedy: 'partial-refund', amount: 20, reason: { IE: 'for the delay', FR: 'pour le retard', DE: 'für die Verspätung', ES: 'por el retraso' }[country] },
  });

  it.each([
    ['IE', 'My train on 2 October reached Dublin 95 minutes late after a delay at Portlaoise.', 'under Regulation (EU) 2021/782 on rail passengers\' rights, when I reach my destination 60 minutes or more late on a train journey it covers, the railway company must pay compensation of at least 25% of the ticket price, or 50% for a delay of 120 minutes or more'],
    ['FR', 'Mon train du 2 octobre est arrivé à Paris avec 75 minutes de retard.', "en application du règlement (UE) 2021/782 sur les droits des voyageurs ferroviaires, lorsque j'arrive à destination avec 60 minutes de retard ou plus"],
    ['DE', 'Mein ICE am 2. Oktober kam mit 130 Minuten Verspätung in Hamburg an.', 'nach der Verordnung (EU) 2021/782 über die Rechte und Pflichten der Fahrgäste im Eisenbahnverkehr eine Entschädigung zahlen'],
    ['ES', 'Mi tren del 2 de octubre llegó a Sevilla con 130 minutos de retraso.', 'conforme al Reglamento (UE) 2021/782 sobre los derechos de los viajeros de ferrocarril, cuando llego a mi destino con 60 minutos de retraso o más'],
  ] as const)('%s: a delayed train cites the compensation rule', (country, said, cited) => {
    expect(letter(train(country, said))).toContain(cited);
  });

  it('is not cited for a train that was not late, nor for a delay that is not a train\'s', () => {
    expect(letter(train('IE', 'The heating in the carriage did not work for the whole journey.'))).not.toContain('2021/782');
    expect(letter(train('FR', 'Le vol est arrivé avec quatre heures de retard.', 'airline'))).not.toContain('2021/782');
  });

  it('Germany: a railway goes to the Schlichtungsstelle Reise & Verkehr, not to the Universalschlichtungsstelle', () => {
    const text = final(train('DE', 'Mein ICE am 2. Oktober kam mit 130 Minuten Verspaetung in Hamburg an.'));
    expect(text).toContain('werde ich die Schlichtungsstelle Reise & Verkehr (früher söp) anrufen, sofern Sie ihr angeschlossen sind.');
    expect(text).not.toContain('Universalschlichtungsstelle');
  });
});

describe('Ireland', () => {
  const irish = (company: string, sector: string, item: string, circumstances: string, outcome: string) => ({
    sender: { name: 'Sam Lee', address: '14 Mill Street, Mallow, Co. Cork P51 X2Y3', country: 'IE' },
    recipient: { company, sector },
    purchase: { item, kind: 'booking', date: '2026-08-01', amount: 2400, currency: 'EUR' },
    story: { problem: 'poor-quality', circumstances, expectations: 'what was booked', outcome },
    request: { remedy: 'partial-refund', amount: 400, reason: 'for what we did not get' },
  });
  const PACKAGE = 'the organiser of a package is responsible for the performance of all the travel services included in it';

  it('a package holiday cites the organiser\'s responsibility under the Package Holidays and Travel Trade Act 1995', () => {
    const text = letter(irish('Sunway Holidays', 'travel', 'a package holiday to Lanzarote', 'I booked a package holiday with flights and a sea-view room.', 'we were given a room facing the car park'));
    expect(text).toContain(`under the Package Holidays and Travel Trade Act 1995, as amended by the European Union (Package Travel and Linked Travel Arrangements) Regulations 2019, ${PACKAGE}`);
  });

  it('a trip that is not a package does not', () => {
    expect(letter(irish('Sunway Travel', 'travel', 'a coach tour ticket', 'I booked a day trip to Galway.', 'the coach never left Cork'))).not.toContain(PACKAGE);
  });

  it('a bank or an insurer goes to the Financial Services and Pensions Ombudsman; an energy supplier does not', () => {
    const insurer = final(irish('Shamrock Insurance DAC', 'insurance', 'my travel insurance policy', 'I claimed for a cancelled trip in September.', 'the claim has not been decided'));
    expect(insurer).toContain('refer my complaint to the Financial Services and Pensions Ombudsman (FSPO)');
    const energy = final(irish('Emerald Energy', 'energy', 'my electricity account', 'I was billed twice in September.', 'the second bill was not refunded'));
    expect(energy).not.toContain('FSPO');
    expect(energy).toContain('Commission for Regulation of Utilities');
  });
});
