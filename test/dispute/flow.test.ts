// One dispute followed to the end through the built command line, on real files:
// first letter -> no reply -> reminder due -> reminder -> an offer -> the answer to it ->
// a better offer, accepted -> resolved; and the calendar file read back by an iCalendar parser.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-dispute-');
afterAll(() => tmp.cleanup());

const CASE = `# My energy bill dispute: comments stay
sender:
  name: Priya Shah
  email: priya@example.com
  country: GB
  region: England
recipient:
  company: Northgrid Energy
  sector: energy
purchase:
  item: electricity supply
  kind: service
  reference: NG-77120
  amount: 240
  paidWith: direct-debit
story:
  circumstances: My October bill charged me for 1,200 kWh, but my meter reading shows 400 kWh.
  expectations: a bill based on my actual meter reading
  outcome: a bill for three times the electricity I used
request:
  remedy: refund
  amount: 160   # the overcharge
`;

const on = (today: string, args: string[], cwd: string) => redress(args, { cwd, env: { REDRESS_TODAY: today } });
const statusOf = (today: string, cwd: string) => {
  const r = on(today, ['status', '--json'], cwd);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).cases[0];
};

interface Event {
  uid: string;
  summary: string;
  description: string;
  start: string;
  isDate: boolean;
  alarm: boolean;
}

function readCalendar(text: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      alarm: vevent.getFirstSubcomponent('valarm') !== null,
    };
  });
}

