// Finding, reading and compiling letter templates, built-in or the user's own.
// Templates may come from strangers. So:
// - each template is compiled by a private Handlebars instance that knows only our helpers
//   (knownHelpersOnly), with prototype access blocked and no `log` helper;
// - partials are files (`_name.hbs`) in the template's own folder or the built-ins, chosen
//   by name in the template, never by data; links that lead out of the folder, and files
//   that are not plain text files, are refused;
// - every template is checked before it runs (template-check.ts), and rendering has a
//   budget, so a template cannot loop, hang or fill the disk.
import type Handlebars from 'handlebars';
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { describeCode, InputLimit, readBoundedSync } from '../io/read.js';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { LineCounter, parseDocument, Scalar, isScalar, isSeq, isMap, type Node as YamlNode } from 'yaml';
import { REMEDIES, STAGES } from '../case/schema.js';
import { LANGUAGES } from './language/names.js';
import { UserError } from '../errors.js';
import { safeForTerminal, stripControl } from '../io/terminal.js';
import { packageRoot } from '../util/paths.js';
import { closest } from '../util/suggest.js';
import { BUILTIN_SPECS, languageSpecs, type DirectCode, type DirectSources, type PrecompiledTemplate, type TemplateSpec } from './builtin-specs.js';
import { directFactoryOrUndefined, directSupport, type DirectFactory, type DirectProgram } from './direct.js';
import { compiler, runtime, type HandlebarsEnvironment } from './handlebars.js';
import { helpers } from './helpers.js';
import { checkTemplate, KNOWN_HELPERS, type PartialInfo, type PartialSource } from './template-check.js';
import { TemplateProblem, type TemplateText } from './template-syntax.js';

export interface TemplateMeta {
  name: string;
  description?: string;
  subject?: string;
  stages?: string[];
  remedies?: string[];
  format?: string;
}

export interface TemplateSource {
  name: string;
  file: string;
  builtIn: boolean;
  meta: TemplateMeta;
  body: string;
  /** Line in the file where the body starts (after front matter), 1-based. */
  bodyLine: number;
  /** Where the subject's text starts in the file, for messages about it. */
  subjectAt?: { line: number; column: number; exact: boolean };
}

const OTHER_LANGUAGES: readonly string[] = LANGUAGES.filter((l) => l !== 'en');

/** Templates are small; anything bigger is not a template. */
export const MAX_TEMPLATE_BYTES = 200_000;
const FRONT_MATTER_KEYS = ['name', 'description', 'subject', 'stages', 'remedies', 'format'] as const;
const FORMATS = ['text', 'markdown', 'html', 'eml', 'json'];

export function builtInDir(): string {
  return join(packageRoot(), 'templates');
}

/** Folders searched for user templates: --templates DIR, then each folder in REDRESS_TEMPLATES. */
export function userTemplateDirs(option?: string): string[] {
  const dirs: { dir: string; from: string }[] = [];
  if (option) dirs.push({ dir: resolve(option), from: `--templates ${option}` });
  const fromEnv = process.env.REDRESS_TEMPLATES;
  if (fromEnv) {
    for (const dir of fromEnv.split(process.platform === 'win32' ? ';' : ':')) if (dir) dirs.push({ dir: resolve(dir), from: `REDRESS_TEMPLATES (${dir})` });
  }
  for (const { dir, from } of dirs) {
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      throw new UserError(`The templates folder from ${safeForTerminal(from)} does not exist. Check the name, or create it with \`redress templates eject first ${safeForTerminal(dir)}\`.`);
    }
    if (!isDir) throw new UserError(`${safeForTerminal(from)} is a file, not a folder. Give the folder that holds your templates.`);
  }
  return [...new Set(dirs.map((d) => d.dir))];
}

// ---------------------------------------------------------------------------------------
// Reading files safely

/**
 * Reads a template or partial. With `folder`, the file must really be inside it: a link
 * that leads elsewhere (to ~/.ssh/id_rsa, say) is refused, so a shared folder cannot put
 * your own files into a letter. Only plain text files of reasonable size are read.
 */
