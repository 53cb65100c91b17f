// Options read the same way whichever command takes them: a choice in any case, a folder
// never given empty, an option never given twice with different values.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { CARPET_CASE } from '../support/carpet-case.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-option-values-');
afterAll(() => tmp.cleanup());
const run = (args: string[]) => redress(args, { cwd: tmp.dir, env: { REDRESS_HOME: tmp.path('home'), REDRESS_TODAY: '2026-11-16' } });
writeFileSync(tmp.path('case.yaml'), CARPET_CASE);

describe('a choice', () => {
  it('is read in any case, for every option that takes one, and said as the word itself', () => {
    const lower = run(['draft', '--from', 'case.yaml', '--stage', 'final', '--format', 'markdown', '--language', 'en']);
    expect(lower.code, lower.stderr).toBe(0);
    const upper = run(['draft', '--from', 'case.yaml', '--stage', 'FINAL', '--format', 'Markdown', '--language', 'EN']);
    expect(upper.code, upper.stderr).toBe(0);
    expect(upper.stdout).toBe(lower.stdout);
    // The value is passed on as the word, so messages show it so.
    const mismatch = run(['draft', '--from', 'case.yaml', '--format', 'EML', '--out', 'letter.pdf']);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('but --format eml writes');
    // A word that is not one of the choices is still refused.
    expect(run(['draft', '--from', 'case.yaml', '--stage', 'LATER']).stderr).toContain('--stage LATER is not one redress knows');
  });

  it('that is none of the choices is refused alike for every option, naming them all', () => {
    for (const [option, value, said] of [
      ['--stage', 'later', '--stage later is not one redress knows: use first, reminder, final or card-dispute'],
      ['--format', 'rtf', '--format "rtf" is not one redress knows: use text, markdown, html, eml, json or pdf.'],
      ['--paper', 'a5', '--paper "a5" is not one redress knows: use a4 or letter.'],
      ['--language', 'it', '--language "it" is not a language redress writes letters in: use en, fr, de or es.'],
    ] as const) {
      const r = run(['draft', '--from', 'case.yaml', option, value]);
      expect(r.code, option).toBe(2);
      expect(r.stderr).toContain(said);
    }
  });

  it('is read in any case by batch and check too', () => {
    const batch = run(['batch', 'case.yaml', '--stage', 'Reminder', '--format', 'HTML', '--paper', 'A4', '--out', 'letters']);
    expect(batch.code, batch.stderr).toBe(0);
    expect(readFileSync(tmp.path('letters/001-brightline-carpet-care.html'), 'utf8')).toContain('<html');
    writeFileSync(tmp.path('lettre.txt'), 'Madame, Monsieur, je vous écris au sujet de ma commande du 2 novembre. Je vous prie de bien vouloir me rembourser.');
    const check = run(['check', 'lettre.txt', '--language', 'FR']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('checked as French');
  });

  it('given twice in two cases is one value, not two', () => {
    const r = run(['draft', '--from', 'case.yaml', '--stage', 'first', '--stage', 'FIRST']);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('an empty folder option', () => {
  it('is refused, saying what to give, as an empty --out is', () => {
    for (const args of [
      ['draft', '--example', '--templates', ''],
      ['draft', '--example', '--rights', ' '],
      ['batch', 'case.yaml', '--templates', ''],
      ['templates', 'list', '--templates', ''],
      ['templates', '--templates', '', 'show', 'first'],
      ['rights', 'GB', '--rights', ''],
      ['status', 'case.yaml', '--rights', ''],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      const option = args.find((a) => a === '--templates' || a === '--rights')!;
      const example = option === '--templates' ? '--templates my-templates' : '--rights my-rights';
      expect(r.stderr, args.join(' ')).toContain(`✖ ${option} is empty: give the name of the folder of your own ${option === '--templates' ? 'templates' : 'rights packs'}, for example ${example}, or leave ${option} out.`);
    }
  });
});

describe('an option given twice with different values', () => {
  it("is refused for a parent command's own option too", () => {
    const r = run(['templates', 'eject', 'first', 'ejected', '--templates', 'a', '--templates', 'b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--templates is given twice, with "a" and "b", and only one can be used.');
    expect(r.stderr).toContain('Run `redress templates eject --help` to see the options.');
  });
});
