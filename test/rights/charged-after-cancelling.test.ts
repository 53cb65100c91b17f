// A membership or subscription the writer cancelled, charged for all the same: the case is
// about the charges, not about how the service was done. Without story.problem, redress reads
// it from the story (English), says so, and cites no law on poor service for it.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-charged-after-');
afterAll(() => tmp.cleanup());
let n = 0;

function draft(yaml: string, stage = 'first') {
  const file = tmp.path(`case-${++n}.yaml`);
  writeFileSync(file, yaml);
  return redress(['draft', '--from', file, '--format', 'text', '--stage', stage], { env: { REDRESS_HOME: tmp.path('home'), REDRESS_TODAY: '2026-11-16' } });
}

const gym = (story: string, purchase = 'kind: subscription, period: month, ') => `sender: {name: Sam Lee, email: sam@example.com, country: GB, region: England}
recipient: {company: Peak Fitness, email: help@peak.example}
purchase: {item: gym membership, ${purchase}amount: 39.99, date: 2026-09-01}
story:
${story}
request: {remedy: refund, amount: 79.98}
letter: {date: 2026-11-16}
`;

describe('charged after cancelling, read from the story', () => {
  it('a membership cancelled in writing and charged twice more: no law on how a service is done, and a note saying why', () => {
    const r = draft(gym('  circumstances: I cancelled my membership in writing on 1 September 2026.\n  expectations: No further charges.\n  outcome: [I was charged again on 1 October, I was charged again on 1 November]'));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('reasonable care and skill');
    expect(r.stderr).toContain('I took it that you were charged after you cancelled ("I was charged again on 1 October")');
    expect(r.stderr).toContain('set story.problem in the case file');
    const final = draft(gym('  circumstances: I cancelled my membership in writing on 1 September 2026.\n  expectations: No further charges.\n  outcome: [I was charged again on 1 October]'), 'final');
    expect(final.stdout).not.toContain('reasonable care and skill');
  });

  it('an Australian membership told in the third person ("they kept debiting me"), its kind taken from its name', () => {
    const r = draft(
      `sender: {name: Tom Nguyen, email: tom@example.com, address: "7/22 Smith St, Fitzroy VIC 3065"}
recipient: {company: FlexiGym Pty Ltd}
purchase: {item: gym membership, amount: 24.95, currency: AUD, date: 2026-06-01}
story:
  circumstances: I cancelled my membership at the front desk on 14 August and was told it was done.
  expectations: no more debits after 14 August
  outcome: [they kept debiting me every fortnight, 6 debits since then]
request: {remedy: refund}
letter: {date: 2026-11-16}
`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('due care and skill');
    expect(r.stderr).toContain('I took it that you were charged after you cancelled ("they kept debiting me every fortnight")');
  });

  it('not when the business cancelled, when nothing was charged, or when the writer named the problem', () => {
    const businessCancelled = draft(gym('  circumstances: They cancelled my induction session twice.\n  expectations: A working gym.\n  outcome: [the showers were broken for six weeks, I was charged as usual]'));
    expect(businessCancelled.stderr).not.toContain('charged after you cancelled');
    expect(businessCancelled.stdout).toContain('reasonable care and skill');
    const noCharge = draft(gym('  circumstances: I cancelled my membership on 1 September.\n  expectations: a confirmation.\n  outcome: [nobody confirmed the cancellation]'));
    expect(noCharge.stderr).not.toContain('charged after you cancelled');
    const named = draft(gym('  circumstances: I cancelled my membership on 1 September.\n  expectations: No further charges.\n  outcome: [I was charged again on 1 October]\n  problem: poor-quality'));
    expect(named.stderr).not.toContain('charged after you cancelled');
    expect(named.stdout).toContain('reasonable care and skill');
  });

  it('not for a charge that made the writer cancel', () => {
    const r = draft(gym('  circumstances: They charged me twice in June, so I cancelled my membership in July.\n  expectations: One payment a month.\n  outcome: [they charged me twice in June]'));
    expect(r.stderr).not.toContain('charged after you cancelled');
  });

  it('not for something bought once', () => {
    const r = draft(gym('  circumstances: I cancelled my order the same day.\n  expectations: No charge.\n  outcome: [I was charged anyway]', 'kind: goods, '));
    expect(r.stderr).not.toContain('charged after you cancelled');
  });
});

describe('charged after cancelling, in French, German and Spanish', () => {
  const fibra = (circumstances: string, outcome: string) => `sender: {name: Lucia Fernandez Ruiz, email: lucia.fr@example.com, address: "C/ Mayor 12, 3B, 28013 Madrid", country: ES}
recipient: {company: FIBRANET TELECOM S.L., email: atencion@fibranet.example}
purchase: {item: contrato de fibra 600Mb, period: month, amount: 39.90, date: 2025-03-01}
story:
  circumstances: ${circumstances}
  expectations: no me cobren nada despues de la baja
  outcome: [${outcome}]
request: {remedy: refund, amount: 79.80}
letter: {date: 2026-11-16}
`;

  it('a Spanish fibre contract cancelled by phone, charged two more months ("me di de baja", "me han cobrado")', () => {
    const r = draft(fibra('el 2 de septiembre llame por telefono y me di de baja, la operadora me dijo q quedaba tramitada', '"me han cobrado octubre y noviembre igual", en la app sigue saliendo la linea activa'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('I took it that you were charged after you cancelled ("me han cobrado octubre y noviembre igual")');
    const cancele = draft(fibra('cancele el contrato por telefono el 2 de septiembre', '"me siguen cobrando 39,90 cada mes"'));
    expect(cancele.stderr).toContain('charged after you cancelled ("me siguen cobrando 39,90 cada mes")');
    // Cancelled by the writer, but nothing charged: not this problem.
    const notCharged = draft(fibra('me di de baja el 2 de septiembre', 'la fibra se cortaba cada noche'));
    expect(notCharged.stderr).not.toContain('charged after you cancelled');
  });

  it('a French gym typed without accents ("jai resilie", "ils m\'ont preleve"): the payments are told in the past', () => {
    const r = draft(`sender: {name: Camille Martin, email: camille.m@example.fr, address: "14 rue des Lilas, 69003 Lyon", country: FR}
recipient: {company: FITLIFE LYON SARL, email: contact@fitlife.example}
purchase: {item: abonnement salle de sport, period: month, amount: 34.90, date: 2025-01-10}
story:
  circumstances: jai resilie mon abonnement par lettre recommandee le 28 aout
  expectations: plus aucun prelevement apres septembre
  outcome: ["ils m'ont preleve 34,90 le 10 octobre et le 10 novembre"]
request: {remedy: refund, amount: 69.80}
letter: {date: 2026-11-16}
`);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('charged after you cancelled ("ils m\'ont preleve 34,90 le 10 octobre et le 10 novembre")');
    expect(r.stdout).toMatch(/J'ai réglé 34,90\s€ par mois à partir du 10 janvier 2025\./);
    expect(r.stdout).not.toContain('Je règle');
  });

  it('a German Fitnessstudio, its kind read from its name ("Mitgliedschaft"), charged by Lastschrift after "gekuendigt"', () => {
    const gym = (outcome: string) => `sender: {name: Jonas Becker, email: j.becker@example.de, address: "Lindenstr. 5, 50674 Köln", country: DE}
recipient: {company: POWERGYM KÖLN GMBH, email: service@powergym.example}
purchase: {item: Mitgliedschaft Fitnessstudio, amount: 29.99, date: 2024-11-01}
story:
  circumstances: ich habe am 15.07. fristgerecht per Einschreiben gekuendigt zum 31.10.
  expectations: keine Abbuchung mehr nach Oktober
  outcome: [${outcome}]
request: {remedy: refund, amount: 29.99}
letter: {date: 2026-11-16}
`;
    const r = draft(gym('"am 1.11. wurde trotzdem per Lastschrift 29,99 eingezogen"'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('charged after you cancelled ("am 1.11. wurde trotzdem per Lastschrift 29,99 eingezogen")');
    expect(draft(gym('die Duschen waren wochenlang kaputt')).stderr).not.toContain('charged after you cancelled');
  });
});
