import { reportMessages, type ReportLanguage } from '../language.js';
import { escapeHtml } from '../escape.js';
import { runRuleMark } from '../../stats/runRules.js';
import { RUN_RULE_TEXT, type ChartPanel, type ControlChart, type RunRule } from '../../stats/index.js';
import { Decimal, toDecimal } from '../../decimal.js';
import { largest } from '../../lists/largest.js';
import { smallest } from '../../lists/smallest.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const LEFT = 8;
const RIGHT = 96;
const LOCATION = { top: 28, height: 190 };
const DISPERSION = { top: 258, height: 96 };
const HEIGHT = 372;

const PANEL_NAMES = {
  individual: 'chart.control.individual',
  mean: 'chart.control.mean',
  'moving-range': 'chart.control.moving-range',
  range: 'chart.control.range',
  'standard-deviation': 'chart.control.standard-deviation',
} as const;

/** The chart's own look, so it reads the same in any page: dashed limits, faint zones, flagged points in red. */
const STYLE =
  '<style>.chart-control .ucl,.chart-control .lcl{stroke:#b3261e;stroke-width:1.5;stroke-dasharray:5 3}.chart-control .center{stroke:#333}' +
  '.chart-control .zone{stroke:#999;stroke-width:.5;stroke-dasharray:2 3}.chart-control .series{stroke:#4a6fa5;stroke-width:1.5}' +
  '.chart-control .point{fill:#4a6fa5}.chart-control .flagged{fill:#b3261e;stroke:#333}.chart-control .line-label,.chart-control .rule-mark{font-size:10px}</style>';

const px = (x: number): string => String(Math.round(x * 100) / 100);

/** The short name of a rule on the chart: WE2, N5. */
export const ruleMark: (rule: RunRule) => string = runRuleMark;

/** Below this magnitude a double loses precision (subnormal), above the next it overflows: such charts are drawn to scale. */
const SMALLEST_PLOTTED = 1e-290;
const LARGEST_PLOTTED = 1e290;

/**
 * Returns the numbers a panel plots for its decimal texts (null stays null): the doubles of the
 * texts, or, when a text lies beyond the doubles' normal range (above 10^290 or, for the largest,
 * below 10^-290), every text divided by the largest magnitude by its decimals, so the chart has the
 * same shape without an infinite or vanishing coordinate.
 */
function plottedOf(texts: readonly (string | null)[]): (number | null)[] {
  const doubles = texts.map((t) => (t === null ? null : Number(t)));
  let largestMagnitude = 0;
  for (const v of doubles) if (v !== null && !(Math.abs(v) <= largestMagnitude)) largestMagnitude = Math.abs(v);
  // Within the normal doubles, or all 0: as they are.
  if (largestMagnitude <= LARGEST_PLOTTED && (largestMagnitude >= SMALLEST_PLOTTED || texts.every((t) => t === null || toDecimal(t).isZero()))) return doubles;
  const decimals = texts.map((t) => (t === null ? null : toDecimal(t)));
  const scale = decimals.reduce<Decimal>((m, d) => (d !== null && d.abs().gt(m) ? d.abs() : m), new Decimal(0));
  return decimals.map((d) => (d === null ? null : d.div(scale).toNumber()));
}

