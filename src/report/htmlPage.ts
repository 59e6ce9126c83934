import { escapeHtml } from './escape.js';
import type { ReportLanguage } from './language.js';

/** The style sheet of every HTML report: readable on a phone, printable, no external assets. */
export const REPORT_CSS = `
:root{--ink:#1f2328;--mute:#57606a;--line:#d0d7de;--soft:#f6f8fa;--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;--none:#6e7781;--bar:#0969da;color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;print-color-adjust:exact;-webkit-print-color-adjust:exact}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.1rem 0 .3rem}
h2{font-size:1.2rem;margin:1.8rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:0 0 .2rem}
p{margin:.3rem 0}
.kicker{margin:0;color:var(--mute);font-size:.85rem;text-transform:uppercase;letter-spacing:.04em}
.subtitle{color:var(--mute);margin:0}
.decision{margin:1rem 0;padding:.8rem 1rem;border-left:.4rem solid var(--none);background:var(--soft);border-radius:.3rem}
.decision-word{font-size:1.5rem;font-weight:700;margin:0}
.figures{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;margin:.2rem 0}
.figures b{font-size:1.15rem}
.decision.decision-approved{border-color:var(--ok)}.decision-approved .decision-word{color:var(--ok)}
.decision.decision-conditional{border-color:var(--warn)}.decision-conditional .decision-word{color:var(--warn)}
.decision.decision-rejected{border-color:var(--bad)}.decision-rejected .decision-word{color:var(--bad)}
.decision.decision-incomplete{border-color:var(--none)}.decision-incomplete .decision-word{color:var(--none)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.6rem 0}
dl.facts dt{color:var(--mute)}dl.facts dd{margin:0;overflow-wrap:anywhere}
ul.reasons{padding-left:1.2rem}ul.reasons li{margin:.25rem 0}
ol.gaps{list-style:none;padding:0;margin:0;counter-reset:gap}
ol.gaps>li{border:1px solid var(--line);border-left:.3rem solid var(--warn);border-radius:.3rem;padding:.6rem .8rem;margin:.6rem 0;break-inside:avoid}
ol.gaps>li.knock-out{border-left-color:var(--bad)}ol.gaps>li.missing{border-left-color:var(--none)}
.meta{color:var(--mute);font-size:.9rem}
.badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;font-weight:600;background:var(--soft);border:1px solid var(--line);color:var(--ink)}
.badge.knock-out{background:var(--bad);border-color:var(--bad);color:#fff}
.remedy{background:#eef6ff;border-radius:.3rem;padding:.3rem .5rem}
.label{font-weight:600}
ol.steps{padding-left:1.4rem}ol.steps li{margin:.3rem 0}
.path .routes{border-left:2px solid var(--line);padding-left:.8rem;margin-left:.5rem}.path .routes h3{margin-top:.6rem}
figure{margin:.8rem 0;padding:.6rem .7rem;border:1px solid var(--line);border-radius:.3rem;break-inside:avoid}
figcaption{font-size:.9rem;margin-bottom:.3rem}
figcaption .title{font-weight:600}
svg.chart{display:block;overflow:visible}
svg.chart text{font-size:12px;fill:var(--ink);font-family:inherit}
svg.chart .row-label{font-size:13px}
svg.chart .axis-label,svg.chart .grade-label{fill:var(--mute)}
svg.chart .track{fill:var(--soft)}
svg.chart .bar{fill:var(--bar)}
svg.chart .bar-in{fill:var(--bar)}svg.chart .bar-out,svg.chart .bar-below{fill:var(--bad)}
svg.chart .range{fill:var(--bar);fill-opacity:.35;stroke:var(--bar)}
svg.chart .decision-approved{fill:var(--ok)}svg.chart .decision-conditional{fill:var(--warn)}svg.chart .decision-rejected{fill:var(--bad)}svg.chart .decision-incomplete{fill:var(--none)}
svg.chart .family{fill:var(--bar)}
svg.chart .axis{stroke:var(--mute);stroke-width:1}
svg.chart .limit-line{stroke:var(--bad);stroke-width:2;stroke-dasharray:5 3}
svg.chart .limit-label{fill:var(--bad);font-weight:600}
svg.chart .nominal-line{stroke:var(--mute);stroke-width:1;stroke-dasharray:2 3}
svg.chart .mean-line{stroke:var(--ink);stroke-width:2}
svg.chart .bar-count{font-size:10px;fill:var(--mute)}svg.chart .legend{fill:var(--mute)}svg.chart .mean-label{font-weight:600}
svg.chart .grade-line{stroke:var(--mute);stroke-width:1;stroke-dasharray:4 3}
svg.chart .min-line{stroke:var(--ink);stroke-width:3}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600}
td.num,th.num{text-align:right}td.num{white-space:nowrap}
.status{font-weight:600;white-space:nowrap}
.status-pass{color:var(--ok)}.status-partial{color:var(--warn)}.status-fail{color:var(--bad)}.status-missing,.status-not-applicable{color:var(--none)}
.up{color:var(--ok)}.down{color:var(--bad)}
footer{margin-top:2rem;color:var(--mute);font-size:.85rem;border-top:1px solid var(--line);padding-top:.5rem}
@media (max-width:40rem){
main{padding:.75rem}
h1{font-size:1.35rem}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack tr{border-bottom:1px solid var(--line);padding:.4rem 0}
table.stack td{border:0;padding:.05rem 0;text-align:left;white-space:normal}
table.stack td::before{content:attr(data-label) ": ";color:var(--mute);font-weight:400}
table.stack td.first::before{content:none}
table.stack td.first{font-weight:600}
}
@media print{
body{font-size:10.5pt}
main{max-width:none;padding:0}
h2{break-after:avoid}
section,figure,tr{break-inside:avoid}
.table-wrap{overflow:visible}
}
@page{margin:15mm}
`.trim();

/**
 * Returns a complete, self-contained HTML document: the report's language, an inline style sheet, a
 * content security policy that allows no script and no external resource, and the body as given.
 *
 * @example
 * htmlPage('en', 'Supplier evaluation', '<main>…</main>').startsWith('<!DOCTYPE html>')
 * //=> true
 */
export function htmlPage(lang: ReportLanguage, title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
