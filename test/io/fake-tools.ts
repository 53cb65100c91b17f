// Stand-ins for clipboard tools and URL openers: real programs (shell scripts) put first on
// PATH, which write down what they were given, so tests never touch a real clipboard or app.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FakeTools {
  /** The folder to put on PATH (on its own: nothing real is found). */
  bin: string;
  /** What a tool read on standard input, or undefined if it never ran. */
  input(name: string): string | undefined;
  /** The same, as bytes. */
  bytes(name: string): Buffer | undefined;
  /** The arguments a tool was started with. */
  args(name: string): string[] | undefined;
}

export function fakeTools(dir: string, tools: Record<string, { exit?: number }>): FakeTools {
  const bin = join(dir, 'bin');
  const log = join(dir, 'log');
  mkdirSync(bin, { recursive: true });
  mkdirSync(log, { recursive: true });
  for (const [name, { exit = 0 }] of Object.entries(tools)) {
    const file = join(bin, name);
    writeFileSync(
      file,
      `#!/bin/sh\nfor arg in "$@"; do printf '%s\\0' "$arg"; done > '${join(log, `${name}.args`)}'\n/bin/cat > '${join(log, `${name}.in`)}'\nexit ${exit}\n`,
    );
    chmodSync(file, 0o755);
  }
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  return {
    bin,
    input: (name) => read(join(log, `${name}.in`)),
    bytes: (name) => (existsSync(join(log, `${name}.in`)) ? readFileSync(join(log, `${name}.in`)) : undefined),
    args: (name) => read(join(log, `${name}.args`))?.split('\0').slice(0, -1),
  };
}
