// What the wizard keeps between runs: the draft of an unfinished letter (state dir) and,
// with the person's consent, their own details (config dir). Both are private files (0600).
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readBoundedSync } from '../io/read.js';
import { draftFile, ensurePrivateDir, profileFile } from '../io/state.js';
import { writeFileAtomic } from '../io/write.js';
import { asCaseData, type CaseData } from './data.js';

export interface Draft {
  version: 1;
  /** When the last answer was saved (ISO timestamp). */
  savedAt: string;
  /** The answers, as case data. */
  data: CaseData;
  /** Questions already asked (answered or skipped), so a resumed draft goes on from there. */
  asked: string[];
}

export interface Profile {
  version: 1;
  sender: { name: string; email?: string; phone?: string; address?: string };
}

export interface Places {
  draft: string;
  profile: string;
}

export function places(env: NodeJS.ProcessEnv = process.env): Places {
  return { draft: draftFile({ env }), profile: profileFile({ env }) };
}

/** The largest saved draft or profile read: far more than any answers take. */
const MAX_JSON_BYTES = 1024 * 1024;

/**
 * The file's JSON; undefined when there is no file. Anything but a regular file (a FIFO, a
 * device) is refused at once instead of waited on, and a read is bounded.
 */
async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = readBoundedSync(file, MAX_JSON_BYTES, { regularOnly: true }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as unknown;
}

/**
 * Moves a saved draft that cannot be read out of the way, next to where it was, so that the
 * next answer saved does not replace it: the person (or someone helping) may still get the
 * answers out of it. Returns where it is now, or undefined when it could not be moved.
 */
export async function setAsideDraft(file: string, now = new Date()): Promise<string | undefined> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const aside = join(dirname(file), `${basename(file, '.json')}.unreadable-${stamp}.json`);
  try {
    await fs.rename(file, aside);
    return aside;
  } catch {
    return undefined;
  }
}

async function writePrivateJson(file: string, value: unknown): Promise<void> {
  await ensurePrivateDir(dirname(file));
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, { force: true, mode: 0o600 });
}

/** The saved draft; undefined when there is none, 'unreadable' when the file is damaged. */
export async function loadDraft(file: string): Promise<Draft | 'unreadable' | undefined> {
  let value: unknown;
  try {
    value = await readJson(file);
  } catch {
    return 'unreadable';
  }
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'unreadable';
  const record = value as Record<string, unknown>;
  if (record.version !== 1 || record.data === null || typeof record.data !== 'object' || Array.isArray(record.data)) return 'unreadable';
  return {
    version: 1,
    savedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
    data: asCaseData(record.data),
    asked: Array.isArray(record.asked) ? record.asked.filter((id): id is string => typeof id === 'string') : [],
  };
}

export async function saveDraft(file: string, data: CaseData, asked: Iterable<string>, now = new Date()): Promise<void> {
  const draft: Draft = { version: 1, savedAt: now.toISOString(), data, asked: [...new Set(asked)] };
  await writePrivateJson(file, draft);
}

export async function clearDraft(file: string): Promise<void> {
  await fs.rm(file, { force: true });
}

export async function loadProfile(file: string): Promise<Profile | undefined> {
  let value: unknown;
  try {
    value = await readJson(file);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const sender = (value as Record<string, unknown>).sender;
  if (sender === null || typeof sender !== 'object' || Array.isArray(sender)) return undefined;
  const pick = (key: string) => {
    const item = (sender as Record<string, unknown>)[key];
    return typeof item === 'string' && item.trim() !== '' && item.length <= 500 ? item : undefined;
  };
  const name = pick('name');
  if (!name) return undefined;
  const profile: Profile = { version: 1, sender: { name } };
  for (const key of ['email', 'phone', 'address'] as const) {
    const item = pick(key);
    if (item) profile.sender[key] = item;
  }
  return profile;
}

export async function saveProfile(file: string, sender: Profile['sender']): Promise<void> {
  const clean: Profile['sender'] = { name: sender.name };
  for (const key of ['email', 'phone', 'address'] as const) if (sender[key]) clean[key] = sender[key];
  await writePrivateJson(file, { version: 1, sender: clean } satisfies Profile);
}
