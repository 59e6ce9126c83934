import { escapeHtml } from '../escape.js';
import type { Formatter } from '../format.js';
import type { CategoryView, GradeLine, MeasurementView } from '../evaluationView.js';
import { histogramOf } from './histogram.js';
import { largest } from '../../lists/largest.js';
import { smallest } from '../../lists/smallest.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A percentage with at most two decimals, for positions across the chart's width. */
const pct = (x: number): string => `${Math.round(Math.min(100, Math.max(0, x)) * 100) / 100}%`;
const px = (x: number): string => String(Math.round(x * 100) / 100);
const attr = (text: string): string => escapeHtml(text);

/** Shortens a label drawn in a chart; the full text stays in the chart's title. */
function clip(text: string, max = 70): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function svgOpen(className: string, height: number, label: string): string {
  return `<svg xmlns="${SVG_NS}" class="chart ${className}" width="100%" height="${height}" role="img" aria-label="${attr(label)}"><title>${escapeHtml(label)}</title>`;
}

/** A bar row of a horizontal bar chart: label above, bar across a 0–100 % track. */
interface BarRow {
  readonly label: string;
  readonly value: number | null;
  readonly className: string;
  readonly tooltip: string;
  readonly data: Readonly<Record<string, string>>;
  readonly minimum?: number;
}

const ROW = 44;
const TOP = 20;

function barRows(rows: readonly BarRow[], scaleMax: number): string {
  const parts: string[] = [];
  rows.forEach((row, r) => {
    const y = TOP + r * ROW;
    parts.push(`<text class="row-label" x="0" y="${y + 13}">${escapeHtml(clip(row.label))}</text>`);
    parts.push(`<rect class="track" x="0" y="${y + 19}" width="100%" height="14"/>`);
    if (row.value !== null) {
      const data = Object.entries(row.data)
        .map(([k, v]) => ` data-${k}="${attr(v)}"`)
        .join('');
      parts.push(
        `<rect class="bar ${row.className}" x="0" y="${y + 19}" width="${pct((row.value / scaleMax) * 100)}" height="14"${data}><title>${escapeHtml(row.tooltip)}</title></rect>`,
      );
    }
    if (row.minimum !== undefined) {
      const x = pct((row.minimum / scaleMax) * 100);
      parts.push(`<line class="min-line" x1="${x}" x2="${x}" y1="${y + 15}" y2="${y + 37}"/>`);
    }
  });
  return parts.join('');
}

/**
 * Returns the inline SVG chart of an evaluation's overall and category scores (0–100): the overall
 * score against the grade band edges (dashed lines across its bar only, as grades apply to the overall
 * score), each category against its minimum score (a tick on its bar). Positions are percentages of
 * the width, so the chart fits any screen and its text keeps its size.
 *
 * @example
 * categoryChart(view.f, { label: 'Overall score 86.6', score: 86.6, decision: 'conditional' }, view.categories, view.gradeLines)
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-categories" …'
 */
export function categoryChart(
  f: Formatter,
  overall: { readonly label: string; readonly score: number; readonly decision: string },
  categories: readonly CategoryView[],
  gradeLines: readonly GradeLine[],
): string {
  const rows: ScoreBar[] = [
    { label: overall.label, value: overall.score, className: `bar-overall decision-${overall.decision}`, data: { row: 'overall' } },
    ...categories.map((c) => {
      const label = `${c.title}: ${c.score ?? f.say('label.notScored')}${c.minScore !== undefined ? ` (${f.say('chart.minimum', { min: c.minScore })})` : ''}`;
      const below = c.scoreValue !== null && c.minValue !== undefined && c.scoreValue < c.minValue;
      return {
        label,
        value: c.scoreValue,
        className: below ? 'bar-below' : 'bar-category',
        data: { row: 'category', category: c.id },
        ...(c.minValue !== undefined ? { minimum: c.minValue } : {}),
      };
    }),
  ];
  return scoreBars(f, 'chart-categories', f.say('chart.categories'), rows, gradeLines, 1);
}

/** A bar of a score chart (0–100). */
export interface ScoreBar {
  readonly label: string;
  readonly value: number | null;
  readonly className: string;
  readonly data: Readonly<Record<string, string>>;
  readonly minimum?: number;
}

