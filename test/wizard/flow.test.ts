// The question flow, driven by a scripted prompter: the same code the terminal runs,
// with real files (drafts, profile, letters) in a temporary REDRESS_HOME.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runWizard, fillMissing, type WizardOptions } from '../../src/wizard/index.js';
import { redress, tempDir } from '../support/cli.js';
import { fakeTools } from '../io/fake-tools.js';
import { CLEAR, ESC, scripted, STOP, type Entry, type ScriptedPrompter } from './scripted.js';
import type { SelectQuestion } from '../../src/wizard/prompter.js';

const TODAY = '2026-11-16';
let savedToday: string | undefined;
beforeAll(() => {
  savedToday = process.env.REDRESS_TODAY;
  process.env.REDRESS_TODAY = TODAY;
});
const tmp = tempDir('redress-wizard-');
afterAll(() => {
  if (savedToday === undefined) delete process.env.REDRESS_TODAY;
  else process.env.REDRESS_TODAY = savedToday;
  tmp.cleanup();
});

let counter = 0;
/** A fresh home (REDRESS_HOME), working folder and fake clipboard/opener tools. */
function place() {
  const dir = join(tmp.dir, `run-${++counter}`);
  const tools = fakeTools(dir, { xclip: {}, 'xdg-open': {} });
  return { dir, home: join(dir, 'home'), tools, env: { PATH: tools.bin, REDRESS_HOME: join(dir, 'home') } as NodeJS.ProcessEnv };
}

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(where: ReturnType<typeof place>, entries: Entry[], options: Partial<WizardOptions> = {}) {
  const prompter = scripted(entries);
  const stdout = sink();
  const stderr = sink();
  const code = await runWizard({ format: 'text', ...options }, { prompter, stdout: stdout.stream, stderr: stderr.stream, env: where.env, cwd: where.dir, color: false });
  return { code, prompter, stdout: stdout.text(), stderr: stderr.text(), said: prompter.said.join('\n') };
}

const recipient: Entry[] = [
  ['Which company', 'Brightline Carpet Care'],
  ['person or team', 'Member Services team'],
  ['Their e-mail', 'support@brightline.example'],
  ['Their postal address', ''],
  ['What kind of business', ''],
];
const purchase: Entry[] = [
  ['buy or book?', 'deep cleaning of three rooms'],
  ['What kind of purchase', { value: '' }],
  ['When did you buy', '2026-11-02'],
  ['Order, booking', '004471'],
  ['Which country', ''],
  ['How much did you pay', '240'],
  ['How did you pay', ''],
  ['currency', ''],
];
const story: Entry[] = [
  ['What happened?', 'I booked a deep clean of three rooms for 2 November.'],
  ['What were you promised', 'the crew would arrive between 9 and 10 am'],
  ['Anything else you were promised', 'all three rooms would be deep cleaned'],
  ['Anything else you were promised', ''],
  ['promised: "the crew would arrive', 'the crew arrived at 1 pm, three hours late'],
  ['promised: "all three rooms', 'only two of the three rooms were cleaned'],
  ['Anything else that went wrong', ''],
  ['How did it affect you', 'I took a day off work and lost most of it waiting.'],
  ['What went wrong, in short', ''],
];
const history: Entry[] = [
  ['already tried to sort this out', true],
  ['Contact 1: when', '2026-11-03'],
  ['Contact 1: how', 'phone'],
  ['Contact 1: whom', 'Dana at the front desk'],
  ['Contact 1: what came of it', 'she promised a call back within two days'],
  ['another time', false],
  ['What will you attach', 'booking confirmation BCC-004471'],
  ['Anything else you will attach', ''],
];
const request: Entry[] = [
  ['What would you like them to do', 'either'],
  ['What exactly would put it right', 'clean the third room at no charge'],
  ['How much should they refund', ''],
  ['By what date', ''],
];
const stage: Entry[] = [['Which letter is this', 'first']];
const sender: Entry[] = [
  ['Your full name', 'Alex Rivera'],
  ['Your e-mail', 'alex.rivera@example.com'],
  ['Your phone', '+1 555 0142'],
  ['Your postal address', ''],
  ['Remember your name', false],
  ['customer or account number', '0093321'],
];
const allQuestions = (): Entry[] => [...recipient, ...purchase, ...story, ...history, ...request, ...stage, ...sender];
const menu = (action: string): Entry => ['What would you like to do with it', action];

