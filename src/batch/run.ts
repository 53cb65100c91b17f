// `redress batch FILE|-`: one letter per case, written into a folder.
//
// The file is read twice, a piece at a time, so memory does not grow with the number of
// cases (standard input, or a pipe, is first copied to a private temporary file):
// 1. its shape: pieces are split off without parsing (scan.ts), cases are counted, and
//    `defaults:` and the batch structure are read and checked, so a broken file stops with
//    exit 2 before any letter is written;
// 2. only when the folder already holds files that could be in the way (and no --force):
//    every case's file name, so that nothing is written if any file would be replaced;
// 3. every case: read (fast reader, or the exact one when needed), merged under its
//    defaults, checked, rendered and written atomically (cases.ts), in worker threads for
//    a large batch (workers.ts). A case with a problem is read again with the exact reader
//    to say exactly where the problem is; it never stops the other cases. With one worker,
//    the worker starts on the first cases of a `---` stream during pass 1; their letters
//    are kept, and written only once pass 1 has found the file usable.
import { promises as fs, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CaseFileError } from '../case/load.js';
import type { Stage } from '../case/schema.js';
import { validateCase, type Problem } from '../case/validate.js';
import { settingsFrom } from '../case/resolve.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UserError } from '../errors.js';
import { onExit } from '../io/cleanup.js';
import { colorEnabled, colors } from '../io/color.js';
import { describeCode } from '../io/read.js';
import { safeForTerminal } from '../io/terminal.js';
import { assertFormat } from '../letter/formats.js';
import { assertPaper } from '../letter/layout.js';
import { howToSendByPost } from '../letter/post.js';
import { findTemplate, userTemplateDirs } from '../letter/template-files.js';
import { compileTemplate } from '../letter/templates.js';
import {
  CaseProcessor,
  EXTENSIONS,
  LetterWriter,
  type CaseUnit,
  type CheckedCase,
  type ContextSource,
  type FailedEntry,
  type Outcome,
  type ProcessorConfig,
  type ReadyLetter,
  type WriteReport,
  type WrittenEntry,
} from './cases.js';
import { Progress } from './progress.js';
import { Scanner, type DocPiece, type Piece } from './scan.js';
import { InputInterrupted, openInput, readLines, type BatchInput } from './source.js';
import { batchLikeKeys, defaultsProblems, exactParse, fromLine, isGroup, shapeOf, type Exact } from './structure.js';
import { likelyWorkerCount, workerCount, WorkerPool } from './workers.js';
import { writeStdout } from '../io/stdout.js';


export interface BatchOptions {
  out: string;
  format: string;
  force?: boolean;
  json?: boolean;
  template?: string;
  templates?: string;
  rights?: string;
  stage?: Stage;
  date?: string;
  locale?: string;
  language?: string;
  keepWords?: boolean;
  /** Paper for PDF letters: a4 or letter (default: each writer's country's). */
  paper?: string;
}

export type { FailedEntry, WrittenEntry };

const MAX_FAILURES_SHOWN = 20;

interface Plan {
  count: number;
  /** Documents that are not cases: `defaults:` documents and batch mappings. */
  kinds: Map<number, 'defaults' | 'batch'>;
  /** Their text, for the threads that read their defaults. */
  contexts: ContextSource[];
}

/**
 * How often the thread that reads the file lets Ctrl-C be heard. A signal's handler runs only
 * between tasks, and a chunk of the file is hundreds of cases done in one; a pause this often
 * costs nothing measurable, and Ctrl-C then stops after the letters being written.
 */
const HEAR_SIGNALS_MS = 2;

/** Feeds the file's pieces to `onPiece`, a chunk of lines at a time. */
async function eachPiece(input: BatchInput, onPiece: (piece: Piece) => void | Promise<void>, stop: () => boolean, itemText = true): Promise<void> {
  const queue: Piece[] = [];
  const scanner = new Scanner((piece) => queue.push(piece), { itemText });
  let pauseAt = Date.now() + HEAR_SIGNALS_MS;
  const drain = async () => {
    for (let i = 0; i < queue.length && !stop(); i++) {
      await onPiece(queue[i]!);
      if (Date.now() >= pauseAt) {
        await new Promise((resolve) => setImmediate(resolve));
        pauseAt = Date.now() + HEAR_SIGNALS_MS;
      }
    }
    queue.length = 0;
  };
  for await (const lines of readLines(input)) {
    scanner.push(lines);
    await drain();
    if (stop()) return;
  }
  scanner.end();
  await drain();
}

