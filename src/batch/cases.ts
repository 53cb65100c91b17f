// One case of a batch, from its text to a written letter (or a located failure). The same
// code runs in the main thread for small batches and in worker threads for large ones, so
// everything it is given is plain, cloneable data.
import { accessSync, closeSync, constants, existsSync, linkSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, threadId } from 'node:worker_threads';
import { locateProblems } from '../case/load.js';
import { formatProblem, validateCase, type Locator, type Position, type Problem } from '../case/validate.js';
import { UserError } from '../errors.js';
import { pathInside, safeFileName, slugify } from '../io/safe-name.js';
import { safeForTerminal } from '../io/terminal.js';
import { describeCode } from '../io/read.js';
import { writeError } from '../io/write.js';
import type { Format } from '../letter/render.js';
import { EXTENSIONS } from '../letter/formats.js';
import type { Paper } from '../letter/layout.js';
import { userTemplateDirs } from '../letter/template-files.js';
import { userRightsDirs } from '../rights/index.js';
import { remembered } from '../util/remember.js';
import { fastParse } from '../case/fast-yaml.js';
import { compiledCaseSchema } from '../case/compiled.js';
import { cutValueNote, valuesCutByComments, withCutValuesWhole, type CutValue } from '../case/yaml.js';
import { caseSchema, type Case } from '../case/schema.js';
import { letterLanguage, resolveCase, type ResolvedCase } from '../case/resolve.js';
import { preparedCase, produceLetter, producePrepared, type ProduceOptions } from '../letter/produce.js';
import { anyUnsoftened, letterKindnessWarnings, loadReviewLanguage, reviewCaseText, reviewLanguageLoaded } from '../tone/review.js';
import { deepMerge, exactParse, fromLine, isGroup, mergedLocator, shapeOf, type Exact, type Layer } from './structure.js';
import { folderProblem, makeFolder } from '../util/make-folder.js';

export { EXTENSIONS };
const MAX_PROBLEMS_SHOWN = 20;
const slugs = new Map<string, string>();

/** Text that gives cases their defaults: a `defaults:` document, a skeleton, or a whole batch document. */
export interface ContextSource {
  doc: number;
  text: string;
  /** File line of the text's first line. */
  start: number;
  /** For a skeleton: lines of the text before `cases:` entries were taken out, and where the rest starts in the file. */
  headLines?: number;
  tailStart?: number;
  /** The text has had its `cases:` entries taken out. */
  itemsTakenOut?: boolean;
  /** Its top-level field names as written (see shapeOf). */
  written?: string[];
}

export interface CaseUnit {
  index: number;
  /** The case's YAML (absent for a case of a whole batch document). */
  text?: string;
  line: number;
  /** A `- ` entry of a `cases:` list, read on its own. */
  item?: boolean;
  tooLarge?: boolean;
  /** The i-th case of the `cases:` list of a document read whole. */
  whole?: number;
  /** Document whose defaults apply from earlier in the stream (-1: none), and the case's own document. */
  stream: number;
  doc: number;
  /** The text as the fast reader read it, when that was done already (false: it could not). */
  fast?: { data: unknown } | false;
  /** The case read, merged and checked already (by the thread that reads the file), perhaps made ready too (see reviewAhead). */
  checked?: CheckedCase | ReadyCase;
}

/** What reviewing a case's answers found: located warnings, or unless --keep-words, the case's failure. */
type Reviewed = string[] | (Outcome & { ok: false });

/** A case read, merged under its defaults and checked: what a letter is made from. */
export interface CheckedCase {
  ok: true;
  value: Case;
  company: string;
  /** Values of the case's own text that YAML would cut at a "#", read whole (see valuesCutByComments). */
  notes?: string[];
  /** Its answers' tone reviewed already (see reviewAhead). */
  reviewed?: Reviewed;
}

/**
 * A checked case made ready by the thread that reads the file, for the one that renders (see
 * reviewAhead): its defaults filled in, its rights cited, its answers tidied (preparedCase) and
 * reviewed. The Case itself is not needed any more, and is not copied to the other thread.
 */
export interface ReadyCase {
  ok: true;
  prepared: ResolvedCase;
  reviewed: Reviewed;
  company: string;
  notes?: string[];
}

