import { existsSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/util/make-folder.js';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir('redress-make-folder-');
afterAll(() => tmp.cleanup());

describe('making folders', () => {
  it('makes a folder and its missing parents, and accepts one that is there', () => {
    const deep = tmp.path('a/b/c');
    makeFolder(deep, 0o700);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(statSync(deep).mode & 0o777).toBe(0o700);
    expect(() => makeFolder(deep)).not.toThrow();
  });

  it('refuses a path where a file is in the way', () => {
    const file = tmp.path('file');
    writeFileSync(file, 'x');
    expect(() => makeFolder(file)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => makeFolder(join(file, 'inside'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  // Node's own recursive mkdir never returns for such a path and ignores SIGTERM.
  it.runIf(existsSync('/proc/self'))('stops, with a message, where a folder cannot be made although its parent is there', () => {
    const cases = tmp.path('cases.yaml');
    writeFileSync(cases, 'cases:\n  - sender: {name: Ann Lee}\n    recipient: {company: Acme}\n    purchase: {item: a lamp, amount: 40, currency: GBP}\n    story: {circumstances: I bought a lamp., expectations: [it would work], outcome: [it does not work]}\n    request: {remedy: refund}\n');
    const batch = redress(['batch', cases, '--out', '/proc/self/redress-test/letters']);
    expect(batch.code, batch.stderr).toBe(2);
    expect(batch.stderr).toContain('Cannot create the folder /proc/self/redress-test/letters: folders cannot be made in that place. Choose another folder with --out.');
    const eject = redress(['templates', 'eject', 'first', '/proc/self/redress-test/templates']);
    expect(eject.code, eject.stderr).toBe(2);
    expect(eject.stderr).toContain('folders cannot be made in that place');
  });

  it('says so when the folder, or a folder above it, is a link to a folder that does not exist', () => {
    const cases = tmp.path('linked.yaml');
    writeFileSync(cases, 'cases:\n  - sender: {name: Ann Lee}\n    recipient: {company: Acme}\n    purchase: {item: a lamp, amount: 40, currency: GBP}\n    story: {circumstances: I bought a lamp., expectations: [it would work], outcome: [it does not work]}\n    request: {remedy: refund}\n');
    const link = tmp.path('letters');
    symlinkSync(tmp.path('moved-away'), link);
    for (const out of [link, join(link, 'october')]) {
      const batch = redress(['batch', cases, '--out', out]);
      expect(batch.code, batch.stderr).toBe(2);
      expect(batch.stderr).toContain(`Cannot create the folder ${out}: it is, or is inside, a link to a folder that does not exist (remove the link, or point it at a folder). Choose another folder with --out.`);
    }
    expect(existsSync(tmp.path('moved-away'))).toBe(false);
  });
});