/**
 * Cases handed to a worker during the first pass, while it would otherwise wait: the
 * documents of a `---` stream up to its first `cases:` list, each with the defaults before
 * it. Their letters are kept until the first pass has found the file usable.
 */
class CasesAhead {
  /** Numbers of the cases handed over (the second pass skips them). */
  readonly taken = new Set<number>();
  private open = true;
  private chars = 0;

  constructor(private readonly pool: WorkerPool) {}

  learn(source: ContextSource): void {
    this.pool.learn(source);
  }

  offer(make: () => CaseUnit): void {
    if (!this.open || !this.pool.hasRoom()) return;
    const unit = make();
    if (this.pool.offer(unit) !== 'taken') return;
    this.taken.add(unit.index);
    this.chars += unit.text?.length ?? 0;
    if (this.taken.size >= MAX_CASES_AHEAD || this.chars >= MAX_CHARS_AHEAD) this.open = false;
  }

  /** Hands over no more cases (the file has a `cases:` list from here, or a case too large). */
  stop(): void {
    this.open = false;
  }
}

/** At most this many letters, from at most this much text, are kept waiting for the first pass (a few MB). */
const MAX_CASES_AHEAD = 2000;
const MAX_CHARS_AHEAD = 4 * 1024 * 1024;

/** Pass 1: counts the cases and reads and checks everything that is not a case. */
async function planBatch(input: BatchInput, stop: () => boolean, ahead?: CasesAhead): Promise<Plan> {
  const kinds = new Map<number, 'defaults' | 'batch'>();
  const contexts: ContextSource[] = [];
  const problems: Problem[] = [];
  let count = 0;
  let documents = 0;
  let first: DocPiece | undefined;
  /** The `defaults:` document in force, as the second pass will see it (eachCase). */
  let stream = -1;

  const keep = (source: ContextSource, kind: 'defaults' | 'batch', defaults: Record<string, unknown>, exact: Exact & { ok: true }) => {
    problems.push(...defaultsProblems(defaults, exact.locate));
    kinds.set(source.doc, kind);
    contexts.push(source);
    ahead?.learn(source);
    if (kind === 'defaults') stream = source.doc;
    else ahead?.stop();
  };
  const oneCase = (piece: DocPiece) => {
    count++;
    if (piece.tooLarge) ahead?.stop();
    else ahead?.offer(() => ({ index: count, text: piece.text, line: piece.line, stream, doc: piece.doc }));
  };

  await eachPiece(
    input,
    (piece) => {
      if (piece.kind === 'item') {
        ahead?.stop();
        count++;
        return;
      }
      if (piece.kind === 'skeleton') {
        documents++;
        if (piece.tooLarge) {
          problems.push({ path: '', message: 'the part of this document outside cases: is too large; keep defaults: short', line: piece.line, column: 1 });
          return;
        }
        const exact = exactParse(piece.text, piece.fileLine);
        if (!exact.ok) {
          problems.push(exact.problem);
          return;
        }
        const shape = shapeOf(exact.data, exact.locate, true);
        if (shape.kind === 'wrong') problems.push(...shape.problems);
        else if (shape.kind === 'batch') {
          const source: ContextSource = { doc: piece.doc, text: piece.text, start: piece.line, itemsTakenOut: true, headLines: piece.headLines, tailStart: piece.tailStart };
          keep(source, 'batch', shape.defaults, exact);
        }
        return;
      }
      if (piece.empty) return;
      documents++;
      first ??= piece;
      const batchLike = batchLikeKeys(piece.topKeys).length > 0;
      if (!batchLike && (piece.keyFirst || piece.tooLarge)) {
        oneCase(piece);
        return;
      }
      if (piece.tooLarge) {
        problems.push({ path: '', message: 'this document is too large to read as a whole; write its cases as a list under cases:, each starting with "- "', line: piece.line, column: 1 });
        return;
      }
      const exact = exactParse(piece.text, fromLine(piece.line));
      if (!exact.ok) {
        if (batchLike) problems.push(exact.problem);
        else oneCase(piece);
        return;
      }
      const shape = shapeOf(exact.data, exact.locate, false, piece.topKeys);
      const source: ContextSource = { doc: piece.doc, text: piece.text, start: piece.line, written: piece.topKeys };
      if (shape.kind === 'case') oneCase(piece);
      else if (shape.kind === 'wrong') problems.push(...shape.problems);
      else if (shape.kind === 'defaults') keep(source, 'defaults', shape.defaults, exact);
      else {
        keep(source, 'batch', shape.defaults, exact);
        count += Array.isArray(shape.cases) ? shape.cases.length : 0;
      }
    },
    stop,
    false,
  );

  if (problems.length > 0) throw new CaseFileError(input.label, problems);
  // A file that is one document is a case file: if that is not YAML, or not a group of
  // fields, the file itself is unusable.
  if (documents === 1 && first && !kinds.has(first.doc)) {
    if (first.tooLarge) throw new UserError(`${safeForTerminal(input.label)} is too large for one case. Check that it is the right file.`);
    const exact = exactParse(first.text, fromLine(first.line));
    if (!exact.ok) throw new CaseFileError(input.label, [exact.problem]);
    if (!isGroup(exact.data)) {
      const result = validateCase(exact.data, exact.locate);
      if (!result.ok) throw new CaseFileError(input.label, result.problems);
    }
  }
  return { count, kinds, contexts };
}

