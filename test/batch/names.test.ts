// File names made from what people typed: safe on every system, never outside the folder.
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { MAX_NAME_BYTES, pathInside, safeFileName, slugify } from '../../src/io/safe-name.js';
import { deepMerge } from '../../src/batch/structure.js';

const SAFE = /^[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}._-]*$/u;

describe('slugify', () => {
  it('keeps letters and digits of any script, in lower case, joined by "-"', () => {
    expect(slugify('Brightline Carpet Care')).toBe('brightline-carpet-care');
    expect(slugify('Tom & Jerry\'s "Best" <Co>')).toBe('tom-jerry-s-best-co');
    expect(slugify('Café Müller GmbH')).toBe('cafe-muller-gmbh');
    expect(slugify('İstanbul Ｔｏｕｒｓ')).toBe('istanbul-tours');
    expect(slugify('Ромашка ООО')).toBe('ромашка-ооо');
    expect(slugify('株式会社 東京')).toBe('株式会社-東京');
  });

  it('removes separators, dots, control and bidi characters and emoji', () => {
    for (const hostile of ['../../etc/passwd', 'a\\b/c', '\u001b[31mRed\u001b[0m', 'evil\u202egpj.exe', 'zero\u200bwidth', '🎉 Party 🎉', 'a\nb\tc', 'C:\\Windows', '..', '.hidden']) {
      const slug = slugify(hostile);
      expect(slug, hostile).toMatch(/^[\p{L}\p{N}\p{M}-]*$/u);
      expect(slug).not.toMatch(/^-|-$|\.\.|[/\\]/);
    }
    expect(slugify('🎉🎉')).toBe('');
    expect(slugify('...')).toBe('');
  });

  it('limits the length in bytes, without cutting a character in half', () => {
    expect(Buffer.byteLength(slugify('a'.repeat(500)))).toBeLessThanOrEqual(60);
    const cut = slugify('ж'.repeat(100));
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(60);
    expect(cut).toBe('ж'.repeat(30));
  });
});

describe('safeFileName', () => {
  it('gives names that are safe on Linux, macOS and Windows', () => {
    const names = ['CON', 'nul', 'Com1', 'lpt9.txt', 'aux.tar', 'a<b>c:d"e|f?g*h', ' trailing. ', '..', '', '-', '\u202e', 'x'.repeat(400)].map((stem) =>
      safeFileName(stem, 'txt', 'letter'),
    );
    for (const name of names) {
      expect(name, name).toMatch(/\.txt$/);
      expect(name.slice(0, -4)).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]|^\.|[. ]\.txt$/);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    }
    expect(safeFileName('CON', 'txt')).toBe('_CON.txt');
    expect(safeFileName('', 'txt', 'letter')).toBe('letter.txt');
    expect(safeFileName('..', 'md', 'letter')).toBe('letter.md');
  });

  it('keeps ordinary names as they are', () => {
    expect(safeFileName('001-brightline-carpet-care', 'txt')).toBe('001-brightline-carpet-care.txt');
    expect(safeFileName('001-brightline-carpet-care', 'txt')).toMatch(SAFE);
  });

  it('treats plain lower-case names as it treats any other', () => {
    // A zero-width space is removed by the full cleaning, which a plain name skips.
    const full = (stem: string, ext: string) => safeFileName(`${stem}\u200b`, ext);
    const stems = ['con', 'nul', 'com1', 'lpt9', 'aux-1', 'a', '0', 'x'.repeat(MAX_NAME_BYTES - 4), 'x'.repeat(MAX_NAME_BYTES - 3), 'y'.repeat(300), 'a--b-', '1-'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) stems.push(Array.from({ length: 1 + Math.floor(random() * 140) }, () => 'ab9-'[Math.floor(random() * 4)]).join(''));
    for (const stem of stems) for (const ext of ['txt', 'html', '']) expect(safeFileName(stem, ext), stem).toBe(full(stem, ext));
    expect(safeFileName('con', 'txt')).toBe('_con.txt');
  });
});

describe('pathInside', () => {
  it('returns the path inside the folder, and refuses anything else', () => {
    expect(pathInside('letters', '001-a.txt')).toBe(resolve('letters', '001-a.txt'));
    for (const name of ['../x.txt', '../../etc/passwd', '/etc/passwd', 'a/b.txt', join('..', 'x'), '.', '']) {
      expect(() => pathInside('letters', name), name).toThrow();
    }
  });
});

describe('deepMerge', () => {
  it('merges groups field by field; the case wins; lists are replaced, not joined', () => {
    const defaults = { sender: { name: 'Sam', email: 's@example.com' }, evidence: ['a', 'b'], letter: { locale: 'en-GB' } };
    const own = { sender: { name: 'Alex' }, evidence: ['c'], request: { remedy: 'refund' } };
    expect(deepMerge(defaults, own)).toEqual({
      sender: { name: 'Alex', email: 's@example.com' },
      evidence: ['c'],
      letter: { locale: 'en-GB' },
      request: { remedy: 'refund' },
    });
    expect(defaults.sender.name).toBe('Sam');
  });
});
