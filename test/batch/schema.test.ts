// The JSON Schema of a batch file, for editors: a case there may leave out what defaults: gives it.
import { describe, expect, it } from 'vitest';
import { batchJsonSchema } from '../../src/batch/schema.js';
import { caseJsonSchema } from '../../src/case/schema.js';

describe('batch JSON Schema', () => {
  it('has defaults: and cases:, each with every field of a case and none required', () => {
    const schema = batchJsonSchema() as { properties: Record<string, Record<string, unknown>>; additionalProperties: boolean; $schema: string };
    expect(Object.keys(schema.properties)).toEqual(['defaults', 'cases']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    const caseFields = Object.keys((caseJsonSchema() as { properties: object }).properties);
    const item = schema.properties.cases!.items as { properties: object };
    expect(Object.keys(item.properties)).toEqual(caseFields);
    expect(Object.keys(schema.properties.defaults!.properties as object)).toEqual(caseFields);
    expect(JSON.stringify(schema)).not.toContain('"required"');
    expect(JSON.stringify(caseJsonSchema())).toContain('"required"');
  });
});
