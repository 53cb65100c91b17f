// `redress templates list | show | eject`, user templates and their precedence, run as a user
// would: the built CLI, real folders.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const minimal = join(ROOT, 'test', 'fixtures', 'cases', 'minimal.yaml');
const full = join(ROOT, 'test', 'fixtures', 'cases', 'full.yaml');
let n = 0;
const folder = (files: Record<string, string> = {}) => {
  const dir = tmp.path(`dir-${++n}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .*:\d+|node:internal|TypeError|ReferenceError/);

describe('templates list', () => {
  it('lists the built-ins with description, stages, remedies and source', () => {
    const r = redress(['templates', 'list']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const name of ['first', 'reminder', 'final', 'card-dispute']) expect(r.stdout).toMatch(new RegExp(`^  ${name} +built-in$`, 'm'));
    expect(r.stdout).toContain('A dispute to your card issuer');
    expect(r.stdout).toContain('stages: card-dispute; remedies: correction, refund, either, partial-refund');
    expect(r.stdout.indexOf('  first')).toBeLessThan(r.stdout.indexOf('  reminder'));
  });

  it('shows user templates, which one overrides a built-in, and which cannot be used', () => {
    const dir = folder({
      'first.hbs': '---\ndescription: My own first letter\nstages: [first]\n---\nHello {{recipient.company}}\n',
      'thanks.hbs': '---\ndescription: A thank-you note\n---\nThank you, {{recipient.company}}.\n',
      'broken.hbs': 'Dear {{sender.nmae}}',
      '_piece.hbs': 'a partial is not listed',
    });
    const r = redress(['templates', 'list', '--templates', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^  first +${dir.replace(/[/\\]/g, '.')}.first\\.hbs \\(overrides the built-in "first"\\)$`, 'm'));
    expect(r.stdout).toContain('My own first letter');
    expect(r.stdout).toMatch(/^  thanks +/m);
    expect(r.stdout).toMatch(/^  reminder +built-in$/m);
    expect(r.stdout).not.toContain('piece');
    expect(r.stdout).toContain('✖ cannot be used:');
    expect(r.stdout).toContain('broken.hbs:1:8 "sender.nmae" is not a field of "sender" (did you mean "sender.name"?)');

    const json = JSON.parse(redress(['templates', 'list', '--json'], { env: { REDRESS_TEMPLATES: dir } }).stdout);
    // The ladder's templates in ladder order, then the rest by name (the offer letters, the user's, other languages').
    const names = json.map((t: { name: string }) => t.name);
    expect(names.slice(0, 4)).toEqual(['first', 'reminder', 'final', 'card-dispute']);
    expect(names.filter((name: string) => !name.includes('/')).slice(4)).toEqual(['accept-offer', 'answer-offer', 'broken', 'offer-reminder', 'thanks']);
    expect(json[0]).toEqual({
      name: 'first',
      description: 'My own first letter',
      stages: ['first'],
      remedies: [],
      source: join(dir, 'first.hbs'),
      file: join(dir, 'first.hbs'),
      builtIn: false,
      overridesBuiltIn: true,
      problem: null,
    });
    expect(json[1]).toMatchObject({ name: 'reminder', source: 'built-in', builtIn: true, overridesBuiltIn: false, problem: null });
    expect(json.find((t: { name: string }) => t.name === 'broken').problem).toContain('did you mean "sender.name"?');
  });

  it('takes --templates before the subcommand too, and says when the folder is missing', () => {
    const dir = folder({ 'note.hbs': 'Hi' });
    expect(redress(['templates', '--templates', dir, 'list']).stdout).toMatch(/^  note +/m);
    const missing = redress(['templates', 'list', '--templates', tmp.path('nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    noStack(missing.stderr);
  });
});

describe('templates show', () => {
  it('prints the template source as it is', () => {
    const r = redress(['templates', 'show', 'final']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'templates', 'final.hbs'), 'utf8'));
  });

  it('shows the user\'s template when it overrides, and partials by _name', () => {
    const dir = folder({ 'first.hbs': 'Mine {{sender.name}}\n' });
    expect(redress(['templates', 'show', 'first', '--templates', dir]).stdout).toBe('Mine {{sender.name}}\n');
    expect(redress(['templates', 'show', '_signature']).stdout).toBe(readFileSync(join(ROOT, 'templates', '_signature.hbs'), 'utf8'));
  });

  it('names the templates there are when one is not found', () => {
    const r = redress(['templates', 'show', 'frist']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('There is no template called "frist" (did you mean "first"?)');
    expect(r.stderr).toContain('first, reminder, final, card-dispute');
  });
});

