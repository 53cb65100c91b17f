import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'redress.cjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, with no terminal and no colour unless asked. */
/**
 * Runs the built CLI. `asOtherUser`: as an unprivileged user (nobody) when the tests run as
 * root, so that file permissions mean what they mean for a person.
 */
export function redress(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string; asOtherUser?: boolean } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, CI: '1', NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  };
  if (options.asOtherUser && process.getuid?.() === 0) Object.assign(spawnOptions, { uid: 65534, gid: 65534, env: { ...spawnOptions.env, HOME: tmpdir() } });
  const result = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'redress-test-'): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
