/**
 * Renders the example reports as HTML (the three pump-injector suppliers, a re-audit comparison and
 * the link-and-match cohort), opens each in headless Chromium (Debian's /usr/bin/chromium,
 * driven by playwright-core; never a downloaded browser), checks that the charts are there with the
 * expected number of bars and limit lines (grade lines on the overall score only; histograms with
 * their counts, mean and legend inside the chart), that the path to pass shows the steps its routes
 * share once, with one note on the effort, that nothing is loaded from outside the file, that the page
 * does not scroll sideways on a phone, and takes screenshots at phone and desktop widths.
 * Fails on any console error or page error. Run with `npm run test:browser`.
 *
 * Screenshots and the rendered files go to .tmp/browser/ (git-ignored).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { evaluate, type Evaluation } from 'supplier-quality';
import { evaluateCohortSync } from 'supplier-quality/cohort';
import { compareEvaluations, pathToPass, type PathPlan, type PathToPass } from 'supplier-quality/gaps';
import { generateSuppliers } from '../examples/link-and-match/generate.js';
import { COUNT, SEED } from '../examples/link-and-match/linkAndMatch.js';
import { renderCohort } from '../src/report/renderCohort.js';
import { renderComparison } from '../src/report/renderComparison.js';
import { renderEvaluation } from 'supplier-quality/report';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.tmp', 'browser');
const shotDir = join(outDir, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDTHS = { phone: 390, desktop: 1280 } as const;

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** What one chart must show, computed from the data, not from the rendered HTML. */
interface ChartExpectation {
  /** The chart's class (`chart-categories`, `chart-values`…) and, for measured values, the criterion. */
  readonly chart: string;
  readonly criterion?: string;
  readonly bars?: number;
  /** Sum of the bars' counts (values, suppliers). */
  readonly total?: number;
  /** Sum of the counts of the bars outside the limits. */
  readonly outside?: number;
  readonly gradeLines?: number;
  readonly minLines?: number;
  readonly limitLines?: number;
  /** Every bar has a size (histograms: a bar is there only when it counts something). */
  readonly allBarsDrawn?: boolean;
  /** Grade band lines drawn across the overall score's bar only, not across the category bars. */
  readonly gradeLinesOnOverallOnly?: boolean;
  /** Each bar labelled with its count (histograms). */
  readonly countLabels?: boolean;
  /** The items of the legend, in order (measured values: limits, count, mean, capability index). */
  readonly legend?: readonly string[];
  readonly meanLines?: number;
  /** Control charts: the points the result flags (1-based), each drawn ringed; no bars. */
  readonly flagged?: readonly number[];
}

interface Report {
  readonly name: string;
  readonly html: string;
  readonly charts: readonly ChartExpectation[];
  /** The routes of the path to pass, and how many steps they share (shown once). */
  readonly path?: { readonly routes: number; readonly shared: number };
}

const gradeLinesOf = (grades: ReadonlyArray<{ min: number | string }>) => grades.filter((g) => Number(g.min) > 0 && Number(g.min) < 100).length;

function evaluationCharts(evaluation: Evaluation, grades: ReadonlyArray<{ min: number | string }>): ChartExpectation[] {
  return [
    {
      chart: 'chart-categories',
      bars: 1 + evaluation.categories.filter((c) => c.score !== null).length,
      gradeLines: gradeLinesOf(grades),
      gradeLinesOnOverallOnly: true,
      minLines: evaluation.categories.filter((c) => c.minScore !== undefined).length,
    },
    ...evaluation.criteria
      .filter((c) => c.kind === 'measurement' && c.found && Number(c.found.n) > 0)
      .map((c) => ({
        chart: 'chart-values',
        criterion: c.id,
        total: Number(c.found?.n),
        outside: Number(c.found?.outOfSpec),
        limitLines: (c.required.lsl !== undefined ? 1 : 0) + (c.required.usl !== undefined ? 1 : 0),
        allBarsDrawn: true,
        countLabels: true,
        legend: ['limits', 'n', 'mean', ...((c.found?.capability as { value?: unknown } | undefined)?.value ? ['capability'] : [])],
        meanLines: 1,
      })),
    ...evaluation.criteria
      .map((c) => ({ c, stability: (c.found?.capability as { stability?: { stable?: boolean | null; flagged?: number[] } } | undefined)?.stability }))
      .filter(({ stability }) => stability !== undefined && stability.stable !== null && stability.stable !== undefined)
      .map(({ c, stability }) => ({ chart: 'chart-control', criterion: c.id, flagged: stability?.flagged ?? [] })),
  ];
}

