/**
 * The pump-injector demo: a buyer's requirement profile for the injector of a shallow-well jet pump,
 * and the audit evidence of three small suppliers. Run with `npm run demo`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, type Evaluation } from 'supplier-quality';
import { summaryText } from 'supplier-quality/report';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const readJson = (name: string): unknown => JSON.parse(readFileSync(here(name), 'utf8'));

export const suppliers = ['injektor-presisi', 'maju-jaya', 'sumber-logam'] as const;

/** Returns the evaluations of the three example suppliers against the pump-injector profile. */
export function evaluateExamples(): Evaluation[] {
  const profile = readJson('./profile.json');
  return suppliers.map((name) => evaluate(profile, readJson(`./evidence/${name}.json`)));
}

/** Returns the demo's terminal output. */
export function demoText(): string {
  const profile = readJson('./profile.json') as { title: string; version: string };
  const blocks = evaluateExamples().map((evaluation) => summaryText(evaluation, { gaps: 4 }));
  return [`${profile.title} (profile ${profile.version})`, '', blocks.join('\n\n')].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(demoText());
}
