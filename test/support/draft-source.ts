// Writes a letter from the sources (no build): `npx tsx test/support/draft-source.ts CASE [STAGE] [FORMAT]`.
// For reading letters while templates and phrasing change; the tests use the built CLI.
import { readFileSync } from 'node:fs';
import { parseCaseWithPositions } from '../../src/case/load.js';
import { stageNotes } from '../../src/letter/ladder.js';
import { produceLetter } from '../../src/letter/produce.js';
import type { Format } from '../../src/letter/render.js';
import type { Stage } from '../../src/case/schema.js';

const [file, stage, format = 'text'] = process.argv.slice(2);
const loaded = parseCaseWithPositions(readFileSync(file!, 'utf8'), file!);
const produced = produceLetter(loaded.value, { format: format as Format, settings: stage ? { stage: stage as Stage } : {} });
if (!produced.ok) {
  console.error(produced.problems);
  process.exit(2);
}
for (const note of stageNotes(produced.letter.case)) console.error(`Note: ${note}`);
process.stdout.write(produced.output.content);
