// A saved draft that cannot be read is kept aside (and the person told where) before any new
// answer is saved; a draft that is a FIFO or a device is refused at once, never waited on.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runWizard } from '../../src/wizard/index.js';
import { loadDraft, loadProfile, saveDraft, setAsideDraft } from '../../src/wizard/store.js';
import { STOP, scripted } from '../wizard/scripted.js';
import { tempDir } from '../support/cli.js';

const tmp = tempDir('redress-store-');
afterAll(() => tmp.cleanup());
const posix = process.platform !== 'win32';
let counter = 0;

function home(): string {
  const dir = tmp.path(`home-${++counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const sink = () =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });

async function wizard(dir: string, entries: Parameters<typeof scripted>[0]) {
  const prompter = scripted(entries);
  const code = await runWizard({ format: 'text' }, { prompter, stdout: sink(), stderr: sink(), env: { REDRESS_HOME: dir, PATH: '' }, cwd: dir, color: false });
  return { code, said: prompter.said.join('\n') };
}

describe('a saved draft that cannot be read', () => {
  it('is kept aside, and the person told where, before the next answer is saved', async () => {
    const dir = home();
    const damaged = '{"version": 1, "data": {"recipient": {"company": "Brightl';
    writeFileSync(join(dir, 'draft.json'), damaged);
    const r = await wizard(dir, [['Which company', 'Peak Fitness'], ['person or team', STOP]]);
    expect(r.code).toBe(130);
    const aside = readdirSync(dir).filter((name) => name.startsWith('draft.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(r.said).toContain(`I kept it as ${join(dir, aside[0]!)}`);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(damaged);
    expect(JSON.parse(readFileSync(join(dir, 'draft.json'), 'utf8')).data).toEqual({ recipient: { company: 'Peak Fitness' } });
  });

  it.runIf(posix)('is refused at once when it is a FIFO, and the wizard carries on', async () => {
    const dir = home();
    const fifo = join(dir, 'draft.json');
    spawnSync('mkfifo', [fifo]);
    // Nothing ever writes to the FIFO: a read that waited would hang this test.
    expect(await loadDraft(fifo)).toBe('unreadable');
    expect(await loadProfile(fifo)).toBeUndefined();
    const r = await wizard(dir, [['Which company', 'Peak Fitness'], ['person or team', STOP]]);
    expect(r.code).toBe(130);
    expect(r.said).toMatch(/could not be read[^]*I kept it as/);
    expect(JSON.parse(readFileSync(fifo, 'utf8')).data).toEqual({ recipient: { company: 'Peak Fitness' } });
  }, 10_000);

  it('a draft that could not be moved aside is left for the save to report', async () => {
    expect(await setAsideDraft(tmp.path('no-such-folder/draft.json'))).toBeUndefined();
    const dir = home();
    await saveDraft(join(dir, 'draft.json'), { recipient: { company: 'A' } }, []);
    expect(existsSync(join(dir, 'draft.json'))).toBe(true);
  });
});
