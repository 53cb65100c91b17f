// A case that does not name its problem is about something not provided when what happened
// says plainly that what was paid for never came; never when what did not come is something
// else (a refund, a reply, a second visit) or came late.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { neverProvided } from '../../src/case/never-provided.js';
import { redress, tempDir } from '../support/cli.js';

describe('what never came', () => {
  it('reads a statement that leaves out what was called off, when what was bought is such a thing', () => {
    expect(neverProvided(['cancelled, rebooked on 12 Aug via London'], 'en', 'return flights Dublin to Lisbon')).toBe('cancelled');
    expect(neverProvided(['cancelled the order myself in March'], 'en', 'a sofa')).toBeUndefined();
  });

  it('reads the circumstances for what the business called off, not for what else did not come', () => {
    expect(neverProvided(['we were stuck for two days'], 'en', 'flights', 'we flew out on 3 Aug, the return flight was cancelled by text')).toBe('the return flight was cancelled by text');
    expect(neverProvided(['we were stuck'], 'en', 'flights', 'I cancelled my membership in March and never got a refund')).toBeUndefined();
  });

  it.each([
    ['en', 'nothing delivered, 3 different delivery dates given and missed'],
    ['en', 'The sofa never arrived'],
    ['en', 'order has not been delivered'],
    ['en', "the crew didn't turn up"],
    ['en', 'Nobody turned up for the appointment'],
    ['en', 'the coaching programme never happened'],
    ['en', 'the course never took place'],
    ['en', "it still hasn't arrived"],
    ['en', 'goods never received'],
    ['en', 'delivery date moved 3 times'],
    ['en', 'Delivery postponed twice, now "early January"'],
    ['en', 'still waiting for it'],
    ['en', 'still no sign of the sofa'],
    ['en', 'nothing has been fitted. the fitting date was moved 3 times'],
    ['en', 'the windows were never installed'],
    ['en', 'the work was not done, nobody turned up on the day'],
    ['en', 'installation date postponed twice, now "early next year"'],
    ['fr', "le canapé n'a jamais été livré"],
    ['fr', "la formation n'a jamais eu lieu"],
    ['de', 'das Sofa wurde nie geliefert'],
    ['de', 'der Handwerker ist nicht erschienen'],
    ['de', 'der Kurs hat nie stattgefunden'],
    ['es', 'el sofá nunca se entregó'],
    ['es', 'nunca llegaron los muebles'],
    ['fr', 'colis jamais reçu'],
    ['fr', 'commande non livrée'],
    ['fr', 'pas de livraison à ce jour'],
    ['de', 'Paket nie erhalten'],
    ['es', 'nunca recibí el pedido'],
    ['fr', 'la livraison a été repoussée trois fois, on me parle maintenant de janvier'],
    ['de', 'der Liefertermin wurde dreimal verschoben'],
    ['es', 'la entrega se ha aplazado tres veces'],
    ['es', 'han retrasado la entrega dos veces'],
    // Called off by the business.
    ['en', 'flight cancelled, no rebooking offered'],
    ['en', 'The course was cancelled two days before it started'],
    ['en', 'they cancelled the concert'],
    ['fr', 'le vol a été annulé'],
    ['de', 'der Flug wurde kurzfristig annulliert'],
    ['es', 'el vuelo fue cancelado'],
    ['es', 'el vuelo se canceló el mismo día sin avisar'],
    ['es', 'nos cancelaron el vuelo de vuelta'],
    ['es', 'el curso se ha cancelado'],
    ['fr', 'la compagnie a annulé notre vol la veille'],
    ['fr', "annulation du vol sans prévenir"],
    ['de', 'Annullierung des Fluges am Vortag'],
  ] as const)('%s: "%s" says it never came', (language, text) => {
    expect(neverProvided([text], language)).toBeDefined();
  });

  it.each([
    ['en', 'the engineer never came back'],
    ['fr', 'remboursement jamais reçu'],
    ['de', 'nie eine Antwort erhalten'],
    ['es', 'nunca recibí respuesta'],
    ['es', 'cancelé mi vuelo y no me devolvieron nada'],
    ['fr', "j'ai annulé mon abonnement en mai"],
    // Ended by the writer: a charge after it is another problem.
    ['en', 'I cancelled my membership in May'],
    ['en', 'membership was cancelled but they kept charging me'],
    ['en', 'I cancelled the booking and asked for my deposit back'],
    ['en', 'refund never received'],
    ['en', 'nothing happened after my complaint'],
    ['en', 'the crew did not arrive until 1 pm'],
    ['en', 'no one called back'],
    ['en', 'they never replied'],
    ['en', 'two of the chairs never arrived'],
    ['en', 'the rest of the order never arrived'],
    ['en', 'they came but left the job half done'],
    ['en', 'the door was not fitted properly'],
    ['en', 'the tiles were not laid level'],
    ['en', 'the work was not done to the standard agreed'],
    ['en', 'the boiler was fitted on 3 May and has not been done right since'],
    ['en', 'my money has not been returned'],
    ['en', 'never heard back'],
    ['en', 'still waiting for a refund'],
    ['en', 'still waiting for the engineer to come back'],
    ['en', 'the delivery slot was moved to the afternoon, then the driver arrived at 6 pm'],
    ['fr', "le remboursement n'est jamais arrivé"],
    ['fr', "le technicien n'est jamais revenu"],
    ['de', 'die Erstattung ist nie angekommen'],
    ['es', 'el reembolso nunca llegó'],
  ] as const)('%s: "%s" does not', (language, text) => {
    expect(neverProvided([text], language)).toBeUndefined();
  });
});

