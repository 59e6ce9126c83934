/**
 * Reading and writing xlsx workbooks as the 2D arrays supplier-quality/sheets takes and returns, with
 * exceljs (a dev dependency of this example, not of the library).
 */
import ExcelJS from 'exceljs';
import type { Cell, OutputRows } from 'supplier-quality/sheets';
import { PRINT_MARGINS, printLayout } from './printLayout.js';

/** Returns a cell's value as a spreadsheet script would see it: formulas by their result, rich text as text. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date || typeof value !== 'object') return value as Cell;
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/** Returns every sheet of a workbook as rows of cells (from A1, ragged rows padded). Dates are UTC `Date`s. */
export async function readWorkbook(path: string): Promise<Record<string, Cell[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheets: Record<string, Cell[][]> = {};
  book.eachSheet((sheet) => {
    const rows: Cell[][] = [];
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push(Array.from({ length: width }, (_, c) => cellValue(row.getCell(c + 1).value)));
    }
    sheets[sheet.name] = rows;
  });
  return sheets;
}

type Rows = readonly (readonly Cell[])[] | OutputRows;

/** Sizes the columns to their content (at most 60 characters) and bolds the first row: a sheet to fill in. */
function layOutForEditing(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    let width = 8;
    column.eachCell?.({ includeEmpty: false }, (cell) => {
      width = Math.max(width, Math.min(60, String(cell.value instanceof Date ? 'YYYY-MM-DD' : (cell.value ?? '')).length + 2));
    });
    column.width = width;
  });
}

/**
 * The workbook's default font, named on every printed cell (a font without a name prints in a
 * fallback). Column widths count its digits; LibreOffice prints it as its metric twin Carlito.
 */
const PRINT_FONT = { name: 'Calibri', size: 11 } as const;

/**
 * Lays a report sheet out for printing (see `printLayout`): column widths, row heights, wrapped table
 * cells aligned to the top, bold table headers, the last table's header repeated on every page, A4 fitted to the
 * page width (as many pages down as it takes), landscape when the columns need it, and the sheet name
 * and page number in the footer.
 */
function layOutForPrinting(sheet: ExcelJS.Worksheet, rows: Rows): void {
  const layout = printLayout(rows);
  layout.widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  rows.forEach((row, r) => {
    const line = sheet.getRow(r + 1);
    line.height = layout.heights[r] as number;
    line.font = { ...PRINT_FONT, bold: layout.headers.has(r) };
    row.forEach((_, c) => {
      if (layout.wraps(r, c)) line.getCell(c + 1).alignment = { wrapText: true, vertical: 'top' };
    });
  });
  sheet.pageSetup = {
    paperSize: 9,
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: PRINT_MARGINS,
    ...(layout.repeatRow ? { printTitlesRow: `${layout.repeatRow}:${layout.repeatRow}` } : {}),
  };
  sheet.headerFooter = { oddFooter: '&L&A&R&P / &N' };
}

/**
 * Writes sheets of rows to an xlsx file; `Date` cells are written as dates (exceljs reads them as UTC).
 * The sheets named in `printed` are laid out for printing (see `layOutForPrinting`), the others for
 * filling in.
 */
export async function writeWorkbook(path: string, sheets: Record<string, Rows>, printed: readonly string[] = []): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row.map((cell) => (cell === undefined || cell === null ? null : cell)));
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      }),
    );
    if (printed.includes(name)) layOutForPrinting(sheet, rows);
    else layOutForEditing(sheet);
  }
  await book.xlsx.writeFile(path);
}
