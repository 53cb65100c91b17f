// The wizard in a real pseudo-terminal, for what people actually do: paste a story, press
// Esc after typing, use a narrow or dumb terminal, copy the letter and leave, change an
// answer after saving, start it through npx.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tempDir } from '../support/cli.js';
import { fakeTools } from '../io/fake-tools.js';
import { STEPS } from '../../src/wizard/steps.js';
import { KEY, Terminal, stripAnsi } from './pty.js';

const tmp = tempDir('redress-pty-input-');
const terminals: Terminal[] = [];
afterAll(() => {
  for (const terminal of terminals) terminal.kill();
  tmp.cleanup();
});

let counter = 0;
function setup(tools: Record<string, object> = { xclip: {} }) {
  const dir = join(tmp.dir, `t${++counter}`);
  const fake = fakeTools(dir, tools);
  const env = {
    PATH: fake.bin,
    HOME: dir,
    REDRESS_HOME: join(dir, 'home'),
    REDRESS_TODAY: '2026-11-16',
    TERM: 'xterm-256color',
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
  };
  const start = (args: string[] = [], extra: Record<string, string | undefined> = {}, cols = 120) => {
    const terminal = new Terminal(args, { cwd: dir, env: { ...env, ...extra }, cols });
    terminals.push(terminal);
    return terminal;
  };
  const draft = join(dir, 'home', 'draft.json');
  /** Answers saved earlier, every question asked: `--resume` goes straight to the letter. */
  const savedAnswers = (circumstances = 'I booked a deep clean of three rooms.') => {
    mkdirSync(join(dir, 'home'), { recursive: true, mode: 0o700 });
    const data = {
      sender: { name: 'Alex Rivera' },
      recipient: { company: 'Brightline Carpet Care' },
      purchase: { item: 'deep cleaning of three rooms', amount: 240, currency: 'USD', date: '2026-11-02' },
      story: { circumstances, expectations: ['all three rooms would be cleaned'], outcome: ['only two rooms were cleaned'] },
      request: { remedy: 'refund' },
    };
    writeFileSync(draft, JSON.stringify({ version: 1, savedAt: '2026-11-16T10:00:00Z', data, asked: STEPS.map((step) => step.id) }), { mode: 0o600 });
  };
  return { dir, fake, start, draft, savedAnswers };
}

const draftData = (file: string) => JSON.parse(readFileSync(file, 'utf8')).data;

/** The optional questions about the business after its e-mail address, skipped with Enter. */
async function skipBusinessDetails(t: Terminal): Promise<void> {
  await t.answer('Their postal address', '');
  await t.answer('What kind of business', '');
}

