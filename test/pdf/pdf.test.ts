// PDF letters, checked with the tools a person (or a print shop) would use: the text comes
// back with pdftotext, the fonts are embedded (pdffonts), the page size, page count and
// metadata are right (pdfinfo), and the recipient's address sits inside the envelope's window
// (pdftotext -bbox). These tools come from poppler-utils; .ci/run installs them.
import { brotliDecompressSync } from 'node:zlib';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, redress, tempDir } from '../support/cli.js';

const FIXTURES = join(ROOT, 'test', 'pdf', 'fixtures');
const tmp = tempDir('redress-pdf-');
afterAll(() => tmp.cleanup());

const MM = 72 / 25.4;
const INCH = 72;

beforeAll(() => {
  const missing = ['pdftotext', 'pdfinfo', 'pdffonts'].filter((tool) => spawnSync(tool, ['-v']).error);
  if (missing.length > 0) {
    throw new Error(`These PDF tests need ${missing.join(', ')} from poppler-utils. Install it (apt-get install poppler-utils) and run them again.`);
  }
});

function tool(name: string, args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8' });
}

/** Writes a PDF from a case file; returns its path and what redress said. */
function writePdf(fixture: string, extra: string[] = [], name = `${fixture}-${extra.join('')}.pdf`): { file: string; stderr: string } {
  const file = tmp.path(name);
  const result = redress(['draft', '--from', join(FIXTURES, `${fixture}.yaml`), '--format', 'pdf', '--out', file, '--force', ...extra]);
  expect(result.stderr).not.toMatch(/unexpected problem/);
  expect(result.code, result.stderr).toBe(0);
  return { file, stderr: result.stderr };
}

function info(file: string): Record<string, string> {
  return Object.fromEntries(
    tool('pdfinfo', ['-enc', 'UTF-8', file])
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

const text = (file: string, ...args: string[]) => tool('pdftotext', ['-enc', 'UTF-8', ...args, file, '-']);
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  page: number;
}

function words(file: string): Word[] {
  const html = text(file, '-bbox');
  const found: Word[] = [];
  let page = 0;
  for (const match of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[0] === '<page ') {
      page++;
      continue;
    }
    const decoded = match[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    found.push({ text: decoded, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), page });
  }
  return found;
}

/** The words of `lines` on page 1, each found in order, all inside `box` (points from the top left). */
function expectInside(file: string, lines: string[], box: { x: number; y: number; width: number; height: number }): void {
  const all = words(file).filter((w) => w.page === 1);
  for (const word of lines.join(' ').split(/\s+/)) {
    const hits = all.filter((w) => w.text === word);
    expect(hits.length, `"${word}" on page 1`).toBeGreaterThan(0);
    const inside = hits.some((w) => w.xMin >= box.x && w.xMax <= box.x + box.width && w.yMin >= box.y && w.yMax <= box.y + box.height);
    expect(inside, `"${word}" inside the window ${JSON.stringify(box)}: ${JSON.stringify(hits)}`).toBe(true);
  }
}

/** The letter's paragraphs as the text format gives them (subject line and signature left out). */
function textParagraphs(fixture: string, extra: string[] = []): string[] {
  const result = redress(['draft', '--from', join(FIXTURES, `${fixture}.yaml`), ...extra]);
  expect(result.code, result.stderr).toBe(0);
  const body = result.stdout.replace(/^[^\n]*\n\n/, '');
  return body
    .split('\n\n')
    .slice(0, -1)
    .map((block) => squash(block.replace(/^\s*- /gm, '• ')));
}

