/**
 * The office.js adapter: the only place that calls Excel.run (lint enforces it).
 *
 * - insertPlan / insertPlans (insertPlan.ts): 2 syncs for new sheets, 3 when a
 *   plan's sheet exists (its entries are read and kept, src/sheet/mergeEntries.ts);
 *   more only when one request would pass ~4 MB (payload.ts; with ExcelApi 1.9
 *   formulas are filled down, so far beyond 2,000 indicators).
 * - checkSheet (checkSheet.ts): 2 syncs to read, 1 to write notes (ExcelApi
 *   1.18) or the findings column, and a status line in A7 of each plan sheet.
 * - selectCell, applyFix, writeSettings (one sheet), writeSettingsToPlanSheets
 *   (every plan sheet: 3 syncs).
 *
 * Functions taking a context are testable with a fake context (test/excel);
 * the run* functions open their own Excel.run batch.
 */
import type { Finding, Lang, Plan } from "../core";
import { applyFix, checkSheet, selectCell, writeSettings, type CheckOptions, type CheckResult, type FixResult } from "./checkSheet";
import { writeSettingsToPlanSheets, type Settings } from "./settings";
import { insertPlan, insertPlans, type InsertOptions, type InsertResult } from "./insertPlan";

export * from "./checkSheet";
export * from "./insertPlan";
export * from "./settings";
export { officeSupports, supportsUpTo, type Supports } from "./supports";
export { DEFAULT_MAX_REQUEST_BYTES } from "./payload";

export function runInsertPlans(plans: readonly Plan[], options: InsertOptions): Promise<InsertResult> {
  return Excel.run((context) => insertPlans(context, plans, options));
}

export function runInsertPlan(plan: Plan, options: InsertOptions): Promise<InsertResult> {
  return Excel.run((context) => insertPlan(context, plan, options));
}

export function runCheck(options: CheckOptions): Promise<CheckResult> {
  return Excel.run((context) => checkSheet(context, options));
}

export function runSelectCell(sheet: string, address: string): Promise<void> {
  return Excel.run((context) => selectCell(context, sheet, address));
}

export function runApplyFix(finding: Finding, options: { lang: Lang }): Promise<FixResult> {
  return Excel.run((context) => applyFix(context, finding, options));
}

export function runWriteSettings(sheetName: string, settings: Settings): Promise<void> {
  return Excel.run((context) => writeSettings(context, sheetName, settings));
}

export function runWriteSettingsToPlanSheets(settings: Settings): Promise<{ sheets: string[] }> {
  return Excel.run((context) => writeSettingsToPlanSheets(context, settings));
}