export function readTemplateFile(file: string, folder?: string): string {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `Cannot find the template ${safeForTerminal(file)}. Check the path, or run \`redress templates list\`.`
        : `Cannot read the template ${safeForTerminal(file)} (${code ?? 'unknown error'}). Check that you may read it.`,
    );
  }
  if (folder !== undefined) {
    let inside = false;
    try {
      const real = realpathSync(file);
      const realFolder = realpathSync(folder);
      inside = real.startsWith(realFolder.endsWith(sep) ? realFolder : realFolder + sep);
    } catch {
      inside = false;
    }
    if (!inside) {
      throw new UserError(
        `${safeForTerminal(file)} is a link to a file outside ${safeForTerminal(folder)}, so I did not read it: templates may only use files in their own folder. Copy the file into the folder instead.`,
      );
    }
  }
  if (!stats.isFile()) throw new UserError(`${safeForTerminal(file)} is not a template file (it is a folder, a device or a pipe). Give a .hbs file.`);
  if (stats.size > MAX_TEMPLATE_BYTES) throw new UserError(`${safeForTerminal(file)} is too large for a template (over 200 KB). Check that it is the right file.`);
  let text: string;
  try {
    // Bounded as it is read: the file may have grown since it was looked at.
    text = readBoundedSync(file, MAX_TEMPLATE_BYTES, { regularOnly: true }).toString('utf8');
  } catch (error) {
    if (error instanceof InputLimit) {
      if (error.kind === 'binary') throw new UserError(`${safeForTerminal(file)} is not a text file, so it cannot be a template.`);
      if (error.kind === 'too-large') throw new UserError(`${safeForTerminal(file)} is too large for a template (over 200 KB). Check that it is the right file.`);
      throw new UserError(`${safeForTerminal(file)} is not a template file (it is a folder, a device or a pipe). Give a .hbs file.`);
    }
    throw new UserError(`Cannot read the template ${safeForTerminal(file)}${describeCode((error as NodeJS.ErrnoException).code)}. Check the file and try again.`);
  }
  return text;
}

// ---------------------------------------------------------------------------------------
// Front matter

export interface FrontMatter {
  meta: Record<string, unknown>;
  body: string;
  bodyLine: number;
  subjectAt?: { line: number; column: number; exact: boolean };
}