export interface ProcessorConfig {
  label: string;
  format: Format;
  /** Paper for PDF letters (default: each writer's country's). */
  paper?: Paper;
  template?: string;
  templates?: string;
  /** A folder of the user's own rights packs. */
  rights?: string;
  out: string;
  force: boolean;
  /** Unkind words in a case make it fail instead of being written with a warning. */
  /** Refuse a case whose words may read as unkind (the default; --keep-words writes it with warnings). */
  refuseUnkind: boolean;
  /** Digits of the numbers in file names (not needed by a worker that hands its letters back). */
  width?: number;
  /** Command-line letter settings, merged between the defaults and the case. */
  cli: Record<string, unknown>;
  contexts: ContextSource[];
}

export interface WrittenEntry {
  index: number;
  file: string;
  /** Words in the case's answers that may read as unkind, located, with calmer wording. */
  warnings?: string[];
  /** Values that may not say what was meant (a "#" that started a comment), located, with the fix. */
  notes?: string[];
  /** An e-mail whose case lists documents to enclose, which the writer attaches (counted for the summary, not in --json). */
  encloses?: true;
}

export interface FailedEntry {
  index: number;
  line: number;
  column: number;
  errors: string[];
  /** Not written because some of its words may read as unkind (--keep-words writes it). */
  unkind?: true;
}

export type Outcome =
  | { ok: true; index: number; company: string; content: string | Uint8Array; at: () => Position; warnings?: string[]; notes?: string[]; encloses?: true }
  | { ok: false; failure: FailedEntry };

/** A letter a worker hands back to be named and written, with where its case starts. */
export interface ReadyLetter {
  index: number;
  company: string;
  content: string | Uint8Array;
  warnings?: string[];
  notes?: string[];
  encloses?: true;
  at: Position;
}

interface Base {
  data: unknown;
  layers: Layer[];
}

function fileLineOf(source: ContextSource): (line: number) => number {
  const { start, headLines, tailStart } = source;
  if (headLines === undefined || tailStart === undefined) return fromLine(start);
  return (line) => (line <= headLines ? start + line - 1 : tailStart + line - headLines - 1);
}

/** Where a piece's case starts: its first line with content, at the first character. */
export function caseStart(text: string, line: number): Position {
  for (let from = 0, offset = 0; ; offset++) {
    const end = text.indexOf('\n', from);
    const raw = text.slice(from, end === -1 ? text.length : end);
    const trimmed = raw.trimStart();
    if (trimmed !== '' && trimmed[0] !== '#' && !/^(---|\.\.\.)(\s|$)/.test(raw) && raw[0] !== '%') {
      return { line: line + offset, column: raw.length - trimmed.length + 1 };
    }
    if (end === -1) return { line, column: 1 };
    from = end + 1;
  }
}

/** A YAML problem found at the very end of a piece belongs to the piece's last line, not the next case's first. */
function withinPiece(problem: Problem, text: string, line: number): Problem {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const last = line + lines.length - 1;
  if (problem.line === undefined || problem.line <= last) return problem;
  return { ...problem, line: last, column: (lines[lines.length - 1]?.replace(/\r$/, '').length ?? 0) + 1 };
}

/** A case of a `cases:` list is read on its own: an alias to an anchor outside it cannot work. */
function standAlone(problem: Problem): Problem {
  if (!/^the alias \*.* points to nothing$/.test(problem.message)) return problem;
  return { ...problem, message: `${problem.message}: each case of a batch file is read on its own, so share values with defaults: instead of anchors (&) and aliases (*)` };
}

const problemsOf = (result: ReturnType<typeof validateCase>): Problem[] => (result.ok ? [] : result.problems);

/** Cases checked with the case schema as it is before compiling it pays (src/case/compiled.ts). */
const CHECKS_BEFORE_COMPILING = 32;

export class CaseProcessor {
  private readonly sources = new Map<number, ContextSource>();
  private readonly layers = new Map<number, { layer: Layer; cases?: unknown[]; locate?: Locator }>();
  private readonly bases = new Map<string, Base>();
  private readonly produceOptions: Omit<ProduceOptions<Format>, 'settings' | 'settingsMode'>;
  /** Values cut at a "#" in each document read whole, by document. */
  private readonly cutInDocument = new Map<number, CutValue[]>();
  /** What the exact reader made of a case's text, kept while that case is being processed. */
  private readonly exact = new WeakMap<CaseUnit, Exact>();
  private schema = caseSchema;
  private checks = 0;

  constructor(private readonly config: ProcessorConfig) {
    for (const source of config.contexts) this.sources.set(source.doc, source);
    this.produceOptions = { format: config.format, ...(config.paper && { paper: config.paper }), template: config.template, userTemplateDirs: userTemplateDirs(config.templates), userRightsDirs: userRightsDirs(config.rights) };
  }

