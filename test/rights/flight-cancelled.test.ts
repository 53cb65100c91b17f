// A cancelled flight gets the air passenger rule for a cancellation, never the one for a
// delay as well, even when it was delayed before it was cancelled; a delayed flight keeps the
// delay rule when the writer cancelled something of their own. Letters rendered by the built
// CLI, which must pass the tone check.
import { afterAll, describe, expect, it } from 'vitest';
import { caseDrafter } from '../support/draft-case.js';

const { letter, cleanup } = caseDrafter('redress-flight-');
afterAll(() => cleanup());

const ADDRESSES = {
  IE: '14 Mill Street, Mallow, Co. Cork P51 X2Y3',
  GB: '4 Mill Lane, Leeds LS2 7EW',
  FR: '12 rue des Lilas, 69003 Lyon',
  DE: 'Leopoldstraße 12, 80802 München',
  ES: 'Calle de Alcalá 45, 28014 Madrid',
} as const;

function flight(country: keyof typeof ADDRESSES, circumstances: string, outcome: string, problem?: string) {
  return {
    sender: { name: 'Sam Lee', address: ADDRESSES[country], country },
    recipient: { company: 'Skyway Air', sector: 'airline' },
    purchase: { item: country === 'DE' ? 'Flug SW 412 nach Lissabon' : country === 'FR' ? 'un vol pour Lisbonne' : country === 'ES' ? 'un vuelo a Lisboa' : 'a return flight to Lisbon', kind: 'booking', date: '2026-10-02', amount: 240, currency: country === 'GB' ? 'GBP' : 'EUR' },
    story: { ...(problem && { problem }), circumstances, expectations: { DE: 'einen Flug wie gebucht', FR: 'un vol comme prévu', ES: 'un vuelo como estaba reservado' }[country as string] ?? 'a flight as booked', outcome },
    request: { remedy: 'refund' },
  };
}

const IE_CANCELLED = 'when a flight is cancelled the airline must offer me the choice between a refund';
const IE_DELAYED = 'when a flight is delayed by two hours or more';

describe('Ireland: a cancelled flight is not also a delayed one', () => {
  it('a flight delayed and then cancelled cites the cancellation rule only', () => {
    const text = letter(flight('IE', 'My flight on 2 October was delayed for five hours and then cancelled.', 'the flight was cancelled and I was given no replacement', 'not-provided'));
    expect(text).toContain(IE_CANCELLED);
    expect(text).not.toContain(IE_DELAYED);
  });

  it('the airline cancelling it, in other words, with the problem left unsaid: no delay rule', () => {
    for (const said of ['After a four-hour delay at the gate, the airline cancelled the flight.', 'My flight was delayed twice and was then cancelled at midnight.', 'The delay ended in a flight cancellation.']) {
      expect(letter(flight('IE', said, 'I had to make my own way home')), said).not.toContain(IE_DELAYED);
    }
  });

  it('a flight delayed by hours still gets the delay rule, also when the writer cancelled a hotel because of it', () => {
    for (const said of ['Flight EI154 was delayed by four hours.', 'The flight was delayed by five hours, so I cancelled my hotel night in Lisbon.']) {
      const text = letter(flight('IE', said, 'I reached Lisbon five hours late', 'poor-quality'));
      expect(text, said).toContain(IE_DELAYED);
      expect(text, said).not.toContain(IE_CANCELLED);
    }
  });
});

describe('the same in the other packs with air passenger rules', () => {
  it('UK: a flight delayed and then cancelled cites the cancellation rule, not the delay rule', () => {
    const text = letter(flight('GB', 'My flight on 2 October was delayed for five hours and then cancelled.', 'the flight was cancelled and I was given no replacement', 'not-provided'));
    expect(text).toContain('when a flight departing from the UK is cancelled');
    expect(text).not.toContain('when a flight it covers is significantly delayed');
    expect(letter(flight('GB', 'The flight landed five hours late.', 'I missed a day of my holiday', 'poor-quality'))).toContain('when a flight it covers is significantly delayed');
  });

  it.each([
    ['FR', 'Après trois heures de retard, le vol a été annulé.', 'on ne m\'a proposé aucun autre vol', "en cas d'annulation d'un vol", 'en cas de retard d\'un vol'],
    ['DE', 'Nach vier Stunden Verspätung wurde der Flug annulliert.', 'mir wurde kein Ersatzflug angeboten', 'bei Annullierung eines Fluges', 'bei einer Verspätung von je nach Entfernung'],
    ['ES', 'Tras cinco horas de retraso, el vuelo fue cancelado.', 'no me ofrecieron ningún otro vuelo', 'en caso de cancelación de un vuelo', 'cuando un vuelo se retrasa dos horas o más'],
  ] as const)('%s: a flight delayed and then cancelled cites the cancellation rule only', (country, said, outcome, cancelled, delayed) => {
    const text = letter(flight(country, said, outcome, 'not-provided'));
    expect(text).toContain(cancelled);
    expect(text).not.toContain(delayed);
  });
});
