// Real cases in each language, written in each format by the built command line and read back
// by the programs that read them: a mail parser for eml, an HTML parser for the page, poppler
// for the PDF.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { simpleParser, type AddressObject } from 'mailparser';
import { redress, tempDir } from '../support/cli.js';

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