  /** Text with defaults for the cases after it, found after this processor was made. */
  learn(source: ContextSource): void {
    this.sources.set(source.doc, source);
  }

  /** The defaults (and, for a whole batch document, the cases) of a document, read once. */
  private context(doc: number): { layer: Layer; cases?: unknown[]; locate?: Locator } | undefined {
    const cached = this.layers.get(doc);
    if (cached) return cached;
    const source = this.sources.get(doc);
    if (!source) return undefined;
    const exact = exactParse(source.text, fileLineOf(source));
    // The first pass read and checked this text already; it cannot fail here.
    if (!exact.ok) throw new Error(`defaults of document ${doc} could not be read again`);
    const shape = shapeOf(exact.data, exact.locate, source.itemsTakenOut, source.written);
    const defaults = shape.kind === 'defaults' || shape.kind === 'batch' ? shape.defaults : {};
    const context = {
      layer: { data: defaults, locate: exact.locate, prefix: ['defaults'] },
      ...(shape.kind === 'batch' && Array.isArray(shape.cases) && { cases: shape.cases, locate: exact.locate }),
    };
    this.layers.set(doc, context);
    return context;
  }

  private base(stream: number, doc: number): Base {
    // Only a document with defaults of its own (a batch mapping) gives its cases another base:
    // the cases of a `---` stream, one document each, share the base of the defaults before them.
    const own = this.sources.has(doc) ? doc : -1;
    const key = `${stream}:${own}`;
    let base = this.bases.get(key);
    if (!base) {
      const layers = [own >= 0 ? this.context(own)?.layer : undefined, stream >= 0 ? this.context(stream)?.layer : undefined].filter((l): l is Layer => l !== undefined);
      let data: unknown = {};
      for (const layer of [...layers].reverse()) data = deepMerge(data, layer.data);
      base = { data: deepMerge(data, this.config.cli), layers };
      this.bases.set(key, base);
    }
    return base;
  }

  /**
   * Reads, merges, checks and renders one case; in `names` mode only reads and merges it (its
   * name: nameFor). A promise only while the tone rules of a letter's language are loaded.
   */
  process(unit: CaseUnit, mode: 'names'): Outcome;
  process(unit: CaseUnit): Outcome | Promise<Outcome>;
  process(unit: CaseUnit, mode: 'write' | 'names' = 'write'): Outcome | Promise<Outcome> {
    if (mode === 'names') {
      const merged = this.merge(unit);
      return merged.ok ? { ok: true, index: unit.index, company: merged.company, content: '', at: () => this.start(unit) } : merged;
    }
    const checked = unit.checked ?? this.check(unit);
    return checked.ok ? this.render(unit, checked) : checked;
  }

  private start(unit: CaseUnit): Position {
    return unit.text !== undefined ? caseStart(unit.text, unit.line) : { line: unit.line, column: 1 };
  }

