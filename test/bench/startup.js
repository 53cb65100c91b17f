// Start-up benches: what a person waits for before redress answers. Each figure is a median
// over repeated runs, reported as a ratio to `node -e 0` measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const BIN = join(root, 'bin', 'redress.cjs');
const STARTUP_RUNS = Math.max(5, Number(process.env.BENCH_STARTUP_RUNS ?? 21));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const CASE = `sender: {name: Sam Lee, email: sam@example.com}
recipient: {company: Peak Fitness, email: help@peak.example}
purchase: {item: monthly gym membership, reference: PF-20931, amount: 39.99, date: 2026-09-01}
story:
  circumstances: I cancelled my membership in writing on 1 September 2026.
  expectations: No further monthly charges after the cancellation.
  outcome: [I was charged again on 1 October, I was charged again on 1 November]
request: {remedy: refund, amount: 79.98}
letter: {date: 2026-11-16}
`;

function timeCommand(args, env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return seconds;
}

/** Interleaves floor and command runs so that machine noise hits both alike. */
function ratioBench(name, args, target, env) {
  return {
    name,
    run() {
      const floor = [];
      const ours = [];
      for (let i = 0; i < STARTUP_RUNS; i++) {
        floor.push(timeCommand(['-e', '0']));
        ours.push(timeCommand([BIN, ...args], env));
      }
      const ratio = median(ours) / median(floor);
      return {
        lines: [`node -e 0 ${(median(floor) * 1000).toFixed(1)} ms; redress ${args.join(' ')} ${(median(ours) * 1000).toFixed(1)} ms; ratio ${ratio.toFixed(2)}x (target <= ${target}x)`],
        ok: ratio <= target,
      };
    },
  };
}

/** Time from start until the wizard's first question is on screen, in a real pseudo-terminal. */
function firstQuestionBench(target) {
  return {
    name: 'first-question',
    async run() {
      const require = createRequire(import.meta.url);
      const pty = require('node-pty');
      const home = mkdtempSync(join(tmpdir(), 'redress-bench-home-'));
      const once = (args, until) =>
        new Promise((resolve, reject) => {
          const env = { ...process.env, REDRESS_HOME: home, NO_COLOR: '1', TERM: 'xterm' };
          delete env.CI;
          const start = process.hrtime.bigint();
          const term = pty.spawn(process.execPath, args, { cols: 120, rows: 40, env, cwd: home });
          let seen = '';
          const timer = setTimeout(() => {
            term.kill();
            reject(new Error(`no prompt within 10 s; saw: ${seen.slice(-300)}`));
          }, 10_000);
          term.onData((data) => {
            seen += data;
            if (until(seen)) {
              const seconds = Number(process.hrtime.bigint() - start) / 1e9;
              clearTimeout(timer);
              term.kill();
              resolve(seconds);
            }
          });
          term.onExit(() => {
            if (!until(seen)) {
              clearTimeout(timer);
              resolve(Number(process.hrtime.bigint() - start) / 1e9);
            }
          });
        });
      try {
        const floor = [];
        const ours = [];
        for (let i = 0; i < STARTUP_RUNS; i++) {
          floor.push(await once(['-e', '0'], () => false));
          ours.push(await once([BIN], (seen) => /\?\s+\S/.test(seen)));
        }
        const ratio = median(ours) / median(floor);
        return {
          lines: [`node -e 0 ${(median(floor) * 1000).toFixed(1)} ms; first question ${(median(ours) * 1000).toFixed(1)} ms; ratio ${ratio.toFixed(2)}x (target <= ${target}x)`],
          ok: ratio <= target,
        };
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
  };
}

export function startupBenches() {
  const work = mkdtempSync(join(tmpdir(), 'redress-bench-case-'));
  const caseFile = join(work, 'case.yaml');
  writeFileSync(caseFile, CASE);
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  return [
    ratioBench('help', ['--help'], 1.3),
    ratioBench('draft-text', ['draft', '--from', caseFile, '--format', 'text'], 2.0),
    firstQuestionBench(2.5),
  ];
}