/** Pass 2 (and the names pass): turns the file's pieces into case units, in order. */
async function eachCase(input: BatchInput, plan: Plan, onCase: (unit: CaseUnit) => void | Promise<void>, stop: () => boolean): Promise<void> {
  let index = 0;
  let stream = -1;
  await eachPiece(
    input,
    async (piece) => {
      if (piece.kind === 'skeleton') return;
      if (piece.kind === 'item') {
        await onCase({ index: ++index, text: piece.text, line: piece.line, item: true, tooLarge: piece.tooLarge, stream, doc: piece.doc });
        return;
      }
      if (piece.empty) return;
      const kind = plan.kinds.get(piece.doc);
      if (kind === 'defaults') {
        stream = piece.doc;
        return;
      }
      if (kind === 'batch') {
        // A batch mapping read whole: its cases were counted in pass 1.
        const source = plan.contexts.find((c) => c.doc === piece.doc)!;
        const exact = exactParse(source.text, fromLine(source.start));
        const cases = exact.ok && isGroup(exact.data) && Array.isArray(exact.data.cases) ? exact.data.cases : [];
        for (let i = 0; i < cases.length && !stop(); i++) {
          const at = exact.ok ? exact.locate(['cases', i]) : undefined;
          await onCase({ index: ++index, line: at?.line ?? piece.line, whole: i, stream, doc: piece.doc });
        }
        return;
      }
      await onCase({ index: ++index, text: piece.text, line: piece.line, tooLarge: piece.tooLarge, stream, doc: piece.doc });
    },
    stop,
  );
}

/** Existing names in the folder (lower case), or undefined when the folder does not exist yet. */
async function existingNames(dir: string): Promise<Set<string> | undefined> {
  let info;
  try {
    info = await fs.stat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`Cannot use the folder ${safeForTerminal(dir)}${describeCode((error as NodeJS.ErrnoException).code)}. Choose another folder with --out.`);
  }
  if (!info.isDirectory()) throw new UserError(`${safeForTerminal(dir)} is a file, not a folder. Give --out a folder for the letters (it is created if needed).`);
  const names = await fs.readdir(dir);
  return new Set(names.map((name) => name.normalize('NFC').toLowerCase()));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const STOPPING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How long a run ended at once waits for the letters being written in other threads. */
const END_NOW_WAIT_MS = 2000;

/**
 * Ctrl-C (or SIGTERM, or the terminal closing) during a batch: stop taking new cases, let
 * the letters being written finish, say what was written, exit 130 (143, 129). A second
 * one ends the run at once, and still says what was written.
 */
