/**
 * Renders sheet layouts into an ExcelJS workbook: one worksheet per layout,
 * with the layouts' defined names at workbook level. Charts are not written
 * (ExcelJS cannot); the layouts' data bars stand in for them.
 */
import ExcelJS from "exceljs";
import { quoteSheet, type SheetLayout } from "../sheet";
import { renderSheet } from "./renderSheet";

export function renderWorkbook(layouts: readonly SheetLayout[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Plan Indicator Tracker";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  // Nothing is cached in the file: ask every reader to compute all formulas on load.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const layout of layouts) {
    renderSheet(workbook, layout);
    for (const { name, ref } of layout.names) {
      workbook.definedNames.add(`${quoteSheetAlways(layout.name)}!${ref}`, name);
    }
  }
  return workbook;
}

/** ExcelJS parses 'quoted' sheet names everywhere, unquoted only without dashes and spaces. */
function quoteSheetAlways(name: string): string {
  const quoted = quoteSheet(name);
  return quoted.startsWith("'") ? quoted : `'${name}'`;
}
