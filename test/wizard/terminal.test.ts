// End-to-end: the BUILT CLI in a real pseudo-terminal, answered the way a person would.
// The pseudo-terminal is made here, so these run where the test runner has none (CI).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redress, tempDir } from '../support/cli.js';
import { fakeTools } from '../io/fake-tools.js';
import { KEY, Terminal } from './pty.js';

const tmp = tempDir('redress-pty-');
const terminals: Terminal[] = [];
afterAll(() => {
  for (const terminal of terminals) terminal.kill();
  tmp.cleanup();
});

let counter = 0;
function setup() {
  const dir = join(tmp.dir, `t${++counter}`);
  const tools = fakeTools(dir, { xclip: {}, 'xdg-open': {} });
  const env = {
    PATH: tools.bin,
    HOME: dir,
    REDRESS_HOME: join(dir, 'home'),
    REDRESS_TODAY: '2026-11-16',
    TERM: 'xterm-256color',
    LANG: 'en_US.UTF-8',
  };
  const start = (args: string[] = [], extra: Record<string, string | undefined> = {}) => {
    const terminal = new Terminal(args, { cwd: dir, env: { ...env, ...extra } });
    terminals.push(terminal);
    return terminal;
  };
  return { dir, tools, env, start, draft: join(dir, 'home', 'draft.json') };
}

/** The questions before "What happened?", answered. */
async function answerTheStart(t: Terminal): Promise<void> {
  await t.answer('Which company', 'Brightline Carpet Care');
  await t.answer('person or team', 'Member Services team');
  await t.answer('Their e-mail', 'support at brightline');
  await t.waitFor('not an e-mail address');
  t.write('\x15support@brightline.example\r'); // Ctrl-U clears the line, then the right address
  await t.answer('Their postal address', '');
  await t.answer('What kind of business', ''); // Enter: skipped
  await t.answer('buy or book?', 'deep cleaning of three rooms');
  // The item names a service: that choice is offered first (highlighted); skipped here.
  await t.choose('What kind of purchase', 'Skip this question');
  expect(t.text.slice(t.text.indexOf('What kind of purchase'))).toMatch(/^[^❯]*❯ A service/);
  await t.answer('When did you buy', '2026-11-02');
  await t.answer('Order, booking', '004471');
  await t.answer('Which country do you live in', ''); // US, from LANG
  await t.answer('the law differs from one part to another', '');
  await t.answer('How much did you pay', '240');
  await t.answer('How did you pay', '');
  await t.answer('Which currency', '');
}

const posix = process.platform !== 'win32';

