// Bundles the CLI into dist/ so `npx redress` installs no runtime dependencies.
// Code splitting keeps modules needed by only some commands out of start-up.
// The licences of the bundled packages are kept in dist/THIRD-PARTY-LICENSES.txt.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
rmSync(join(root, 'dist'), { recursive: true, force: true });

const banner = {
  js: "import { createRequire as __redressCreateRequire } from 'node:module'; const require = __redressCreateRequire(import.meta.url);",
};

// The built-in templates are precompiled now, so drafting a letter need not compile them.
const cache = join(root, 'node_modules', '.cache', 'redress');
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/precompile.ts'],
  outfile: join(cache, 'precompile.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner,
  logLevel: 'warning',
});
const { builtInSpecsModule } = await import(`${pathToFileURL(join(cache, 'precompile.mjs')).href}?${Date.now()}`);
const specsModule = builtInSpecsModule();
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]letter[\\/]builtin-specs\.ts$/ }, () => ({ contents: specsModule, loader: 'js' }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  keepNames: false,
  legalComments: 'none',
  metafile: true,
  define: { __REDRESS_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
  chunkNames: 'chunks/[name]-[hash]',
  banner,
  plugins: [precompiledTemplates],
  logLevel: 'warning',
});

// One notice per bundled package, with its licence text.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
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
const notices = [...packages.values()]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((p) => `${p.name}@${p.version} (${p.license})\n\n${p.text}`)
  .join(`\n\n${'-'.repeat(72)}\n\n`);
writeFileSync(join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'), `redress bundles these packages. Their licences follow.\n\n${notices}\n`);