class Interruption {
  interrupted = false;
  private signal: NodeJS.Signals = 'SIGINT';
  private ending = false;
  /** The run has ended, or is saying what it wrote: a signal no longer says it. */
  private released = false;
  /** Stops the reading of standard input until the workers are asked to stop instead. */
  readonly reading = new AbortController();
  private onStop = () => this.reading.abort();
  /** What a run ended at once waits for (the other threads), then says. */
  private endNow: { wait: () => Promise<unknown>; say: () => void };
  private readonly listener = (signal: NodeJS.Signals) => {
    if (this.ending) process.exit(this.exitCode);
    if (this.interrupted) {
      this.ending = true;
      this.signal = signal;
      const { wait, say } = this.endNow;
      const waited = new Promise((resolve) => setTimeout(resolve, END_NOW_WAIT_MS).unref());
      void Promise.race([wait().catch(() => undefined), waited]).then(() => {
        // The run may have finished meanwhile and said what it wrote (release() comes just before): once is enough.
        if (!this.released) say();
        process.exit(this.exitCode);
      });
      return;
    }
    this.interrupted = true;
    this.signal = signal;
    this.onStop();
  };

  constructor(options: BatchOptions) {
    this.endNow = { wait: async () => undefined, say: () => void stoppedEarly(options) };
    for (const signal of STOPPING_SIGNALS) process.on(signal, this.listener);
  }

  /** The exit code for the signal that stopped the run: 130 for Ctrl-C, 128 + its number for others. */
  get exitCode(): number {
    return this.signal === 'SIGINT' ? EXIT_INTERRUPTED : 128 + (constants.signals[this.signal] ?? 15);
  }

  /** What a first Ctrl-C does from now on. */
  stopWith(onStop: () => void): void {
    this.onStop = onStop;
  }

  /** What a second one waits for, and says, from now on. */
  endWith(wait: () => Promise<unknown>, say: () => void): void {
    this.endNow = { wait, say };
  }

  release(): void {
    this.released = true;
    for (const signal of STOPPING_SIGNALS) process.off(signal, this.listener);
  }
}

/** What a run stopped before any letter was written says. */
function stoppedEarly(options: BatchOptions): void {
  if (options.json) writeStdout(`${JSON.stringify({ written: [], failed: [] }, null, 2)}\n`);
  process.stderr.write('Stopped. No letters were written.\n');
}

/** The settings every case is drafted with, from the command line (checked before anything is read). */
function commonConfig(options: BatchOptions, label: string): Omit<ProcessorConfig, 'width' | 'contexts'> {
  if (options.out === '-') {
    throw new UserError('A batch writes one file per letter, so --out needs a folder, not "-" (standard output). Try --out letters, or use "redress draft --from case.yaml" to print one letter.');
  }
  if (options.out.trim() === '') throw new UserError('--out needs the name of a folder for the letters, such as --out letters.');
  const format = assertFormat(options.format);
  const paper = options.paper === undefined ? undefined : assertPaper(options.paper);
  if (options.template !== undefined) compileTemplate(findTemplate(options.template, userTemplateDirs(options.templates)));
  const settings = settingsFrom(options);
  const letter = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  return {
    label,
    format,
    ...(paper && { paper }),
    template: options.template,
    templates: options.templates,
    rights: options.rights,
    out: options.out,
    force: Boolean(options.force),
    refuseUnkind: !options.keepWords,
    cli: Object.keys(letter).length > 0 ? { letter } : {},
  };
}

/** The letters written and the cases that failed, as the run goes; the progress line follows them. */
class Tally {
  readonly written: WrittenEntry[] = [];
  readonly failed: FailedEntry[] = [];
  writtenCount = 0;
  /** E-mails written whose cases list documents to enclose. */
  enclosing = 0;
  private readonly progress: Progress;

  constructor(
    count: number,
    private readonly json: boolean,
  ) {
    this.progress = new Progress(count);
  }

  /** The names of the letters written, kept only when the folder held letters of an earlier run. */
  names?: Set<string>;

  readonly onReport = (report: WriteReport): void => {
    if (report.kind === 'failed') this.failed.push(report.entry);
    else {
      this.writtenCount++;
      this.names?.add(basename(report.entry.file).normalize('NFC').toLowerCase());
      const { encloses, ...entry } = report.entry;
      if (encloses) this.enclosing++;
      if (this.json || entry.warnings || entry.notes) this.written.push(entry);
    }
    this.progress.update(this.writtenCount + this.failed.length);
  };

  finish(): void {
    this.progress.finish();
  }
}