/** Splits `---` YAML front matter from the body and checks its fields, with file positions. */
export function splitFrontMatter(source: string, file: string): FrontMatter {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: {}, body: text, bodyLine: 1 };
  const yamlText = match[1] ?? '';
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { uniqueKeys: true, lineCounter, prettyErrors: false });
  // Positions in the front matter are one line down in the file (the opening ---).
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const problem = (offset: number, message: string): never => {
    const { line, column } = at(offset);
    throw new TemplateProblem(file, line, column, message);
  };
  const error = doc.errors[0];
  if (error) {
    const detail =
      error.code === 'DUPLICATE_KEY' ? 'the same field appears twice; keep only one' : `this is not valid YAML (${error.message.split('\n')[0]!.replace(/\.$/, '')})`;
    problem(error.pos[0], `in the front matter (between the --- lines), ${detail}`);
  }
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { meta: {}, body: text.slice(match[0].length), bodyLine };
  if (!isMap(contents)) problem(contents.range?.[0] ?? 0, 'the front matter (between the --- lines) should be fields such as name: and subject:');
  const meta: Record<string, unknown> = {};
  let subjectAt: FrontMatter['subjectAt'];
  for (const pair of (contents as { items: { key: unknown; value: unknown }[] }).items) {
    const keyNode = pair.key as YamlNode | null;
    const valueNode = pair.value as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const keyAt = keyNode?.range?.[0] ?? 0;
    const valueAt = valueNode?.range?.[0] ?? keyAt;
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      const guess = closest(key, FRONT_MATTER_KEYS);
      // Other fields (author:, version:…) are the author's notes; a near miss is a typo.
      if (guess) problem(keyAt, `"${safeForTerminal(key)}" is not a front matter field (did you mean "${guess}"?)`);
      continue;
    }
    const value = valueNode ? (valueNode as { toJSON(): unknown }).toJSON() : null;
    if (key === 'stages' || key === 'remedies') {
      const allowed: readonly string[] = key === 'stages' ? STAGES : REMEDIES;
      const items = isSeq(valueNode) ? valueNode.items : [valueNode];
      const list: string[] = [];
      for (const item of items as (YamlNode | null)[]) {
        const word = isScalar(item) ? String(item.value) : undefined;
        if (word === undefined || !allowed.includes(word)) {
          const guess = word ? closest(word, allowed) : undefined;
          problem(
            item?.range?.[0] ?? valueAt,
            `${key}: ${word === undefined ? 'expected a list of names' : `"${safeForTerminal(word)}" is not one of ${allowed.join(', ')}`}${guess ? ` (did you mean "${guess}"?)` : ''}`,
          );
        }
        list.push(word!);
      }
      meta[key] = list;
      continue;
    }
    if (!isScalar(valueNode) || value === null || typeof value === 'object') problem(valueAt, `${key}: expected text`);
    const scalar = valueNode as Scalar;
    meta[key] = String(value);
    if (key === 'format' && !FORMATS.includes(String(value))) problem(valueAt, `format: expected one of ${FORMATS.join(', ')}`);
    if (key === 'subject') {
      const raw = yamlText.slice(scalar.range![0], scalar.range![1]);
      const quoted = scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE;
      const exact = !raw.includes('\n') && (quoted || scalar.type === Scalar.PLAIN) && !(scalar.type === Scalar.QUOTE_DOUBLE && raw.includes('\\'));
      const start = at(scalar.range![0]);
      subjectAt = { line: start.line, column: start.column + (quoted ? 1 : 0), exact };
    }
  }
  return { meta, body: text.slice(match[0].length), bodyLine, ...(subjectAt && { subjectAt }) };
}

export function readTemplate(file: string, builtIn: boolean, folder?: string, name?: string): TemplateSource {
  const text = readTemplateFile(file, folder);
  // A built-in file as shipped was read when the package was built: its front matter need not be parsed again.
  const slash = name?.indexOf('/') ?? -1;
  const shipped = builtIn && name ? (slash === -1 ? BUILTIN_SPECS?.[name] : languageSpecs(name.slice(0, slash))?.[name])?.file : undefined;
  const { meta, body, bodyLine, subjectAt } = shipped?.text === text ? shipped : splitFrontMatter(text, file);
  const templateName = name ?? (typeof meta.name === 'string' ? meta.name : basename(file, extname(file)));
  return {
    name: templateName,
    file,
    builtIn,
    body,
    bodyLine,
    ...(subjectAt && { subjectAt }),
    meta: {
      name: typeof meta.name === 'string' ? meta.name : templateName,
      ...(typeof meta.description === 'string' && { description: meta.description }),
      ...(typeof meta.subject === 'string' && { subject: meta.subject }),
      ...(Array.isArray(meta.stages) && { stages: meta.stages as string[] }),
      ...(Array.isArray(meta.remedies) && { remedies: meta.remedies as string[] }),
      ...(typeof meta.format === 'string' && { format: meta.format }),
    },
  };
}

// ---------------------------------------------------------------------------------------
// Finding templates

const folderCache = new Map<string, { mtimeMs: number; files: string[] }>();

/** The .hbs files in a folder (remembered while the folder is unchanged: batch asks for every case). */
function templateFiles(dir: string): string[] {
  try {
    const { mtimeMs } = statSync(dir);
    const cached = folderCache.get(dir);
    if (cached && cached.mtimeMs === mtimeMs) return cached.files;
    const files = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name.endsWith('.hbs') && !entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    folderCache.set(dir, { mtimeMs, files });
    return files;
  } catch {
    return [];
  }
}

export interface TemplateEntry {
  name: string;
  file: string;
  builtIn: boolean;
  /** The folder it was found in. */
  dir: string;
  /** A user template that replaces the built-in of the same name. */
  overridesBuiltIn: boolean;
}

