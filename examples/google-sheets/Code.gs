/**
 * Supplier quality for Google Sheets: custom functions and a menu that call the supplier-quality
 * library. The library is the file `SupplierQuality.gs` of this project (a copy of
 * dist/supplier-quality.global.js); it defines the global `SupplierQuality`. Spreadsheet formulas can
 * only call top-level functions, so each function here hands its cells to the library and returns
 * cells. A problem comes back as a text in the cell ("Error: …", or "Kesalahan: …" with lang "id"),
 * never as a failed formula. Sheet layout and every column: docs/sheets.md of the package.
 */

/**
 * Process capability of measured values against the specification limits: n, mean, sigma within and
 * overall, Cp, Cpk, Pp, Ppk, Cpm, the 95 % lower bound of Cpk, observed and expected ppm outside.
 *
 * @param {number[][]} values Measured values: one column (or row) in production order, or one subgroup per row.
 * @param {number} lsl Lower specification limit; leave empty for an upper limit only.
 * @param {number} usl Upper specification limit; leave empty for a lower limit only.
 * @param {number} target Optional target value, for Cpm.
 * @param {string} show Optional: one value only, e.g. "cpk", "ppk", "mean", "sigma within".
 * @param {string} lang Optional: "en" (default) or "id" for the language of error texts.
 * @return The study as a two-column table, or the one value asked for.
 * @customfunction
 */
function SQ_CAPABILITY(values, lsl, usl, target, show, lang) {
  return SupplierQuality.sheets.capabilityCell(values, lsl, usl, target, show, lang);
}

/**
 * Gauge R&R of a crossed study (parts x operators x trials), by ANOVA or by average and range: the
 * variance components with %contribution, %study variation and %tolerance, the number of distinct
 * categories and the AIAG MSA verdict (at most 10 % acceptable, up to 30 % conditional).
 *
 * @param {Object[][]} data One measurement a row: part, operator, trial, value (a header row is skipped).
 * @param {number} lsl Optional lower specification limit, for %tolerance (with usl).
 * @param {number} usl Optional upper specification limit; with both limits the verdict is on %tolerance.
 * @param {string} method Optional: "anova" (default) or "average-range".
 * @param {number} alpha Optional: the ANOVA's level for pooling the operator-by-part interaction (default 0.05).
 * @param {string} show Optional: one value only: "%grr", "ndc", "verdict", "level", "model" or "basis".
 * @param {string} lang Optional: "en" (default) or "id" for the language of error texts.
 * @return The study as a table, or the one value asked for.
 * @customfunction
 */
function SQ_GAUGE_STUDY(data, lsl, usl, method, alpha, show, lang) {
  return SupplierQuality.sheets.gaugeStudyCell(data, lsl, usl, method, alpha, show, lang);
}

/**
 * The single sampling plan for a lot (ISO 2859-1 / ANSI Z1.4): code letter, sample size, acceptance
 * number Ac, rejection number Re, whether every unit is inspected, and an explanation.
 *
 * @param {number} lotSize Units in the lot.
 * @param {number} aql Acceptance quality limit in percent, e.g. 1 or 0.65.
 * @param {string} level Optional inspection level: I, II (default), III, S-1 to S-4.
 * @param {string} inspection Optional: normal (default), tightened or reduced.
 * @param {string} show Optional: one value only, e.g. "sample size", "ac", "re", "code letter".
 * @param {string} lang Optional: "en" (default) or "id" for the language of error texts.
 * @return The plan as a two-column table, or the one value asked for.
 * @customfunction
 */
function SQ_SAMPLING_PLAN(lotSize, aql, level, inspection, show, lang) {
  return SupplierQuality.sheets.samplingPlanCell(lotSize, aql, level, inspection, show, lang);
}

/**
 * Evaluates supplier rows against a requirement profile: decision, score, grade and gaps per row.
 *
 * @param {string[][]} profile The criteria table (header row first), or one cell with the profile's JSON.
 * @param {string[][]} header The header row of the supplier table: supplier id, supplier name, audit date and criterion ids.
 * @param {Object[][]} rows One or more supplier rows under that header.
 * @param {Date} at Optional evaluation date; default: each row's audit date.
 * @param {string} lang Optional: "en" (default) or "id" for the language of error texts.
 * @return One row per supplier: decision, score, grade, gaps.
 * @customfunction
 */
