// French, German and Spanish letters: the law cited for a removal, a package holiday and medical
// or dental care; the Code civil's sanctions in a French mise en demeure; the bank asked to
// reverse a card payment only when the payment and its date make it plausible; no consumer body
// for a private landlord; a German Nachfrist where the final letter asks for performance; the
// conciliation of the Ordre des chirurgiens-dentistes. Each letter must pass the tone check.
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { chargedRecently } from '../../src/rights/index.js';
import { privateLandlord } from '../../src/rights/tenancy.js';
import { checkTone } from '../../src/tone/index.js';
import { PLACE, STORY, type Lang } from '../letter/language-cases.js';

type Stage = 'first' | 'reminder' | 'final';

/** The letter (text) for a case in `language` dated 16 November 2026, with `over` laid over a plain case. */
function letter(language: Lang, over: Record<string, any> = {}, stage: Stage = 'final'): string {
  const place = PLACE[language];
  const value = caseSchema.parse({
    sender: { name: 'Alex Martin', country: place.country, address: place.address, ...over.sender },
    recipient: { company: place.company, ...over.recipient },
    purchase: { item: 'x', kind: 'service', date: '2026-10-01', amount: 500, currency: 'EUR', ...over.purchase },
    story: { ...STORY[language], problem: 'poor-quality', ...over.story },
    request: { remedy: 'refund', ...over.request },
    letter: { date: '2026-11-16', language, ...(stage !== 'first' && { previous: ['2026-10-20'] }), ...over.letter },
  });
  const produced = produceLetter(value, { format: 'text', settings: { stage } });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  const text = (produced.output.content as string).replace(/[\u00A0\u202F]/g, ' ');
  expect(checkTone(text).filter((f) => f.severity === 'error')).toEqual([]);
  return text;
}

describe('a removal', () => {
  const removal = {
    de: { item: 'Umzug von Mannheim nach Heidelberg', circumstances: 'Beim Umzug wurde die Glasplatte meines Esstischs zerbrochen.' },
    fr: { item: 'déménagement de Toulouse à Bordeaux', circumstances: 'Lors du déménagement, le miroir du salon a été cassé.' },
    es: { item: 'mudanza de Madrid a Valencia', circumstances: 'En la mudanza, la vitrina del salón llegó con el cristal roto.' },
  } as const;
  const cited = { de: '§ 425 HGB', fr: "l'article L. 133-1 du code de commerce", es: 'artículo 47' } as const;

  it.each(['de', 'fr', 'es'] as const)('%s: damaged goods cite the carrier’s liability for loss and damage', (language) => {
    const text = letter(language, { purchase: { item: removal[language].item }, story: { circumstances: removal[language].circumstances } }, 'first');
    expect(text).toContain(cited[language]);
    expect(text).not.toContain('§ 634');
  });

  it.each(['de', 'fr', 'es'] as const)('%s: not for removers who never came, nor for a deposit whose story only mentions moving', (language) => {
    expect(letter(language, { purchase: { item: removal[language].item }, story: { circumstances: removal[language].circumstances, problem: 'not-provided' } }, 'first')).not.toContain(cited[language]);
    const deposit = letter(language, { purchase: { item: removal[language].item, kind: 'deposit' }, story: { circumstances: removal[language].circumstances, problem: 'deposit-not-returned' } }, 'first');
    expect(deposit).not.toContain(cited[language]);
  });
});

describe('a package holiday', () => {
  it('Germany: §§ 651i, 651m and 651n BGB, not the law of contracts for work', () => {
    const text = letter('de', { recipient: { sector: 'travel' }, purchase: { item: 'Pauschalreise nach Mallorca', kind: 'booking' }, request: { remedy: 'partial-refund', amount: 300, reason: 'als Minderung' } }, 'first');
    expect(text).toContain('Pauschalreise nach § 651i BGB frei von Reisemängeln zu verschaffen');
    expect(text).toContain('mindert sich der Reisepreis nach § 651m BGB');
    expect(text).not.toContain('§ 634');
  });

  it('France: the Code du tourisme, articles L. 211-16 and L. 211-17', () => {
    const text = letter('fr', { recipient: { sector: 'travel' }, purchase: { item: 'voyage à forfait en Crète', kind: 'booking' } }, 'first');
    expect(text).toContain("l'article L. 211-16 du code du tourisme");
    expect(text).toContain('réduction de prix appropriée');
  });

  it('Spain: the Libro Cuarto of the TRLGDCU (organiser and retailer jointly liable, a price reduction)', () => {
    const text = letter('es', { recipient: { sector: 'travel' }, purchase: { item: 'viaje combinado a Canarias', kind: 'booking' } }, 'first');
    expect(text).toContain('el organizador y el minorista de un viaje combinado responden solidariamente');
  });

  it('is not cited for a trip that is not a package, nor for a charge after cancelling', () => {
    expect(letter('de', { recipient: { sector: 'travel' }, purchase: { item: 'Busfahrt nach Prag', kind: 'booking' } }, 'first')).not.toContain('651i');
    expect(letter('fr', { recipient: { sector: 'travel' }, purchase: { item: 'voyage à forfait en Crète', kind: 'booking' }, story: { problem: 'charged-after-cancelling' } }, 'first')).not.toContain('L. 211-16');
  });
});