/**
 * Returns an inline SVG chart of scores (0–100) as horizontal bars, with the grade band edges as
 * dashed lines across the first `gradedRows` bars (the bars of overall scores, which grades apply to;
 * default all) and an optional minimum tick per bar.
 *
 * @example
 * scoreBars(f, 'chart-scores', 'Score before and after', [{ label: 'Before: 86.6', value: 86.6, className: 'decision-conditional', data: {} }], [])
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-scores" …'
 */
export function scoreBars(
  f: Formatter,
  className: string,
  title: string,
  bars: readonly ScoreBar[],
  gradeLines: readonly GradeLine[],
  gradedRows = bars.length,
): string {
  const rows: BarRow[] = bars.map((bar) => ({ ...bar, tooltip: bar.label }));
  const height = TOP + rows.length * ROW + 4;
  // Down to the foot of the last graded bar (a row's bar runs from 19 to 33 below its top).
  const gradeBottom = TOP + (Math.max(1, Math.min(gradedRows, rows.length)) - 1) * ROW + 37;
  const grades = gradeLines
    .map((line) => {
      const x = pct(line.value);
      const text = f.say('chart.gradeBand', { grade: line.grade, min: line.min });
      return `<line class="grade-line" x1="${x}" x2="${x}" y1="${TOP - 4}" y2="${gradeBottom}"><title>${escapeHtml(text)}</title></line><text class="grade-label" x="${x}" y="12" text-anchor="middle">${escapeHtml(clip(`${line.grade} ${line.min}`, 12))}</text>`;
    })
    .join('');
  return `${svgOpen(className, height, title)}${barRows(rows, 100)}${grades}</svg>`;
}

/**
 * Returns a horizontal bar chart of counts (decisions, gap counts by cause family), each bar scaled to
 * the largest count.
 *
 * @example
 * countChart('chart-decisions', 'Suppliers by decision', [{ label: 'Approved: 41', count: 41, className: 'decision-approved', key: 'approved' }])
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-decisions" …'
 */
export function countChart(
  className: string,
  title: string,
  items: ReadonlyArray<{ readonly label: string; readonly count: number; readonly className: string; readonly key: string }>,
): string {
  const max = largest([1, ...items.map((item) => item.count)]);
  const rows: BarRow[] = items.map((item) => ({
    label: item.label,
    value: item.count,
    className: item.className,
    tooltip: item.label,
    data: { key: item.key, count: String(item.count) },
  }));
  const height = TOP + rows.length * ROW + 4 - 12;
  return `${svgOpen(`chart-counts ${className}`, height, title)}<g transform="translate(0,-12)">${barRows(rows, max)}</g></svg>`;
}

const H_TOP = 22;
const H_PLOT = 96;
const H_BOTTOM = 22;

function limitLines(f: Formatter, m: MeasurementView, x: (edge: number) => number, lslAt: number | null, uslAt: number | null, nominalAt: number | null): string {
  const parts: string[] = [];
  const bottom = H_TOP + H_PLOT;
  if (nominalAt !== null) {
    const nx = pct(x(nominalAt));
    parts.push(`<line class="nominal-line" x1="${nx}" x2="${nx}" y1="${H_TOP}" y2="${bottom}"/>`);
  }
  const limit = (which: 'lsl' | 'usl', at: number, value: string, anchor: 'start' | 'end') => {
    const lx = pct(x(at));
    const text = `${f.say(which === 'lsl' ? 'chart.lsl' : 'chart.usl')} ${f.number(value)}`;
    parts.push(
      `<line class="limit-line" data-limit="${which}" x1="${lx}" x2="${lx}" y1="${H_TOP - 6}" y2="${bottom}"><title>${escapeHtml(`${text} ${m.unit}`)}</title></line>`,
      `<text class="limit-label" x="${lx}" dx="${anchor === 'start' ? 3 : -3}" y="13" text-anchor="${anchor}">${escapeHtml(text)}</text>`,
    );
  };
  if (lslAt !== null && m.lsl !== null) limit('lsl', lslAt, m.lsl, 'start');
  if (uslAt !== null && m.usl !== null) limit('usl', uslAt, m.usl, 'end');
  return parts.join('');
}

