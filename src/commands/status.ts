// `redress status [DIR|FILES…]`: every case found, where it stands and what to do next,
// what needs doing first at the top. A case file that cannot be read is reported (file,
// line:column, field) and the others are still shown.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { today as localToday } from '../case/dates.js';
import { CaseFileError, parseCaseWithPositions } from '../case/load.js';
import type { Case } from '../case/schema.js';
import { formatProblem, type Problem } from '../case/validate.js';
import { StatusCache } from '../dispute/read-cache.js';
import { caseStatus, type CaseStatus } from '../dispute/status.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UserError } from '../errors.js';
import { colorEnabled, colors } from '../io/color.js';
import { decodeText, describeCode, readBoundedSync, DEFAULT_MAX_BYTES, InputLimit, wideEncoding } from '../io/read.js';
import { writeStdout } from '../io/stdout.js';
import { safeForTerminal } from '../io/terminal.js';
import { assertWritable, writeFileAtomic } from '../io/write.js';
import { userRightsDirs } from '../rights/index.js';
import { clipToWidth, displayWidth, padToWidth } from '../util/display-width.js';

export interface StatusOptions {
  json?: boolean;
  ics?: string;
  force?: boolean;
  rights?: string;
}

interface Found {
  file: string;
  value: Case;
  status: CaseStatus;
}

interface Failed {
  file: string;
  problems: Problem[];
  /** The whole message, for problems that are not about a field (an empty file, not UTF-8). */
  message?: string;
}

/** A YAML file in a folder is taken for a case file when it has one of a case's sections at the top level. */
const CASE_KEYS = /^(sender|recipient|purchase|story|request)\s*:/m;
/** A batch file's own sections, at the top level. */
const BATCH_KEYS = /^(defaults|cases)\s*:/m;

function filesIn(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UserError(`Cannot read the folder ${safeForTerminal(dir)}${describeCode((error as NodeJS.ErrnoException).code)}. Check that you may open it, or give the case files themselves: redress status FILE…`, EXIT_USAGE);
  }
  return entries
    .filter((entry) => /\.ya?ml$/i.test(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => join(dir, entry.name))
    .sort();
}

function readCase(file: string, shown: string, fromFolder: boolean, cache: StatusCache): { value: Case } | { failed: Failed } | undefined {
  let source: string;
  try {
    source = decodeText(readBoundedSync(file, DEFAULT_MAX_BYTES, { regularOnly: true }), safeForTerminal(shown));
  } catch (error) {
    if (error instanceof InputLimit) {
      const why = error.kind === 'too-large' ? 'is too large for a case file' : error.kind === 'binary' ? 'looks like a binary file, not text' : error.kind === 'utf16' ? `is saved as ${wideEncoding(error.sample)} text; save it again as UTF-8` : 'is not a regular file';
      return { failed: { file: shown, problems: [], message: `${safeForTerminal(shown)} ${why}.` } };
    }
    if (error instanceof UserError) return { failed: { file: shown, problems: [], message: error.message } };
    return { failed: { file: shown, problems: [], message: `Cannot read ${safeForTerminal(shown)}${describeCode((error as NodeJS.ErrnoException).code)}. Check that you can read it.` } };
  }
  // Other YAML in a folder (a batch file, an editor's settings) is not a case: skip it.
  if (fromFolder && !CASE_KEYS.test(source)) return undefined;
  // A batch file named on its own: said so, and what it is for.
  if (BATCH_KEYS.test(source) && !CASE_KEYS.test(source)) {
    const name = safeForTerminal(shown);
    return { failed: { file: shown, problems: [], message: `${name} is a batch file (many cases under cases:), not a case file. status follows a dispute kept in a case file of its own; to write the letters of a batch file, run: redress batch ${name}` } };
  }
  const key = cache.key(source);
  const known = cache.get(key);
  if (known) return { value: known };
  try {
    const value = parseCaseWithPositions(source, shown).value;
    cache.set(key, value);
    return { value };
  } catch (error) {
    if (error instanceof CaseFileError) return { failed: { file: shown, problems: error.problems } };
    if (error instanceof UserError) return { failed: { file: shown, problems: [], message: error.message } };
    throw error;
  }
}