/**
 * The templates in a folder and in its language folders (fr/, de/, es/), by name: `first`,
 * `fr/first`. Partials (`_name.hbs`) are not templates.
 */
function namedTemplates(dir: string): { name: string; file: string; dir: string }[] {
  const named = templateFiles(dir)
    .filter((f) => !f.startsWith('_'))
    .map((f) => ({ name: basename(f, '.hbs'), file: join(dir, f), dir }));
  for (const language of OTHER_LANGUAGES) {
    const folder = join(dir, language);
    for (const f of templateFiles(folder)) if (!f.startsWith('_')) named.push({ name: `${language}/${basename(f, '.hbs')}`, file: join(folder, f), dir: folder });
  }
  return named;
}

/** Plain order of names: localeCompare would start ICU's collation (milliseconds) for every letter. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every template by name; user templates come first and win over built-ins. */
export function listTemplates(userDirs: string[]): TemplateEntry[] {
  const entries = new Map<string, TemplateEntry>();
  const builtIn = namedTemplates(builtInDir());
  const builtIns = new Set(builtIn.map((t) => t.name));
  for (const dir of userDirs) {
    for (const { name, file, dir: folder } of namedTemplates(dir)) {
      if (!entries.has(name)) entries.set(name, { name, file, dir: folder, builtIn: false, overridesBuiltIn: builtIns.has(name) });
    }
  }
  for (const { name, file, dir } of builtIn) {
    if (!entries.has(name)) entries.set(name, { name, file, dir, builtIn: true, overridesBuiltIn: false });
  }
  // English first, then each language; within each, the ladder's templates in ladder order, then the rest by name.
  const language = (name: string) => (name.includes('/') ? 1 + OTHER_LANGUAGES.indexOf(name.split('/')[0]!) : 0);
  const stage = (name: string) => name.split('/').pop()!;
  const rank = (name: string) => ((STAGES as readonly string[]).includes(stage(name)) ? (STAGES as readonly string[]).indexOf(stage(name)) : STAGES.length);
  return [...entries.values()].sort((a, b) => language(a.name) - language(b.name) || rank(a.name) - rank(b.name) || byCodeUnits(a.name, b.name));
}

export function readEntry(entry: TemplateEntry): TemplateSource {
  return readTemplate(entry.file, entry.builtIn, entry.dir, entry.name);
}

/** A language template's name (`fr/first`) is a name, not a path. */
const LANGUAGE_NAME = /^(fr|de|es)\/[A-Za-z0-9][\w-]*$/;
const looksLikePath = (nameOrPath: string) => !LANGUAGE_NAME.test(nameOrPath) && (/[\\/]/.test(nameOrPath) || nameOrPath.endsWith('.hbs'));

const found = new Map<string, TemplateSource>();

/**
 * `--template NAME|PATH`: a path when it looks like one, else a name from the user folders or
 * built-ins. Within one run a template is looked up and read once (a batch asks per letter).
 */
export function findTemplate(nameOrPath: string, userDirs: string[]): TemplateSource {
  const key = `${nameOrPath}\u0000${userDirs.join('\u0000')}`;
  let source = found.get(key);
  if (!source) {
    source = lookUpTemplate(nameOrPath, userDirs);
    found.set(key, source);
  }
  return source;
}

/**
 * A template named `first` or `fr/first` is the file of that name in the first user folder
 * that has one, else the built-in: found without listing every folder (which each letter
 * would pay for). Only for names a template file can have; anything else is looked up in the list.
 */
function templateByName(name: string, userDirs: string[]): TemplateEntry | undefined {
  if (!/^(?:(?:fr|de|es)\/)?[A-Za-z0-9][\w-]*$/.test(name)) return undefined;
  const isFile = (file: string) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  };
  const builtIn = join(builtInDir(), `${name}.hbs`);
  for (const dir of userDirs) {
    const file = join(dir, `${name}.hbs`);
    if (isFile(file)) return { name, file, dir: dirname(file), builtIn: false, overridesBuiltIn: isFile(builtIn) };
  }
  return isFile(builtIn) ? { name, file: builtIn, dir: dirname(builtIn), builtIn: true, overridesBuiltIn: false } : undefined;
}

