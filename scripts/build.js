// Bundles the CLI into dist/ so `npx redress` installs no runtime dependencies.
// Code splitting keeps modules needed by only some commands out of start-up.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    js: "import { createRequire as __redressCreateRequire } from 'node:module'; const require = __redressCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
