/** Protection (input cells unlocked), print setup and frozen panes of a sheet. */
import type ExcelJS from "exceljs";
import { parseAddress, type SheetLayout } from "../sheet";

/** Every cell address of an A1 range ("B3" or "B3:D7"). */
export function* rangeCells(range: string): Generator<{ row: number; column: number }> {
  const [a, b = a] = range.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  for (let row = Math.min(p.row, q.row); row <= Math.max(p.row, q.row); row++) {
    for (let column = Math.min(p.column, q.column); column <= Math.max(p.column, q.column); column++) yield { row, column };
  }
}

/** What a protected sheet still lets its users do. */
export const PROTECTION_OPTIONS: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  sort: true,
  autoFilter: true,
};

export function applyProtection(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  for (const range of layout.unlocked) {
    for (const { row, column } of rangeCells(range)) ws.getCell(row, column).protection = { locked: false };
  }
  // Without a password ExcelJS sets the protection at once (the promise only wraps hashing).
  if (layout.protect) void ws.protect("", PROTECTION_OPTIONS);
}

export function applyPrint(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  const { print } = layout;
  ws.pageSetup.orientation = print.landscape ? "landscape" : "portrait";
  ws.pageSetup.paperSize = 9; // A4
  if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  if (print.repeatRows) ws.pageSetup.printTitlesRow = print.repeatRows.replace(/\$/g, "");
}

export function applyFreeze(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  if (!layout.freeze) return;
  const { row, column } = layout.freeze;
  ws.views = [{ state: "frozen", xSplit: column, ySplit: row, topLeftCell: `${ws.getColumn(column + 1).letter}${row + 1}` }];
}