describe('a dispute from the first letter to an accepted offer', () => {
  const dir = tmp.path('');
  const file = tmp.path('energy.yaml');
  writeFileSync(file, CASE);

  it('records the first letter, then says when a reminder makes sense', () => {
    const first = on('2026-11-16', ['draft', '--from', 'energy.yaml', '--next', '--record'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Subject: Partial refund request/);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# My energy bill dispute: comments stay\n/);
    expect(text).toContain('amount: 160   # the overcharge');
    expect(text).toContain('history:\n  letters:\n    - { date: 2026-11-16, stage: first, format: text, replyBy: 2026-11-30 }\n');

    const waiting = statusOf('2026-11-20', dir);
    expect(waiting).toMatchObject({ business: 'Northgrid Energy', stage: 'first', replyBy: '2026-11-30', daysLeft: 10, lastReply: null });
    expect(waiting.next).toMatchObject({ action: 'wait', from: '2026-12-01', due: false });
    expect(waiting.next.text).toBe('send a reminder if they have not replied (from 1 December)');
  });

  it('no reply by the reply-by date: status says the reminder is due, and --next writes it', () => {
    const due = on('2026-12-02', ['status'], dir);
    expect(due.code, due.stderr).toBe(0);
    expect(due.stdout).toMatch(/^Case file +Business +Stage +Last letter +Reply by +Days +Last reply +Next step$/m);
    expect(due.stdout).toMatch(/energy\.yaml +Northgrid Energy +first +2026-11-16 +2026-11-30 +2 over +reminder due \(redress draft --from energy\.yaml --next --record\)/);
    expect(due.stdout).not.toContain('\x1b[');

    const reminder = on('2026-12-02', ['draft', '--from', 'energy.yaml', '--next', '--record'], dir);
    expect(reminder.code, reminder.stderr).toBe(0);
    expect(reminder.stdout).toMatch(/^Subject: Reminder/);
    expect(reminder.stdout).toContain('On 16 November 2026, I wrote to Northgrid Energy');
    expect(readFileSync(file, 'utf8')).toContain('    - { date: 2026-12-02, stage: reminder, format: text, replyBy: 2026-12-16 }\n');
  });

  it('an offer is recorded with reply, and waits for the writer to decide', () => {
    // Words left out: the option after is not taken for them.
    const missed = on('2026-12-08', ['reply', 'energy.yaml', '--other', '--no-input'], dir);
    expect(missed.code).toBe(2);
    expect(missed.stderr).toContain('--other needs its words, and "--no-input" looks like another option');
    expect(readFileSync(file, 'utf8')).not.toContain('--no-input');
    const r = on('2026-12-08', ['reply', 'energy.yaml', '--date', '2026-12-07', '--offer', '£50', '--text', 'as a credit on my account'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Recorded their offer of £50.00 (7 December 2026) in energy.yaml under history.replies.');
    expect(readFileSync(file, 'utf8')).toContain('  replies:\n    - date: 2026-12-07\n      kind: offer\n      amount: 50\n      text: "as a credit on my account"\n');
    const s = statusOf('2026-12-08', dir);
    expect(s.next).toMatchObject({ action: 'decide', due: true });
    expect(s.next.text).toContain('they offered £50.00 on 7 December: accept or reply');
    expect(s.lastReply).toMatchObject({ date: '2026-12-07', kind: 'offer', amount: 50 });

    const undecided = on('2026-12-08', ['draft', '--from', 'energy.yaml', '--next'], dir);
    expect(undecided.code).toBe(1);
    expect(undecided.stderr).toContain('does not say yet whether you accept it');
    expect(undecided.stdout).toBe('');
  });

  it('the offer is turned down: the answer thanks them, says why, restates the request with a new date', () => {
    const reject = on('2026-12-08', ['reply', 'energy.yaml', '--reject', '--reason', 'A credit does not return the £160 taken from my account.'], dir);
    expect(reject.code, reject.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('      answer: rejected\n      reason: "A credit does not return the £160 taken from my account."\n');
    expect(statusOf('2026-12-08', dir).next.action).toBe('answer');

    const answer = on('2026-12-08', ['draft', '--from', 'energy.yaml', '--next', '--record'], dir);
    expect(answer.code, answer.stderr).toBe(0);
    expect(answer.stdout).toMatch(/^Subject: Your offer of 7 December 2026 – Partial refund request: NG-77120/);
    expect(answer.stdout).toContain('Thank you for your reply of 7 December 2026 about my electricity supply (reference NG-77120), and for your offer of £50.00 in credit.');
    expect(answer.stdout).toContain('I am not able to accept it. A credit does not return the £160 taken from my account.');
    expect(answer.stdout).toContain('my letter of 2 December 2026');
    expect(answer.stdout).toContain('Please refund £160.00 of the £240.00 I paid.');
    expect(answer.stdout).toContain('Please reply by 22 December 2026');
    const check = redress(['check', '-', '--letter'], { input: answer.stdout });
    expect(check.code, check.stdout).toBe(0);

    const s = statusOf('2026-12-10', dir);
    expect(s).toMatchObject({ stage: 'answer-offer', replyBy: '2026-12-22' });
    expect(s.next).toMatchObject({ action: 'wait', from: '2026-12-23' });
    expect(s.next.text).toBe('send a final letter if they have not replied (from 23 December)');
  });

  it('writes the dates to a calendar that a parser reads back, with the same UIDs next time', () => {
    const ics = tmp.path('dispute.ics');
    const r = on('2026-12-10', ['status', '--ics', 'dispute.ics'], dir);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(ics, 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = readCalendar(text);
    expect(events.map((e) => [e.start, e.summary])).toEqual([
      ['2026-12-22', 'Northgrid Energy: reply due'],
      ['2027-01-11', 'Northgrid Energy: you can refer your complaint to the Energy Ombudsman'],
    ]);
    for (const e of events) expect([e.isDate, e.alarm]).toEqual([true, true]);
    expect(events[0]!.description).toContain('If they have not, the next step: send the final letter (redress draft --from energy.yaml --next --record).');
    expect(events[1]!.description).toContain('8 weeks after your first letter to Northgrid Energy (16 November 2026)');

    // Again, after a later letter: the reply-by event keeps its UID and moves.
    const again = on('2026-12-10', ['status', '--ics', 'dispute.ics', '--force'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(readCalendar(readFileSync(ics, 'utf8')).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    const one = on('2026-12-10', ['draft', '--from', 'energy.yaml', '--stage', 'final', '--date', '2026-12-23', '--ics', 'one.ics'], dir);
    expect(one.code, one.stderr).toBe(0);
    const moved = readCalendar(readFileSync(tmp.path('one.ics'), 'utf8'));
    expect(moved.find((e) => e.uid === events[0]!.uid)?.start).toBe('2027-01-06');
  });

  it('refuses an offer written in another currency than the case, and records nothing', () => {
    const work = tmp.path('other-currency');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'energy.yaml'), CASE);
    const r = on('2026-12-15', ['reply', 'energy.yaml', '--date', '2026-12-14', '--offer', '$160'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--offer "\$160" is in [A-Z]{3}.*, but this case's amounts are in GBP/);
    expect(readFileSync(join(work, 'energy.yaml'), 'utf8')).toBe(CASE);
  });

  it('an offer of all that was asked, turned down without a reason: says the letter needs one, and the draft notes it', () => {
    const work = tmp.path('full-offer');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'energy.yaml'), CASE);
    const r = on('2026-12-15', ['reply', 'energy.yaml', '--date', '2026-12-14', '--offer', '160', '--reject'], work);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('is all you asked for, so your next letter needs to say why you turn it down');
    const letter = on('2026-12-16', ['draft', '--from', 'energy.yaml', '--stage', 'reminder', '--date', '2026-12-16'], work);
    expect(letter.stderr).toMatch(/Note: Their offer of £160\.00 \(14 December 2026\) is all this reminder asks for/);
    // With the reason, the letter says it, and the note is gone.
    const why = on('2026-12-16', ['reply', 'energy.yaml', '--reject', '--reason', 'you would pay it only if I closed my account'], work);
    expect(why.code, why.stderr).toBe(0);
    expect(why.stderr).not.toContain('is all you asked for');
    const again = on('2026-12-16', ['draft', '--from', 'energy.yaml', '--stage', 'reminder', '--date', '2026-12-16'], work);
    expect(again.stdout).toContain('which does not put things right: you would pay it only if I closed my account.');
    expect(again.stderr).not.toContain('is all this reminder asks for');
  });

  it('an offer turned down: the answer compares it with all that was asked, costs included', () => {
    const work = tmp.path('offer-costs');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'energy.yaml'), CASE.replace('  amount: 160   # the overcharge\n', '  amount: 160   # the overcharge\n  costs:\n    - what: the engineer I had to call\n      amount: 85\n'));
    expect(on('2026-12-15', ['reply', 'energy.yaml', '--date', '2026-12-14', '--offer', '100', '--reject'], work).code).toBe(0);
    const r = on('2026-12-15', ['draft', '--from', 'energy.yaml', '--next'], work);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('it does not put things right: I asked for £245.00, and your offer is £100.00.');
  });

  it('an offer to put it right by a day of theirs, accepted without --by: the acceptance asks them to confirm it, not to do it sooner', () => {
    const work = tmp.path('correction-later');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'energy.yaml'), CASE);
    expect(on('2026-12-15', ['reply', 'energy.yaml', '--date', '2026-12-14', '--correction', 'an engineer will replace the meter on 12 January', '--accept'], work).code).toBe(0);
    const r = on('2026-12-15', ['draft', '--from', 'energy.yaml', '--next'], work);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Please confirm in writing by \d+ (December 2026|January 2027) that this will be done as you proposed, and let me know when it is done\./);
    expect(r.stdout).not.toMatch(/Please arrange this by/);
  });

  it('--next --record run twice the same day records the next letter once, not the one after it', () => {
    const work = tmp.path('twice');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'energy.yaml'), CASE);
    expect(on('2026-11-16', ['draft', '--from', 'energy.yaml', '--next', '--record'], work).code).toBe(0);
    const first = on('2026-12-03', ['draft', '--from', 'energy.yaml', '--next', '--record'], work);
    expect(first.code, first.stderr).toBe(0);
    const again = on('2026-12-03', ['draft', '--from', 'energy.yaml', '--next', '--record'], work);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('Nothing was written or recorded.');
    expect(again.stderr).toContain('--refused');
    expect(readFileSync(join(work, 'energy.yaml'), 'utf8')).not.toContain('stage: final');
    // Without --record it is only a preview, which names both earlier letters.
    const preview = on('2026-12-03', ['draft', '--from', 'energy.yaml', '--next'], work);
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toMatch(/16 November 2026,? and 3 December 2026/);
  });

  it('refuses a calendar file that is the letter file, before writing either', () => {
    const work = tmp.path('same-file');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'energy.yaml'), CASE);
    const r = on('2026-11-16', ['draft', '--from', 'energy.yaml', '--out', 'letter.txt', '--ics', './sub/../letter.txt', '--force'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ics and --out both name letter.txt');
    expect(existsSync(join(work, 'letter.txt'))).toBe(false);
  });

  it('reads an offer written with a decimal comma, as a case file does', () => {
    const work = tmp.path('decimal-comma');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'energy.yaml'), CASE);
    const r = on('2026-12-15', ['reply', 'energy.yaml', '--date', '2026-12-14', '--offer', '39,90'], work);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(work, 'energy.yaml'), 'utf8')).toMatch(/amount: 39\.9\b/);
  });

  it('checks every file it will write before writing any: a calendar path that is a folder records nothing', () => {
    const work = tmp.path('half-done');
    mkdirSync(join(work, 'cal'), { recursive: true });
    writeFileSync(join(work, 'energy.yaml'), CASE);
    const r = on('2026-11-16', ['draft', '--from', 'energy.yaml', '--next', '--record', '--out', 'letter.txt', '--ics', 'cal'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cal is a folder');
    expect(existsSync(join(work, 'letter.txt'))).toBe(false);
    expect(readFileSync(join(work, 'energy.yaml'), 'utf8')).toBe(CASE);
  });

  it('a better offer, accepted: the acceptance says what was agreed and by when; then the case is resolved', () => {
    const r = on('2026-12-15', ['reply', 'energy.yaml', '--date', '2026-12-14', '--offer', '160', '--text', 'a refund to my bank account', '--by', '2026-12-28', '--accept'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(statusOf('2026-12-15', dir).next.action).toBe('accept');

    const accept = on('2026-12-15', ['draft', '--from', 'energy.yaml', '--next', '--record'], dir);
    expect(accept.code, accept.stderr).toBe(0);
    expect(accept.stderr).not.toMatch(/^(✖|!|Note:)/m);
    expect(accept.stdout).toMatch(/^Subject: Accepting your offer: NG-77120 \(electricity supply\)/);
    expect(accept.stdout).toContain('I accept your offer of £160.00 (a refund to my bank account).');
    expect(accept.stdout).toContain('Please make the payment by 28 December 2026, as you said you would');
    // Written after the day they gave, the acceptance asks for the letter's own date instead.
    const late = on('2027-01-04', ['draft', '--from', 'energy.yaml', '--template', 'accept-offer'], dir);
    expect(late.code, late.stderr).toBe(0);
    expect(late.stdout).not.toContain('by 28 December 2026');
    expect(late.stdout).toMatch(/Please make the payment by \d+ January 2027, and let me know in writing/);
    const check = redress(['check', '-', '--letter'], { input: accept.stdout });
    expect(check.code, check.stdout).toBe(0);

    const s = statusOf('2026-12-16', dir);
    expect(s.next).toMatchObject({ action: 'wait', due: false });
    expect(s.next.text).toBe('waiting: they agreed to pay £160.00 by 28 December');
    const table = on('2026-12-16', ['status'], dir);
    expect(table.stdout).toMatch(/accepted .*waiting: they agreed/);
    const notYet = on('2026-12-16', ['draft', '--from', 'energy.yaml', '--next'], dir);
    expect(notYet.code).toBe(1);
    expect(notYet.stderr).toContain('There is no next letter yet');
    expect(notYet.stderr).toContain('they have until 28 December 2026 to pay');
    const history = readFileSync(file, 'utf8');
    expect(history).toMatch(/^# My energy bill dispute: comments stay\n/);
    expect(history).toContain('letter:\n  previous: [2026-11-16, 2026-12-02, 2026-12-08, 2026-12-15]\n');

    // The day they gave passes without the money: a reminder of what they agreed, not of the first request.
    expect(statusOf('2027-01-04', dir).next).toMatchObject({ action: 'overdue', due: true });
    const reminder = on('2027-01-04', ['draft', '--from', 'energy.yaml', '--next', '--record'], dir);
    expect(reminder.code, reminder.stderr).toBe(0);
    expect(reminder.stdout).toMatch(/^Subject: Your offer of 14 December 2026, which I accepted: /);
    expect(reminder.stdout).toContain('On 14 December 2026, you offered me £160.00 (a refund to my bank account), and I accepted your offer in writing on 15 December 2026.');
    expect(reminder.stdout).toContain('You said you would make the payment by 28 December 2026. I have not yet received the payment.');
    expect(reminder.stdout).not.toContain('I am not able to accept');
    expect(redress(['check', '-', '--letter'], { input: reminder.stdout }).code).toBe(0);
    expect(statusOf('2027-01-05', dir).next.text).toMatch(/^waiting: you reminded them on 4 January to pay £160\.00 by /);
    const after = on('2027-01-05', ['draft', '--from', 'energy.yaml', '--next'], dir);
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('and reminded them on 4 January 2027');
    expect(after.stderr).toContain('--reject --reason "the payment you agreed has not arrived"');

    // Turned down at last: the answer says it was accepted and not kept, and asks again for what the first letter asked.
    expect(on('2027-02-01', ['reply', 'energy.yaml', '--reject', '--reason', 'the payment you agreed has not arrived', '--change'], dir).code).toBe(0);
    const answer = on('2027-02-01', ['draft', '--from', 'energy.yaml', '--next'], dir);
    expect(answer.code, answer.stderr).toBe(0);
    expect(answer.stdout).toContain('I accepted it in writing on 15 December 2026, and you said you would make the payment by 28 December 2026. The payment you agreed has not arrived.');
    expect(answer.stdout).not.toContain('not able to accept');
    expect(answer.stdout).toMatch(/I am still asking for what I asked for in my letter of (?!15 December|4 January)/);
  });
});

describe('a letter.date kept in the case file', () => {
  it('does not date the next letter before the letters and replies already recorded', () => {
    const dir = tmp.path('pinned');
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/energy.yaml`, `${CASE}letter:\n  date: 2026-11-02\n`);
    const first = on('2026-11-02', ['draft', '--from', 'energy.yaml', '--record'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Please reply by 16 November 2026');
    const reply = on('2026-11-10', ['reply', 'energy.yaml', '--date', '2026-11-09', '--offer', '60', '--reject', '--reason', 'the overcharge is £160, not £60'], dir);
    expect(reply.code, reply.stderr).toBe(0);
    const answer = on('2026-11-10', ['draft', '--from', 'energy.yaml', '--next'], dir);
    expect(answer.code, answer.stderr).toBe(0);
    expect(answer.stdout).toContain('Thank you for your reply of 9 November 2026');
    // Dated the day it is written: its reply-by date counts from then, not from the first letter's date.
    expect(answer.stdout).toContain('Please reply by 24 November 2026');
    expect(answer.stderr).toMatch(/letter\.date in energy\.yaml \(2 November 2026\) is not later than the letters and replies recorded there, so this letter is dated today, 10 November 2026\. To date it otherwise, give --date/);
    // Recording it moves letter.date to it, so the file stays valid (earlier letters before its letter date).
    const recorded = on('2026-11-10', ['draft', '--from', 'energy.yaml', '--next', '--record'], dir);
    expect(recorded.code, recorded.stderr).toBe(0);
    const file = readFileSync(`${dir}/energy.yaml`, 'utf8');
    expect(file).toContain('letter:\n  date: 2026-11-10\n');
    expect(file).toContain('# My energy bill dispute: comments stay');
    const status = on('2026-11-30', ['status', '--json'], dir);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout).cases[0].lastLetter.date).toBe('2026-11-10');
    // --date still decides, and then nothing needs saying.
    const dated = on('2026-11-10', ['draft', '--from', 'energy.yaml', '--next', '--date', '2026-11-11'], dir);
    expect(dated.code, dated.stderr).toBe(0);
    expect(dated.stdout).toContain('Please reply by 25 November 2026');
    expect(dated.stderr).not.toContain('letter.date in');
    // A letter.date later than everything recorded is the writer's choice, and kept.
    writeFileSync(`${dir}/later.yaml`, `${CASE}letter:\n  date: 2026-11-12\nhistory:\n  letters:\n    - { date: 2026-11-02, stage: first }\n`);
    const kept = on('2026-11-20', ['draft', '--from', 'later.yaml', '--next'], dir);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).toContain('Please reply by 26 November 2026');
    expect(kept.stderr).not.toContain('letter.date in');
  });
});

describe('recordings made at the same moment', () => {
  it('keeps every one of them: replies and a recorded letter written to one case file together', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../support/cli.js');
    const dir = tmp.path('together');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'energy.yaml'), CASE);
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, CI: '1', REDRESS_TODAY: '2026-11-20' }, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const runs = await Promise.all([
      ...[10, 11, 12, 13, 14, 15].map((day) => run(['reply', 'energy.yaml', '--date', `2026-11-${day}`, '--other', `answer of the ${day}th`])),
      run(['draft', '--from', 'energy.yaml', '--record', '--date', '2026-11-02']),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const file = readFileSync(join(dir, 'energy.yaml'), 'utf8');
    for (const day of [10, 11, 12, 13, 14, 15]) expect(file).toContain(`answer of the ${day}th`);
    expect(file).toMatch(/letters:\n\s+- \{ date: 2026-11-\d\d, stage: first/);
    expect(file).toContain('# My energy bill dispute: comments stay');
    expect(readdirSync(dir).filter((name) => name !== 'energy.yaml')).toEqual([]);
  }, 30_000);
});

describe('a letter recorded twice', () => {
  it('is refused by --record run again without --next; a file that records it twice counts it once', () => {
    const dir = tmp.path('twice');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'energy.yaml'), CASE);
    expect(on('2026-11-02', ['draft', '--from', 'energy.yaml', '--record'], dir).code).toBe(0);
    const recorded = readFileSync(join(dir, 'energy.yaml'), 'utf8');
    const again = on('2026-11-02', ['draft', '--from', 'energy.yaml', '--record'], dir);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(
      '✖ This letter (2026-11-02, first) is already recorded in energy.yaml under history.letters, so nothing was written or recorded. To write the next letter of the dispute, add --next (redress draft --from energy.yaml --next --record). To see this letter again, leave out --record.\n',
    );
    expect(readFileSync(join(dir, 'energy.yaml'), 'utf8')).toBe(recorded);
    // Without --record, the same letter is shown as often as asked.
    expect(on('2026-11-02', ['draft', '--from', 'energy.yaml'], dir).code).toBe(0);
    // Recorded twice by an earlier version: still the first letter, so the reminder is next (not the final letter).
    writeFileSync(join(dir, 'energy.yaml'), `${CASE}history:\n  letters:\n    - { date: 2026-11-02, stage: first }\n    - { date: 2026-11-02, stage: first }\n`);
    const status = statusOf('2026-11-20', dir);
    expect(status.stage).toBe('first');
    expect(status.next.text).toMatch(/^reminder due/);
  });
});

describe('a letter recorded with a date after today', () => {
  it('status says so and what to check, instead of "write the first letter"; --next names where the date is', () => {
    const dir = tmp.path('future');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'energy.yaml'), `${CASE}history:\n  letters:\n    - { date: 2027-01-01, stage: first }\n`);
    const status = statusOf('2026-06-01', dir);
    expect(status.next.action).toBe('check');
    expect(status.next.text).toBe(
      "a letter is recorded on 1 January 2027, after today (1 June): if that date is wrong, correct it in history.letters in energy.yaml; if it is right, check this computer's date and time zone",
    );
    const next = on('2026-06-01', ['draft', '--from', 'energy.yaml', '--next'], dir);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain(
      "Note: history.letters in energy.yaml has a letter dated 1 January 2027, after today (1 June 2026), so it was not counted. If that date is wrong, correct it there; if it is right, check this computer's date and time zone.",
    );
    expect(next.stderr).not.toContain('letter.previous');
    // With a letter sent before it, the step is worked out from that one, and the later date is named.
    writeFileSync(join(dir, 'energy.yaml'), `${CASE}history:\n  letters:\n    - { date: 2026-05-01, stage: first }\n    - { date: 2027-01-01, stage: reminder }\n`);
    const both = statusOf('2026-06-01', dir);
    expect(both.stage).toBe('first');
    expect(both.next.text).toMatch(/^reminder due .*\(not counting the letter of 1 January 2027, after today: check history\.letters in energy\.yaml\)$/);
  });
});
