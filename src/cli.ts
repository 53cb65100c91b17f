// Commander wiring only. Each command's module is imported when that command runs,
// so `redress --help` loads nothing it does not need.
import { fstatSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { writeStdout } from './io/stdout.js';
import { safeForTerminal } from './io/terminal.js';
import { asInvoked } from './util/invocation.js';
import { closest } from './util/suggest.js';
import { expandHome } from './io/home-path.js';

declare const __REDRESS_VERSION__: string;
// The build writes the version in, so --version and --help need not read package.json.
const version = __REDRESS_VERSION__;

type Action = (...args: unknown[]) => Promise<number | void>;

// The build names the CommonJS bundle the commands run from, with the code cache
// (startup/code-cache.ts); without a build, each command's module is imported as usual.
declare const __REDRESS_COMMANDS_BUNDLE__: string | undefined;

/**
 * A letter runs hundreds of regular expressions once or twice each. V8 first runs an
 * expression in its interpreter and compiles it to machine code on the next run: for most
 * of them that is two compilations where one would do, about 10 ms of a letter's 70. The flag
 * only changes how expressions are compiled, never what they match. It is set before the
 * letter's code loads, and not for `--help`, which runs none of them.
 */
async function compileExpressionsOnce(extraFlags = ''): Promise<void> {
  if (typeof __REDRESS_COMMANDS_BUNDLE__ === 'string') (await import('./startup/code-cache.js')).writeCachesNow();
  setV8Flags(`--no-regexp-tier-up ${extraFlags}`);
}

type V8Binding = { setFlagsFromString?: (flags: string) => void };

/**
 * V8's own flag setter, which node:v8 calls, without node:v8: that module brings Node's stream
 * modules with it (about 1.5 ms of a letter, which writes with fs and needs no stream).
 * process.binding() is deprecated, so its warning is kept quiet; where it is gone, node:v8.
 */
function setV8Flags(flags: string): void {
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    const binding = (process as unknown as { binding?: (name: string) => V8Binding }).binding?.('v8');
    if (typeof binding?.setFlagsFromString === 'function') return binding.setFlagsFromString(flags);
  } catch {
    // no process.binding('v8') in this Node: node:v8 below
  } finally {
    process.noDeprecation = quiet;
  }
  process.getBuiltinModule('node:v8').setFlagsFromString(flags);
}

/**
 * Nearly everything a letter's code makes as it loads (its tables, schemas, expressions) lives
 * until the end. V8 starts with a small young generation and only doubles it at each
 * collection, and each collection copies everything still alive: one letter paid for four
 * collections (about 2 ms each). Growing it eightfold at the first leaves two. Set with the
 * flag above, before the letter's code loads, so its code cache is made and read under the
 * same flags; not for `batch`, whose memory is kept within its own budget.
 */
const ONE_LETTER_FLAGS = '--semi-space-growth-factor=8';

/**
 * A batch keeps little alive (about 25 MB in the thread that reads the file), but passes
 * thousands of cases and letters between threads, and what is in flight at a collection
 * reaches the old generation. V8 lets the old generation grow to four times what was alive
 * at its last full collection before it collects again, which took the reading thread to
 * 100 MB of mostly garbage and a batch of 10,000 cases to 260 MB; one and a half times keeps
 * it near 215 MB, for about 1% more processor time.
 */
const BATCH_FLAGS = '--heap-growing-percent=50';

type CommandModules = import('./commands/index.js').CommandModules;

/** The module of command `name`, from the built bundle (its code cached for that command) or the source. */
async function command<K extends keyof CommandModules>(name: K): Promise<Awaited<ReturnType<CommandModules[K]>>> {
  // One expression, so that the build (where the bundle's name is a constant) keeps only the
  // first branch: the command line's own bundle has none of the commands in it.
  const modules = typeof __REDRESS_COMMANDS_BUNDLE__ === 'string' ? await builtCommands(__REDRESS_COMMANDS_BUNDLE__, name) : (await import('./commands/index.js')).commands;
  return (await modules[name]()) as Awaited<ReturnType<CommandModules[K]>>;
}

let loaded: CommandModules | undefined;

