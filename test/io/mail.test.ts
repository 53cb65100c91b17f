import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeMail, encodeMailtoValue, mailtoUrl, MAILTO_MAX_LENGTH, openInMailApp, openUrl, planMailto } from '../../src/io/mail.js';
import { tempDir } from '../support/cli.js';
import { fakeTools } from './fake-tools.js';

const tmp = tempDir('redress-mail-');
afterAll(() => tmp.cleanup());

/** Reads a mailto: URL back the way a mail client does. */
function readMailto(url: string): { to: string; fields: Record<string, string> } {
  const match = /^mailto:([^?]*)(?:\?(.*))?$/.exec(url);
  if (!match) throw new Error(`not a mailto URL: ${url}`);
  const fields: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    fields[decodeURIComponent(key!)] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(match[1]!), fields };
}

describe('mailto: links (RFC 6068)', () => {
  it('percent-encodes UTF-8 and sends line breaks as %0D%0A', () => {
    expect(encodeMailtoValue('Café — 100%\nthanks')).toBe('Caf%C3%A9%20%E2%80%94%20100%25%0D%0Athanks');
    expect(encodeMailtoValue('a\r\nb\rc')).toBe('a%0D%0Ab%0D%0Ac');
  });

  it('encodes every character that could add or change a field', () => {
    const url = mailtoUrl({ to: 'support@brightline.example', subject: 'Refund & more?', body: 'a=b&cc=evil@example.com#x +y' });
    expect(url).toBe('mailto:support@brightline.example?subject=Refund%20%26%20more%3F&body=a%3Db%26cc%3Devil%40example.com%23x%20%2By');
    expect(readMailto(url)).toEqual({ to: 'support@brightline.example', fields: { subject: 'Refund & more?', body: 'a=b&cc=evil@example.com#x +y' } });
  });

  it('keeps the @ of the address and encodes the rest of it', () => {
    expect(mailtoUrl({ to: '"odd?name"@example.com', subject: 'x' })).toBe('mailto:%22odd%3Fname%22@example.com?subject=x');
  });

  it('writes a link without an address when there is none, and a subject on one line', () => {
    expect(mailtoUrl({ subject: 'Line one\r\n  line two', body: 'Hi' })).toBe('mailto:?subject=Line%20one%20line%20two&body=Hi');
  });

  it('survives text that is not well-formed UTF-16', () => {
    expect(encodeMailtoValue('a\uD800b')).toBe('a%EF%BF%BDb');
  });

  it('round-trips a whole letter', () => {
    const body = 'Dear Member Services team,\n\nPlease refund the $240.00 I paid.\n\n- one\n- two\n\nKind regards,\nAlex Rivera';
    const { url, bodyInUrl } = planMailto({ to: 'support@brightline.example', subject: 'Refund request: BCC-004471', body });
    expect(bodyInUrl).toBe(true);
    expect(readMailto(url).fields.body).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('leaves a long body out of the link (about 2,000 characters at most)', () => {
    const body = 'The crew arrived three hours late. '.repeat(80);
    const plan = planMailto({ to: 'support@brightline.example', subject: 'Refund request', body });
    expect(plan.bodyInUrl).toBe(false);
    expect(plan.url).toBe('mailto:support@brightline.example?subject=Refund%20request');
    const justFits = planMailto({ subject: 's', body: 'x'.repeat(MAILTO_MAX_LENGTH - 'mailto:?subject=s&body='.length) });
    expect(justFits.bodyInUrl).toBe(true);
    expect(justFits.url.length).toBe(MAILTO_MAX_LENGTH);
  });
});

describe.skipIf(process.platform === 'win32')('opening the mail app', () => {
  it('opens the link with xdg-open on Linux and open on macOS', async () => {
    const tools = fakeTools(join(tmp.dir, 'openers'), { 'xdg-open': {}, open: {} });
    expect(await openUrl('mailto:a@example.com?subject=Hi', { env: { PATH: tools.bin }, platform: 'linux' })).toEqual({ ok: true, method: 'xdg-open' });
    expect(tools.args('xdg-open')).toEqual(['mailto:a@example.com?subject=Hi']);
    expect(await openUrl('mailto:b@example.com', { env: { PATH: tools.bin }, platform: 'darwin' })).toEqual({ ok: true, method: 'open' });
    expect(tools.args('open')).toEqual(['mailto:b@example.com']);
  });

  it('says so when nothing can open it, and when the opener fails', async () => {
    const empty = join(tmp.dir, 'nothing');
    mkdirSync(empty, { recursive: true });
    expect(await openUrl('mailto:a@example.com', { env: { PATH: empty }, platform: 'linux' })).toEqual({ ok: false, tried: [] });
    const tools = fakeTools(join(tmp.dir, 'failing'), { 'xdg-open': { exit: 3 } });
    expect(await openUrl('mailto:a@example.com', { env: { PATH: tools.bin }, platform: 'linux' })).toEqual({ ok: false, tried: ['xdg-open'] });
  });

  it('puts a short letter in the link', async () => {
    const tools = fakeTools(join(tmp.dir, 'short'), { 'xdg-open': {}, xclip: {} });
    const result = await openInMailApp({ to: 'support@brightline.example', subject: 'Refund', body: 'Please refund.' }, { env: { PATH: tools.bin }, platform: 'linux' });
    expect(result.bodyInUrl).toBe(true);
    expect(readMailto(tools.args('xdg-open')![0]!).fields).toEqual({ subject: 'Refund', body: 'Please refund.' });
    expect(tools.input('xclip')).toBeUndefined();
    expect(describeMail(result)).toEqual({ lines: ['Opened a new message in your mail app (with xdg-open). Check it, then send it.'], printBody: false });
  });

  it('copies a long letter and opens the link with the subject only', async () => {
    const tools = fakeTools(join(tmp.dir, 'long'), { 'xdg-open': {}, xclip: {} });
    const body = 'Dear team,\n\n' + 'The crew arrived three hours late. '.repeat(80);
    const result = await openInMailApp({ to: 'support@brightline.example', subject: 'Refund', body }, { env: { PATH: tools.bin }, platform: 'linux' });
    expect(result.bodyInUrl).toBe(false);
    expect(tools.input('xclip')).toBe(body);
    expect(tools.args('xdg-open')).toEqual(['mailto:support@brightline.example?subject=Refund']);
    const { lines, printBody } = describeMail(result);
    expect(lines.join('\n')).toMatch(/too long for a mail link.*on the clipboard \(with xclip\); paste it/);
    expect(printBody).toBe(false);
  });

  it('prints the link, and asks for the letter to be printed, when nothing works', async () => {
    const empty = join(tmp.dir, 'none');
    mkdirSync(empty, { recursive: true });
    const long = await openInMailApp({ subject: 'Refund', body: 'x'.repeat(3000) }, { env: { PATH: empty }, platform: 'linux' });
    const described = describeMail(long);
    expect(described.lines).toContain('mailto:?subject=Refund');
    expect(described.printBody).toBe(true);
    const short = describeMail(await openInMailApp({ subject: 'Refund', body: 'Hi' }, { env: { PATH: empty }, platform: 'linux' }));
    expect(short.lines).toEqual(['I could not open your mail app from here. Open this link in your browser or mail app:', 'mailto:?subject=Refund&body=Hi']);
    expect(short.printBody).toBe(false);
  });
});
