// A writer in Quebec writes in French or in English: the answers say which, the address says
// Canada (and the town of the place line), and the money is written as Quebec writes it.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-quebec-');
afterAll(() => tmp.cleanup());

const CASE = (sender: string) => `sender:
  name: Mélanie Tremblay
  email: m.tremblay@example.ca
${sender}recipient:
  company: Vidéotron
purchase:
  item: forfait Internet 400 Mbit/s
  kind: subscription
  period: month
  amount: 85
  currency: CAD
  date: 2026-03-01
story:
  circumstances: J'ai résilié mon abonnement par téléphone le 31 août.
  expectations: plus aucun prélèvement après le mois d'août
  outcome: on m'a encore prélevé 85 $ en septembre et en octobre
request:
  remedy: refund
  amount: 170
letter:
  date: 2026-11-10
`;

function draft(text: string, name: string) {
  const file = tmp.path(name);
  writeFileSync(file, text);
  return redress(['draft', '--from', file, '--format', 'text']);
}

describe('a letter from Quebec', () => {
  it('with answers in French and an address in Montréal is a French letter from Montréal, Canada', () => {
    const r = draft(CASE('  address: 1200 rue Sherbrooke Est, Montréal QC H2L 1M1\n'), 'address.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Vidéotron\n\nMontréal, le 10 novembre 2026\n/);
    expect(r.stdout).toMatch(/me rembourser 170,00\s\$\./);
    expect(r.stdout).not.toContain('$CA');
    expect(r.stdout).not.toContain('rue Sherbrooke Est, le');
    expect(r.stderr).toContain('I took you to live in Quebec, Canada');
  });

  it('with country CA and answers in French is written in French, as Quebec writes', () => {
    const r = draft(CASE('  country: CA\n  region: QC\n'), 'country.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Madame, Monsieur,');
    expect(r.stdout).toMatch(/170,00\s\$/);
    expect(r.stdout).not.toMatch(/Dear|Sincerely/);
  });

  it('elsewhere in Canada, a case file is written in English', () => {
    const r = draft(CASE('  country: CA\n  region: ON\n'), 'ontario.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Dear Vidéotron Customer Service,');
  });
});
