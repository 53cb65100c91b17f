// Micro-benchmark of the tone guard (`checkTone`), which `redress draft` runs on every
// free-text answer and on the finished letter, and `redress batch` on thousands of letters.
// Bundles src/tone/index.ts into a temporary directory (as the real build would), then:
//   cold: in fresh processes, import + the first check of a 3 KB letter with {letter: true},
//         and import + a draft-like sequence (each answer, then the letter); median of runs
//   warm: median time of one check, after warming up, for calm answers (kindness only)
//         and for the 3 KB letter with {letter: true}
// Usage: node test/bench/tone.js [path/to/tone/index.ts]
//   BENCH_TONE_RUNS=N   fresh processes for the cold figures (default 15)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const entry = resolve(process.argv[2] ?? join(root, 'src', 'tone', 'index.ts'));
const RUNS = Math.max(3, Number(process.env.BENCH_TONE_RUNS ?? 15));
const TARGETS = { cold: 10, warmAnswer: 0.1, warmLetter: 0.5 };

/** Calm answers of the length people type into the wizard (300–800 characters). */
const ANSWERS = [
  'I booked a deep clean of three rooms for 2 November, with a one-hour arrival window from 9 to 10 am. I took the morning off work so that I could let the crew in, and I made sure the furniture was moved out of the way the evening before, as your booking e-mail asked. Nobody came during the window and nobody called to explain.',
  'The crew arrived at 1 pm, three hours late, and said they only had time for two of the three rooms. They told me someone from the office would ring to arrange the third room, but nobody has. I phoned on 3 November and spoke to Dana at the front desk, who promised a call back within two days. I am still waiting, and the third room still has the stains that I paid to have removed. I have kept the booking confirmation and photos of the room.',
  'I expected the whole job to be done in one visit, within the arrival window I was given, and for the price on the booking confirmation. Your website says that appointments are kept or rearranged at a time that suits the customer, and that any work not completed is refunded. I would like the third room cleaned at no charge within the next two weeks, or a refund of the part of the price that covers it.',
  'My order arrived on 14 October with the screen cracked across the top left corner. I took photos before unpacking it fully and kept the box and all the packing. I contacted customer service the same day by chat, and the agent said a replacement would be sent within five working days. Nothing has arrived, and the order page still says the case is under review.',
];

/** A complete, calm letter of about 3 KB, as `redress draft` writes it (kept free of findings). */
const LETTER = `Subject: Request to put things right or refund: order 004471 (deep cleaning of three rooms, 2 November 2026)

Dear Member Services team,

I chose Brightline Carpet Care because I expected good service, and I would like to keep doing business with you. I am writing about the deep cleaning of three rooms (order 004471), booked for 2 November 2026, for which I paid $240.00.

I booked a deep clean of three rooms for 2 November, with a one-hour arrival window from 9 to 10 am. I took the morning off work so that I could let the crew in, and I made sure the furniture was moved out of the way the evening before, as your booking e-mail asked.

What I was promised, and what actually happened:
- Promised: the crew would arrive between 9 and 10 am. What happened: the crew arrived at 1 pm, three hours late.
- Promised: all three rooms would be deep cleaned. What happened: only two of the three rooms were cleaned.
- Promised: the price would include the stain treatment. What happened: the stain treatment was charged separately.

I have already tried to resolve this with you:
- On 3 November 2026, I contacted Dana at the front desk (phone): she promised a call back within two days, but nobody called.
- On 6 November 2026, I wrote to support@brightline.example (e-mail): I received an automatic reply, and then nothing.
- On 10 November 2026, I used the chat on your website: the agent said the case had been passed to a manager.

I took a day off work to be at home, and lost most of it waiting for a crew that came three hours late. The third room still has the stains that I paid to have removed, and I have had to keep it closed off since, which is difficult with two small children at home.

Your own terms and conditions say that appointments are kept or rearranged at a time that suits the customer, and that any work not completed is refunded. I have kept the booking confirmation, the e-mail that promised the arrival window, the receipt for the separate stain treatment, and photos of the room that was not cleaned.

Please do one of the following:
- put this right: clean the third room at no charge within the next two weeks, at a time we agree in advance; or
- refund the $80.00 that covers the third room, together with the $35.00 charged separately for the stain treatment, $115.00 in all, to the card I paid with.

Please reply by 30 November 2026, confirming what you will do and when. If I have not heard from you by then, I will dispute the charge with my card issuer and file a complaint with the Better Business Bureau.

I am confident we can put this right. Thank you for looking into it. You can reach me at alex.rivera@example.com or on +1 555 0142, on weekdays after 5 pm.

I have attached copies of:
- booking confirmation 004471
- the confirmation e-mail with the arrival window
- the receipt for the stain treatment
- photos of the room that was not cleaned

Kind regards,

Alex Rivera
Customer number: 0093321
alex.rivera@example.com
+1 555 0142
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));

const work = mkdtempSync(join(tmpdir(), 'redress-bench-tone-'));
try {
  await build({
    absWorkingDir: root,
    entryPoints: { tone: entry },
    outdir: work,
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const bundle = pathToFileURL(join(work, 'tone.js')).href;
  writeFileSync(join(work, 'texts.json'), JSON.stringify({ answers: ANSWERS, letter: LETTER }));

  // One fresh process per measurement; the script prints its own timings as JSON.
  const coldScript = join(work, 'cold.mjs');
  writeFileSync(
    coldScript,
    `import { readFileSync } from 'node:fs';
