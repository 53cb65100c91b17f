// Pathological inputs: texts and files made to be slow (one swear word repeated for a
// megabyte, a template of unclosed `{{`, flow YAML nested a million levels). Each runs
// through the built CLI at two sizes; a check that is linear in its input takes about four
// times as long for four times the input, a quadratic one sixteen times. Each must finish
// within its budget and grow no faster than GROWTH allows. These are timed here, not in the
// unit tests, where a slow shared machine would make them flaky. A check that finds 200,000
// unkind words spends most of its time printing them: the budgets allow for that.
//   BENCH_PATHOLOGICAL_RUNS=N   runs per size (median; default 3)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', '..', 'bin', 'redress.cjs');
const RUNS = Math.max(1, Number(process.env.BENCH_PATHOLOGICAL_RUNS ?? 3));
/** Four times the input may take at most this many times as long (linear: 4, quadratic: 16). */
const GROWTH = 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const repeatTo = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** A case file of `bytes`, every field within its limits (10,000 characters, 50 items). */
function bigCase(bytes, unit) {
  const per = 9990;
  const items = Math.max(1, Math.min(50, Math.floor(bytes / 2 / per)));
  const item = JSON.stringify(repeatTo(unit, per));
  const list = Array.from({ length: items }, () => `    - ${item}`).join('\n');
  return `sender:\n  name: Alex Rivera\nrecipient:\n  company: Brightline\npurchase:\n  item: a deep clean\n  reference: BK-4551\nstory:\n  circumstances: ${item}\n  expectations:\n${list}\n  outcome:\n${list}\nrequest:\n  remedy: refund\n  amount: 20\nletter:\n  date: 2026-11-16\n`;
}

const nested = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}\n`;

/**
 * name, the files at a size, the command, the exit codes it may give, and the budget in
 * seconds for the larger size.
 */
const CASES = [
  { name: 'check: one swear word, no spaces', sizes: [256e3, 1e6], file: (n) => repeatTo('fuck', n), args: (f) => ['check', f], codes: [1], budget: 6 },
  { name: 'check: swear words and spaces', sizes: [256e3, 1e6], file: (n) => repeatTo('shit ', n), args: (f) => ['check', f], codes: [1], budget: 6 },
  { name: 'check: accusations on one line', sizes: [256e3, 1e6], file: (n) => repeatTo('you are a liar ', n), args: (f) => ['check', f], codes: [1], budget: 6 },
  { name: 'check: masked curses', sizes: [256e3, 1e6], file: (n) => repeatTo('f*ck ', n), args: (f) => ['check', f], codes: [1], budget: 6 },
  { name: 'check: numbers', sizes: [256e3, 1e6], file: (n) => repeatTo('455 A55-1 ', n), args: (f) => ['check', f], codes: [0], budget: 6 },
  { name: 'check: disguised words', sizes: [256e3, 1e6], file: (n) => repeatTo('id1ots a55-1 i d i o t s s\u0336t\u0336u\u0336p l\u200bi\u200bar ', n), args: (f) => ['check', f], codes: [1], budget: 6 },
  { name: 'draft --from: a case file of unkind answers', sizes: [250e3, 1e6], file: (n) => bigCase(n, 'you liar, what the hell 455 '), args: (f) => ['draft', '--from', f, '--format', 'text', '--keep-words'], codes: [0], budget: 6 },
  {
    name: 'template: unclosed {{',
    sizes: [50e3, 200e3],
    ext: 'hbs',
    file: (n) => repeatTo('{{ ', n),
    args: (f) => ['draft', '--example', '--template', f],
    codes: [2],
    budget: 3,
  },
  { name: 'case file: nested flow YAML', sizes: [250e3, 1e6], file: (n) => nested(n / 2), args: (f) => ['draft', '--from', f], codes: [2], budget: 3 },
];

function timeRun(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 512 * 1024 * 1024 });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, status: result.status, stderr: result.stderr };
}

export function pathologicalBenches() {
  return [
    {
      name: 'pathological',
      run() {
        const work = mkdtempSync(join(tmpdir(), 'redress-bench-path-'));
        const lines = [];
        let ok = true;
        try {
          for (const c of CASES) {
            const times = c.sizes.map((size) => {
              const file = join(work, `input.${c.ext ?? 'txt'}`);
              writeFileSync(file, c.file(size));
              const runs = [];
              for (let i = 0; i < RUNS; i++) {
                const result = timeRun(c.args(file));
                if (!c.codes.includes(result.status)) throw new Error(`${c.name}: exit code ${result.status}, expected ${c.codes.join(' or ')}: ${result.stderr.slice(0, 500)}`);
                if (/unexpected problem|please report/i.test(result.stderr)) throw new Error(`${c.name}: ${result.stderr.slice(0, 500)}`);
                runs.push(result.seconds);
              }
              return median(runs);
            });
            const [small, large] = times;
            const growth = large / small;
            const pass = large <= c.budget && growth <= GROWTH;
            ok &&= pass;
            const kb = (n) => `${Math.round(n / 1000)} KB`;
            lines.push(
              `${c.name}: ${kb(c.sizes[0])} ${small.toFixed(2)} s, ${kb(c.sizes[1])} ${large.toFixed(2)} s (budget ${c.budget} s), ${growth.toFixed(1)}x for ${(c.sizes[1] / c.sizes[0]).toFixed(0)}x the input (at most ${GROWTH}x) ${pass ? 'ok' : 'MISSED'}`,
            );
          }
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
        return { ok, lines };
      },
    },
  ];
}
