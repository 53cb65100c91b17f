// A rights pack of one's own (--rights DIR) with mistakes: each is said at its line:column in
// the file, with the field and what to write, as a case file's problems are; nothing is written.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { redress, tempDir } from '../support/cli.js';
import { CARPET_CASE } from '../support/carpet-case.js';

const tmp = tempDir('redress-pack-errors-');
afterAll(() => tmp.cleanup());
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home'), REDRESS_TODAY: '2026-11-16' } });

function pack(name: string, file: string, text: string | Buffer): string {
  const dir = tmp.path(name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${file}`, text);
  return dir;
}

describe('a rights pack of your own with mistakes', () => {
  it('names every problem at its line:column, with the field and a value that would do', () => {
    const dir = pack('yaml', 'GB.yaml', [
      'nextSteps:',
      '  - id: gb-trade-body',
      '    sectorz: [building]',
      '    text: refer my complaint to the trade association',
      '    source: https://www.example.org/complaints',
      '    checked: 2026-11-02',
      '  - id: gb-other',
      '    text: 42',
      '    source: http://example.org',
      '    checked: yesterday',
      '    kinds: [goods, gods]',
      '',
    ].join('\n'));
    const r = run(['rights', 'GB', '--rights', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const file = `${dir}/GB.yaml`;
    expect(r.stderr).toContain(`Your rights pack ${file} has 5 problems:`);
    expect(r.stderr).toContain(`${file}:3:5 nextSteps[0] (id "gb-trade-body"): has a field redress does not know: sectorz (check the spelling, or remove it); did you mean "sectors"?`);
    expect(r.stderr).toContain(`${file}:8:11 nextSteps[1] (id "gb-other").text: expected text, got 42`);
    expect(r.stderr).toContain(`${file}:9:13 nextSteps[1] (id "gb-other").source: must be the https:// address`);
    expect(r.stderr).toContain(`${file}:10:14 nextSteps[1] (id "gb-other").checked: must be the date the source was checked, written YYYY-MM-DD, got "yesterday"`);
    expect(r.stderr).toContain(`${file}:11:20 nextSteps[1] (id "gb-other").kinds[1]: expected one of goods, service, subscription, booking, deposit, other, got "gods" (did you mean "goods"?)`);
    expect(r.stderr).not.toContain('Invalid input');
    expect(r.stderr).toContain('or move the file out of the rights folder');
  });

  it('says where a JSON or YAML pack cannot be read, and what a file that is no pack is', () => {
    const json = pack('json', 'GB.json', '{"nextSteps": [{"id": "gb-x",\n "text": "t",, }]}');
    expect(run(['rights', 'GB', '--rights', json]).stderr).toContain(`${json}/GB.json:2:14 could not be read: this is not valid JSON (Expected double-quoted property name).`);
    const yaml = pack('yaml-bad', 'GB.yaml', 'nextSteps:\n  - id: x\n   text: [\n');
    expect(run(['rights', 'GB', '--rights', yaml]).stderr).toContain(`${yaml}/GB.yaml:3:1 could not be read: this line is not valid YAML`);
    const list = pack('list', 'GB.json', '[1, 2]');
    const r = run(['rights', 'GB', '--rights', list]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${list}/GB.json:1:1 should be a rights pack: fields such as rights:, nextSteps: and cardRoutes:, each a list of entries, but it is a list`);
    expect(run(['rights', 'GB', '--rights', pack('empty', 'GB.json', '')]).stderr).toContain('could not be read: the file is empty; write your entries in it, or delete it.');
  });

  it('stops a letter the same way, writing nothing', () => {
    writeFileSync(tmp.path('case.yaml'), CARPET_CASE);
    const dir = pack('letter', 'GB.json', '{\n  "nextSteps": [\n    {"id": "gb-x", "text": "t", "source": 5}\n  ]\n}\n');
    const r = run(['draft', '--from', 'case.yaml', '--rights', dir, '--out', 'letter.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}/GB.json:3:5 nextSteps[0] (id "gb-x").checked: is required`);
    expect(r.stderr).toContain(`${dir}/GB.json:3:43 nextSteps[0] (id "gb-x").source: expected text, got 5`);
    expect(existsSync(tmp.path('letter.txt'))).toBe(false);
  });
});

describe('a rights pack saved by a Windows editor', () => {
  it('is read with its byte-order mark, as JSON and as YAML', () => {
    const step = '{"nextSteps": [{"id": "own-step", "text": "ask my local trading standards office for help", "source": "https://www.gov.uk/find-local-trading-standards-office", "checked": "2026-12-01"}]}';
    for (const name of ['GB.json', 'GB.yaml']) {
      const dir = pack(`bom-${name}`, name, `\ufeff${step}`);
      const r = run(['rights', 'GB', '--rights', dir]);
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(/own-step \(your own\)/);
    }
  });
});

describe('a rights pack that is not text redress reads', () => {
  it('says so in words, never showing its bytes', () => {
    const binary = pack('binary', 'GB.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe, 0x7b, 0x00]));
    const r = run(['rights', 'GB', '--rights', binary]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Your rights pack ${binary}/GB.json looks like a binary file, not text. Save the pack as plain text (JSON or YAML).\nOr move the file out of the rights folder`);
    const utf16 = pack('utf16', 'GB.json', Buffer.from('\ufeff{"nextSteps": []}', 'utf16le'));
    expect(run(['rights', 'GB', '--rights', utf16]).stderr).toContain('is saved as UTF-16 text, and redress reads UTF-8');
    const latin1 = pack('latin1', 'GB.yaml', Buffer.from('nextSteps:\n  - id: own-step\n    text: saisir le m\xe9diateur\n    source: https://www.economie.gouv.fr/mediation-conso\n    checked: 2026-12-01\n', 'latin1'));
    const notUtf8 = run(['rights', 'GB', '--rights', latin1]);
    expect(notUtf8.code).toBe(2);
    expect(notUtf8.stderr).toContain(`Your rights pack ${latin1}/GB.yaml is not UTF-8 text. Save it as UTF-8 in your editor and try again.`);
    const tagged = pack('tagged', 'GB.yaml', 'rights: !!binary aGk=\n');
    expect(run(['rights', 'GB', '--rights', tagged]).stderr).toContain(`${tagged}/GB.yaml:1:1 rights: is marked !!binary (encoded binary data), which redress does not read`);
  });
});
