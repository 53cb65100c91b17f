// What the rights packs put into real letters: the writer's own next steps beside the
// country's, the reason a card dispute gives, the law cited for what went wrong, and the NZ
// tribunal for a rental bond. Each letter is rendered as the writer would get it, and must
// still pass the tone check.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema.js';
import { produceLetter } from '../../src/letter/produce.js';
import { sameRoute } from '../../src/rights/same-route.js';
import { checkTone } from '../../src/tone/index.js';

type Change = (c: Case) => void;

function gbCase(): Case {
  return {
    sender: { name: 'Priya Shah', email: 'priya@example.com', address: '4 Mill Lane, Leeds LS2 7EW', country: 'GB', region: 'England' },
    recipient: { company: 'Northern Boilers Ltd' },
    purchase: { item: 'a boiler service', kind: 'service', date: '2026-09-10', reference: 'NB-2231', amount: 120, currency: 'GBP', paidWith: 'debit-card' },
    story: {
      circumstances: 'I booked a boiler service for 10 September.',
      expectations: 'The engineer would service the boiler and check it for safety.',
      outcome: 'The engineer left after ten minutes and the boiler stopped working the next day.',
    },
    request: { remedy: 'refund' },
    letter: { stage: 'final', date: '2026-11-02', previous: ['2026-09-20', '2026-10-10'] },
  } as Case;
}

function letterFor(base: () => Case, change: Change = () => {}): string {
  const c = base();
  change(c);
  const produced = produceLetter(c, { format: 'text' });
  if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
  const text = produced.output.content;
  expect(checkTone(text).filter((f) => f.severity === 'error')).toEqual([]);
  return text;
}

const gb = (change?: Change) => letterFor(gbCase, change);

