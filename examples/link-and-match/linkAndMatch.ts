/**
 * Link and match: 150 synthetic small suppliers (IKM) being prepared to supply the pump injector are
 * evaluated against the buyer's profile. The summary says how many pass, how many are conditional,
 * which gaps are most common, and how many suppliers need people training versus better machines;
 * every number comes from the evaluations. Run with `npx tsx examples/link-and-match/linkAndMatch.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineProfile, evaluate, evaluateCohortSync, pathToPass, type CohortSummary, type Profile } from 'supplier-quality';
import { renderCohort } from 'supplier-quality/report';
import { generateSuppliers } from './generate.js';

/** The seed of the synthetic suppliers, so the example prints the same every time. */
export const SEED = 2026;
/** How many suppliers the programme prepares. */
export const COUNT = 150;

/** Returns the pump-injector profile of the example next door. */
export function pumpInjectorProfile(): Profile {
  const text = readFileSync(fileURLToPath(new URL('../pump-injector/profile.json', import.meta.url)), 'utf8');
  return defineProfile(JSON.parse(text));
}

const FAMILY_LABEL: Readonly<Record<string, string>> = {
  man: 'training (man)',
  machine: 'equipment (machine)',
  method: 'method',
  material: 'material',
  measurement: 'measurement',
  environment: 'environment',
};

/**
 * Returns a statistic of the scores (a decimal text) with `places` decimals, rounded half up: the
 * cohort report writes statistics with one decimal more than the scores.
 */
function statistic(value: string | null | undefined, places: number): string {
  if (value === null || value === undefined) return '-';
  const [sign, digits] = value.startsWith('-') ? ['-', value.slice(1)] : ['', value];
  const [whole = '0', fraction = ''] = digits.split('.');
  const rounded = ((BigInt(whole + fraction.padEnd(places + 1, '0').slice(0, places + 1)) + 5n) / 10n).toString().padStart(places + 1, '0');
  return `${sign}${rounded.slice(0, rounded.length - places)}${places > 0 ? `.${rounded.slice(-places)}` : ''}`;
}

/** Returns the first sentence of the cohort report in a language: how many can supply now and what holds the rest back. */
export function headline(summary: CohortSummary, lang: 'en' | 'id'): string {
  return renderCohort(summary, { format: 'text', lang }).split('\n')[0] as string;
}

/** Returns the example's cohort summary and its text for the terminal. */
export function linkAndMatch(seed = SEED, count = COUNT): { summary: CohortSummary; text: string } {
  const profile = pumpInjectorProfile();
  const suppliers = generateSuppliers(count, seed);
  const summary = evaluateCohortSync(profile, suppliers, { paths: true, top: 5, nearMissLimit: 5 });
  const d = summary.decisions;
  const stat = (value: string | null | undefined) => statistic(value, summary.places + 1);
  const q = (p: string) => stat(summary.scores.quantiles.find((x) => x.p === p)?.value);
  const lines: string[] = [
    `Link and match: ${summary.records} small suppliers against "${summary.profile.title}" (profile ${summary.profile.version})`,
    '',
    // The headline of the cohort report, in English and in Bahasa Indonesia.
    headline(summary, 'en'),
    headline(summary, 'id'),
    '',
    `Decisions     approved ${d.approved} · conditional ${d.conditional} · rejected ${d.rejected} · incomplete (evidence missing) ${d.incomplete}`,
    `Pass rate     ${summary.passRate} % approved or conditional`,
    `Scores        median ${q('0.5')} · quartiles ${q('0.25')}–${q('0.75')} · mean ${stat(summary.scores.mean)} · range ${statistic(summary.scores.min, summary.places)}–${statistic(summary.scores.max, summary.places)}`,
    `Near misses   ${summary.nearMisses.count.conditional} within ${summary.settings.nearMissMargin} points of conditional, ${summary.nearMisses.count.approved} of approval`,
    '',
    'Most frequent gaps        family      suppliers  knock-outs  in path to next decision',
  ];
  for (const gap of summary.gaps.byCriterion.slice(0, 6)) {
    lines.push(
      `  ${gap.criterion.padEnd(22)}  ${gap.causeFamily.padEnd(9)}  ${String(gap.suppliers).padStart(9)}  ${String(gap.knockOuts).padStart(10)}  ${String(gap.inNextPath ?? 0).padStart(24)}`,
    );
  }
  lines.push('', 'Needs by cause family     suppliers with a gap   needed for next decision   needed for approval');
  for (const family of summary.gaps.byCauseFamily.filter((f) => f.suppliers > 0)) {
    lines.push(
      `  ${(FAMILY_LABEL[family.causeFamily] ?? family.causeFamily).padEnd(22)}  ${String(family.suppliers).padStart(20)}   ${String(family.inNextPath ?? 0).padStart(24)}   ${String(family.inApprovalPath ?? 0).padStart(19)}`,
    );
  }
  lines.push('', 'By region');
  for (const region of summary.regions) {
    const r = region.decisions;
    lines.push(
      `  ${(region.region ?? '(none)').padEnd(18)} ${String(region.suppliers).padStart(3)} suppliers   approved ${r.approved} · conditional ${r.conditional} · rejected ${r.rejected} · incomplete ${r.incomplete}   mean ${stat(region.meanScore)}`,
    );
  }
  // The ranking and near misses as the cohort report writes them: each supplier with its decisive cause.
  const report = renderCohort(summary, { format: 'text', lang: 'en', profile }).split('\n');
  const rankingAt = report.findIndex((line) => line.startsWith('Ranking:'));
  lines.push('', `Top ${summary.ranking.entries.length}`, ...report.slice(rankingAt + 1, rankingAt + 1 + summary.ranking.entries.length));
  // What exactly the nearest miss must fix: its own path to pass, checked by scoring it again.
  const nearest = summary.nearMisses.suppliers[0];
  if (nearest) {
    const evidence = suppliers.find((s) => (s as { supplier: { id: string } }).supplier.id === nearest.supplier.id);
    const path = pathToPass(profile, evaluate(profile, evidence));
    const reported = report.find((line) => line.startsWith(`  - ${nearest.supplier.name} (${nearest.supplier.id}): `));
    const cause = reported?.includes(' — ') ? ` — ${reported.slice(reported.indexOf(' — ') + 3)}` : '';
    lines.push('', `Nearest miss: ${nearest.supplier.id} ${nearest.supplier.name}, ${nearest.score} ${nearest.decision}, ${nearest.distance} below ${nearest.next}${cause}`);
    if (path.next) {
      lines.push(`  ${path.next.explanation}`);
      for (const step of path.next.steps) lines.push(`    ${step.explanation}  [${step.causeFamily}]${step.remedy ? ` ${step.remedy}` : ''}`);
    }
  }
  return { summary, text: lines.join('\n') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(linkAndMatch().text);
}
