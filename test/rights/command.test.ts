// `redress rights`, run as a user would: the built CLI, with and without a folder of one's
// own packs.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-rights-');
afterAll(() => tmp.cleanup());
let n = 0;
const folder = (files: Record<string, string>) => {
  const dir = tmp.path(`rights-${++n}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .*:\d+|node:internal|TypeError|ReferenceError|ZodError/);

describe('redress rights', () => {
  it('with no country, lists the countries with packs', () => {
    const r = redress(['rights']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const line of ['GB  United Kingdom', 'IE  Ireland', 'US  United States', 'CA  Canada', 'AU  Australia', 'NZ  New Zealand']) expect(r.stdout).toContain(line);
    expect(r.stdout).toContain('not legal advice');
    const json = JSON.parse(redress(['rights', '--json']).stdout) as { countries: { code: string }[] };
    expect(json.countries.map((c) => c.code)).toEqual(['AU', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'NZ', 'US']);
  });

  it('says every condition of an entry, and shows next steps in the letter\'s own language', () => {
    for (const country of ['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'FR', 'DE', 'ES']) {
      const r = redress(['rights', country]);
      expect(r.code, country).toBe(0);
      // A condition the listing cannot name would leave a gap: "not when , or when …".
      expect(r.stdout, country).not.toMatch(/when (?:[,;]|$)|; ;|— ;/m);
    }
    const gb = redress(['rights', 'GB']).stdout;
    expect(gb).toMatch(/gb-cra-services-price — .*not when a price was agreed/);
    expect(gb).toMatch(/gb-cra-goods-short-term-reject — .*the problem raised within 30 days of buying/);
    expect(redress(['rights', 'CA', 'Ontario']).stdout).toMatch(/ca-on-cpa-estimate — .*charged more than 10% above the price agreed/);
    const de = redress(['rights', 'DE']).stdout;
    expect(de).toContain('Next steps (after "Sollte ich bis dahin keine zufriedenstellende Antwort erhalten, werde ich …")');
    expect(de).toMatch(/^ {4}… die Universalschlichtungsstelle des Bundes anrufen\.$/m);
    expect(de).toMatch(/de-universalschlichtungsstelle — .*the business is a private landlord/);
    expect(de).not.toMatch(/I will (?:die|meine|den)/);
    expect(redress(['rights', 'FR']).stdout).not.toMatch(/I will (?:saisir|demander)/);
    expect(redress(['rights', 'ES']).stdout).not.toMatch(/I will (?:solicitar|acudir|presentar)/);
  });

  it('prints a pack with every source and checked date, for one region', () => {
    const r = redress(['rights', 'UK', 'Scotland']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^United Kingdom \(GB\) — Scotland$/m);
    expect(r.stdout).toContain('Consumer Rights Act 2015');
    expect(r.stdout).toContain('I will make a claim under Simple Procedure in the sheriff court.');
    expect(r.stdout).not.toContain('County Court');
    expect(r.stdout).toContain('Section 75 claim');
    const entries = r.stdout.match(/^ {2}\S+.* — /gm)!.length;
    expect(r.stdout.match(/^ {4}Source: https:\/\/\S+ \(checked \d{4}-\d{2}-\d{2}\)$/gm)!.length).toBe(entries);
  });

  it('prints JSON with --json', () => {
    const r = redress(['rights', 'us', 'MA', '--json']);
    expect(r.code).toBe(0);
    const pack = JSON.parse(r.stdout) as { country: string; region: string; nextSteps: { id: string }[]; cardRoutes: { id: string; terminalNote: string }[] };
    expect(pack.country).toBe('US');
    expect(pack.region).toBe('US-MA');
    expect(pack.nextSteps.map((s) => s.id)).toContain('us-ma-93a-demand');
    expect(pack.nextSteps.map((s) => s.id)).not.toContain('us-ca-clra-notice');
    expect(pack.cardRoutes[0]!.terminalNote).toContain('60 days');
  });

  it('says what it does not know, with the closest known name, and exits 2', () => {
    const country = redress(['rights', 'Austrlia']);
    expect(country.code).toBe(2);
    expect(country.stdout).toBe('');
    expect(country.stderr).toContain('"Austrlia" is not a country redress knows (did you mean "Australia"?)');
    expect(country.stderr).toContain('redress rights');
    const region = redress(['rights', 'GB', 'Scotlnd']);
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('did you mean "Scotland"?');
    const none = redress(['rights', 'Italy']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no rights pack for Italy');
    expect(none.stderr).toContain('README');
    for (const r of [country, region, none]) noStack(r.stderr);
  });

  it('takes entries from a folder of your own that add to or replace the built-in ones', () => {
    const dir = folder({
      'GB.json': JSON.stringify({
        nextSteps: [
          { id: 'gb-sct-simple-procedure', regions: ['GB-SCT'], group: 'court', text: 'make a claim under the simple procedure at my local sheriff court', source: 'https://www.scotcourts.gov.uk/taking-action/simple-procedure', checked: '2026-11-30' },
        ],
      }),
      'NZ.yaml': 'rights:\n  - id: nz-my-own\n    text: I understand that under the Fair Trading Act 1986 a business must not mislead me.\n    law: Fair Trading Act 1986\n    source: https://www.consumerprotection.govt.nz/\n    checked: 2026-11-01\n',
    });
    const gb = redress(['rights', 'GB', 'SCT', '--rights', dir]);
    expect(gb.code).toBe(0);
    expect(gb.stdout).toContain('gb-sct-simple-procedure (your own)');
    expect(gb.stdout).toContain('at my local sheriff court');
    expect(gb.stdout.match(/gb-sct-simple-procedure/g)!.length).toBe(1);
    const nz = redress(['rights', 'NZ', '--json'], { env: { REDRESS_RIGHTS: dir } });
    expect(nz.code).toBe(0);
    const pack = JSON.parse(nz.stdout) as { rights: { id: string }[]; yourOwn: string[] };
    // The built-in entries first, then the writer's own after them.
    expect(pack.rights.map((r) => r.id).at(-1)).toBe('nz-my-own');
    expect(pack.rights.map((r) => r.id)).toEqual(expect.arrayContaining(['nz-cga-services', 'nz-cga-goods']));
    expect(pack.yourOwn).toEqual(['nz-my-own']);
  });

  it('names the file and the field of a bad pack of your own, and exits 2', () => {
    const dir = folder({ 'GB.json': JSON.stringify({ rights: [{ id: 'gb-mine', text: 'I understand that under some law it is so.', law: 'Some law', checked: '2026-11-01' }] }) });
    const r = redress(['rights', 'GB', '--rights', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, 'GB.json'));
    expect(r.stderr).toContain('rights[0] (id "gb-mine").source');
    expect(r.stderr).toContain('Fix that field');
    noStack(r.stderr);
    const broken = redress(['rights', 'GB', '--rights', folder({ 'GB.json': '{ not json' })]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('could not be read');
    noStack(broken.stderr);
    const missing = redress(['rights', 'GB', '--rights', tmp.path('nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });

  it('is listed in redress --help', () => {
    expect(redress(['--help']).stdout).toMatch(/^ {2}rights \[options\] \[country\] \[region\]/m);
  });
});