/**
 * One worker, started before the first pass (see workers.ts), takes the first cases of a
 * `---` stream during it. What it hands back is kept until the first pass has found the
 * file usable and nothing in the way (a broken file writes nothing), then written.
 */
interface EarlyStart {
  ahead: CasesAhead;
  kept: { reports: WriteReport[]; letters: ReadyLetter[] };
}

function startEarly(pool: WorkerPool, config: Omit<ProcessorConfig, 'width' | 'contexts'>): EarlyStart {
  const kept: EarlyStart['kept'] = { reports: [], letters: [] };
  pool.start(1, { ...config, contexts: [] }, (report) => kept.reports.push(report), (letter) => kept.letters.push(letter));
  return { ahead: new CasesAhead(pool), kept };
}

interface WritingRun {
  input: BatchInput;
  plan: Plan;
  config: ProcessorConfig;
  tally: Tally;
  stop: Interruption;
}

/** Pass 3 in this thread alone: every case read, checked, rendered and written here. */
async function writeHere(run: WritingRun): Promise<unknown> {
  const processor = new CaseProcessor(run.config);
  const writer = new LetterWriter(run.config, processor, run.tally.onReport);
  await eachCase(run.input, run.plan, caseWriter(processor, writer, run.tally), () => run.stop.interrupted || writer.fatal !== undefined);
  return writer.fatal;
}

/** Turns a case into a letter in this thread and writes it (or reports its failure). */
function caseWriter(processor: CaseProcessor, writer: LetterWriter, tally: Tally): (unit: CaseUnit) => void | Promise<void> {
  const handle = (outcome: Outcome) => {
    if (outcome.ok) writer.write(outcome);
    else tally.onReport({ kind: 'failed', entry: outcome.failure });
  };
  return (unit) => {
    const outcome = processor.process(unit);
    return outcome instanceof Promise ? outcome.then(handle) : handle(outcome);
  };
}

/** Cases that go through each stage together in the thread that reads the file (see writeWithWorkers). */
const CASES_PER_STAGE = 16;

/**
 * Pass 3 with worker threads (the two designs are explained in workers.ts). With one, it
 * renders while this thread reads, checks and writes; with several, each writes its own
 * letters, and this thread does a case itself when every worker is busy.
 */