  private fail(unit: CaseUnit, at: Position, problems: Problem[]): Outcome & { ok: false } {
    const errors = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => formatProblem(this.config.label, problem));
    if (problems.length > MAX_PROBLEMS_SHOWN) errors.push(`…and ${problems.length - MAX_PROBLEMS_SHOWN} more problems.`);
    return { ok: false, failure: { index: unit.index, line: at.line, column: at.column, errors } };
  }

  /** The case as the exact reader reads it, once (it knows where each value is). */
  private readExactly(unit: CaseUnit): Exact {
    if (unit.whole !== undefined) {
      const context = this.context(unit.doc)!;
      const at = unit.whole;
      return { ok: true, data: context.cases![at], locate: (path, which) => context.locate!(['cases', at, ...path], which) };
    }
    let exact = this.exact.get(unit);
    if (!exact) {
      const read = exactParse(unit.text!, fromLine(unit.line));
      exact = read.ok ? read : { ok: false, problem: withinPiece(read.problem, unit.text!, unit.line) };
      this.exact.set(unit, exact);
    }
    return exact;
  }

  /** A failure whose problems are located: positions are only worked out for a case with a problem. */
  private located(unit: CaseUnit, problems: (locate: Locator) => Problem[]): Outcome & { ok: false } {
    const read = this.readExactly(unit);
    // The fast reader only takes what the exact reader reads the same way; should they
    // ever disagree, the exact reader's word is final.
    if (!read.ok) return this.fail(unit, this.start(unit), [unit.item ? standAlone(read.problem) : read.problem]);
    const locate = mergedLocator([{ data: read.data, locate: read.locate, prefix: [] }, ...this.base(unit.stream, unit.doc).layers]);
    return this.fail(unit, read.locate([]) ?? this.start(unit), problems(locate));
  }

  /**
   * Reads a case, merges it under its defaults and checks it: the Case a letter is made from
   * (process's first half; a thread may do it for another that renders), or its failure.
   */
  check(unit: CaseUnit): CheckedCase | (Outcome & { ok: false }) {
    const merged = this.merge(unit);
    if (!merged.ok) return merged;
    if (++this.checks === CHECKS_BEFORE_COMPILING) this.schema = compiledCaseSchema();
    const cuts = this.cutValues(unit);
    const data = cuts.length > 0 ? withCutValuesWhole(merged.data, cuts) : merged.data;
    const checked = validateCase(data, undefined, this.schema);
    if (!checked.ok) return this.located(unit, (locate) => problemsOf(validateCase(data, locate)));
    const notes = cuts.map((cut) => cutValueNote(this.config.label, cut));
    return { ok: true, value: checked.value, company: merged.company, ...(notes.length > 0 && { notes }) };
  }

  /** Values of a case's own text that YAML cut at a "#" ("Invoice #20817" read as "Invoice"), located in the file. */
  private cutValues(unit: CaseUnit): CutValue[] {
    if (unit.text !== undefined) {
      const lineOf = fromLine(unit.line);
      return valuesCutByComments(unit.text).map((cut) => ({ ...cut, line: lineOf(cut.line) }));
    }
    if (unit.whole === undefined) return [];
    // A case of a document read whole: that document's cut values under this case.
    const source = this.sources.get(unit.doc);
    if (!source) return [];
    let found = this.cutInDocument.get(unit.doc);
    if (!found) {
      const lineOf = fileLineOf(source);
      found = valuesCutByComments(source.text).map((cut) => ({ ...cut, line: lineOf(cut.line) }));
      this.cutInDocument.set(unit.doc, found);
    }
    const prefix = `cases[${unit.whole}].`;
    return found.filter((cut) => cut.path.startsWith(prefix)).map((cut) => ({ ...cut, path: cut.path.slice(prefix.length), at: cut.at.slice(2) }));
  }

  /** Reads a case and merges it under its defaults, with the company it is written to. */
  private merge(unit: CaseUnit): { ok: true; data: Record<string, unknown>; company: string } | (Outcome & { ok: false }) {
    if (unit.tooLarge) return this.fail(unit, this.start(unit), [{ path: '', message: 'this case is too large (more than 5 MB); check that it is written as intended', ...this.start(unit) }]);
    let data: unknown;
    const fast = unit.whole !== undefined ? undefined : unit.fast === undefined ? fastParse(unit.text!) : unit.fast || undefined;
    if (fast) data = fast.data;
    else {
      const read = this.readExactly(unit);
      if (!read.ok) return this.fail(unit, this.start(unit), [unit.item ? standAlone(read.problem) : read.problem]);
      data = read.data;
    }
    if (!isGroup(data)) return this.located(unit, (locate) => problemsOf(validateCase(data, locate)));
    const merged = deepMerge(this.base(unit.stream, unit.doc).data, data) as Record<string, unknown>;
    const recipient = merged.recipient;
    const company = isGroup(recipient) && typeof recipient.company === 'string' ? recipient.company : '';
    return { ok: true, data: merged, company };
  }

  /** Renders a checked case and reviews its answers' tone (process's second half). */
  private render(unit: CaseUnit, checked: CheckedCase | ReadyCase): Outcome | Promise<Outcome> {
    const { index } = unit;
    const { company } = checked;
    const at = () => this.start(unit);
    let produced;
    try {
      produced = 'prepared' in checked ? producePrepared(checked.prepared, this.produceOptions) : produceLetter(checked.value, this.produceOptions);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return this.located(unit, (locate) => [{ path: '', message: error.message.replace(/\.$/, ''), ...locate([]) }]);
    }
    if (!produced.ok) {
      const problems = produced.problems;
      return this.located(unit, (locate) => locateProblems(problems, locate));
    }
    // Every letter is checked: unkind words in the case's own answers are reported where
    // they are (positions again only when there is something to say); they are refused unless --keep-words.
    const content = produced.output.content;
    const { letter, builtIn } = produced;
    const language = letter.case.letter.language;
    const { notes } = checked;
    // An e-mail carries only the letter: the documents its case lists are attached by the writer.
    const encloses = this.config.format === 'eml' && letter.case.evidence.some((item) => item.trim() !== '');
    const written = (warnings?: string[]): Outcome => ({ ok: true, index, company, content, at, ...(warnings && { warnings }), ...(notes && { notes }), ...(encloses && { encloses }) });
    const finish = (found: string[] | (Outcome & { ok: false })): Outcome => {
      if (!Array.isArray(found)) return found;
      if (found.length > 0) return written(found);
      // A template of the user's may bring unkind words of its own (the built-in ones are tested not to).
      if (!builtIn) {
        const fromTemplate = letterKindnessWarnings(letter.subject, letter.body, letter.template, language);
        if (fromTemplate.length > 0) return this.warned(unit, fromTemplate.map((problem) => ({ ...problem, ...at() })), written);
      }
      return written();
    };
    const found = 'prepared' in checked ? checked.reviewed : (checked.reviewed ?? this.reviewAnswers(unit, checked.value, language));
    return found instanceof Promise ? found.then(finish) : finish(found);
  }

  /**
   * Makes a checked case ready to be rendered: fills in its defaults and reviews its answers.
   * The thread that reads the file does this when the one that renders has more to do (see
   * writeWithWorkers). A batch passes no settings of its own to resolveCase, as produceLetter
   * would not; a case whose defaults cannot be filled in is only reviewed, and fails when rendered.
   */
  reviewAhead(unit: CaseUnit, checked: CheckedCase): void | Promise<void> {
    const resolved = resolveCase(checked.value);
    const prepared = resolved.ok ? this.prepared(resolved.value) : undefined;
    const ready = (reviewed: Reviewed) => {
      const { company, notes } = checked;
      unit.checked = prepared ? { ok: true, prepared, reviewed, company, ...(notes && { notes }) } : { ...checked, reviewed };
    };
    const found = this.reviewAnswers(unit, checked.value, resolved.ok ? resolved.value.letter.language! : letterLanguage(checked.value));
    return found instanceof Promise ? found.then(ready) : ready(found);
  }

  /** preparedCase, or undefined for a case that cannot be prepared: rendering it reports why. */
  private prepared(resolved: ResolvedCase): ResolvedCase | undefined {
    try {
      const prepared = preparedCase(resolved, this.produceOptions.userRightsDirs);
      return prepared.ok ? prepared.value : undefined;
    } catch (error) {
      if (error instanceof UserError) return undefined;
      throw error;
    }
  }

  /**
   * Unkind words in a case's own answers, by the rules of its letter's language (loaded first
   * if need be), as the case's failure, or with --keep-words as located warnings.
   */
  private reviewAnswers(unit: CaseUnit, value: Case, language: string): Reviewed | Promise<Reviewed> {
    const review = () => {
      if (reviewCaseText(value, undefined, language).length === 0) return [];
      const read = this.readExactly(unit);
      const locate = read.ok ? mergedLocator([{ data: read.data, locate: read.locate, prefix: [] }, ...this.base(unit.stream, unit.doc).layers]) : () => undefined;
      const found = reviewCaseText(value, locate, language).map(({ finding: _finding, ...problem }) => problem);
      return this.warned(unit, found, (warnings) => warnings);
    };
    // The first letter of a run in French, German or Spanish waits while that language's tone rules load.
    return reviewLanguageLoaded(language) ? review() : loadReviewLanguage(language).then(review);
  }

  /** Unkind words found: the case fails, or with --keep-words goes on with them as warnings. */
  private warned<T>(unit: CaseUnit, found: (Problem & { softened?: true })[], withWarnings: (warnings: string[]) => T): T | (Outcome & { ok: false }) {
    if (this.config.refuseUnkind && anyUnsoftened(found)) {
      const refused = this.fail(unit, this.start(unit), found);
      refused.failure.unkind = true;
      return refused;
    }
    return withWarnings(found.map((problem) => formatProblem(this.config.label, problem)));
  }

  /**
   * `001-brightline-carpet-care.txt`: the case's number, zero-padded to the width of the
   * number of cases, and the company (or "letter" when nothing of it is left). Two cases
   * never get the same name, even for the same company or after sanitising, because no two
   * cases share a number; so no run needs to remember the names it has given.
   */
  nameFor(index: number, company: string): string {
    const number = String(index).padStart(this.config.width ?? 0, '0');
    // A batch often writes to the same company many times.
    const slug = remembered(slugs, company, () => slugify(company) || 'letter', 1000);
    return safeFileName(`${number}-${slug}`, EXTENSIONS[this.config.format], `${number}-letter`);
  }

  /** A problem raised while writing a case's letter, as a failure of that case. */
  failure(index: number, at: Position, message: string): FailedEntry {
    return { index, line: at.line, column: at.column, errors: [safeForTerminal(`${this.config.label}:${at.line}:${at.column} ${message}`)] };
  }
}