/** The routes of a path to pass and the steps they share, from the path itself. */
function pathExpectation(path: PathToPass): Report['path'] {
  const plans = [path.next, path.approval].filter((plan, i, all): plan is PathPlan => plan !== null && (i === 0 || plan.target !== all[0]?.target));
  let shared = 0;
  if (plans.length === 2) {
    const [a, b] = plans as [PathPlan, PathPlan];
    while (shared < a.steps.length && shared < b.steps.length && a.steps[shared]?.criterion === b.steps[shared]?.criterion) shared++;
  }
  return { routes: plans.length, shared };
}

function exampleReports(): Report[] {
  const profile = readJson('examples/pump-injector/profile.json') as { grades: Array<{ min: number }> };
  const grades = profile.grades;
  const reports: Report[] = [];
  const evaluations = new Map<string, Evaluation>();
  for (const supplier of ['injektor-presisi', 'maju-jaya', 'sumber-logam']) {
    const evidence = readJson(`examples/pump-injector/evidence/${supplier}.json`);
    const evaluation = evaluate(profile, evidence);
    evaluations.set(supplier, evaluation);
    const path = pathToPass(profile, evaluation);
    for (const lang of ['en', 'id'] as const) {
      reports.push({
        name: `evaluation-${supplier}-${lang}`,
        html: renderEvaluation(evaluation, { format: 'html', lang, profile: profile as never, evidence: evidence as never, path }),
        charts: evaluationCharts(evaluation, grades),
        path: pathExpectation(path),
      });
    }
  }
  const reaudit = evaluate(profile, readJson('examples/pump-injector/reaudit/maju-jaya-2027-02.json'));
  const comparison = compareEvaluations(evaluations.get('maju-jaya'), reaudit);
  const summary = evaluateCohortSync(profile, generateSuppliers(COUNT, SEED), { paths: true, fullRanking: true });
  const bands = new Set(summary.scores.histogram.map(([score]) => Math.min(19, Math.floor(Number(score) / 5))));
  for (const lang of ['en', 'id'] as const) {
    reports.push({
      name: `comparison-maju-jaya-${lang}`,
      html: renderComparison(comparison, { format: 'html', lang, profile: profile as never }),
      charts: [{ chart: 'chart-scores', bars: 2, gradeLines: gradeLinesOf(grades) }],
    });
    reports.push({
      name: `cohort-link-and-match-${lang}`,
      html: renderCohort(summary, { format: 'html', lang, profile: profile as never }),
      charts: [
        { chart: 'chart-decisions', bars: 4, total: summary.evaluated },
        { chart: 'chart-families', bars: 6, total: summary.gaps.byCauseFamily.reduce((sum, f) => sum + f.suppliers, 0) },
        { chart: 'chart-distribution', bars: bands.size, total: summary.evaluated, gradeLines: gradeLinesOf(grades), allBarsDrawn: true },
      ],
    });
  }
  return reports;
}

/** What the page shows, measured in the browser. */
interface Probe {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** Tables, figures, sections and list items whose content is wider than they are. */
  readonly overflowing: number;
  /** The path to pass: its routes, its shared steps, the criteria shown in more than one step, its notes. */
  readonly path: { readonly routes: number; readonly shared: number; readonly repeated: number; readonly notes: number } | null;
  readonly charts: ReadonlyArray<{
    readonly classes: readonly string[];
    readonly criterion: string | null;
    readonly bars: number;
    readonly drawnBars: number;
    readonly total: number;
    readonly outside: number;
    readonly gradeLines: number;
    readonly minLines: number;
    readonly limitLines: number;
    readonly gradeLinesPastOverall: number;
    readonly countLabels: number;
    readonly countTotal: number;
    readonly legend: readonly string[];
    readonly legendOutside: number;
    readonly meanLines: number;
    readonly points: number;
    readonly drawnPoints: number;
    readonly flagged: readonly number[];
    readonly width: number;
  }>;
}

