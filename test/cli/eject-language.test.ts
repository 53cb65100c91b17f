// `templates eject de/first DIR` wrote DIR/first.hbs: with --templates DIR it then replaced the
// English first letter, and German letters never used it. A language's template goes where
// that language's letters find it, DIR/de/.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-eject-');
afterAll(() => tmp.cleanup());

const GERMAN = `sender: {name: Anna Schmidt, country: DE, address: "Hauptstr. 1, 10115 Berlin"}
recipient: {company: Muster GmbH}
purchase: {item: eine Waschmaschine, kind: goods, amount: 400, date: 2026-10-01}
story: {circumstances: Ich habe eine Waschmaschine gekauft., expectations: sie funktioniert, outcome: sie ist kaputt}
request: {remedy: refund}
letter: {date: 2026-11-16}
`;

describe('templates eject of a language template', () => {
  it('copies de/first into DIR/de, where German letters find it and English ones do not', () => {
    const r = redress(['templates', 'eject', 'de/first', 'mine'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(tmp.path('mine/first.hbs'))).toBe(false);
    expect(existsSync(tmp.path('mine/de/first.hbs'))).toBe(true);
    expect(r.stdout).toContain('Copied the template "de/first" to mine/de:');
    expect(r.stdout).toContain('  redress draft --from case.yaml --templates mine\n');
    expect(r.stdout).toContain('Your de/first.hbs there is used instead of the built-in one for letters in German.');
    const file = tmp.path('mine/de/first.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{phrases.greeting}}', 'EIGENE VORLAGE\n\n{{phrases.greeting}}'));
    writeFileSync(tmp.path('de.yaml'), GERMAN);
    const german = redress(['draft', '--from', 'de.yaml', '--templates', 'mine'], { cwd: tmp.dir });
    expect(german.code, german.stderr).toBe(0);
    expect(german.stdout).toContain('EIGENE VORLAGE');
    const english = redress(['draft', '--example', '--templates', 'mine'], { cwd: tmp.dir });
    expect(english.code, english.stderr).toBe(0);
    expect(english.stdout).not.toContain('EIGENE VORLAGE');
  });

  it('given the language folder itself (DIR/de), copies into it, not DIR/de/de', () => {
    const r = redress(['templates', 'eject', 'fr/reminder', join('other', 'fr')], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(tmp.path('other/fr/reminder.hbs'))).toBe(true);
    expect(existsSync(tmp.path('other/fr/fr'))).toBe(false);
    expect(r.stdout).toContain('--templates other\n');
  });
});