function SQ_EVALUATE(profile, header, rows, at, lang) {
  return SupplierQuality.sheets.evaluateCell(profile, header, rows, at, lang);
}

/** Adds the "Supplier quality" menu when the spreadsheet opens. */
function onOpen() {
  SpreadsheetApp.getUi()
    .createMenu('Supplier quality')
    .addItem('Evaluate the audit in this workbook', 'evaluateWorkbook')
    .addItem('Summarise the Suppliers sheet', 'summariseSuppliers')
    .addToUi();
}

/** Returns a sheet's values with its name, or undefined when the workbook has no such sheet. */
function sheetValues_(name) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  return sheet ? { name: name, values: sheet.getDataRange().getValues() } : undefined;
}

/** Writes rows to a sheet, replacing what it held (the sheet is made when missing). */
function writeSheet_(name, rows) {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName(name) || book.insertSheet(name);
  sheet.clearContents();
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}

/** Shows every problem with its cell, or throws nothing and returns the data. */
function orStop_(result, what) {
  if (result.success) return result.data;
  var lines = result.error.issues.map(function (issue) {
    return SupplierQuality.sheets.issueText(issue);
  });
  writeSheet_('Problems', [['problems in the ' + what]].concat(lines.map(function (line) { return [line]; })));
  throw new Error('The ' + what + ' has ' + lines.length + ' problem(s); see the Problems sheet.');
}

/** Returns the profile of this workbook (sheets Profile, Categories, Criteria, Grades, Rules). */
function workbookProfile_() {
  return orStop_(
    SupplierQuality.sheets.profileFromSheets({
      profile: sheetValues_('Profile'),
      categories: sheetValues_('Categories'),
      criteria: sheetValues_('Criteria'),
      grades: sheetValues_('Grades'),
      rules: sheetValues_('Rules'),
    }),
    'profile',
  );
}

/**
 * Menu action: reads the profile and one supplier's audit from this workbook and writes the sheets
 * Report (decision, reasons, categories, criteria) and Gaps (the gap list by priority).
 */
function evaluateWorkbook() {
  var profile = workbookProfile_();
  var evidence = orStop_(
    SupplierQuality.sheets.evidenceFromSheets(
      {
        supplier: sheetValues_('Supplier'),
        measurements: sheetValues_('Measurements'),
        processSteps: sheetValues_('Process steps'),
        audit: sheetValues_('Audit answers'),
        certificates: sheetValues_('Certificates'),
        metrics: sheetValues_('Metrics'),
        documents: sheetValues_('Documents'),
        checks: sheetValues_('Checks'),
        lots: sheetValues_('Lots'),
        gaugeStudies: sheetValues_('Gauge studies'),
      },
      { profile: profile },
    ),
    'audit evidence',
  );
  var evaluation = SupplierQuality.evaluate(profile, evidence);
  writeSheet_('Report', SupplierQuality.sheets.evaluationRows(evaluation));
  writeSheet_('Gaps', SupplierQuality.sheets.gapRows(evaluation));
  return evaluation.decision;
}

/**
 * Menu action: evaluates every row of the Suppliers sheet against the workbook's profile and writes
 * the Cohort sheet (decisions, pass rate, ranking, common gaps).
 */
function summariseSuppliers() {
  var profile = workbookProfile_();
  var rows = sheetValues_('Suppliers').values;
  var evidences = [];
  for (var r = 1; r < rows.length; r++) {
    if (rows[r].every(function (cell) { return cell === '' || cell === null; })) continue;
    var evidence = orStop_(
      SupplierQuality.sheets.evidenceFromRow(profile, rows[0], rows[r], { sheet: 'Suppliers', row: r + 1 }),
      'Suppliers sheet, row ' + (r + 1),
    );
    evidences.push(evidence);
  }
  var summary = SupplierQuality.evaluateCohort(profile, evidences, { fullRanking: true });
  writeSheet_('Cohort', SupplierQuality.sheets.cohortRows(summary));
  return summary.evaluated;
}
