// `redress check [FILE]`: reads a letter (or any text) and reports what could
// make the business stop reading (kindness) or let it off the hook (firmness).
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../errors.js';
import { colors } from '../io/color.js';
import { DEFAULT_MAX_BYTES, describeCode, InputLimit, readBounded, sizeWords, utf16Error, whereNotUtf8 } from '../io/read.js';
import { reportError } from '../io/report.js';
import { safeForTerminal } from '../io/terminal.js';
import { checkTone, looksLikeLetter, type Finding } from '../tone/index.js';
import { detectLanguage, loadToneRules, TONE_LANGUAGES } from '../tone/languages/index.js';
import { loadedToneRules } from '../tone/languages/registry.js';
import type { ToneLanguage } from '../tone/languages/types.js';
import { writeStdout } from '../io/stdout.js';

export interface CheckOptions {
  json?: boolean;
  strict?: boolean;
  letter?: boolean;
  /** The text's language (en, fr, de, es); detected from the text when not given. */
  language?: string;
  color?: boolean;
  /** Where the report goes (standard output). */
  output?: (text: string) => void;
  /** Where a message about input that cannot be checked goes (standard error). */
  reportProblem?: (message: string) => void;
}

const USAGE =
  'Give me a letter to check, for example `redress check letter.txt`,\n' +
  'or pipe one in: `pbpaste | redress check -` (macOS) or `redress check - < letter.txt`.';

/** A problem reading the input: the message names the file and says what to do next. */
class InputProblem extends Error {}

/** Fewer words than this may not show which language they are in. */
const SHORT_TEXT_WORDS = 12;

