// `redress templates list | show | eject`: see, read and copy the letter templates.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { EXIT_OK, EXIT_PROBLEMS, UserError } from '../errors.js';
import { describeCode } from '../io/read.js';
import { colorEnabled, colors } from '../io/color.js';
import { safeForTerminal } from '../io/terminal.js';
import { writeFileAtomic } from '../io/write.js';
import { STAGES } from '../case/schema.js';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../letter/language/names.js';
import { checkTemplateSource } from '../letter/template-check.js';
import { templateFilesFor } from '../letter/template-eject.js';
import {
  builtInDir,
  findTemplate,
  listTemplates,
  readEntry,
  readTemplateFile,
  userTemplateDirs,
  type TemplateEntry,
  type TemplateSource,
} from '../letter/template-files.js';
import { writeStdout } from '../io/stdout.js';
import { folderProblem, makeFolder } from '../util/make-folder.js';

interface WithGlobals {
  optsWithGlobals?: () => Record<string, unknown>;
}

/** `--templates` may be given to `templates` itself or to the subcommand. */
function templatesOption(options: { templates?: unknown }, command?: WithGlobals): string | undefined {
  const own = typeof options?.templates === 'string' ? options.templates : undefined;
  const global = command?.optsWithGlobals?.().templates;
  return own ?? (typeof global === 'string' ? global : undefined);
}

export interface TemplateInfo {
  name: string;
  description: string | null;
  stages: string[];
  remedies: string[];
  /** "built-in", or the path of the user's template file. */
  source: string;
  file: string;
  builtIn: boolean;
  overridesBuiltIn: boolean;
  /** Why the template cannot be used, if it cannot. */
  problem: string | null;
}

const ladderOrder = (name: string) => {
  const index = (STAGES as readonly string[]).indexOf(name);
  return index === -1 ? STAGES.length : index;
};

export function describeTemplates(userDirs: string[]): TemplateInfo[] {
  const entries = listTemplates(userDirs).sort((a, b) => ladderOrder(a.name) - ladderOrder(b.name) || a.name.localeCompare(b.name));
  return entries.map((entry) => describe(entry));
}

function describe(entry: TemplateEntry): TemplateInfo {
  const info: TemplateInfo = {
    name: entry.name,
    description: null,
    stages: [],
    remedies: [],
    source: entry.builtIn ? 'built-in' : entry.file,
    file: entry.file,
    builtIn: entry.builtIn,
    overridesBuiltIn: entry.overridesBuiltIn,
    problem: null,
  };
  try {
    const source = readEntry(entry);
    info.description = source.meta.description ?? null;
    info.stages = source.meta.stages ?? [];
    info.remedies = source.meta.remedies ?? [];
    checkTemplateSource(source);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    info.problem = error.message.split('\n')[0]!;
  }
  return info;
}

export async function runTemplatesList(options: { json?: boolean; templates?: string }, command?: WithGlobals): Promise<number> {
  const templates = describeTemplates(userTemplateDirs(templatesOption(options, command)));
  const problems = templates.some((t) => t.problem !== null);
  if (options?.json) {
    writeStdout(`${JSON.stringify(templates, null, 2)}\n`);
    return problems ? EXIT_PROBLEMS : EXIT_OK;
  }
  const c = colors(colorEnabled(process.stdout));
  const width = Math.max(12, ...templates.map((t) => safeForTerminal(t.name).length + 2));
  const pad = ' '.repeat(width + 2);
  const lines: string[] = ['Templates (use one with --template NAME):', ''];
  for (const t of templates) {
    const where = t.builtIn ? 'built-in' : `${safeForTerminal(t.file)}${t.overridesBuiltIn ? ` (overrides the built-in "${safeForTerminal(t.name)}")` : ''}`;
    lines.push(`  ${c.bold(safeForTerminal(t.name).padEnd(width))}${where}`);
    if (t.description) lines.push(`${pad}${safeForTerminal(t.description)}`);
    const fits = [t.stages.length ? `stages: ${t.stages.join(', ')}` : '', t.remedies.length ? `remedies: ${t.remedies.join(', ')}` : ''].filter(Boolean).join('; ');
    if (fits) lines.push(`${pad}${c.dim(fits)}`);
    if (t.problem) lines.push(`${pad}${c.red('✖ cannot be used:')} ${t.problem}`);
  }
  lines.push(
    '',
    'Read one with `redress templates show NAME`; copy one to change it with `redress templates eject NAME`.',
    'Your own templates: put .hbs files in a folder and give it with --templates DIR (or REDRESS_TEMPLATES).',
  );
  if (problems) lines.push('', 'Fix the templates marked ✖, or remove them from the folder.');
  writeStdout(`${lines.join('\n')}\n`);
  return problems ? EXIT_PROBLEMS : EXIT_OK;
}

/** A partial by name (`_signature` or `signature`): the user's folders first, then the built-ins. */
function findPartialFile(name: string, userDirs: string[]): { file: string; dir: string } | undefined {
  const bare = name.replace(/^_/, '').replace(/\.hbs$/, '');
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(bare)) return undefined;
  for (const dir of [...userDirs, builtInDir()]) {
    const file = join(dir, `_${bare}.hbs`);
    try {
      statSync(file);
      return { file, dir };
    } catch {
      // not here
    }
  }
  return undefined;
}

