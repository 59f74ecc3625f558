/** Renders one SheetLayout onto a new ExcelJS worksheet. */
import type ExcelJS from "exceljs";
import type { SheetLayout } from "../sheet";
import { cellValue } from "./cellValue";
import { addConditionalFormats, addTable, addValidations } from "./features";
import { applyFreeze, applyPrint, applyProtection } from "./sheetSetup";
import { applyStyle } from "./styles";

export function renderSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(layout.name);
  layout.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  layout.cells.forEach((line, r) => {
    line.forEach((spec, c) => {
      if (!spec) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = cellValue(spec);
      applyStyle(cell, spec.style, spec.numFmt);
    });
  });
  if (layout.table) addTable(ws, layout.table);
  const headerRow = layout.table?.headerRow;
  if (headerRow) ws.getRow(headerRow).height = 30;
  addValidations(ws, layout.validations);
  addConditionalFormats(ws, layout);
  applyProtection(ws, layout);
  applyPrint(ws, layout);
  applyFreeze(ws, layout);
  return ws;
}