describe('a story where what was paid for came, faulty', () => {
  it.each([
    ['en', 'nobody came', 'kitchen was fitted in september. two doors were damaged on delivery'],
    ['en', 'the engineer never turned up', 'the boiler leaks and the pressure keeps dropping'],
    ['en', 'nobody showed up to fix it', 'the washing machine stopped working after a week'],
    ['fr', "le technicien n'est jamais venu", 'le lave-linge a été livré avec la porte cassée'],
    ['de', 'der Monteur ist nie gekommen', 'die Küche wurde im September eingebaut, zwei Türen sind beschädigt'],
    ['es', 'el técnico nunca vino', 'la lavadora llegó con la puerta rota'],
  ] as const)('%s: "%s" is about the visit to put it right, not the purchase', (language, outcome, circumstances) => {
    expect(neverProvided([outcome], language, '', circumstances)).toBeUndefined();
    expect(neverProvided([outcome], language)).toBeDefined();
  });

  it('does not read a delivery put off and then made as never provided', () => {
    expect(neverProvided(['delivery date moved twice', 'the sofa finally arrived on 3 November, with a torn cushion'], 'en', 'sofa')).toBeUndefined();
    expect(neverProvided(['delivery was rescheduled', 'it arrived three weeks late'], 'en', 'sofa')).toBeUndefined();
  });

  it('still reads a thing never delivered as never provided', () => {
    expect(neverProvided(['the sofa was never delivered'], 'en', 'sofa', 'I paid in full in June')).toBeDefined();
    expect(neverProvided(["it hasn't been delivered yet"], 'en', 'sofa', 'ordered in June')).toBeDefined();
  });
});

describe('a case without story.problem', () => {
  const CASE = (outcome: string, problem = '') => `sender: {name: Siobhán Ó Briain, email: s@example.ie, country: IE}
recipient: {company: Home & Hearth Furniture Ltd}
purchase: {item: oak dining table, kind: goods, amount: 1849, date: 2026-08-12}
story:
  circumstances: I ordered the table online on 12 August.
  expectations: delivery by early October
  outcome: ${outcome}
${problem}request: {remedy: refund}
letter: {date: 2026-11-25}
`;
  const draft = (text: string) => {
    const dir = tempDir();
    try {
      writeFileSync(dir.path('case.yaml'), text);
      return redress(['draft', '--from', dir.path('case.yaml'), '--format', 'text'], { env: { NO_COLOR: '1' } });
    } finally {
      dir.cleanup();
    }
  };

  it('whose goods never came cites no law on faulty goods, and says what it took', () => {
    const r = draft(CASE('the table never arrived'));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/conform/);
    expect(r.stderr).toContain('I took it that what you paid for never came ("the table never arrived")');
    expect(r.stderr).toContain('set story.problem in the case file');
  });

  it('in the UK, whose goods never came, cites the duty to deliver, not the law on faulty goods', () => {
    const uk = (outcome: string) => draft(CASE(outcome).replace('country: IE', 'country: GB').replace('amount: 1849', 'amount: 1849, currency: GBP'));
    for (const outcome of ['[delivery date moved 3 times, "now told early january"]', 'the table never arrived']) {
      const r = uk(outcome);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('I understand that under the Consumer Rights Act 2015 a trader must deliver goods at the time or within the period agreed, or, where none was agreed, without undue delay and within 30 days of the contract.');
      expect(r.stdout).not.toMatch(/satisfactory quality/);
      expect(r.stderr).toContain('Consumer Rights Act 2015, section 28: https://www.legislation.gov.uk/ukpga/2015/15/section/28');
    }
    const faulty = uk('the table arrived with a cracked leg');
    expect(faulty.stdout).toMatch(/satisfactory quality/);
    expect(faulty.stdout).not.toContain('must deliver goods');
  });

  it('that says the goods came faulty, or names its problem, is written as before', () => {
    const faulty = draft(CASE('the table arrived with a cracked leg'));
    expect(faulty.stdout).toMatch(/conform/);
    expect(faulty.stderr).not.toContain('I took it that');
    const named = draft(CASE('the table never arrived', '  problem: poor-quality\n'));
    expect(named.stdout).toMatch(/conform/);
    expect(named.stderr).not.toContain('I took it that');
  });
});