/** The bundle, loaded once; its code cache is the first command's (the one this run is for). */
async function builtCommands(bundle: string, name: string): Promise<CommandModules> {
  if (loaded) return loaded;
  const { loadBundle } = await import('./startup/code-cache.js');
  loaded = (loadBundle(__dirname, bundle, name) as typeof import('./commands/index.js')).commands;
  return loaded;
}

async function draftCommand(): Promise<typeof import('./commands/draft.js')> {
  await compileExpressionsOnce(ONE_LETTER_FLAGS);
  return command('draft');
}

function run(load: () => Promise<Action>) {
  return async (...args: unknown[]) => {
    const action = await load();
    const code = await action(...args);
    if (typeof code === 'number') process.exitCode = code;
  };
}

const program = new Command();
program.exitOverride();

/** Options that name a file or folder. */
const PATH_OPTIONS = ['out', 'from', 'ics', 'templates', 'rights', 'template'];
// A path typed as "~/letters" in quotes reaches redress with its "~": read it as the home folder, as the shell would.
program.hook('preAction', (_program, command) => {
  assertGivenOnce(command);
  assertFoldersNamed(command);
  const options = command.opts();
  for (const name of PATH_OPTIONS) if (typeof options[name] === 'string' && options[name].startsWith('~')) command.setOptionValue(name, expandHome(options[name]));
  if (command.name() === 'rights') return; // a country and a region, not paths
  const args = command.processedArgs as unknown[];
  for (let i = 0; i < args.length; i++) {
    const value = args[i];
    if (typeof value === 'string' && value.startsWith('~')) args[i] = expandHome(value);
    else if (Array.isArray(value)) args[i] = value.map((item: unknown) => (typeof item === 'string' && item.startsWith('~') ? expandHome(item) : item));
  }
});
/**
 * "--from a.yaml --from b.yaml": commander keeps the last and says nothing, so the letter
 * could be written from the case not meant. An option given twice with different values is
 * refused (the same value twice does no harm).
 */
function assertGivenOnce(command: Command): void {
  const takesValue = optionsOf(command).filter((option) => option.required || option.optional);
  const given = new Map<string, Set<string>>();
  const tokens = process.argv.slice(2);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '--') break;
    const option = takesValue.find((o) => token === o.long || token === o.short || token.startsWith(`${o.long}=`));
    if (!option) continue;
    const value = token.includes('=') ? token.slice(token.indexOf('=') + 1) : tokens[++i];
    if (value === undefined) continue;
    const values = given.get(option.long!) ?? new Set<string>();
    given.set(option.long!, values.add(CHOICE_OPTIONS.has(option.long!) || option.argChoices ? choiceWord(value) : value));
  }
  for (const [long, values] of given) {
    if (values.size < 2) continue;
    const shown = [...values].map((value) => JSON.stringify(value));
    const run = `redress${commandName(command) ? ` ${commandName(command)}` : ''}`;
    throw Object.assign(new Error(safeForTerminal(`${long} is given ${values.size === 2 ? 'twice' : `${values.size} times`}, with ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}, and only one can be used. Give ${long} once, with the value you mean.\nRun \`${run} --help\` to see the options.`)), { exitCode: 2 });
  }
}

/** The options a command reads: its own, and those of the commands it is part of (`templates eject` takes `templates`'s --templates). */
function optionsOf(command: Command): Option[] {
  const options: Option[] = [];
  for (let at: Command | null = command; at; at = at.parent) options.push(...at.options);
  return options;
}

/**
 * `--templates ""`: an empty folder name would be taken for no folder at all, and the letter
 * written without the templates meant. Said as an empty --out is.
 */
