// Each output format, checked as the program that reads it would: a mail parser for eml,
// JSON.parse for json, and exact text for text/markdown/html.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { redress, tempDir } from '../support/cli.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const tricky = `sender:
  name: Zoë "Z" O'Brien <zo>
  email: zoe@example.com
  phone: +4412345678
  customerId: 0093321
  country: US
recipient:
  company: Tom & Jerry's "Best" <Co>
  contact: Member Services team
  email: help@tj.example
purchase:
  item: "*bold* _under_ [link](http://x) <b>tag</b> # hash"
  reference: 004471
  date: 2026-11-02
  amount: 1200
story:
  circumstances: "Line one.\\r\\nSubject: injected\\r\\nBcc: evil@example.com"
  expectations: A café visit for 2 — "Grüße" ✓
  outcome: ${'Nothing happened, and this is a very long sentence that keeps going. '.repeat(30)}
request:
  remedy: refund
letter:
  date: 2026-11-16
`;
const file = tmp.path('tricky.yaml');
writeFileSync(file, tricky);

const draft = (format: string) => {
  const r = redress(['draft', '--from', file, '--format', format]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};

describe('formats', () => {
  it('text keeps every value exactly as written, without HTML entities or wrapping', () => {
    const out = draft('text');
    expect(out).toContain(`Dear Member Services team,`);
    expect(out).toContain(`I am writing to Tom & Jerry's "Best" <Co> about my *bold* _under_ [link](http://x) <b>tag</b> # hash`);
    expect(out).toContain('Zoë "Z" O\'Brien <zo>');
    expect(out).toContain('+4412345678');
    expect(out).not.toMatch(/&amp;|&quot;|&#|&lt;/);
    // The long outcome stays one line: paragraphs are not hard-wrapped.
    expect(out.split('\n').some((line) => line.length > 1000)).toBe(true);
    expect(out).toContain('$1,200.00');
  });

  it('markdown escapes user text so it cannot add formatting', () => {
    const out = draft('markdown');
    expect(out).toMatch(/^\*\*Subject:\*\* /);
    expect(out).toContain('\\*bold\\* \\_under\\_ \\[link\\](http://x) \\<b\\>tag\\</b\\> \\# hash');
    expect(out).toContain('Tom & Jerry\'s "Best" \\<Co\\>');
  });

  it('html escapes every value and is a whole printable page', () => {
    const out = draft('html');
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).toContain('Tom &amp; Jerry&#x27;s &quot;Best&quot; &lt;Co&gt;');
    expect(out).not.toContain('<b>tag</b>');
    expect(out).toContain('&lt;b&gt;tag&lt;/b&gt;');
    expect(out).toContain('</html>');
  });

  it('eml is read back exactly by a real mail parser, with no injected headers', async () => {
    const out = draft('eml');
    for (const line of out.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const mail = await simpleParser(out);
    const text = draft('text');
    const subject = text.split('\n')[0]!.replace(/^Subject: /, '');
    const body = text.split('\n').slice(2).join('\n').trimEnd();
    expect(mail.subject).toBe(subject);
    expect(mail.text?.trimEnd()).toBe(body);
    expect(mail.from?.value[0]).toEqual({ address: 'zoe@example.com', name: 'Zoë "Z" O\'Brien <zo>' });
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined).toBe('help@tj.example');
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.date?.toISOString().slice(0, 10)).toBe('2026-11-16');
  });

  it('eml is dated the letter\'s day wherever the writer is, read in that time zone', async () => {
    for (const zone of ['Pacific/Pago_Pago', 'America/Adak', 'UTC', 'Asia/Kolkata', 'Pacific/Kiritimati']) {
      const r = redress(['draft', '--from', file, '--format', 'eml'], { env: { TZ: zone } });
      expect(r.code, r.stderr).toBe(0);
      const mail = await simpleParser(r.stdout);
      const shown = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(mail.date!);
      expect(shown, zone).toBe('2026-11-16');
    }
  });

  it('eml is addressed to the person as the letter greets them, without notes or handles', async () => {
    const to = async (contact: string) => {
      const file = tmp.path('to.yaml');
      writeFileSync(
        file,
        `sender: {name: Lena Park, email: lena@example.com, country: US, region: OR}
recipient: {company: Comfort Air LLC, email: service@comfortair.example, contact: "${contact}"}
purchase: {item: furnace repair, kind: service, amount: 389, date: 2026-11-09}
story: {circumstances: The furnace stopped again the next day., expectations: a working furnace, outcome: it stopped the next day}
request: {remedy: refund}
letter: {date: 2026-11-20}
`,
      );
      const out = redress(['draft', '--from', file, '--format', 'eml']).stdout;
      const mail = await simpleParser(out);
      return [mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.name : undefined, mail.text?.split('\n').find((line) => line.startsWith('Dear'))];
    };
    expect(await to('Mike (the tech who came out)')).toEqual(['Mike', 'Dear Mike,']);
    expect(await to('@comfortair bookings team')).toEqual(['Bookings Team', 'Dear Bookings team,']);
  });

  it('eml without e-mail addresses names the missing fields', () => {
    const noMail = tmp.path('nomail.yaml');
    writeFileSync(noMail, tricky.replace('  email: zoe@example.com\n', '').replace('  email: help@tj.example\n', ''));
    const r = redress(['draft', '--from', noMail, '--format', 'eml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sender.email');
    expect(r.stderr).toContain('recipient.email');
    expect(r.stdout).toBe('');
  });

  it("a card dispute goes to the card issuer: never addressed to the business's e-mail or window", async () => {
    const dispute = tmp.path('dispute.yaml');
    writeFileSync(
      dispute,
      `sender: {name: Jasmine Ortiz, email: jas@example.com, country: US, region: CA, address: "12 Palm Ave, San Jose, CA 95112"}
recipient: {company: FreshPlate, email: help@freshplate.example, address: "1 Market St, San Francisco, CA 94105"}
purchase: {item: meal kit subscription, kind: subscription, amount: 89.99, period: month, paidWith: credit-card, date: 2026-08-01}
story: {circumstances: I was charged after I cancelled., expectations: no more charges, outcome: two more charges}
card: {issuer: Chase, last4: "3308"}
request: {remedy: refund, amount: 179.98}
letter: {date: 2026-11-02, stage: card-dispute}
`,
    );
    const as = (format: string) => redress(['draft', '--from', dispute, '--format', format]);
    const mail = await simpleParser(as('eml').stdout);
    expect(mail.to).toBeUndefined();
    expect(mail.text).toContain('Dear Chase');
    const html = as('html').stdout;
    expect(/<address class="to">([\s\S]*?)<\/address>/.exec(html)?.[1]).toMatch(/^\s*Chase\s*$/);
    expect(JSON.parse(as('json').stdout).to).toBeNull();
    const pdf = redress(['draft', '--from', dispute, '--format', 'pdf', '--out', tmp.path('dispute.pdf')]);
    expect(pdf.code).toBe(0);
    expect(pdf.stderr).toContain('add card.address (the address your issuer gives for billing disputes');
    // With the issuer's address for disputes, the window shows it, and nothing more needs saying.
    writeFileSync(dispute, readFileSync(dispute, 'utf8').replace('last4: "3308"}', 'last4: "3308", address: "PO Box 15299, Wilmington, DE 19850"}'));
    expect(/<address class="to">([\s\S]*?)<\/address>/.exec(as('html').stdout)?.[1]).toMatch(/^\s*Chase<br>\s*PO Box 15299<br>\s*Wilmington, DE 19850\s*$/);
    const addressed = redress(['draft', '--from', dispute, '--format', 'pdf', '--out', tmp.path('dispute-2.pdf')]);
    expect(addressed.code).toBe(0);
    expect(addressed.stderr).not.toContain('card.address');
  });

  it('json carries subject, body, to, from and format', () => {
    const json = JSON.parse(draft('json'));
    expect(json).toMatchObject({ to: 'help@tj.example', from: 'zoe@example.com', format: 'json', stage: 'first', remedy: 'refund', amount: 1200, currency: 'USD', deadline: '2026-11-30' });
    expect(json.subject).toBe(draft('text').split('\n')[0]!.replace(/^Subject: /, ''));
    expect(json.body).toContain('Tom & Jerry\'s "Best" <Co>');
  });
});