/** What needs doing first: things due today (oldest first), then waiting (soonest first), then resolved. */
function rank(s: CaseStatus): [number, string] {
  if (s.next.action === 'resolved') return [3, s.next.from ?? '9999'];
  if (s.next.due) return [s.next.action === 'first' ? 1 : 0, s.next.from ?? '9999'];
  return [2, s.next.from ?? '9999'];
}

const byRank = (a: Found, b: Found) => {
  const [ra, fa] = rank(a.status);
  const [rb, fb] = rank(b.status);
  return ra - rb || (fa < fb ? -1 : fa > fb ? 1 : 0) || a.file.localeCompare(b.file);
};

function daysWords(days: number | undefined): string {
  if (days === undefined) return '';
  if (days === 0) return 'today';
  return days > 0 ? `${days} left` : `${-days} over`;
}

const STAGE_SHORT: Record<string, string> = { 'accept-offer': 'accepted', 'answer-offer': 'answered', 'offer-reminder': 'reminded' };

/** Cut to `width` columns of a terminal (a CJK letter takes two). */
const clip = clipToWidth;

function table(found: Found[], color: boolean): string {
  const c = colors(color);
  const header = ['Case file', 'Business', 'Stage', 'Last letter', 'Reply by', 'Days', 'Last reply', 'Next step'];
  const rows = found.map(({ file, status: s }) => [
    clip(file, 30),
    clip(s.business, 28),
    s.reached ? (STAGE_SHORT[s.reached] ?? s.reached) : '',
    s.lastLetter?.date ?? '',
    s.replyBy ?? '',
    daysWords(s.daysLeft),
    clip(s.lastReplyText ?? '', 40),
    s.next.text,
  ]);
  // Columns are measured as a terminal shows them, so names in Chinese or with emoji line up.
  const widths = header.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) => cells.map((cell, i) => (i < widths.length ? padToWidth(cell, widths[i]!) : cell)).join('  ').trimEnd();
  const out = [c.bold(line(header))];
  found.forEach(({ status: s }, index) => {
    const cells = rows[index]!.map(safeForTerminal);
    const text = line(cells);
    const paint = s.next.action === 'resolved' ? c.green : s.next.due ? (s.daysLeft !== undefined && s.daysLeft < 0 ? c.red : c.yellow) : (t: string) => t;
    // Only the next step is coloured, so the table reads the same without colour.
    const at = text.length - cells[cells.length - 1]!.length;
    out.push(`${text.slice(0, at)}${paint(text.slice(at))}`);
  });
  return `${out.join('\n')}\n`;
}

function asJson(found: Found[], failed: Failed[], today: string): string {
  return `${JSON.stringify(
    {
      today,
      cases: found.map(({ file, status: s }) => ({
        file,
        business: s.business,
        stage: s.reached ?? null,
        lastLetter: s.lastLetter ?? null,
        replyBy: s.replyBy ?? null,
        daysLeft: s.daysLeft ?? null,
        lastReply: s.lastReply ?? null,
        next: { action: s.next.action, text: s.next.text, from: s.next.from ?? null, due: s.next.due },
        dates: s.events.map((e) => ({ date: e.date, summary: e.summary })),
      })),
      failed: failed.map((f) => ({ file: f.file, problems: f.problems.map((p) => ({ line: p.line ?? null, column: p.column ?? null, field: p.path, message: p.message })), ...(f.message !== undefined && { message: f.message }) })),
    },
    null,
    2,
  )}\n`;
}

