// A business whose name leaves no doubt about its sector (an airline, an energy supplier, a
// telecoms provider) is taken to be in it when the case does not say, and the writer is told.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { sectorFromName, tenancyWords } from '../../src/case/sector-names.js';
import { resolveCase } from '../../src/case/resolve.js';
import { caseSchema } from '../../src/case/schema.js';
import { redress, tempDir } from '../support/cli.js';

describe('the sector a business name shows', () => {
  it.each([
    ['Northwind Airlines', 'return flight', 'airline'],
    ['Emerald Airways', 'tickets', 'airline'],
    ['Air Canada', 'flight to Vancouver', 'airline'],
    ['Aer Lingus', 'return flights to Boston', 'airline'],
    ['Greenleaf Energy', 'my electricity bill for March', 'energy'],
    ['Acme Broadband', 'fibre broadband, 12 months', 'telecoms'],
    ['Castle Lettings Ltd', 'deposit for flat 3', 'property'],
    ['VoxMobile UK', 'SIM only plan, charged after I cancelled the contract', 'telecoms'],
    ['Smith & Co Estate Agents', 'holding deposit', 'property'],
    ['Agence Immobilière du Parc', 'dépôt de garantie', 'property'],
    ['Agence Immo Flandres', 'depot de garantie', 'property'],
    ['Appart Gestion Immobilier', 'dépôt de garantie appartement', 'property'],
    ['Hausverwaltung Meier GmbH', 'Mietkaution', 'property'],
    ['Harbour Properties', 'the deposit for the flat I rented', 'property'],
    ['smile dental care', 'crown on lower molar; I rang the phone line twice', 'health'],
    ['Northside Physiotherapy Clinic', 'six sessions', 'health'],
    ['Cabinet dentaire Moreau', 'couronne', 'health'],
    ['Zahnarztpraxis Dr. Weber', 'Krone', 'health'],
    ['Clínica Dental Sonrisa', 'implante', 'health'],
  ] as const)('%s (%s) is %s', (company, about, sector) => {
    expect(sectorFromName(company, about)).toBe(sector);
  });

  it.each([
    ['Cool Air Services', 'air conditioning service'],
    ['Air Comfort Heating', 'a new boiler'],
    ['SunPower Solar Energy Ltd', 'installation of 12 solar panels'],
    ['Energy Fitness', 'gym membership'],
    ['Riverside Cleaners', 'deep clean of a flat'],
    ['Redrow Homes', 'reservation deposit on a new-build house'],
    ['Mobile Car Valeting', 'full valet, the contract price'],
    ['Glow Beauty Clinic', 'laser hair removal course'],
    ['The Phone Surgery', 'screen replacement'],
    ['Oakwood Animal Hospital', 'dental cleaning for my dog'],
    ['Dental Supplies Direct', 'an electric toothbrush'],
  ])('%s (%s) shows no sector', (company, about) => {
    expect(sectorFromName(company, about)).toBeUndefined();
  });
});

