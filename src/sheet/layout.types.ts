/**
 * A description of a worksheet that both adapters (office-js and ExcelJS)
 * render the same way. Everything is in A1 terms on one sheet.
 */

export type CellStyle = "title" | "label" | "header" | "yearRow" | "plan" | "input" | "computed" | "param" | "text";

export interface CellSpec {
  /** A constant, or a formula starting with "=" (invariant en-US form). */
  value: string | number | boolean | null;
  numFmt?: string;
  style?: CellStyle;
}

export interface ValidationSpec {
  /** A1 range on the sheet. */
  range: string;
  type: "decimal" | "list";
  /** For list validation: the allowed values. */
  list?: string[];
  /** For decimal validation: bounds (omitted = any decimal). */
  min?: number;
  max?: number;
  errorTitle: string;
  errorMessage: string;
  prompt?: string;
}

export interface ConditionalFormatSpec {
  range: string;
  /** Formula relative to the range's top-left cell, without "=". */
  formula: string;
  fill: string;
  fontColor: string;
  bold?: boolean;
}

export interface TableSpec {
  name: string;
  /** Header row number (1-based). */
  headerRow: number;
  firstColumn: number;
  /** Column headers, left to right. */
  headers: string[];
  /** Number of data rows. */
  rowCount: number;
}

export interface DefinedNameSpec {
  name: string;
  /** Absolute reference on this sheet, e.g. "$B$9". */
  ref: string;
}

export interface SheetLayout {
  name: string;
  /** Rows of cells from A1; null where a cell is left empty. */
  cells: (CellSpec | null)[][];
  columnWidths: number[];
  table?: TableSpec;
  names: DefinedNameSpec[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Ranges left unlocked when the sheet is protected. */
  unlocked: string[];
  protect: boolean;
  print: { landscape: boolean; fitToWidth: boolean; repeatRows?: string };
  freeze?: { row: number; column: number };
  /** Bar chart of progress ratios (drawn where the adapter can). */
  chart?: { title: string; categories: string; values: string; anchor: string };
  /** Data bars where a chart cannot be drawn. */
  dataBars?: { range: string; color: string }[];
}

/** Status colours (fill, font): good green, amber, red, dark red, grey. */
export const STATUS_COLORS: Readonly<Record<string, { fill: string; font: string }>> = {
  achieved: { fill: "#C6EFCE", font: "#006100" },
  "on-track": { fill: "#C6EFCE", font: "#006100" },
  "needs-acceleration": { fill: "#FFEB9C", font: "#9C5700" },
  "off-track": { fill: "#FFC7CE", font: "#9C0006" },
  "moving-away": { fill: "#FFC7CE", font: "#9C0006" },
  missed: { fill: "#C00000", font: "#FFFFFF" },
  "no-data": { fill: "#EDEDED", font: "#595959" },
  "not-assessable": { fill: "#EDEDED", font: "#595959" },
};
