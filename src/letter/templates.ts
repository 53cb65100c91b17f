// Finding, reading and compiling letter templates, built-in or the user's own.
// Templates may come from strangers: each set is compiled by a private Handlebars
// instance that knows only our helpers and the partials on disk.
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parse as parseYamlText } from 'yaml';
import { UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';
import { packageRoot } from '../util/paths.js';
import { helperNames, helpers } from './helpers.js';
import { checkTemplate } from './template-check.js';

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
}

export function builtInDir(): string {
  return join(packageRoot(), 'templates');
}

/** Folders searched for user templates: --templates DIR, then REDRESS_TEMPLATES. */
export function userTemplateDirs(option?: string): string[] {
  const dirs: string[] = [];
  if (option) dirs.push(resolve(option));
  const fromEnv = process.env.REDRESS_TEMPLATES;
  if (fromEnv) for (const dir of fromEnv.split(process.platform === 'win32' ? ';' : ':')) if (dir) dirs.push(resolve(dir));
  return dirs;
}

export function splitFrontMatter(source: string, file: string): { meta: Record<string, unknown>; body: string; bodyLine: number } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: {}, body: text, bodyLine: 1 };
  let meta: unknown;
  try {
    meta = parseYamlText(match[1]!, { uniqueKeys: true }) ?? {};
  } catch (error) {
    throw new UserError(`${safeForTerminal(file)}: the front matter between the --- lines is not valid YAML (${(error as Error).message.split('\n')[0]}). Fix it and try again.`);
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new UserError(`${safeForTerminal(file)}: the front matter between the --- lines should be fields such as name: and subject:.`);
  }
  return { meta: meta as Record<string, unknown>, body: text.slice(match[0].length), bodyLine: match[1]!.split('\n').length + 3 };
}

const asStringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : undefined;

export function readTemplate(file: string, builtIn: boolean): TemplateSource {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? `Cannot find the template ${safeForTerminal(file)}. Check the path, or run \`redress templates list\`.` : `Cannot read the template ${safeForTerminal(file)} (${code}).`,
    );
  }
  const { meta, body, bodyLine } = splitFrontMatter(source, file);
  const name = typeof meta.name === 'string' ? meta.name : basename(file, extname(file));
  return {
    name,
    file,
    builtIn,
    body,
    bodyLine,
    meta: {
      name,
      ...(typeof meta.description === 'string' && { description: meta.description }),
      ...(typeof meta.subject === 'string' && { subject: meta.subject }),
      ...(asStringList(meta.stages) && { stages: asStringList(meta.stages) }),
      ...(asStringList(meta.remedies) && { remedies: asStringList(meta.remedies) }),
      ...(typeof meta.format === 'string' && { format: meta.format }),
    },
  };
}

function templateFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.hbs'))
      .sort();
  } catch {
    return [];
  }
}

export interface TemplateEntry {
  name: string;
  file: string;
  builtIn: boolean;
  /** A user template that replaces the built-in of the same name. */
  overridesBuiltIn: boolean;
}

/** Every template by name; user templates come first and win over built-ins. */
export function listTemplates(userDirs: string[]): TemplateEntry[] {
  const entries = new Map<string, TemplateEntry>();
  const builtIns = new Set(templateFiles(builtInDir()).filter((f) => !f.startsWith('_')).map((f) => basename(f, '.hbs')));
  for (const dir of userDirs) {
    for (const file of templateFiles(dir)) {
      if (file.startsWith('_')) continue;
      const name = basename(file, '.hbs');
      if (!entries.has(name)) entries.set(name, { name, file: join(dir, file), builtIn: false, overridesBuiltIn: builtIns.has(name) });
    }
  }
  for (const name of builtIns) {
    if (!entries.has(name)) entries.set(name, { name, file: join(builtInDir(), `${name}.hbs`), builtIn: true, overridesBuiltIn: false });
  }
  return [...entries.values()];
}

/** `--template NAME|PATH`: a path when it looks like one, else a name from the user folders or built-ins. */
export function findTemplate(nameOrPath: string, userDirs: string[]): TemplateSource {
  const looksLikePath = /[\\/]/.test(nameOrPath) || nameOrPath.endsWith('.hbs');
  if (looksLikePath) {
    const file = resolve(nameOrPath);
    if (existsSync(file) && statSync(file).isDirectory()) {
      throw new UserError(`${safeForTerminal(nameOrPath)} is a folder. Give a template file (.hbs), or use --templates DIR for a folder of templates.`);
    }
    return readTemplate(file, false);
  }
  const entry = listTemplates(userDirs).find((e) => e.name === nameOrPath);
  if (!entry) {
    const names = listTemplates(userDirs).map((e) => e.name);
    throw new UserError(`There is no template called "${safeForTerminal(nameOrPath)}". Templates you can use: ${names.join(', ')}. See \`redress templates list\`.`);
  }
  return readTemplate(entry.file, entry.builtIn);
}

/** Partials: built-in `_name.hbs` files, then the template's own folder (which wins). */
function partialsFor(template: TemplateSource): Map<string, { file: string; body: string; bodyLine: number }> {
  const partials = new Map<string, { file: string; body: string; bodyLine: number }>();
  const dirs = [builtInDir()];
  const own = resolve(template.file, '..');
  if (own !== builtInDir()) dirs.push(own);
  for (const dir of dirs) {
    for (const file of templateFiles(dir)) {
      if (!file.startsWith('_')) continue;
      const path = join(dir, file);
      const { body, bodyLine } = splitFrontMatter(readFileSync(path, 'utf8'), path);
      // A partial's closing newline belongs to the file, not to the text it adds.
      partials.set(basename(file, '.hbs').slice(1), { file: path, body: body.replace(/\n$/, ''), bodyLine });
    }
  }
  return partials;
}

export interface CompiledTemplate {
  source: TemplateSource;
  /** Renders the body; `escape` is true for HTML output. */
  body(context: object, escape: boolean): string;
  subject(context: object): string;
}

const DEFAULT_SUBJECT = '{{#if purchase.reference}}{{purchase.reference}} ({{purchase.item}}){{else}}{{purchase.item}}{{/if}}';
const compileCache = new Map<string, CompiledTemplate>();

export function compileTemplate(source: TemplateSource): CompiledTemplate {
  const cached = compileCache.get(source.file);
  if (cached) return cached;
  const partials = partialsFor(source);
  checkTemplate(source, partials);
  const instances = [false, true].map((escape) => {
    const hb = Handlebars.create();
    for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
    for (const [name, partial] of partials) hb.registerPartial(name, hb.compile(partial.body, compileOptions(!escape)));
    return {
      body: hb.compile(source.body, compileOptions(!escape)),
      subject: escape ? undefined : hb.compile(source.meta.subject ?? DEFAULT_SUBJECT, compileOptions(true)),
    };
  });
  const [plain, html] = instances as [(typeof instances)[0], (typeof instances)[0]];
  const compiled: CompiledTemplate = {
    source,
    body: (context, escape) => (escape ? html.body : plain.body)(context, runtimeOptions),
    subject: (context) => plain.subject!(context, runtimeOptions),
  };
  compileCache.set(source.file, compiled);
  return compiled;
}

const runtimeOptions: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

function compileOptions(noEscape: boolean): CompileOptions {
  return {
    noEscape,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(helperNames.map((name) => [name, true])),
    preventIndent: true,
    strict: false,
  };
}
