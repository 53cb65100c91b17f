import { afterAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, configDir, draftFile, ensurePrivateDir, profileFile, stateDir } from '../../src/io/state.js';
import { tempDir } from '../support/cli.js';

const tmp = tempDir('redress-state-');
afterAll(() => tmp.cleanup());

describe('where redress keeps its files', () => {
  it('follows the XDG base directories on Linux, with the usual fallbacks', () => {
    const home = '/home/alex';
    expect(configDir({ env: {}, platform: 'linux', home })).toBe('/home/alex/.config/redress');
    expect(stateDir({ env: {}, platform: 'linux', home })).toBe('/home/alex/.local/state/redress');
    const env = { XDG_CONFIG_HOME: '/xdg/config', XDG_STATE_HOME: '/xdg/state' };
    expect(configDir({ env, platform: 'linux', home })).toBe('/xdg/config/redress');
    expect(stateDir({ env, platform: 'freebsd', home })).toBe('/xdg/state/redress');
    expect(draftFile({ env, platform: 'linux', home })).toBe('/xdg/state/redress/draft.json');
    expect(profileFile({ env, platform: 'linux', home })).toBe('/xdg/config/redress/profile.json');
  });

  it('ignores empty and relative XDG values, as the specification says', () => {
    const home = '/home/alex';
    expect(configDir({ env: { XDG_CONFIG_HOME: '' }, platform: 'linux', home })).toBe('/home/alex/.config/redress');
    expect(stateDir({ env: { XDG_STATE_HOME: 'relative/state' }, platform: 'linux', home })).toBe('/home/alex/.local/state/redress');
  });

  it('uses Application Support on macOS', () => {
    const home = '/Users/alex';
    expect(configDir({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'darwin', home })).toBe('/Users/alex/Library/Application Support/redress');
    expect(stateDir({ env: {}, platform: 'darwin', home })).toBe('/Users/alex/Library/Application Support/redress');
  });

  it('uses APPDATA and LOCALAPPDATA on Windows', () => {
    const home = 'C:\\Users\\Alex';
    const env = { APPDATA: 'C:\\Users\\Alex\\AppData\\Roaming', LOCALAPPDATA: 'D:\\Local' };
    expect(configDir({ env, platform: 'win32', home })).toBe('C:\\Users\\Alex\\AppData\\Roaming\\redress');
    expect(stateDir({ env, platform: 'win32', home })).toBe('D:\\Local\\redress');
    expect(draftFile({ env, platform: 'win32', home })).toBe('D:\\Local\\redress\\draft.json');
    expect(stateDir({ env: {}, platform: 'win32', home })).toBe('C:\\Users\\Alex\\AppData\\Local\\redress');
  });

  it('puts both in one folder with REDRESS_HOME', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const env = { REDRESS_HOME: '/tmp/r', XDG_STATE_HOME: '/xdg', APPDATA: 'C:\\x' };
      expect(configDir({ env, platform, home: '/h' })).toBe('/tmp/r');
      expect(stateDir({ env, platform, home: '/h' })).toBe('/tmp/r');
    }
  });

  it('keeps the code cache in the cache folder of each system', () => {
    expect(cacheDir({ env: {}, platform: 'linux', home: '/home/alex' })).toBe('/home/alex/.cache/redress');
    expect(cacheDir({ env: { XDG_CACHE_HOME: '/c' }, platform: 'linux', home: '/home/alex' })).toBe('/c/redress');
    expect(cacheDir({ env: { XDG_CACHE_HOME: 'relative' }, platform: 'linux', home: '/home/alex' })).toBe('/home/alex/.cache/redress');
    expect(cacheDir({ env: {}, platform: 'darwin', home: '/Users/alex' })).toBe('/Users/alex/Library/Caches/redress');
    expect(cacheDir({ env: { LOCALAPPDATA: 'C:\\L' }, platform: 'win32', home: 'C:\\Users\\Alex' })).toBe('C:\\L\\redress\\Cache');
    expect(cacheDir({ env: { REDRESS_HOME: '/tmp/r' }, platform: 'linux', home: '/h' })).toBe('/tmp/r/cache');
  });

  it.skipIf(process.platform === 'win32')('creates folders only its owner can open', async () => {
    const dir = join(tmp.dir, 'a', 'b');
    await ensurePrivateDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