function lookUpTemplate(nameOrPath: string, userDirs: string[]): TemplateSource {
  if (looksLikePath(nameOrPath)) {
    const file = resolve(nameOrPath);
    let isDir = false;
    try {
      isDir = statSync(file).isDirectory();
    } catch {
      // reported by readTemplate
    }
    if (isDir) throw new UserError(`${safeForTerminal(nameOrPath)} is a folder. Give a template file (.hbs), or use --templates DIR for a folder of templates.`);
    return readTemplate(file, false);
  }
  const direct = templateByName(nameOrPath, userDirs);
  if (direct) return readEntry(direct);
  const entries = listTemplates(userDirs);
  const entry = entries.find((e) => e.name === nameOrPath);
  if (!entry) {
    const names = entries.map((e) => e.name);
    const guess = closest(nameOrPath, names);
    throw new UserError(
      `There is no template called "${safeForTerminal(nameOrPath)}"${guess ? ` (did you mean "${safeForTerminal(guess)}"?)` : ''}. Templates you can use: ${names.map(safeForTerminal).join(', ')}. See \`redress templates list\`.`,
    );
  }
  return readEntry(entry);
}

/** Partials: `_name.hbs` in the template's own folder, else the built-ins. */
export function partialSource(template: TemplateSource): PartialSource & { dirs: string[] } {
  const own = resolve(template.file, '..');
  // A template in a language folder (fr/) finds that language's built-in partials before the English ones.
  const language = OTHER_LANGUAGES.find((l) => basename(own) === l);
  const builtInLanguage = language ? join(builtInDir(), language) : undefined;
  const dirs = [...new Set([own, ...(builtInLanguage ? [builtInLanguage] : []), builtInDir()])];
  return {
    dirs,
    load(name: string): PartialInfo | undefined {
      for (const dir of dirs) {
        const file = join(dir, `_${name}.hbs`);
        let exists = false;
        try {
          lstatSync(file);
          exists = true;
        } catch {
          exists = false;
        }
        if (!exists) continue;
        const { body, bodyLine } = splitFrontMatter(readTemplateFile(file, dir), file);
        // A partial's closing newline belongs to the file, not to the text it adds.
        return { file, body: body.replace(/\n$/, ''), bodyLine };
      }
      return undefined;
    },
    names(): string[] {
      return [...new Set(dirs.flatMap((dir) => templateFiles(dir).filter((f) => f.startsWith('_')).map((f) => basename(f, '.hbs').slice(1))))];
    },
  };
}

/** The template's texts for the checker: the body, and the subject where it sits in the front matter. */
function templateTexts(source: TemplateSource): { body: TemplateText; subject?: TemplateText } {
  const body: TemplateText = { file: source.file, body: source.body, line: source.bodyLine, column: 1 };
  if (source.meta.subject === undefined) return { body };
  const at = source.subjectAt ?? { line: 1, column: 1, exact: false };
  return { body, subject: { file: source.file, body: source.meta.subject, line: at.line, column: at.column, ...(!at.exact && { collapse: true }) } };
}

/** Checks a template (and its partials) without rendering it; returns the partials it uses. */
export function checkTemplateSource(source: TemplateSource): Map<string, PartialInfo> {
  const { body, subject } = templateTexts(source);
  return checkTemplate(body, subject, partialSource(source)).partials;
}

// ---------------------------------------------------------------------------------------
// Compiling and rendering

export interface CompiledTemplate {
  source: TemplateSource;
  /** Renders the body; `escape` is true for HTML output (values and the template's own text are escaped). */
  body(context: object, escape: boolean): string;
  subject(context: object): string;
}

const DEFAULT_SUBJECT = '{{#if purchase.reference}}{{purchase.reference}} ({{purchase.item}}){{else}}{{purchase.item}}{{/if}}';
const compileCache = new Map<string, CompiledTemplate>();

