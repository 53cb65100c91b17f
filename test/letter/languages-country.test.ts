// A French or German letter whose writer gives an address but no country and no currency: a
// postcode before the town, written as the language's own country writes it ("69004 Lyon",
// "80331 München"), is taken to be that country, and the writer is told so and how to change
// it. Spanish has no such shape (Mexico writes "06600 Ciudad de México"), and a locale or
// currency of another country keeps the writer unplaced.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-lang-country-');
afterAll(() => tmp.cleanup());

let n = 0;
function draft(language: string, address: string, extra = '') {
  const file = tmp.path(`case-${++n}.yaml`);
  writeFileSync(
    file,
    `sender:\n  name: Sam Lee\n  address: "${address}"\nrecipient:\n  company: Garage Central\npurchase:\n  item: vidange\n  kind: service\n  amount: 120\n${extra.includes('currency') ? extra : ''}story:\n  circumstances: La vidange a été faite le 2 octobre.\n  expectations: une vidange complète\n  outcome: le filtre n'a pas été changé\nrequest:\n  remedy: refund\nletter:\n  language: ${language}\n  date: 2026-11-20\n${extra.includes('locale') ? extra : ''}`,
  );
  const r = redress(['draft', '--from', file], { env: { REDRESS_TODAY: '2026-11-20' } });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

describe('a postcode and town with no currency, in a letter of the language', () => {
  it.each([
    ['fr', '27 bd de la Croix-Rousse, 69004 Lyon', 'France', '69004 Lyon'],
    ['fr', '3 rue Victor Hugo, 97200 Fort-de-France', 'France', '97200 Fort-de-France'],
    ['de', 'Lindenstraße 4, 80331 München', 'Germany', '80331 München'],
  ])('%s: "%s" is taken to be %s, and the writer is told it may be wrong', (language, address, where, written) => {
    const r = draft(language, address);
    expect(r.stderr).toContain(`I took you to live in ${where}, from your postcode and town, "${written}", written as in ${where} (some other countries write them so too). If that is wrong, set sender.country`);
    expect(r.stderr).not.toContain('does not say where you live');
  });

  it.each([
    ['fr', '12 boulevard des Moulins, 98000 Monaco', ''],
    ['fr', '27 bd de la Croix-Rousse, 69004 Lyon', '  currency: MAD\n'],
    ['fr', '27 bd de la Croix-Rousse, 69004 Lyon', '  locale: fr-CH\n'],
    ['de', 'Lindenstraße 4, 80331 München', '  locale: de-AT\n'],
    ['es', 'Calle Mayor 12, 28013 Madrid', ''],
  ])('%s: "%s" %s is not placed in the language’s country', (language, address, extra) => {
    const r = draft(language, address, extra);
    expect(r.stderr).not.toContain('I took you to live in');
    expect(r.stderr).toContain('does not say where you live');
  });
});
