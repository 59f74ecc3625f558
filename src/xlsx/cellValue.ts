/** A layout cell's value as ExcelJS writes it: formulas without their leading "=". */
import type ExcelJS from "exceljs";
import type { CellSpec } from "../sheet";

export function isFormula(value: CellSpec["value"]): value is string {
  return typeof value === "string" && value.startsWith("=") && value.length > 1;
}

export function cellValue(spec: CellSpec): ExcelJS.CellValue {
  const { value } = spec;
  if (isFormula(value)) return { formula: value.slice(1) } as ExcelJS.CellFormulaValue;
  return value;
}
