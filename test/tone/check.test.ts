// `runCheck` called directly, with temporary files and a captured stdout/stderr.
// (CLI subprocess tests live with the other CLI tests.)
import { mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { redress } from '../support/cli.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tone');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redress-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Runs `runCheck` and returns its exit code with everything it wrote. */
async function check(path: string | undefined, options: Parameters<typeof runCheck>[1] = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCheck(path, { ...options, output: (text) => (stdout += text), reportProblem: (message) => (stderr += `${message}\n`) });
  return { code, stdout, stderr };
}

/** Replaces standard input for one call. */
async function withStdin<T>(input: Readable & { isTTY?: boolean }, run: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  Object.defineProperty(process, 'stdin', { value: input, configurable: true });
  try {
    return await run();
  } finally {
    Object.defineProperty(process, 'stdin', original);
  }
}

const HOSTILE_LETTER = 'Dear team,\n\nYou idiots charged me twice!!\nThis is fraud.\n\nKind regards,\nSam\n';

describe('runCheck', () => {
  it('passes a Markdown letter redress wrote: "**Subject:**" is emphasis, not a masked word', () => {
    const letter = redress(['draft', '--example', '--format', 'markdown']);
    expect(letter.stdout).toMatch(/^\*\*Subject:\*\*/);
    const checked = redress(['check', '-'], { input: letter.stdout });
    expect(checked.stdout).not.toMatch(/swear/);
    expect(checked.code).toBe(0);
  });

  it('reads an e-mail file as its reader sees it: "=C2=A3" is "£", a cut line is whole', () => {
    const eml = redress(['draft', '--example', '--format', 'eml', '--locale', 'en-GB']);
    expect(eml.stdout).toContain('Content-Transfer-Encoding: quoted-printable');
    const checked = redress(['check', '-', '--strict'], { input: eml.stdout });
    expect(checked.stdout).toBe('No problems found: the tone is firm and kind.\n');
    expect(checked.code).toBe(0);
    const rude = redress(['check', '-'], { input: 'MIME-Version: 1.0\nSubject: =?UTF-8?Q?You_crooks?=\nContent-Transfer-Encoding: quoted-printable\n\nYou are liars and cr=\nooks.\n' });
    expect(rude.code).toBe(1);
    expect(rude.stdout).toMatch(/crooks/);
  });

  it('passes a firm, kind letter', async () => {
    const path = join(FIXTURES, 'letter-good.txt');
    const result = await check(path);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('No problems found: the tone is firm and kind.\n');
    expect(result.stderr).toBe('');
  });

  it('reports each finding with where it is, what it is, and a calmer wording', async () => {
    const path = await file('hostile.txt', HOSTILE_LETTER);
    const result = await check(path);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`${path}:3:1  error    insult  "You idiots"  "You idiots" is name-calling. It makes the person reading defensive and less willing to help you. Describe what happened, not what you think of the people.`);
    expect(lines).toContain('    try: "the people I dealt with were not able to solve the problem"');
    expect(result.stdout).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:28  error    exclamation  "!!"`));
    expect(result.stdout).toMatch(/:4:1 {2}error {4}accusation {2}"This is fraud"/);
    // The letter has no request, amount, date or reference either: firmness runs because it looks like a letter.
    expect(result.stdout).toMatch(/:1:1 {2}warning {2}no-request {2}The letter does not ask/);
    expect(lines.at(-2)).toBe('6 problems (3 errors, 3 warnings)');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('exits 0 on warnings alone, and 1 with --strict', async () => {
    const path = join(FIXTURES, 'letter-timid.txt');
    const relaxed = await check(path);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/warning {2}hedging {2}"sorry to bother"/);
    expect(relaxed.stdout).toMatch(/\d+ problems \(0 errors, \d+ warnings\)\n$/);
    expect((await check(path, { strict: true })).code).toBe(1);
  });

  it('checks firmness of any text with --letter, and only kindness otherwise', async () => {
    const path = await file('note.txt', 'The kettle broke after a week.\n');
    const plain = await check(path);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^No problems found/);
    const asLetter = await check(path, { letter: true, json: true });
    const report = JSON.parse(asLetter.stdout);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['no-deadline', 'no-reference', 'no-request']);
  });

  it('prints JSON with --json', async () => {
    const path = await file('hostile.json.txt', HOSTILE_LETTER);
    const result = await check(path, { json: true });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ file: path, errors: 3, warnings: 3 });
    expect(report.findings[3]).toEqual({
      rule: 'insult',
      severity: 'error',
      line: 3,
      column: 1,
      text: 'You idiots',
      message: expect.stringContaining('name-calling'),
      suggestion: 'the people I dealt with were not able to solve the problem',
    });
  });

  it('colours only when asked to', async () => {
    const path = await file('colour.txt', 'You idiots!!\n');
    expect((await check(path, { color: false })).stdout).not.toMatch(/\u001b\[/);
    expect((await check(path, { color: true })).stdout).toMatch(/\u001b\[31merror/);
  });

  it('never lets escape sequences from the input reach the terminal', async () => {
    const path = await file('escapes.txt', 'NEVER\u001b[2J AGAIN\u001b]0;owned\u0007 LIARS\u009b31m!!\n');
    const text = await check(path, { color: false });
    expect(text.code).toBe(1);
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout).toContain('\\x1b[2J');
    const json = await check(path, { json: true });
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).findings.length).toBeGreaterThan(0);
    const name = await file('name\u001b[31m.txt', 'fine\n');
    const named = await check(name, { json: false });
    expect(named.stdout + named.stderr).not.toMatch(/\u001b/);
  });

  it('reads standard input for "-", or when no file is given and input is piped', async () => {
    const piped = await withStdin(Readable.from([Buffer.from('You idiots!!\n')]), () => check('-'));
    expect(piped.code).toBe(1);
    expect(piped.stdout).toMatch(/^<stdin>:1:1 {2}error {4}insult/m);
    const implicit = await withStdin(Readable.from([Buffer.from('All good, thank you.\n')]), () => check(undefined, { json: true }));
    expect(implicit.code).toBe(0);
    expect(JSON.parse(implicit.stdout)).toEqual({ file: '-', language: 'en', findings: [], errors: 0, warnings: 0 });
  });

  it('reads a short text whose language its few words do not show as English too', async () => {
    const short = await check(await file('short.txt', 'Die in a fire.\n'));
    expect(short.code).toBe(1);
    expect(short.stdout).toContain('wish-harm');
    // Told the language, it is read in that language alone.
    expect((await check(await file('kurz.txt', 'Die Küche ist schmutzig.\n'))).code).toBe(0);
  });

  it('checks a letter in French, German or Spanish by the rules of its language, detected or given', async () => {
    const lettre = await file('lettre.txt', 'Madame, Monsieur,\n\nVous êtes une bande d\'escrocs et votre SAV est nul.\n\nJe vous prie d\'agréer mes salutations.\n');
    const french = await check(lettre);
    expect(french.code).toBe(1);
    expect(french.stdout).toMatch(/lettre\.txt:3:\d+ {2}error {4}insult {2}"Vous êtes une bande d'escrocs"/);
    expect(french.stdout).toMatch(/try: "les personnes que j'ai eues/);
    expect(french.stdout).toMatch(/Checked as French; use --language to say otherwise\./);
    const json = JSON.parse((await check(lettre, { json: true })).stdout);
    expect(json.language).toBe('fr');
    const calm = await file('brief.txt', 'Sehr geehrte Damen und Herren,\n\ndie Ware ist mangelhaft. Ich werde die Schlichtungsstelle anrufen.\n\nMit freundlichen Grüßen\n');
    const german = await check(calm, { letter: true });
    expect(german.code).toBe(0);
    expect(german.stdout).toMatch(/No problems found: the tone is kind \(checked as German/);
    const given = await check(await file('kurz.txt', 'Betrüger!\n'), { language: 'de', json: true });
    expect(JSON.parse(given.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['accusation']);
    const wrong = await check(lettre, { language: 'it' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--language takes en, fr, de or es/);
  });

  it('reads a text in the language it is written in too, when --language names another', async () => {
    const english = await file('english.txt', 'Dear Sir or Madam,\n\nYou are a bunch of scammers and I want my money back by Friday.\n\nYours faithfully,\nSam Lee\n');
    const asFrench = await check(english, { language: 'fr' });
    expect(asFrench.code).toBe(1);
    expect(asFrench.stdout).toMatch(/english\.txt:3:\d+ {2}error {4}accusation {2}"You are a bunch of scammers"/);
    expect(asFrench.stdout).toMatch(/This text reads as English, not French: it was checked as both\. Leave out --language to check it as English only\./);
    expect(asFrench.stdout).not.toMatch(/Checked as French/);
    const json = JSON.parse((await check(english, { language: 'fr', json: true })).stdout);
    expect(json).toMatchObject({ language: 'fr', readAs: 'en', errors: 1 });
    // Told the language it is written in, nothing more is said.
    expect((await check(english, { language: 'en' })).stdout).not.toMatch(/reads as/);
  });

  it('says it cannot check a text in another alphabet, rather than calling it kind', async () => {
    for (const [name, text] of [['ru.txt', 'Вы идиоты и воры, верните мои деньги немедленно.\n'], ['ar.txt', 'أنتم لصوص وأغبياء، أعيدوا أموالي فوراً من فضلكم.\n']]) {
      const result = await check(await file(name, text));
      expect(result.code, name).toBe(2);
      expect(result.stderr).toMatch(/is written mostly in another alphabet than the Latin one, so I cannot check its tone/);
      expect(result.stdout).not.toMatch(/No problems found/);
    }
    // A name or a word in another alphabet inside a letter in English is checked as usual.
    expect((await check(await file('mixed.txt', 'Dear Mr Ivanov (Иванов), the parcel never arrived and I would like a refund, please.\n'))).code).toBe(0);
  });

  it('asks for a file when none is given at a terminal', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    const result = await withStdin(terminal, () => check(undefined));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/redress check letter\.txt/);
  });

  describe('exits 2 with one clear message when the input cannot be checked', () => {
    const cases: Array<[string, () => Promise<string>, RegExp]> = [
      ['a missing file', async () => join(dir, 'nope.txt'), /Cannot find .*nope\.txt\. Check the path and spelling/],
      ['a folder', async () => dir, /is a folder, not a file/],
      ['a binary file', () => file('letter.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])), /letter\.docx looks like a binary file .* plain \.txt file/],
      ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff])), /latin1\.txt is not UTF-8 text\. Save it as UTF-8/],
      ['an empty file', () => file('empty.txt', '  \n'), /empty\.txt is empty/],
    ];
    for (const [what, make, message] of cases) {
      it(what, async () => {
        const result = await check(await make());
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      });
    }

    it.skipIf(process.platform === 'win32')('an unreadable file', async () => {
      const path = await file('secret.txt', 'hello');
      await chmod(path, 0o000);
      // Run as a person would (not as root, who may read anything): the built command.
      const result = redress(['check', path], { asOtherUser: true });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/permission denied/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('strips a byte-order mark and reads Windows line endings', async () => {
    const path = await file('bom.txt', '\ufeffDear team,\r\nYou idiots.\r\nKind regards,\r\nSam\r\n');
    const report = JSON.parse((await check(path, { json: true })).stdout);
    expect(report.findings.find((f: { rule: string }) => f.rule === 'insult')).toMatchObject({ line: 2, column: 1, text: 'You idiots' });
    expect(await readFile(path, 'utf8')).toMatch(/^\ufeff/);
  });
});