function assertFoldersNamed(command: Command): void {
  for (let at: Command | null = command; at; at = at.parent) {
    for (const option of at.options) {
      if (!option.flags.includes('<dir>') || option.long === '--out') continue; // batch's --out says so itself
      const value: unknown = at.getOptionValue(option.attributeName());
      if (typeof value !== 'string' || value.trim() !== '') continue;
      const what = option.description.replace(/^an? /, '').replace(/[,(].*$/, '').trim();
      const run = `redress${commandName(command) ? ` ${commandName(command)}` : ''}`;
      throw Object.assign(new Error(`${option.long} is empty: give the name of the ${what}, for example ${option.long} ${OPTION_EXAMPLES[option.long!] ?? 'FOLDER'}, or leave ${option.long} out.\nRun \`${run} --help\` to see the options.`), { exitCode: 2 });
    }
  }
}

/**
 * Options whose value is one of a few words (a stage, a format, a paper size, a language):
 * read in any case and with spaces around, as "--stage FIRST" or "--paper A4", and passed on
 * as the word itself, so that every check and message after sees "first" and "a4". The
 * options given choices (`new Option(…).choices(…)`) are read so too.
 */
const CHOICE_OPTIONS = new Set(['--stage', '--format', '--paper', '--language']);
const choiceWord = (value: string) => value.trim().toLowerCase();

function readChoicesInAnyCase(command: Command): void {
  for (const option of command.options) {
    if (!(option.required || option.optional) || !(option.argChoices || CHOICE_OPTIONS.has(option.long!))) continue;
    const choices = option.argChoices;
    option.argParser((value: string) => {
      const word = choiceWord(value);
      if (choices && !choices.includes(word)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
      return word;
    });
  }
  for (const sub of command.commands) readChoicesInAnyCase(sub);
}

// Commander asks process.stdout for the width and colours of the terminal, which would make
// that stream (for a pipe, a socket) only to print help: ask it only when it is a terminal
// (otherwise help is 80 columns wide, as commander makes it).
// node:tty brings the network streams with it (milliseconds to load), so it is asked only
// when standard output is a character device, as every terminal is (a pipe or file is not).
const stdoutIsTerminal = () => {
  try {
    return fstatSync(1).isCharacterDevice() && process.getBuiltinModule('node:tty').isatty(1);
  } catch {
    return false;
  }
};
program.configureOutput({
  writeOut: (text) => writeStdout(asInvoked(text)),
  // Usage errors look like every other redress error: ✖, plain words, what to do next.
  outputError: (text) => {
    const message = usageError(text);
    void import('./io/report.js').then(({ reportError }) => reportError(message));
  },
  getOutHelpWidth: () => (stdoutIsTerminal() ? process.stdout.columns : 80),
  getOutHasColors: () => stdoutIsTerminal() && process.stdout.hasColors(),
});

program
  .name('redress')
  .description('Write a firm but kind letter to a business that let you down, and get it put right.')
  .version(version, '-v, --version', 'show the version number')
  .helpOption('-h, --help', 'show help')
  .option('--no-color', 'never use colour (NO_COLOR and TERM=dumb work too)')
  .option('--debug', 'show technical details when something goes wrong')
  .showHelpAfterError(false)
  .configureHelp({ sortSubcommands: false })
  .hook('preAction', (command) => {
    const opts = command.optsWithGlobals();
    if (opts.color === false) process.env.NO_COLOR = '1';
  })
  .addHelpText(
    'after',
    `
Examples:
  $ redress                              answer a few questions and get a letter
  $ redress draft --example              see a sample letter
  $ redress init case.yaml               start a case file to fill in
  $ redress draft --from case.yaml       turn a case file into a letter
  $ redress draft --from case.yaml --format eml --out letter.eml
  $ redress batch cases.yaml --out letters
  $ redress status                       see where each dispute stands
  $ redress reply case.yaml --offer 50   record the business's reply
  $ redress check letter.txt             check the tone of any letter
  $ redress rights GB Scotland           the rights and next steps redress cites

Exit codes: 0 done, 1 done with problems, 2 bad usage or input,
130 stopped with Ctrl-C.`,
  );

/**
 * The options that shape a letter, the same for `draft` (one letter) and `batch` (where each
 * applies to the cases that do not say otherwise).
 */
function letterOptions(command: Command, forBatch: boolean): Command {
  const unless = (field: string, what: string) => (forBatch ? `${what}, for cases that do not set ${field}` : what);
  return command
    .addOption(
      forBatch
        ? new Option('--format <format>', 'text, markdown, html, eml, json or pdf').default('text')
        : new Option('--format <format>', 'text, markdown, html, eml, json or pdf (default: from the --out file\'s name, such as letter.pdf, else text)'),
    )
    .option('--paper <size>', `paper for pdf and printed html: a4 or letter (default: ${forBatch ? "each writer's country's" : "your country's"})`)
    .option('-t, --template <name|path>', forBatch ? 'template for cases that do not choose their own' : 'use another template (see `redress templates list`)')
    .option('--templates <dir>', 'a folder of your own templates (or set REDRESS_TEMPLATES)')
    .option('--rights <dir>', 'a folder of your own rights packs, e.g. GB.json (or set REDRESS_RIGHTS)')
    .addOption(new Option('--stage <stage>', unless('letter.stage', 'first, reminder, final or card-dispute')).choices(['first', 'reminder', 'final', 'card-dispute']))
    .option('--date <yyyy-mm-dd>', unless('letter.date', forBatch ? 'letter date' : 'the letter date (default today)'))
    .option('--locale <locale>', unless('letter.locale', 'how dates and money are written, e.g. en-GB, de-DE'))
    .option('--language <language>', unless('letter.language', forBatch ? 'the language of the letter: en, fr, de or es' : 'the language of the letter: en, fr, de or es (default: from the locale, your country, else LANG)'))
    .option('--keep-words', forBatch ? 'write a letter even when some words of its case may read as unkind (shown as warnings)' : 'write the letter even when some of your words may read as unkind (shown as warnings)')
    // Refusing such a letter is the default; --strict, which asks for it, keeps scripts that give it working.
    .addOption(new Option('--strict').hideHelp());
}

letterOptions(program
  .command('draft', { isDefault: true })
  .description('write a letter: by answering questions, or from a case file (the default command)')
  .option('-f, --from <file>', 'read the case from a YAML file ("-" for standard input)')
  .option('--example', 'use a built-in sample case, to see what a letter looks like')
  .option('-o, --out <file>', 'save the letter to a file instead of printing it ("-" to print it)')
  .option('--force', 'replace the --out file if it already exists'), false)
  .option('--next', 'write the next letter in the ladder (first, reminder, final, card-dispute)')
  .option('--record', 'with --next: record the letter in the case file (history.letters)')
  .option('--ics <file>', 'with --from: save the reply-by and escalation dates as an iCalendar file')
  .option('--copy', 'copy the letter to the clipboard')
  .option('--mail', 'open the letter in your mail app')
  .option('--resume', 'carry on with the answers you saved last time')
  .option('--no-input', 'never ask questions (also when stdin is not a terminal or CI is set)')
  .addHelpText(
    'after',
    `
Examples:
  $ redress draft --example
  $ redress draft --from case.yaml
  $ redress draft --from case.yaml --format html --out letter.html
  $ redress draft --from case.yaml --format pdf --out letter.pdf
  $ redress draft --from case.yaml --stage reminder --date 2026-12-01`,
  )
  .action(run(async () => (await draftCommand()).runDraft as Action));

program
  .command('status')
  .description('show where each dispute stands and what to do next')
  .argument('[paths...]', 'case files, or folders of them (default: this folder)')
  .option('--json', 'print the status as JSON')
  .option('--ics <file>', 'save every reply-by and escalation date as an iCalendar file')
  .option('--force', 'replace the --ics file if it already exists')
  .option('--rights <dir>', 'a folder of your own rights packs, e.g. GB.json (or set REDRESS_RIGHTS)')
  .addHelpText(
    'after',
    `
Examples:
  $ redress status
  $ redress status cases/ --ics disputes.ics
  $ redress status gym.yaml energy.yaml --json`,
  )
  .action(run(async () => (await command('status')).runStatus as Action));

program
  .command('reply')
  .description("record the business's reply (an offer, a correction, a refusal) and your answer")
  .argument('<case>', 'the case file')
  .option('--date <yyyy-mm-dd>', 'when they replied (default today)')
  .option('--offer <amount>', 'they offered this amount')
  .option('--correction <text>', 'they offered to put it right, like this')
  .option('--refused', 'they said no')
  .option('--other <text>', 'they said something else, in a few words')
  .option('--text <text>', 'more about the offer, e.g. "as a credit on my account"')
  .option('--by <yyyy-mm-dd>', 'when they said they would pay or do it')
  .option('--accept', 'you accept the offer (alone: the offer already recorded)')
  .option('--reject', 'you turn the offer down (alone: the offer already recorded)')
  .option('--change', 'with --accept or --reject: change the answer you recorded before')
  .option('--reason <text>', 'with --reject or --refused: why their answer does not put things right')
  .option('--notes <text>', 'your own notes (never in a letter)')
  .option('--no-input', 'never ask questions')
  .addHelpText(
    'after',
    `
Examples:
  $ redress reply case.yaml        asks what they said (in a terminal)
  $ redress reply case.yaml --date 2026-12-03 --offer 50
  $ redress reply case.yaml --accept
  $ redress reply case.yaml --reject --reason "It is a fifth of what I paid."
  $ redress reply case.yaml --refused`,
  )
  .action(run(async () => (await command('reply')).runReply as Action));

letterOptions(program
  .command('batch')
  .description('write many letters from one YAML file of cases')
  .argument('<file>', 'batch file: `defaults:` and `cases:`, or cases separated by --- ("-" for standard input)')
  .option('-o, --out <dir>', 'folder for the letters', 'letters')
  .option('--force', 'replace letters that already exist in the folder')
  .option('--json', 'print a machine-readable summary on stdout'), true)
  .addHelpText(
    'after',
    `
Examples:
  $ redress init --batch cases.yaml
  $ redress batch cases.yaml --out letters
  $ cat cases.yaml | redress batch - --json`,
  )
  .action(
    run(async () => {
      await compileExpressionsOnce(BATCH_FLAGS);
      return (await command('batch')).runBatch as Action;
    }),
  );

program
  .command('check')
  .description('check the tone of a letter: firm, but kind')
  .argument('[file]', 'letter or text file ("-" for standard input)')
  .option('--json', 'print findings as JSON')
  .option('--strict', 'exit 1 on any finding, warnings included')
  .option('--letter', 'also check firmness (request, amount, deadline, reference)')
  .option('--language <code>', 'the letter\'s language: en, fr, de or es (detected when not given)')
  .addHelpText(
    'after',
    `
Examples:
  $ redress check letter.txt
  $ pbpaste | redress check -
  $ redress check lettre.txt --language fr
  $ redress check letter.txt --json`,
  )
  .action(
    run(async () => {
      await compileExpressionsOnce();
      const { runCheck } = await command('check');
      const { colorEnabled } = await command('color');
      return ((file: string | undefined, options: { json?: boolean; strict?: boolean; letter?: boolean; language?: string }) =>
        runCheck(file, { ...options, color: colorEnabled(process.stdout) })) as Action;
    }),
  );

const templates = program
  .command('templates')
  .description('list, show and copy letter templates')
  .option('--templates <dir>', 'a folder of your own templates (or set REDRESS_TEMPLATES)')
  .addHelpText('after', () => templateHelpText());

templates
  .command('list')
  .description('list built-in and your own templates')
  .option('--json', 'print the list as JSON')
  .option('--templates <dir>', 'a folder of your own templates (or set REDRESS_TEMPLATES)')
  .action(run(async () => (await command('templates')).runTemplatesList as Action));

templates
  .command('show')
  .description('print a template')
  .argument('<name>', 'template name')
  .option('--templates <dir>', 'a folder of your own templates (or set REDRESS_TEMPLATES)')
  .action(run(async () => (await command('templates')).runTemplatesShow as Action));

templates
  .command('eject')
  .description('copy a built-in template (and the partials it uses) to edit')
  .argument('<name>', 'template name')
  .argument('[dir]', 'where to copy it', 'redress-templates')
  .option('--force', 'replace files that already exist')
  .action(run(async () => (await command('templates')).runTemplatesEject as Action));

program
  .command('init')
  .description('write a commented case file to fill in')
  .argument('[file]', 'where to write it (default case.yaml, or cases.yaml with --batch)')
  .option('--batch', 'write a batch file with defaults: and two cases:')
  .option('--force', 'replace the file if it exists')
  .addHelpText(
    'after',
    `
Examples:
  $ redress init
  $ redress init my-gym.yaml
  $ redress init --batch cases.yaml`,
  )
  .action(run(async () => (await command('init')).runInit as Action));

program
  .command('rights')
  .description('show the consumer rights, next steps and card-dispute routes redress knows for a country, with sources')
  .argument('[country]', 'a country code or name (GB, "United Kingdom", IE, US, CA, AU, NZ, FR, DE, ES); none lists the countries')
  .argument('[region]', 'a region where the law differs: a UK nation, US state, Canadian province or Australian state')
  .option('--json', 'print the pack as JSON')
  .option('--rights <dir>', 'a folder of your own rights packs, e.g. GB.json (or set REDRESS_RIGHTS)')
  .addHelpText(
    'after',
    `
This is general information, not legal advice: each entry shows the public
source it was checked against.

Examples:
  $ redress rights
  $ redress rights GB Scotland
  $ redress rights US MA --json
  $ redress rights GB --rights my-rights`,
  )
  .action(run(async () => (await command('rights')).runRights as Action));

program
  .command('schema')
  .description('print the JSON Schema of the case file (for editors)')
  .option('--batch', 'the schema of a batch file instead (defaults: and cases:)')
  .addHelpText(
    'after',
    `
Examples:
  $ redress schema > redress.schema.json
  $ redress schema --batch > redress-batch.schema.json`,
  )
  .action(run(async () => (await command('schema')).runSchema as Action));

function templateHelpText(): string {
  return `
Helpers you can use in templates:
  {{date purchase.date}}            November 2, 2026 (in the letter's locale)
  {{money request.amount}}          $1,200.00 (currency and locale of the case)
  {{list evidence}}                 a, b and c
  {{list items "or"}}               a, b or c
  {{dates letter.previous}}         a list of dates, formatted
  {{deadline}}                      the reply-by date, formatted
  {{ordinal 2}}                     2nd
  {{plural letter.previous "letter"}}  letter / letters
  {{count story.outcome}}  {{last letter.previous}}  {{sentence text}}
  {{clause text}}  {{nextStep text}}
  (eq a b) (or a b) (and a b) (not a) (gt a b)
  (zip story.expectations story.outcome)

Examples:
  $ redress templates list
  $ redress templates show final
  $ redress templates eject first my-templates
  $ redress draft --from case.yaml --templates my-templates --template first`;
}

function fail(error: unknown): void {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2; // bad usage
    // Help and the version are written already; a usage error is still being reported.
    if (error.exitCode === 0) endWhenIdle();
    return;
  }
  // A UserError (errors.ts), recognised without importing it, to keep start-up small.
  if (error instanceof Error && typeof (error as Error & { exitCode?: unknown }).exitCode === 'number') {
    void import('./io/report.js').then(({ reportError }) => reportError(error.message));
    process.exitCode = (error as Error & { exitCode: number }).exitCode;
    return;
  }
  const debug = process.argv.includes('--debug');
  process.stderr.write(
    `redress ran into an unexpected problem: ${safeForTerminal(String((error as Error)?.message ?? error).split('\n')[0]!)}\n` +
      (debug ? `${(error as Error)?.stack ?? ''}\n` : 'Run the same command with --debug for details, and please report it.\n'),
  );
  process.exitCode = 1; // done with problems
}

/** The command the person ran (draft when none is named; `templates show` for a subcommand), for its options. */
function commandRun(): Command {
  const word = process.argv[2];
  const top = program.commands.find((command) => command.name() === word) ?? program.commands.find((command) => command.name() === 'draft') ?? program;
  return top.commands.find((command) => command.name() === process.argv[3]) ?? top;
}

/** "templates show" for a subcommand, "draft" for a command. */
function commandName(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at && at !== program; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/** What an option's value looks like, for the example in a message ("--from case.yaml"). */
const OPTION_EXAMPLES: Record<string, string> = {
  '--from': 'case.yaml',
  '--ics': 'dates.ics',
  '--templates': 'my-templates',
  '--rights': 'my-rights',
  '--template': 'reminder',
  '--format': 'pdf',
  '--paper': 'a4',
  '--stage': 'reminder',
  '--date': '2026-12-01',
  '--by': '2026-12-20',
  '--locale': 'en-GB',
  '--language': 'fr',
  '--offer': '50',
  '--correction': '"an engineer will replace the part on Monday"',
  '--other': '"they are looking into it"',
  '--text': '"as a credit on my account"',
  '--reason': '"It is a fifth of what I paid."',
  '--notes': '"they phoned on 4 December"',
};

/** What an argument looks like, for the example in a message ("redress reply case.yaml"). */
const ARGUMENT_EXAMPLES: Record<string, string> = { case: 'case.yaml', file: 'cases.yaml', name: 'first' };

/** An option's value in words ("<dir>": a folder). */
const PLACEHOLDER_WORDS: Record<string, string> = { dir: 'folder', 'yyyy-mm-dd': 'date (YYYY-MM-DD)', text: 'words', 'name|path': 'template name or file', code: 'language code', size: 'paper size' };

/** `redress reply case.yaml`: the command with an example of each argument it needs. */
function withArguments(command: Command, run: string): string {
  const needed = command.registeredArguments.filter((argument) => argument.required).map((argument) => ARGUMENT_EXAMPLES[argument.name()] ?? argument.name().toUpperCase());
  return [run, ...needed].join(' ');
}

/** Commander's "error: …" in redress's words: what is wrong, and the command to run instead. */
function usageError(text: string): string {
  const lines = text.trim().split('\n');
  let message = (lines[0] ?? '').replace(/^error: /, '');
  const command = commandRun();
  const name = commandName(command);
  const run = `redress${name ? ` ${name}` : ''}`;
  const helpFor = `${run} --help`;
  const unknown = /^unknown option '([^']*)'/.exec(message);
  if (unknown) {
    const typed = unknown[1]!.split('=')[0]!;
    const options = [...command.options, ...program.options];
    const longs = options.map((option) => option.long).filter((long): long is string => long !== undefined);
    // "--keep-words=yes": an option that takes no value, given one.
    const flag = unknown[1]!.includes('=') ? options.find((option) => option.long === typed) : undefined;
    if (flag && !flag.required && !flag.optional) {
      return safeForTerminal(`${typed} takes no value: write it alone, as ${typed}, to turn it on (and leave it out to leave it off).\nRun \`${helpFor}\` to see the options.`);
    }
    // A typo (--form for --from), or the start of a longer name (--form for --format).
    const guesses = new Set<string>();
    const near = closest(typed, longs);
    if (near) guesses.add(near);
    for (const long of longs) if (typed.length >= 4 && long.startsWith(typed) && long !== typed) guesses.add(long);
    const list = [...guesses];
    const guess = list.length > 0 ? ` Did you mean ${list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`}?` : '';
    return safeForTerminal(`${typed} is not an option of \`${run}\`.${guess}\nRun \`${helpFor}\` to see the options.`);
  }
  // "option '-f, --from <file>' argument missing"
  const noValue = /^option '(?:-\w, )?(--[\w-]+) <([^>]+)>' argument missing/.exec(message);
  if (noValue) {
    const [, long, placeholder] = noValue as unknown as [string, string, string];
    const example = long === '--out' ? (name === 'batch' ? 'letters' : 'letter.txt') : (OPTION_EXAMPLES[long] ?? placeholder.toUpperCase());
    const words = PLACEHOLDER_WORDS[placeholder] ?? placeholder;
    return safeForTerminal(`${long} needs ${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words} after it, for example \`${withArguments(command, run)} ${long} ${example}\`.\nRun \`${helpFor}\` to see the options.`);
  }
  // "option '--stage <stage>' argument 'nope' is invalid. Allowed choices are first, reminder, final, card-dispute."
  const choice = /^option '(?:-\w, )?(--[\w-]+) <[^>]+>' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/.exec(message);
  if (choice) {
    const [, long, value, allowed] = choice as unknown as [string, string, string, string];
    const choices = allowed.split(', ');
    return safeForTerminal(`${long} ${value === '' ? '""' : value} is not one redress knows: use ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}, for example \`${withArguments(command, run)} ${long} ${choices[0]}\`.\nRun \`${helpFor}\` to see the options.`);
  }
  // "missing required argument 'case'"
  const missing = /^missing required argument '([^']*)'/.exec(message);
  if (missing) {
    const argument = command.registeredArguments.find((a) => a.name() === missing[1]);
    const what = argument?.description ? argument.description.replace(/ \(.*\)$/, '').replace(/:.*$/, '') : missing[1]!;
    return safeForTerminal(`\`${run}\` needs ${/^(a|an|the) /.test(what) ? what : `the ${what}`}, for example \`${run} ${ARGUMENT_EXAMPLES[missing[1]!] ?? missing[1]!.toUpperCase()}\`.\nRun \`${helpFor}\` to see what it takes.`);
  }
  // "too many arguments for 'draft'. Expected 0 arguments but got 1."
  if (/^too many arguments/.test(message)) {
    const expected = command.registeredArguments.length;
    const extra = command.args[expected] ?? '';
    const shown = JSON.stringify(extra);
    if (name === 'draft') {
      return safeForTerminal(`\`redress draft\` reads a case file given with --from: run \`redress draft --from ${extra}\`. (For a file of many cases, \`redress batch ${extra}\`.)`);
    }
    if (name === 'schema') {
      return safeForTerminal(`\`redress schema\` takes nothing after it, and prints the schema: to save it as ${shown}, run \`redress schema > ${extra}\`.`);
    }
    const names = command.registeredArguments.map((a) => a.name().toUpperCase()).join(' ');
    const takes = expected === 0 ? 'nothing after it' : `at most ${expected === 1 ? 'one' : expected} (${run} ${names})`;
    const quoted = name === 'rights' ? '"United Kingdom"' : '"my case.yaml"';
    return safeForTerminal(`\`${run}\` takes ${takes}, and ${shown} is one more. A value with spaces goes in quotes, such as ${quoted}.\nRun \`${helpFor}\` to see what it takes.`);
  }
  message = message.charAt(0).toUpperCase() + message.slice(1);
  return safeForTerminal(`${message}${/[.!?]$/.test(message) ? '' : '.'}\nRun \`${helpFor}\` to see what you can do.`);
}

