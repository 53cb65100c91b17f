// Real cases in each language, written in each format by the built command line and read back
// by the programs that read them: a mail parser for eml, an HTML parser for the page, poppler
// for the PDF.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { simpleParser, type AddressObject } from 'mailparser';
// The HTML parser mail programs use (it comes with mailparser).
import { DomUtils, Parser, parseDocument } from 'htmlparser2';
import type { AnyNode, Document } from 'domhandler';
import { redress, tempDir } from '../support/cli.js';
import { fakeTools } from '../io/fake-tools.js';
import { displayWidth } from '../../src/util/display-width.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const CASES: Record<string, string> = {
  berlin: `sender:
  name: Zoë Müller-Lüdenscheidt
  email: zoe.mueller@posteo.de
  phone: "+49 30 1234567"
  address: "Straße des 17. Juni 112, 10623 Berlin"
  country: DE
recipient:
  company: Elektro Weißgerät GmbH & Co. KG
  contact: Frau Dr. Ångström
  email: reklamation+kunden@service.weissgeraet.example.de
  address: "Großbeerenstraße 2, 10963 Berlin"
purchase:
  item: Waschmaschine WM 8000 "Öko"
  reference: AUF-2026-00012345/ß
  date: 2026-08-10
  amount: 849.99
story:
  circumstances: Die Waschmaschine wurde am 10. August geliefert & angeschlossen.
  expectations: eine fehlerfrei funktionierende Waschmaschine
  outcome: sie bricht jedes Programm mit Fehler E21 ab; <script>alert(1)</script>
evidence:
  - Rechnung vom 10. August 2026
  - Foto der Fehlermeldung (E21).jpg
request:
  remedy: correction
  correction: die Maschine kostenlos reparieren oder ersetzen
letter:
  date: 2026-11-16
`,
  madrid: `sender:
  name: José Núñez Peña
  email: jose.nunez@correo.example.es
  address: "Calle de Alcalá 45, 3º B, 28014 Madrid"
  country: ES
recipient:
  company: Viajes Sol y Mar S.L.
  contact: Sr. Javier Gómez
  email: reclamaciones@solymar.example.com
  address: "Avenida Diagonal 640, 08017 Barcelona"
purchase:
  item: paquete vacacional a Menorca
  reference: RES-88213
  date: 2026-07-01
  amount: 2140
story:
  circumstances: Reservé una semana en Menorca del 1 al 8 de agosto.
  expectations: habitación con vistas al mar y media pensión
  outcome: una habitación interior sin cena
request:
  remedy: partial-refund
  amount: 420
  reason: la diferencia de precio entre la habitación contratada y la recibida
letter:
  date: 2026-11-16
`,
  lyon: `sender:
  name: François Çelik
  email: francois.celik@laposte.example.net
  address: "12 rue de l'Église, 69003 Lyon"
  country: FR
recipient:
  company: Cuisines Martin SARL
  contact: Mme Sophie Martin
  email: sav@cuisines-martin.example.fr
  address: "3 avenue Jean Jaurès, 69007 Lyon"
purchase:
  item: cuisine équipée avec pose
  kind: service
  reference: DEV-2026/0415
  date: 2026-09-01
  amount: 12450
story:
  circumstances: La pose de la cuisine était prévue le 15 octobre.
  expectations: pose terminée en deux jours
  outcome: la pose a duré six jours
request:
  remedy: either
  correction: remplacer le plan de travail par un plan en chêne
letter:
  date: 2026-11-16
`,
  columbus: `sender:
  name: Dana Whitfield
  email: dana.whitfield+claims@mail.example.com
  address: "418 Maple Street, Apt 2B, Columbus, OH 43215"
  country: US
  region: OH
recipient:
  company: Comfort Air LLC
  contact: Miriam Cohen
  email: service@comfortair.example
  address: "900 Industrial Pkwy, Dublin, OH 43017"
purchase:
  item: furnace repair
  kind: service
  reference: WO-2026-11-0009-REPAIR-FURNACE-BASEMENT-UNIT-A-SECOND-VISIT-AFTER-NO-HEAT-CALL
  date: 2026-11-09
  amount: 389
story:
  circumstances: The furnace stopped again the next day.
  expectations: a working furnace
  outcome: it stopped the next day and the house was 52°F overnight
request:
  remedy: refund
letter:
  date: 2026-11-20
`,
};

