// Generates realistic batch files for the benchmark: varied companies, stories of
// different lengths, lists, contacts, quoted and plain text, numbers kept as text.
const COMPANIES = [
  'Brightline Carpet Care', 'Peak Fitness', 'Harbour View Hotel', 'Northwind Airlines', 'Tom & Jerry\'s "Best" Co',
  'Café Müller GmbH', 'Acme Broadband', 'Sunrise Movers', 'Greenleaf Energy', 'Quickfix Plumbing',
];
const ITEMS = ['deep cleaning of three rooms', 'monthly gym membership', 'two nights, sea-view room', 'return flight LHR–JFK', 'fibre broadband, 12 months'];
const REMEDIES = ['refund', 'either', 'correction', 'partial-refund'];
const SENTENCES = [
  'I booked the service online and paid in full on the same day.',
  'The confirmation e-mail promised a one-hour arrival window.',
  'Nobody arrived during the window, and nobody called to explain.',
  'When the crew did arrive, they left part of the work undone.',
  'I have kept every receipt and message about this order.',
  'Your own terms say that missed appointments are refunded in full.',
];

function pick(list, i, salt = 0) {
  return list[(i * 7 + salt * 13 + ((i >> 3) % 5)) % list.length];
}

function quote(text) {
  return JSON.stringify(text);
}

/** One case as YAML lines, indented by `indent` spaces (the first line starts with `first`). */
export function caseLines(i, { indent = '', withSender = true, withLocale = true } = {}) {
  const remedy = pick(REMEDIES, i, 1);
  const company = `${pick(COMPANIES, i)} ${i % 97}`;
  const story = Array.from({ length: 4 + (i % 4) }, (_, k) => pick(SENTENCES, i, k)).join(' ');
  const lines = [];
  if (withSender) {
    lines.push('sender:', `  name: Customer ${i}`, `  email: customer${i}@example.com`, `  phone: +4412345${String(i).padStart(4, '0')}`, `  customerId: 00${i}`);
  }
  lines.push(
    'recipient:',
    `  company: ${quote(company)}`,
    '  contact: Member Services team',
    `  email: help${i % 50}@company.example`,
    '  address: 1 Main Road, Springfield, SP1 2AB',
    'purchase:',
    `  item: ${pick(ITEMS, i, 2)}`,
    `  date: 2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    `  reference: ${String(4400 + i).padStart(6, '0')}`,
    `  amount: ${100 + (i % 900)}.${String(i % 100).padStart(2, '0')}`,
    `  currency: ${pick(['USD', 'EUR', 'GBP'], i, 3)}`,
    'story:',
    `  circumstances: ${story}`,
    '  expectations:',
    '    - the crew would arrive between 9 and 10 am',
    '    - all three rooms would be deep cleaned',
    '    - the price would include the stain treatment',
    '  outcome:',
    '    - the crew arrived at 1 pm, three hours late',
    '    - only two of the three rooms were cleaned',
    '    - the stain treatment was charged separately',
    '  impact: >-',
    '    I took a day off work to be at home, and lost most of it waiting',
    '    for a crew that came three hours late.',
    'contacts:',
    `  - date: 2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(2 + (i % 27)).padStart(2, '0')}`,
    '    channel: phone',
    '    who: Dana at the front desk',
    "    result: 'she promised a call back within two days, but nobody called'",
    '  - channel: e-mail',
    '    result: an automatic reply, then nothing',
    'evidence:',
    `  - booking confirmation ${String(4400 + i).padStart(6, '0')}`,
    '  - photos of the room that was not cleaned',
    'request:',
    `  remedy: ${remedy}`,
  );
  if (remedy === 'correction' || remedy === 'either') lines.push('  correction: clean the third room at no charge within the next two weeks');
  if (remedy === 'partial-refund') lines.push('  amount: 50');
  lines.push('  deadlineDays: 14', 'letter:', '  date: 2026-11-16');
  if (withLocale) lines.push(`  locale: ${pick(['en-US', 'en-GB', 'de-DE'], i, 4)}`);
  return lines.map((line) => indent + line);
}

/** A `defaults:` + `cases:` batch file with `count` cases. */
export function mappingBatch(count) {
  const out = ['# generated batch file', 'defaults:', '  sender:', '    name: Default Sender', '    address: 12 Elm Street, Springfield', '  letter:', '    locale: en-GB', 'cases:'];
  for (let i = 1; i <= count; i++) {
    const lines = caseLines(i, { indent: '    ', withLocale: i % 3 !== 0 });
    lines[0] = `  - ${lines[0].trimStart()}`;
    out.push(...lines);
  }
  return `${out.join('\n')}\n`;
}

/** A multi-document stream: a defaults document, then one document per case. */
export function streamBatch(count) {
  const out = ['defaults:', '  sender:', '    name: Default Sender', '  letter:', '    locale: en-GB'];
  for (let i = 1; i <= count; i++) out.push('---', ...caseLines(i, { withLocale: i % 3 !== 0 }));
  return `${out.join('\n')}\n`;
}