describe('the question flow', () => {
  it('walks through the story and shows a firm, kind letter', async () => {
    const where = place();
    const r = await run(where, [...allQuestions(), menu('print'), menu('quit')]);
    expect(r.code).toBe(0);
    expect(r.prompter.remaining()).toEqual([]);
    const letter = r.stdout;
    expect(letter).toMatch(/^Subject: .*004471/);
    expect(letter).toContain('Dear Member Services team,');
    expect(letter).toContain('- Promised: the crew would arrive between 9 and 10 am. What happened: the crew arrived at 1 pm, three hours late.');
    expect(letter).toContain('Please either put this right (clean the third room at no charge) or refund the $240.00 I paid.');
    expect(letter).toContain('Please reply by November 30, 2026');
    expect(letter).toMatch(/November 3, 2026.*Dana at the front desk|Dana at the front desk.*November 3, 2026/);
    expect(letter).toContain('Customer number: 0093321');
    expect(letter).not.toMatch(/undefined|null|\n{3,}/);
    // The preview showed the same letter, and the sections were introduced in order.
    expect(r.said).toContain('Dear Member Services team,');
    const headings = ['Who you are writing to', 'What you bought', 'What happened', 'Earlier attempts and enclosures', 'What you want', 'Which letter this is', 'About you'];
    const positions = headings.map((heading) => r.said.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(r.said).toContain('All done');
    // A finished letter clears the draft.
    expect(existsSync(join(where.home, 'draft.json'))).toBe(false);
    // "Deep cleaning of three rooms" is a service: offered first, though the person skipped it here.
    expect((r.prompter.asked.find((q) => q.message.includes('What kind of purchase'))!.question as SelectQuestion<unknown>).default).toBe('service');
  });

  it('offers the kind of purchase the item names first, and nothing when it names none', async () => {
    const kindOffered = async (item: string) => {
      const entries = allQuestions().map(([match, answer]): Entry => (match === 'buy or book?' ? [match, item] : [match, answer]));
      const r = await run(place(), [...entries, menu('quit')]);
      return (r.prompter.asked.find((q) => q.message.includes('What kind of purchase'))!.question as SelectQuestion<unknown>).default;
    };
    expect(await kindOffered('tenancy deposit for 4 Elm Road')).toBe('deposit');
    expect(await kindOffered('2 night stay, sea-view room')).toBe('booking');
    expect(await kindOffered('a blue sofa')).toBe('');
  });

  it('saves the answers as a case file that writes the same letter with draft --from', async () => {
    const where = place();
    const r = await run(where, [...allQuestions(), menu('case'), ['Save your answers as', 'my-case.yaml'], menu('print'), menu('quit')]);
    expect(r.code).toBe(0);
    const file = join(where.dir, 'my-case.yaml');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toContain('reference: "004471"');
    expect(yaml).toContain('customerId: "0093321"');
    expect(r.said).toContain('Write the letter again with: redress draft --from my-case.yaml');
    const again = redress(['draft', '--from', file], { env: { REDRESS_TODAY: TODAY } });
    // Notes only (no country was given, so no rights are cited): no warning, no error.
    expect(again.stderr).not.toMatch(/^(✖|!) /m);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(r.stdout);
  });

  it('saves to the home folder when the name typed starts with ~/', async () => {
    const where = place();
    const home = join(where.dir, 'my-home');
    mkdirSync(home, { recursive: true });
    const before = process.env.HOME;
    process.env.HOME = home;
    try {
      const r = await run(where, [...allQuestions(), menu('case'), ['Save your answers as', '~/from-home.yaml'], menu('quit')]);
      expect(r.code).toBe(0);
    } finally {
      if (before === undefined) delete process.env.HOME;
      else process.env.HOME = before;
    }
    expect(readFileSync(join(home, 'from-home.yaml'), 'utf8')).toContain('company: "Brightline Carpet Care"');
    expect(existsSync(join(where.dir, '~'))).toBe(false);
  });

  it('offers the default name for the case file and never replaces a file without asking', async () => {
    const where = place();
    writeFileSync(join(where.dir, 'brightline-carpet-care-case.yaml'), 'mine');
    const r = await run(where, [
      ...allQuestions(),
      menu('case'),
      ['Save your answers as', ''],
      ['already exists. Replace it?', false],
      ['Save your answers as', ''],
      menu('quit'),
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(where.dir, 'brightline-carpet-care-case.yaml'), 'utf8')).toBe('mine');
    expect(readFileSync(join(where.dir, 'brightline-carpet-care-case-2.yaml'), 'utf8')).toContain('company: "Brightline Carpet Care"');
    // Only the case file was saved, not the letter: the answers are kept.
    expect(r.said).toContain('Your answers are kept');
    expect(existsSync(join(where.home, 'draft.json'))).toBe(true);
  });

  it('checks answers as they are typed, with friendly messages', async () => {
    const where = place();
    const entries = allQuestions().map(([match, answer]): Entry => {
      if (match === 'Their e-mail') return [match, { tries: ['support at brightline', 'support@brightline.example'] }];
      if (match === 'When did you buy') return [match, { tries: ['2 Nov 2025 at 3pm', '2026-02-30', '2026-12-01', '2 Nov 2026'] }];
      if (match === 'How much did you pay') return [match, { tries: ['two hundred', '0', '240'] }];
      if (match === 'currency') return [match, { tries: ['euro', 'XYZ', 'eur'] }];
      return [match, answer];
    });
    const r = await run(where, [...entries, menu('print'), menu('quit')]);
    expect(r.prompter.errors).toEqual([
      'That is not an e-mail address; write it like name@example.com.',
      '"2 Nov 2025 at 3pm" is not a date I can read; write it like 3 October 2026 or 2026-10-03.',
      '"2026-02-30" is not a real calendar date; check the day and month.',
      'That is after the date of the letter (2026-11-16). Check the year, month and day.',
      '"two hundred" is not an amount I can read; write it as a number, e.g. 240 or 79.98.',
      'The amount needs to be more than 0.',
      'Please give the three-letter currency code, such as USD, EUR or GBP.',
      '"XYZ" is not a currency code I know. Use one such as USD, EUR or GBP.',
    ]);
    expect(r.stdout).toContain('€240.00');
  });

  it('reads how often a fee is charged from the amount ("£29.99 a month") and asks to confirm it', async () => {
    const where = place();
    const entries = allQuestions().flatMap(([match, answer]): Entry[] => {
      if (match === 'buy or book?') return [[match, 'gym membership']];
      if (match === 'How much did you pay') return [[match, '£29.99 a month'], ['How often', 'month']];
      return [[match, answer]];
    });
    const r = await run(where, [...entries, menu('Save my answers as a case file'), ['Save your answers as', 'case.yaml'], menu('quit')]);
    expect(r.prompter.errors).toEqual([]);
    const saved = readFileSync(join(where.dir, 'case.yaml'), 'utf8');
    expect(saved).toMatch(/amount: 29\.99\n/);
    expect(saved).toContain('period: "month"\n');
    expect(saved).toContain('currency: "GBP"\n');
  });

  it('skips optional questions with an empty answer or Esc, and needs the required ones', async () => {
    const where = place();
    const r = await run(where, [
      ['Which company', { tries: ['', '   ', 'Peak Fitness'] }],
      ['person or team', ESC],
      ['Their e-mail', ''],
      ['Their postal address', ''],
      ['What kind of business', ''],
      ['buy or book?', 'monthly gym membership'],
      ['What kind of purchase', { value: '' }],
      ['When did you buy', ESC],
      ['Order, booking', ''],
      ['Which country', ''],
      ['How much did you pay', ''],
      ['What happened?', 'I cancelled my membership in writing on 1 September 2026.'],
      ['What were you promised', 'no further monthly charges after the cancellation'],
      ['Anything else you were promised', ''],
      ['promised: "no further', 'I was charged again on 1 October and 1 November'],
      ['Anything else that went wrong', ESC],
      ['How did it affect you', ''],
      ['What went wrong, in short', ''],
      ['already tried to sort this out', false],
      ['What will you attach', ''],
      ['What would you like them to do', 'refund'],
      // Nothing was paid to default to, so the amount is needed.
      ['How much should they refund', { tries: ['', '79.98'] }],
      ['Which currency', 'USD'],
      ['By what date', ''],
      ['Which letter is this', ''],
      ['Your full name', 'Sam Lee'],
      ['Your e-mail', ''],
      ['Your phone', ''],
      ['Your postal address', ''],
      ['Remember your name', false],
      ['customer or account number', ''],
      menu('print'),
      menu('quit'),
    ]);
    expect(r.prompter.errors).toEqual(['Please answer this one: the letter needs it.', 'Please answer this one: the letter needs it.', 'Please answer this one: the letter needs it.']);
    expect(r.stdout).toContain('Subject: Refund request: monthly gym membership');
    expect(r.stdout).toContain('Please refund the $79.98 I paid.');
    expect(r.stdout).toContain('Dear Peak Fitness Customer Service,');
  });

  it('keeps a refund of the full amount relative to what was paid, and a partial refund below it', async () => {
    const where = place();
    const entries = allQuestions().flatMap(([match, answer]): Entry[] => {
      if (match === 'What would you like them to do') return [[match, 'partial-refund']];
      if (match === 'What exactly would put it right') return [];
      if (match === 'How much should they refund') return [[match, { tries: ['240', '300', '100'] }], ['Why this amount', '']];
      return [[match, answer]];
    });
    const r = await run(where, [...entries, menu('case'), ['Save your answers as', 'c.yaml'], menu('print'), menu('quit')]);
    expect(r.prompter.errors).toEqual(['A partial refund should be less than what you paid (240).', 'A partial refund should be less than what you paid (240).']);
    expect(r.stdout).toContain('Please refund $100.00 of the $240.00 I paid');
    const yaml = readFileSync(join(where.dir, 'c.yaml'), 'utf8');
    expect(yaml).toMatch(/request:\n {2}remedy: "partial-refund"\n {2}amount: 100\n/);
  });

  it('takes another reply-by date, and keeps the usual 14 days relative', async () => {
    const where = place();
    const entries = allQuestions().map(([match, answer]): Entry => (match === 'By what date' ? [match, { tries: ['2026-11-16', '2026-12-04'] }] : [match, answer]));
    const r = await run(where, [...entries, menu('case'), ['Save your answers as', 'c.yaml'], menu('print'), menu('quit')]);
    expect(r.prompter.errors).toEqual(['That needs to be after the date of the letter (2026-11-16).']);
    expect(r.stdout).toContain('Please reply by December 4, 2026');
    expect(readFileSync(join(where.dir, 'c.yaml'), 'utf8')).toContain('deadline: "2026-12-04"');
    const plain = await run(place(), [...allQuestions(), menu('case'), ['Save your answers as', 'c.yaml'], menu('quit')]);
    expect(plain.said).toContain('Saved your answers');
  });
});

describe('never losing an answer', () => {
  it('saves every answer at once (0600), stops on Ctrl-C with exit 130 and one line, and offers to carry on', async () => {
    const where = place();
    const upTo = allQuestions().findIndex(([match]) => match === 'What happened?');
    const first = await run(where, [...allQuestions().slice(0, upTo), ['What happened?', STOP]]);
    expect(first.code).toBe(130);
    expect(first.stderr).toBe('Stopped. Your answers are saved: run `redress draft --resume` to carry on.\n');
    const file = join(where.home, 'draft.json');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const draft = JSON.parse(readFileSync(file, 'utf8'));
    expect(draft.data).toEqual({
      recipient: { company: 'Brightline Carpet Care', contact: 'Member Services team', email: 'support@brightline.example' },
      purchase: { item: 'deep cleaning of three rooms', date: '2026-11-02', reference: '004471', amount: 240, currency: 'USD' },
    });

    // The next run offers to carry on, saying whom the letter was for, and goes on from there.
    const second = await run(where, [['unfinished letter to "Brightline Carpet Care"', 'resume'], ...allQuestions().slice(upTo), menu('print'), menu('quit')]);
    expect(second.code).toBe(0);
    expect(second.prompter.asked[1]!.message).toMatch(/^What happened\?/);
    expect(second.stdout).toContain('(reference 004471)');
    expect(existsSync(file)).toBe(false);
  });

  it('keeps half a list, and an answer waiting for its tone check', async () => {
    const where = place();
    const upTo = allQuestions().findIndex(([match]) => match === 'Anything else you were promised');
    const first = await run(where, [...allQuestions().slice(0, upTo), ['Anything else you were promised', STOP]]);
    expect(first.code).toBe(130);
    const draft = JSON.parse(readFileSync(join(where.home, 'draft.json'), 'utf8'));
    expect(draft.data.story).toEqual({ circumstances: 'I booked a deep clean of three rooms for 2 November.', expectations: ['the crew would arrive between 9 and 10 am'] });
    expect(draft.asked).toContain('story.circumstances');
    expect(draft.asked).not.toContain('story.expectations');

    const second = await run(where, [
      ['unfinished letter', 'resume'],
      ['What were you promised', ''], // Enter keeps the point given before
      ...allQuestions().slice(upTo),
      menu('quit'),
    ]);
    expect(second.prompter.asked[1]!.question).toMatchObject({ initial: 'the crew would arrive between 9 and 10 am' });
    expect(second.said).toContain('Your answers are kept');

    const third = await run(where, [['unfinished letter', 'resume'], menu('print'), menu('quit')]);
    expect(third.stdout).toContain('- Promised: all three rooms would be deep cleaned.');

    // An answer is saved before its tone check, so Ctrl-C there loses nothing.
    const other = place();
    const at = allQuestions().findIndex(([match]) => match === 'What happened?');
    await run(other, [...allQuestions().slice(0, at), ['What happened?', 'The crew were idiots!!!'], ['rephrase', STOP]]);
    expect(JSON.parse(readFileSync(join(other.home, 'draft.json'), 'utf8')).data.story.circumstances).toBe('The crew were idiots!!!');
  });

  it('resumes directly with --resume, and starts afresh when asked to', async () => {
    const where = place();
    await run(where, [...recipient.slice(0, 1), ['person or team', STOP]]);
    const resumed = await run(where, [['person or team', STOP]], { resume: true });
    expect(resumed.said).toContain('Carrying on with your letter to "Brightline Carpet Care"');
    expect(resumed.code).toBe(130);
    const undecided = await run(where, [['unfinished letter', STOP]]);
    expect(undecided.stderr).toBe('Stopped. Your earlier answers are still saved: run `redress draft --resume` to carry on with them.\n');
    const fresh = await run(where, [['unfinished letter', 'new'], ['Which company', 'Peak Fitness'], ['person or team', STOP]]);
    expect(fresh.code).toBe(130);
    expect(JSON.parse(readFileSync(join(where.home, 'draft.json'), 'utf8')).data).toEqual({ recipient: { company: 'Peak Fitness' } });
    const none = await run(place(), [['Which company', STOP]], { resume: true });
    expect(none.said).toContain('There are no saved answers to carry on with');
    expect(none.stderr).toBe('Stopped. Nothing was saved.\n');
  });

  it('starts afresh when the draft file is damaged', async () => {
    const where = place();
    await run(where, [['Which company', 'Brightline'], ['person or team', STOP]]);
    writeFileSync(join(where.home, 'draft.json'), '{"version": 1, "data": [');
    const r = await run(where, [['Which company', STOP]]);
    expect(r.said).toContain('could not be read');
  });
});

describe('remembering your details', () => {
  it('asks before keeping them, keeps them privately, and offers them next time', async () => {
    const where = place();
    const withConsent = allQuestions().map(([match, answer]): Entry => (match === 'Remember your name' ? [match, true] : [match, answer]));
    const first = await run(where, [...withConsent, menu('print'), menu('quit')]);
    expect(first.code).toBe(0);
    const profile = join(where.home, 'profile.json');
    expect(JSON.parse(readFileSync(profile, 'utf8'))).toEqual({
      version: 1,
      sender: { name: 'Alex Rivera', email: 'alex.rivera@example.com', phone: '+1 555 0142' },
    });
    if (process.platform !== 'win32') expect(statSync(profile).mode & 0o777).toBe(0o600);

    // A second letter asks only the new facts: the customer number belongs to each business.
    const second = await run(where, [
      ...allQuestions().filter(([match]) => !['Your full name', 'Your e-mail', 'Your phone', 'Your postal address', 'Remember your name', 'customer or account number'].includes(match as string)),
      ['Use your saved details? "Alex Rivera", "alex.rivera@example.com", "+1 555 0142"', 'use'],
      ['customer or account number', ''],
      menu('print'),
      menu('quit'),
    ]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Alex Rivera\nalex.rivera@example.com\n+1 555 0142');

    // They can be changed, and the change kept.
    const third = await run(where, [
      ...allQuestions().filter(([match]) => !['Your full name', 'Your e-mail', 'Your phone', 'Your postal address', 'Remember your name', 'customer or account number'].includes(match as string)),
      ['Use your saved details?', 'change'],
      ['Your full name', ''],
      ['Your e-mail', 'alex@new.example'],
      ['Your phone', CLEAR],
      ['Your postal address', ''],
      ['Update your saved details', true],
      ['customer or account number', ''],
      menu('quit'),
    ]);
    expect(third.prompter.asked.find((q) => q.message.startsWith('Your full name'))!.question).toMatchObject({ initial: 'Alex Rivera' });
    expect(JSON.parse(readFileSync(profile, 'utf8')).sender).toEqual({ name: 'Alex Rivera', email: 'alex@new.example' });
  });

  it('keeps nothing without consent', async () => {
    const where = place();
    await run(where, [...allQuestions(), menu('quit')]);
    expect(existsSync(join(where.home, 'profile.json'))).toBe(false);
  });
});

describe('the tone check', () => {
  it('shows unkind words with a calmer wording, and lets the person rephrase or keep them', async () => {
    const where = place();
    const entries = allQuestions().flatMap(([match, answer]): Entry[] => {
      if (match === 'What happened?') return [[match, 'The crew were idiots!!!'], ['rephrase', 'rephrase'], [match, 'The crew arrived three hours late.']];
      if (match === 'How did it affect you') return [[match, 'I was FURIOUS'], ['rephrase', 'keep']];
      return [[match, answer]];
    });
    const r = await run(where, [...entries, menu('print'), menu('quit')]);
    expect(r.said).toContain('This may read as unkind');
    expect(r.said).toContain('name-calling');
    expect(r.said).toContain('A calmer way to say it: "the people I dealt with were not able to solve the problem"');
    // Rephrasing starts from the words typed.
    const again = r.prompter.asked.filter((q) => q.message.startsWith('What happened?'));
    expect(again[1]!.question).toMatchObject({ initial: 'The crew were idiots!!!' });
    expect(r.stdout).toContain('The crew arrived three hours late.');
    expect(r.stdout).not.toContain('idiots');
    // Kept, but not shouted: the letter writes the capitals in normal letters, so that it passes its own check.
    expect(r.stdout).toContain('I was furious');
    expect(r.stdout).not.toContain('FURIOUS');
  });

  it('shows typed control characters harmlessly', async () => {
    const where = place();
    const entries = allQuestions().map(([match, answer]): Entry => {
      if (match === 'What were you promised') return [match, 'the crew \x1b[2Jwould arrive\x07 between 9 and 10 am'];
      if (match === 'promised: "the crew would arrive') return [/promised: "the crew .*would arrive/, answer];
      return [match, answer];
    });
    const r = await run(where, [...entries, menu('print'), menu('quit')]);
    const messages = r.prompter.asked.map((q) => q.message).join('\n');
    expect(messages).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
    expect(r.said).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
    expect(r.stdout).toContain('between 9 and 10 am');
  });
});

describe('after the preview', () => {
  it('copies the letter with the clipboard tool and says which', async () => {
    const where = place();
    // A clipboard is not a safe place: the answers are cleared only once the person says so.
    const r = await run(where, [...allQuestions(), menu('copy'), menu('quit'), ['Have you pasted it somewhere safe', true]]);
    expect(where.tools.input('xclip')).toMatch(/^Subject: .*\n\nDear Member Services team,/);
    expect(r.said).toContain('Copied the letter to the clipboard (with xclip).');
    expect(r.said).toContain('All done');
  });

  it('prints the letter when there is no clipboard at all', async () => {
    const where = place();
    where.env.PATH = join(where.dir, 'log');
    const r = await run(where, [...allQuestions(), menu('copy'), menu('quit')]);
    expect(r.said).toContain('I could not reach a clipboard here, so here is the letter to copy by hand.');
    expect(r.said.split('Dear Member Services team,').length).toBe(3); // the preview, then the letter again
    expect(r.code).toBe(0);
  });

  it('opens the mail app with a mailto: link, copying a letter too long for the link', async () => {
    const where = place();
    // A long story makes a letter too long for a mail link.
    const long = allQuestions().map(([match, answer]): Entry => [match, match === 'What happened?' ? `${String(answer)} ${'The crew was late and we waited at home all morning. '.repeat(30)}` : answer]);
    const r = await run(where, [...long, menu('mail'), menu('quit')]);
    const [url] = where.tools.args('xdg-open')!;
    expect(url).toMatch(/^mailto:support@brightline\.example\?subject=Request%20to%20[^&]*004471[^&]*$/);
    expect(where.tools.input('xclip')).toMatch(/^Dear Member Services team,\n\n.*Sincerely,\n\nAlex Rivera\n/s);
    expect(r.said).toContain('Opened a new message in your mail app (with xdg-open)');
    expect(r.said).toContain('the letter is on the clipboard (with xclip); paste it into the message');
  });

  it('puts a short letter in the mailto: link itself', async () => {
    const where = place();
    const short: Entry[] = [
      ['Which company', 'Peak Fitness'],
      ['person or team', ''],
      ['Their e-mail', 'help@peak.example'],
      ['Their postal address', ''],
      ['What kind of business', ''],
      ['buy or book?', 'gym membership'],
      ['What kind of purchase', { value: '' }],
      ['When did you buy', ''],
      ['Order, booking', ''],
      ['Which country', ''],
      ['How much did you pay', '79.98'],
      ['How did you pay', ''],
      ['currency', ''],
      ['What happened?', 'I cancelled.'],
      ['What were you promised', 'no more charges'],
      ['Anything else you were promised', ''],
      ['promised: "no more charges"', 'I was charged'],
      ['Anything else that went wrong', ''],
      ['How did it affect you', ''],
      ['What went wrong, in short', ''],
      ['already tried to sort this out', false],
      ['What will you attach', ''],
      ['What would you like them to do', 'refund'],
      ['How much should they refund', ''],
      ['By what date', ''],
      ['Which letter is this', ''],
      ['Your full name', 'Sam Lee'],
      ['Your e-mail', ''],
      ['Your phone', ''],
      ['Your postal address', ''],
      ['Remember your name', false],
      ['customer or account number', ''],
    ];
    const r = await run(where, [...short, menu('print'), menu('mail'), menu('quit')]);
    const [url] = where.tools.args('xdg-open')!;
    const body = decodeURIComponent(/&body=(.*)$/.exec(url!)![1]!);
    expect(r.stdout).toBe(`Subject: ${decodeURIComponent(/subject=([^&]*)/.exec(url!)![1]!)}\n\n${body.replace(/\r\n/g, '\n')}\n`);
    expect(url).toMatch(/^mailto:help@peak\.example\?subject=/);
    expect(where.tools.input('xclip')).toBeUndefined();
  });

  it('saves the letter in the chosen format, and never replaces a file without asking', async () => {
    const where = place();
    writeFileSync(join(where.dir, 'brightline-carpet-care-letter.md'), 'mine');
    const r = await run(where, [...allQuestions(), menu('save'), ['Save the letter as', ''], ['already exists. Replace it?', true], menu('quit')], { format: 'markdown' });
    expect(readFileSync(join(where.dir, 'brightline-carpet-care-letter.md'), 'utf8')).toMatch(/^\*\*Subject:\*\* /);
    expect(r.said).toContain('Saved the letter to "brightline-carpet-care-letter.md".');
  });

  it('does what --out, --copy and --mail ask straight after the preview', async () => {
    const where = place();
    const r = await run(where, [...allQuestions(), menu('quit')], { out: 'letter.txt', copy: true, mail: true });
    expect(readFileSync(join(where.dir, 'letter.txt'), 'utf8')).toMatch(/^Subject: /);
    expect(r.said).toContain('Copied the letter to the clipboard (with xclip).');
    expect(where.tools.args('xdg-open')![0]).toMatch(/^mailto:/);
    expect(r.said).toContain('All done');
  });

  it('changes one answer and shows the letter again', async () => {
    const where = place();
    const r = await run(where, [
      ...allQuestions(),
      menu('change'),
      ['Which answer would you like to change', 'recipient.company'],
      ['Which company', 'Brightline Cleaning Ltd'],
      menu('change'),
      ['Which answer would you like to change', 'request.remedy'],
      ['What would you like them to do', 'refund'],
      menu('case'),
      ['Save your answers as', 'c.yaml'],
      menu('print'),
      menu('quit'),
    ]);
    const changing = r.prompter.asked.find((q) => q.message.startsWith('Which answer'))!;
    expect(JSON.stringify(changing.question)).toContain('Company: \\"Brightline Carpet Care\\"');
    expect(r.prompter.asked.filter((q) => q.message.startsWith('Which company'))[1]!.question).toMatchObject({ initial: 'Brightline Carpet Care' });
    expect(r.stdout).toContain('I am writing to Brightline Cleaning Ltd');
    expect(r.stdout).toContain('Please refund the $240.00 I paid.');
    // The correction no longer applies to a refund, so it is not kept.
    expect(readFileSync(join(where.dir, 'c.yaml'), 'utf8')).not.toContain('correction');
  });
});

describe('flags and letters later in the ladder', () => {
  it('skips the stage question for --stage final, and asks the earlier letters and next steps', async () => {
    const where = place();
    const entries = allQuestions()
      .filter(([match]) => match !== 'Which letter is this')
      .flatMap(([match, answer]): Entry[] =>
        match === 'Your full name'
          ? [
              ['When did you send your earlier letter', { tries: ['2026-11-20', '2026-10-01'] }],
              ['another earlier letter', { tries: ['2026-10-01', '2026-10-20'] }],
              ['another earlier letter', ''],
              ['What will you do if they do not reply', ['dispute the charge with my card issuer', 'write a factual public review of my experience']],
              ['Anything else you will do', 'report it to the county licensing office'],
              ['Anything else?', ''],
              [match, answer],
            ]
          : [[match, answer]],
      );
    const r = await run(where, [...entries, menu('print'), menu('quit')], { stage: 'final', date: '2026-11-16' });
    expect(r.prompter.errors).toEqual(['That is after the date of this letter (2026-11-16). Check the year, month and day.', 'You have given that date already.']);
    expect(r.prompter.asked.some((q) => q.message.startsWith('Which letter'))).toBe(false);
    expect(r.stdout).toMatch(/^Subject: Final/);
    expect(r.stdout).toContain('October 1, 2026, and October 20, 2026');
    expect(r.stdout).toContain('- dispute the charge with my card issuer');
    expect(r.stdout).toContain('- report it to the county licensing office');
  });

  it("asks whether to add the country's next steps to the writer's own, and leaves them out when told", async () => {
    const final = (add: boolean) =>
      allQuestions()
        .filter(([match]) => match !== 'Which letter is this')
        .flatMap(([match, answer]): Entry[] => {
          if (match === 'Which country') return [[match, 'NZ']];
          if (match !== 'Your full name') return [[match, answer]];
          return [
            ['When did you send your earlier letter', '2026-10-01'],
            ['another earlier letter', ''],
            ['What will you do if they do not reply', ['write a factual public review of my experience']],
            ['Anything else you will do', ''],
            ["Add your country's usual next steps too", add],
            [match, answer],
          ];
        });
    const kept = await run(place(), [...final(true), menu('print'), menu('quit')], { stage: 'final', date: '2026-11-16' });
    expect(kept.stdout).toContain('- make a claim to the Disputes Tribunal');
    expect(kept.stdout).toContain('- write a factual public review of my experience');
    const where = place();
    const own = await run(where, [...final(false), menu('print'), menu('quit')], { stage: 'final', date: '2026-11-16' });
    expect(own.stdout).toContain('I will write a factual public review of my experience.');
    expect(own.stdout).not.toContain('Disputes Tribunal');
  });

  it('asks for the card for a dispute to the card issuer', async () => {
    const where = place();
    const entries = allQuestions().flatMap(([match, answer]): Entry[] =>
      match === 'Which letter is this'
        ? [
            [match, 'card-dispute'],
            ['When did you send your earlier letter', '2026-11-05'],
            ['another earlier letter', ''],
            ['bank or card issuer', 'First Bank Visa'],
            ['address for billing disputes', 'PO Box 6000, Wilmington, DE 19850'],
            ['last four digits', { tries: ['42', '0042'] }],
            ['statement', '2026-11-10'],
          ]
        : [[match, answer]],
    );
    const r = await run(where, [...entries, menu('print'), menu('case'), ['Save your answers as', 'card.yaml'], menu('quit')]);
    expect(r.stdout).toMatch(/^Subject: Disputed charge: .*card ending 0042/);
    expect(r.stdout).toContain('Dear First Bank Customer Service,');
    const saved = readFileSync(join(where.dir, 'card.yaml'), 'utf8');
    expect(saved).toMatch(/card:\n  issuer: "First Bank Visa"\n  address: "PO Box 6000, Wilmington, DE 19850"\n/);
  });

  it('needs both postal addresses for a letter for the post, and writes the PDF', async () => {
    const where = place();
    const addresses: Record<string, string> = { 'Their postal address': '400 Commerce Drive, Springfield, IL 62704', 'Your postal address': '12 Elm Street, Springfield, IL 62701' };
    const entries = allQuestions().map(([match, answer]): Entry => (typeof match === 'string' && match in addresses ? [match, { tries: ['', addresses[match]!] }] : [match, answer]));
    const r = await run(where, [...entries, menu('quit')], { format: 'pdf', out: 'letter.pdf' });
    expect(r.prompter.asked.find((q) => q.message.startsWith('Their postal address'))!.message).toContain('a letter for the post needs it');
    expect(r.prompter.asked.find((q) => q.message.startsWith('Your postal address'))!.message).toContain('a letter for the post needs it');
    expect(readFileSync(join(where.dir, 'letter.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('needs both e-mail addresses for an e-mail file', async () => {
    const where = place();
    const entries = allQuestions().map(([match, answer]): Entry => (match === 'Their e-mail' || match === 'Your e-mail' ? [match, { tries: ['', answer as string] }] : [match, answer]));
    const r = await run(where, [...entries, menu('print'), menu('quit')], { format: 'eml' });
    expect(r.prompter.asked.find((q) => q.message.startsWith('Their e-mail'))!.message).toContain('an e-mail file needs it');
    expect(r.stdout).toContain('To: "Member Services team" <support@brightline.example>');
  });
});

describe('a case file with answers missing', () => {
  it('asks only for the missing answers and can add them to the file', async () => {
    const where = place();
    const file = join(where.dir, 'case.yaml');
    const source = '# my gym\nsender:\nrecipient:\n  company: Peak Fitness\npurchase:\n  item: monthly gym membership\n  amount: 79.98\nstory:\n  circumstances: I cancelled in writing on 1 September 2026.\n  expectations: No further charges.\nrequest:\n  remedy: either\n';
    writeFileSync(file, source);
    const prompter = scripted([
      ['You were promised: "No further charges."', 'I was charged again on 1 October'],
      ['Anything else that went wrong', ''],
      ['What exactly would put it right', 'cancel the membership and stop the charges'],
      ['Your full name', 'Sam Lee'],
      ['Add your answers to', true],
    ]);
    const problems = [
      { path: 'sender.name', message: 'is required' },
      { path: 'story.outcome', message: 'is required' },
      { path: 'request.correction', message: 'is required when remedy is either' },
    ];
    const stdout = sink();
    const result = await fillMissing(
      { data: { sender: null, recipient: { company: 'Peak Fitness' }, purchase: { item: 'monthly gym membership', amount: '79.98' }, story: { circumstances: 'I cancelled in writing on 1 September 2026.', expectations: 'No further charges.' }, request: { remedy: 'either' } }, file, source, problems, format: 'text' },
      { prompter, stdout: stdout.stream, stderr: stdout.stream, env: where.env, cwd: where.dir, color: false },
    );
    expect(prompter.remaining()).toEqual([]);
    expect('value' in result && result.value.sender.name).toBe('Sam Lee');
    expect(prompter.said[0]).toContain('is missing some answers the letter needs');
    const updated = readFileSync(file, 'utf8');
    expect(updated).toContain('# my gym');
    const again = redress(['draft', '--from', file]);
    expect(again.stderr).not.toMatch(/^(✖|!) /m);
    expect(again.stdout).toContain('cancel the membership and stop the charges');
    expect(existsSync(join(where.home, 'draft.json'))).toBe(false);
  });

  it('stops with 130 on Ctrl-C, keeping what was answered', async () => {
    const where = place();
    const prompter = scripted([['Your full name', STOP]]);
    const stderr = sink();
    const data = { recipient: { company: 'X' }, purchase: { item: 'y' }, story: { circumstances: 'a', expectations: 'b', outcome: 'c' }, request: { remedy: 'refund', amount: 5 } };
    const result = await fillMissing(
      { data, file: 'case.yaml', problems: [{ path: 'sender', message: 'is required' }], format: 'text' },
      { prompter, stdout: stderr.stream, stderr: stderr.stream, env: where.env, cwd: where.dir, color: false },
    );
    expect(result).toEqual({ code: 130 });
    expect(stderr.text()).toBe('Stopped. Nothing was saved.\n');
  });
});

export type { ScriptedPrompter };