const files = Object.fromEntries(
  Object.entries(CASES).map(([name, text]) => {
    const file = tmp.path(`${name}.yaml`);
    writeFileSync(file, text);
    return [name, file];
  }),
);

const draft = (name: string, format: string, extra: string[] = []) => {
  const r = redress(['draft', '--from', files[name]!, '--format', format, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

const subjectOf = (name: string) => (JSON.parse(draft(name, 'json')) as { subject: string }).subject;
const first = (address: AddressObject | AddressObject[] | undefined) => (Array.isArray(address) ? address[0] : address)?.value[0];

describe('eml, read back by a mail parser', () => {
  it('keeps every header line within 76 characters, names and long subjects folded, and reads back exactly', async () => {
    const expected: Record<string, { from: [string, string]; to: [string, string] }> = {
      berlin: { from: ['Zoë Müller-Lüdenscheidt', 'zoe.mueller@posteo.de'], to: ['Frau Dr. Ångström', 'reklamation+kunden@service.weissgeraet.example.de'] },
      madrid: { from: ['José Núñez Peña', 'jose.nunez@correo.example.es'], to: ['Sr. Javier Gómez', 'reclamaciones@solymar.example.com'] },
      lyon: { from: ['François Çelik', 'francois.celik@laposte.example.net'], to: ['Madame Sophie Martin', 'sav@cuisines-martin.example.fr'] },
      columbus: { from: ['Dana Whitfield', 'dana.whitfield+claims@mail.example.com'], to: ['Miriam Cohen', 'service@comfortair.example'] },
    };
    for (const [name, want] of Object.entries(expected)) {
      const raw = draft(name, 'eml');
      const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
      for (const line of head.split('\r\n')) expect(line.length, `${name}: ${line}`).toBeLessThanOrEqual(76);
      const mail = await simpleParser(raw);
      expect(mail.subject, name).toBe(subjectOf(name));
      expect(mail.subject!.length, name).toBeGreaterThan(78);
      expect(first(mail.from), name).toEqual({ name: want.from[0], address: want.from[1] });
      expect(first(mail.to), name).toEqual({ name: want.to[0], address: want.to[1] });
      expect(mail.headers.get('content-type'), name).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
      expect(mail.headers.get('content-transfer-encoding'), name).toBe('quoted-printable');
      expect(mail.messageId, name).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
    }
  });
});

/** Elements whose end tag HTML leaves out. */
const VOID = new Set(['br', 'meta', 'link', 'img', 'hr', 'input']);

/** The page parsed, after checking that each element is closed by its own end tag, in order. */
function parsedPage(html: string): Document {
  const open: string[] = [];
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (!VOID.has(name)) open.push(name);
      },
      onclosetag: (name, implied) => {
        if (VOID.has(name)) return;
        if (implied) problems.push(`<${name}> closed by the parser, not by the page`);
        if (open.pop() !== name) problems.push(`</${name}> closes another element`);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  expect(problems).toEqual([]);
  expect(open).toEqual([]);
  return parseDocument(html);
}

const byClass = (doc: Document, name: string) => DomUtils.getElements({ class: (value) => (value ?? '').split(' ').includes(name) }, doc, true);
const text = (nodes: AnyNode | AnyNode[]) => DomUtils.textContent(nodes).replace(/\s+/g, ' ').trim();

describe('eml enclosures', () => {
  it('says on the terminal that the documents the case lists to enclose are not attached, and to attach them', async () => {
    const r = redress(['draft', '--from', files.berlin!, '--format', 'eml']);
    expect(r.code, r.stderr).toBe(0);
    const mail = await simpleParser(r.stdout);
    expect(mail.attachments).toEqual([]);
    expect(mail.text).toContain('- Foto der Fehlermeldung (E21).jpg');
    expect(r.stderr).toContain('Your case lists 2 documents to enclose (evidence), and the e-mail has no attachments: attach copies in your mail app before you send it.');
    // The same when the mail app opens the letter.
    const tools = fakeTools(tmp.path('tools'), { 'xdg-open': {} });
    const mailed = redress(['draft', '--from', files.berlin!, '--mail'], { env: { PATH: tools.bin } });
    expect(mailed.code, mailed.stderr).toBe(0);
    expect(tools.args('xdg-open')?.[0]).toMatch(/^mailto:/);
    expect(mailed.stderr).toContain('attach copies in your mail app before you send it.');
    // Also where the letter writes the document its own way (a card dispute's "Cancellation confirmation e-mail of September 3").
    const dispute = tmp.path('dispute.yaml');
    writeFileSync(
      dispute,
      `sender: {name: Jasmine Ortiz, email: jas@example.com, country: US, region: CA}
recipient: {company: FreshPlate, email: help@freshplate.example}
purchase: {item: meal kit subscription, kind: subscription, amount: 89.99, period: month, paidWith: credit-card, date: 2026-08-01}
story: {circumstances: I was charged after I cancelled., expectations: no more charges, outcome: two more charges}
card: {issuer: Chase, last4: "3308"}
evidence: [cancellation confirmation e-mail of 3 September]
request: {remedy: refund, amount: 179.98}
letter: {date: 2026-11-02, stage: card-dispute}
`,
    );
    const toBank = redress(['draft', '--from', dispute, '--format', 'eml']);
    expect(toBank.code, toBank.stderr).toBe(0);
    expect((await simpleParser(toBank.stdout)).text).toContain('- Cancellation confirmation e-mail of September 3');
    expect(toBank.stderr).toContain('Your case lists one document to enclose (evidence), and the e-mail has no attachments: attach a copy in your mail app before you send it.');
    // Nothing to say without enclosures, or for a letter to print.
    expect(redress(['draft', '--from', files.madrid!, '--format', 'eml']).stderr).not.toContain('enclosure');
    expect(redress(['draft', '--from', files.berlin!, '--format', 'html']).stderr).not.toContain('enclosure');
  });
});

describe('html, read back by an HTML parser', () => {
  it('is a whole page in order: sender, date, address, subject, greeting, body, sign-off and name, with user text never markup', () => {
    const doc = parsedPage(draft('berlin', 'html'));
    expect(DomUtils.getElementsByTagName('script', doc)).toEqual([]);
    const [from] = byClass(doc, 'from');
    const [date] = byClass(doc, 'date');
    const [to] = byClass(doc, 'to');
    const [subject] = byClass(doc, 'subject');
    expect(text(from!)).toBe('Zoë Müller-Lüdenscheidt Straße des 17. Juni 112 10623 Berlin zoe.mueller@posteo.de +49 30 1234567');
    expect(text(date!)).toBe('Berlin, 16. November 2026');
    expect(text(to!)).toBe('Frau Dr. Ångström Elektro Weißgerät GmbH & Co. KG Großbeerenstraße 2 10963 Berlin');
    expect(text(subject!)).toBe((JSON.parse(draft('berlin', 'json')) as { subject: string }).subject);
    const body = DomUtils.getElementsByTagName('body', doc)[0]!;
    expect(text(body)).toContain('sie bricht jedes Programm mit Fehler E21 ab; <script>alert(1)</script>.');
    const order = [from, date, to, subject].map((node) => text(body).indexOf(text(node!)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps the sign-off with the name and the last paragraph when printed, with room to sign, and the greeting with what follows', () => {
    for (const name of ['berlin', 'madrid', 'lyon', 'columbus']) {
      const html = draft(name, 'html');
      const doc = parsedPage(html);
      const [closing] = byClass(doc, 'closing');
      expect(closing, name).toBeDefined();
      const parts = DomUtils.getChildren(closing!).filter(DomUtils.isTag);
      expect(parts.map((p) => DomUtils.getAttributeValue(p, 'class')), name).toEqual(['sign-off', 'signature']);
      expect(text(parts[1]!), name).toBe(/name: (.*)/.exec(CASES[name]!)![1]);
      // The closing ends the letter.
      const body = DomUtils.getElementsByTagName('body', doc)[0]!;
      expect(DomUtils.getChildren(body).filter(DomUtils.isTag).at(-1), name).toBe(closing);
      const greeting = DomUtils.nextElementSibling(byClass(doc, 'subject')[0]!);
      expect(DomUtils.getAttributeValue(greeting!, 'class'), name).toBe('keep');
      const css = text(DomUtils.getElementsByTagName('style', doc));
      expect(css).toMatch(/\.closing \{[^}]*break-inside: avoid;[^}]*break-before: avoid;/);
      expect(css).toMatch(/@media print \{[^]*\.closing \.signature \{ margin-top: [1-9]/);
    }
    // The line that introduces the list of enclosures stays with its first item.
    const list = DomUtils.getElementsByTagName('ul', parsedPage(draft('berlin', 'html')))[0]!;
    expect(DomUtils.getAttributeValue(DomUtils.prevElementSibling(list)!, 'class')).toBe('keep');
  });

  it('isolates a name written right to left in the head, so it cannot reorder the address beside it', () => {
    const file = tmp.path('rtl.yaml');
    writeFileSync(
      file,
      CASES.berlin!.replace('name: Zoë Müller-Lüdenscheidt', 'name: محمد الأحمد').replace('contact: Frau Dr. Ångström', 'contact: "שירה לוי"').replace('Straße des 17. Juni 112', '12 Herzlstraße'),
    );
    const r = redress(['draft', '--from', file, '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const doc = parsedPage(r.stdout);
    const isolatedIn = (name: string) => DomUtils.getElementsByTagName('bdi', byClass(doc, name)[0]!).map((node) => text(node));
    expect(isolatedIn('return')).toEqual(['محمد الأحمد']);
    expect(text(byClass(doc, 'return')[0]!)).toBe('محمد الأحمد · 12 Herzlstraße · 10623 Berlin');
    expect(isolatedIn('from')).toEqual(['محمد الأحمد']);
    expect(isolatedIn('to')).toEqual(['שירה לוי']);
    // Latin names are left as they are.
    expect(DomUtils.getElementsByTagName('bdi', parsedPage(draft('berlin', 'html')))).toEqual([]);
  });

  it('keeps a short reference on one line, and lets one longer than a printed line break rather than run off the page', () => {
    const nowrap = (name: string) => byClass(parsedPage(draft(name, 'html')), 'nowrap').map((node) => text(node));
    expect(nowrap('berlin')).toContain('AUF-2026-00012345/ß');
    expect(nowrap('madrid')).toContain('RES-88213');
    expect(nowrap('columbus')).toEqual([]);
    expect(text(DomUtils.getElementsByTagName('style', parsedPage(draft('columbus', 'html'))))).toMatch(/body \{[^}]*overflow-wrap: break-word/);
  });
});

describe('pdf, read back by poppler', () => {
  it("prints on the writer's country's paper: US Letter where it is the usual paper, A4 elsewhere", () => {
    const paperOf = (country: string, address: string) => {
      const file = tmp.path(`paper-${country}.yaml`);
      writeFileSync(file, CASES.madrid!.replace('country: ES', `country: ${country}`).replace('Calle de Alcalá 45, 3º B, 28014 Madrid', address));
      const pdf = tmp.path(`paper-${country}.pdf`);
      const r = redress(['draft', '--from', file, '--language', 'es', '--out', pdf]);
      expect(r.code, r.stderr).toBe(0);
      const size = /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
      const page = /@page \{ size: (\w+);/.exec(redress(['draft', '--from', file, '--language', 'es', '--format', 'html']).stdout)?.[1];
      return [size, page];
    };
    expect(paperOf('MX', 'Calle Durango 45, Roma Norte, 06700 Ciudad de México')).toEqual(['612 x 792 pts (letter)', 'letter']);
    expect(paperOf('CO', 'Carrera 7 # 71-21, Bogotá')).toEqual(['612 x 792 pts (letter)', 'letter']);
    expect(paperOf('AR', 'Avenida Corrientes 1234, C1043 Buenos Aires')).toEqual(['595.28 x 841.89 pts (A4)', 'A4']);
    expect(paperOf('ES', 'Calle de Alcalá 45, 28014 Madrid')).toEqual(['595.28 x 841.89 pts (A4)', 'A4']);
  });

  it("never splits the case's reference of several words across lines", () => {
    const file = tmp.path('warsaw.yaml');
    writeFileSync(
      file,
      `sender: {name: Łukasz Wróbel, email: lukasz@example.pl, address: "ul. Długa 5, 00-238 Warszawa", country: PL}
recipient: {company: Szybki Kurier Sp. z o.o., email: reklamacje@kurier.example.pl, address: "ul. Marszałkowska 10, 00-590 Warszawa"}
purchase: {item: delivery of a parcel to Győr, reference: PKG 4410 2281 9987, date: 2026-10-02, amount: 49.50}
story: {circumstances: I paid for next-day delivery to Mr Ödön Kővári in Győr., expectations: delivery on 3 October, outcome: the parcel arrived on 20 October and the bowl inside was broken}
request: {remedy: refund}
letter: {date: 2026-11-16}
`,
    );
    const pdf = tmp.path('warsaw.pdf');
    const r = redress(['draft', '--from', file, '--out', pdf]);
    expect(r.code, r.stderr).toBe(0);
    const read = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(read).toContain('Łukasz Wróbel');
    expect(read).toContain('Mr Ödön Kővári in Győr');
    const flat = read.replace(/\s+/g, ' ');
    const whole = read.split('PKG 4410 2281 9987').length - 1;
    expect(whole).toBeGreaterThanOrEqual(3);
    expect(whole).toBe(flat.split('PKG 4410 2281 9987').length - 1);
  });

  it('breaks an e-mail address too long for the sender block before a dot, a plus or an @, never inside a word', () => {
    const address = 'zoe.mueller-luedenscheidt+reklamationen-2026@mail.berlin.posteo.example.de';
    const file = tmp.path('long-mail.yaml');
    writeFileSync(file, CASES.berlin!.replace('email: zoe.mueller@posteo.de', `email: ${address}`));
    const pdf = tmp.path('long-mail.pdf');
    const r = redress(['draft', '--from', file, '--out', pdf]);
    expect(r.code, r.stderr).toBe(0);
    const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', '-l', '1', pdf, '-'], { encoding: 'utf8' }).split('\n').map((line) => line.trim());
    const start = lines.findIndex((line) => line.startsWith('zoe.'));
    const parts = [lines[start]!];
    while (parts.join('').length < address.length) parts.push(lines[start + parts.length]!);
    expect(parts.join('')).toBe(address);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts.slice(1)) expect(part).toMatch(/^[-.@+]/);
  });

  it('breaks a reference too long for a line before one of its hyphens, so it reads back whole', () => {
    const file = tmp.path('columbus.pdf');
    const r = redress(['draft', '--from', files.columbus!, '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    const reference = 'WO-2026-11-0009-REPAIR-FURNACE-BASEMENT-UNIT-A-SECOND-VISIT-AFTER-NO-HEAT-CALL';
    const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\n').map((line) => line.trim());
    // Where the reference is cut, the next line starts with its hyphen: the two read back as the reference.
    const cut = lines.flatMap((line, i) => {
      const tail = line.slice(line.lastIndexOf(' ') + 1);
      return tail.startsWith('WO-') && !tail.startsWith(reference) ? [[tail, lines[i + 1]!.split(' ')[0]!]] : [];
    });
    expect(cut.length).toBeGreaterThanOrEqual(2);
    for (const [tail, next] of cut) {
      expect(next, tail).toMatch(/^-/);
      expect(reference.split('-')).toContain(tail!.split('-').at(-1));
      expect(`${tail}${next}`.startsWith(reference) || reference.startsWith(`${tail}${next}`), `${tail} ${next}`).toBe(true);
    }
  });
});

describe('json', () => {
  it('carries the whole sum the letter asks for and its language, the costs it lists included', () => {
    const file = tmp.path('costs.yaml');
    writeFileSync(
      file,
      CASES.madrid!.replace(/request:[^]*letter:/, `request:
  remedy: compensation
  costs:
    - {what: cena en restaurantes, amount: 210}
    - {what: taxi al aeropuerto, amount: 45.5}
letter:`),
    );
    const r = redress(['draft', '--from', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ remedy: 'compensation', amount: null, total: 255.5, currency: 'EUR', language: 'es' });
    expect(json.body).toContain('255,50');
    expect(JSON.parse(draft('madrid', 'json'))).toMatchObject({ amount: 420, total: 420, language: 'es' });
    expect(JSON.parse(draft('lyon', 'json'))).toMatchObject({ remedy: 'either', total: 12450, language: 'fr' });
  });
});

describe('ics, read back by an iCalendar parser', () => {
  it('gives the reply-by date as the same calendar date in any time zone, reminded at 9 in the morning the day before', () => {
    const starts: string[] = [];
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin']) {
      const ics = tmp.path(`berlin-${zone.replace('/', '-')}.ics`);
      const r = redress(['draft', '--from', files.berlin!, '--date', '2026-12-05', '--ics', ics, '--out', tmp.path(`berlin-${zone.replace('/', '-')}.txt`)], { env: { TZ: zone } });
      expect(r.code, r.stderr).toBe(0);
      const text = readFileSync(ics, 'utf8');
      expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      const calendar = new ICAL.Component(ICAL.parse(text));
      const [vevent] = calendar.getAllSubcomponents('vevent');
      const event = new ICAL.Event(vevent);
      expect(event.summary).toBe('Elektro Weißgerät GmbH & Co. KG: reply due');
      expect(event.startDate.isDate).toBe(true);
      starts.push(event.startDate.toString());
      const reminder = event.startDate.clone();
      reminder.isDate = false;
      reminder.addDuration(vevent!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration);
      expect(reminder.toString()).toBe('2026-12-20T09:00:00');
    }
    expect(starts).toEqual(['2026-12-21', '2026-12-21', '2026-12-21']);
  });
});

describe('status table', () => {
  it('lines up its columns on a terminal when a business is named in Chinese, with emoji or with combining accents', () => {
    const dir = tmp.path('disputes');
    mkdirSync(dir);
    const names = ['北京家电有限公司 Cuisines', 'Cafe\u0301 Mu\u0308ller 😀 GmbH', 'Viajes Sol y Mar S.L.', '东京旅行社株式会社 Tokyo Travel Agency Company'];
    names.forEach((name, i) => writeFileSync(join(dir, `${i}.yaml`), CASES.madrid!.replace('company: Viajes Sol y Mar S.L.', `company: "${name}"`)));
    const r = redress(['status', dir]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const columns = (line: string, upTo: number) => displayWidth(line.slice(0, upTo));
    // "Next step" starts at the same column on every line.
    const starts = lines.map((line, i) => columns(line, i === 0 ? line.indexOf('Next step') : line.indexOf('write and send')));
    expect(new Set(starts).size, lines.join('\n')).toBe(1);
    // A name too long for its column is cut to it, never inside a character.
    expect(r.stdout).toContain('东京旅行社株式会社 Tokyo Tr…');
  });
});
