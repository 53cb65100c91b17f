// Large batches are shared with worker threads: reading, checking and rendering a case
// costs far more than splitting the file. A thread takes a while to start (loading the
// code, making the schemas), so for a large file the workers are started before the first
// pass over it.
//
// With one worker (two cores), the work is split by stage: the main thread splits the file,
// reads each case with the fast reader, merges and checks it, and writes the letters; the
// worker renders every checked case and reviews its answers' tone, unless it is behind: then
// the main thread reviews them (rendering is the slower part on a fast disk, writing the
// letters on a slow one, so neither fixed split suits both). Each thread then runs, and
// has V8 optimise, only its own part of the code, and the two parts cost about the same
// (checking in the worker too left the main thread idle a third of the time; always reviewing
// in the main thread made it the slower one); when both threads did every stage, each paid
// for warming up all of it. So that the worker need not wait for the first pass over the
// file, it gets its settings before that pass, and the first cases of a `---` stream during
// it (see CasesAhead in run.ts).
// With several workers, they get their settings once the first pass is done; each writes
// its own letters (one main thread could not keep up), and the main thread turns a case into
// a letter itself when every worker is busy; a worker with a core of its own drains its
// queue fast and so gets more cases.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { UserError } from '../errors.js';
import { CaseProcessor, LetterWriter, type CaseUnit, type ContextSource, type ProcessorConfig, type ReadyLetter, type WriteReport } from './cases.js';

const TAG = 'redress-batch-worker';
/**
 * Shared with every worker: [STOP] is set on Ctrl-C, and read before each case, since a
 * message saying so would wait behind the cases already sent; [WRITTEN] counts the letters
 * the workers have written, so that a run ended at once still says how many there are.
 */
const STOP = 0;
const WRITTEN = 1;
/** Cases sent to a worker in one message (each message costs both threads; 32 measured ~5% faster than 16). */
const BATCH = 32;
/** Cases a worker may have waiting before the main thread waits (one worker) or does the next case itself. */
const MAX_WAITING = 128;
/** A case this large is done by the main thread, whose memory is not limited. */
const MAX_WORKER_CASE_CHARS = 256 * 1024;

type ToWorker =
  | { type: 'config'; config: ProcessorConfig; sendLetters: boolean }
  | { type: 'context'; source: ContextSource }
  | { type: 'cases'; units: CaseUnit[] }
  | { type: 'finish' }
  | { type: 'stop' };
type FromWorker =
  | { type: 'reports'; reports: WriteReport[]; letters: ReadyLetter[]; handled: number }
  | { type: 'finished' }
  | { type: 'fatal'; message: string; exitCode?: number };

/** About the fewest bytes a case takes in a file (a few short fields, the rest from defaults:). */
const SMALLEST_CASE_BYTES = 50;

/** How many workers a batch file of `bytes` may be worth, before its cases are counted. */
export function likelyWorkerCount(bytes: number, moduleUrl: string): number {
  return workerCount(Math.floor(bytes / SMALLEST_CASE_BYTES), moduleUrl);
}

/** How many workers a batch of `count` cases is worth, besides the main thread (0: none). */
export function workerCount(count: number, moduleUrl: string): number {
  // Workers load the built bundle this module is part of (src/commands/index.ts): from the
  // source, there are none.
  if (!moduleUrl.endsWith('.cjs')) return 0;
  // For tests and measurements: REDRESS_BATCH_WORKERS=N (0: none) whatever the size.
  const forced = process.env.REDRESS_BATCH_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 8);
  if (count < 300) return 0;
  return Math.min(3, availableParallelism() - 1);
}