/** Height below the axis of a measured-values chart: the axis labels and the two legend lines. */
const V_BOTTOM = 58;

/**
 * The legend under a measured-values chart, two lines: the limits (`LSL 6.45 · USL 6.55 mm`), then
 * the count, the mean and the capability index found (`32 values · mean 6.502 mm · Cpk 1.45`).
 */
function valuesLegend(f: Formatter, m: MeasurementView): string {
  const bottom = H_TOP + H_PLOT;
  const limits = [
    m.lsl === null ? '' : `${f.say('chart.lsl')} ${f.number(m.lsl)}`,
    m.usl === null ? '' : `${f.say('chart.usl')} ${f.number(m.usl)}`,
  ].filter(Boolean);
  const found = [
    `<tspan data-item="n">${escapeHtml(f.say('chart.count', { n: f.number(String(m.n)) }))}</tspan>`,
    m.meanText === null ? '' : `<tspan data-item="mean">${escapeHtml(f.say('chart.mean', { mean: m.meanText, unit: m.unit }))}</tspan>`,
    m.capability ? `<tspan data-item="capability">${escapeHtml(`${m.capability.index} ${m.capability.value}`)}</tspan>` : '',
  ].filter(Boolean);
  return (
    `<text class="legend legend-limits" x="0" y="${bottom + 34}"><tspan data-item="limits">${escapeHtml(`${limits.join(' · ')} ${m.unit}`)}</tspan></text>` +
    `<text class="legend legend-found" x="0" y="${bottom + 50}">${found.join('<tspan> · </tspan>')}</text>`
  );
}

/** The mean as a solid line from `top` down through the axis, marked x̄ under the axis. */
function meanMark(at: number, top: number): string {
  const x = pct(at);
  const bottom = H_TOP + H_PLOT;
  return `<line class="mean-line" x1="${x}" x2="${x}" y1="${top}" y2="${bottom + 4}"/><text class="mean-label" x="${x}" y="${bottom + 16}" text-anchor="middle">x̄</text>`;
}

function axis(low: string, high: string): string {
  const bottom = H_TOP + H_PLOT;
  return (
    `<line class="axis" x1="0" x2="100%" y1="${bottom}" y2="${bottom}"/>` +
    `<text class="axis-label" x="0" y="${bottom + 16}" text-anchor="start">${escapeHtml(low)}</text>` +
    `<text class="axis-label" x="100%" y="${bottom + 16}" text-anchor="end">${escapeHtml(high)}</text>`
  );
}

/**
 * Returns the inline SVG chart of one characteristic's measured values against its limits: a
 * histogram when the values are given (each bar with its count, bars outside the limits marked),
 * else the range from the smallest to the largest value. LSL and USL are drawn as labelled lines, the
 * mean as a solid line (x̄); the legend below gives the limits, the count, the mean and the capability
 * index found (Cpk or Ppk).
 *
 * @example
 * measurementChart(view.f, view.measurements[0])
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-values" …'
 */
