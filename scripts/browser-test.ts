/**
 * Renders the example reports as HTML, opens each in headless Chromium (Debian's /usr/bin/chromium,
 * driven by playwright-core; never a downloaded browser), checks that the charts are there with the
 * expected number of bars and limit lines, that nothing is loaded from outside the file, that the page
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
import { renderEvaluation } from '../src/report/renderEvaluation.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.tmp', 'browser');
const shotDir = join(outDir, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WIDTHS = { phone: 390, desktop: 1280 } as const;

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** What a page must contain, computed from the data, not from the rendered HTML. */
interface Expectations {
  readonly categoryBars?: number;
  readonly gradeLines?: number;
  readonly minLines?: number;
  /** Per measured characteristic: values, values outside, limit lines. */
  readonly measurements?: ReadonlyArray<{ readonly id: string; readonly n: number; readonly outside: number; readonly limits: number }>;
  /** Count charts (cohort): chart class → bars and their total. */
  readonly counts?: ReadonlyArray<{ readonly chart: string; readonly bars: number; readonly total: number }>;
}

interface Report {
  readonly name: string;
  readonly html: string;
  readonly expect: Expectations;
}

function evaluationExpectations(evaluation: Evaluation, grades: ReadonlyArray<{ min: number | string }>): Expectations {
  return {
    categoryBars: 1 + evaluation.categories.filter((c) => c.score !== null).length,
    gradeLines: grades.filter((g) => Number(g.min) > 0 && Number(g.min) < 100).length,
    minLines: evaluation.categories.filter((c) => c.minScore !== undefined).length,
    measurements: evaluation.criteria
      .filter((c) => c.kind === 'measurement' && c.found && Number(c.found.n) > 0)
      .map((c) => ({
        id: c.id,
        n: Number(c.found?.n),
        outside: Number(c.found?.outOfSpec),
        limits: (c.required.lsl !== undefined ? 1 : 0) + (c.required.usl !== undefined ? 1 : 0),
      })),
  };
}

function exampleReports(): Report[] {
  const profile = readJson('examples/pump-injector/profile.json') as { grades: Array<{ min: number }> };
  const reports: Report[] = [];
  for (const supplier of ['injektor-presisi', 'maju-jaya', 'sumber-logam']) {
    const evidence = readJson(`examples/pump-injector/evidence/${supplier}.json`);
    const evaluation = evaluate(profile, evidence);
    for (const lang of ['en', 'id'] as const) {
      reports.push({
        name: `evaluation-${supplier}-${lang}`,
        html: renderEvaluation(evaluation, { format: 'html', lang, profile: profile as never, evidence: evidence as never }),
        expect: evaluationExpectations(evaluation, profile.grades),
      });
    }
  }
  return reports;
}

/** What the page shows, measured in the browser. */
interface Probe {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** Tables, figures, sections and list items whose content is wider than they are. */
  readonly overflowing: number;
  readonly categoryCharts: number;
  readonly categoryBars: number;
  readonly gradeLines: number;
  readonly minLines: number;
  readonly measurements: ReadonlyArray<{
    readonly id: string | null;
    readonly charts: number;
    readonly bars: number;
    readonly drawnBars: number;
    readonly values: number;
    readonly outside: number;
    readonly limits: number;
  }>;
  readonly counts: ReadonlyArray<{ readonly chart: string; readonly bars: number; readonly total: number }>;
}

/**
 * Runs in the page (plain JavaScript text, so the bundler's helpers never reach the browser).
 * Lines and bars count only when the browser actually drew them with a size.
 */
const PAGE_PROBE = `(() => {
  const all = (selector, scope) => Array.from((scope || document).querySelectorAll(selector));
  const sum = (els, attribute) => els.reduce((total, el) => total + Number(el.getAttribute(attribute) || 0), 0);
  const drawn = (el) => { const box = el.getBoundingClientRect(); return box.width > 0 || box.height > 0; };
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    overflowing: all('.table-wrap, figure, section, li').filter((el) => el.scrollWidth > el.clientWidth + 1).length,
    categoryCharts: all('svg.chart-categories').length,
    categoryBars: all('svg.chart-categories rect.bar').length,
    gradeLines: all('svg.chart-categories line.grade-line').filter(drawn).length,
    minLines: all('svg.chart-categories line.min-line').filter(drawn).length,
    measurements: all('figure[data-criterion]').map((figure) => ({
      id: figure.getAttribute('data-criterion'),
      charts: all('svg.chart-values', figure).length,
      bars: all('rect.bar', figure).length,
      drawnBars: all('rect.bar', figure).filter(drawn).length,
      values: sum(all('rect.bar', figure), 'data-count'),
      outside: sum(all('rect.bar-out', figure), 'data-count'),
      limits: all('line.limit-line', figure).filter(drawn).length,
    })),
    counts: all('svg.chart-counts').map((svg) => ({
      chart: Array.from(svg.classList).find((c) => c !== 'chart' && c !== 'chart-counts') || '',
      bars: all('rect.bar', svg).length,
      total: sum(all('rect.bar', svg), 'data-count'),
    })),
  };
})()`;

/** Returns the problems found on a loaded page (empty when it is as expected). */
async function checkPage(page: Page, expect: Expectations): Promise<string[]> {
  const found = (await page.evaluate(PAGE_PROBE)) as Probe;
  const problems: string[] = [];
  const same = (what: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) problems.push(`${what}: ${String(actual)}, expected ${String(wanted)}`);
  };
  if (found.scrollWidth > found.clientWidth + 1) problems.push(`page scrolls sideways: ${found.scrollWidth} px wide in ${found.clientWidth} px`);
  if (found.overflowing > 0) problems.push(`${found.overflowing} block(s) wider than their box`);
  if (expect.categoryBars !== undefined) {
    same('category charts', found.categoryCharts, 1);
    same('category chart bars', found.categoryBars, expect.categoryBars);
    same('grade band lines', found.gradeLines, expect.gradeLines);
    same('category minimum lines', found.minLines, expect.minLines);
  }
  for (const m of expect.measurements ?? []) {
    const chart = found.measurements.find((f) => f.id === m.id);
    if (!chart) {
      problems.push(`no chart for ${m.id}`);
      continue;
    }
    same(`${m.id}: charts`, chart.charts, 1);
    same(`${m.id}: values in the bars`, chart.values, m.n);
    same(`${m.id}: values in bars outside the limits`, chart.outside, m.outside);
    same(`${m.id}: bars drawn`, chart.drawnBars, chart.bars);
    same(`${m.id}: limit lines`, chart.limits, m.limits);
    if (chart.bars === 0) problems.push(`${m.id}: no bars`);
  }
  if (expect.measurements) same('measurement charts', found.measurements.length, expect.measurements.length);
  for (const c of expect.counts ?? []) {
    const chart = found.counts.find((f) => f.chart === c.chart);
    if (!chart) {
      problems.push(`no chart ${c.chart}`);
      continue;
    }
    same(`${c.chart}: bars`, chart.bars, c.bars);
    same(`${c.chart}: total`, chart.total, c.total);
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
        const problems = [...errors, ...(await checkPage(page, report.expect))];
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