export async function runCheck(file: string | undefined, options: CheckOptions): Promise<number> {
  if (file === undefined && process.stdin.isTTY) {
    (options.reportProblem ?? reportError)(USAGE);
    return EXIT_USAGE;
  }
  const source = file ?? '-';
  let text: string;
  try {
    text = await readLetter(source);
  } catch (error) {
    (options.reportProblem ?? reportError)(error instanceof InputProblem ? error.message : `Cannot read ${displayName(source)}: ${safeForTerminal(String((error as Error)?.message ?? error))}`);
    return EXIT_USAGE;
  }

  // Words in another alphabet (Cyrillic, Greek, Arabic, Hebrew, Chinese…) are none of the four
  // languages' words: finding nothing in them would say nothing of their tone.
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
  if (letters.length >= 20 && latin < letters.length / 2) {
    (options.reportProblem ?? reportError)(
      `${displayName(source)} is written mostly in another alphabet than the Latin one, so I cannot check its tone: I can check letters in English, French, German and Spanish. Read it through yourself, or write the letter in one of those languages.`,
    );
    return EXIT_USAGE;
  }
  const language = options.language ?? detectLanguage(text);
  if (!['en', ...TONE_LANGUAGES].includes(language)) {
    (options.reportProblem ?? reportError)(`I can check letters in English, French, German and Spanish: --language takes en, fr, de or es, not "${safeForTerminal(language)}".`);
    return EXIT_USAGE;
  }
  await loadToneRules(language);
  // The firmness advice reads English sentences: for a letter in another language it would only mislead.
  const letter = language === 'en' && (Boolean(options.letter) || looksLikeLetter(text));
  let findings = checkTone(text, { letter, language });
  // A few words do not show their language ("Die in a fire" has German's "die"): unless told
  // the language, a short text is read as English too.
  if (options.language === undefined && language !== 'en' && (text.match(/\p{L}+/gu)?.length ?? 0) < SHORT_TEXT_WORDS) {
    const seen = new Set(findings.map((f) => `${f.line}:${f.column}`));
    const rules = loadedToneRules(language as ToneLanguage);
    // A plain word of the language it reads as ("assez", "Abo", "cumplir") is no English curse.
    const english = checkTone(text).filter((f) => f.severity === 'error' && !seen.has(`${f.line}:${f.column}`) && !(f.rule === 'profanity' && rules.ordinary(f.text)));
    if (english.length > 0) findings = [...findings, ...english].sort((a, b) => a.line - b.line || a.column - b.column);
  }
  // A language given that the text is plainly not in ("--language fr" for an English letter)
  // would find nothing: the words are read in the language they are written in as well.
  let readAs: string | undefined;
  if (options.language !== undefined && (text.match(/\p{L}+/gu)?.length ?? 0) >= SHORT_TEXT_WORDS) {
    const written = detectLanguage(text, language as 'en');
    if (written !== language) {
      readAs = written;
      await loadToneRules(written);
      const seen = new Set(findings.map((f) => `${f.line}:${f.column}`));
      const more = checkTone(text, { language: written }).filter((f) => f.severity === 'error' && !seen.has(`${f.line}:${f.column}`));
      if (more.length > 0) findings = [...findings, ...more].sort((a, b) => a.line - b.line || a.column - b.column);
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;

  if (options.json) {
    (options.output ?? writeStdout)(`${jsonForTerminal({ file: source, language, ...(readAs && { readAs }), findings, errors, warnings })}\n`);
  } else {
    (options.output ?? writeStdout)(humanReport(displayName(source), findings, { errors, warnings, letter, language, readAs, color: Boolean(options.color) }));
  }

  if (errors > 0 || (options.strict && warnings > 0)) return EXIT_PROBLEMS;
  return EXIT_OK;
}

function displayName(source: string): string {
  return source === '-' ? '<stdin>' : safeForTerminal(source);
}

async function readLetter(source: string): Promise<string> {
  if (source.trim() === '') throw new InputProblem('The name given for the letter is empty. Give the path of the letter, or pipe it in with `redress check -`.');
  const name = source === '-' ? 'Standard input' : safeForTerminal(source);
  let bytes: Buffer;
  try {
    bytes = await readBounded(source, DEFAULT_MAX_BYTES);
  } catch (error) {
    if (error instanceof InputLimit) {
      if (error.kind === 'folder') throw new InputProblem(`${name} is a folder, not a file. Give the path of the letter inside it, for example \`redress check ${name}/letter.txt\`.`);
      if (error.kind === 'binary') throw binary(name);
      if (error.kind === 'utf16') throw new InputProblem(utf16Error(name, error.sample).message);
      throw new InputProblem(`${name} is too large to be a letter (${sizeWords(error, DEFAULT_MAX_BYTES)}), so I stopped reading it. Check that it is the right file.`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (source === '-') throw new InputProblem(`Cannot read standard input${describeCode(code)}. Give the letter as a file instead: \`redress check letter.txt\`.`);
    if (code === 'ENOENT') throw new InputProblem(`Cannot find ${name}. Check the path and spelling, or pipe the letter in with \`redress check -\`.`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputProblem(`Cannot read ${name}: permission denied. Check the file's permissions, or pipe the letter in with \`redress check -\`.`);
    if (code === 'EISDIR') throw new InputProblem(`${name} is a folder, not a file. Give the path of the letter inside it.`);
    throw new InputProblem(`Cannot read ${name}${describeCode(code)}. Check the file, or pipe the letter in with \`redress check -\`.`);
  }
  return decodeLetter(bytes, name);
}

function binary(name: string): InputProblem {
  return new InputProblem(
    `${name} looks like a binary file (a Word document, PDF or image?), not plain text. Copy the letter's text into a plain .txt file and check that, or paste it in with \`redress check -\`.`,
  );
}

function decodeLetter(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw binary(name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputProblem(`${name} is not UTF-8 text. Save it as UTF-8 ("Plain text, UTF-8") in your editor and try again.${whereNotUtf8(bytes)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputProblem(`${name} is empty: there is no letter to check. Check that it is the right file.`);
  return mailText(text) ?? text;
}

/**
 * An e-mail file (redress's `--format eml`, or one saved from a mail app): its subject and its
 * body as the reader sees them, quoted-printable and encoded words decoded ("£" is "=C2=A3" in
 * the file, and a line may be cut with "="). Undefined for anything else.
 */
function mailText(text: string): string | undefined {
  const end = text.search(/\r?\n\r?\n/);
  if (end < 0 || !/^[A-Za-z-]+:/.test(text)) return undefined;
  const head = text.slice(0, end).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at <= 0) return undefined;
    headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  if (!headers.has('mime-version') && !headers.has('content-transfer-encoding')) return undefined;
  const raw = text.slice(end).replace(/^\r?\n\r?\n/, '');
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const body =
    encoding === 'quoted-printable'
      ? utf8(quotedPrintable(raw.replace(/=\r?\n/g, '')))
      : encoding === 'base64'
        ? Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('utf8')
        : raw;
  const subject = headers.get('subject');
  return subject === undefined ? body : `Subject: ${encodedWords(subject)}\n\n${body}`;
}

/** "=C2=A3" as the bytes it stands for (each character of the rest as one byte, as quoted-printable text is). */
function quotedPrintable(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(text.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
  }
  return bytes;
}

const utf8 = (bytes: number[]) => Buffer.from(bytes).toString('utf8');

/** "=?UTF-8?Q?R=C3=A9clamation?=" and "=?utf-8?B?…?=" in a header, decoded (RFC 2047). */
function encodedWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : utf8(quotedPrintable(data.replace(/_/g, ' '))),
    );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { fr: 'French', de: 'German', es: 'Spanish' };

function humanReport(name: string, findings: Finding[], summary: { errors: number; warnings: number; letter: boolean; language: string; readAs?: string; color: boolean }): string {
  const c = colors(summary.color);
  const lines: string[] = [];
  for (const f of findings) {
    const where = c.dim(`${name}:${f.line}:${f.column}`);
    const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
    const words = f.text ? `  ${c.bold(`"${safeForTerminal(f.text)}"`)}` : '';
    lines.push(`${where}  ${severity}  ${c.cyan(f.rule)}${words}  ${safeForTerminal(f.message)}`);
    if (f.suggestion) lines.push(`    ${c.green('try:')} "${safeForTerminal(f.suggestion)}"`);
  }
  const total = summary.errors + summary.warnings;
  const other = LANGUAGE_NAMES[summary.language];
  if (total === 0 && other) {
    lines.push(c.green(`No problems found: the tone is kind (checked as ${other}; advice on firmness is for English letters).`));
  } else if (total === 0) {
    lines.push(c.green(summary.letter ? 'No problems found: the tone is firm and kind.' : 'No problems found: the tone is kind. (Add --letter to check that the request is firm, too.)'));
  } else {
    if (lines.length > 0) lines.push('');
    const text = `${plural(total, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')})`;
    lines.push(summary.errors > 0 ? c.red.bold(text) : c.yellow.bold(text));
    if (other && !summary.readAs) lines.push(c.dim(`Checked as ${other}; use --language to say otherwise.`));
  }
  if (summary.readAs) {
    const asked = LANGUAGE_NAMES[summary.language] ?? 'English';
    const written = LANGUAGE_NAMES[summary.readAs] ?? 'English';
    lines.push(c.dim(`This text reads as ${written}, not ${asked}: it was checked as both. Leave out --language to check it as ${written} only.`));
  }
  return `${lines.join('\n')}\n`;
}

/** JSON escapes C0 controls itself; C1 controls and bidi overrides must not reach a terminal raw either. */
function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