export function measurementChart(f: Formatter, m: MeasurementView): string {
  const height = H_TOP + H_PLOT + V_BOTTOM;
  const bottom = H_TOP + H_PLOT;
  const legend = valuesLegend(f, m);
  if (m.values && m.values.length > 0) {
    const h = histogramOf(m.values, { lsl: m.lsl, usl: m.usl, nominal: m.nominal });
    const span = h.last - h.first + 1;
    const x = (edge: number) => ((edge - h.first) / span) * 100;
    const maxCount = largest(h.bins.map((b) => b.count));
    const label = f.say('chart.values', { n: f.number(String(m.n)), title: m.title, limits: m.limits });
    const bars = h.bins
      .map((bin) => {
        const barHeight = Math.max(2, (bin.count / maxCount) * (H_PLOT - 16));
        const tip = f.say('chart.bin', { from: f.number(bin.from), to: f.number(bin.to), unit: m.unit, count: f.number(String(bin.count)) });
        return (
          `<rect class="bar ${bin.outside ? 'bar-out' : 'bar-in'}" x="${pct(x(bin.index) + 5 / span)}" width="${pct(90 / span)}" y="${px(bottom - barHeight)}" height="${px(barHeight)}" data-count="${bin.count}" data-from="${attr(bin.from)}" data-outside="${bin.outside}"><title>${escapeHtml(tip)}</title></rect>` +
          `<text class="bar-count" x="${pct(x(bin.index + 0.5))}" y="${px(bottom - barHeight - 3)}" text-anchor="middle">${escapeHtml(f.number(String(bin.count)))}</text>`
        );
      })
      .join('');
    const mean = m.mean === null ? '' : meanMark(x(h.first + (Number(m.mean) - Number(h.low)) / Number(h.width)), H_TOP + 16);
    return `${svgOpen('chart-values', height, label)}${bars}${mean}${axis(f.number(h.low), `${f.number(h.high)} ${m.unit}`)}${limitLines(f, m, x, h.lslEdge, h.uslEdge, h.nominalEdge)}${legend}</svg>`;
  }
  const numbers = [m.min, m.max, m.lsl, m.usl].filter((v): v is string => v !== null && v !== '').map(Number);
  let lo = smallest(numbers);
  let hi = largest(numbers);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.1;
  lo -= pad;
  hi += pad;
  const x = (value: number) => ((value - lo) / (hi - lo)) * 100;
  const label = f.say('chart.range', { n: f.number(String(m.n)), title: m.title, min: f.number(m.min), max: f.number(m.max), limits: m.limits });
  const from = x(Number(m.min));
  const to = x(Number(m.max));
  const range = `<rect class="bar range" x="${pct(from)}" width="${pct(Math.max(0.5, to - from))}" y="${H_TOP + 30}" height="${H_PLOT - 60}" data-count="${m.n}"><title>${escapeHtml(label)}</title></rect>`;
  const mean = m.mean === null ? '' : meanMark(x(Number(m.mean)), H_TOP + 24);
  return `${svgOpen('chart-values chart-range', height, label)}${range}${mean}${axis('', m.unit)}${limitLines(f, m, x, m.lsl === null ? null : Number(m.lsl), m.usl === null ? null : Number(m.usl), null)}${legend}</svg>`;
}

/**
 * Returns the inline SVG chart of how many suppliers scored in each band of the 0–100 scale (bands
 * of equal width), with the grade band edges as dashed lines.
 *
 * @example
 * distributionChart(f, 'Suppliers by score', [{ index: 16, from: '80', to: '85', count: 12 }], 5, gradeLines)
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-counts chart-distribution" …'
 */
export function distributionChart(
  f: Formatter,
  title: string,
  bands: ReadonlyArray<{ readonly index: number; readonly from: string; readonly to: string; readonly count: number }>,
  bandWidth: number,
  gradeLines: readonly GradeLine[],
): string {
  const height = H_TOP + H_PLOT + H_BOTTOM;
  const bottom = H_TOP + H_PLOT;
  const max = largest([1, ...bands.map((band) => band.count)]);
  const share = bandWidth / 100;
  const bars = bands
    .map((band) => {
      const h = Math.max(2, (band.count / max) * (H_PLOT - 4));
      const tip = f.say('chart.scoreBand', { from: band.from, to: band.to, count: f.number(String(band.count)) });
      return `<rect class="bar" x="${pct((band.index + 0.05) * share * 100)}" width="${pct(0.9 * share * 100)}" y="${px(bottom - h)}" height="${px(h)}" data-count="${band.count}" data-from="${attr(band.from)}"><title>${escapeHtml(tip)}</title></rect>`;
    })
    .join('');
  const grades = gradeLines
    .map((line) => {
      const x = pct(line.value);
      return `<line class="grade-line" x1="${x}" x2="${x}" y1="${H_TOP - 6}" y2="${bottom}"><title>${escapeHtml(f.say('chart.gradeBand', { grade: line.grade, min: line.min }))}</title></line><text class="grade-label" x="${x}" y="12" text-anchor="middle">${escapeHtml(clip(`${line.grade} ${line.min}`, 12))}</text>`;
    })
    .join('');
  return `${svgOpen('chart-counts chart-distribution', height, title)}${bars}${axis(f.number('0'), f.number('100'))}${grades}</svg>`;
}
