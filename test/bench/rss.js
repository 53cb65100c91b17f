// Preloaded with `node --import` into a measured process: on exit, writes the process's
// peak resident memory (getrusage maxrss, in bytes) to the file named by REDRESS_BENCH_RSS.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = isMainThread ? process.env.REDRESS_BENCH_RSS : undefined;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