describe('typing and pasting', () => {
  it('keeps every line of a pasted story, bracketed or not, and says it joined them', async () => {
    const s = setup();
    const t = s.start();
    await t.answer('Which company', 'Brightline Carpet Care');
    await t.waitFor('person or team');
    // A terminal with bracketed paste wraps the paste; the person then presses Enter.
    t.write('\x1b[200~Member Services\r\nteam\x1b[201~');
    t.write(KEY.enter);
    await t.waitFor('You pasted 2 lines; they are kept, joined into one paragraph.');
    await t.waitFor('Their e-mail');
    t.write(KEY.enter);
    await skipBusinessDetails(t);
    await t.waitFor('buy or book?');
    // A terminal without it: the lines arrive at once, the last line ending is the Enter.
    t.write('deep cleaning\rof three\rrooms\r');
    await t.waitFor('You pasted 3 lines');
    await t.waitFor('What kind of purchase');
    t.write(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const data = draftData(s.draft);
    expect(data.recipient.contact).toBe('Member Services team');
    expect(data.purchase.item).toBe('deep cleaning of three rooms');
    // Nothing spilled into the next question.
    expect(data.recipient.email).toBeUndefined();
  }, 60_000);

  it('Esc skips only an empty answer: a typed date is kept', async () => {
    const s = setup();
    const t = s.start();
    await t.answer('Which company', 'Brightline Carpet Care');
    await t.answer('person or team', '');
    await t.answer('Their e-mail', '');
    await skipBusinessDetails(t);
    await t.answer('buy or book?', 'a sofa');
    await t.answer('What kind of purchase', '');
    await t.waitFor('When did you buy');
    t.write('2026-11-02');
    await t.waitFor('2026-11-02');
    t.write(KEY.esc);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.text).not.toContain('(skipped)');
    t.write(KEY.enter);
    await t.waitFor('Order, booking');
    t.write(KEY.esc); // empty: skipped
    await t.waitFor('(skipped)');
    await t.waitFor('Which country');
    t.write(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(draftData(s.draft).purchase).toEqual({ item: 'a sofa', date: '2026-11-02' });
  }, 60_000);
});

describe('narrow and dumb terminals', () => {
  it('wraps the tone advice at word boundaries in 60 columns', async () => {
    const s = setup();
    const t = s.start([], {}, 60);
    await t.answer('Which company', 'Brightline Carpet Care');
    await t.answer('person or team', '');
    await t.answer('Their e-mail', '');
    await skipBusinessDetails(t);
    await t.answer('buy or book?', 'a sofa');
    await t.answer('What kind of purchase', '');
    await t.answer('When did you buy', '');
    await t.answer('Order, booking', '');
    await t.answer('Which country', '');
    await t.answer('the law differs from one part to another', '');
    await t.answer('How much did you pay', '');
    await t.answer('What happened?', 'You are LIARS and your so-called service is a complete and utter joke from start to finish.');
    await t.waitFor('Would you like to rephrase it?');
    const advice = t.text.slice(t.text.indexOf('This may read as unkind'), t.text.lastIndexOf('Would you like to rephrase it?'));
    const lines = stripAnsi(advice).split(/\r?\n/).filter((line) => !line.includes('?'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    // A word is never cut at the edge: every line ends with a whole word.
    const words = new Set(stripAnsi(advice).split(/\s+/));
    for (const line of lines) {
      const last = line.trim().split(/\s+/).at(-1);
      if (last) expect(words.has(last)).toBe(true);
    }
    t.write(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
  }, 60_000);

  it('TERM=dumb gets plain line-by-line questions without cursor codes', async () => {
    const s = setup();
    const t = s.start([], { TERM: 'dumb' });
    await t.answer('Which company', 'Brightline Carpet Care');
    await t.answer('person or team', '');
    await t.answer('Their e-mail', 'not an address');
    await t.waitFor('not an e-mail address');
    await t.answer('Their e-mail', 'support@brightline.example');
    await t.answer('Their postal address', '');
    await t.waitFor('What kind of business');
    await t.answer('Number (Enter for', '');
    await t.answer('buy or book?', 'a sofa');
    await t.waitFor('What kind of purchase');
    await t.answer('Number (Enter for', '');
    await t.answer('When did you buy', '');
    await t.answer('Order, booking', '');
    await t.answer('Which country', '');
    await t.answer('the law differs from one part to another', '');
    await t.answer('How much did you pay', '');
    await t.answer('What happened?', 'The sofa arrived torn.');
    await t.answer('What were you promised', 'a sofa in one piece');
    await t.answer('Anything else you were promised', '');
    await t.answer('What actually happened', 'it was torn');
    await t.answer('Anything else that went wrong', '');
    await t.answer('How did it affect you', '');
    await t.answer('What went wrong, in short', '');
    await t.answer('already tried to sort this out', 'n');
    await t.answer('What will you attach', '');
    await t.waitFor('What would you like them to do?');
    await t.answer('Number (Enter for', '2');
    await t.waitFor('How much should they refund');
    t.write(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(t.text).toContain('run `redress draft --resume` to carry on');
    // No escape sequence at all: no cursor movement, no colour, no bracketed paste.
    expect(t.raw).not.toContain('\x1b');
    const data = draftData(s.draft);
    expect(data.recipient.email).toBe('support@brightline.example');
    expect(data.request.remedy).toBe('refund');
  }, 60_000);
});

describe('hints and leaving', () => {
  it('started with npx, Ctrl-C says how to carry on with npx', async () => {
    const s = setup();
    const t = s.start([], { npm_command: 'exec', npm_lifecycle_script: "'redress'" });
    await t.answer('Which company', 'Brightline Carpet Care');
    await t.waitFor('person or team');
    t.write(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(t.text).toContain('run `npx redress draft --resume` to carry on');
  }, 60_000);

  it('keeps the answers after a copy the terminal cannot confirm, unless the person says it is safe', async () => {
    const s = setup({}); // no clipboard program: the copy goes out as OSC 52
    s.savedAnswers();
    const t = s.start(['draft', '--resume']);
    await t.waitFor('Your letter');
    await t.choose('What would you like to do with it', 'Copy it to the clipboard');
    await t.waitFor('OSC 52');
    await t.waitFor('paste it somewhere to check');
    await t.choose('What would you like to do with it', 'Done');
    await t.answer('Have you pasted it somewhere safe', 'n');
    await t.waitFor('Your answers are kept');
    expect((await t.exited).exitCode).toBe(0);
    expect(existsSync(s.draft)).toBe(true);

    const u = s.start(['draft', '--resume']);
    await u.waitFor('Your letter');
    await u.choose('What would you like to do with it', 'Copy it to the clipboard');
    await u.choose('What would you like to do with it', 'Done');
    await u.answer('Have you pasted it somewhere safe', 'y');
    await u.waitFor('All done');
    expect((await u.exited).exitCode).toBe(0);
    expect(existsSync(s.draft)).toBe(false);
  }, 60_000);

  it('the saved case file records the letter, and a changed answer makes saved files out of date', async () => {
    const s = setup();
    s.savedAnswers();
    const t = s.start(['draft', '--resume']);
    await t.waitFor('Your letter');
    await t.choose('What would you like to do with it', 'Save it to a file');
    await t.answer('Save the letter as', 'letter.txt');
    await t.waitFor('Saved the letter');
    await t.choose('What would you like to do with it', 'Save my answers as a case file');
    await t.answer('Save your answers as', 'case.yaml');
    await t.waitFor('Saved your answers');
    const saved = parse(readFileSync(join(s.dir, 'case.yaml'), 'utf8'));
    expect(saved.letter).toEqual({ date: '2026-11-16', stage: 'first', previous: ['2026-11-16'] });
    expect(readFileSync(join(s.dir, 'case.yaml'), 'utf8')).toContain('--next --record');
    await t.choose('What would you like to do with it', 'Change an answer');
    await t.choose('Which answer would you like to change', 'Company');
    await t.waitFor('Which company');
    t.write('\x15Brightline Cleaning\r');
    await t.waitFor('Your letter');
    await t.waitFor('what you saved earlier is out of date: "letter.txt" (the letter), "case.yaml" (your answers)');
    await t.choose('What would you like to do with it', 'Quit');
    expect((await t.exited).exitCode).toBe(0);
  }, 60_000);
});

describe('kept unkind words', () => {
  it('are shown again at the letter, with one key for a calmer wording (not just lower case)', async () => {
    const s = setup();
    s.savedAnswers('I booked a deep clean of three rooms. You are LIARS.');
    const t = s.start(['draft', '--resume']);
    await t.waitFor('Your letter');
    await t.waitFor('Before you send it: you kept words that may read as unkind.');
    const shown = await t.waitFor(/Calmer: "[^"]+"/);
    expect(shown.toLowerCase()).not.toContain('liars');
    await t.waitFor('What would you like to do with it');
    t.write(KEY.enter); // the calmer wording is the first choice
    await t.waitFor('Your letter');
    await t.choose('What would you like to do with it', 'Quit');
    expect((await t.exited).exitCode).toBe(0);
    const circumstances = draftData(s.draft).story.circumstances as string;
    expect(circumstances).toMatch(/^I booked a deep clean of three rooms\. /);
    expect(circumstances.toLowerCase()).not.toContain('liars');
  }, 60_000);
});

describe('country, currency and locale follow the person', () => {
  it('LANG=en_GB gives GB, £2,400 gives GBP, and the letter says it will write for en-GB (--locale to change)', async () => {
    const s = setup();
    const t = s.start([], { LANG: 'en_GB.UTF-8' });
    await t.answer('Which company', 'Brightline Carpet Care');
    await t.answer('person or team', '');
    await t.answer('Their e-mail', '');
    await skipBusinessDetails(t);
    await t.answer('buy or book?', 'a kitchen fitting');
    await t.choose('What kind of purchase', 'A service');
    await t.answer('When did you buy', '');
    await t.answer('Order, booking', '');
    await t.waitFor('Which country do you live in');
    await t.answer('(GB)', ''); // the default, from LANG
    await t.answer('United Kingdom: the law differs from one part to another', 'Scotland');
    await t.answer('How much did you pay', '£2,400');
    await t.answer('agreed total price', '3000');
    await t.choose('How did you pay', 'credit card');
    await t.waitFor('Which currency');
    await t.answer('(GBP)', '');
    await t.waitFor(/The letter will write money and dates for en-GB \(£1,200\.50, 16 November 2026\)\.\s+To change that,\s+start\s+again\s+with\s+--locale/);
    await t.waitFor('What happened?');
    t.write(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const data = draftData(s.draft);
    expect(data.sender).toEqual({ country: 'GB', region: 'GB-SCT' });
    expect(data.purchase).toMatchObject({ item: 'a kitchen fitting', kind: 'service', amount: 2400, price: 3000, paidWith: 'credit-card', currency: 'GBP' });
  }, 60_000);
});
