/**
 * Reading and writing xlsx workbooks as the 2D arrays supplier-quality/sheets takes and returns, with
 * exceljs (a dev dependency of this example, not of the library).
 */
import ExcelJS from 'exceljs';
import type { Cell, OutputRows } from 'supplier-quality/sheets';

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

/** Writes sheets of rows to an xlsx file; `Date` cells are written as dates (exceljs reads them as UTC). */
export async function writeWorkbook(path: string, sheets: Record<string, readonly (readonly Cell[])[] | OutputRows>): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row.map((cell) => (cell === undefined || cell === null ? null : cell)));
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => {
      let width = 8;
      column.eachCell?.({ includeEmpty: false }, (cell) => {
        width = Math.max(width, Math.min(60, String(cell.value instanceof Date ? 'YYYY-MM-DD' : (cell.value ?? '')).length + 2));
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
      column.width = width;
    });
  }
  await book.xlsx.writeFile(path);
}