describe('medical and dental care', () => {
  it('Germany: the treatment contract (§ 630a BGB), not the law of contracts for work', () => {
    const text = letter('de', { recipient: { company: 'Zahnarztpraxis Dr. Weber' }, purchase: { item: 'Zahnkrone am Zahn 36' } }, 'first');
    expect(text).toContain('§ 630a Abs. 2 BGB');
    expect(text).not.toContain('§ 634');
    // An optician sells glasses and tests eyes: no medical treatment.
    expect(letter('de', { recipient: { company: 'Optik Sehmann', sector: 'health' }, purchase: { item: 'Sehtest und neue Brille' } }, 'first')).not.toContain('§ 630a');
  });

  it('France: a dentist’s patient is pointed to the conciliation of the Ordre des chirurgiens-dentistes; another clinic’s is not', () => {
    const dentist = letter('fr', { recipient: { company: 'Cabinet dentaire du Parc' }, purchase: { item: 'pose d’une couronne dentaire' } });
    expect(dentist).toContain("solliciter une conciliation auprès du conseil départemental de l'ordre des chirurgiens-dentistes");
    expect(dentist).not.toContain('médiateur de la consommation');
    const physio = letter('fr', { recipient: { company: 'Cabinet de kinésithérapie Lumière', sector: 'health' }, purchase: { item: 'séances de rééducation' } });
    expect(physio).not.toContain('chirurgiens-dentistes');
  });
});

describe('a French mise en demeure about a service', () => {
  it('gives the Code civil’s sanctions for non-performance (article 1217); the first letter does not', () => {
    const over = { purchase: { item: "création d'une terrasse en bois" }, request: { remedy: 'correction', correction: 'reprendre la pose de la terrasse' } };
    expect(letter('fr', over, 'final')).toContain("l'article 1217 du code civil");
    expect(letter('fr', over, 'first')).not.toContain('1217');
  });

  it('not for a charge after cancelling, nor for goods, nor for a package holiday (its own law is cited)', () => {
    expect(letter('fr', { story: { problem: 'charged-after-cancelling' } })).not.toContain('1217');
    expect(letter('fr', { purchase: { kind: 'goods' } })).not.toContain('1217');
    expect(letter('fr', { purchase: { item: 'voyage à forfait en Crète', kind: 'service' } })).not.toContain('1217');
  });
});

describe('the bank asked to reverse a card payment', () => {
  const bank = { de: /Bank|Chargeback/, fr: /banque|rétrofacturation/, es: /banco/ } as const;

  it.each(['de', 'fr', 'es'] as const)('%s: offered for a recent card payment, beside the consumer body', (language) => {
    const text = letter(language, { purchase: { date: '2026-10-01', paidWith: 'debit-card' } });
    expect(text).toMatch(bank[language]);
  });

  it.each(['de', 'fr', 'es'] as const)('%s: not for a card payment years ago, by girocard or bank transfer, nor for costs the problem caused', (language) => {
    expect(letter(language, { purchase: { date: '2023-05-10', paidWith: 'debit-card' } })).not.toMatch(bank[language]);
    expect(letter(language, { purchase: { paidWith: 'bank-transfer' } })).not.toMatch(bank[language]);
    expect(letter(language, { purchase: { paidWith: 'credit-card' }, request: { remedy: 'compensation', costs: [{ what: 'x', amount: 50 }] } })).not.toMatch(bank[language]);
  });

  it('nor in the letter’s own words when no pack step applies (a German dentist paid by card in 2023)', () => {
    const text = letter('de', { recipient: { company: 'Zahnarztpraxis Dr. Weber' }, purchase: { item: 'Zahnkrone', date: '2023-05-10', paidWith: 'debit-card' } });
    expect(text).not.toMatch(/Bank/);
    expect(text).toContain('werde ich weitere Schritte prüfen');
    const recent = letter('de', { recipient: { company: 'Zahnarztpraxis Dr. Weber' }, purchase: { item: 'Zahnkrone', date: '2026-10-20', paidWith: 'debit-card' } });
    expect(recent).toMatch(/meine Bank bitten/);
  });

  it('a girocard is no card a bank can reverse', () => {
    expect(letter('de', { purchase: { paidWith: 'girocard' } })).not.toMatch(/Bank|Chargeback/);
  });

  it('counts from the payment, or for a booking paid ahead from when the problem was raised', () => {
    expect(chargedRecently({ chargedOn: '2026-08-05' }, '2026-11-30', 120)).toBe(true);
    expect(chargedRecently({ chargedOn: '2026-07-01' }, '2026-11-30', 120)).toBe(false);
    // A holiday paid in March, complained of in September.
    expect(chargedRecently({ chargedOn: '2026-03-15', daysToRaise: 179, kind: 'booking' }, '2026-11-30', 120)).toBe(true);
    // A crown fitted (and paid) in 2023 and loose in 2026 was due in 2023.
    expect(chargedRecently({ chargedOn: '2023-05-10', daysToRaise: 1240, kind: 'service' }, '2026-11-30', 120)).toBe(false);
    expect(chargedRecently({}, '2026-11-30', 120)).toBe(true);
  });
});