/** Rendering budget: far beyond any letter, small enough that a hostile template cannot hang or fill memory. */
export const MAX_ITERATIONS = 200_000;
export const MAX_OUTPUT_CHARS = 20_000_000;
let iterations = 0;
let written = 0;

class RenderLimit extends Error {}

function spend(chars: number, loops = 0): void {
  written += chars;
  iterations += loops;
  if (written > MAX_OUTPUT_CHARS || iterations > MAX_ITERATIONS) throw new RenderLimit('render budget exceeded');
}

const TEXT_HELPER = '__text';

/**
 * Every {{value}} is written through one internal helper that makes it text. Handlebars
 * without escaping joins neighbouring values with `+`, so {{@index}}{{@first}} would add
 * 0 + true; and in HTML every value, even {{{triple}}}, is escaped the same way. Control
 * characters (terminal escape sequences) are removed from values and the template's text.
 */
function prepare(ast: hbs.AST.Program, html: boolean): hbs.AST.Program {
  const visitProgram = (program: hbs.AST.Program | undefined | null) => {
    if (!program) return;
    program.body = program.body.map((node) => visit(node as hbs.AST.Statement));
  };
  const visit = (node: hbs.AST.Statement): hbs.AST.Statement => {
    switch (node.type) {
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        const path = m.path as hbs.AST.PathExpression;
        const simpleId = path.type === 'PathExpression' && path.parts.length === 1 && !/^\.|this\b/.test(path.original) && !path.depth;
        const isCall = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0 || (simpleId && KNOWN_HELPERS.includes(path.original));
        const inner: hbs.AST.Expression = isCall
          ? ({ type: 'SubExpression', path: m.path, params: m.params, hash: m.hash, loc: m.loc } as hbs.AST.SubExpression)
          : m.path;
        const textPath = { type: 'PathExpression', data: false, depth: 0, parts: [TEXT_HELPER], original: TEXT_HELPER, loc: m.loc } as hbs.AST.PathExpression;
        return { ...m, path: textPath, params: [inner], hash: undefined as unknown as hbs.AST.Hash, escaped: true } as hbs.AST.MustacheStatement;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        visitProgram(b.program);
        visitProgram(b.inverse);
        return b;
      }
      case 'ContentStatement': {
        // A stranger's template text may hide terminal escape sequences; letters keep only text.
        const c = node as hbs.AST.ContentStatement;
        const value = stripControl(c.value);
        return { ...c, value: html ? runtime.escapeExpression(value) : value } as hbs.AST.ContentStatement;
      }
      default:
        return node;
    }
  };
  visitProgram(ast);
  return withoutLocations(ast);
}

/**
 * The tree without source positions. Handlebars copies a position into the options of every
 * helper call it compiles (three objects made at each call while a letter is written); only
 * error messages would use them, and the checks (template-check.ts) have reported those
 * before a template is compiled.
 */
function withoutLocations<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(withoutLocations);
  else if (node !== null && typeof node === 'object') {
    delete (node as { loc?: unknown }).loc;
    for (const value of Object.values(node)) withoutLocations(value);
  }
  return node;
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

function compileOptions(noEscape: boolean): CompileOptions {
  return {
    noEscape,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries([...KNOWN_HELPERS, TEXT_HELPER].map((name) => [name, true])),
    preventIndent: true,
    strict: false,
  };
}

const runtimeOptions: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

const withRuntimeOptions = (template: HandlebarsTemplateDelegate) => (context: object) => template(context, runtimeOptions);

/** The `__text` helper: a value as text, without control characters, counted against the budget. */
function textValue(value: unknown): string {
  // A group of fields or a list (say from custom:, which checks cannot see) writes nothing rather than "[object Object]".
  const text = value === undefined || value === null || typeof value === 'object' || typeof value === 'function' ? '' : stripControl(String(value));
  spend(text.length);
  return text;
}