/** Runs in a worker thread started by WorkerPool; does nothing anywhere else. */
export function serveIfWorker(): void {
  if (isMainThread || !parentPort || (workerData as { tag?: string } | null)?.tag !== TAG) return;
  const port = parentPort;
  const shared = new Int32Array((workerData as { shared: SharedArrayBuffer }).shared);
  let processor: CaseProcessor | undefined;
  let writer: LetterWriter | undefined;
  let sendLetters = false;
  let reports: WriteReport[] = [];
  let letters: ReadyLetter[] = [];
  let stopping = false;
  let queue = Promise.resolve();
  const halted = () => stopping || Atomics.load(shared, STOP) !== 0;
  const send = (message: FromWorker) => port.postMessage(message);
  const flush = (handled: number) => {
    send({ type: 'reports', reports, letters, handled });
    reports = [];
    letters = [];
  };
  const fatal = (error: unknown) => {
    stopping = true;
    send({
      type: 'fatal',
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof UserError && { exitCode: error.exitCode }),
    });
  };

  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') {
      stopping = true;
      return;
    }
    queue = queue
      .then(async () => {
        if (message.type === 'config') {
          processor = new CaseProcessor(message.config);
          writer = new LetterWriter(message.config, processor, (report) => {
            if (report.kind === 'written') Atomics.add(shared, WRITTEN, 1);
            reports.push(report);
          });
          sendLetters = message.sendLetters;
        } else if (message.type === 'context') {
          processor!.learn(message.source);
        } else if (message.type === 'cases') {
          // Answers are reviewed for the whole message first, then the letters rendered: each
          // stage's code and tables stay in the processor's caches from one case to the next.
          for (const unit of message.units) {
            if (halted()) break;
            if (unit.checked && !unit.checked.reviewed && !('prepared' in unit.checked)) await processor!.reviewAhead(unit, unit.checked);
          }
          for (const unit of message.units) {
            if (halted() || writer!.fatal !== undefined) break;
            let outcome = processor!.process(unit);
            if (outcome instanceof Promise) outcome = await outcome;
            if (!outcome.ok) reports.push({ kind: 'failed', entry: outcome.failure });
            else if (sendLetters) letters.push({ index: outcome.index, company: outcome.company, content: outcome.content, warnings: outcome.warnings, notes: outcome.notes, ...(outcome.encloses && { encloses: true }), at: outcome.at() });
            else writer!.write(outcome);
          }
          flush(message.units.length);
        } else {
          flush(0);
          if (writer?.fatal !== undefined) fatal(writer.fatal);
          send({ type: 'finished' });
        }
      })
      .catch(fatal);
  });
}

interface Slot {
  worker: Worker;
  pending: CaseUnit[];
  waiting: number;
  finished: Promise<void>;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private onReport: (report: WriteReport) => void = () => {};
  private onLetter: (letter: ReadyLetter) => void = () => {};
  private wake: (() => void) | undefined;
  private readonly shared = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  /** Letters the workers have written and said so. */
  private reportedWritten = 0;
  fatal: { message: string; exitCode?: number } | undefined;