const { answers, letter } = JSON.parse(readFileSync(${JSON.stringify(join(work, 'texts.json'))}, 'utf8'));
const mode = process.argv[2];
const t0 = performance.now();
const { checkTone } = await import(${JSON.stringify(bundle)});
const t1 = performance.now();
if (mode === 'draft') for (const answer of answers) checkTone(answer);
const found = checkTone(letter, { letter: true });
const t2 = performance.now();
if (found.length) throw new Error('the bench letter has findings: ' + JSON.stringify(found));
console.log(JSON.stringify({ load: t1 - t0, check: t2 - t1 }));
`,
  );
  const cold = (mode) => {
    const load = [];
    const check = [];
    const total = [];
    for (let i = 0; i < RUNS; i++) {
      const result = spawnSync(process.execPath, [coldScript, mode], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(result.stderr);
      const timing = JSON.parse(result.stdout);
      load.push(timing.load);
      check.push(timing.check);
      total.push(timing.load + timing.check);
    }
    return { load: median(load), check: median(check), total: median(total) };
  };

  const letterOnly = cold('letter');
  const draftLike = cold('draft');

  // Warm: every text is checked many times in one process, after a warm-up.
  const { checkTone } = await import(bundle);
  const warm = (text, options, rounds) => {
    for (let i = 0; i < 200; i++) checkTone(text, options);
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const start = process.hrtime.bigint();
      checkTone(text, options);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(times);
  };
  const answerTimes = ANSWERS.map((answer) => warm(answer, {}, 2000));
  const warmAnswer = median(answerTimes);
  const warmLetter = warm(LETTER, { letter: true }, 1000);

  let ok = true;
  const line = (label, value, target) => {
    const pass = value <= target;
    ok &&= pass;
    console.log(`${label} ${fmt(value)} ms (target <= ${target} ms) ${pass ? 'ok' : 'MISSED'}`);
  };
  console.log(`tone guard: ${entry}`);
  console.log(`cold (median of ${RUNS} fresh processes):`);
  line(`  import ${fmt(letterOnly.load)} ms + first 3 KB letter check ${fmt(letterOnly.check)} ms =`, letterOnly.total, TARGETS.cold);
  console.log(`  import ${fmt(draftLike.load)} ms + ${ANSWERS.length} answers and the letter ${fmt(draftLike.check)} ms = ${fmt(draftLike.total)} ms`);
  console.log('warm (median of one check):');
  line(`  calm answer (${ANSWERS.map((a) => a.length).join('/')} chars, kindness only)`, warmAnswer, TARGETS.warmAnswer);
  console.log(`    per answer: ${answerTimes.map(fmt).join(' / ')} ms`);
  line(`  calm letter (${LETTER.length} chars, {letter: true})`, warmLetter, TARGETS.warmLetter);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
