// How a batch writes one letter, on real files: a new letter in place from the main thread,
// through a temporary file and a link from a worker; an existing file is never replaced
// without --force, and nothing but the letter is left in the folder.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { writeLetter } from '../../src/batch/cases.js';
import { tempDir } from '../support/cli.js';

const tmp = tempDir('redress-write-letter-');
afterAll(() => tmp.cleanup());

describe('writeLetter', () => {
  it('writes a new letter, and leaves a letter that is already there as it was', () => {
    const dir = tmp.path('main');
    mkdirSync(dir);
    expect(writeLetter(dir, '1-acme.txt', 'Dear Acme,\n', false)).toBe(true);
    expect(readFileSync(`${dir}/1-acme.txt`, 'utf8')).toBe('Dear Acme,\n');
    writeFileSync(`${dir}/2-acme.txt`, 'my own notes');
    expect(writeLetter(dir, '2-acme.txt', 'Dear Acme,\n', false)).toBe(false);
    expect(readFileSync(`${dir}/2-acme.txt`, 'utf8')).toBe('my own notes');
    expect(writeLetter(dir, '2-acme.txt', 'Dear Acme, again\n', true)).toBe(true);
    expect(readFileSync(`${dir}/2-acme.txt`, 'utf8')).toBe('Dear Acme, again\n');
    expect(readdirSync(dir).sort()).toEqual(['1-acme.txt', '2-acme.txt']);
  });

  it('says which file could not be written and what to do', () => {
    expect(() => writeLetter(tmp.path('no-such-folder'), '1-acme.txt', 'Dear Acme,\n', false)).toThrow(/no-such-folder/);
  });

  it('does the same from a worker thread, through a temporary file it removes', async () => {
    const dir = tmp.path('worker');
    mkdirSync(dir);
    writeFileSync(`${dir}/2-acme.txt`, 'my own notes');
    // The worker reads the TypeScript source through tsx.
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.module, workerData.module)).then(({ writeLetter }) => {
        parentPort.postMessage([writeLetter(workerData.dir, '1-acme.txt', 'Dear Acme,\\n', false), writeLetter(workerData.dir, '2-acme.txt', 'Dear Acme,\\n', false)]);
      }, (error) => parentPort.postMessage(String(error)));`;
    const worker = new Worker(source, { eval: true, workerData: { dir, module: new URL('../../src/batch/cases.ts', import.meta.url).href } });
    const answer = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual([true, false]);
    expect(readFileSync(`${dir}/1-acme.txt`, 'utf8')).toBe('Dear Acme,\n');
    expect(readFileSync(`${dir}/2-acme.txt`, 'utf8')).toBe('my own notes');
    expect(readdirSync(dir).sort()).toEqual(['1-acme.txt', '2-acme.txt']);
  });
});
