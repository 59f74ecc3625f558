/**
 * Reading an .xlsx file back into grids of cell values and formulas, one per
 * worksheet, as the sheet check (src/sheet/checkGrid.ts) takes them. A formula
 * cell's value is its cached result when the file holds one, else null.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../sheet/readRow";

export interface SheetGrid {
  sheet: string;
  /** Values from A1 (0-based rows, then columns). */
  values: CellValue[][];
  /** Formulas from A1 with their leading "=", null for constants. */
  formulas: (string | null)[][];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as Excel keeps it: the serial day number. */
function dateSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / 86_400_000;
}

/** A plain value from an ExcelJS value (no formulas): rich text joined, errors as their code, dates as serials. */
function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((p) => p.text ?? "").join("");
    if (typeof v.error === "string") return v.error;
    if (v.text !== undefined) return plainValue(v.text);
    if ("result" in v) return plainValue(v.result);
  }
  return String(value);
}

/** The value and formula of one cell. */
export function readCell(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  if (cell.isMerged && cell.master !== cell) return { value: null, formula: null };
  const raw = cell.value as unknown;
  if (raw && typeof raw === "object" && !(raw instanceof Date)) {
    const v = raw as Record<string, unknown>;
    if (typeof v.formula === "string" || typeof v.sharedFormula === "string") {
      let formula: string | undefined;
      try {
        formula = cell.formula;
      } catch {
        formula = undefined;
      }
      formula ??= typeof v.formula === "string" ? v.formula : undefined;
      const result = v.result;
      return { value: result === undefined ? null : plainValue(result), formula: formula ? `=${formula}` : "=" };
    }
  }
  return { value: plainValue(raw), formula: null };
}

/** The grids of every worksheet of a loaded workbook, in sheet order. */
export function workbookGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  return workbook.worksheets.map((ws) => {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      while (values.length < rowNumber) {
        values.push([]);
        formulas.push([]);
      }
      const vRow = values[rowNumber - 1];
      const fRow = formulas[rowNumber - 1];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const { value, formula } = readCell(cell);
        if (value === null && formula === null) return;
        while (vRow.length < colNumber) vRow.push(null);
        while (fRow.length < colNumber) fRow.push(null);
        vRow[colNumber - 1] = value;
        fRow[colNumber - 1] = formula;
      });
    });
    return { sheet: ws.name, values, formulas };
  });
}

/** Reads a workbook from a buffer; throws when it is not an .xlsx workbook. */
export async function readWorkbookBuffer(data: Buffer | ArrayBuffer): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbookGrids(workbook);
}

/** Reads a workbook file; throws when it cannot be read or is not an .xlsx workbook. */
export async function readWorkbookFile(path: string): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbookGrids(workbook);
}