/**
 * Runs in the page (plain JavaScript text, so the bundler's helpers never reach the browser). Lines
 * count only when the browser actually drew them; bars count as drawn when they have a size.
 */
const PAGE_PROBE = `(() => {
  const all = (selector, scope) => Array.from((scope || document).querySelectorAll(selector));
  const sum = (els, attribute) => els.reduce((total, el) => total + Number(el.getAttribute(attribute) || 0), 0);
  const drawn = (el) => { const box = el.getBoundingClientRect(); return box.width > 0 || box.height > 0; };
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    overflowing: all('.table-wrap, figure, section, li').filter((el) => el.scrollWidth > el.clientWidth + 1).length,
    path: (() => {
      const section = document.querySelector('section.path');
      if (!section) return null;
      const ids = all('li[data-criterion]', section).map((li) => li.getAttribute('data-criterion'));
      return {
        routes: all('.plan', section).length,
        shared: all('ol.steps-shared > li', section).length,
        repeated: ids.length - new Set(ids).size,
        notes: all(':scope > p.meta', section).length,
      };
    })(),
    charts: all('svg.chart').map((svg) => {
      const figure = svg.closest('figure[data-criterion]');
      const bars = all('rect.bar', svg);
      const box = svg.getBoundingClientRect();
      const overall = svg.querySelector('rect[data-row="overall"]');
      const overallBottom = overall ? overall.getBoundingClientRect().bottom : Infinity;
      const counts = all('text.bar-count', svg);
      return {
        classes: Array.from(svg.classList),
        criterion: figure ? figure.getAttribute('data-criterion') : null,
        bars: bars.length,
        drawnBars: bars.filter(drawn).length,
        total: sum(bars, 'data-count'),
        outside: sum(all('rect.bar-out', svg), 'data-count'),
        gradeLines: all('line.grade-line', svg).filter(drawn).length,
        minLines: all('line.min-line', svg).filter(drawn).length,
        limitLines: all('line.limit-line', svg).filter(drawn).length,
        gradeLinesPastOverall: all('line.grade-line', svg).filter((line) => line.getBoundingClientRect().bottom > overallBottom + 4).length,
        countLabels: counts.length,
        countTotal: counts.reduce((total, text) => total + Number(text.textContent.replace(/[^0-9]/g, '')), 0),
        legend: all('text.legend tspan[data-item]', svg).map((item) => item.getAttribute('data-item')),
        legendOutside: all('text.legend', svg).filter((text) => { const r = text.getBoundingClientRect(); return r.left < box.left - 1 || r.right > box.right + 1; }).length,
        meanLines: all('line.mean-line', svg).filter(drawn).length,
        points: all('circle.point', svg).length,
        drawnPoints: all('circle.point', svg).filter(drawn).length,
        flagged: Array.from(new Set(all('circle.flagged', svg).map((c) => Number(c.getAttribute('data-point'))))).sort((a, b) => a - b),
        width: box.width,
      };
    }),
  };
})()`;

