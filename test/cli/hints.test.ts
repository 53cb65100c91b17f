// Hints name the command the way the person started redress; usage errors look like every
// other redress error; amounts in problems read as money.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { redress, ROOT, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-hints-');
afterAll(() => tmp.cleanup());

/** Runs `npx redress …` in the project, as the README says to. */
function npx(args: string[], cwd = ROOT) {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1', NO_COLOR: '1' };
  // Whatever started the tests (npm test, npx vitest) must not decide how redress was started.
  delete env.npm_command;
  delete env.npm_lifecycle_script;
  const result = spawnSync('npx', ['--no-install', 'redress', ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('hints echo how redress was started', () => {
  it('says `npx redress …` after npx redress, and `redress …` otherwise', () => {
    const viaNpx = npx(['draft', '--from', tmp.path('missing.yaml')]);
    expect(viaNpx.code).toBe(2);
    expect(viaNpx.stderr).toContain('`npx redress init`');
    const direct = redress(['draft', '--from', tmp.path('missing.yaml')], { env: { npm_command: undefined, npm_lifecycle_script: undefined } });
    expect(direct.stderr).toContain('`redress init`');
    expect(direct.stderr).not.toContain('npx');
  }, 60_000);

  it('writes the help for the way it was started', () => {
    expect(npx(['init', '--help']).stdout).toContain('$ npx redress init my-gym.yaml');
    // A test runner started by npx, running redress itself, is not "npx redress".
    const nested = redress(['init', '--help'], { env: { npm_command: 'exec', npm_lifecycle_script: 'vitest run' } });
    expect(nested.stdout).toContain('$ redress init my-gym.yaml');
  }, 60_000);
});

describe('usage errors', () => {
  it('an unknown option gets a ✖ message with the options it may have meant', () => {
    const r = redress(['draft', '--form', 'text'], { env: { npm_command: undefined } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('✖ --form is not an option of `redress draft`. Did you mean --from or --format?\nRun `redress draft --help` to see the options.\n');
    const check = redress(['check', '--jsn']);
    expect(check.stderr).toContain('✖ --jsn is not an option of `redress check`. Did you mean --json?');
    const missing = redress(['draft', '--from']);
    expect(missing.stderr).toBe('✖ --from needs a file after it, for example `redress draft --from case.yaml`.\nRun `redress draft --help` to see the options.\n');
    expect(missing.stderr).not.toContain('error:');
  });

  // Commander's own words ("Too many arguments for 'draft'. Expected 0 arguments but got 1.") said what, not what to do.
  it('a word too many, a value or an argument missing, a choice not known: plain words and the command to run', () => {
    const said = (args: string[]) => {
      const r = redress(args, { env: { npm_command: undefined } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    expect(said(['draft', 'base.yaml'])).toBe('✖ `redress draft` reads a case file given with --from: run `redress draft --from base.yaml`. (For a file of many cases, `redress batch base.yaml`.)\n');
    expect(said(['reply'])).toBe('✖ `redress reply` needs the case file, for example `redress reply case.yaml`.\nRun `redress reply --help` to see what it takes.\n');
    expect(said(['templates', 'show'])).toBe('✖ `redress templates show` needs the template name, for example `redress templates show first`.\nRun `redress templates show --help` to see what it takes.\n');
    expect(said(['reply', 'case.yaml', '--offer'])).toBe('✖ --offer needs an amount after it, for example `redress reply case.yaml --offer 50`.\nRun `redress reply --help` to see the options.\n');
    expect(said(['batch', 'cases.yaml', '--out'])).toContain('✖ --out needs a folder after it, for example `redress batch cases.yaml --out letters`.');
    expect(said(['draft', '--stage', 'later'])).toBe('✖ --stage later is not one redress knows: use first, reminder, final or card-dispute, for example `redress draft --stage first`.\nRun `redress draft --help` to see the options.\n');
    expect(said(['rights', 'United', 'Kingdom', 'Scotland'])).toBe('✖ `redress rights` takes at most 2 (redress rights COUNTRY REGION), and "Scotland" is one more. A value with spaces goes in quotes, such as "United Kingdom".\nRun `redress rights --help` to see what it takes.\n');
    expect(said(['schema', 'out.json'])).toBe('✖ `redress schema` takes nothing after it, and prints the schema: to save it as "out.json", run `redress schema > out.json`.\n');
    for (const args of [['draft', 'base.yaml'], ['reply'], ['draft', '--from'], ['init', 'a', 'b']]) expect(said(args)).not.toMatch(/argument|Expected \d/);
  });

  it('an empty file name (a shell variable not set) is said to be empty, never "Cannot find ."', () => {
    const said = (args: string[]) => {
      const r = redress(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toContain('Cannot find');
      return r.stderr;
    };
    expect(said(['draft', '--from', ''])).toBe('✖ The name given for the case file is empty. Give the path of the case file. To start a new case file, run `redress init`.\n');
    expect(said(['batch', ''])).toBe('✖ The name given for the batch file is empty. Give the path of the batch file. To start a batch file, run `redress init --batch`.\n');
    expect(said(['check', ''])).toContain('✖ The name given for the letter is empty. Give the path of the letter, or pipe it in with `redress check -`.');
    expect(said(['status', ''])).toBe('✖ A name given for a case file or folder is empty. Give the paths of case files or folders that hold them (default: this folder).\n');
    expect(said(['reply', '', '--refused'])).toBe('✖ The name given for the case file is empty. Give the case file of the dispute (see `redress status`).\n');
    expect(said(['draft', '--stage', ''])).toContain('✖ --stage "" is not one redress knows');
  });

  it('an option given twice with different values is refused, naming both, rather than the last one used unsaid', () => {
    const twice = redress(['draft', '--from', 'a.yaml', '--from=b.yaml']);
    expect(twice.code).toBe(2);
    expect(twice.stdout).toBe('');
    expect(twice.stderr).toBe('✖ --from is given twice, with "a.yaml" and "b.yaml", and only one can be used. Give --from once, with the value you mean.\nRun `redress draft --help` to see the options.\n');
    const thrice = redress(['batch', 'cases.yaml', '-o', 'a', '--out', 'b', '--out', 'c']);
    expect(thrice.code).toBe(2);
    expect(thrice.stderr).toContain('✖ --out is given 3 times, with "a", "b" and "c", and only one can be used.');
    // The same value twice does no harm.
    expect(redress(['draft', '--example', '--stage', 'first', '--stage', 'first']).code).toBe(0);
  });

  it('`redress help nosuch` says the command is not there, as `redress nosuch` does, instead of printing all the help', () => {
    const r = redress(['help', 'drfat']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('✖ "drfat" is not a redress command (did you mean "draft"?).\nRun `redress --help` to see the commands.\n');
    const known = redress(['help', 'draft']);
    expect(known.code).toBe(0);
    expect(known.stdout).toContain('Usage: redress draft');
  });

  it('an option that takes no value, given one with "=", is told to stand alone, never "did you mean" itself', () => {
    for (const [args, option] of [[['draft', '--example', '--keep-words=yes'], '--keep-words'], [['batch', 'cases.yaml', '--force=true'], '--force'], [['draft', '--example', '--no-input=1'], '--no-input']] as const) {
      const r = redress([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`✖ ${option} takes no value: write it alone, as ${option}, to turn it on (and leave it out to leave it off).`);
      expect(r.stderr).not.toContain('Did you mean');
    }
  });

  it('an amount in a problem is written as money', () => {
    const file = tmp.path('amount.yaml');
    writeFileSync(
      file,
      'sender: {name: A}\nrecipient: {company: B}\npurchase: {item: a lamp, amount: 1000, currency: EUR}\nstory: {circumstances: c, expectations: e, outcome: o}\nrequest: {remedy: partial-refund, amount: 1200.5}\n',
    );
    const r = redress(['draft', '--from', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('got €1,200.50');
    expect(r.stderr).not.toContain('1200.5"');
  });

  it("an amount in a problem is written in the writer's currency and style when the case gives neither", () => {
    const problem = (sender: string) => {
      const file = tmp.path('home.yaml');
      writeFileSync(
        file,
        `sender: ${sender}\nrecipient: {company: B}\npurchase: {item: a sofa, date: 2026-10-01, amount: 120}\nstory: {circumstances: c, expectations: e, outcome: o}\nrequest: {remedy: partial-refund, amount: 1500}\nletter: {date: 2026-11-16}\n`,
      );
      const r = redress(['draft', '--from', file]);
      expect(r.code).toBe(2);
      return /got (.*)$/m.exec(r.stderr)![1];
    };
    expect(problem('{name: Ann Bell, address: "2 Hill St, Belfast BT1 1AA"}')).toBe('£1,500.00');
    expect(problem('{name: Ann Bell, country: Ireland}')).toBe('€1,500.00');
    expect(problem('{name: Ann Bell, country: Canada}')).toBe('$1,500.00');
    expect(problem('{name: Ann Bell}')).toBe('$1,500.00');
  });
});
