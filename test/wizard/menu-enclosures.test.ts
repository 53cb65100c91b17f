// The wizard's menu, in a real pseudo-terminal: an e-mail it saves or opens carries no
// enclosures, so it says to attach them, as `draft --format eml` and `--mail` do.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/cli.js';
import { fakeTools } from '../io/fake-tools.js';
import { STEPS } from '../../src/wizard/steps.js';
import { Terminal } from './pty.js';

const tmp = tempDir('redress-menu-enclosures-');
const terminals: Terminal[] = [];
afterAll(() => {
  for (const terminal of terminals) terminal.kill();
  tmp.cleanup();
});

const ATTACH = 'Your case lists 2 documents to enclose (evidence), and the e-mail has no attachments: attach copies in your mail app';

/** Every question answered already, as a saved draft: `--resume` goes straight to the letter and its menu. */
function setup(name: string, evidence: string[], lang = 'en_GB.UTF-8') {
  const dir = join(tmp.dir, name);
  const tools = fakeTools(dir, { 'xdg-open': {} });
  mkdirSync(join(dir, 'home'), { recursive: true });
  const data = {
    sender: { name: 'Alex Rivera', email: 'alex@example.com', country: 'GB' },
    recipient: { company: 'Brightline Carpet Care', email: 'help@brightline.example' },
    purchase: { item: 'deep cleaning of three rooms', date: '2026-11-02', reference: 'BCC-004471', amount: 240 },
    story: { circumstances: 'I booked a deep clean for 2 November.', expectations: 'all three rooms would be cleaned', outcome: 'only two rooms were cleaned' },
    request: { remedy: 'refund' },
    ...(evidence.length > 0 && { evidence }),
  };
  writeFileSync(join(dir, 'home', 'draft.json'), JSON.stringify({ version: 1, savedAt: '2026-11-16T10:00:00.000Z', data, asked: STEPS.map((step) => step.id) }));
  const start = (args: string[]) => {
    const terminal = new Terminal(['draft', '--resume', ...args], {
      cwd: dir,
      env: { PATH: tools.bin, HOME: dir, REDRESS_HOME: join(dir, 'home'), REDRESS_TODAY: '2026-11-16', TERM: 'xterm-256color', LANG: lang, NO_COLOR: '1' },
    });
    terminals.push(terminal);
    return terminal;
  };
  return { start };
}

describe.skipIf(process.platform === 'win32')('the menu, for an e-mail', () => {
  it('says to attach the enclosures when it saves an .eml file, with --out or from the menu', async () => {
    const t = setup('save', ['booking confirmation', 'photos of the rooms']).start(['--format', 'eml', '--out', 'letter.eml']);
    await t.waitFor('Saved the letter to "letter.eml"');
    await t.waitFor(ATTACH);
    await t.choose('What would you like to do with it', 'Save it to a file');
    await t.answer('Save the letter as', 'again.eml');
    await t.waitFor('Saved the letter to "again.eml"');
    await t.waitFor(ATTACH);
    await t.choose('What would you like to do with it', 'Done');
    expect((await t.exited).exitCode).toBe(0);
  }, 60_000);

  it('says so when it opens the mail app, and says nothing of enclosures when the case lists none', async () => {
    const t = setup('mail', ['booking confirmation', 'photos of the rooms']).start([]);
    await t.choose('What would you like to do with it', 'Open it in my mail app');
    await t.waitFor('Opened a new message in your mail app');
    await t.waitFor(ATTACH);
    await t.choose('What would you like to do with it', 'Done');
    expect((await t.exited).exitCode).toBe(0);

    const none = setup('none', []).start(['--format', 'eml', '--out', 'letter.eml']);
    await none.waitFor('Saved the letter to "letter.eml"');
    await none.choose('What would you like to do with it', 'Open it in my mail app');
    await none.waitFor('Opened a new message in your mail app');
    await none.choose('What would you like to do with it', 'Done');
    expect((await none.exited).exitCode).toBe(0);
    expect(none.text).not.toContain('to enclose (evidence)');
  }, 60_000);

  it('says it in the wizard\'s language', async () => {
    const t = setup('fr', ['confirmation de réservation'], 'fr_FR.UTF-8').start(['--format', 'eml', '--out', 'lettre.eml']);
    await t.waitFor("Votre dossier cite un document à joindre (preuves), et l'e-mail n'a pas de pièce jointe");
    t.kill();
    await t.exited;
  }, 60_000);
});