describe('templates eject', () => {
  it('copies the template and every partial it uses, and says how to use them', () => {
    const cwd = folder();
    const r = redress(['templates', 'eject', 'final'], { cwd });
    expect(r.code).toBe(0);
    const dir = join(cwd, 'redress-templates');
    const files = readdirSync(dir).sort();
    expect(files).toEqual(
      ['final.hbs', '_contacts.hbs', '_evidence.hbs', '_next-steps.hbs', '_replied.hbs', '_request.hbs', '_rights.hbs', '_signature.hbs', '_story.hbs'].sort(),
    );
    for (const file of files) expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(ROOT, 'templates', file), 'utf8'));
    expect(r.stdout).toContain('Copied the template "final" to redress-templates:');
    expect(r.stdout).toContain('redress draft --from case.yaml --templates redress-templates');
    expect(r.stdout).toContain('Your final.hbs there is used instead of the built-in one.');
  });

  it('copies the partials a template uses, and only those', () => {
    const dir = tmp.path('only-first');
    expect(redress(['templates', 'eject', 'first', dir]).code).toBe(0);
    expect(existsSync(join(dir, '_rights.hbs'))).toBe(true);
    expect(existsSync(join(dir, '_next-steps.hbs'))).toBe(false);
  });

  it('eject -> edit -> draft: the edited copy writes the letter', () => {
    const dir = tmp.path('round-trip');
    expect(redress(['templates', 'eject', 'first', dir]).code).toBe(0);
    const before = redress(['draft', '--from', full]).stdout;
    expect(redress(['draft', '--from', full, '--templates', dir]).stdout).toBe(before);
    const file = join(dir, 'first.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('I look forward to hearing from you.', 'I am sure we can sort this out together.'));
    writeFileSync(join(dir, '_signature.hbs'), 'Best wishes,\n\n{{sender.name}}\n');
    const after = redress(['draft', '--from', full, '--templates', dir]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('I am sure we can sort this out together.');
    expect(after.stdout).toMatch(/Best wishes,\n\nAlex Rivera\n$/);
    // Stages without a template there still use the built-ins, with the user's partials.
    const reminder = redress(['draft', '--from', full, '--templates', dir, '--stage', 'reminder']);
    expect(reminder.stdout).toContain('Subject: Reminder');
    expect(reminder.stdout).not.toContain('Best wishes');
  });

  it('never overwrites an edited file without --force; identical files are left alone', () => {
    const dir = tmp.path('no-clobber');
    expect(redress(['templates', 'eject', 'first', dir]).code).toBe(0);
    // Ejecting another template into the same folder shares the unchanged partials.
    const second = redress(['templates', 'eject', 'reminder', dir]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('_signature.hbs (already there, unchanged)');
    writeFileSync(join(dir, '_signature.hbs'), 'my signature');
    writeFileSync(join(dir, 'first.hbs'), 'my letter');
    const again = redress(['templates', 'eject', 'first', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('first.hbs');
    expect(again.stderr).toContain('_signature.hbs');
    expect(again.stderr).toContain('already exist with other content, so I copied nothing');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'first.hbs'), 'utf8')).toBe('my letter');
    expect(readFileSync(join(dir, '_signature.hbs'), 'utf8')).toBe('my signature');
    const forced = redress(['templates', 'eject', 'first', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('first.hbs (replaced)');
    expect(readFileSync(join(dir, 'first.hbs'), 'utf8')).toBe(readFileSync(join(ROOT, 'templates', 'first.hbs'), 'utf8'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an unknown template or a file as the folder', () => {
    const r = redress(['templates', 'eject', 'nope', tmp.path('x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('There is no template called "nope"');
    expect(existsSync(tmp.path('x'))).toBe(false);
    const file = tmp.path('a-file');
    writeFileSync(file, '');
    const onFile = redress(['templates', 'eject', 'first', file]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toContain('is a file, not a folder');
  });
});

describe('user templates in draft', () => {
  it('a user template with a built-in\'s name wins; the built-in is used without the folder', () => {
    const dir = folder({ 'first.hbs': '---\nsubject: "Mine: {{purchase.item}}"\n---\nDear {{recipient.company}}, please refund {{money request.amount}} by {{deadline}}.\n' });
    const mine = redress(['draft', '--from', minimal, '--templates', dir]);
    expect(mine.stderr).not.toContain('✖');
    expect(mine.stdout).toBe('Subject: Mine: monthly gym membership\n\nDear Peak Fitness, please refund $79.98 by November 16, 2026.\n');
    expect(redress(['draft', '--from', minimal], { env: { REDRESS_TEMPLATES: dir } }).stdout).toBe(mine.stdout);
    expect(redress(['draft', '--from', minimal]).stdout).toContain('Subject: Refund request: monthly gym membership');
  });

  it('--template NAME finds a template in the folder; partials come from its folder, then the built-ins', () => {
    const dir = folder({ 'short.hbs': 'Hello {{> who}}\n\n{{> signature}}\n', '_who.hbs': '{{recipient.company}} team' });
    const r = redress(['draft', '--from', minimal, '--templates', dir, '--template', 'short']);
    expect(r.stderr).not.toContain('✖');
    expect(r.stdout).toBe('Subject: monthly gym membership\n\nHello Peak Fitness team\n\nSincerely,\n\nSam Lee\n');
  });

  it('front matter: name, description, subject (itself a template), stages, remedies, format', () => {
    const file = join(folder(), 'letter.hbs');
    writeFileSync(file, '\uFEFF---\r\nname: letter\r\ndescription: test\r\nsubject: "{{#if purchase.reference}}Ref {{purchase.reference}}{{else}}About {{purchase.item}}{{/if}}"\r\nstages: [first, reminder]\r\nremedies: refund\r\nformat: text\r\n---\r\nBody for {{sender.name}}.\r\n');
    const r = redress(['draft', '--from', minimal, '--template', file]);
    expect(r.stderr).not.toContain('✖');
    expect(r.stdout).toBe('Subject: About monthly gym membership\n\nBody for Sam Lee.\n');
  });

  it('locales: --locale de-DE, en-GB and fr-FR', () => {
    const file = join(folder(), 'amounts.hbs');
    writeFileSync(file, '{{date letter.date}} | {{money request.amount}} | {{money 1200}} | {{deadline}}\n');
    const run = (locale: string) => redress(['draft', '--from', minimal, '--template', file, '--locale', locale, '--date', '2026-11-16']).stdout.split('\n')[2]!;
    // The case gives no currency or country: the locale's region says what money it is in.
    expect(run('de-DE').replace(/\u00A0/g, ' ')).toBe('16. November 2026 | 79,98 € | 1.200,00 € | 30. November 2026');
    expect(run('en-GB')).toBe('16 November 2026 | £79.98 | £1,200.00 | 30 November 2026');
    expect(run('fr-FR')).toBe('16 novembre 2026 | 79,98\u00A0€ | 1\u00A0200,00\u00A0€ | 30 novembre 2026');
  });
});