describe('a private landlord', () => {
  const tenancy = {
    fr: { company: 'M. Henri Lambert', item: "réparation de la chaudière de l'appartement que je loue", circumstances: 'Je suis locataire de votre appartement. La chaudière est en panne.' },
    de: { company: 'Herr Thomas Brenner', item: 'Reparatur der Heizung in meiner Mietwohnung', circumstances: 'Ich bin Mieterin Ihrer Wohnung. Die Heizung ist ausgefallen.' },
    es: { company: 'D. Andrés Navarro', item: 'reparación del calentador del piso que tengo alquilado', circumstances: 'Soy inquilina de su piso. El calentador está averiado.' },
  } as const;
  const consumerBody = { fr: /médiateur de la consommation|association de consommateurs/, de: /Schlichtungsstelle|Verbraucherzentrale/, es: /OMIC|Arbitral de Consumo|oficina de consumo/ } as const;

  it.each(['fr', 'de', 'es'] as const)('%s: is not sent to a consumer body, whether for a deposit or for repairs', (language) => {
    const t = tenancy[language];
    const repairs = letter(language, { recipient: { company: t.company }, purchase: { item: t.item, kind: 'other', amount: undefined }, story: { circumstances: t.circumstances, problem: 'not-provided' }, request: { remedy: 'correction', correction: 'x' } });
    expect(repairs).not.toMatch(consumerBody[language]);
    const deposit = letter(language, { recipient: { company: t.company }, purchase: { item: { fr: "dépôt de garantie de l'appartement", de: 'Mietkaution für die Wohnung', es: 'fianza del piso' }[language], kind: 'deposit' }, story: { circumstances: t.circumstances, problem: 'deposit-not-returned' } });
    expect(deposit).not.toMatch(consumerBody[language]);
  });

  it('a company that lets homes keeps its consumer body', () => {
    const text = letter('fr', { recipient: { company: 'Résidences Rhône SA' }, purchase: { item: "réparation de la chaudière de l'appartement que je loue", kind: 'other' }, story: { circumstances: 'Je suis locataire. La chaudière est en panne.', problem: 'not-provided' }, request: { remedy: 'correction', correction: 'x' } });
    expect(text).toContain('médiateur de la consommation');
  });

  it('is a person named in place of a business in a tenancy, with or without a title', () => {
    const tenant = { purchase: { item: 'Mietkaution', kind: 'deposit' }, story: { circumstances: 'Ich habe die Wohnung gemietet.', expectations: [], outcome: [] } };
    expect(privateLandlord({ ...tenant, recipient: { company: 'Thomas Brenner', sector: 'property' } })).toBe(true);
    expect(privateLandlord({ ...tenant, recipient: { company: 'Frau Sabine Wolff', contact: 'Frau Sabine Wolff' } })).toBe(true);
    expect(privateLandlord({ ...tenant, recipient: { company: 'Immobilien Schmidt', sector: 'property' } })).toBe(false);
    expect(privateLandlord({ ...tenant, recipient: { company: 'Leipziger Wohnungsbaugesellschaft mbH' } })).toBe(false);
    expect(privateLandlord({ ...tenant, purchase: { item: 'Gartenhaus', kind: 'goods' }, story: { circumstances: 'Das Gartenhaus ist undicht.', expectations: [], outcome: [] }, recipient: { company: 'Thomas Brenner' } })).toBe(false);
  });
});

describe('the German final letter', () => {
  it('sets a Nachfrist where it asks for performance (a repair, a replacement)', () => {
    const text = letter('de', { purchase: { kind: 'goods' }, request: { remedy: 'correction', correction: 'die Waschmaschine zu reparieren' } });
    expect(text).toContain('Ich setze Ihnen hierfür eine letzte Frist (Nachfrist) bis zum 30. November 2026.');
    expect(text).not.toContain('letztmalig');
  });

  it('asks for money, or for a doctor’s correction, by a final date without calling it a Nachfrist', () => {
    expect(letter('de', { request: { remedy: 'refund' } })).toContain('Ich fordere Sie hiermit letztmalig auf, meiner Forderung bis zum 30. November 2026 nachzukommen.');
    expect(letter('de', { story: { problem: 'overcharged' }, request: { remedy: 'correction', correction: 'die Rechnung zu berichtigen' } })).not.toContain('Nachfrist');
    expect(letter('de', { recipient: { sector: 'health' }, request: { remedy: 'correction', correction: 'die Krone neu anzupassen' } })).not.toContain('Nachfrist');
    expect(letter('de', { request: { remedy: 'correction', correction: 'die Waschmaschine zu reparieren' } }, 'reminder')).not.toContain('Nachfrist');
  });
});
