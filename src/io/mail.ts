// Opens the letter in the person's mail app through a `mailto:` link (RFC 6068).
// Mail apps and browsers cut such links at about 2,000 characters, so a longer letter
// goes to the clipboard and the link carries the address and subject only.
import { copyToClipboard, type ClipboardOptions, type CopyResult } from './clipboard.js';
import { findExecutable, runProgram, type ProcessOptions } from './programs.js';

export const MAILTO_MAX_LENGTH = 2000;

export interface MailMessage {
  to?: string;
  subject: string;
  body: string;
}

/** Lone surrogates cannot be UTF-8 encoded; they become U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A header value for a mailto: URL: UTF-8, percent-encoded, every line break as %0D%0A.
 * Only unreserved characters and a few sub-delimiters stay as they are; `&`, `=`, `?`, `#`,
 * `%`, `+` and spaces are always encoded, so no value can add or change a field.
 */
export function encodeMailtoValue(text: string): string {
  return encodeURIComponent(wellFormed(text).replace(/\r\n|\r|\n/g, '\r\n'));
}

/** An address in the `to` part: encoded like a value, but `@` stays. */
export function encodeMailtoAddress(address: string): string {
  return encodeURIComponent(wellFormed(address.trim())).replace(/%40/g, '@');
}

export function mailtoUrl(message: { to?: string; subject?: string; body?: string }): string {
  const fields: string[] = [];
  if (message.subject) fields.push(`subject=${encodeMailtoValue(message.subject.replace(/\s*[\r\n]+\s*/g, ' '))}`);
  if (message.body) fields.push(`body=${encodeMailtoValue(message.body)}`);
  const to = message.to ? encodeMailtoAddress(message.to) : '';
  return `mailto:${to}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}

/** The link to open: with the body if it fits within `limit` characters, else address and subject only. */
export function planMailto(message: MailMessage, limit = MAILTO_MAX_LENGTH): { url: string; bodyInUrl: boolean } {
  const full = mailtoUrl(message);
  if (full.length <= limit) return { url: full, bodyInUrl: true };
  return { url: mailtoUrl({ to: message.to, subject: message.subject }), bodyInUrl: false };
}

export type OpenResult = { ok: true; method: string } | { ok: false; tried: string[] };

interface Opener {
  name: string;
  command: string;
  args: (url: string) => string[];
  verbatim?: boolean;
}

function openers(platform: NodeJS.Platform): Opener[] {
  if (platform === 'darwin') return [{ name: 'open', command: 'open', args: (url) => [url] }];
  if (platform === 'win32') {
    // `start` is a cmd built-in; the empty title ("") stops it reading the URL as a window title.
    // The URL is percent-encoded, so it holds no quotes and nothing cmd would treat specially
    // inside the quotes.
    return [{ name: 'cmd /c start', command: 'cmd.exe', args: (url) => ['/d', '/s', '/c', `start "" "${url}"`], verbatim: true }];
  }
  return [
    { name: 'xdg-open', command: 'xdg-open', args: (url) => [url] },
    { name: 'wslview', command: 'wslview', args: (url) => [url] },
  ];
}

/**
 * Starts an opener and waits briefly: a quick non-zero exit means it failed; one still
 * running after `timeoutMs` (some wait for the app) is left to carry on by itself.
 */
function launch(command: string, args: string[], options: ProcessOptions & { verbatim?: boolean }): Promise<boolean> {
  return runProgram(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: options.verbatim ?? false }, { ...options, slow: 'leave' });
}

/** Opens a URL with the system's opener (xdg-open, open, or cmd /c start). */
export async function openUrl(url: string, options: ProcessOptions = {}): Promise<OpenResult> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const tried: string[] = [];
  for (const opener of openers(platform)) {
    const path = await findExecutable(opener.command, { env, platform });
    if (!path) continue;
    tried.push(opener.name);
    if (await launch(path, opener.args(url), { ...options, verbatim: opener.verbatim })) return { ok: true, method: opener.name };
  }
  return { ok: false, tried };
}

export interface MailResult {
  url: string;
  bodyInUrl: boolean;
  opened: OpenResult;
  /** Set when the letter was too long for the link and was copied instead. */
  copied?: CopyResult;
}

/** Opens a new message in the mail app; a long body goes to the clipboard first. */
export async function openInMailApp(message: MailMessage, options: ClipboardOptions & { limit?: number } = {}): Promise<MailResult> {
  const { url, bodyInUrl } = planMailto(message, options.limit);
  const copied = bodyInUrl ? undefined : await copyToClipboard(message.body, options);
  const opened = await openUrl(url, options);
  return { url, bodyInUrl, opened, ...(copied && { copied }) };
}

/**
 * What happened, in lines for the person at the terminal (the link itself when nothing could
 * open it: it is percent-encoded, so safe to print). `printBody`: the letter could go nowhere
 * else, so the caller prints it.
 */
export function describeMail(result: MailResult): { lines: string[]; printBody: boolean } {
  const lines: string[] = [];
  let printBody = false;
  if (result.opened.ok) {
    lines.push(`Opened a new message in your mail app (with ${result.opened.method}). Check it, then send it.`);
  } else {
    lines.push('I could not open your mail app from here. Open this link in your browser or mail app:', result.url);
  }
  if (!result.bodyInUrl) {
    if (result.copied?.ok) {
      lines.push(
        result.copied.via === 'terminal'
          ? 'The letter is too long for a mail link, so the message has only the subject: I sent the letter to the clipboard through your terminal (OSC 52); paste it into the message.'
          : `The letter is too long for a mail link, so the message has only the subject: the letter is on the clipboard (with ${result.copied.method}); paste it into the message.`,
      );
    } else {
      lines.push('The letter is too long for a mail link, so the message has only the subject, and I could not reach a clipboard: copy the letter into the message yourself.');
      printBody = true;
    }
  }
  return { lines, printBody };
}
