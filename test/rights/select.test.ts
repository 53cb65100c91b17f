// Which rights, next steps and card route a letter gets for each country, region, sector
// and way of paying.
import { describe, expect, it } from 'vitest';
import { applies, rightsFor, type RightsQuery } from '../../src/rights/index.js';
import { packSchemas } from '../../src/rights/schema.js';
import { priceOfOne } from '../../src/rights/cite.js';
import { homeLetByBusiness } from '../../src/rights/tenancy.js';

const q = (over: Partial<RightsQuery>): RightsQuery => ({ country: 'GB', remedy: 'refund', stage: 'final', currency: 'GBP', ...over });
const ids = (over: Partial<RightsQuery>) => {
  const answer = rightsFor(q(over));
  return { rights: answer?.rights.map((r) => r.id) ?? [], steps: answer?.nextSteps.map((s) => s.id) ?? [], card: answer?.card?.id, answer };
};
const text = (over: Partial<RightsQuery>) => JSON.stringify(rightsFor(q(over)));

describe('rightsFor', () => {
  it('is undefined for a country without a pack, or no country at all', () => {
    expect(rightsFor(q({ country: 'IT', currency: 'EUR' }))).toBeUndefined();
    expect(rightsFor(q({ country: 'ZZ' }))).toBeUndefined();
    expect(rightsFor(q({ country: '' }))).toBeUndefined();
  });

  it('cites the Consumer Rights Act 2015 for a UK service, and only rights true for any kind when the kind is unknown', () => {
    const service = ids({ kind: 'service', stage: 'first' });
    expect(service.rights).toEqual(['gb-cra-services']);
    expect(service.answer?.rights[0]).toMatchObject({ law: expect.stringContaining('Consumer Rights Act 2015'), source: expect.stringMatching(/^https:\/\//), checked: '2026-12-02' });
    expect(ids({ kind: 'goods', stage: 'first' }).rights).toEqual(['gb-cra-goods']);
    // A card payment cannot be reversed to pay costs the problem caused: a claim for them names no chargeback.
    for (const country of ['GB', 'IE', 'AU', 'NZ', 'CA', 'US']) {
      const steps = (remedy: RightsQuery['remedy']) => ids({ country, paidWith: 'credit-card', remedy }).steps;
      expect(steps('refund').some((id) => /chargeback|fcba/.test(id)), country).toBe(true);
      expect(steps('compensation').some((id) => /chargeback|fcba/.test(id)), country).toBe(false);
    }
    // A claim for what the problem cost cites the right to damages, not only repeat performance or a price reduction.
    const costs = ids({ kind: 'service', stage: 'first', remedy: 'compensation' });
    expect(costs.rights).toEqual(['gb-cra-services-damages']);
    expect(costs.answer?.rights[0]?.text).toMatch(/claim damages for the losses/);
    expect(ids({ stage: 'first' }).rights).toEqual([]);
    expect(ids({ kind: 'service', stage: 'first' }).steps).toEqual([]);
    // An overcharge: what the trader said, its price among it, binds it (CRA ss.50 and 51).
    const overcharged = ids({ kind: 'service', stage: 'first', problem: 'overcharged', remedy: 'partial-refund' });
    expect(overcharged.rights).toEqual(['gb-cra-services-price']);
    expect(overcharged.answer?.rights[0]).toMatchObject({ law: 'Consumer Rights Act 2015, sections 50 and 51', checked: '2026-12-03' });
  });

  it('cites no law on faulty goods or work when the writer says the problem is something else', () => {
    for (const [country, currency] of [['GB', 'GBP'], ['IE', 'EUR'], ['AU', 'AUD'], ['NZ', 'NZD'], ['DE', 'EUR'], ['FR', 'EUR'], ['ES', 'EUR']] as const) {
      for (const kind of ['goods', 'service'] as const) {
        if (kind === 'goods') expect(ids({ country, currency, kind, stage: 'first', problem: 'poor-quality' }).rights.length, `${country} ${kind}`).toBeGreaterThan(0);
        expect(ids({ country, currency, kind, stage: 'first', problem: 'other' }).rights, `${country} ${kind}`).toEqual([]);
      }
    }
  });

  it('in Germany, names neither the law of contracts for work nor the general conciliation body for a health practice', () => {
    expect(ids({ country: 'DE', currency: 'EUR', kind: 'service', stage: 'final', problem: 'poor-quality' }).rights).toContain('de-werkvertrag-maengel');
    expect(ids({ country: 'DE', currency: 'EUR', kind: 'service', stage: 'final' }).steps).toContain('de-universalschlichtungsstelle');
    const health = ids({ country: 'DE', currency: 'EUR', kind: 'service', stage: 'final', problem: 'poor-quality', sector: 'health' });
    expect(health.rights).not.toContain('de-werkvertrag-maengel');
    expect(health.steps).not.toContain('de-universalschlichtungsstelle');
  });

  it('in Germany, cites the law of contracts for work for work done, not for a removal, a holiday, a dentist, a flight or a telecoms contract', () => {
    const werk = (over: Partial<RightsQuery>) => ids({ country: 'DE', currency: 'EUR', kind: 'service', stage: 'first', problem: 'poor-quality', ...over }).rights.includes('de-werkvertrag-maengel');
    expect(werk({ story: 'streichen der wohnung: farbflecken auf dem parkett' })).toBe(true);
    for (const story of ['umzug von dresden nach leipzig: der schrank ist beschaedigt', 'pauschalreise nach mallorca: das hotel war eine baustelle', 'die zahnaerztin hat die krone schief eingesetzt', 'der flug hatte fuenf stunden verspaetung']) {
      expect(werk({ story }), story).toBe(false);
    }
    for (const sector of ['travel', 'telecoms', 'postal', 'property'] as const) expect(werk({ sector, story: 'mangelhaft' }), sector).toBe(false);
  });

  it('in France, Germany and Spain, a withdrawal within 14 days cites the refund it is owed, not the guarantee of conformity', () => {
    const cases = [
      ['FR', "J'ai envoyé le formulaire de rétractation le 15 octobre et je n'ai pas été remboursée.", 'fr-retractation-remboursement', 'fr-garantie-conformite'],
      ['DE', 'Ich habe den Kauf am 28. Oktober per E-Mail widerrufen; das Geld ist nicht zurückgekommen.', 'de-widerruf-rueckzahlung', 'de-kauf-maengel'],
      ['ES', 'Les comuniqué mi desistimiento el 16 de octubre y sigo sin reembolso.', 'es-desistimiento-reembolso', 'es-garantia-legal'],
    ] as const;
    for (const [country, story, withdrawal, guarantee] of cases) {
      const cited = ids({ country, currency: 'EUR', kind: 'goods', stage: 'first', story }).rights;
      expect(cited, country).toContain(withdrawal);
      expect(cited, country).not.toContain(guarantee);
      // A faulty item with no withdrawal in the story: the guarantee, not the withdrawal.
      const faulty = ids({ country, currency: 'EUR', kind: 'goods', stage: 'first', problem: 'poor-quality', story: 'broken' }).rights;
      expect(faulty, country).toContain(guarantee);
      expect(faulty, country).not.toContain(withdrawal);
    }
    // In the UK: the Consumer Contracts Regulations 2013.
    const cancelled = ids({ kind: 'goods', stage: 'first', story: 'i cancelled by email within the 14-day cancellation period and sent it back' }).rights;
    expect(cancelled).toEqual(['gb-ccr-cancellation-refund']);
    expect(ids({ kind: 'goods', stage: 'first', story: 'the handle broke' }).rights).toEqual(['gb-cra-goods']);
    // "Irrevocable" is not a withdrawal.
    expect(ids({ country: 'DE', currency: 'EUR', kind: 'service', stage: 'first', story: 'Die Buchung war unwiderruflich.' }).rights).not.toContain('de-widerruf-rueckzahlung');
    // A rented home's deposit is not a distance contract's price.
    expect(ids({ country: 'FR', currency: 'EUR', kind: 'deposit', stage: 'first', story: 'rétractation' }).rights).not.toContain('fr-retractation-remboursement');
  });

  it('in Germany, an energy supplier is taken to the Schlichtungsstelle Energie, not the general body', () => {
    const energy = ids({ country: 'DE', currency: 'EUR', stage: 'final', sector: 'energy' });
    expect(energy.steps).toEqual(['de-schlichtungsstelle-energie']);
    expect(energy.answer!.nextSteps[0]).toMatchObject({ law: expect.stringContaining('111b'), terminalNote: expect.stringContaining('four weeks') });
  });

  it('in Spain, names one route for a telecoms operator: the Oficina de Atención al Usuario de Telecomunicaciones', () => {
    expect(ids({ country: 'ES', currency: 'EUR', stage: 'final' }).steps).toContain('es-omic-hoja-reclamaciones');
    expect(ids({ country: 'ES', currency: 'EUR', stage: 'final', sector: 'telecoms' }).steps).toEqual(['es-oficina-usuario-telecomunicaciones']);
  });

  it('a rented home\'s deposit, which a private landlord may hold, is not sent to bodies for disputes with businesses', () => {
    const rental = { currency: 'EUR', kind: 'deposit', sector: 'property', stage: 'final' } as const;
    expect(ids({ ...rental, country: 'FR' }).steps).not.toContain('fr-mediateur-consommation');
    // Germany: the deposit kept apart, with its interest owed to the tenant (§ 551 Abs. 3 BGB).
    expect(ids({ ...rental, country: 'DE', stage: 'first', problem: 'deposit-not-returned' }).rights).toEqual(['de-mietkaution-zinsen']);
    // France: the commission départementale de conciliation.
    expect(ids({ ...rental, country: 'FR' }).steps).toEqual(['fr-commission-departementale-conciliation']);
    expect(ids({ ...rental, country: 'DE' }).steps).not.toContain('de-universalschlichtungsstelle');
    expect(ids({ ...rental, country: 'ES' }).steps).not.toContain('es-omic-hoja-reclamaciones');
    // Another deposit (a kitchen fitter's) still goes there.
    expect(ids({ ...rental, sector: undefined, country: 'FR' }).steps).toContain('fr-mediateur-consommation');
  });

  it('accepts common names for the country and region', () => {
    expect(rightsFor(q({ country: 'UK', region: 'Scotland' }))?.nextSteps.map((s) => s.id)).toContain('gb-sct-simple-procedure');
    // Three-letter codes and everyday short names: "Aus", "Oz", "GBR", "DEU".
    for (const [typed, code] of [['Aus', 'AU'], ['Oz', 'AU'], ['GBR', 'GB'], ['DEU', 'DE'], ['esp', 'ES'], ['NZL', 'NZ']] as const) expect(rightsFor(q({ country: typed, currency: undefined }))?.country, typed).toBe(code);
  });

  it('England and Wales: a letter before claim, at least 14 days, ADR, the small claims track of the County Court', () => {
    for (const region of ['GB-ENG', 'GB-WLS']) {
      const { steps, answer } = ids({ region });
      expect(steps).toEqual(['gb-ew-small-claim']);
      const step = answer!.nextSteps[0]!;
      expect(step.minDays).toBe(14);
      expect(step.paragraph).toMatch(/letter before claim/);
      expect(step.paragraph).toMatch(/alternative dispute resolution/);
      expect(step.text).toMatch(/County Court/);
      // Above the small claims track's £10,000: a claim in the County Court, still after a letter before claim.
      expect(ids({ region, amount: 10000 }).steps).toEqual(['gb-ew-small-claim']);
      const large = ids({ region, amount: 25000 });
      expect(large.steps).toEqual(['gb-ew-county-court-claim']);
      expect(large.answer!.nextSteps[0]).toMatchObject({ text: 'issue a claim in the County Court', minDays: 14, paragraph: step.paragraph });
    }
  });

  it('Scotland: Simple Procedure, never the small claims track of England; Northern Ireland: the Small Claims Court', () => {
    expect(ids({ region: 'GB-SCT' }).steps).toEqual(['gb-sct-simple-procedure']);
    expect(text({ region: 'GB-SCT' })).not.toMatch(/County Court|Pre-Action Conduct|letter before claim/);
    expect(ids({ region: 'GB-NIR' }).steps).toEqual(['gb-nir-small-claims']);
    expect(text({ region: 'GB-NIR' })).not.toMatch(/County Court|simple procedure/i);
    // Above the simple procedure's £5,000: the ordinary cause procedure; in Northern Ireland, a civil bill up to £30,000.
    expect(ids({ region: 'GB-SCT', amount: 7500 }).steps).toEqual(['gb-sct-ordinary-cause']);
    expect(ids({ region: 'GB-NIR', amount: 7500 }).steps).toEqual(['gb-nir-civil-bill']);
    expect(ids({ region: 'GB-NIR', amount: 45000 }).steps).toEqual([]);
  });

  it('names the sector ombudsman and when it can be used', () => {
    const energy = rightsFor(q({ region: 'GB-ENG', sector: 'energy' }))!;
    expect(energy.nextSteps[0]).toMatchObject({ id: 'gb-energy-ombudsman', afterWeeks: 8, when: expect.stringMatching(/deadlock/) });
    expect(ids({ region: 'GB-ENG', sector: 'Telecoms' }).steps[0]).toBe('gb-communications-adr');
    expect(ids({ sector: 'financial' }).steps).toEqual(['gb-financial-ombudsman']);
    expect(ids({ region: 'GB-ENG' }).steps).not.toContain('gb-energy-ombudsman');
  });

  it('UK card disputes: Section 75 for a credit-card item of more than £100 and up to £30,000, otherwise a chargeback', () => {
    const card = (over: Partial<RightsQuery>) => ids({ stage: 'card-dispute', ...over }).card;
    expect(card({ paidWith: 'credit-card', price: 240 })).toBe('gb-section-75');
    expect(card({ paidWith: 'credit-card', price: 30000 })).toBe('gb-section-75');
    expect(card({ paidWith: 'credit-card', price: 100 })).toBe('gb-chargeback');
    expect(card({ paidWith: 'credit-card', price: 30000.01 })).toBe('gb-chargeback');
    expect(card({ paidWith: 'credit-card' })).toBe('gb-chargeback');
    expect(card({ paidWith: 'credit-card', price: 240, currency: 'EUR' })).toBe('gb-chargeback');
    expect(card({ paidWith: 'debit-card', price: 240 })).toBe('gb-chargeback');
    expect(card({ paidWith: 'bank-transfer', price: 240 })).toBeUndefined();
    // The final letter names the same route as its next step, and only one of them.
    expect(ids({ paidWith: 'credit-card', price: 240, region: 'GB-ENG' }).steps).toEqual(['gb-section-75-claim', 'gb-ew-small-claim']);
    expect(ids({ paidWith: 'debit-card', price: 240, region: 'GB-ENG' }).steps).toEqual(['gb-chargeback-request', 'gb-ew-small-claim']);
    expect(text({ paidWith: 'bank-transfer', region: 'GB-ENG' })).not.toMatch(/card|section 75/i);
  });

  it('counts several things bought together one by one for a limit on an item\'s price (section 75: 4 tickets for £312 are £78 each)', () => {
    expect(priceOfOne({ item: '4 tickets for the Arctic Lights concert', kind: 'booking' }, 312)).toBe(78);
    expect(priceOfOne({ item: 'two x dining chairs' }, 250)).toBe(125);
    expect(priceOfOne({ item: 'Three Garden Benches', kind: 'goods' }, 270)).toBe(90);
    // One stay, one length, one course of lessons, one service: the price as a whole.
    for (const [item, kind] of [['10 nights boarding', 'booking'], ['3 metres of worktop', 'goods'], ['12 sessions of personal training', undefined], ['4 rooms painted', 'service'], ['a 3-seater sofa', 'goods'], ['2 year warranty plan', 'subscription']] as const) {
      expect(priceOfOne({ item, ...(kind && { kind }) }, 400), item).toBe(400);
    }
  });

  it('US: a Fair Credit Billing Act notice for a credit card, with the 60-day note for the terminal', () => {
    const us = rightsFor({ country: 'US', remedy: 'refund', stage: 'card-dispute', paidWith: 'credit-card', currency: 'USD' })!;
    expect(us.card).toMatchObject({ id: 'us-fcba', kind: 'fcba', terminalNote: expect.stringContaining('60 days') });
    expect(us.card!.text).not.toMatch(/60 days/);
  });

  it('US states: the Massachusetts 93A demand and the California CLRA notice only in their own state', () => {
    const us = (region?: string) => rightsFor({ country: 'US', region, remedy: 'refund', stage: 'final', currency: 'USD' })!;
    expect(us('US-MA').nextSteps.map((s) => s.id)).toEqual(['us-ma-attorney-general', 'us-ma-93a-demand']);
    expect(us('US-MA').nextSteps[1]!.minDays).toBe(30);
    expect(us('US-CA').nextSteps.map((s) => s.id)).toEqual(['us-ca-attorney-general', 'us-ca-clra-notice']);
    expect(us('US-CA').nextSteps[1]!.terminalNote).toMatch(/certified or registered mail/);
    for (const region of ['US-NY', 'US-TX', undefined]) expect(JSON.stringify(us(region))).not.toMatch(/93A|1782|Massachusetts|California/);
    // The state's own consumer office where redress knows it, else "my state's consumer protection office"; never for an airline.
    expect(us('US-TX').nextSteps.map((s) => s.text)).toEqual([expect.stringContaining("Texas Attorney General's Consumer Protection Division")]);
    expect(us('US-NV').nextSteps.map((s) => s.id)).toEqual(['us-state-consumer-office']);
    expect(us(undefined).nextSteps.map((s) => s.id)).toEqual(['us-state-consumer-office']);
    const airline = rightsFor({ country: 'US', region: 'US-TX', remedy: 'refund', stage: 'final', currency: 'USD', sector: 'airline' })!;
    expect(airline.nextSteps.map((s) => s.id)).toEqual(['us-dot-air-travel']);
    expect(JSON.stringify(us('US-MA'))).not.toMatch(/1782|California/);
    expect(JSON.stringify(us('US-CA'))).not.toMatch(/93A|Massachusetts/);
  });

  it('US: a billing-error dispute is a next step only while it can still be made by the reply-by date, a notice\'s 30 days included', () => {
    const steps = (region: string, replyBy: string) =>
      rightsFor({ country: 'US', region, remedy: 'refund', stage: 'final', currency: 'USD', paidWith: 'credit-card', statementDate: '2026-10-28', letterDate: '2026-12-07', replyBy })!.nextSteps.map((s) => s.id);
    // 60 days from 28 October run to 27 December.
    expect(steps('US-TX', '2026-12-21')).toContain('us-fcba-dispute');
    expect(steps('US-TX', '2026-12-28')).not.toContain('us-fcba-dispute');
    // In California the CLRA notice moves the reply-by date to 30 days after the letter: too late for it.
    expect(steps('US-CA', '2026-12-21')).not.toContain('us-fcba-dispute');
    expect(steps('US-CA', '2026-12-21')).toContain('us-ca-clra-notice');
  });

  it.each([
    ['IE', 'EUR', 'ie-chargeback'],
    ['AU', 'AUD', 'au-chargeback-credit'],
    ['NZ', 'NZD', 'nz-chargeback'],
    ['CA', 'CAD', 'ca-chargeback'],
  ])('%s card disputes are a chargeback request under the card scheme, never a US or UK rule', (country, currency, id) => {
    const answer = rightsFor({ country, remedy: 'refund', stage: 'card-dispute', paidWith: 'credit-card', price: 240, currency })!;
    expect(answer.card).toMatchObject({ id, kind: 'chargeback' });
    const all = JSON.stringify(answer);
    expect(all).not.toMatch(/Fair Credit Billing|billing error|section 75|Consumer Credit Act|60 days/i);
  });

  it('New Zealand: a rental bond goes to the Tenancy Tribunal, anything else to the Disputes Tribunal', () => {
    const court = (kind: RightsQuery['kind'], sector?: string) =>
      rightsFor({ country: 'NZ', kind, ...(sector && { sector }), remedy: 'refund', stage: 'final', currency: 'NZD' })!.nextSteps.map((step) => step.text);
    expect(court('deposit', 'property')).toContain('apply to the Tenancy Tribunal');
    expect(court('deposit', 'property')).not.toContain('make a claim to the Disputes Tribunal');
    expect(court('deposit')).toContain('make a claim to the Disputes Tribunal');
    expect(court('service', 'property')).toContain('make a claim to the Disputes Tribunal');
  });

  it('Australia: only a debit card payment is told that a chargeback may need "credit" chosen at the till', () => {
    const note = (paidWith: 'credit-card' | 'debit-card') => rightsFor({ country: 'AU', remedy: 'refund', stage: 'card-dispute', paidWith, price: 240, currency: 'AUD' })!.card!.terminalNote;
    expect(note('debit-card')).toMatch(/On a debit card/);
    expect(note('credit-card')).not.toMatch(/debit/);
  });

  it('Australia: the ACL for services, and the state tribunal and fair trading office', () => {
    const au = (region?: string, stage: RightsQuery['stage'] = 'final') => rightsFor({ country: 'AU', region, kind: 'service', remedy: 'either', stage, currency: 'AUD' })!;
    expect(au(undefined, 'first').rights[0]).toMatchObject({ id: 'au-acl-services', text: expect.stringMatching(/minor problem.*major problem/) });
    expect(au('AU-NSW').nextSteps.map((s) => s.id)).toEqual(['au-nsw-fair-trading', 'au-nsw-ncat']);
    expect(au('AU-VIC').nextSteps.map((s) => s.id)).toEqual(['au-vic-consumer-affairs', 'au-vic-vcat']);
    expect(au('AU-QLD').nextSteps.map((s) => s.id)).toEqual(['au-qld-office-of-fair-trading', 'au-qld-qcat']);
    expect(JSON.stringify(au('AU-QLD'))).not.toMatch(/NCAT|VCAT|NSW/);
  });

  it('Canada: the provincial office, and the Civil Resolution Tribunal in British Columbia', () => {
    const ca = (region?: string) => rightsFor({ country: 'CA', region, remedy: 'refund', stage: 'final', currency: 'CAD' })!.nextSteps.map((s) => s.id);
    expect(ca('CA-BC')).toEqual(['ca-bc-consumer-protection', 'ca-bc-civil-resolution-tribunal']);
    expect(ca('CA-ON')).toEqual(['ca-on-consumer-protection', 'ca-on-small-claims']);
    expect(ca('CA-QC')).toEqual(['ca-qc-opc']);
    expect(ca('CA-NS')).toEqual(['ca-consumer-office']);
    expect(ca()).toEqual(['ca-consumer-office']);
  });

  it('Canada: a rented home\'s deposit goes to the province\'s residential tenancy body, never the consumer office or small claims', () => {
    const deposit = (region?: string) => rightsFor({ country: 'CA', region, kind: 'deposit', sector: 'property', remedy: 'refund', stage: 'final', currency: 'CAD' })!.nextSteps.map((s) => s.id);
    expect(deposit('CA-BC')).toEqual(['ca-bc-residential-tenancy-branch']);
    expect(deposit('CA-ON')).toEqual(['ca-on-landlord-and-tenant-board']);
    expect(deposit('CA-AB')).toEqual(['ca-ab-residential-tenancy-dispute-resolution']);
    expect(deposit('CA-QC')).toEqual(['ca-qc-tribunal-administratif-du-logement']);
    expect(deposit('CA-MB')).toEqual(['ca-mb-residential-tenancies-branch']);
    // Where redress knows no such body, it names none.
    expect(deposit('CA-NS')).toEqual([]);
  });

  it('New Zealand: the Consumer Guarantees Act and the Disputes Tribunal; Ireland: the Small Claims procedure up to €2,000', () => {
    const nz = rightsFor({ country: 'NZ', kind: 'service', remedy: 'refund', stage: 'final', currency: 'NZD' })!;
    expect(nz.rights.map((r) => r.law)).toEqual(['Consumer Guarantees Act 1993, sections 28 to 31']);
    expect(nz.nextSteps.map((s) => s.id)).toEqual(['nz-disputes-tribunal']);
    const ie = (amount?: number) => rightsFor({ country: 'IE', remedy: 'refund', stage: 'final', amount, currency: 'EUR' })!.nextSteps.map((s) => s.id);
    expect(ie(1500)).toEqual(['ie-small-claims']);
    expect(ie(2000)).toEqual(['ie-small-claims']);
    expect(ie(2500)).toEqual([]);
    // A claim in another currency cannot be held against the €2,000 limit: the route is not promised.
    expect(rightsFor({ country: 'IE', remedy: 'refund', stage: 'final', amount: 11250, currency: 'GBP' })!.nextSteps.map((s) => s.id)).toEqual([]);
    expect(ids({ region: 'GB-ENG', amount: 40000, currency: 'EUR' }).steps).not.toContain('gb-ew-small-claim');
  });
});

describe('conditions with exceptions and reasons', () => {
  const base = { id: 'x', text: 'apply to the tribunal', source: 'https://example.org/x', checked: '2026-12-02' };

  it('unless leaves an entry out only when every condition in it holds on known facts', () => {
    const entry = { ...base, unless: { kinds: ['deposit' as const], sectors: ['property'] } };
    expect(applies(entry, { kind: 'deposit', sector: 'property' }, ['final'])).toBe(false);
    expect(applies(entry, { kind: 'deposit', sector: 'Property ' }, ['final'])).toBe(false);
    // One of the two, or an unknown fact: the exception does not hold.
    expect(applies(entry, { kind: 'deposit' }, ['final'])).toBe(true);
    expect(applies(entry, { kind: 'service', sector: 'property' }, ['final'])).toBe(true);
    expect(applies(entry, {}, ['final'])).toBe(true);
    const notForCancelling = { ...base, kinds: ['service' as const], unless: { problems: ['charged-after-cancelling' as const] } };
    expect(applies(notForCancelling, { kind: 'service', problem: 'charged-after-cancelling' }, ['final'])).toBe(false);
    expect(applies(notForCancelling, { kind: 'service', problem: 'poor-quality' }, ['final'])).toBe(true);
    expect(applies(notForCancelling, { kind: 'service' }, ['final'])).toBe(true);
  });

  it('never argues a rented home under a law on services (the Code civil on any contract still applies)', () => {
    for (const [country, region, currency, right] of [
      ['GB', 'GB-ENG', 'GBP', 'gb-cra-services'],
      ['IE', undefined, 'EUR', 'ie-cra-services'],
      ['AU', 'AU-NSW', 'AUD', 'au-acl-services'],
      ['NZ', undefined, 'NZD', 'nz-cga-services'],
      ['CA', 'CA-ON', 'CAD', 'ca-on-cpa-services'],
      ['DE', undefined, 'EUR', 'de-werkvertrag-maengel'],
    ] as const) {
      const service = { country, region, currency, kind: 'service' as const, problem: 'poor-quality' as const, remedy: 'correction' as const, stage: 'first' as const };
      expect(rightsFor(service)!.rights.map((r) => r.id), country).toContain(right);
      expect(rightsFor({ ...service, tenancy: true })!.rights.map((r) => r.id), country).not.toContain(right);
    }
    // Who let the home: the landlord or the agent, not the engineer who serviced its boiler.
    const story = { circumstances: 'I reported damp in the bedroom of my flat.', expectations: ['the landlord to repair the window'], outcome: ['nobody came'] };
    expect(homeLetByBusiness({ recipient: { company: 'Clifton Property Management', sector: 'property' }, purchase: { item: 'rent' }, story })).toBe(true);
    expect(homeLetByBusiness({ recipient: { company: 'Forth Heating Services', contact: 'Mr. Tom Reilly', sector: 'building' }, purchase: { item: 'boiler service', kind: 'service' }, story })).toBe(false);
    expect(homeLetByBusiness({ recipient: { company: 'Apex Roofing' }, purchase: { item: 'roof repair', kind: 'service' }, story })).toBe(false);
    const lease = { country: 'FR', currency: 'EUR', kind: 'service' as const, problem: 'poor-quality' as const, remedy: 'correction' as const, stage: 'final' as const, tenancy: true };
    expect(rightsFor(lease)!.rights.map((r) => r.id)).toContain('fr-inexecution-code-civil');
  });

  it('says holds when the story holds its words: no deposit scheme for a deposit the writer cannot find in one', () => {
    const deposit = (story: string) => ids({ region: 'GB-ENG', kind: 'deposit', sector: 'property', problem: 'deposit-not-returned', story }).steps;
    expect(deposit('I moved out on 31 August and asked for my deposit back.')).toContain('gb-ew-deposit-scheme');
    expect(deposit('I CAN’T FIND THE DEPOSIT on any of the scheme websites.')).not.toContain('gb-ew-deposit-scheme');
    expect(deposit('The agent admitted it was never protected.')).not.toContain('gb-ew-deposit-scheme');
    // However "not" is typed: in full, with an apostrophe, or without one.
    expect(deposit("The agent said it wasn't protected yet.")).not.toContain('gb-ew-deposit-scheme');
    expect(deposit('we cant find it registered with any of the three schemes')).not.toContain('gb-ew-deposit-scheme');
    expect(deposit('The deposit isnt in any scheme.')).not.toContain('gb-ew-deposit-scheme');
    expect(deposit('The agent admitted it was never protected.')).toContain('gb-ew-small-claim');
    expect(ids({ region: 'GB-SCT', kind: 'deposit', sector: 'property', story: 'it was not protected' }).steps).not.toContain('gb-sct-nir-deposit-scheme');
  });

  it('the schema refuses an empty exception, a reason list without a last reason for any case, and {reason} without reasons', () => {
    const { nextStepSchema, cardRouteSchema } = packSchemas();
    expect(nextStepSchema.safeParse({ ...base, unless: {} }).success).toBe(false);
    expect(nextStepSchema.safeParse({ ...base, unless: { kinds: ['deposit'] } }).success).toBe(true);
    const route = { ...base, kind: 'chargeback', subject: 'Chargeback request', text: 'Please reverse it, because {reason}.' };
    expect(cardRouteSchema.safeParse({ ...route, reasons: [{ text: 'the merchant has not put it right' }] }).success).toBe(true);
    expect(cardRouteSchema.safeParse({ ...route, reasons: [{ problems: ['overcharged'], text: 'I was charged more' }] }).success).toBe(false);
    expect(cardRouteSchema.safeParse(route).success).toBe(false);
    expect(cardRouteSchema.safeParse({ ...route, text: 'Please reverse it.', reasons: [{ text: 'the merchant has not put it right' }] }).success).toBe(false);
    expect(cardRouteSchema.safeParse({ ...route, reasons: [{ text: 'ends with a stop.' }] }).success).toBe(false);
  });

  it('a card route gives the first reason that fits the problem', () => {
    const reason = (problem?: RightsQuery['problem']) =>
      rightsFor(q({ stage: 'card-dispute', paidWith: 'debit-card', ...(problem && { problem }) }))!.card!.text;
    expect(reason('charged-after-cancelling')).toMatch(/after I had cancelled/);
    expect(reason('overcharged')).toMatch(/more than the agreed price/);
    expect(reason()).toMatch(/has not put right the problem I set out below/);
    expect(reason()).not.toContain('{reason}');
  });
});

describe('a business in another country', () => {
  it('gets the European Consumer Centre instead of the national bodies, for a business elsewhere in the EU', () => {
    for (const [country, national, ecc] of [
      ['FR', 'fr-mediateur-consommation', 'fr-centre-europeen-consommateurs'],
      ['DE', 'de-universalschlichtungsstelle', 'de-europaeisches-verbraucherzentrum'],
      ['ES', 'es-omic-hoja-reclamaciones', 'es-centro-europeo-consumidor'],
    ] as const) {
      const steps = (trader?: 'home' | 'eu' | 'elsewhere') => ids({ country, currency: 'EUR', kind: 'goods', ...(trader && { trader }) }).steps;
      // Unknown, or at home: the national body, and no European centre.
      for (const at of [undefined, 'home'] as const) {
        expect(steps(at), `${country} ${at}`).toContain(national);
        expect(steps(at), `${country} ${at}`).not.toContain(ecc);
      }
      expect(steps('eu')).toContain(ecc);
      expect(steps('eu')).not.toContain(national);
      // Outside the network, neither.
      expect(steps('elsewhere')).not.toContain(national);
      expect(steps('elsewhere')).not.toContain(ecc);
    }
    expect(ids({ country: 'IE', currency: 'EUR', trader: 'eu' }).steps).toContain('ie-european-consumer-centre');
  });
});

describe('sector bodies and the courts of every state', () => {
  it('names the sector body before the court, where its conditions hold', () => {
    expect(ids({ region: 'GB-ENG', sector: 'rail' }).steps[0]).toBe('gb-rail-ombudsman');
    expect(ids({ region: 'GB-WLS', sector: 'legal' }).steps[0]).toBe('gb-legal-ombudsman');
    expect(ids({ region: 'GB-ENG', sector: 'water' }).steps[0]).toBe('gb-ccw-water');
    expect(ids({ region: 'GB-SCT', sector: 'water' }).steps[0]).toBe('gb-sct-spso-water');
    expect(ids({ country: 'AU', currency: 'AUD', region: 'AU-VIC', sector: 'telecoms' }).steps[0]).toBe('au-tio');
    expect(ids({ country: 'AU', currency: 'AUD', region: 'AU-NSW', sector: 'water' }).steps[0]).toBe('au-nsw-ewon');
    expect(ids({ country: 'NZ', currency: 'NZD', sector: 'telecoms' }).steps[0]).toBe('nz-tdr');
    // Above TDR's $15,000, it is not offered.
    expect(ids({ country: 'NZ', currency: 'NZD', sector: 'telecoms', amount: 20000 }).steps).not.toContain('nz-tdr');
    expect(ids({ country: 'IE', currency: 'EUR', sector: 'energy' }).steps[0]).toBe('ie-cru');
    expect(ids({ country: 'IE', currency: 'EUR', sector: 'airline' }).steps).toContain('ie-iaa-air-passenger-rights');
  });

  it('Australian states and territories each have their own office or court', () => {
    const au = (region: string, amount?: number) => ids({ country: 'AU', currency: 'AUD', region, ...(amount !== undefined && { amount }) }).steps;
    expect(au('AU-WA')).toEqual(['au-wa-consumer-protection', 'au-wa-magistrates-court']);
    expect(au('AU-SA')).toEqual(['au-sa-cbs', 'au-sa-minor-claim']);
    expect(au('AU-SA', 20000)).toEqual(['au-sa-cbs']);
    expect(au('AU-TAS')).toEqual(['au-tas-cbos', 'au-tas-minor-claim']);
    expect(au('AU-ACT')).toEqual(['au-act-access-canberra', 'au-act-acat']);
    expect(au('AU-NT')).toEqual(['au-nt-consumer-affairs', 'au-nt-ntcat']);
  });
});

describe('who a deposit or a flight goes to in North America', () => {
  it("Ontario's Consumer Protection Act is not cited for an airline; a Californian deposit goes to small claims, not the Attorney General", () => {
    expect(ids({ country: 'CA', currency: 'CAD', region: 'CA-ON', kind: 'booking', problem: 'poor-quality', sector: 'airline', stage: 'first' }).rights).toEqual([]);
    expect(ids({ country: 'CA', currency: 'CAD', region: 'CA-ON', kind: 'booking', problem: 'poor-quality', stage: 'first' }).rights).toEqual(['ca-on-cpa-services']);
    const deposit = ids({ country: 'US', currency: 'USD', region: 'US-CA', kind: 'deposit', sector: 'property' }).steps;
    expect(deposit).toContain('us-ca-small-claims-deposit');
    expect(deposit).not.toContain('us-ca-attorney-general');
    expect(ids({ country: 'US', currency: 'USD', region: 'US-CA' }).steps).toContain('us-ca-attorney-general');
  });
});

describe('air passenger rights', () => {
  it('cite the cancellation rule only for a cancelled flight, in every language', () => {
    const cited = (country: string, story: string, currency = 'EUR') =>
      ids({ country, currency, sector: 'airline', problem: 'not-provided', remedy: 'refund', stage: 'first', story }).rights.filter((id) => /261/.test(id));
    for (const [country, currency, cancelled, delayed] of [
      ['GB', 'GBP', 'BA0412 to Lisbon was cancelled the night before', 'the flight left five hours late and I missed my connection'],
      ['IE', 'EUR', 'Ryanair cancelled my flight to Faro', 'my bag never arrived in Faro'],
      ['FR', 'EUR', 'mon vol a été annulé la veille du départ', 'le vol est parti avec six heures de retard'],
      ['DE', 'EUR', 'der Flug nach Palma wurde ersatzlos gestrichen', 'der Flug hatte vier Stunden Verspätung'],
      ['ES', 'EUR', 'la aerolínea canceló el vuelo a Tenerife', 'el vuelo salió con cinco horas de retraso'],
    ] as const) {
      expect(cited(country, cancelled, currency), `${country}: ${cancelled}`).not.toEqual([]);
      expect(cited(country, delayed, currency).some((id) => /cancel|annul/.test(id)), `${country}: ${delayed}`).toBe(false);
    }
  });

  it('cite the delay rule for a delayed flight, not for a delayed bag', () => {
    const cited = (country: string, story: string) =>
      ids({ country, currency: country === 'GB' ? 'GBP' : 'EUR', sector: 'airline', problem: 'poor-quality', remedy: 'compensation', stage: 'first', story }).rights;
    expect(cited('GB', 'the flight landed five hours late')).toEqual(['gb-uk261-delay']);
    expect(cited('IE', 'Flight EI154 was delayed 4 hours')).toEqual(['ie-eu261-delay']);
    expect(cited('FR', 'le vol est parti avec six heures de retard')).toEqual(['fr-ue261-retard']);
    expect(cited('DE', 'der Flug hatte vier Stunden Verspätung')).toEqual(['de-eu261-verspaetung']);
    expect(cited('ES', 'el vuelo salió con cinco horas de retraso')).toEqual(['es-ue261-retraso']);
    expect(cited('GB', 'my delayed bag arrived three days later, after the holiday')).toEqual([]);
    expect(cited('IE', 'my bag never arrived in Faro')).toEqual([]);
  });
});

describe('faulty goods in the UK', () => {
  const goods = (story: string, remedy: RightsQuery['remedy'] = 'refund') => ids({ kind: 'goods', stage: 'first', remedy, story }).rights;

  it('cite the final right to reject once a repair has not put them right', () => {
    expect(goods('engineer came out on 4 Nov and replaced a seal but it is leaking again')).toEqual(['gb-cra-goods-final-right']);
    expect(goods('they repaired it twice and it still will not spin')).toEqual(['gb-cra-goods-final-right']);
    // Asked to put it right, the writer is not rejecting it: the general right.
    expect(goods('they repaired it and it still leaks', 'correction')).toEqual(['gb-cra-goods']);
    expect(goods('it leaks from the door')).toEqual(['gb-cra-goods']);
  });

  it('keep the right on faulty goods when the story also speaks of a cooling-off period', () => {
    expect(goods('sofa arrived with a torn cushion; they said the cooling-off period is over')).toContain('gb-cra-goods');
    expect(goods('I changed my mind within the 14-day cancellation period and sent it back')).toEqual(['gb-ccr-cancellation-refund']);
  });

  it('never cite the cancellation period for a purchase made in a showroom', () => {
    expect(goods('bought in the showroom; they said there is no cooling-off period')).toEqual([]);
    expect(goods('bought in the showroom, the recliner is broken, and they say the cooling off period is over')).toEqual(['gb-cra-goods']);
  });
});

describe('a claim for what the problem cost', () => {
  const cited = (country: string, currency: string, kind: RightsQuery['kind'], remedy: RightsQuery['remedy'], story = '') => ids({ country, currency, kind, remedy, stage: 'first', story }).rights;

  it('cites the right to compensation for foreseeable loss in Australia and New Zealand, not only a repair or a refund', () => {
    expect(cited('AU', 'AUD', 'service', 'compensation')).toEqual(['au-acl-services-compensation']);
    expect(cited('AU', 'AUD', 'goods', 'compensation')).toEqual(['au-acl-goods-compensation']);
    expect(cited('AU', 'AUD', 'service', 'refund')).toEqual(['au-acl-services']);
    expect(cited('NZ', 'NZD', 'service', 'compensation')).toEqual(['nz-cga-services-compensation']);
    expect(cited('NZ', 'NZD', 'goods', 'compensation')).toEqual(['nz-cga-goods-fixed-elsewhere', 'nz-cga-goods-damage']);
    expect(cited('NZ', 'NZD', 'goods', 'correction')).toEqual(['nz-cga-goods']);
  });

  it('cites what an Irish trader agreed for an overcharge, and the package organiser\'s liability for a UK package', () => {
    expect(ids({ country: 'IE', currency: 'EUR', kind: 'service', problem: 'overcharged', remedy: 'partial-refund', stage: 'first' }).rights).toEqual(['ie-cra-services-price']);
    const pkg = (story: string) => ids({ kind: 'booking', sector: 'travel', problem: 'poor-quality', remedy: 'partial-refund', stage: 'first', story }).rights;
    expect(pkg('our package holiday to Tenerife: the hotel was a building site')).toContain('gb-ptr-organiser-liable');
    expect(pkg('a hotel room I booked through the agent')).not.toContain('gb-ptr-organiser-liable');
  });

  it('cites the energy regulator\'s rule on credit balances in Great Britain only', () => {
    const energy = (region: string) => ids({ region, kind: 'service', sector: 'energy', problem: 'other', remedy: 'refund', stage: 'first', story: 'my account is £610 in credit and they will not refund it' }).rights;
    expect(energy('GB-WLS')).toContain('gb-ofgem-credit-refund');
    expect(energy('GB-NIR')).not.toContain('gb-ofgem-credit-refund');
  });
});
