// Every built-in template, for every stage and remedy, rendered for realistic cases with
// each optional part present or missing, must read like a finished letter.
import { describe, expect, it } from 'vitest';
import { produceLetter } from '../../src/letter/produce.js';
import { checkTone } from '../../src/tone/index.js';
import { REMEDIES, STAGES, VARIATIONS, variant } from './cases.js';

/** What a missing value or a clumsy template leaves behind, as a list of readable problems. */
export function readingProblems(letter: string): string[] {
  const problems: string[] = [];
  const [subjectLine, blank, ...rest] = letter.split('\n');
  const subject = subjectLine!.replace(/^Subject: /, '');
  const body = rest.join('\n');
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  check(subjectLine!.startsWith('Subject: ') && blank === '', 'no subject line and blank line');
  check(!/\s{2,}|:\s*$|\(\s*\)|\s[,.:;]|^\s|,,|: :/.test(subject), `clumsy subject: ${subject}`);
  check(!/undefined|null|NaN|\[object Object\]|\{\{|\}\}/.test(letter), 'a missing value shows as undefined/null/NaN or template text');
  check(!/ {2,}/.test(body), 'double spaces');
  check(!/(^|[^.])\.\.(?!\.)/.test(body), 'doubled full stop');
  check(!/ [,.;:!?](\s|$)/m.test(body), 'space before punctuation');
  check(!/,\s*[,.]|;\s*\./.test(body), 'doubled punctuation');
  check(!/\(\s*\)|\( | \)/.test(body), 'empty or padded brackets');
  check(!/\n{3,}/.test(letter), 'more than one blank line');
  check(!/[ \t]+$/m.test(letter), 'trailing spaces');
  check(!/\b(\w+) \1\b/i.test(body.replace(/\d/g, '')), 'a repeated word');
  check(!/\. [a-z]/.test(body), 'a sentence starting with a small letter');
  check(/^Dear [^\n]+,$/m.test(body.split('\n')[0]!), 'no greeting');
  check(/(Kind regards|Yours sincerely),\n\n\S/.test(body), 'no sign-off with a name');
  const lines = body.split('\n');
  lines.forEach((line, i) => {
    check(!/^\s*[-*]\s*[.;,]?\s*$/.test(line), `dangling bullet at line ${i + 1}`);
    if (/:$/.test(line)) check(/^- \S/.test(lines[i + 1] ?? ''), `heading without a list: "${line}"`);
    check(!/^- .*\.\s*\.$/.test(line), `bullet ending in two stops: ${line}`);
  });
  return problems;
}

describe('built-in letters read well', () => {
  const names = ['full', 'minimal', ...Object.keys(VARIATIONS)] as const;
  for (const stage of STAGES) {
    for (const remedy of REMEDIES) {
      it(`${stage} × ${remedy}, for ${names.length} cases`, () => {
        for (const name of names) {
          const produced = produceLetter(variant(name, stage, remedy), { format: 'text' });
          if (!produced.ok) throw new Error(`${name}: ${JSON.stringify(produced.problems)}`);
          const letter = produced.output.content;
          expect({ case: name, problems: readingProblems(letter) }).toEqual({ case: name, problems: [] });
          const unkind = checkTone(letter).filter((f) => f.severity === 'error');
          expect({ case: name, unkind }).toEqual({ case: name, unkind: [] });
        }
      });
    }
  }

  it('the checks above do find clumsy letters', () => {
    expect(readingProblems('Subject: Refund request: \n\nDear X,\n\nI paid  $5 .\n- \nEvidence:\n\nKind regards,\n\nSam')).toEqual(
      expect.arrayContaining(['double spaces', 'space before punctuation', 'dangling bullet at line 4', 'heading without a list: "Evidence:"', expect.stringMatching(/clumsy subject/)]),
    );
    expect(readingProblems('Subject: A\n\nDear X,\n\nI paid undefined.. and and.\n\nKind regards,\n\nSam')).toEqual(
      expect.arrayContaining(['a missing value shows as undefined/null/NaN or template text', 'doubled full stop', 'a repeated word']),
    );
  });
});

