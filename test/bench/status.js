// `redress status` on a folder of 1,000 case files at different points of their disputes
// (some with replies and offers, some written the old way with letter.previous only, one
// broken): the time a person waits for the table. Target: well under a second.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', '..', 'bin', 'redress.cjs');
const CASES = 1000;
const RUNS = Math.max(3, Number(process.env.BENCH_STATUS_RUNS ?? 7));
const TARGET_SECONDS = 0.8;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function caseFile(i) {
  const country = ['GB', 'US', 'IE', 'AU'][i % 4];
  const region = country === 'GB' ? '\n  region: England' : '';
  const sector = i % 3 === 0 ? '\n  sector: energy' : '';
  const history = [
    '',
    'letter:\n  previous: [2026-10-01]   # written the old way\n',
    'history:\n  letters:\n    - { date: 2026-10-01, stage: first, format: text }\n',
    'history:\n  letters:\n    - { date: 2026-10-01, stage: first, format: text }\n    - { date: 2026-10-20, stage: reminder, format: eml }\n  replies:\n    - date: 2026-10-25\n      kind: offer\n      amount: 20\n',
    'history:\n  letters:\n    - { date: 2026-10-01, stage: first }\n  replies:\n    - { date: 2026-10-10, kind: offer, amount: 50, answer: accepted, by: 2026-12-01 }\n',
  ][i % 5];
  return `# case ${i}
sender:
  name: Person ${i}
  email: person${i}@example.com
  country: ${country}${region}
recipient:
  company: Business ${i} Ltd${sector}
purchase:
  item: order number ${i}
  kind: goods
  reference: ORD-${String(i).padStart(5, '0')}
  amount: ${40 + (i % 200)}
  paidWith: credit-card
story:
  circumstances: I ordered a kettle on 1 September and it arrived broken.
  expectations: a working kettle
  outcome:
    - the kettle arrived with a cracked base
    - it leaks when filled
request:
  remedy: refund
${history}`;
}

export function statusBenches() {
  return [
    {
      name: 'status-1000',
      run() {
        const dir = mkdtempSync(join(tmpdir(), 'redress-bench-status-'));
        try {
          for (let i = 0; i < CASES; i++) writeFileSync(join(dir, `case-${String(i).padStart(4, '0')}.yaml`), caseFile(i));
          writeFileSync(join(dir, 'broken.yaml'), caseFile(0).replace('amount: 40', 'amount: forty'));
          // Its own folder for redress's files: the first run reads every case (no cache yet), the others as on later days.
          const env = { ...process.env, NO_COLOR: '1', REDRESS_TODAY: '2026-11-16', REDRESS_HOME: join(dir, 'home') };
          const times = [];
          let last;
          const coldStart = process.hrtime.bigint();
          spawnSync(process.execPath, [BIN, 'status', dir], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
          const cold = Number(process.hrtime.bigint() - coldStart) / 1e9;
          for (let run = 0; run < RUNS; run++) {
            const start = process.hrtime.bigint();
            last = spawnSync(process.execPath, [BIN, 'status', dir], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
            times.push(Number(process.hrtime.bigint() - start) / 1e9);
          }
          const rows = last.stdout.trim().split('\n').length - 1;
          const correct = last.status === 1 && rows === CASES && /broken\.yaml:\d+:\d+ purchase\.amount/.test(last.stderr);
          const seconds = median(times);
          const ok = correct && seconds <= TARGET_SECONDS;
          return {
            ok,
            lines: [
              `redress status, ${CASES} case files and one broken: ${seconds.toFixed(2)} s (median of ${RUNS}; target ≤ ${TARGET_SECONDS} s) ${ok ? '✔' : '✖'}`,
              `  the first run, checking every case: ${cold.toFixed(2)} s`,
              ...(correct ? [] : [`  unexpected output: exit ${last.status}, ${rows} rows; ${last.stderr.split('\n')[0]}`]),
            ],
          };
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  ];
}