export async function runTemplatesShow(name: string, options: { templates?: string }, command?: WithGlobals): Promise<number> {
  const userDirs = userTemplateDirs(templatesOption(options, command));
  let file: string;
  let text: string;
  const partial = name.startsWith('_') ? findPartialFile(name, userDirs) : undefined;
  if (partial) {
    file = partial.file;
    text = readTemplateFile(partial.file, partial.dir);
  } else {
    const source = findTemplate(name, userDirs);
    file = source.file;
    text = readTemplateFile(source.file, source.builtIn || !/[\\/]|\.hbs$/.test(name) ? resolve(source.file, '..') : undefined);
  }
  // On a terminal, control characters in a stranger's file are shown, not obeyed.
  writeStdout(process.stdout.isTTY ? safeForTerminal(text) : text);
  if (!text.endsWith('\n')) writeStdout('\n');
  if (process.stderr.isTTY) process.stderr.write(colors(colorEnabled(process.stderr)).dim(`(${safeForTerminal(file)})\n`));
  return EXIT_OK;
}

export async function runTemplatesEject(name: string, dir: string | undefined, options: { force?: boolean; templates?: string }, command?: WithGlobals): Promise<number> {
  if (dir !== undefined && dir.trim() === '') throw new UserError(`The folder name is empty. Give the folder to copy the template to, such as \`redress templates eject ${safeForTerminal(name)} my-templates\`.`);
  // "-" is standard output elsewhere on the command line; a template's files need a folder.
  if (dir === '-') throw new UserError(`"-" would be standard output, and eject copies files into a folder. Give the folder to copy the template to, such as \`redress templates eject ${safeForTerminal(name)} my-templates\`; to read a template instead, run \`redress templates show ${safeForTerminal(name)}\`.`);
  const target = dir ?? 'redress-templates';
  const userDirs = userTemplateDirs(templatesOption(options, command));
  const source = ejectSource(name, userDirs);
  // A template of another language (de/first) is found, for that language's letters, in the
  // language's folder of a templates folder (DIR/de/first.hbs): it is copied there, so that
  // --templates DIR uses it for German letters, and never in place of the English one.
  const language = LANGUAGES.find((l): l is Exclude<Language, 'en'> => l !== 'en' && source.name.startsWith(`${l}/`) && !source.name.slice(3).includes('/'));
  const templatesFolder = language && basename(resolve(target)) === language ? dirname(resolve(target)) : resolve(target);
  const folder = language ? join(templatesFolder, language) : templatesFolder;
  if (folder === builtInDir() || templatesFolder === builtInDir()) throw new UserError('That is the folder of the built-in templates. Choose another folder to copy the template to.');
  let isDir = true;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    try {
      makeFolder(folder);
    } catch (error) {
      throw new UserError(`Cannot create the folder ${safeForTerminal(target)}${folderProblem((error as NodeJS.ErrnoException).code, describeCode)}. Choose a folder you can write to.`);
    }
  }
  if (!isDir) throw new UserError(`${safeForTerminal(target)} is a file, not a folder. Choose a folder to copy the template to.`);

  const files = templateFilesFor(source);
  const plan = files.map((file) => {
    const to = join(folder, file.name);
    let existing: string | undefined;
    try {
      existing = readFileSync(to, 'utf8');
    } catch {
      existing = undefined;
    }
    return { ...file, to, state: existing === undefined ? 'new' : existing === file.content ? 'same' : 'different' };
  });
  const clashes = plan.filter((p) => p.state === 'different');
  if (clashes.length > 0 && !options?.force) {
    throw new UserError(
      `${clashes.map((p) => safeForTerminal(join(target, p.name))).join(', ')} already ${clashes.length === 1 ? 'exists' : 'exist'} with other content, so I copied nothing.\n` +
        'Add --force to replace them (your changes there are lost), or choose another folder.',
    );
  }
  for (const p of plan) {
    if (p.state === 'same') continue;
    await writeFileAtomic(p.to, p.content, { force: p.state === 'different' });
  }

  const shown = relative(process.cwd(), folder) || '.';
  const templatesShown = relative(process.cwd(), templatesFolder) || '.';
  const folderArg = /\s/.test(templatesShown) ? JSON.stringify(templatesShown) : templatesShown;
  const builtInName = source.builtIn;
  const lines = [
    `Copied the template "${safeForTerminal(source.name)}" to ${safeForTerminal(shown)}:`,
    ...plan.map((p) => `  ${safeForTerminal(p.name)}${p.state === 'same' ? ' (already there, unchanged)' : p.state === 'different' ? ' (replaced)' : ''}`),
    '',
    'Edit them, then write letters with them:',
    builtInName
      ? `  redress draft --from case.yaml --templates ${safeForTerminal(folderArg)}`
      : `  redress draft --from case.yaml --templates ${safeForTerminal(folderArg)} --template ${safeForTerminal(source.name)}`,
    builtInName
      ? `Your ${safeForTerminal(source.name)}.hbs there is used instead of the built-in one${language ? ` for letters in ${LANGUAGE_NAMES[language]}` : ''}. Files starting with _ are shared pieces (partials), used with {{> name}}.`
      : 'Files starting with _ are shared pieces (partials), used with {{> name}}.',
    'See the fields and helpers you can use with `redress templates --help`.',
  ];
  writeStdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** Eject copies a built-in by that name; else the user's template, or a template file given by path. */
function ejectSource(name: string, userDirs: string[]): TemplateSource {
  if (/[\\/]|\.hbs$/.test(name)) return findTemplate(name, userDirs);
  const builtIn = listTemplates([]).find((entry) => entry.name === name);
  if (builtIn) return readEntry(builtIn);
  return findTemplate(name, userDirs);
}