export async function runStatus(paths: string[], options: StatusOptions): Promise<number> {
  if (options.ics !== undefined && options.ics.trim() === '') throw new UserError('--ics needs the name of a calendar file to write, such as --ics disputes.ics.');
  if (options.ics === '-') throw new UserError('--ics saves the dates in a calendar file, and "-" is not a file\'s name (standard output has the status). Give a name such as --ics disputes.ics.');
  const today = localToday();
  const rights = userRightsDirs(options.rights);
  const targets: { file: string; fromFolder: boolean }[] = [];
  const missing: string[] = [];
  for (const path of paths.length > 0 ? paths : ['.']) {
    if (path.trim() === '') throw new UserError('A name given for a case file or folder is empty. Give the paths of case files or folders that hold them (default: this folder).', EXIT_USAGE);
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new UserError(`Cannot read ${safeForTerminal(path)}${describeCode(code)}. Check that you may open it and the folders it is in.`, EXIT_USAGE);
      missing.push(path);
      continue;
    }
    if (info.isDirectory()) for (const file of filesIn(path)) targets.push({ file, fromFolder: true });
    else targets.push({ file: path, fromFolder: false });
  }
  if (missing.length > 0) {
    throw new UserError(`Cannot find ${missing.map((m) => safeForTerminal(m)).join(', ')}. Give case files or folders that hold them (default: this folder).`, EXIT_USAGE);
  }
  const found: Found[] = [];
  const failed: Failed[] = [];
  const seen = new Set<string>();
  const cache = new StatusCache();
  for (const { file, fromFolder } of targets) {
    if (seen.has(file)) continue;
    seen.add(file);
    // Files found in a folder are named from it; a file given is named as it was given.
    const shown = fromFolder && isAbsolute(file) ? relative('.', file) || file : file;
    const read = readCase(file, shown, fromFolder, cache);
    if (read === undefined) continue;
    if ('failed' in read) failed.push(read.failed);
    else found.push({ file: shown, value: read.value, status: caseStatus(read.value, today, { file: shown, userRightsDirs: rights }) });
  }
  found.sort(byRank);
  cache.save();

  if (options.ics !== undefined) {
    const { caseCalendar } = await import('../dispute/calendar.js');
    const { text, count } = caseCalendar(found.map(({ value, file }) => ({ value, file })), today, rights);
    await assertWritable(options.ics, { force: options.force, inputs: [...found.map(({ file }) => file), ...failed.map((f) => f.file)] });
    await writeFileAtomic(options.ics, text, { force: options.force });
    process.stderr.write(`Saved ${count} ${count === 1 ? 'date' : 'dates'} for your calendar to ${safeForTerminal(options.ics)}. Import it again after each letter or reply: the events are updated, not repeated.\n`);
  }

  if (options.json) writeStdout(asJson(found, failed, today));
  else if (found.length > 0) writeStdout(table(found, colorEnabled(process.stdout)));

  if (failed.length > 0) {
    const { reportError } = await import('../io/report.js');
    for (const f of failed) {
      if (options.json) continue;
      reportError(f.message ?? f.problems.slice(0, 5).map((p) => formatProblem(f.file, p)).join('\n'));
    }
    if (!options.json) {
      process.stderr.write(`${failed.length} case ${failed.length === 1 ? 'file' : 'files'} could not be read; fix ${failed.length === 1 ? 'it' : 'them'} and run redress status again.${found.length > 0 ? ' The others are shown above.' : ''}\n`);
    }
    // Some shown: done, with problems. None: the case files given cannot be used, as draft and reply say of one (exit 2).
    return found.length > 0 ? EXIT_PROBLEMS : EXIT_USAGE;
  }
  if (found.length === 0 && !options.json) {
    process.stderr.write(`No case files found in ${paths.length > 0 ? paths.map((p) => safeForTerminal(p)).join(', ') : 'this folder'}. Start one with \`redress init\`, or give the files: redress status FILE…\n`);
  }
  return EXIT_OK;
}
