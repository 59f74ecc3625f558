/**
 * The non-cell parts of a sheet layout: the Excel table, data validation,
 * conditional formats and data bars.
 */
import type ExcelJS from "exceljs";
import { cellAddress, type SheetLayout, type TableSpec, type ValidationSpec } from "../sheet";
import { argb } from "./styles";

/**
 * Defines the table over cells already written: ExcelJS writes the rows it is
 * given back into the cells, so it gets the cells' own values (formulas kept).
 */
export function addTable(ws: ExcelJS.Worksheet, table: TableSpec): void {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const row = ws.getRow(table.headerRow + 1 + r);
    rows.push(table.headers.map((_, c) => row.getCell(table.firstColumn + c).value));
  }
  ws.addTable({
    name: table.name,
    ref: cellAddress(table.firstColumn, table.headerRow),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

function validationModel(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.errorTitle,
    error: v.errorMessage,
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
  };
  if (v.type === "list") {
    return { ...common, type: "list", formulae: [`"${(v.list ?? []).join(",")}"`] } as ExcelJS.DataValidation;
  }
  if (v.min !== undefined && v.max !== undefined) {
    return { ...common, type: "decimal", operator: "between", formulae: [v.min, v.max] } as ExcelJS.DataValidation;
  }
  if (v.min !== undefined) return { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [v.min] } as ExcelJS.DataValidation;
  if (v.max !== undefined) return { ...common, type: "decimal", operator: "lessThanOrEqual", formulae: [v.max] } as ExcelJS.DataValidation;
  // Any decimal: the widest bounds Excel keeps.
  return { ...common, type: "decimal", operator: "between", formulae: [-1e307, 1e307] } as ExcelJS.DataValidation;
}

export function addValidations(ws: ExcelJS.Worksheet, validations: SheetLayout["validations"]): void {
  // ExcelJS keeps validations in a model keyed by address; a range key is written as its sqref.
  const model = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of validations) model.add(v.range, validationModel(v));
}

export function addConditionalFormats(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  let priority = 1;
  for (const cf of layout.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: priority++,
          formulae: [cf.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
            font: { color: { argb: argb(cf.fontColor) }, ...(cf.bold ? { bold: true } : {}) },
          },
        },
      ],
    });
  }
  for (const bar of layout.dataBars ?? []) {
    ws.addConditionalFormatting({
      ref: bar.range,
      rules: [
        {
          type: "dataBar",
          priority: priority++,
          gradient: false,
          cfvo: [{ type: "num", value: 0 }, { type: "num", value: 1 }],
          color: { argb: argb(bar.color) },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  }
}
