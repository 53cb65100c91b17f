// A French final letter names the médiateur of the sector where one has its own rules: the
// médiateur des communications électroniques for a phone or internet provider (after the
// service clients and service consommateurs, service-public F14373), and, for an airline or a
// travel business, the Médiation Tourisme et Voyage only as the médiateur of its members (after
// a refusal or two months without an answer, service-public R46367). Drafted by the built CLI.
import { afterAll, describe, expect, it } from 'vitest';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-fr-mediators-');
afterAll(() => cleanup());

const sender = { name: 'Claire Dubois', country: 'FR', address: '12 rue des Lilas, 69003 Lyon' };

describe('French final letters: the sector’s médiateur', () => {
  it('a phone or internet provider: the médiateur des communications électroniques, when its rules allow', () => {
    const text = letter(
      {
        sender,
        recipient: { company: 'Fibrea', sector: 'telecoms' },
        purchase: { item: 'abonnement fibre', kind: 'subscription', amount: 39.99, currency: 'EUR' },
        story: {
          circumstances: 'Ma connexion fibre est coupée depuis le 2 octobre.',
          expectations: 'une connexion qui fonctionne',
          outcome: "Le service client m'a promis un technicien qui n'est jamais venu.",
          problem: 'not-provided',
        },
        request: { remedy: 'correction', correction: 'le rétablissement de ma connexion' },
        letter: { language: 'fr', previous: ['2026-10-20'] },
      },
      'final',
      '2026-12-06',
    );
    expect(text).toContain(
      'saisir le médiateur des communications électroniques, ce que je pourrai faire si ma réclamation reste sans réponse satisfaisante de votre service consommateurs pendant un mois, ou sans réponse de votre service clients pendant deux mois.',
    );
    // Not the general médiateur's rule, which the telecoms médiateur does not follow.
    expect(text).not.toContain('ce que je suis en droit de faire puisque je vous ai déjà adressé une réclamation écrite');
  });

  it('an airline: the Médiation Tourisme et Voyage as the médiateur of its members, after a refusal or two months', () => {
    const text = letter(
      {
        sender,
        recipient: { company: 'Air Soleil', sector: 'airline' },
        purchase: { item: 'vol Lyon–Lisbonne du 3 octobre', kind: 'booking', date: '2026-09-01', amount: 240, currency: 'EUR', paidWith: 'bank-transfer' },
        story: {
          circumstances: 'Mon vol Lyon–Lisbonne du 3 octobre a été annulé la veille du départ.',
          expectations: 'le remboursement du billet',
          outcome: "La compagnie ne m'a proposé qu'un avoir.",
          problem: 'not-provided',
        },
        request: { remedy: 'refund' },
        letter: { language: 'fr', previous: ['2026-10-20'] },
      },
      'final',
      '2026-12-06',
    );
    expect(text).toContain(
      'saisir le médiateur de la consommation dont relève votre entreprise (la Médiation Tourisme et Voyage, si vous y adhérez), ce que je pourrai faire dès votre refus, ou deux mois après ma réclamation écrite si elle reste sans réponse.',
    );
    expect(text.match(/médiat/gi)).toHaveLength(2);
  });

  it('a hotel (travel) is the same; another trade keeps the general médiateur', () => {
    const hotel = letter(
      {
        sender,
        recipient: { company: 'Hôtel du Port', sector: 'travel' },
        purchase: { item: 'séjour de trois nuits à Marseille', kind: 'booking', date: '2026-09-01', amount: 420, currency: 'EUR', paidWith: 'bank-transfer' },
        story: { circumstances: "La chambre réservée n'était pas disponible à notre arrivée.", expectations: 'la chambre réservée', outcome: 'On nous a logés dans une chambre plus petite.', problem: 'poor-quality' },
        request: { remedy: 'partial-refund', amount: 150, reason: 'pour la différence de chambre' },
        letter: { language: 'fr', previous: ['2026-10-20'] },
      },
      'final',
      '2026-12-06',
    );
    expect(hotel).toContain('(la Médiation Tourisme et Voyage, si vous y adhérez)');
    const kitchen = letter(
      {
        sender,
        recipient: { company: 'Cuisines Rhône' },
        purchase: { item: 'un plan de travail', kind: 'goods', date: '2026-09-01', amount: 640, currency: 'EUR', paidWith: 'bank-transfer' },
        story: { circumstances: "J'ai commandé un plan de travail.", expectations: 'Un plan de travail sans défaut.', outcome: 'Le plan de travail est fendu.' },
        request: { remedy: 'refund' },
        letter: { language: 'fr', previous: ['2026-10-20'] },
      },
      'final',
      '2026-12-06',
    );
    expect(kitchen).toContain('saisir le médiateur de la consommation dont relève votre entreprise, ce que je suis en droit de faire puisque je vous ai déjà adressé une réclamation écrite.');
    expect(kitchen).not.toContain('Tourisme');
  });
});
