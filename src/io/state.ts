// Where redress keeps the little it remembers between runs:
//   config dir: profile.json (your own details, kept only if you agree)
//   state dir:  draft.json   (the answers of a letter not finished yet)
//   cache dir:  compiled code, remade when missing ($XDG_CACHE_HOME/redress, ~/.cache/redress)
// Linux and other Unix: $XDG_CONFIG_HOME/redress (~/.config/redress) and
// $XDG_STATE_HOME/redress (~/.local/state/redress); macOS: ~/Library/Application Support/redress;
// Windows: %APPDATA%\redress and %LOCALAPPDATA%\redress. REDRESS_HOME puts both in one folder.
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { makeFolder } from '../util/make-folder.js';

export interface PlaceOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

const APP = 'redress';

function resolveOptions(options: PlaceOptions): Required<PlaceOptions> {
  return { env: options.env ?? process.env, platform: options.platform ?? process.platform, home: options.home ?? homedir() };
}

/** An environment value usable as a base folder: set, not blank, and absolute (XDG says to ignore relative ones). */
function absoluteDir(value: string | undefined, platform: NodeJS.Platform): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return (platform === 'win32' ? win32 : posix).isAbsolute(value) ? value : undefined;
}

function joinFor(platform: NodeJS.Platform, ...parts: string[]): string {
  return (platform === 'win32' ? win32 : posix).join(...parts);
}

function override(o: Required<PlaceOptions>): string | undefined {
  const value = o.env.REDRESS_HOME;
  if (value === undefined || value.trim() === '') return undefined;
  return value;
}

/** The folder for settings kept on purpose (the remembered sender details). */
export function configDir(options: PlaceOptions = {}): string {
  const o = resolveOptions(options);
  const forced = override(o);
  if (forced) return forced;
  switch (o.platform) {
    case 'win32':
      return win32.join(absoluteDir(o.env.APPDATA, 'win32') ?? win32.join(o.home, 'AppData', 'Roaming'), APP);
    case 'darwin':
      return joinFor('darwin', o.home, 'Library', 'Application Support', APP);
    default:
      return joinFor(o.platform, absoluteDir(o.env.XDG_CONFIG_HOME, o.platform) ?? joinFor(o.platform, o.home, '.config'), APP);
  }
}

/** The folder for state that may be lost without harm (the draft of an unfinished letter). */
export function stateDir(options: PlaceOptions = {}): string {
  const o = resolveOptions(options);
  const forced = override(o);
  if (forced) return forced;
  switch (o.platform) {
    case 'win32':
      return win32.join(absoluteDir(o.env.LOCALAPPDATA, 'win32') ?? win32.join(o.home, 'AppData', 'Local'), APP);
    case 'darwin':
      return joinFor('darwin', o.home, 'Library', 'Application Support', APP);
    default:
      return joinFor(o.platform, absoluteDir(o.env.XDG_STATE_HOME, o.platform) ?? joinFor(o.platform, o.home, '.local', 'state'), APP);
  }
}

/** The folder for files that only make redress quicker and are remade when missing (the code cache). */
export function cacheDir(options: PlaceOptions = {}): string {
  const o = resolveOptions(options);
  const forced = override(o);
  if (forced) return joinFor(o.platform, forced, 'cache');
  switch (o.platform) {
    case 'win32':
      return win32.join(absoluteDir(o.env.LOCALAPPDATA, 'win32') ?? win32.join(o.home, 'AppData', 'Local'), APP, 'Cache');
    case 'darwin':
      return joinFor('darwin', o.home, 'Library', 'Caches', APP);
    default:
      return joinFor(o.platform, absoluteDir(o.env.XDG_CACHE_HOME, o.platform) ?? joinFor(o.platform, o.home, '.cache'), APP);
  }
}

export function draftFile(options: PlaceOptions = {}): string {
  return joinFor(resolveOptions(options).platform, stateDir(options), 'draft.json');
}

export function profileFile(options: PlaceOptions = {}): string {
  return joinFor(resolveOptions(options).platform, configDir(options), 'profile.json');
}

/** Creates a private folder (and its parents) if it is missing. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  makeFolder(dir, 0o700);
}
