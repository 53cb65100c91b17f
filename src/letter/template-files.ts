// Where templates are and how their files are read: the built-in folder and the user's
// folders (--templates, REDRESS_TEMPLATES) with their language folders (fr/, de/, es/), a
// template by name or by path, and partials (`_name.hbs`) in the template's own folder or the
// built-ins. Templates may come from strangers, so only plain text files of a template's size
// are read, and a link that leads out of its folder is refused.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { decodeText, describeCode, InputLimit, readBoundedSync, utf16Error } from '../io/read.js';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { STAGES } from '../case/schema.js';
import { LANGUAGES } from './language/names.js';
import { UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';
import { userFolders, type UserFolderKind } from '../io/user-folders.js';
import { packageRoot } from '../util/paths.js';
import { closest } from '../util/suggest.js';
import { BUILTIN_SPECS, languageSpecs } from './builtin-specs.js';
import { splitFrontMatter } from './front-matter.js';
import type { PartialInfo, PartialSource } from './template-check.js';

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

export function builtInDir(): string {
  return join(packageRoot(), 'templates');
}

const TEMPLATE_FOLDERS: UserFolderKind = {
  option: '--templates',
  variable: 'REDRESS_TEMPLATES',
  missing: (from, dir) => `The templates folder from ${from} does not exist. Check the name, or create it with \`redress templates eject first ${dir}\`.`,
  notFolder: (from) => `${from} is a file, not a folder. Give the folder that holds your templates.`,
};

/** Folders searched for user templates: --templates DIR, then each folder in REDRESS_TEMPLATES. */
export function userTemplateDirs(option?: string): string[] {
  return userFolders(TEMPLATE_FOLDERS, option);
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
        : `Cannot read the template ${safeForTerminal(file)}${describeCode(code)}. Check that you may read it.`,
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
  let bytes: Buffer;
  try {
    // Bounded as it is read: the file may have grown since it was looked at.
    bytes = readBoundedSync(file, MAX_TEMPLATE_BYTES, { regularOnly: true });
  } catch (error) {
    if (error instanceof InputLimit) {
      if (error.kind === 'binary') throw new UserError(`${safeForTerminal(file)} is not a text file, so it cannot be a template.`);
      if (error.kind === 'utf16') throw utf16Error(safeForTerminal(file), error.sample);
      if (error.kind === 'too-large') throw new UserError(`${safeForTerminal(file)} is too large for a template (over 200 KB). Check that it is the right file.`);
      throw new UserError(`${safeForTerminal(file)} is not a template file (it is a folder, a device or a pipe). Give a .hbs file.`);
    }
    throw new UserError(`Cannot read the template ${safeForTerminal(file)}${describeCode((error as NodeJS.ErrnoException).code)}. Check the file and try again.`);
  }
  // A template saved in another encoding would print its letters as "�": refused, as a case file is.
  return decodeText(bytes, safeForTerminal(file));
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

/** A case file's sections at the start of a line, as YAML writes them. */
const CASE_SECTIONS = /^(?:sender|recipient|purchase|story|request|defaults|cases)[ \t]*:/m;

/**
 * A file given as --template must be a template: a case file (YAML or JSON) given there by
 * mistake would otherwise be printed as the letter. Said plainly, with what to give instead.
 * (A template without any {{ }} field is a letter that says the same to everyone, but a letter.)
 */
function assertTemplateText(given: string, text: string): void {
  const name = safeForTerminal(given);
  const extension = extname(given).toLowerCase();
  const hasFields = text.includes('{{');
  const data = ['.yaml', '.yml', '.json'].includes(extension);
  if (data || (!hasFields && CASE_SECTIONS.test(text))) {
    const kind = data ? `a ${extension.slice(1).toUpperCase()} file` : 'a case file';
    throw new UserError(
      `${name} is ${kind}, not a letter template: --template takes a template (.hbs) with the letter's words and {{ }} fields such as {{sender.name}}. To write the letter of a case file, give it to --from (redress draft --from ${name}); to start a template of your own, run redress templates eject.`,
    );
  }
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
    assertTemplateText(nameOrPath, readTemplateFile(file));
    return readTemplate(file, false);
  }
  const direct = templateByName(nameOrPath, userDirs);
  if (direct) return readEntry(direct);
  const entries = listTemplates(userDirs);
  const entry = entries.find((e) => e.name === nameOrPath);
  if (!entry) {
    // "--template post.yaml": a file here, but not a template's name (and maybe not a template).
    let file = false;
    try {
      file = statSync(nameOrPath).isFile();
    } catch {
      // not a file here either
    }
    if (file) {
      assertTemplateText(nameOrPath, readTemplateFile(resolve(nameOrPath)));
      throw new UserError(`There is no template called "${safeForTerminal(nameOrPath)}". To use the file of that name as the template, give it as a path: --template ./${safeForTerminal(nameOrPath)}`);
    }
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
