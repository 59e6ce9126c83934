import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evidenceJsonSchema, profileJsonSchema } from '../../cli/jsonSchema.js';
import { schemaFiles } from '../../scripts/schema.js';
import { KIND_NAMES } from '../../src/kinds/registry.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('JSON Schema files', () => {
  it('are current (run `npm run schema` after changing a zod schema)', () => {
    for (const [path, text] of Object.entries(schemaFiles())) {
      expect(readFileSync(root + path, 'utf8'), path).toBe(text);
    }
  });

  it('describe profiles and evidence as written, decimals as numbers or decimal texts', () => {
    const profile = profileJsonSchema() as { required: string[]; $defs: Record<string, unknown>; properties: Record<string, unknown> };
    expect(profile.required).toEqual(['id', 'version', 'title', 'component', 'categories']);
    expect(profile.properties.$schema).toEqual({ type: 'string' });
    expect(profile.$defs.decimal).toMatchObject({ anyOf: [{ type: 'number' }, { type: 'string' }] });
    const evidence = evidenceJsonSchema() as { required: string[]; properties: { auditDate: unknown; entries: { items: { anyOf: unknown[] } } } };
    expect(evidence.required).toEqual(['supplier', 'auditDate', 'entries']);
    expect(evidence.properties.auditDate).toEqual({ $ref: '#/$defs/date' });
    // One form of entry per kind of the registry.
    expect(evidence.properties.entries.items.anyOf).toHaveLength(KIND_NAMES.length);
  });

  it('are what the examples name in $schema', () => {
    const example = JSON.parse(readFileSync(`${root}examples/pump-injector/profile.json`, 'utf8')) as { $schema: string };
    expect(new URL(example.$schema, `file://${root}examples/pump-injector/`).pathname).toBe(`${root}schema/profile.schema.json`);
  });
});