/** One panel: its lines, the points joined in time order, flagged points ringed and marked with their rules. */
function panel(view: ChartPanel, box: { top: number; height: number }, lang: ReportLanguage): string {
  const say = reportMessages(lang);
  const label = say[PANEL_NAMES[view.statistic]];
  const lines: [string, string][] = [['ucl', view.ucl], ['center', view.center], ['lcl', view.lcl]];
  if (view.zones) lines.push(['zone', view.zones.upper2], ['zone', view.zones.upper1], ['zone', view.zones.lower1], ['zone', view.zones.lower2]);
  const plotted = plottedOf([...view.values, ...lines.map(([, v]) => v)]);
  const numbers = plotted.slice(0, view.values.length);
  const lineNumbers = plotted.slice(view.values.length) as number[];
  const all = [...numbers.filter((v): v is number => v !== null), ...lineNumbers];
  let low = smallest(all);
  let high = largest(all);
  if (high === low) [low, high] = [low - 1, high + 1];
  const pad = (high - low) * 0.06;
  const y = (v: number) => box.top + box.height - ((v - low + pad) / (high - low + 2 * pad)) * box.height;
  const step = (WIDTH - LEFT - RIGHT) / Math.max(1, view.values.length - 1);
  const x = (i: number) => LEFT + i * step;
  const rulesAt = new Map<number, RunRule[]>();
  for (const flag of view.flags) for (const point of flag.points) rulesAt.set(point, [...(rulesAt.get(point) ?? []), flag.rule]);

  const parts: string[] = [`<g class="panel panel-${view.statistic}">`, `<text class="panel-label" x="${LEFT}" y="${px(box.top - 8)}">${escapeHtml(label)}</text>`];
  lines.forEach(([kind, value], i) => {
    const at = px(y(lineNumbers[i] as number));
    parts.push(`<line class="${kind}" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${at}" y2="${at}"/>`);
    if (kind !== 'zone') parts.push(`<text class="line-label" x="${WIDTH - RIGHT + 4}" y="${px(y(lineNumbers[i] as number) + 4)}">${kind === 'center' ? 'CL' : kind.toUpperCase()} ${escapeHtml(value)}</text>`);
  });
  // The points joined in time order; a missing value (the first moving range) breaks the line.
  let run: string[] = [];
  const runs: string[][] = [];
  numbers.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(`${px(x(i))},${px(y(v))}`);
  });
  if (run.length > 0) runs.push(run);
  for (const points of runs) parts.push(`<polyline class="series" fill="none" points="${points.join(' ')}"/>`);
  numbers.forEach((v, i) => {
    if (v === null) return;
    const rules = rulesAt.get(i + 1) ?? [];
    const title = [say['chart.control.point']({ point: String(i + 1), value: view.values[i] as string }), ...rules.map((r) => `${ruleMark(r)}: ${RUN_RULE_TEXT[r][lang]}`)].join('; ');
    const cls = rules.length > 0 ? 'point flagged' : 'point';
    const data = rules.length > 0 ? ` data-rules="${rules.join(' ')}"` : '';
    parts.push(`<circle class="${cls}" cx="${px(x(i))}" cy="${px(y(v))}" r="${rules.length > 0 ? 4.5 : 3}" data-point="${i + 1}"${data}><title>${escapeHtml(title)}</title></circle>`);
    if (rules.length > 0) parts.push(`<text class="rule-mark" x="${px(x(i))}" y="${px(y(v) - 8)}" text-anchor="middle">${rules.map(ruleMark).join(' ')}</text>`);
  });
  parts.push('</g>');
  return parts.join('');
}

/**
 * Returns the inline SVG of a control chart pair from `controlChart`: the location chart (individual
 * values or subgroup means) above the dispersion chart (moving ranges, ranges or standard
 * deviations), each with its points in time order, centre line, control limits (labelled with their
 * values) and, on the location chart, the 1σ and 2σ zone lines; every flagged point is ringed and
 * marked with its rules (N5, WE2), and its tooltip names them in the report's language.
 *
 * @example
 * controlChartSvg(controlChart([10, 11, 10, 11, 10, 11, 10, 18]), 'en').includes('data-rules="we1"')
 * //=> true
 */
export function controlChartSvg(chart: ControlChart, lang: ReportLanguage = 'en'): string {
  const say = reportMessages(lang);
  const name = (statistic: ChartPanel['statistic']) => say[PANEL_NAMES[statistic]];
  const flagged = new Set([...chart.location.flagged, ...chart.dispersion.flagged]).size;
  const title = say['chart.control.title']({
    location: name(chart.location.statistic),
    dispersion: name(chart.dispersion.statistic).toLowerCase(),
    flagged: String(flagged),
  });
  return [
    `<svg xmlns="${SVG_NS}" class="chart chart-control" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${STYLE}`,
    panel(chart.location, LOCATION, lang),
    panel(chart.dispersion, DISPERSION, lang),
    '</svg>',
  ].join('');
}
