// Templates may come from strangers. Each hostile template below, given to the built CLI by
// path (--template PATH) and in a shared folder (--templates DIR), must not run code, read
// files it should not, hang or crash: it gets one clear message (exit 2) or renders nothing harmful.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const minimal = join(ROOT, 'test', 'fixtures', 'cases', 'minimal.yaml');
const marker = tmp.path('pwned');
let n = 0;

/** A folder holding `letter.hbs` (the hostile template) and any partials. */
function folder(template: string, partials: Record<string, string> = {}): string {
  const dir = tmp.path(`hostile-${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'letter.hbs'), template);
  for (const [name, text] of Object.entries(partials)) writeFileSync(join(dir, `_${name}.hbs`), text);
  return dir;
}

/** Runs the template both ways; both must give the same outcome. */
function both(dir: string) {
  const byPath = redress(['draft', '--from', minimal, '--template', join(dir, 'letter.hbs')]);
  const byFolder = redress(['draft', '--from', minimal, '--templates', dir, '--template', 'letter']);
  expect(byFolder.code).toBe(byPath.code);
  expect(byFolder.stderr).toBe(byPath.stderr);
  return byPath;
}

/** Exit 2, one located message that says what to do, no stack trace, no letter, no code run. */
function refused(dir: string, pattern: RegExp, at?: string): void {
  const r = both(dir);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(pattern);
  if (at) expect(lines[0]!.startsWith(`✖ ${join(dir, at)} `)).toBe(true);
  expect(lines[1]).toBe('Fix the template and run the command again.');
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+|node:internal|Handlebars|TypeError|RangeError/);
  expect(existsSync(marker)).toBe(false);
}

describe('hostile templates', () => {
  it('{{constructor}}', () => refused(folder('{{constructor}}'), /letter\.hbs:1:3 "constructor" is not allowed in a template/, 'letter.hbs:1:3'));

  it('{{lookup this "constructor"}}', () => refused(folder('Hi {{lookup this "constructor"}}'), /letter\.hbs:1:18 "constructor" is not allowed/));

  it('{{#with (lookup this "__proto__")}}…', () =>
    refused(folder('{{#with (lookup this "__proto__")}}{{constructor.name}}{{/with}}'), /letter\.hbs:1:22 "__proto__" is not allowed/));

  it('reaching Function through helpers and literals', () => {
    refused(folder('{{#with "constructor"}}{{lookup this "constructor"}}{{/with}}'), /"constructor" is not allowed/);
    refused(folder('{{lookup (lookup this "constructor") "constructor"}}'), /"constructor" is not allowed/);
    refused(folder('{{#each this}}{{lookup this "__defineGetter__"}}{{/each}}'), /"__defineGetter__" is not allowed/);
    refused(folder('{{#with custom}}{{toString.call}}{{/with}}'), /"toString.call" is not allowed/);
    refused(folder('{{#with (or custom.x "constructor")}}{{lookup this "constructor"}}{{/with}}'), /"constructor" is not allowed/);
  });

  it('the published Handlebars code-execution payload', () => {
    const payload = `{{#with "s" as |string|}}
  {{#with "e"}}
    {{#with split as |conslist|}}
      {{this.pop}}
      {{this.push (lookup string.sub "constructor")}}
      {{this.pop}}
      {{#with string.split as |codelist|}}
        {{this.pop}}
        {{this.push "return require('child_process').execSync('touch ${marker}');"}}
        {{this.pop}}
        {{#each conslist}}
          {{#with (string.sub.apply 0 codelist)}}
            {{this}}
          {{/with}}
        {{/each}}
      {{/with}}
    {{/with}}
  {{/with}}
{{/with}}`;
    refused(folder(payload), /letter\.hbs:3:13 "split" is not a field: this is a single value and has no "split"/);
  });

  it('helpers that do not exist, or write to the terminal', () => {
    refused(folder('{{log sender}}'), /"log" is not a helper redress knows/);
    refused(folder('{{helperMissing sender}}'), /"helperMissing" is not a helper redress knows/);
    refused(folder('{{#blockHelperMissing sender}}x{{/blockHelperMissing}}'), /"blockHelperMissing" is not a helper redress knows/);
  });

  it('{{*x}} decorators and inline partials', () => {
    refused(folder('Dear you,\n{{*x}}'), /letter\.hbs:2:1 decorators and inline partials/);
    refused(folder('{{#*inline "x"}}evil{{/inline}}{{> x}}'), /decorators and inline partials/);
  });

  it('self-including partials, and loops across two files', () => {
    refused(folder('{{> loop}}', { loop: 'again {{> loop}}' }), /_loop\.hbs:1:7 the partial "loop" includes itself \(loop > loop\)/);
    refused(folder('{{> a}}', { a: 'A{{#if sender.name}}{{> b}}{{/if}}', b: '\n\nB {{> a}}' }), /_b\.hbs:3:3 the partial "a" includes itself \(a > b > a\)/);
  });

  it('dynamic partials, and partial names that are paths', () => {
    refused(folder('{{> (lookup . "x")}}'), /letter\.hbs:1:1 a partial must be named plainly/);
    refused(folder('{{> (or custom.name "signature")}}'), /a partial must be named plainly/);
    refused(folder('{{> ../../etc/passwd}}'), /the partial name "\.\.\/\.\.\/etc\/passwd" can only use letters, digits, - and _/);
    refused(folder('{{#> signature}}x{{/signature}}'), /partial blocks/);
  });

  it('templates that would hang: loops inside loops, partials that fan out, deep nesting', () => {
    refused(folder('{{#each contacts}}{{#each ../evidence}}{{#each @root.letter.nextSteps}}{{#each @root.story.outcome}}x{{/each}}{{/each}}{{/each}}{{/each}}'), /would repeat too many times/);
    const fan = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}`, i === 19 ? 'x' : `{{> p${i + 1}}}{{> p${i + 1}}}`]));
    refused(folder('{{> p0}}', fan), /would repeat too many times/);
    refused(folder('{{#if sender.name}}'.repeat(5000) + '{{/if}}'.repeat(5000)), /letter\.hbs:1:1901 the template puts blocks or \( \) inside each other more than 100 deep/);
  });

  it('terminal escape sequences in a template never reach the terminal', () => {
    const r = both(folder('Hello\u001b]52;c;ZXZpbA==\u0007 {{recipient.company}}\u001b[2J {{list story.expectations "\u001b[31m"}}'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Subject: monthly gym membership\n\nHello Peak Fitness No further monthly charges after the cancellation.\n');
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
  });
});

describe('a hostile template that replaces a built-in', () => {
  it('is refused when drafting and marked in templates list, without hanging on a pipe', () => {
    const dir = tmp.path('override');
    mkdirSync(dir);
    writeFileSync(join(dir, 'first.hbs'), 'Dear {{lookup this "constructor"}}');
    execFileSync('mkfifo', [join(dir, 'reminder.hbs')]);
    const draft = redress(['draft', '--from', minimal, '--templates', dir]);
    expect(draft.code).toBe(2);
    expect(draft.stderr).toContain('first.hbs:1:20 "constructor" is not allowed in a template');
    const list = redress(['templates', 'list', '--templates', dir]);
    expect(list.code).toBe(1);
    expect(list.stdout).toMatch(/first\.hbs \(overrides the built-in "first"\)\n +✖ cannot be used: .*"constructor" is not allowed/);
    expect(list.stdout).toMatch(/reminder\.hbs \(overrides the built-in "reminder"\)\n +✖ cannot be used: .*is not a template file/);
  });
});

describe('templates cannot read files they should not', () => {
  const secret = tmp.path('secret.txt');
  writeFileSync(secret, 'TOP SECRET KEY\n');

  it('a partial that links to a file outside the folder is refused', () => {
    const dir = folder('Dear you,\n{{> key}}');
    symlinkSync(secret, join(dir, '_key.hbs'));
    const r = both(dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('_key.hbs is a link to a file outside');
    expect(r.stderr).toContain('Copy the file into the folder instead.');
    expect(r.stdout + r.stderr).not.toContain('TOP SECRET');
  });

  it('a template in a shared folder that links outside it is refused; a link inside the folder is fine', () => {
    const dir = tmp.path('shared-links');
    mkdirSync(dir);
    symlinkSync(secret, join(dir, 'first.hbs'));
    const r = redress(['draft', '--from', minimal, '--templates', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('first.hbs is a link to a file outside');
    expect(r.stdout + r.stderr).not.toContain('TOP SECRET');
    writeFileSync(join(dir, 'real.hbs'), 'Hello {{recipient.company}}');
    symlinkSync(join(dir, 'real.hbs'), join(dir, 'alias.hbs'));
    const inside = redress(['draft', '--from', minimal, '--templates', dir, '--template', 'alias']);
    expect(inside.stdout).toBe('Subject: monthly gym membership\n\nHello Peak Fitness\n');
  });

  it('a partial that is a named pipe or a folder does not hang or crash', () => {
    const dir = folder('{{> pipe}}');
    execFileSync('mkfifo', [join(dir, '_pipe.hbs')]);
    const r = both(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a template file');
    const withFolder = folder('{{> sub}}');
    mkdirSync(join(withFolder, '_sub.hbs'));
    expect(both(withFolder).stderr).toContain('is not a template file');
  });

  it('a device, a binary file or a huge file given as the template is refused', () => {
    expect(redress(['draft', '--from', minimal, '--template', '/dev/zero']).stderr).toContain('is not a template file');
    const binary = tmp.path('binary.hbs');
    writeFileSync(binary, Buffer.from([0x48, 0x00, 0x49]));
    expect(redress(['draft', '--from', minimal, '--template', binary]).stderr).toContain('is not a text file');
    const huge = tmp.path('huge.hbs');
    writeFileSync(huge, 'x'.repeat(300_000));
    const r = redress(['draft', '--from', minimal, '--template', huge]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is too large for a template');
  });
});

describe('mistakes in templates: one message at file:line:column, exit 2', () => {
  const FRONT = '---\nname: mine\ndescription: My letter\n---\n';
  const cases: [string, string, Record<string, string>, RegExp][] = [
    ['a syntax error', `${FRONT}Dear {{recipient.company}},\n\n{{#if contacts}}\nWe spoke.\n`, {}, /letter\.hbs:7:1 the block \{\{#if\}\} is never closed; add \{\{\/if\}\}/],
    ['an unknown helper', `${FRONT}Dear {{shout recipient.company}},`, {}, /letter\.hbs:5:8 "shout" is not a helper redress knows; see `redress templates --help` for the list/],
    ['a missing partial', `${FRONT}Dear you,\n\n{{> signatur}}`, {}, /letter\.hbs:7:1 the partial "signatur" does not exist \(did you mean "signature"\?\)/],
    ['a misspelt field', `${FRONT}Dear you,\n\nFrom {{sender.nmae}}`, {}, /letter\.hbs:7:8 "sender\.nmae" is not a field of "sender" \(did you mean "sender\.name"\?\)/],
    ['a misspelt field in #each', `${FRONT}{{#each contacts}}\n- {{dat}}\n{{/each}}`, {}, /letter\.hbs:6:5 "dat" is not a field of each item of "contacts" \(did you mean "date"\?\)/],
    ['a misspelt field in a partial', `${FRONT}{{> sig}}`, { sig: '---\nnote: x\n---\n{{sender.nmae}}' }, /_sig\.hbs:4:3 "sender\.nmae" is not a field/],
    ['a misspelt field in the subject', '---\nsubject: "About {{purchase.itme}}"\n---\nHi', {}, /letter\.hbs:2:19 "purchase\.itme" is not a field of "purchase" \(did you mean "purchase\.item"\?\)/],
  ];
  for (const [what, template, partials, pattern] of cases) {
    it(what, () => refused(folder(template, partials), pattern));
  }

  it('a template saved in another encoding than UTF-8 is refused, not printed with "�"', () => {
    const dir = folder('');
    writeFileSync(join(dir, 'letter.hbs'), Buffer.from([...Buffer.from('Dear {{recipient.company}}, caf'), 0xe9, ...Buffer.from(' au lait\n')]));
    const r = both(dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('letter.hbs is not UTF-8 text. Save it as UTF-8 in your editor and try again.');
  });

  it('fields that exist but are empty render as nothing', () => {
    const r = both(folder('[{{recipient.contact}}][{{purchase.reference}}][{{story.impact}}][{{card.last4}}][{{#each contacts}}x{{/each}}][{{list evidence}}]'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Subject: monthly gym membership\n\n[][][][][][]\n');
  });
});
