// What `redress status` keeps between runs: each case file's checked fields, by a hash of
// its text, so a folder of a thousand cases is not read and checked anew every morning
// (checking is most of the work). Only what status uses is kept; the file is private to
// the person, in the cache folder, and remade when missing or made by another build.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Case } from '../case/schema.js';
import { cacheDir } from '../io/state.js';
import { makeFolder } from '../util/make-folder.js';

const FILE = 'status-cases.json';

/** Changes with every build, so a changed schema never meets another build's answers. */
function buildStamp(): string {
  try {
    return String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    return 'unknown';
  }
}

/** The fields status reads (see status.ts); the story and the person's contact details are left out. */
function kept(c: Case): Case {
  const { sender, recipient, purchase, request, letter, history } = c;
  return {
    sender: {
      name: sender.name,
      ...(sender.country !== undefined && { country: sender.country }),
      ...(sender.region !== undefined && { region: sender.region }),
      // Without a country, an Irish address decides how a letter in euros writes dates.
      ...(sender.country === undefined && sender.address !== undefined && { address: sender.address }),
    },
    recipient: { company: recipient.company, ...(recipient.sector !== undefined && { sector: recipient.sector }) },
    purchase: {
      item: purchase.item,
      ...Object.fromEntries(Object.entries(purchase).filter(([key, value]) => value !== undefined && ['kind', 'reference', 'amount', 'price', 'period', 'currency', 'paidWith'].includes(key))),
    },
    story: { circumstances: '', expectations: '', outcome: '' },
    request: Object.fromEntries(Object.entries(request).filter(([key, value]) => value !== undefined && ['remedy', 'amount', 'costs', 'deadline', 'deadlineDays'].includes(key))) as Case['request'],
    ...(letter && { letter: Object.fromEntries(Object.entries(letter).filter(([key, value]) => value !== undefined && ['stage', 'previous', 'locale'].includes(key))) }),
    ...(history && { history }),
  } as Case;
}

export class StatusCache {
  private readonly stamp = buildStamp();
  private readonly file: string | undefined;
  private readonly old = new Map<string, Case>();
  private readonly now = new Map<string, Case>();
  private changed = false;

  constructor() {
    try {
      this.file = join(cacheDir(), FILE);
    } catch {
      return;
    }
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as { stamp?: string; cases?: Record<string, Case> };
      if (data.stamp === this.stamp && data.cases) for (const [key, value] of Object.entries(data.cases)) this.old.set(key, value);
    } catch {
      // none yet, or unreadable: it is remade
    }
  }

  key(source: string): string {
    return createHash('sha1').update(source).digest('base64url');
  }

  get(key: string): Case | undefined {
    const found = this.old.get(key);
    if (found) this.now.set(key, found);
    return found;
  }

  set(key: string, value: Case): void {
    this.now.set(key, kept(value));
    this.changed = true;
  }

  /** Keeps the entries of this run only (files removed since are forgotten). */
  save(): void {
    if (!this.file || (!this.changed && this.now.size === this.old.size)) return;
    try {
      makeFolder(join(this.file, '..'), 0o700);
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ stamp: this.stamp, cases: Object.fromEntries(this.now) }), { mode: 0o600 });
      renameSync(temp, this.file);
    } catch {
      // a cache that cannot be written only makes the next run slower
    }
  }
}