/** A private Handlebars with only our helpers; `each` counts its turns against the budget. */
function instance(base: HandlebarsEnvironment): HandlebarsEnvironment {
  const hb = base.create();
  for (const name of Object.keys(hb.helpers)) {
    if (!['if', 'unless', 'each', 'with', 'lookup', 'blockHelperMissing', 'helperMissing'].includes(name)) hb.unregisterHelper(name);
  }
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  hb.registerHelper(TEXT_HELPER, textValue);
  const each = hb.helpers.each!;
  hb.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const fn = options.fn;
    const counted = Object.assign((item: unknown, data?: Handlebars.RuntimeOptions) => {
      spend(0, 1);
      const out = fn(item, data);
      spend(out.length);
      return out;
    }, fn);
    return each.call(this, context, { ...options, fn: counted });
  });
  return hb;
}

function renderer(source: TemplateSource, body: string, hb: HandlebarsEnvironment, html: boolean): (context: object) => string {
  return guarded(source, withRuntimeOptions(hb.compile(prepare(hb.parseWithoutProcessing(body), html), compileOptions(!html))));
}

/** Runs a template within the render budget; any failure becomes a message about the template. */
function guarded(source: TemplateSource, template: (context: object) => string): (context: object) => string {
  return (context) => {
    iterations = 0;
    written = 0;
    try {
      return template(context);
    } catch (error) {
      if (error instanceof UserError) throw error;
      if (error instanceof RenderLimit || error instanceof RangeError) {
        throw new UserError(
          `${safeForTerminal(source.file)}: this template writes far more than a letter needs for this case (lists inside lists, or a part repeated too often). Simplify the template and run the command again.`,
        );
      }
      const message = safeForTerminal(String((error as Error)?.message ?? error).split('\n')[0]!);
      throw new UserError(`${safeForTerminal(source.file)}: the template could not be filled in (${message}). Fix the template and run the command again.`);
    }
  };
}

/** Specs for the build's precompiled templates: everything `compileTemplate` would compile, as code. */
export function precompileBuiltIn(source: TemplateSource): Omit<PrecompiledTemplate, 'plain' | 'direct'> & { plain: NonNullable<PrecompiledTemplate['plain']>; direct?: DirectSources } {
  const partials = checkTemplateSource(source);
  const hb = compiler();
  const spec = (text: string, escape: boolean): TemplateSpec => hb.precompile(prepare(hb.parseWithoutProcessing(text), escape), compileOptions(!escape));
  const partialSpecs = (escape: boolean) => Object.fromEntries([...partials].map(([name, partial]) => [name, spec(partial.body, escape)]));
  return {
    body: source.body,
    subject: source.meta.subject,
    plain: { body: spec(source.body, false), subject: spec(source.meta.subject ?? DEFAULT_SUBJECT, false), partials: partialSpecs(false) },
    html: { body: spec(source.body, true), partials: partialSpecs(true) },
    direct: directFactories(source, partials),
  };
}

/** The plain-text template and its partials as plain functions (direct.ts), when each of them can be. */
export function directFactories(source: TemplateSource, partials = checkTemplateSource(source)): DirectSources | undefined {
  const hb = compiler();
  // Handlebars applies its whitespace rules (standalone lines, ~) to a tree when it compiles
  // it; parse() does just that to a tree it is given (its types only admit text).
  const whitespaceApplied = (tree: hbs.AST.Program) => hb.parse(tree as unknown as string, compileOptions(true));
  const factory = (text: string) => directFactoryOrUndefined(whitespaceApplied(prepare(hb.parseWithoutProcessing(text), false)), TEXT_HELPER, Object.keys(helpers));
  const made = {
    body: factory(source.body),
    subject: factory(source.meta.subject ?? DEFAULT_SUBJECT),
    partials: Object.fromEntries([...partials].map(([name, partial]) => [name, factory(partial.body)])),
  };
  if (made.body === undefined || made.subject === undefined || Object.values(made.partials).some((f) => f === undefined)) return undefined;
  return made as DirectSources;
}

