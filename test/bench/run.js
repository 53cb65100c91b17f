// Benchmarks: `npm run bench` (builds first). Each bench measures the built CLI in a
// child process against a floor measured in the same run (interleaved, so machine noise
// hits both alike) and says whether it meets its target. A bench is
// `{ name, run() -> { lines, ok } }` (run may be async); add more to BENCHES, the batch
// benches stay first. Exit code 1 when a bench misses its target.
//   BENCH_RUNS=N   batch measurements per program (median reported; default 3)
//   BENCH_ONLY=x   run only the benches whose name contains x
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mappingBatch, streamBatch } from './generate.js';
import { pathologicalBenches } from './pathological.js';
import { startupBenches } from './startup.js';
import { statusBenches } from './status.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const BIN = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.redress);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const MiB = 1024 * 1024;

/** Runs `node args` with the peak-memory reporter; returns seconds, peak RSS bytes and the result. */
function measure(args, options = {}) {
  const rssFile = join(options.work, `rss-${process.hrtime.bigint()}`);
  flushDisk();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', join(here, 'rss.js'), ...args], {
    cwd: options.work,
    env: { ...process.env, REDRESS_BENCH_RSS: rssFile, NO_COLOR: '1', REDRESS_TODAY: '2026-11-16' },
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { seconds, rss, status: result.status, stderr: result.stderr, stdout: result.stdout };
}

/** Earlier runs' files still being written back to disk would slow the next run down. */
function flushDisk() {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // no `sync` here (Windows): measurements are a little noisier
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Letters are only deleted once every bench is done. On a file system that avoids reusing
// recently freed inodes (ext4 without a journal, as on the machine the README's figures come
// from: recently_deleted() in the kernel), each new file skips every inode freed in the last
// minute, or in the last six while that part of the inode table has changes not yet written
// back, which is the case while files are being created there. Files deleted between runs
// made the next run's 10,000 new files cost seconds of kernel time instead of a fraction of
// one, for the floor and redress alike, and the figures said more about the order of the
// runs than about either program. For the same reason, start the bench six minutes or more
// after deleting many files (the tests do, and so does an earlier bench when it ends).
const leftovers = [];
const removeLeftovers = () => {
  for (const dir of leftovers.splice(0)) rmSync(dir, { recursive: true, force: true });
};
process.on('exit', removeLeftovers);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function batchBench(form) {
  return {
    name: `batch-${form}`,
    run() {
      const work = mkdtempSync(join(tmpdir(), 'redress-bench-'));
      try {
        const count = 10_000;
        const file = join(work, 'cases.yaml');
        const text = form === 'mapping' ? mappingBatch(count) : streamBatch(count);
        writeFileSync(file, text);
        const size = Buffer.byteLength(text);
        const floor = [];
        const ours = [];
        const runFloor = (i) => {
          const out = join(work, `floor-${i}`);
          const f = measure([join(here, 'floor.js'), file, out], { work });
          if (f.status !== 0) throw new Error(`the floor failed: ${f.stderr}`);
          floor.push(f);
        };
        const runOurs = (i) => {
          const out = join(work, `letters-${i}`);
          const r = measure([BIN, 'batch', file, '--out', out], { work });
          if (r.status !== 0) throw new Error(`redress batch exited with ${r.status}: ${r.stderr.slice(0, 2000)}`);
          const files = readdirSync(out).length;
          if (files !== count) throw new Error(`redress batch wrote ${files} files, expected ${count}`);
          ours.push(r);
        };
        for (let i = 0; i < RUNS; i++) {
          // Alternate which goes first, so neither always runs second.
          if (i % 2 === 0) {
            runFloor(i);
            runOurs(i);
          } else {
            runOurs(i);
            runFloor(i);
          }
        }
        const floorTime = median(floor.map((m) => m.seconds));
        const floorRss = median(floor.map((m) => m.rss));
        const time = median(ours.map((m) => m.seconds));
        const rss = median(ours.map((m) => m.rss));
        const ratio = time / floorTime;
        const label = form === 'mapping' ? 'defaults: + cases:' : 'documents separated by ---';
        const figures = (m) => `${m.seconds.toFixed(2)} s/${(m.rss / MiB).toFixed(0)} MiB`;
        return {
          ok: ratio <= 0.5 && rss <= 250 * MiB,
          lines: [
            `${count.toLocaleString('en-US')} cases, ${(size / 1e6).toFixed(1)} MB of YAML (${label}), median of ${RUNS}`,
            `floor (yaml parse + Handlebars + one file per case)  ${floorTime.toFixed(2).padStart(6)} s  ${(floorRss / MiB).toFixed(0).padStart(4)} MiB`,
            `redress batch                                        ${time.toFixed(2).padStart(6)} s  ${(rss / MiB).toFixed(0).padStart(4)} MiB`,
            `${ratio.toFixed(2)}x the floor's time (target <= 0.5x), ${(rss / MiB).toFixed(0)} MiB peak (target <= 250 MiB)`,
            `runs: ${ours.map(figures).join(', ')}; floor: ${floor.map(figures).join(', ')}`,
          ],
        };
      } finally {
        leftovers.push(work);
      }
    },
  };
}

const BENCHES = [batchBench('mapping'), batchBench('stream'), ...startupBenches(), ...pathologicalBenches(), ...statusBenches()];

let missed = 0;
for (const bench of BENCHES) {
  if (process.env.BENCH_ONLY && !bench.name.includes(process.env.BENCH_ONLY)) continue;
  const { lines, ok } = await bench.run();
  if (!ok) missed++;
  console.log(`${bench.name}: ${ok ? 'meets its target' : 'MISSES its target'}`);
  for (const line of lines) console.log(`  ${line}`);
  console.log('');
}
process.exitCode = missed > 0 ? 1 : 0;
