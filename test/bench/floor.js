// The naive floor the batch benchmark compares against: parse the whole file with the
// `yaml` package, render one compiled Handlebars template per case, write one file per case.
// Usage: node test/bench/floor.js FILE OUTDIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { parseAllDocuments } from 'yaml';

const [file, out] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const docs = parseAllDocuments(text).map((doc) => doc.toJS());
const cases = docs.length === 1 && docs[0]?.cases ? docs[0].cases : docs.filter((doc) => !doc?.defaults);
const template = Handlebars.compile(`Subject: Refund request: {{purchase.item}} ({{purchase.reference}})

Dear {{recipient.company}} customer care team,

I chose {{recipient.company}} because I expected good service, and I would like to keep doing business with you.
I am writing about {{purchase.item}}, reference {{purchase.reference}}, for which I paid {{purchase.amount}} {{purchase.currency}}.

{{story.circumstances}}

I expected that:
{{#each story.expectations}}- {{this}}
{{/each}}
What happened:
{{#each story.outcome}}- {{this}}
{{/each}}
{{#if story.impact}}{{story.impact}}{{/if}}

{{#each contacts}}On {{date}} I contacted you by {{channel}}{{#if who}} and spoke to {{who}}{{/if}}: {{result}}.
{{/each}}
Please {{request.remedy}}{{#if request.correction}}: {{request.correction}}{{/if}}. Please reply within {{request.deadlineDays}} days.

Enclosed: {{#each evidence}}{{this}}; {{/each}}

Kind regards,
{{sender.name}}
{{sender.email}}
{{sender.phone}}
Customer number: {{sender.customerId}}
`);
mkdirSync(out, { recursive: true });
cases.forEach((c, i) => writeFileSync(join(out, `${String(i + 1).padStart(5, '0')}.txt`), template(c)));