async function writeWithWorkers(run: WritingRun, threads: WorkerPool, workers: number, early: EarlyStart | undefined): Promise<unknown> {
  const { config, tally, stop } = run;
  const processor = new CaseProcessor(config);
  const writer = new LetterWriter(config, processor, tally.onReport);
  const here = caseWriter(processor, writer, tally);
  const byStage = workers === 1;
  // A letter the worker made after Ctrl-C is not written: the run stops after those being written.
  const write = (letter: ReadyLetter) => {
    if (!stop.interrupted) writer.write(letter);
  };
  stop.stopWith(() => threads.stop());
  if (!byStage) threads.start(workers, config, tally.onReport);
  else if (!early) threads.start(1, config, tally.onReport, write);
  else {
    threads.handTo(tally.onReport, write);
    for (const report of early.kept.reports.splice(0)) tally.onReport(report);
    // A few at a time, so that Ctrl-C is heard between them.
    const letters = early.kept.letters.splice(0);
    for (let i = 0; i < letters.length && !stop.interrupted; i++) {
      writer.write(letters[i]!);
      if (i % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const stopped = () => stop.interrupted || threads.fatal !== undefined || writer.fatal !== undefined;
  const hand = async (unit: CaseUnit) => {
    for (;;) {
      const offered = threads.offer(unit);
      if (offered === 'taken') return;
      if (offered === 'refused' || !byStage) return here(unit);
      await threads.room();
      if (stopped()) return;
    }
  };
  // With one worker, this thread reads, merges and checks the cases; the worker renders them
  // and reviews their answers, unless it is behind: then this thread reviews them, which
  // balances the two threads whichever is slower on this machine (rendering, or writing files
  // to a slow disk). A few cases go through each stage together: each stage's code and tables
  // are then still in the processor's caches for the next case, which measured faster.
  const group: CaseUnit[] = [];
  const handGroup = async () => {
    const checkedUnits: CaseUnit[] = [];
    for (const unit of group.splice(0)) {
      const checked = processor.check(unit);
      if (!checked.ok) tally.onReport({ kind: 'failed', entry: checked.failure });
      else {
        unit.checked = checked;
        checkedUnits.push(unit);
      }
    }
    if (threads.behind()) for (const unit of checkedUnits) await processor.reviewAhead(unit, unit.checked as CheckedCase);
    for (const unit of checkedUnits) {
      if (stopped()) return;
      await hand(unit);
    }
  };
  const share = async (unit: CaseUnit) => {
    if (early?.ahead.taken.has(unit.index)) return;
    if (!byStage) return hand(unit);
    group.push(unit);
    if (group.length >= CASES_PER_STAGE) await handGroup();
  };
  try {
    await eachCase(run.input, run.plan, share, stopped);
    if (!stopped()) await handGroup();
  } finally {
    await threads.finish();
  }
  if (threads.fatal) return threads.fatal.exitCode !== undefined ? new UserError(threads.fatal.message, threads.fatal.exitCode) : new Error(threads.fatal.message);
  return writer.fatal;
}

export async function runBatch(file: string, options: BatchOptions): Promise<number> {
  // The options are checked before the file is opened: a typo costs nothing.
  const common = commonConfig(options, '');
  const existing = await existingNames(options.out);
  const stop = new Interruption(options);
  // However the run ends (a second Ctrl-C, SIGTERM, SIGHUP), no temporary letter of this
  // process, of any thread, is left in the folder.
  const forgetTemps = onExit(() => removeTempLetters(options.out));
  let input: BatchInput;
  try {
    input = await openInput(file, stop.reading.signal);
  } catch (error) {
    stop.release();
    forgetTemps();
    if (error instanceof InputInterrupted) {
      stoppedEarly(options);
      return stop.exitCode;
    }
    throw error;
  }
  let pool: WorkerPool | undefined;
  try {
    const labelled = { ...common, label: input.label };
    const likely = likelyWorkerCount(statSync(input.path).size, import.meta.url);
    if (likely > 0) pool = new WorkerPool(likely, import.meta.url);
    const early = likely === 1 && pool ? startEarly(pool, labelled) : undefined;

    // Pass 1: the file's shape.
    const plan = await planBatch(input, () => stop.interrupted, early?.ahead);
    if (stop.interrupted) {
      stoppedEarly(options);
      return stop.exitCode;
    }
    if (plan.count === 0) {
      throw new UserError(`${safeForTerminal(input.label)} has no cases. Add cases under cases:, each starting with "- ", or run \`redress init --batch\` for an example.`, EXIT_USAGE);
    }
    const config: ProcessorConfig = { ...labelled, width: Math.max(3, String(plan.count).length), contexts: plan.contexts };
    refuseInputAmongLetters(input, config);

    // Pass 2, only if needed: nothing is replaced.
    if (!options.force && existing) {
      await refuseReplacements(input, plan, config, existing, () => stop.interrupted);
      if (stop.interrupted) {
        stoppedEarly(options);
        return stop.exitCode;
      }
    }

    // Pass 3: the letters. Cases the worker already has are its to finish, however few the cases are.
    const tally = new Tally(plan.count, Boolean(options.json));
    // Letters of an earlier run in the folder: those this run does not replace are named at the end.
    const ours = new RegExp(`^\\d{3,}-.*\\.${EXTENSIONS[config.format]}$`);
    const earlier = existing ? [...existing].filter((name) => ours.test(name)) : [];
    if (earlier.length > 0) tally.names = new Set();
    const workers = early && early.ahead.taken.size > 0 ? 1 : workerCount(plan.count, import.meta.url);
    if (workers === 0) await pool?.close();
    else pool ??= new WorkerPool(workers, import.meta.url);
    const run: WritingRun = { input, plan, config, tally, stop };
    // Ended at once: the workers are ended first (a letter one was writing is left as a
    // temporary file, which goes at exit), then the letters written are counted.
    const threads = workers > 0 ? pool : undefined;
    stop.endWith(
      () => threads?.close() ?? Promise.resolve(),
      () => {
        tally.finish();
        tally.writtenCount += threads?.unreportedWritten() ?? 0;
        report(tally, options, input.label, true, []);
      },
    );
    let fatal: unknown;
    try {
      fatal = workers > 0 && pool ? await writeWithWorkers(run, pool, workers, early) : await writeHere(run);
    } finally {
      tally.finish();
    }
    const others = tally.names ? earlier.filter((name) => !tally.names!.has(name)).sort() : [];
    // From here, a signal only ends the run: what was written is said below.
    stop.release();
    report(tally, options, input.label, fatal !== undefined || stop.interrupted, others);
    if (fatal !== undefined) throw fatal;
    if (stop.interrupted) return stop.exitCode;
    return tally.failed.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  } finally {
    stop.release();
    await pool?.close();
    await input.cleanup();
    forgetTemps();
  }
}

/**
 * A case file in the letters' folder under a name of the kind the letters take ("001-acme.txt")
 * could be replaced by one of them, with --force, while it is still being read.
 */
function refuseInputAmongLetters(input: BatchInput, config: ProcessorConfig): void {
  // Standard input is read from a private copy elsewhere.
  if (input.label !== input.path) return;
  let folder: string;
  let inputFolder: string;
  try {
    folder = realpathSync(config.out);
    inputFolder = dirname(realpathSync(input.path));
  } catch {
    return;
  }
  const ours = new RegExp(`^\\d{${config.width}}-.*\\.${EXTENSIONS[config.format]}$`, 'i');
  if (folder !== inputFolder || !ours.test(basename(input.path))) return;
  throw new UserError(
    `${safeForTerminal(input.label)} is in ${safeForTerminal(config.out)} under a name a letter of this batch could take, and would be replaced. Rename the case file, or write the letters to another folder with --out.`,
    EXIT_USAGE,
  );
}

/**
 * Nothing is written if any letter would replace a file already in the folder: the names are
 * worked out first (a pass that renders nothing), and the run stops with the list.
 */
async function refuseReplacements(input: BatchInput, plan: Plan, config: ProcessorConfig, existing: Set<string>, stop: () => boolean): Promise<void> {
  const ours = new RegExp(`^\\d{${config.width}}-.*\\.${EXTENSIONS[config.format]}$`);
  if (![...existing].some((name) => ours.test(name))) return;
  const processor = new CaseProcessor(config);
  const conflicts: string[] = [];
  await eachCase(
    input,
    plan,
    (unit) => {
      const outcome = processor.process(unit, 'names');
      if (!outcome.ok) return;
      const name = processor.nameFor(outcome.index, outcome.company);
      if (existing.has(name.toLowerCase())) conflicts.push(name);
    },
    stop,
  );
  if (stop() || conflicts.length === 0) return;
  const shown = conflicts.slice(0, 10).map((name) => `  ${safeForTerminal(join(config.out, name))}`);
  if (conflicts.length > 10) shown.push(`  …and ${(conflicts.length - 10).toLocaleString('en-US')} more`);
  throw new UserError(
    `${plural(conflicts.length, 'letter')} would replace ${conflicts.length === 1 ? 'a file' : 'files'} already in ${safeForTerminal(config.out)}, so nothing was written:\n` +
      `${shown.join('\n')}\n` +
      'Move or delete those files, choose another folder with --out, or add --force to replace them.',
  );
}

/** Removes this process's temporary letters (see writeLetter in cases.ts) from `dir`. */
function removeTempLetters(dir: string): void {
  const mark = `.${process.pid}-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith('.tmp') && name.includes(mark)) rmSync(join(dir, name), { force: true });
  }
}

/** E-mails carry no attachments: the documents their cases list to enclose are attached by the writer, once for the batch. */
function attachToEmails(enclosing: number, wrote: number): string {
  if (enclosing === 0) return '';
  const which = enclosing === wrote ? (wrote === 1 ? 'The letter\'s case lists' : `All ${wrote} letters' cases list`) : `${enclosing} of the ${wrote} letters' cases list`;
  const them = enclosing === 1 ? 'that e-mail' : 'those e-mails';
  return `${which} documents to enclose (evidence), and an e-mail has no attachments: attach copies to ${them} in your mail app before you send ${enclosing === 1 ? 'it' : 'them'}.\n`;
}

function report(
  results: { written: WrittenEntry[]; failed: FailedEntry[]; writtenCount: number; enclosing: number },
  options: BatchOptions,
  label: string,
  stopped: boolean,
  others: readonly string[] = [],
): void {
  const failed = results.failed.sort((a, b) => a.index - b.index);
  const written = results.written.sort((a, b) => a.index - b.index);
  if (options.json) {
    writeStdout(
      `${JSON.stringify({ written, failed, ...(stopped && { stopped: true }), ...(others.length > 0 && { notFromThisRun: others.map((name) => join(options.out, name)) }) }, null, 2)}\n`,
      `leave out --json to see the summary on standard error${results.writtenCount > 0 ? ` (the letters are written, in ${safeForTerminal(options.out)})` : ''}`,
    );
    return;
  }
  // Letters of an earlier run this one did not replace: an old letter must not be sent by mistake.
  if (others.length > 0) {
    const shown = others.slice(0, MAX_FAILURES_SHOWN).map((name) => safeForTerminal(name)).join(', ');
    const more = others.length > MAX_FAILURES_SHOWN ? ` and ${plural(others.length - MAX_FAILURES_SHOWN, 'more')}` : '';
    process.stderr.write(`${colors(colorEnabled(process.stderr)).yellow('!')} ${safeForTerminal(options.out)} also holds ${plural(others.length, 'letter')} this run did not write (${shown}${more}), from an earlier run. Delete any that are out of date, so that no old letter is sent by mistake.\n`);
  }
  const c = colors(colorEnabled(process.stderr));
  const out = process.stderr;
  const file = safeForTerminal(label);
  const warned = written.filter((entry) => entry.warnings);
  for (const entry of warned.slice(0, MAX_FAILURES_SHOWN)) {
    out.write(`${c.yellow('!')} Case ${entry.index} was written, but some words may read as unkind:\n${entry.warnings!.map((line) => `  ${line}\n`).join('')}`);
  }
  if (warned.length > MAX_FAILURES_SHOWN) out.write(`…and ${plural(warned.length - MAX_FAILURES_SHOWN, 'more case')} with such words (add --json to list them all).\n`);
  const noted = written.filter((entry) => entry.notes);
  for (const entry of noted.slice(0, MAX_FAILURES_SHOWN)) {
    out.write(`${c.yellow('!')} Case ${entry.index} was written, with a note on how a value was read:\n${entry.notes!.map((line) => `  ${line}\n`).join('')}`);
  }
  if (noted.length > MAX_FAILURES_SHOWN) out.write(`…and ${plural(noted.length - MAX_FAILURES_SHOWN, 'more case')} with such values (add --json to list them all).\n`);
  const folder = safeForTerminal(options.out);
  for (const failure of failed.slice(0, MAX_FAILURES_SHOWN)) {
    out.write(`${c.red('✖')} Case ${failure.index} (${file}:${failure.line}:${failure.column}) was not written:\n${failure.errors.map((line) => `  ${line}\n`).join('')}`);
  }
  if (failed.length > MAX_FAILURES_SHOWN) {
    out.write(`…and ${plural(failed.length - MAX_FAILURES_SHOWN, 'more case')} with problems (add --json to list them all).\n`);
  }
  const wrote = results.writtenCount;
  const letters = wrote === 0 ? 'No letters were written' : `Wrote ${plural(wrote, 'letter')} to ${folder}`;
  if (stopped) {
    out.write(`Stopped. ${letters}${wrote > 0 ? '; each of them is complete' : ''}.\n`);
    // A second run stops at the letters already there: to finish, every letter is written again.
    if (wrote > 0) out.write(`To write the rest, run the same command again with --force (it writes all the letters again), or choose another folder with --out.\n`);
    return;
  }
  // Letters for the post: how to print and send them with proof (their countries may differ).
  const posting = (options.format === 'pdf' && wrote > 0 ? howToSendByPost().map((line) => `${line}\n`).join('') : '') + attachToEmails(results.enclosing, wrote);
  if (failed.length === 0) {
    out.write(`${c.green('✔')} ${letters}.\n${posting}`);
    return;
  }
  out.write(
    `${letters}; ${plural(failed.length, 'case')} ${failed.length === 1 ? 'has' : 'have'} problems.\n` +
      `Fix ${failed.length === 1 ? 'it' : 'them'} in ${file} and run the same command again${wrote > 0 ? ' with --force (it replaces the letters already written)' : ''}.\n` +
      (failed.some((failure) => failure.unkind) ? 'To write a letter with words that may read as unkind as they are, add --keep-words.\n' : '') +
      posting,
  );
}