/** A template's plain functions, made from their factories (as code) for this module's helpers and budget. */
export function directTemplate(source: TemplateSource, direct: DirectCode): { body: (context: object) => string; subject: (context: object) => string } {
  const partials: Record<string, DirectProgram> = {};
  const support = directSupport({ helpers: helpers as Record<string, Handlebars.HelperDelegate>, text: textValue, spend, partials });
  for (const [name, factory] of Object.entries(direct.partials)) partials[name] = factory(support);
  const wrap = (factory: DirectFactory) => {
    const program = factory(support);
    return guarded(source, (context) => program(context, { root: context }));
  };
  return { body: wrap(direct.body), subject: wrap(direct.subject) };
}

function fromSpecs(source: TemplateSource, specs: PrecompiledTemplate): CompiledTemplate {
  const build = (escape: boolean) => {
    const hb = instance(runtime);
    const set = escape ? specs.html : specs.plain!;
    for (const [name, partial] of Object.entries(set.partials)) hb.registerPartial(name, hb.template(partial as TemplateSpecification));
    const wrap = (spec: TemplateSpec) => guarded(source, withRuntimeOptions(hb.template(spec as TemplateSpecification)));
    return { body: wrap(set.body), subject: escape ? undefined : wrap(specs.plain!.subject) };
  };
  type Built = ReturnType<typeof build>;
  let plain: Built | undefined;
  let html: Built | undefined;
  const plainBuild = (): Built => (specs.direct ? directTemplate(source, specs.direct) : build(false));
  return {
    source,
    body: (context, escape) => (escape ? (html ??= build(true)) : (plain ??= plainBuild())).body(context),
    subject: (context) => (plain ??= plainBuild()).subject!(context),
  };
}

/** A built-in template exactly as the build precompiled it (an edited copy is compiled instead). */
function precompiledFor(source: TemplateSource): PrecompiledTemplate | undefined {
  const slash = source.name.indexOf('/');
  const specs = slash === -1 ? BUILTIN_SPECS?.[source.name] : languageSpecs(source.name.slice(0, slash))?.[source.name];
  if (!specs || !source.builtIn || specs.body !== source.body || specs.subject !== source.meta.subject) return undefined;
  return specs;
}

export function compileTemplate(source: TemplateSource): CompiledTemplate {
  const cached = compileCache.get(source.file);
  if (cached && cached.source.body === source.body && cached.source.meta.subject === source.meta.subject) return cached;
  const specs = precompiledFor(source);
  if (specs) {
    const compiled = fromSpecs(source, specs);
    compileCache.set(source.file, compiled);
    return compiled;
  }
  const partials = checkTemplateSource(source);
  // Each output kind gets its own private instance, built when first needed (HTML rarely is).
  const build = (escape: boolean) => {
    const hb = instance(compiler());
    for (const [name, partial] of partials) {
      hb.registerPartial(name, hb.compile(prepare(hb.parseWithoutProcessing(partial.body), escape), compileOptions(!escape)));
    }
    return {
      body: renderer(source, source.body, hb, escape),
      subject: escape ? undefined : renderer(source, source.meta.subject ?? DEFAULT_SUBJECT, hb, false),
    };
  };
  type Built = ReturnType<typeof build>;
  let plain: Built | undefined;
  let html: Built | undefined;
  const compiled: CompiledTemplate = {
    source,
    body: (context, escape) => (escape ? (html ??= build(true)) : (plain ??= build(false))).body(context),
    subject: (context) => (plain ??= build(false)).subject!(context),
  };
  compileCache.set(source.file, compiled);
  return compiled;
}

// ---------------------------------------------------------------------------------------
// Ejecting: the files a template needs, to copy and edit

export interface EjectFile {
  /** File name in the target folder: `first.hbs`, `_signature.hbs`. */
  name: string;
  from: string;
  content: string;
}

/** The template's file and every partial it uses (through other partials too), as they are on disk. */
export function templateFilesFor(source: TemplateSource): EjectFile[] {
  const partials = checkTemplateSource(source);
  const files: EjectFile[] = [{ name: basename(source.file), from: source.file, content: readTemplateFile(source.file) }];
  for (const [name, info] of [...partials].sort(([a], [b]) => byCodeUnits(a, b))) {
    files.push({ name: `_${name}.hbs`, from: info.file, content: readTemplateFile(info.file, resolve(info.file, '..')) });
  }
  return files;
}
