import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const file = join(ROOT, 'test', 'fixtures', 'cases', 'batch-unkind.yaml');

describe('batch checks the tone of every case', () => {
  it('with --keep-words, writes the letter and warns, with the place in the file', () => {
    const out = tmp.path('warned');
    const r = redress(['batch', file, '--out', out, '--keep-words']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['001-peak-fitness.txt', '002-brightline.txt']);
    expect(r.stderr).toMatch(/Case 1 was written, but some words may read as unkind:\n.*batch-unkind\.yaml:11:16 story\.outcome: "You idiots"/);
    expect(r.stderr).not.toMatch(/Case 2 was written, but/);
  });

  it('lists the warnings in --json', () => {
    const r = redress(['batch', file, '--out', tmp.path('json'), '--json', '--keep-words']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.written[0].warnings.join('\n')).toContain('You idiots');
    expect(summary.written[1].warnings).toBeUndefined();
  });

  it('refuses that case only (exit 1), and says how to write it anyway', () => {
    const out = tmp.path('strict');
    const r = redress(['batch', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(existsSync(join(out, '001-peak-fitness.txt'))).toBe(false);
    expect(existsSync(join(out, '002-brightline.txt'))).toBe(true);
    expect(r.stderr).toMatch(/Case 1 .* was not written:\n.*batch-unkind\.yaml:11:16 story\.outcome: "You idiots"/);
    expect(r.stderr).toContain('add --keep-words');
    const json = JSON.parse(redress(['batch', file, '--out', tmp.path('strict-json'), '--json']).stdout);
    expect(json.failed).toMatchObject([{ index: 1, unkind: true }]);
  });

  it("checks the whole letter when it comes from a template of the user's", () => {
    const templates = tmp.path('user-templates');
    mkdirSync(templates, { recursive: true });
    writeFileSync(
      join(templates, 'blunt.hbs'),
      '---\nsubject: Refund for {{purchase.item}}\n---\nDear {{recipient.company}}, you are a bunch of crooks.\n\nPlease refund {{money purchase.amount}} by {{deadline}}.\n\n{{sender.name}}\n',
    );
    const out = tmp.path('blunt');
    const r = redress(['batch', file, '--out', out, '--templates', templates, '--template', 'blunt', '--keep-words']);
    expect(r.code).toBe(0);
    // Case 2's answers are kind, so the template's words are what is reported, at the case.
    expect(r.stderr).toMatch(/Case 2 was written, but some words may read as unkind:\n.*batch-unkind\.yaml:\d+:\d+ the letter from template "blunt": "you are a bunch of crooks"/);
    const strict = redress(['batch', file, '--out', tmp.path('blunt-strict'), '--templates', templates, '--template', 'blunt']);
    expect(strict.code).toBe(1);
    expect(existsSync(join(tmp.path('blunt-strict'), '002-brightline.txt'))).toBe(false);
  });

  // A batch of letters in four languages: each case's answers are checked by the rules of its
  // letter's language, in the main thread (a small batch) and in a worker (forced here).
  const languages = (n: number) => {
    const one = (i: number, locale: string, outcome: string) =>
      [
        `  - sender: {name: Writer ${i}}`,
        `    recipient: {company: Firm ${i}}`,
        `    purchase: {item: service ${i}, date: 2026-10-0${(i % 9) + 1}, amount: 120}`,
        '    story:',
        `      circumstances: ${JSON.stringify(['La prestation était prévue le matin.', 'Der Termin war für den Vormittag vereinbart.', 'El servicio estaba previsto por la mañana.', 'The service was booked for the morning.'][i % 4])}`,
        `      expectations: ${JSON.stringify(['Une équipe à 9 heures.', 'Ein Team um 9 Uhr.', 'Un equipo a las 9.', 'A crew at 9 am.'][i % 4])}`,
        `      outcome: ${JSON.stringify(outcome)}`,
        '    request: {remedy: refund}',
        `    letter: {date: 2026-11-16, locale: ${locale}}`,
      ].join('\n');
    const cases = [];
    for (let i = 0; i < n; i++) {
      const k = i % 4;
      // The first four of every hundred.
      const unkind = i % 100 < 4;
      const locale = ['fr-FR', 'de-DE', 'es-ES', 'en-GB'][k]!;
      const outcome = unkind
        ? ['Vous êtes des escrocs et des menteurs.', 'Sie sind Betrüger und Lügner.', 'Ustedes son unos estafadores y mentirosos.', 'You are crooks and liars.'][k]!
        : ["Personne n'est venu et personne n'a appelé.", 'Niemand ist gekommen, und niemand hat angerufen.', 'No vino nadie y nadie llamó.', 'Nobody came and nobody called.'][k]!;
      cases.push(one(i, locale, outcome));
    }
    return `cases:\n${cases.join('\n')}\n`;
  };

  it.each([
    ['in the main thread', '0'],
    ['in a worker', '1'],
  ])("checks each case's answers in its letter's language (%s)", (_, workers) => {
    const file = tmp.path(`languages-${workers}.yaml`);
    writeFileSync(file, languages(12));
    const out = tmp.path(`languages-${workers}`);
    const r = redress(['batch', file, '--out', out, '--json', '--keep-words'], { env: { REDRESS_BATCH_WORKERS: workers } });
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    const warned = summary.written.filter((entry: { warnings?: string[] }) => entry.warnings).map((entry: { warnings: string[] }) => entry.warnings.join('\n'));
    expect(warned).toHaveLength(4);
    for (const [i, word] of ['escrocs', 'Betrüger', 'estafadores', 'crooks'].entries()) expect(warned[i]).toMatch(new RegExp(`languages-${workers}\\.yaml:${8 + 9 * i}:\\d+ story\\.outcome: .*${word}`));
    expect(readdirSync(out)).toHaveLength(12);
  });

  // In a large batch the thread that reads the file reviews the answers of the cases it hands
  // on while the worker is behind: the warnings, their places and --strict are the same.
  it('finds the same in a large batch, whichever thread reviews a case', () => {
    const count = 800;
    const big = tmp.path('languages-large.yaml');
    writeFileSync(big, languages(count));
    const unkind = Array.from({ length: count }, (_, i) => i).filter((i) => i % 100 < 4);
    const words = ['escrocs', 'Betrüger', 'estafadores', 'crooks'];
    const r = redress(['batch', big, '--out', tmp.path('languages-large'), '--json', '--keep-words'], { env: { REDRESS_BATCH_WORKERS: '1' } });
    expect(r.code, r.stderr).toBe(0);
    const written = JSON.parse(r.stdout).written as { index: number; warnings?: string[] }[];
    expect(written).toHaveLength(count);
    const warned = written.filter((entry) => entry.warnings);
    expect(warned.map((entry) => entry.index - 1)).toEqual(unkind);
    for (const entry of warned) {
      const i = entry.index - 1;
      expect(entry.warnings!.join('\n')).toMatch(new RegExp(`languages-large\\.yaml:${8 + 9 * i}:\\d+ story\\.outcome: .*${words[i % 4]}`));
    }
    const strict = redress(['batch', big, '--out', tmp.path('languages-large-strict'), '--json'], { env: { REDRESS_BATCH_WORKERS: '1' } });
    expect(strict.code).toBe(1);
    const refused = JSON.parse(strict.stdout);
    expect(refused.written).toHaveLength(count - unkind.length);
    expect(readdirSync(tmp.path('languages-large-strict'))).toHaveLength(count - unkind.length);
  });
});