describe('the kind of purchase an item names', () => {
  const kindIn = (country: string, item: string) => {
    const r = resolveCase(
      caseSchema.parse({
        sender: { name: 'A B', country },
        recipient: { company: 'X Ltd' },
        purchase: { item, amount: 100 },
        story: { circumstances: 'x', expectations: 'y', outcome: 'z' },
        request: { remedy: 'refund' },
        letter: { date: '2026-11-20' },
      }),
    );
    if (!r.ok) throw new Error('not ok');
    return r.value.purchase.kind;
  };
  const kindOf = (item: string) => kindIn('GB', item);
  it.each([
    ['boiler service', 'service'],
    ['screen replacement (iPhone 13)', 'service'],
    ['deep cleaning of three rooms', 'service'],
    ['Dental treatment', 'service'],
    ['driving lessons, 10 hours', 'service'],
    ['deposit for apartment 12', 'deposit'],
    ['heat pump install - Mitsubishi 7kW', 'service'],
    ['bathroom reno - tiles, vanity, new shower', 'service'],
    ['engine overhaul', 'service'],
    ['2 night wedding anniversary package, sea view room', 'booking'],
    ['return flights SYD to BNE for 2 adults', 'booking'],
    ['hotel stay in Galway', 'booking'],
    ['tickets for the Coldplay concert', 'booking'],
    ['7-night cruise', 'booking'],
  ])('%s is a %s', (item, kind) => expect(kindOf(item)).toBe(kind));

  it.each([
    ['GB', 'teeth whitening course', 'service'],
    ['GB', 'yoga classes (10)', 'service'],
    ['FR', 'remplacement du chauffe-eau', 'service'],
    ["FR", "l'installation de la cuisine", 'service'],
    ['FR', 'Cours de conduite', 'service'],
    ['FR', 'vol Paris-Nice aller-retour', 'booking'],
    ['FR', 'séjour à Biarritz', 'booking'],
    ['DE', 'Heizungsreparatur', 'service'],
    ['DE', 'Reparatur der Waschmaschine', 'service'],
    ['DE', 'die Badsanierung', 'service'],
    ['DE', 'Rückflug Palma–München', 'booking'],
    ['DE', 'Pauschalreise nach Kreta', 'booking'],
    ['ES', 'vuelo Madrid-Tenerife', 'booking'],
    ['ES', 'la reparación del embrague', 'service'],
    ['ES', 'reforma del baño', 'service'],
    ['ES', 'estancia de tres noches', 'booking'],
    ['FR', 'abonnement box fibre', 'subscription'],
    ['DE', 'Fitnessstudio-Vertrag', 'subscription'],
    ['ES', 'cuota del gimnasio', 'subscription'],
  ])('%s: %s is a %s', (country, item, kind) => expect(kindIn(country, item)).toBe(kind));
  it.each([
    ['FR', 'pièce de remplacement pour lave-linge'],
    ['FR', 'lave-linge Bosch'],
    ['DE', 'Waschmaschine'],
    ['DE', 'Speicherkarten'],
    ['DE', 'Badezimmerschrank'],
    ['ES', 'lavadora Balay'],
    ['ES', 'pintura para exteriores'],
    ['GB', 'business class upgrade voucher'],
  ])('%s: %s: not said', (country, item) => expect(kindIn(country, item)).toBeUndefined());

  it.each([
    ['gym membership', 'subscription'],
    ['boiler service plan', 'subscription'],
    ['streaming subscription', 'subscription'],
  ])('%s is a %s, paid again and again', (item, kind) => expect(kindOf(item)).toBe(kind));

  it.each(['repair kit for a bike', 'cleaning products', 'a sofa', 'moving boxes', 'install kit for a shower', 'reno supplies', 'flight case for a mixer', 'night light', 'hotel chocolat hamper'])('%s: not said', (item) => expect(kindOf(item)).toBeUndefined());
});

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Writes a case file of these lines and drafts its letter with the built CLI. */
function draftLines(name: string, lines: string[]) {
  const file = tmp.path(name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return redress(['draft', '--from', file]);
}

const FLIGHT = [
  'sender: {name: Aoife Byrne, email: aoife@example.ie, country: IE}',
  'recipient: {company: Emerald Airways}',
  'purchase: {item: return flights Dublin to Lisbon, date: 2026-07-10, reference: EMX7QK, amount: 486.40, currency: EUR}',
  'story:',
  '  circumstances: Our outbound flight on 10 July was cancelled at the gate.',
  '  expectations: fly to Lisbon on 10 July as booked',
  '  outcome: flight cancelled, no rebooking offered',
  'request: {remedy: refund}',
  'letter: {date: 2026-08-01}',
];

describe('redress draft with a business named as an airline', () => {
  it('cites the rule for a cancelled flight and says what it assumed', () => {
    const r = draftLines('flight.yaml', FLIGHT);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Note: I took Emerald Airways to be an airline, from its name');
    expect(r.stdout).toContain('I understand that under Regulation (EC) No 261/2004, when a flight is cancelled');
    // Told it is not an airline, the letter does not cite the rule.
    const told = draftLines('travel.yaml', FLIGHT.map((line) => line.replace('{company: Emerald Airways}', '{company: Emerald Airways, sector: travel}')));
    expect(told.stderr).not.toContain('to be an airline');
    expect(told.stdout).not.toContain('261/2004');
  });
});

describe('redress draft with an item named as a deposit', () => {
  it('writes a deposit letter and says what it assumed', () => {
    const r = draftLines('deposit.yaml', [
      'sender: {name: Siobhán Kelly, email: sk@example.ie, country: IE}',
      'recipient: {company: Nore Valley Lettings}',
      'purchase: {item: deposit for apartment 12, date: 2025-09-01, amount: 1450, currency: EUR}',
      'story: {circumstances: I left the apartment clean., expectations: my deposit back in full, outcome: they kept €600 without receipts}',
      'request: {remedy: partial-refund, amount: 600}',
      'letter: {date: 2026-10-01}',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Note: I took what you paid to be a deposit, from "deposit for apartment 12"');
    expect(r.stdout).toContain('Please return €600.00 of my €1,450.00 deposit.');
  });
});

const DEPOSIT = [
  'sender: {name: Amy Clarke, email: amy@example.com, country: GB, address: "12 Hill Road, Leeds LS6 2AB"}',
  'recipient: {company: Graham Wilson}',
  'purchase: {item: deposit for 12 hill road, amount: 950, date: 2025-09-01}',
  'story:',
  '  circumstances: I rented the flat from sept 2025 and moved out on 31 august.',
  '  expectations: the full deposit back',
  '  outcome: you kept £450 for cleaning',
  'request: {remedy: partial-refund, amount: 450, reason: the deductions are not justified}',
  'letter: {date: 2026-11-20, stage: final, previous: [2026-10-01]}',
];

describe('a deposit for a flat in French, German or Spanish', () => {
  it('is a rented home\'s', () => {
    expect(tenancyWords("dépôt de garantie de l'appartement 5 rue nationale")).toBe('appartement');
    expect(tenancyWords('Kaution für die Wohnung in der Lindenstraße')).toBe('Wohnung');
    expect(tenancyWords('fianza del piso de la calle Mayor')).toBe('piso');
    expect(tenancyWords("etat des lieux de sortie identique")).toBe('etat des lieux');
  });
});

describe('redress draft for a deposit on a rented home', () => {
  it('takes the landlord to be one, says so, and names the deposit scheme', () => {
    const r = draftLines('deposit.yaml', DEPOSIT);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Note: I took Graham Wilson to be your landlord or letting agent, as you wrote of a deposit and "rented"');
    expect(r.stdout).toContain('tenancy deposit protection scheme');
  });
});


describe('redress draft to a dental practice', () => {
  it('writes as its patient and says what it took the practice to be', () => {
    const r = draftLines('dentist.yaml', [
      'sender: {name: Jo Bloggs, email: jo@example.com, country: GB, customerSince: "2019", customerId: "44821"}',
      'recipient: {company: smile dental care}',
      'purchase: {item: crown on lower molar, kind: service, amount: 650, date: 2026-09-03}',
      'story: {circumstances: the crown was fitted in september, expectations: a crown that lasts, outcome: it fell out after 3 weeks}',
      'request: {remedy: refund}',
      'letter: {date: 2026-11-20}',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('I have been your patient since 2019.');
    expect(r.stdout).toContain('Patient number: 44821');
    expect(r.stdout).not.toMatch(/customer/i);
    expect(r.stderr).toContain('to be in the health sector');
  });
});