/**
 * `redress nosuch`: draft is the default command, so commander would say "too many
 * arguments for 'draft'". Say what the word is not, and what to run instead.
 */
function unknownCommand(word: string): string | undefined {
  const names = ['help', ...program.commands.flatMap((command) => [command.name(), ...command.aliases()])];
  if (names.includes(word)) return undefined;
  const guess = closest(word, names);
  const file = /\.ya?ml$/i.test(word) ? ` To write the letter of a case file, run \`redress draft --from ${word}\`; for a batch file, \`redress batch ${word}\`.` : '';
  return `"${word}" is not a redress command${guess ? ` (did you mean "${guess}"?)` : ''}.${file}\nRun \`redress --help\` to see the commands.`;
}

readChoicesInAnyCase(program);

const first = process.argv[2];
// "redress help nosuch" asks for the help of a command that is not there: said as for "redress nosuch".
const asked = first === 'help' ? process.argv[3] : first;
const unknown = asked !== undefined && !asked.startsWith('-') ? unknownCommand(asked) : undefined;
if (unknown !== undefined) {
  process.exitCode = 2; // bad usage
  void import('./io/report.js').then(({ reportError }) => reportError(safeForTerminal(unknown)));
} else {
  program.parseAsync(process.argv).then(endWhenIdle, fail);
}

/**
 * Once a command has finished and the event loop holds nothing more (no stream, file, timer
 * or child), the run ends at once: Node would otherwise first wait for V8's background work
 * (compiling, collecting garbage) that nothing needs any more, a few milliseconds of every
 * letter. A stream made for a pipe or a terminal may still be sending output, and keeps the
 * loop busy, so such a run ends as usual.
 */
function endWhenIdle(): void {
  if (process.getActiveResourcesInfo().length === 0) process.exit();
}