export type WriteReport = { kind: 'written'; entry: WrittenEntry } | { kind: 'failed'; entry: FailedEntry };

let tempCounter = 0;

/**
 * Writes one letter, never replacing a file that is there (unless `force`) and never leaving
 * part of a letter behind when the run is stopped (Ctrl-C, SIGTERM, SIGHUP) or a write fails
 * (a full disk). Unlike writeFileAtomic in src/io/write.ts it does not flush each file to disk
 * (fsync) and uses plain synchronous calls: for thousands of small files those two cost more
 * than everything else a batch does.
 *
 * The main thread writes a new letter in place: its signal handlers only run between two
 * synchronous calls, so a letter it has begun is finished first, and one whose write fails is
 * removed. A worker can be stopped between any two calls, so it writes a temporary file next to
 * the letter, then links it (which fails if the letter exists); a rename replaces one (--force).
 * Returns false when the letter already exists (and --force is not given).
 */
export function writeLetter(dir: string, name: string, content: string | Uint8Array, force: boolean): boolean {
  const file = pathInside(dir, name);
  if (!force && isMainThread) return writeInPlace(file, join(dir, name), content);
  // A letter its owner made read-only, or another user's, is not replaced by a new one in its
  // place (which the folder alone would allow), as `draft --force` does not replace one.
  if (force) {
    try {
      accessSync(file, constants.W_OK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(join(dir, name), error as NodeJS.ErrnoException);
    }
  }
  const temp = join(dir, `.${name}.${process.pid}-${threadId}-${++tempCounter}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx', mode: 0o644 });
    if (force) renameSync(temp, file);
    else {
      try {
        linkSync(temp, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return false;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
        // A file system without hard links: check, then rename (a small race, but no clobbering in practice).
        if (existsSync(file)) return false;
        renameSync(temp, file);
      }
    }
    return true;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw writeError(join(dir, name), error as NodeJS.ErrnoException);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed, or never created
    }
  }
}

/** A new letter written by the main thread (see writeLetter); false when the file exists. */
function writeInPlace(file: string, shown: string, content: string | Uint8Array): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeError(shown, error as NodeJS.ErrnoException);
  }
  try {
    try {
      writeFileSync(fd, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    try {
      unlinkSync(file);
    } catch {
      // nothing more can be done: the message below says what went wrong
    }
    throw writeError(shown, error as NodeJS.ErrnoException);
  }
  return true;
}

/** Writes the letters of one thread; the first error that is not about one case stops it. */
export class LetterWriter {
  private dirReady = false;
  fatal: unknown;

  constructor(
    private readonly config: Pick<ProcessorConfig, 'out' | 'force'>,
    private readonly processor: CaseProcessor,
    private readonly onReport: (report: WriteReport) => void,
  ) {}

  /** Names and writes a letter of this thread, or one a worker handed back. */
  write(outcome: (Outcome & { ok: true }) | ReadyLetter): void {
    if (this.fatal !== undefined) return;
    const { out, force } = this.config;
    const name = this.processor.nameFor(outcome.index, outcome.company);
    const shown = join(out, name);
    try {
      if (!this.dirReady) {
        try {
          makeFolder(out);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          throw new UserError(`Cannot create the folder ${safeForTerminal(out)}${folderProblem(code, describeCode)}. Choose another folder with --out.`);
        }
        this.dirReady = true;
      }
      if (writeLetter(out, name, outcome.content, force)) {
        this.onReport({ kind: 'written', entry: { index: outcome.index, file: shown, ...(outcome.warnings && { warnings: outcome.warnings }), ...(outcome.notes && { notes: outcome.notes }), ...(outcome.encloses && { encloses: true }) } });
      } else {
        const message = `${shown} appeared while the batch was running, so it was not replaced; add --force to replace it`;
        const at = typeof outcome.at === 'function' ? outcome.at() : outcome.at;
        this.onReport({ kind: 'failed', entry: this.processor.failure(outcome.index, at, message) });
      }
    } catch (error) {
      this.fatal ??= error;
    }
  }
}
