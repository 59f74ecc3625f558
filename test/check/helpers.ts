/**
 * Workbooks for the check tests: written by the tool (buildPlanSheet + the
 * xlsx writer), then edited with ExcelJS the way people edit them, and read
 * back with the tool's own reader.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { findCatalogPlan } from "../../src/catalog";
import type { Lang, Plan } from "../../src/core";
import { checkGrid, isNotAPlanSheet, type GridReport } from "../../src/sheet/checkGrid";
import type { SheetLayout } from "../../src/sheet";
import { planWorkbookLayouts, workbookBuffer } from "../../src/xlsx";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

export function plan(id: string): Plan {
  const p = findCatalogPlan(id);
  if (!p) throw new Error(`no catalog plan ${id}`);
  return p;
}

export function tempDir(prefix = "check-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A layout's cells as the grids a workbook reader gives (formulas without cached values). */
export function layoutGrid(layout: SheetLayout): { sheet: string; values: (string | number | boolean | null)[][]; formulas: (string | null)[][] } {
  const isFormula = (v: unknown): v is string => typeof v === "string" && v.startsWith("=");
  return {
    sheet: layout.name,
    values: layout.cells.map((row) => row.map((c) => (c && !isFormula(c.value) ? c.value : null))),
    formulas: layout.cells.map((row) => row.map((c) => (c && isFormula(c.value) ? c.value : null))),
  };
}

/** Loads the tool's workbook for these plans into ExcelJS for editing. */
export async function toolWorkbook(plans: Plan[], lang: Lang = "zh", summary = true): Promise<ExcelJS.Workbook> {
  const buffer = await workbookBuffer(planWorkbookLayouts(plans, { lang, summary }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The header-row column (1-based) whose header is `text`, on row 17. */
export function columnOf(ws: ExcelJS.Worksheet, text: string, headerRow = 17): number {
  let found = 0;
  ws.getRow(headerRow).eachCell((cell, col) => {
    if (!found && String(cell.value) === text) found = col;
  });
  if (!found) throw new Error(`no column "${text}" on ${ws.name}`);
  return found;
}

/** The row (1-based) holding this indicator id in column A. */
export function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (!found && row.getCell(1).value === id) found = r;
  });
  if (!found) throw new Error(`no row "${id}" on ${ws.name}`);
  return found;
}

/** Types a value into an indicator's year cell (what a planner does). */
export function type(ws: ExcelJS.Worksheet, id: string, year: number | string, value: ExcelJS.CellValue): string {
  const col = columnOf(ws, typeof year === "number" ? `${year}年` : year);
  const cell = ws.getCell(rowOf(ws, id), col);
  cell.value = value;
  return cell.address;
}

export async function saveTo(wb: ExcelJS.Workbook, path: string): Promise<string> {
  await wb.xlsx.writeFile(path);
  return path;
}

/** Saves, reads back with the tool's reader and checks every plan sheet. */
export async function checkSaved(wb: ExcelJS.Workbook, path: string, lang: Lang = "zh"): Promise<GridReport[]> {
  await saveTo(wb, path);
  const grids = await readWorkbookFile(path);
  const reports: GridReport[] = [];
  for (const g of grids) {
    const r = checkGrid(g, { lang });
    if (!isNotAPlanSheet(r)) reports.push(r);
  }
  return reports;
}

/** Findings as short comparable strings: "kind cell year entered → fix". */
export function brief(report: GridReport): string[] {
  return report.findings.map(
    (f) => `${f.kind} ${f.cell}${f.year !== undefined ? ` ${f.year}` : ""}${f.entered !== undefined ? ` "${f.entered}"` : ""}${f.fix ? ` → ${f.fix.value}` : ""}`,
  );
}

/** Status by indicator id (only indicators with some data unless `all`). */
export function statuses(report: GridReport, all = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ind of report.indicators) if (all || ind.assessment.status !== "no-data") out[ind.indicatorId] = ind.assessment.status;
  return out;
}
