// The JSON Schema of a batch file, for editors. In a batch, a case may leave out fields
// that `defaults:` gives it, so neither `defaults:` nor a case requires any field here:
// redress itself checks each case once its defaults are merged in.
import { caseJsonSchema } from '../case/schema.js';
import { allowEmptyOptional } from '../case/json-schema.js';

function withoutRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequired);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'required' || key === '$schema') continue;
    out[key] = withoutRequired(value);
  }
  return out;
}

export function batchJsonSchema(): object {
  const full = caseJsonSchema() as Record<string, unknown>;
  // Every field may be left empty (null) here, as in a case file's optional fields.
  const partial = allowEmptyOptional(withoutRequired(full)) as Record<string, unknown>;
  return {
    $schema: full.$schema ?? 'https://json-schema.org/draft/2020-12/schema',
    title: 'redress batch file',
    description: 'Many cases for `redress batch`: defaults: shared by every case, and cases:, one per letter.',
    type: 'object',
    properties: {
      defaults: { ...partial, title: 'defaults', description: 'Fields shared by every case; a case’s own value wins (lists are replaced, not joined).' },
      cases: {
        type: 'array',
        description: 'The cases, one letter each. Each has the fields of a case file; fields given in defaults: may be left out.',
        items: { ...partial, title: 'case' },
      },
    },
    additionalProperties: false,
  };
}