  /** Starts `count` threads, which wait for their settings (start) or are ended (close). */
  constructor(count: number, moduleUrl: string) {
    for (let i = 0; i < count; i++) {
      // A lone worker renders every case, which makes a lot of short-lived data:
      // its young generation is as large as the main thread's (48 MB), so that data is not
      // copied and collected as often. Several workers share the work, and the memory.
      const worker = new Worker(`require(${JSON.stringify(fileURLToPath(moduleUrl))}).serveBatchWorker();`, {
        eval: true,
        workerData: { tag: TAG, shared: this.shared.buffer },
        resourceLimits: { maxYoungGenerationSizeMb: count === 1 ? 48 : 16, maxOldGenerationSizeMb: 256 },
      });
      const slot: Slot = { worker, pending: [], waiting: 0, finished: Promise.resolve() };
      slot.finished = new Promise<void>((resolve) => {
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'reports') {
            for (const report of message.reports) {
              if (report.kind === 'written') this.reportedWritten++;
              this.onReport(report);
            }
            for (const letter of message.letters) this.onLetter(letter);
            slot.waiting -= message.handled;
          } else if (message.type === 'fatal') {
            this.fatal ??= { message: message.message, exitCode: message.exitCode };
          } else resolve();
          this.wakeUp();
        });
        worker.on('error', (error) => {
          this.fatal ??= { message: error.message };
          resolve();
          this.wakeUp();
        });
        worker.on('exit', () => {
          resolve();
          this.wakeUp();
        });
      });
      this.slots.push(slot);
    }
  }

  /**
   * Gives the first `count` workers their settings and ends the others. With `onLetter`,
   * the workers hand their letters back to be written instead of writing them.
   */
  start(count: number, config: ProcessorConfig, onReport: (report: WriteReport) => void, onLetter?: (letter: ReadyLetter) => void): void {
    this.onReport = onReport;
    if (onLetter) this.onLetter = onLetter;
    for (const slot of this.slots.slice(count)) void slot.worker.terminate();
    this.slots = this.slots.slice(0, count);
    for (const slot of this.slots) slot.worker.postMessage({ type: 'config', config, sendLetters: onLetter !== undefined } satisfies ToWorker);
  }

  /** From now on, what the workers report goes to these. */
  handTo(onReport: (report: WriteReport) => void, onLetter: (letter: ReadyLetter) => void): void {
    this.onReport = onReport;
    this.onLetter = onLetter;
  }

  /** Tells the workers about text with defaults for the cases after it. */
  learn(source: ContextSource): void {
    for (const slot of this.slots) slot.worker.postMessage({ type: 'context', source } satisfies ToWorker);
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Resolves when a worker has finished some of its cases (or stopped). */
  room(): Promise<void> {
    return new Promise((resolve) => {
      const earlier = this.wake;
      this.wake = () => {
        earlier?.();
        resolve();
      };
    });
  }

  /** Ends every worker at once (nothing is being written yet, or it is being stopped). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots = [];
  }

  /**
   * Hands a case to the least busy worker: 'taken'; 'busy' when every worker has enough
   * waiting; 'refused' for a case too large for a worker, or when the workers have failed.
   */
  offer(unit: CaseUnit): 'taken' | 'busy' | 'refused' {
    if (this.slots.length === 0 || this.fatal !== undefined || (unit.text?.length ?? 0) > MAX_WORKER_CASE_CHARS) return 'refused';
    const slot = this.leastBusy();
    if (slot.waiting >= MAX_WAITING) return 'busy';
    slot.pending.push(unit);
    slot.waiting++;
    // Send a full batch, or at once when the worker is about to run out of work.
    if (slot.pending.length >= BATCH || slot.waiting - slot.pending.length < BATCH) this.send(slot);
    return 'taken';
  }

  /** Every worker has half its room or more taken: it, not the thread that gives it cases, is the slower. */
  behind(): boolean {
    return this.slots.length > 0 && this.leastBusy().waiting >= MAX_WAITING / 2;
  }

  /** A worker would take a case now. */
  hasRoom(): boolean {
    return this.slots.length > 0 && this.fatal === undefined && this.leastBusy().waiting < MAX_WAITING;
  }

  private leastBusy(): Slot {
    return this.slots.reduce((best, slot) => (slot.waiting < best.waiting ? slot : best));
  }

  private send(slot: Slot): void {
    if (slot.pending.length === 0) return;
    slot.worker.postMessage({ type: 'cases', units: slot.pending } satisfies ToWorker);
    slot.pending = [];
  }

  /** Letters the workers have written that they have not said so yet (a run ended at once). */
  unreportedWritten(): number {
    return Atomics.load(this.shared, WRITTEN) - this.reportedWritten;
  }

  /** Tells the workers to write no more letters (those being written are finished). */
  stop(): void {
    Atomics.store(this.shared, STOP, 1);
    for (const slot of this.slots) {
      slot.pending = [];
      slot.worker.postMessage({ type: 'stop' } satisfies ToWorker);
    }
    this.wakeUp();
  }

  /** Sends what is left, waits for every letter to be written, and ends the workers. */
  async finish(): Promise<void> {
    for (const slot of this.slots) {
      this.send(slot);
      slot.worker.postMessage({ type: 'finish' } satisfies ToWorker);
    }
    await Promise.all(this.slots.map((slot) => slot.finished));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
