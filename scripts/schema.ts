/**
 * Writes the JSON Schema files the package ships, schema/profile.schema.json and
 * schema/evidence.schema.json, from the zod schemas (`npm run schema`). test/cli/jsonSchema.test.ts
 * fails when they are not current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evidenceJsonSchema, profileJsonSchema } from '../cli/jsonSchema.js';

/** The files and their contents, as written. */
export function schemaFiles(): Record<string, string> {
  return {
    'schema/profile.schema.json': `${JSON.stringify(profileJsonSchema(), null, 2)}\n`,
    'schema/evidence.schema.json': `${JSON.stringify(evidenceJsonSchema(), null, 2)}\n`,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, text] of Object.entries(schemaFiles())) {
    writeFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), text);
    console.log(`wrote ${path}`);
  }
}