describe('PDF letters', () => {
  it('US Letter: page size, metadata, embedded fonts, the address in a #10 window, and how to send it', () => {
    const { file, stderr } = writePdf('us-letter');
    const meta = info(file);
    expect(meta['Page size']).toMatch(/^612 x 792 pts/);
    expect(meta.Pages).toBe('1');
    expect(meta.Title).toMatch(/^Request to put things right or refund: BCC-004471/);
    expect(meta.Author).toBe('Alex Rivera');
    expect(readFileSync(file).includes('/Lang (en-US)')).toBe(true);
    const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, 'embedded and subset').toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);

    expectInside(file, ['Member Services team', 'Brightline Carpet Care', '1 Main Road', 'Suite 200', 'Springfield, IL 62701'], {
      x: 0.875 * INCH,
      y: 2 * INCH,
      width: 4.5 * INCH,
      height: 1.125 * INCH,
    });
    expect(stderr).toContain('Saved the letter to');
    expect(stderr).toMatch(/Certified Mail with Return Receipt/);
    expect(readFileSync(file, 'latin1')).not.toMatch(/Certified Mail/);
  });

  it('gives back every paragraph of the letter, in order, with paragraphs apart', () => {
    const { file } = writePdf('us-letter');
    const all = squash(text(file));
    let at = 0;
    for (const paragraph of textParagraphs('us-letter')) {
      const found = all.indexOf(paragraph, at);
      expect(found, paragraph).toBeGreaterThanOrEqual(0);
      at = found + paragraph.length;
    }
    // Paragraphs are set apart, so a reader (and pdftotext -layout) sees them.
    const layout = text(file, '-layout');
    expect(layout).toMatch(/\n\s*\nI booked a deep clean of three rooms/);
    expect(layout).toMatch(/\n\s*\nI took a day off work/);
    // The signature: the sign-off, space to sign, the typed name; contact details at the top only.
    expect(layout).toMatch(/Sincerely,\n(\s*\n){2,}\s*Alex Rivera\n\s*Customer number: 0093321/);
    expect(all.split('alex.rivera@example.com').length - 1).toBe(1);
  });

  it('prints French, German, Spanish, Polish and Hungarian letters and symbols on A4, in the UK window', () => {
    const { file, stderr } = writePdf('gb-accents');
    expect(info(file)['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    const all = text(file);
    for (const piece of ['Zoë Łukasiewicz-Núñez', 'Café Crème & Brûlée Ltd', 'Größe', 'señor', 'très chic', 'Zażółć gęślą jaźń', 'Árvíztűrő tükörfúrógép', '£189.50', '€215', '“Größe XL”', '‘très chic’', 'Ms Małgorzata Ősz']) {
      expect(all, piece).toContain(piece);
    }
    expectInside(file, ['Ms Małgorzata Ősz', 'Café Crème & Brûlée Ltd', '27 Straße Lane', 'Leeds', 'LS1 4ÉÑ'], { x: 20 * MM, y: 45 * MM, width: 90 * MM, height: 45 * MM });
    expect(stderr).toMatch(/Royal Mail Signed For/);
  });

  // The fonts had Latin letters only, while the message for a character they lacked said "Latin, Greek and Cyrillic".
  it('prints Greek, Cyrillic and Vietnamese; refuses other scripts naming the ones its font has', () => {
    const source = readFileSync(join(FIXTURES, 'gb-accents.yaml'), 'utf8');
    const scripts = source
      .replace('name: Zoë Łukasiewicz-Núñez', 'name: Nguyễn Thị Hương')
      .replace('contact: Ms Małgorzata Ősz', 'contact: Ms Αικατερίνη Παπαδοπούλου')
      .replace('item: "a “Größe XL” jacket"', 'item: "куртка «Größe XL»"');
    const file = tmp.path('scripts.yaml');
    writeFileSync(file, scripts);
    const pdf = tmp.path('scripts.pdf');
    const r = redress(['draft', '--from', file, '--out', pdf]);
    expect(r.code, r.stderr).toBe(0);
    const all = text(pdf);
    for (const piece of ['Nguyễn Thị Hương', 'Αικατερίνη Παπαδοπούλου', 'куртка «Größe XL»']) expect(all, piece).toContain(piece);
    writeFileSync(file, scripts.replace('Nguyễn Thị Hương', '山田 花子'));
    const other = redress(['draft', '--from', file, '--out', tmp.path('cjk.pdf')]);
    expect(other.code).toBe(2);
    // Each character is named with the field it is in, and what to do.
    expect(other.stderr).toContain('The PDF cannot show 山 (U+5C71), 田 (U+7530), 花 (U+82B1), 子 (U+5B50) in sender.name: its font has Latin, Greek and Cyrillic letters. Change that field in the case file');
    expect(other.stderr).toContain('or use --format html and print the letter from a browser.');
    expect(existsSync(tmp.path('cjk.pdf'))).toBe(false);
    writeFileSync(file, scripts.replace('Nguyễn Thị Hương', '山田 花子').replace('item: "куртка «Größe XL»"', 'item: "a ☂ umbrella"'));
    const two = redress(['draft', '--from', file, '--out', tmp.path('two.pdf')]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/in sender\.name; ☂ \(U\+2602\) in purchase\.item: its font has Latin, Greek and Cyrillic letters\. Change those fields in the case file/);
    expect(existsSync(tmp.path('two.pdf'))).toBe(false);
  });

  it('Germany: DIN 5008 form B window with the return address, place and date, and registered post advice', () => {
    const { file, stderr } = writePdf('de-din');
    const meta = info(file);
    expect(meta['Page size']).toMatch(/A4/);
    expect(meta.Author).toBe('Jürgen Weiß');
    expectInside(file, ['Kundenservice', 'Möbelhaus Süd GmbH', 'Königsallee 12', '40212 Düsseldorf'], { x: 20 * MM, y: 62 * MM, width: 85 * MM, height: 28 * MM });
    // The return address in small print at the top of the window.
    expectInside(file, ['Jürgen Weiß · Hauptstraße 5 · 10115 Berlin'], { x: 20 * MM, y: 45 * MM, width: 85 * MM, height: 6 * MM });
    const all = text(file);
    expect(all).toMatch(/Berlin, 2\. Dezember 2026/);
    expect(all.match(/2\. Dezember 2026/g)?.length, 'the date once, at the top').toBe(1);
    expect(stderr).toMatch(/Einschreiben/);
  });

  it('--paper letter puts a UK letter on US Letter, in the #10 window', () => {
    const { file } = writePdf('gb-accents', ['--paper', 'letter']);
    expect(info(file)['Page size']).toMatch(/^612 x 792 pts/);
    expectInside(file, ['Ms Małgorzata Ősz', 'Leeds'], { x: 0.875 * INCH, y: 2 * INCH, width: 4.5 * INCH, height: 1.125 * INCH });
    const bad = redress(['draft', '--from', join(FIXTURES, 'gb-accents.yaml'), '--format', 'pdf', '--paper', 'a5', '--out', tmp.path('x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--paper "[^"]*" is not one redress knows: use a4 or letter\./);
  });

  it('writes the format the --out file is named for when --format is not given, and refuses a --format the name contradicts', () => {
    const fixture = join(FIXTURES, 'gb-accents.yaml');
    const pdf = tmp.path('named.pdf');
    const r = redress(['draft', '--from', fixture, '--out', pdf]);
    expect(r.code, r.stderr).toBe(0);
    expect(info(pdf).Pages).toBe('1');
    expect(text(pdf)).toContain('Łukasiewicz');
    const html = tmp.path('named.HTML');
    expect(redress(['draft', '--from', fixture, '--out', html]).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const asked = tmp.path('asked.pdf');
    const contradicted = redress(['draft', '--from', fixture, '--out', asked, '--format', 'text']);
    expect(contradicted.code).toBe(2);
    expect(contradicted.stderr).toContain('names a PDF, but --format text writes plain text');
    expect(existsSync(asked)).toBe(false);
    const copy = redress(['draft', '--from', fixture, '--out', tmp.path('copy.pdf'), '--copy']);
    expect(copy.code).toBe(2);
    expect(copy.stderr).toMatch(/--copy works with text, and .*copy\.pdf is saved as a PDF \(from its name\)/);
    expect(existsSync(tmp.path('copy.pdf'))).toBe(false);
  });

  it('breaks a long letter into pages: page numbers, the reference on later pages, no heading or signature left alone', () => {
    const source = readFileSync(join(FIXTURES, 'gb-accents.yaml'), 'utf8');
    const sentence = 'The courier left a card saying the parcel could not be delivered, although I was at home all day and the doorbell works.';
    const long = source
      .replace(/circumstances: .*/, `circumstances: "${Array.from({ length: 9 }, () => sentence).join(' ')}"`)
      .replace(
        /outcome: .*/,
        `outcome:\n${Array.from({ length: 14 }, (_, i) => `    - on day ${i + 1} I phoned the helpline and waited for more than forty minutes before the call was ended without an answer`).join('\n')}`,
      )
      .replace(/request:\n  remedy: refund/, 'request:\n  remedy: refund\nevidence:\n  - the order confirmation\n  - the courier card\n  - photos of the jacket');
    const caseFile = tmp.path('long.yaml');
    writeFileSync(caseFile, long);
    const file = tmp.path('long.pdf');
    const result = redress(['draft', '--from', caseFile, '--format', 'pdf', '--out', file]);
    expect(result.code, result.stderr).toBe(0);
    const pages = Number(info(file).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page++) {
      const lines = text(file, '-layout', '-f', String(page), '-l', String(page))
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      expect(lines[lines.length - 1]).toBe(`Page ${page} of ${pages}`);
      if (page > 1) expect(lines[0]).toMatch(/^Zoë Łukasiewicz-Núñez · Reference: CCB-ŁÓDŹ-42 · 2 December 2026$/);
      const body = lines.slice(page > 1 ? 1 : 0, -1);
      if (page < pages) expect(body[body.length - 1], `page ${page} ends with a line that introduces what follows`).not.toMatch(/:$/);
      if (page === pages) {
        const signOff = body.indexOf('Yours sincerely,');
        expect(signOff, 'the closing is on the last page').toBeGreaterThan(0);
        const before = body.slice(0, signOff);
        expect(before.length, 'the closing comes with some of the letter before it').toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('needs both postal addresses, and says which one is missing', () => {
    const source = readFileSync(join(FIXTURES, 'us-letter.yaml'), 'utf8');
    const caseFile = tmp.path('no-address.yaml');
    writeFileSync(caseFile, source.replace(/  address: \|\n    1 Main Road\n    Suite 200\n    Springfield, IL 62701\n/, ''));
    const out = tmp.path('no-address.pdf');
    const result = redress(['draft', '--from', caseFile, '--format', 'pdf', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/recipient\.address/);
    expect(result.stderr).not.toMatch(/sender\.address/);
    expect(existsSync(out)).toBe(false);
  });

  it('writes the PDF to standard output when it is not a terminal, and refuses --copy', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'redress.cjs'), 'draft', '--from', join(FIXTURES, 'us-letter.yaml'), '--format', 'pdf'], {
      env: { ...process.env, CI: '1' },
      input: '',
    });
    expect(result.status).toBe(0);
    expect(result.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const copy = redress(['draft', '--from', join(FIXTURES, 'us-letter.yaml'), '--format', 'pdf', '--copy']);
    expect(copy.code).toBe(2);
    expect(copy.stderr).toMatch(/--out letter\.pdf/);
  });

  it('batch writes one PDF per case', () => {
    const batch = tmp.path('batch.yaml');
    const cases = ['us-letter', 'de-din'].map((name) => readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8')).join('\n---\n');
    writeFileSync(batch, cases);
    const out = tmp.path('letters');
    const result = redress(['batch', batch, '--format', 'pdf', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^0*1-brightline-carpet-care\.pdf$/);
    expect(files[1]).toMatch(/^0*2-mobelhaus-sud-gmbh\.pdf$/);
    expect(info(join(out, files[0]!))['Page size']).toMatch(/^612 x 792/);
    expect(info(join(out, files[1]!))['Page size']).toMatch(/A4/);
    expect(result.stderr).toMatch(/registered or signed-for service/);
  });

  it('the HTML letter prints with the same layout: paper by country, the address in the window', () => {
    const html = (fixture: string) => redress(['draft', '--from', join(FIXTURES, `${fixture}.yaml`), '--format', 'html']).stdout;
    const de = html('de-din');
    expect(de).toMatch(/@page \{ size: A4;/);
    expect(de).toMatch(/class="return"/);
    expect(de).toMatch(/\.window \{ position: absolute; left: -5mm; top: 33mm; width: 85mm; height: 45mm; \}/);
    const us = html('us-letter');
    expect(us).toMatch(/@page \{ size: letter;/);
    expect(us).toMatch(/\.window \{ position: absolute; left: -3\.2mm; top: 38.1mm; width: 114.3mm; height: 28.6mm; \}/);
    expect(us).not.toMatch(/class="return"/);
  });

  it('heads the address with the person written to as an address names them, not as the story typed them', () => {
    const windowOf = (fixture: string, contact: string, extra: string[] = []) => {
      const yaml = readFileSync(join(FIXTURES, `${fixture}.yaml`), 'utf8').replace(/^(\s+contact:).*$/m, `$1 ${JSON.stringify(contact)}`);
      const html = redress(['draft', '--from', '-', '--format', 'html', ...extra], { input: yaml }).stdout;
      const to = /<address class="to">([\s\S]*?)<\/address>/.exec(html)?.[1] ?? '';
      return to.split('<br>').map((line) => line.trim());
    };
    const company = 'Café Crème &amp; Brûlée Ltd';
    expect(windowOf('gb-accents', 'Ms Joan Price, Lettings Manager').slice(0, 3)).toEqual(['Ms Joan Price', 'Lettings Manager', company]);
    expect(windowOf('gb-accents', 'the office manager (Trish)').slice(0, 3)).toEqual(['Trish', 'Office Manager', company]);
    expect(windowOf('gb-accents', 'Dana at the front desk').slice(0, 3)).toEqual(['Dana', 'Front Desk', company]);
    expect(windowOf('gb-accents', 'mr tom reilly').slice(0, 2)).toEqual(['Mr Tom Reilly', company]);
    // Someone described, not named: the business heads the address.
    expect(windowOf('gb-accents', 'the lady at reception')[0]).toBe(company);
    expect(windowOf('gb-accents', 'customer services')[0]).toBe('Customer Services');
    const german = 'Möbelhaus Süd GmbH';
    expect(windowOf('de-din', 'herr dr. max huber').slice(0, 2)).toEqual(['Herrn Dr. Max Huber', german]);
    expect(windowOf('de-din', 'Frau Weber').slice(0, 2)).toEqual(['Frau Weber', german]);
    expect(windowOf('de-din', 'M. Jean Dupont', ['--language', 'fr']).slice(0, 2)).toEqual(['Monsieur Jean Dupont', german]);
    expect(windowOf('de-din', 'Sra. Ana López', ['--language', 'es']).slice(0, 2)).toEqual(['Sra. Ana López', german]);
  });

  it('keeps the PDF library out of the text letter path: its own file, loaded only for a PDF', () => {
    const dist = join(ROOT, 'dist');
    // Compressed, as only a PDF needs it.
    expect(brotliDecompressSync(readFileSync(join(dist, 'pdf.cjs.br'))).toString('utf8')).toContain('PDFKit');
    expect(readFileSync(join(dist, 'commands.cjs'), 'utf8')).not.toContain('PDFKit');
    expect(readdirSync(join(dist, 'fonts')).sort()).toEqual(['DejaVuSerif-Bold.ttf.br', 'DejaVuSerif.ttf.br']);
    expect(brotliDecompressSync(readFileSync(join(dist, 'fonts', 'DejaVuSerif.ttf.br'))).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    const notices = readFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    expect(notices).toMatch(/^pdfkit@/m);
    expect(notices).toMatch(/DejaVu fonts/);
    expect(notices).toMatch(/Bitstream Vera/);
  });
});