describe('what each letter says', () => {
  const text = (name: Parameters<typeof variant>[0], stage: (typeof STAGES)[number], remedy: (typeof REMEDIES)[number]) => {
    const produced = produceLetter(variant(name, stage, remedy), { format: 'text' });
    if (!produced.ok) throw new Error(JSON.stringify(produced.problems));
    return produced.output.content;
  };

  it('first: goodwill opening, story, attempts, impact, one request, a reply-by date, enclosures, signature', () => {
    const letter = text('full', 'first', 'either');
    expect(letter).toMatch(/^Subject: Request to put things right or refund: BCC-004471 \(a deep clean of three rooms, November 2, 2026\)\n\nDear Member Services team,\n\nI chose Brightline Carpet Care because/);
    const order = [
      'I would like to keep doing business with you',
      'I booked a deep clean',
      '- Promised: the crew would arrive between 9 and 10 am. What happened: the crew arrived at 1 pm, three hours late.',
      'I have already tried to resolve this with you:',
      '- On November 3, 2026, I contacted Dana at the front desk (phone): she promised a call back within two days, but nobody called.',
      '- On November 6, 2026, I contacted you (e-mail): I received an automatic reply only.',
      'I took a day off work',
      'Please do one of the following:\n- put this right: clean the third room at no charge within the next two weeks; or\n- refund the $240.00 I paid.',
      'Please reply by December 24, 2026, confirming what you will do and when.',
      'You can reach me at alex.rivera@example.com or on +1 555 0142.',
      'I have attached copies of:\n- booking confirmation BCC-004471\n- photos of the room that was not cleaned',
      'Kind regards,\n\nAlex Rivera\nCustomer number: 0093321\nalex.rivera@example.com\n+1 555 0142\n12 Elm Street, Springfield',
    ];
    let at = 0;
    for (const part of order) {
      const found = letter.indexOf(part, at);
      expect(found, part).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(letter).not.toMatch(/final request|take the matter further/i);
  });

  it('asks for exactly what the remedy says', () => {
    expect(text('full', 'first', 'correction')).toContain('Please put this right as follows: Clean the third room at no charge within the next two weeks.');
    expect(text('full', 'first', 'refund')).toContain('Please refund the $240.00 I paid.');
    expect(text('refund of less than paid', 'first', 'refund')).toContain('Please refund $120.00 of the $240.00 I paid.');
    expect(text('full', 'first', 'partial-refund')).toContain('Please refund $80.00 of the $240.00 I paid, for the part of what I paid for that I did not receive.');
    expect(text('minimal', 'first', 'partial-refund')).toContain('Please refund $80.00, for the part');
    expect(text('minimal', 'first', 'refund')).toMatch(/^Subject: Refund request: monthly gym membership\n/);
  });

  it('reminder: names the earlier letter by date and sets a new reply-by date', () => {
    const letter = text('full', 'reminder', 'refund');
    expect(letter).toMatch(/^Subject: Reminder – refund request: BCC-004471/);
    expect(letter).toContain('On November 16, 2026, I wrote to you about a deep clean of three rooms (reference BCC-004471), bought on November 2, 2026, for which I paid $240.00. I have not yet had a reply');
    expect(letter).toContain('Please reply by December 24, 2026');
    expect(text('no previous letters', 'reminder', 'refund')).toContain('I wrote to you earlier about');
  });

  it('final: all earlier letters, the final request, and the next steps as facts', () => {
    const letter = text('full', 'final', 'refund');
    expect(letter).toMatch(/^Subject: Final refund request: /);
    expect(letter).toContain('I wrote to you about this on November 16, 2026 and December 1, 2026, and the matter is still not resolved.');
    expect(letter).toContain('This is my final request before I take the matter further. Please reply by December 24, 2026');
    expect(letter).toContain('If I have not heard from you by then, I will:\n- dispute the charge with my card issuer\n- file a complaint with the Better Business Bureau');
    expect(text('one next step', 'final', 'refund')).toContain('If I have not heard from you by then, I will report this to the state consumer protection office.');
    expect(text('no next steps', 'final', 'refund')).toContain('I will take the matter further, for example through my card issuer or a consumer protection office.');
    expect(text('three previous letters', 'final', 'refund')).toContain('on November 16, 2026, December 1, 2026 and December 5, 2026,');
  });
});
