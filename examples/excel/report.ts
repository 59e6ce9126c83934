/**
 * Reads an audit workbook (the profile's sheets and one supplier's evidence sheets, laid out as
 * docs/sheets.md describes), evaluates it, and writes a report workbook with the sheets Report
 * (decision, reasons, categories, criteria) and Gaps (the gap list by priority).
 *
 *   npx tsx examples/excel/report.ts audit.xlsx report.xlsx [--lang id]
 *   npx tsx examples/excel/report.ts --example audit.xlsx [--supplier sumber-logam]   (writes an example audit workbook)
 *
 * exceljs writes and reads date cells as midnight UTC, so the sheets are read with `dates: 'utc'`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, type Evaluation } from 'supplier-quality';
import { evaluationRows, evidenceFromSheets, gapRows, issueText, profileFromSheets } from 'supplier-quality/sheets';
import { evidenceSheets, profileSheets } from './auditSheets.js';
import { readWorkbook, writeWorkbook } from './workbook.js';
import { suppliers } from '../pump-injector/demo.js';

const example = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../pump-injector/${name}`, import.meta.url)), 'utf8')) as Record<string, unknown>;

/** A calendar date as exceljs writes a date cell: midnight UTC. */
const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);

/** Writes the example audit workbook: the pump-injector profile and the audit of one supplier. */
export async function writeExampleAudit(path: string, supplier = 'maju-jaya'): Promise<void> {
  await writeWorkbook(path, {
    ...profileSheets(example('profile.json')),
    ...evidenceSheets(example(`evidence/${supplier}.json`), utcDate),
  });
}

/** Thrown with every problem found in the audit workbook, each with its sheet and cell. */
export class WorkbookProblems extends Error {
  constructor(readonly lines: readonly string[]) {
    super(`The audit workbook has ${lines.length} problem(s):\n${lines.join('\n')}`);
  }
}

/**
 * Reads an audit workbook, evaluates it and writes the report workbook, laid out for printing, in
 * English or Bahasa Indonesia (`lang`); returns the evaluation.
 */
export async function reportWorkbook(auditPath: string, reportPath: string, lang: 'en' | 'id' = 'en'): Promise<Evaluation> {
  const sheets = await readWorkbook(auditPath);
  const sheet = (name: string) => (sheets[name] ? { name, values: sheets[name] } : undefined);
  const profile = profileFromSheets(
    { profile: sheet('Profile'), categories: sheet('Categories'), criteria: sheet('Criteria') ?? [], grades: sheet('Grades'), rules: sheet('Rules') },
    { dates: 'utc' },
  );
  if (!profile.success) throw new WorkbookProblems(profile.error.issues.map((issue) => issueText(issue)));
  const evidence = evidenceFromSheets(
    {
      supplier: sheet('Supplier') ?? [],
      measurements: sheet('Measurements'),
      processSteps: sheet('Process steps'),
      audit: sheet('Audit answers'),
      certificates: sheet('Certificates'),
      metrics: sheet('Metrics'),
      documents: sheet('Documents'),
      checks: sheet('Checks'),
      lots: sheet('Lots'),
      gaugeStudies: sheet('Gauge studies'),
    },
    { profile: profile.data, dates: 'utc' },
  );
  if (!evidence.success) throw new WorkbookProblems(evidence.error.issues.map((issue) => issueText(issue)));
  const evaluation = evaluate(profile.data, evidence.data);
  const options = { lang, profile: profile.data };
  await writeWorkbook(reportPath, { Report: evaluationRows(evaluation, options), Gaps: gapRows(evaluation, options) }, ['Report', 'Gaps']);
  return evaluation;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args.splice(langAt, 2)[1] : 'en';
  const supplierAt = args.indexOf('--supplier');
  const supplier = supplierAt >= 0 ? args.splice(supplierAt, 2)[1] : 'maju-jaya';
  const [first, second] = args;
  if (lang !== 'en' && lang !== 'id') {
    console.error('--lang is en or id');
    process.exitCode = 2;
  } else if (!suppliers.includes(supplier as never)) {
    console.error(`--supplier is one of ${suppliers.join(', ')}`);
    process.exitCode = 2;
  } else if (first === '--example' && second) {
    await writeExampleAudit(second, supplier);
    console.log(`wrote ${second}`);
  } else if (first && second) {
    try {
      const evaluation = await reportWorkbook(first, second, lang);
      console.log(`${evaluation.supplier.name}: ${evaluation.decision}, score ${evaluation.score}, grade ${evaluation.grade}; wrote ${second}`);
    } catch (error) {
      console.error(error instanceof WorkbookProblems ? error.message : error);
      process.exitCode = 2;
    }
  } else {
    console.error(`usage: report.ts <audit.xlsx> <report.xlsx> [--lang en|id] | report.ts --example <audit.xlsx> [--supplier ${suppliers.join('|')}]`);
    process.exitCode = 2;
  }
}
