// File names made from what people typed (a company name, a reference) must be safe on
// every operating system, and a file must never land outside the folder it is meant for.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { remembered } from '../util/remember.js';

/** Names Windows keeps for devices, whatever the extension (`con.txt` is the console too). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

/** Lower-case ASCII letters and digits, with hyphens after the first. */
const PLAIN_STEM = /^[a-z0-9][a-z0-9-]*$/;

/** Longest file name kept: well under the 255 bytes most file systems allow. */
export const MAX_NAME_BYTES = 120;

function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}

/**
 * A name part from free text: lower-case letters and digits (any script) joined by "-",
 * accents dropped from Latin letters ("Café Müller GmbH" -> "cafe-muller-gmbh"), at most
 * `maxBytes` bytes. Path separators, dots, control and bidi characters, emoji and
 * punctuation all become "-". May be empty: the caller chooses a fallback.
 */
export function slugify(text: string, maxBytes = 60): string {
  // Plain ASCII (most names): the same result without Unicode normalisation.
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, maxBytes)
      .replace(/-+$/, '');
  }
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^[-\p{M}]+/u, '')
    .replace(/-+$/, '');
  return cutToBytes(slug, maxBytes).replace(/-+$/, '');
}

/**
 * A file name that is safe on Linux, macOS and Windows: no separators or reserved
 * characters, no control or bidi characters, no leading dot, no trailing dot or space,
 * not a Windows device name, not too long. `fallback` is used when nothing is left.
 */
export function safeFileName(stem: string, extension: string, fallback = 'file'): string {
  const ext = extension.replace(/[^a-z0-9]/gi, '').toLowerCase();
  const suffix = ext ? `.${ext}` : '';
  // What a batch's names mostly are (`001-brightline-carpet-care`): nothing to clean.
  if (PLAIN_STEM.test(stem) && stem.length + suffix.length <= MAX_NAME_BYTES && !WINDOWS_RESERVED.test(stem)) return `${stem}${suffix}`;
  let base = stem
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/[<>:"/\\|?*]+/g, '-')
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '');
  base = cutToBytes(base, MAX_NAME_BYTES - Buffer.byteLength(suffix)).replace(/[.\s]+$/, '');
  if (base === '' || base === '.' || base === '..') base = fallback;
  if (WINDOWS_RESERVED.test(base.split('.')[0]!)) base = `_${base}`;
  return `${base}${suffix}`;
}

/** Folders resolved before: a batch writes thousands of letters into the same one. */
const roots = new Map<string, string>();

/** The path of `name` inside `dir`; throws if it would be anywhere else (never expected for safe names). */
export function pathInside(dir: string, name: string): string {
  const root = remembered(roots, dir, () => resolve(dir), 100);
  const target = resolve(root, name);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes(sep)) {
    throw new Error(`refusing to write ${JSON.stringify(name)} outside ${root}`);
  }
  return target;
}