describe.skipIf(!posix)('redress in a terminal', () => {
  it('asks every question and saves the letter and the case file', async () => {
    const s = setup();
    const t = s.start();
    await answerTheStart(t);
    await t.answer('What happened?', 'I booked a deep clean of three rooms for 2 November.');
    await t.answer('What were you promised', 'the crew would arrive between 9 and 10 am');
    await t.answer('Anything else you were promised', 'all three rooms would be deep cleaned');
    await t.answer('Anything else you were promised', '');
    await t.answer('What actually happened?', 'the crew arrived at 1 pm, three hours late');
    await t.answer('What actually happened?', 'only two of the three rooms were cleaned');
    await t.answer('Anything else that went wrong', '');
    await t.answer('How did it affect you', 'I took a day off work and lost most of it waiting.');
    await t.answer('What went wrong, in short', '');
    await t.answer('already tried to sort this out', 'y');
    await t.answer('Contact 1: when', '2026-11-03');
    await t.choose('Contact 1: how', 'phone');
    await t.answer('Contact 1: whom', 'Dana at the front desk');
    await t.answer('Contact 1: what came of it', 'she promised a call back within two days');
    await t.answer('another time', 'n');
    await t.answer('What will you attach', 'booking confirmation BCC-004471');
    await t.answer('Anything else you will attach', '');
    await t.choose('What would you like them to do', 'Either');
    await t.answer('What exactly would put it right', 'clean the third room at no charge');
    await t.answer('How much should they refund', '');
    await t.answer('By what date', '');
    await t.choose('Which letter is this', 'My first letter');
    await t.answer('Your full name', 'Alex Rivera');
    await t.answer('Your e-mail', 'alex.rivera@example.com');
    await t.waitFor('Your phone');
    t.write(KEY.esc); // Esc skips an optional question
    await t.waitFor('(skipped)');
    await t.answer('Your postal address', '');
    await t.answer('Remember your name', 'y');
    await t.answer('customer or account number', '0093321');
    await t.waitFor('Your letter');
    await t.waitFor('Customer number: 0093321'); // the end of the letter
    await t.choose('What would you like to do with it', 'Save it to a file');
    await t.answer('Save the letter as', 'letter.txt');
    await t.waitFor('Saved the letter to "letter.txt"');
    await t.choose('What would you like to do with it', 'Save my answers as a case file');
    await t.answer('Save your answers as', 'case.yaml');
    await t.waitFor('Saved your answers');
    await t.choose('What would you like to do with it', 'Done');
    await t.waitFor('All done');
    expect((await t.exited).exitCode).toBe(0);
    if (process.env.SHOW_SCREEN) console.log(t.text);

    const letter = readFileSync(join(s.dir, 'letter.txt'), 'utf8');
    expect(letter).toMatch(/^Subject: .*004471/);
    expect(letter).toContain('Dear Member Services team,');
    expect(letter).toContain('the crew arrived at 1 pm, three hours late');
    expect(letter).toContain('refund the $240.00 I paid');
    expect(letter).toContain('November 30, 2026');
    expect(letter).toContain('Customer number: 0093321');
    // The case file writes the very same letter.
    const again = redress(['draft', '--from', join(s.dir, 'case.yaml')], { env: { REDRESS_TODAY: '2026-11-16' } });
    expect(again.stdout).toBe(letter);
    // The letter went somewhere, so no draft is left; the details were kept with consent.
    expect(existsSync(s.draft)).toBe(false);
    expect(JSON.parse(readFileSync(join(s.dir, 'home', 'profile.json'), 'utf8')).sender).toEqual({ name: 'Alex Rivera', email: 'alex.rivera@example.com' });
    // Colour on a colour terminal.
    expect(t.raw).toMatch(/\x1b\[3\dm/);
  }, 120_000);

  it('stops at once on Ctrl-C with exit 130, keeps the answers (0600), and offers them next time', async () => {
    const s = setup();
    const t = s.start([], { NO_COLOR: '1' });
    await answerTheStart(t);
    await t.waitFor('What happened?');
    t.write('The crew were');
    t.write(KEY.ctrlC);
    const exit = await t.exited;
    expect(exit.exitCode).toBe(130);
    const said = t.text;
    expect(said).toContain('Stopped. Your answers are saved: run `redress draft --resume` to carry on.');
    expect(said.match(/Stopped\./g)).toHaveLength(1);
    expect(said).not.toMatch(/\bat .*\.js:\d+|Error/);
    // NO_COLOR: no colour at all, inquirer's own styling included.
    expect(t.raw).not.toMatch(/\x1b\[(3\d|9\d|1|2)m/);
    expect(statSync(s.draft).mode & 0o777).toBe(0o600);
    const draft = JSON.parse(readFileSync(s.draft, 'utf8'));
    expect(draft.data.recipient).toEqual({ company: 'Brightline Carpet Care', contact: 'Member Services team', email: 'support@brightline.example' });
    expect(draft.data.purchase).toEqual({ item: 'deep cleaning of three rooms', date: '2026-11-02', reference: '004471', amount: 240, currency: 'USD' });

    // The next run offers to carry on, saying whom the letter was for.
    const next = s.start();
    await next.waitFor('You have an unfinished letter to "Brightline Carpet Care"');
    await next.choose('', 'Carry on with it');
    await next.waitFor('What happened?');
    next.write(KEY.ctrlC);
    expect((await next.exited).exitCode).toBe(130);

    // --resume goes straight back to it.
    const resumed = s.start(['draft', '--resume']);
    await resumed.waitFor('Carrying on with your letter to "Brightline Carpet Care"');
    await resumed.waitFor('What happened?');
    resumed.write(KEY.ctrlC);
    expect((await resumed.exited).exitCode).toBe(130);
    expect(existsSync(s.draft)).toBe(true);
  }, 120_000);

  it('also stops cleanly on Ctrl-D and on an interrupt signal', async () => {
    const s = setup();
    const t = s.start([], { NO_COLOR: '1' });
    await t.answer('Which company', 'Peak Fitness');
    await t.waitFor('person or team');
    t.write('\x04');
    expect((await t.exited).exitCode).toBe(130);
    expect(t.text).toMatch(/Stopped\. Your answers are saved: run `redress draft --resume` to carry on\.\s*$/);
    const u = s.start(['draft', '--resume'], { NO_COLOR: '1' });
    await u.waitFor('person or team');
    u.pty.kill('SIGINT');
    expect((await u.exited).exitCode).toBe(130);
    expect(u.text.match(/Stopped\./g)).toHaveLength(1);
    // The terminal closing under a question ends the run the same way, answers kept.
    const v = s.start(['draft', '--resume'], { NO_COLOR: '1' });
    await v.answer('person or team', 'Membership team');
    await v.waitFor('mail address');
    v.pty.kill('SIGHUP');
    expect((await v.exited).exitCode).toBe(129);
    expect(v.text.match(/Stopped\./g)).toHaveLength(1);
    expect(JSON.parse(readFileSync(s.draft, 'utf8')).data.recipient).toMatchObject({ company: 'Peak Fitness', contact: 'Membership team' });
  }, 60_000);

  it('asks only for what a case file is missing', async () => {
    const s = setup();
    const file = join(s.dir, 'case.yaml');
    writeFileSync(
      file,
      '# my gym\nrecipient:\n  company: Peak Fitness\npurchase:\n  item: monthly gym membership\nstory:\n  circumstances: I cancelled on 1 September 2026.\n  expectations: No further charges.\n  outcome: I was charged again on 1 October.\nrequest:\n  remedy: refund\n  amount: 79.98\n',
    );
    const t = s.start(['draft', '--from', 'case.yaml'], { NO_COLOR: '1' });
    await t.waitFor('is missing an answer the letter needs');
    await t.answer('Your full name', 'Sam Lee');
    await t.answer('Add your answers to "case.yaml"', 'y');
    await t.waitFor('Sam Lee'); // the letter, signed
    expect((await t.exited).exitCode).toBe(0);
    expect(t.text).not.toMatch(/What did you buy|Which company/);
    expect(readFileSync(file, 'utf8')).toMatch(/^# my gym\n/);
    expect(redress(['draft', '--from', file]).stdout).toContain('Sam Lee');
  }, 60_000);
});

describe.skipIf(!posix)('case files with gaps, outside the questions', () => {
  it('never asks without a terminal: the problems are reported as before', () => {
    const s = setup();
    const file = join(s.dir, 'case.yaml');
    writeFileSync(file, 'recipient:\n  company: Peak Fitness\npurchase:\n  item: gym\nstory:\n  circumstances: a\n  expectations: b\n  outcome: c\nrequest:\n  remedy: refund\n  amount: 5\n');
    const r = redress(['draft', '--from', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sender');
    expect(r.stdout).toBe('');
  });

  it('does not ask when a value is wrong rather than missing', async () => {
    const s = setup();
    writeFileSync(join(s.dir, 'case.yaml'), 'recipient:\n  company: Peak Fitness\npurchase:\n  item: gym\n  date: 2026-02-30\nstory:\n  circumstances: a\n  expectations: b\n  outcome: c\nrequest:\n  remedy: refund\n  amount: 5\n');
    const t = s.start(['draft', '--from', 'case.yaml'], { NO_COLOR: '1' });
    expect((await t.exited).exitCode).toBe(2);
    expect(t.text).toContain('case.yaml:5:9 purchase.date');
    expect(t.text).not.toContain('Your full name');
  }, 30_000);
});

describe.skipIf(!posix)('--copy and --mail from the command line', () => {
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'cases', 'minimal.yaml');

  it('copies the letter with the platform tool and says so', () => {
    const s = setup();
    const r = redress(['draft', '--from', fixture, '--copy'], { env: { PATH: s.tools.bin } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Copied the letter to the clipboard (with xclip).\n');
    expect(r.stderr).not.toMatch(/^(✖|!) /m);
    expect(s.tools.input('xclip')).toMatch(/^Subject: Refund request: monthly gym membership\n/);
  });

  it('prints the letter when there is no clipboard, and does not fail', () => {
    const s = setup();
    const r = redress(['draft', '--from', fixture, '--copy'], { env: { PATH: join(s.dir, 'log') } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('I could not reach a clipboard here');
    expect(r.stdout).toMatch(/^Subject: Refund request: monthly gym membership\n/);
  });

  it('opens a mailto: link, and prints it when nothing can open it', () => {
    const s = setup();
    const r = redress(['draft', '--from', fixture, '--mail'], { env: { PATH: s.tools.bin } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Opened a new message in your mail app (with xdg-open)');
    expect(s.tools.args('xdg-open')![0]).toMatch(/^mailto:\?subject=Refund%20request%3A%20monthly%20gym%20membership&body=Dear%20Peak%20Fitness/);
    const none = redress(['draft', '--from', fixture, '--mail'], { env: { PATH: join(s.dir, 'log') } });
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/could not open your mail app.*\nmailto:\?subject=Refund%20request/);
  });
});

describe.skipIf(!posix)('redress reply in a terminal', () => {
  it('asks again for an offer given in another currency than the case\'s', async () => {
    const s = setup();
    const file = join(s.dir, 'case.yaml');
    writeFileSync(file, readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cases', 'minimal.yaml'), 'utf8'));
    const t = s.start(['reply', file]);
    await t.answer('When did', '');
    await t.answer('Number (Enter for 1)', '1');
    await t.answer('How much did they offer?', '£50');
    await t.waitFor("That is in GBP, but this case's amounts are in");
    // The answer is cleared and typed again, in the case's own currency.
    t.write(KEY.backspace.repeat(3));
    t.write(`50${KEY.enter}`);
    await t.answer('Anything to add about the offer', '');
    await t.answer('By when did they say', '');
    await t.waitFor(/accept/i);
    t.kill();
  });
});
