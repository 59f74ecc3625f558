/**
 * Settings (status thresholds and ratio method) written to the parameter
 * cells of plan sheets.
 */
import type { AssessmentMethod } from "../core";
import { HEADER_ROWS, HEADER_VALUE_COLUMN, rangeAddress, SHEET_TEXT } from "../sheet";

export interface Settings {
  onTrack: number;
  lagging: number;
  method: AssessmentMethod;
}

/** Throws (misuse) on thresholds outside 0–10, out of order, or an unknown method. */
export function checkSettings(settings: Settings): void {
  const ok = (x: number) => Number.isFinite(x) && x >= 0 && x <= 10;
  if (!ok(settings.onTrack) || !ok(settings.lagging)) throw new RangeError("a threshold is a number from 0 to 10");
  if (settings.lagging > settings.onTrack) throw new RangeError("the needs-acceleration threshold must not exceed the on-track threshold");
  if (settings.method !== "path" && settings.method !== "growth-ratio") throw new RangeError(`unknown method ${String(settings.method)}`);
}

/** Labels of the plan-id cell (A6) in either language. */
const PLAN_ID_LABELS = new Set(Object.values(SHEET_TEXT).map((t) => t.planId));

/**
 * Writes the settings into the parameter cells (C9:C11) of every plan sheet:
 * a sheet whose A6 is the plan-id label and C6 holds an id. Returns the sheets
 * written. 3 syncs whatever the number of sheets: names, headers, write.
 */
export async function writeSettingsToPlanSheets(context: Excel.RequestContext, settings: Settings): Promise<{ sheets: string[]; syncs: number }> {
  checkSettings(settings);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const heads = worksheets.items.map((sheet) => {
    const range = sheet.getRange(rangeAddress(1, HEADER_ROWS.planId, HEADER_VALUE_COLUMN, HEADER_ROWS.planId));
    range.load("values");
    return { name: sheet.name, sheet, range };
  });
  await context.sync();
  const written: string[] = [];
  for (const { name, sheet, range } of heads) {
    const [label, , id] = range.values[0] ?? [];
    if (!PLAN_ID_LABELS.has(String(label)) || typeof id !== "string" || id.trim() === "") continue;
    const params = sheet.getRange(rangeAddress(HEADER_VALUE_COLUMN, HEADER_ROWS.onTrack, HEADER_VALUE_COLUMN, HEADER_ROWS.methodCode));
    params.values = [[settings.onTrack], [settings.lagging], [settings.method]];
    written.push(name);
  }
  await context.sync();
  return { sheets: written, syncs: 3 };
}