describe("the writer's own next steps are added to the country's", () => {
  it("keeps the country's small claim and its letter before claim beside a review the writer adds", () => {
    const letter = gb((c) => {
      c.letter!.nextSteps = ['write a factual public review of my experience'];
    });
    expect(letter).toMatch(/I will:\n- ask my card provider to reverse the payment under the card scheme's chargeback rules\n- start a small claim in the County Court\n- write a factual public review of my experience\n/);
    expect(letter).toMatch(/letter before claim/);
  });

  it('says a route once when the writer names the same one in other words', () => {
    const letter = gb((c) => {
      c.letter!.nextSteps = ['Bring a claim in the small-claims court.', 'dispute the charge with my card issuer'];
    });
    expect(letter).toMatch(/start a small claim in the County Court/);
    expect(letter).not.toMatch(/small-claims court/);
    expect(letter).toMatch(/chargeback rules/);
    expect(letter).not.toMatch(/dispute the charge with my card issuer/);
  });

  it("keeps a different body of the same kind: the writer's own ombudsman is not the Energy Ombudsman", () => {
    const letter = gb((c) => {
      c.recipient.sector = 'energy';
      c.letter!.nextSteps = ['refer my complaint to the Furniture Ombudsman'];
    });
    expect(letter).toMatch(/refer my complaint to the Energy Ombudsman, which I understand I can do 8 weeks/);
    expect(letter).toMatch(/refer my complaint to the Furniture Ombudsman/);
  });

  it('states only the writer\'s own steps with countrySteps: leave-out', () => {
    const letter = gb((c) => {
      c.letter!.nextSteps = ['write a factual public review of my experience'];
      c.letter!.countrySteps = 'leave-out';
    });
    expect(letter).toMatch(/I will write a factual public review of my experience\./);
    expect(letter).not.toMatch(/County Court|letter before claim|chargeback/);
  });

  it('French final letter: the médiateur de la consommation stays beside the writer\'s own step', () => {
    const letter = letterFor(() => ({
      sender: { name: 'Claire Martin', address: '12 rue des Lilas, 69003 Lyon', country: 'FR' },
      recipient: { company: 'Cuisines Rhône' },
      purchase: { item: 'un plan de travail', kind: 'goods', date: '2026-09-01', amount: 640, currency: 'EUR' },
      story: { circumstances: 'J\'ai commandé un plan de travail.', expectations: 'Un plan de travail sans défaut.', outcome: 'Le plan de travail est fendu.' },
      request: { remedy: 'refund' },
      letter: { stage: 'final', date: '2026-11-02', previous: ['2026-10-01'], nextSteps: ['saisir le tribunal compétent', 'saisir le médiateur de la consommation'] },
    }) as Case);
    expect(letter).toMatch(/médiateur de la consommation dont relève votre entreprise/);
    expect(letter).toMatch(/saisir le tribunal compétent/);
    expect(letter.match(/médiateur/g)).toHaveLength(1);
  });

  it('compares routes by their kind and their own names, in any of the letter languages', () => {
    expect(sameRoute('take them to small claims court', 'file a claim in Small Claims Court')).toBe(true);
    expect(sameRoute('refer the matter to the ombudsman', 'refer my complaint to the Financial Ombudsman Service')).toBe(true);
    expect(sameRoute('file a complaint with a consumer protection office', "ask my state's consumer protection office for help")).toBe(true);
    expect(sameRoute('die zuständige Schlichtungsstelle anrufen', 'die Universalschlichtungsstelle des Bundes anrufen')).toBe(true);
    // The same section of a law is one route, however the writer puts it.
    expect(sameRoute('claim the deposit back from Tesco Bank under section 75', 'ask my credit card provider to refund me under section 75 of the Consumer Credit Act 1974')).toBe(true);
    expect(sameRoute('claim under section 76', 'ask my credit card provider to refund me under section 75 of the Consumer Credit Act 1974')).toBe(false);
    expect(sameRoute('acudir a la Junta Arbitral de Consumo', 'presentar una hoja de reclamaciones en la OMIC y solicitar un arbitraje ante la Junta Arbitral de Consumo')).toBe(true);
    expect(sameRoute('apply to the Tenancy Tribunal', 'make a claim to the Disputes Tribunal')).toBe(false);
    expect(sameRoute('write a factual public review', 'start a small claim in the County Court')).toBe(false);
    expect(sameRoute('contact my MP', 'ask NSW Fair Trading to help resolve the complaint')).toBe(false);
    expect(sameRoute('file a complaint with the Texas Attorney General Consumer Protection Division', "file a consumer complaint with the Texas Attorney General's Consumer Protection Division")).toBe(true);
    expect(sameRoute('file a complaint with the Texas Attorney General', "file a consumer complaint with the Florida Attorney General's office")).toBe(false);
    // A body named only by its letters, which the pack's step gives after its full name.
    expect(sameRoute('complain to the CCTS', 'refer my complaint to the Commission for Complaints for Telecom-television Services (CCTS)')).toBe(true);
    expect(sameRoute('complain to the CCTS', 'file a consumer complaint with the Government of Ontario')).toBe(false);
    expect(sameRoute('tell my friends', 'refer my complaint to the Commission for Complaints for Telecom-television Services (CCTS)')).toBe(false);
    expect(sameRoute('escalate', 'file a claim in Small Claims Court')).toBe(false);
    // ... or by its initials.
    expect(sameRoute('apply to the RTB for dispute resolution', 'refer the dispute to the Residential Tenancies Board')).toBe(true);
    expect(sameRoute('apply to the RTB', 'make a claim to the Disputes Tribunal')).toBe(false);
  });

  it('does not promise to send, as a next step, the notice the letter itself is', () => {
    const letter = letterFor(() => ({
      sender: { name: 'Rachel Goldberg', email: 'r@example.com', address: '77 Beacon St, Boston, MA 02108', country: 'US' },
      recipient: { company: 'Back Bay Wellness Clinic' },
      purchase: { item: 'a package of six physiotherapy sessions', kind: 'service', date: '2026-08-01', amount: 900, currency: 'USD' },
      story: { circumstances: 'I paid for six sessions.', expectations: 'six sessions', outcome: 'The clinic closed after two.' },
      request: { remedy: 'refund' },
      letter: { stage: 'final', date: '2026-11-02', previous: ['2026-10-01'], nextSteps: ['send a demand letter under chapter 93A', 'file a claim in court'] },
    }) as Case);
    expect(letter).toMatch(/This letter is my 30-day demand letter/);
    expect(letter).not.toMatch(/- send a demand letter/);
    expect(letter.match(/file a claim in court/g)).toHaveLength(1);
  });
});

describe('a UK insurer', () => {
  it('is taken to the Financial Ombudsman Service', () => {
    const letter = gb((c) => {
      c.recipient = { ...c.recipient, company: 'Harbour Home Insurance', sector: 'insurance' };
      c.letter = { ...c.letter!, stage: 'final', previous: ['2026-09-01'] };
    });
    expect(letter).toContain('refer my complaint to the Financial Ombudsman Service');
  });
});

describe('an Irish broadband provider', () => {
  it('is taken to ComReg, before the Small Claims procedure', () => {
    const letter = letterFor(() => ({
      sender: { name: 'Aoife Byrne', email: 'aoife@example.com', address: '12 Main St, Cork T12 X2Y3', country: 'IE' },
      recipient: { company: 'Vela Broadband', sector: 'telecoms' },
      purchase: { item: 'home broadband', kind: 'subscription', period: 'month', date: '2025-03-01', amount: 55, currency: 'EUR' },
      story: { circumstances: 'I cancelled my contract in June.', expectations: 'no more payments', outcome: 'You took €55 in July and August.', problem: 'charged-after-cancelling' },
      request: { remedy: 'refund', amount: 110 },
      letter: { stage: 'final', date: '2026-11-02', previous: ['2026-10-01'] },
    }) as Case);
    expect(letter).toContain('ask ComReg, the communications regulator, to take up my complaint');
  });
});

describe('a US airline', () => {
  it('is taken to the Department of Transportation, not to a state consumer office', () => {
    const letter = letterFor(() => ({
      sender: { name: 'Dana Ruiz', email: 'dana@example.com', address: '500 Congress Ave, Austin, TX 78701', country: 'US' },
      recipient: { company: 'Lone Star Air', sector: 'airline' },
      purchase: { item: 'a return flight Austin to Denver', kind: 'booking', date: '2026-09-20', amount: 412, currency: 'USD' },
      story: { circumstances: 'My bag did not arrive in Denver.', expectations: 'my bag on the carousel', outcome: 'The bag was lost.' },
      request: { remedy: 'compensation', costs: [{ what: 'clothes and toiletries', amount: 230 }] },
      letter: { stage: 'final', date: '2026-11-02', previous: ['2026-10-01'] },
    }) as Case);
    expect(letter).toContain("Department of Transportation's Office of Aviation Consumer Protection");
    expect(letter).not.toContain("state's consumer protection office");
  });
});

describe("a rented home's deposit, at the final letter", () => {
  const deposit = (country: string, region?: string) =>
    letterFor(() => ({
      sender: { name: 'Alex Reid', email: 'alex@example.com', country, ...(region && { region }) },
      recipient: { company: 'Northside Lettings', sector: 'property' },
      purchase: { item: 'the deposit for 4 Elm Court', kind: 'deposit', date: '2025-08-01', amount: 950 },
      story: { circumstances: 'I moved out on 31 August and left the flat clean.', expectations: 'my deposit back in full', outcome: 'You kept 400 for cleaning.', problem: 'deposit-not-returned' },
      request: { remedy: 'refund', amount: 400 },
      letter: { stage: 'final', date: '2026-11-16', previous: ['2026-10-01'] },
    }) as Case);

  it('goes to the body for tenancies, not to small claims or a consumer office', () => {
    const ireland = deposit('IE');
    expect(ireland).toContain('Residential Tenancies Board');
    expect(ireland).not.toContain('Small Claims');
    const scotland = deposit('GB', 'Scotland');
    expect(scotland).toContain('First-tier Tribunal for Scotland (Housing and Property Chamber)');
    expect(scotland).not.toContain('Simple Procedure');
    const britishColumbia = deposit('CA', 'BC');
    expect(britishColumbia).toContain('Residential Tenancy Branch');
    expect(britishColumbia).not.toMatch(/Consumer Protection BC|Civil Resolution Tribunal|consumer affairs office/);
  });
});

describe('a UK airline', () => {
  it("is taken to its ADR provider, or else to the CAA's Passenger Advice and Complaints Team", () => {
    const letter = letterFor(() => ({
      sender: { name: 'Sam Lee', email: 'sam@example.com', country: 'GB' },
      recipient: { company: 'Skyline Airways', sector: 'airline' },
      purchase: { item: 'return flights London to Nice', kind: 'booking', date: '2026-07-01', amount: 486.4, paidWith: 'debit-card' },
      story: { circumstances: 'Our flight on 1 August was cancelled at the gate.', expectations: 'a refund within seven days', outcome: 'No refund has been paid.' },
      request: { remedy: 'refund' },
      letter: { stage: 'final', date: '2026-11-16', previous: ['2026-10-01'] },
    }) as Case);
    expect(letter).toContain("refer my complaint to the alternative dispute resolution provider you are signed up to, or, if there is none, to the Civil Aviation Authority's Passenger Advice and Complaints Team");
  });
});

describe('an airline, for a German or Spanish writer', () => {
  const flight = (country: 'DE' | 'ES') =>
    letterFor(() => ({
      sender: { name: country === 'DE' ? 'Jana Weber' : 'Lucía Gómez', email: 'writer@example.org', country },
      recipient: { company: 'Skyline Airways', sector: 'airline' },
      purchase: { item: country === 'DE' ? 'Flug Köln–Palma' : 'vuelo Barcelona–Roma', kind: 'booking', date: '2026-07-01', amount: 180 },
      story: country === 'DE' ? { circumstances: 'Mein Flug wurde annulliert.', expectations: 'Erstattung', outcome: 'keine Erstattung' } : { circumstances: 'Mi vuelo fue cancelado.', expectations: 'el reembolso', outcome: 'no he recibido el reembolso' },
      request: { remedy: 'refund' },
      letter: { stage: 'final', date: '2026-11-16', previous: ['2026-10-01'] },
    }) as Case);

  it('goes to the söp or to AESA, not to the general bodies', () => {
    const de = flight('DE');
    expect(de).toContain('Schlichtungsstelle Reise & Verkehr (früher söp) oder, falls Sie ihr nicht angeschlossen sind, die Schlichtungsstelle Luftverkehr');
    expect(de).not.toContain('Universalschlichtungsstelle');
    const es = flight('ES');
    expect(es).toContain('Agencia Estatal de Seguridad Aérea (AESA)');
    expect(es).not.toMatch(/OMIC|hoja de reclamaciones/);
  });
});

describe('a Canadian airline', () => {
  it('is taken to the Canadian Transportation Agency, not to a provincial consumer office', () => {
    const letter = letterFor(() => ({
      sender: { name: 'Priya Shah', email: 'priya@example.ca', country: 'CA', region: 'BC' },
      recipient: { company: 'Maple Air', sector: 'airline' },
      purchase: { item: 'return flights Vancouver to Toronto', kind: 'booking', date: '2026-09-20', amount: 612.4 },
      story: { circumstances: 'My flight was cancelled the night before.', expectations: 'a refund within 30 days', outcome: 'I was offered only a travel credit.' },
      request: { remedy: 'refund' },
      letter: { stage: 'final', date: '2026-11-16', previous: ['2026-10-01'] },
    }) as Case);
    expect(letter).toContain('ask the Canadian Transportation Agency to review my complaint');
    expect(letter).not.toMatch(/Consumer Protection BC|consumer affairs office/);
  });
});

describe('a card dispute gives the reason the case gives', () => {
  const gymCase = (): Case =>
    ({
      sender: { name: 'Tom Reilly', email: 'tom@example.com', country: 'IE' },
      recipient: { company: 'PowerHouse Gym' },
      purchase: { item: 'a gym membership', kind: 'subscription', date: '2026-01-05', amount: 45, period: 'month', currency: 'EUR', paidWith: 'credit-card' },
      story: {
        circumstances: 'I cancelled my membership in writing on 30 June.',
        expectations: 'No more payments after June.',
        outcome: 'You took €45 on 1 August and again on 1 September.',
        problem: 'charged-after-cancelling',
      },
      card: { issuer: 'Harbour Bank Visa', last4: '4821' },
      request: { remedy: 'refund', amount: 90 },
      letter: { stage: 'card-dispute', date: '2026-09-20', previous: ['2026-09-05'] },
    }) as Case;

  it('a payment taken after cancelling is said to be that, never "did not provide what I paid for"', () => {
    const letter = letterFor(gymCase);
    // Two monthly payments of €45: said of both.
    expect(letter).toMatch(/raise a chargeback for these payments .* because the merchant took these payments after I had cancelled, and has not refunded them\./);
    expect(letter).not.toMatch(/did not provide|not delivered/);
  });

  it('an overcharge (paid more than the agreed price) is said to be that, even when the case does not name the problem', () => {
    const letter = letterFor(gymCase, (c) => {
      delete c.story.problem;
      c.purchase = { item: 'a car service', kind: 'service', date: '2026-08-01', amount: 480, price: 350, currency: 'EUR', paidWith: 'debit-card' };
      c.request = { remedy: 'partial-refund', amount: 130, reason: 'the difference between the quote and the bill' };
    });
    expect(letter).toMatch(/because the merchant charged me more than the agreed price, and has not refunded the difference\./);
  });

  it('goods that never came are said not to have been provided; an unknown problem gets no made-up reason', () => {
    const notProvided = letterFor(gymCase, (c) => {
      c.story.problem = 'not-provided';
      c.purchase = { item: 'a garden bench', kind: 'goods', date: '2026-08-01', amount: 210, currency: 'EUR', paidWith: 'credit-card' };
      c.request = { remedy: 'refund' };
    });
    expect(notProvided).toMatch(/because the merchant did not provide what I paid for, and has not refunded me\./);
    const unknown = letterFor(gymCase, (c) => {
      delete c.story.problem;
      c.story.circumstances = 'I joined in January for the pool.';
      c.story.outcome = 'The pool was closed for two months.';
    });
    expect(unknown).toMatch(/because the merchant has not put right the problem I set out below\./);
    expect(unknown).not.toMatch(/did not provide|after I had cancelled/);
    // Not named, but told: cancelled in writing, then charged twice.
    const told = letterFor(gymCase, (c) => {
      delete c.story.problem;
    });
    expect(told).toMatch(/after I had cancelled/);
  });

  it('French, German and Spanish card disputes (no card route in their packs) give the same true reason', () => {
    const abroad = (country: string, currency: string, problem?: Case['story']['problem']) =>
      letterFor(gymCase, (c) => {
        c.sender.country = country;
        c.purchase.currency = currency;
        if (problem) c.story.problem = problem;
        else delete c.story.problem;
      });
    expect(abroad('FR', 'EUR', 'charged-after-cancelling')).toMatch(/PowerHouse Gym a prélevé ce paiement après ma résiliation et ne me l'a pas remboursé\./);
    expect(abroad('DE', 'EUR', 'charged-after-cancelling')).toMatch(/PowerHouse Gym hat diese Zahlung nach meiner Kündigung eingezogen und mir nicht erstattet\./);
    expect(abroad('ES', 'EUR', 'charged-after-cancelling')).toMatch(/PowerHouse Gym me cobró este pago después de que me diera de baja y no me lo ha devuelto\./);
    expect(abroad('FR', 'EUR', 'poor-quality')).toMatch(/n'a pas été fourni comme convenu/);
    for (const [country, words] of [['FR', /pas été fourni/], ['DE', /nicht wie vereinbart erbracht/], ['ES', /no se prestó/]] as const) {
      expect(abroad(country, 'EUR')).not.toMatch(words);
    }
  });

  it('US billing-error notice: a charge after cancelling is named as one', () => {
    const letter = letterFor(gymCase, (c) => {
      c.sender.country = 'US';
      c.sender.region = 'IL';
      c.purchase.currency = 'USD';
      c.card!.statementDate = '2026-09-05';
    });
    expect(letter).toMatch(/dispute these charges as a billing error, because they were charged after I had cancelled\. I understand/);
  });
});

describe('the law cited fits what went wrong', () => {
  it('a service done badly cites reasonable care and skill; a charge after cancelling cites nothing beside the point, an overcharge what was agreed', () => {
    const first = (problem?: Case['story']['problem']) =>
      gb((c) => {
        c.letter = { date: '2026-09-20' };
        if (problem) c.story.problem = problem;
      });
    expect(first('poor-quality')).toMatch(/reasonable care and skill/);
    expect(first()).toMatch(/reasonable care and skill/);
    expect(first('charged-after-cancelling')).not.toMatch(/reasonable care and skill|Consumer Rights Act/);
    expect(first('overcharged')).not.toMatch(/reasonable care and skill/);
    expect(first('overcharged')).toMatch(/what a trader says about a service, including its price, is binding/);
  });

  it('goods that never arrived do not cite satisfactory quality; faulty goods do', () => {
    const goods = (problem: Case['story']['problem']) =>
      gb((c) => {
        c.purchase = { item: 'a washing machine', kind: 'goods', date: '2026-09-01', amount: 420, currency: 'GBP' };
        c.story.problem = problem;
        c.letter = { date: '2026-09-20' };
      });
    expect(goods('poor-quality')).toMatch(/satisfactory quality/);
    expect(goods('not-provided')).not.toMatch(/satisfactory quality/);
  });
});

describe('New Zealand: a rental bond goes to the Tenancy Tribunal', () => {
  const bond = (change: Change) =>
    letterFor(
      () =>
        ({
          sender: { name: 'Aroha Ngata', email: 'aroha@example.co.nz', country: 'NZ' },
          recipient: { company: 'Harbourside Lettings' },
          purchase: { item: 'the bond for 14 Kauri Street', kind: 'deposit', date: '2025-03-01', amount: 1800, currency: 'NZD', paidWith: 'bank-transfer' },
          story: { circumstances: 'I moved out on 1 September and left the flat clean.', expectations: 'My bond back within two weeks.', outcome: 'You have not returned it.' },
          request: { remedy: 'refund' },
          letter: { stage: 'final', date: '2026-11-02', previous: ['2026-09-20', '2026-10-10'] },
        }) as Case,
      change,
    );

  it('with kind deposit and sector property: the Tenancy Tribunal, not the Disputes Tribunal', () => {
    const letter = bond((c) => {
      c.recipient.sector = 'property';
    });
    expect(letter).toMatch(/apply to the Tenancy Tribunal/);
    expect(letter).not.toMatch(/Disputes Tribunal/);
  });

  it('without the sector, or for another kind of purchase from a property business: the Disputes Tribunal', () => {
    const unknown = (c: Case) => (c.recipient.company = 'Harbourside Holdings');
    expect(bond(unknown)).toMatch(/make a claim to the Disputes Tribunal/);
    expect(bond(unknown)).not.toMatch(/Tenancy Tribunal/);
    const service = bond((c) => {
      c.recipient.sector = 'property';
      c.purchase.kind = 'service';
      c.purchase.item = 'a property inspection';
    });
    expect(service).toMatch(/make a claim to the Disputes Tribunal/);
    expect(service).not.toMatch(/Tenancy Tribunal/);
  });

  it('a letting agent by its name, or a deposit for a rented home, is taken as property', () => {
    expect(bond(() => {})).toMatch(/apply to the Tenancy Tribunal/);
    const landlord = bond((c) => {
      c.recipient.company = 'Graham Wilson';
      c.story.circumstances = 'I rented the flat from Graham from March 2025 and moved out on 1 September.';
    });
    expect(landlord).toMatch(/apply to the Tenancy Tribunal/);
  });
});

describe('a cancelled flight from Ireland', () => {
  it('cites Regulation (EC) No 261/2004 when the business is an airline', () => {
    const ie = (sector?: 'airline' | 'travel') =>
      letterFor(gbCase, (c) => {
        c.sender = { ...c.sender, address: '14 Mill Street, Mallow, Co. Cork P51 X2Y3', country: 'IE', region: undefined };
        c.recipient = { company: 'Skyline Air', ...(sector && { sector }) };
        c.purchase = { item: 'return flights Dublin–Faro', kind: 'booking', date: '2026-07-02', amount: 289, currency: 'EUR' } as Case['purchase'];
        c.story = { ...c.story, outcome: ['the airline cancelled the flight two days before we were due to fly'], problem: 'not-provided' };
      });
    expect(ie('airline')).toContain('I understand that under Regulation (EC) No 261/2004, when a flight is cancelled the airline must offer me the choice between a refund');
    // Without a sector, the name shows an airline; a travel agent's letter does not cite it.
    expect(ie()).toContain('Regulation (EC) No 261/2004');
    expect(ie('travel')).not.toContain('261/2004');
  });
});

describe('a cancelled flight from the UK', () => {
  it('cites the choice of a refund or a replacement flight, and care while waiting only when re-routing is asked for', () => {
    const gb = (remedy: 'refund' | 'correction', sector?: 'airline' | 'travel') =>
      letterFor(gbCase, (c) => {
        c.recipient = { company: 'Skyline Travel Ltd', ...(sector && { sector }) };
        c.purchase = { item: 'return flights Bristol–Faro', kind: 'booking', date: '2026-07-02', amount: 312, currency: 'GBP' } as Case['purchase'];
        c.story = { ...c.story, outcome: ['the airline cancelled the flight two days before we were due to fly'], problem: 'not-provided' };
        c.request = remedy === 'refund' ? { remedy } : { remedy, correction: 'book me on the next flight to Faro' };
      });
    const refund = gb('refund', 'airline');
    expect(refund).toContain('the airline must offer me the choice between a replacement flight at the earliest opportunity and a refund');
    expect(refund).not.toContain('look after me while I wait');
    expect(gb('correction', 'airline')).toContain('and must look after me while I wait, with a reasonable amount of food and drink');
    expect(gb('refund', 'travel')).not.toContain('UK law on air passenger rights');
  });
});

describe('a court with a limit on claims', () => {
  const irish = (costs: { what: string; amount: number }[]) =>
    letterFor(
      () =>
        ({
          sender: { name: 'Aoife Byrne', email: 'aoife@example.ie', country: 'IE' },
          recipient: { company: 'Emerald Holidays' },
          purchase: { item: 'a week in a holiday cottage', kind: 'booking', date: '2026-07-10', amount: 1800, currency: 'EUR' },
          story: { circumstances: 'The cottage was double-booked on arrival.', expectations: 'the cottage we booked', outcome: 'no cottage' },
          request: { remedy: 'refund', costs },
          letter: { stage: 'final', date: '2026-11-02', previous: ['2026-09-20'] },
        }) as Case,
    );

  it('is named only when the whole claim, costs included, is within it', () => {
    expect(irish([{ what: 'a hotel night', amount: 150 }])).toContain('Small Claims procedure');
    expect(irish([{ what: 'three hotel nights', amount: 450 }])).not.toContain('Small Claims procedure');
  });
});

describe('England and Wales above the small claims limit', () => {
  it('names a claim in the County Court, not a small claim, for a claim over £10,000', () => {
    const large = gb((c) => {
      c.purchase.amount = 48000;
      c.request = { remedy: 'partial-refund', amount: 25000, reason: 'the roof must be redone' } as Case['request'];
    });
    expect(large).toContain('- issue a claim in the County Court');
    expect(large).not.toContain('small claim');
    expect(large).toContain('letter before claim');
    expect(gb()).toContain('start a small claim in the County Court');
  });
});