/** Returns the problems found on a loaded page (empty when it is as expected). */
async function checkPage(page: Page, charts: readonly ChartExpectation[], path: Report['path']): Promise<string[]> {
  const found = (await page.evaluate(PAGE_PROBE)) as Probe;
  const problems: string[] = [];
  const same = (what: string, actual: unknown, wanted: unknown) => {
    if (wanted !== undefined && actual !== wanted) problems.push(`${what}: ${String(actual)}, expected ${String(wanted)}`);
  };
  if (found.scrollWidth > found.clientWidth + 1) problems.push(`page scrolls sideways: ${found.scrollWidth} px wide in ${found.clientWidth} px`);
  if (found.overflowing > 0) problems.push(`${found.overflowing} block(s) wider than their box`);
  same('charts on the page', found.charts.length, charts.length);
  if (path && path.routes === 0 && found.path) problems.push('path: shown with no route to show');
  if (path && path.routes > 0) {
    same('path: routes', found.path?.routes, path.routes);
    same('path: shared steps shown once', found.path?.shared, path.shared);
    same('path: steps shown twice', found.path?.repeated, 0);
    if ((found.path?.notes ?? 0) > 2) problems.push(`path: ${found.path?.notes} notes, expected one on the effort (and one on the search)`);
  }
  for (const wanted of charts) {
    const name = wanted.criterion ? `${wanted.chart} ${wanted.criterion}` : wanted.chart;
    const matches = found.charts.filter((c) => c.classes.includes(wanted.chart) && (wanted.criterion === undefined || c.criterion === wanted.criterion));
    if (matches.length !== 1) {
      problems.push(`${name}: ${matches.length} charts, expected 1`);
      continue;
    }
    const chart = matches[0] as Probe['charts'][number];
    if (chart.width < 200) problems.push(`${name}: only ${chart.width} px wide`);
    if (wanted.flagged) {
      if (chart.points === 0) problems.push(`${name}: no points`);
      if (chart.drawnPoints !== chart.points) problems.push(`${name}: ${chart.points - chart.drawnPoints} points not drawn`);
      same(`${name}: flagged points`, chart.flagged.join(' '), wanted.flagged.join(' '));
      same(`${name}: legend lines outside the chart`, chart.legendOutside, 0);
      continue;
    }
    if (chart.bars === 0) problems.push(`${name}: no bars`);
    same(`${name}: bars`, chart.bars, wanted.bars);
    same(`${name}: total of the bars`, chart.total, wanted.total);
    same(`${name}: total of the bars outside the limits`, chart.outside, wanted.outside);
    same(`${name}: grade band lines`, chart.gradeLines, wanted.gradeLines ?? 0);
    same(`${name}: minimum lines`, chart.minLines, wanted.minLines ?? 0);
    same(`${name}: limit lines`, chart.limitLines, wanted.limitLines ?? 0);
    if (wanted.allBarsDrawn && chart.drawnBars !== chart.bars) problems.push(`${name}: ${chart.bars - chart.drawnBars} bars not drawn`);
    if (wanted.gradeLinesOnOverallOnly) same(`${name}: grade band lines across the category bars`, chart.gradeLinesPastOverall, 0);
    if (wanted.countLabels) {
      same(`${name}: count labels`, chart.countLabels, chart.bars);
      same(`${name}: total of the count labels`, chart.countTotal, chart.total);
    }
    if (wanted.legend) same(`${name}: legend`, chart.legend.join(', '), wanted.legend.join(', '));
    same(`${name}: legend lines outside the chart`, chart.legendOutside, 0);
    same(`${name}: mean lines`, chart.meanLines, wanted.meanLines ?? 0);
    if (chart.drawnBars === 0 && chart.total > 0) problems.push(`${name}: no bar drawn`);
  }
  return problems;
}

async function main(): Promise<number> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(shotDir, { recursive: true });
  const reports = exampleReports();
  const profileDir = mkdtempSync(join(tmpdir(), 'supplier-quality-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: WIDTHS.desktop, height: 900 },
  });
  let failures = 0;
  try {
    for (const report of reports) {
      const file = join(outDir, `${report.name}.html`);
      writeFileSync(file, report.html);
      for (const [label, width] of Object.entries(WIDTHS)) {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        page.on('request', (request) => {
          const url = request.url();
          if (!url.startsWith('file:') && !url.startsWith('data:')) errors.push(`request outside the file: ${url}`);
        });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        const problems = [...errors, ...(await checkPage(page, report.charts, report.path))];
        await page.screenshot({ path: join(shotDir, `${report.name}-${label}.png`), fullPage: true });
        await page.close();
        if (problems.length) {
          failures++;
          console.error(`FAIL ${report.name} at ${width} px\n  ${problems.join('\n  ')}`);
        } else {
          console.log(`ok   ${report.name} at ${width} px`);
        }
      }
    }
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  console.log(`${reports.length * 2 - failures} of ${reports.length * 2} pages as expected; screenshots in ${shotDir}`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
