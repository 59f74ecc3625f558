/**
 * Cell styles of the ExcelJS adapter, one per layout CellStyle: title bold
 * and larger, header filled, input and parameter cells light yellow and
 * unlocked, computed cells in a grey font.
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../sheet";

/** "#C6EFCE" → "FFC6EFCE" (ExcelJS ARGB). */
export function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : `FF${h}`;
}

const solid = (hex: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } });
const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb("#BFBFBF") } };
const grid: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const INPUT_FILL = "#FFF2CC";
export const HEADER_FILL = "#DDEBF7";
export const COMPUTED_FONT = "#595959";

/** Styles that leave a cell editable on a protected sheet. */
export const UNLOCKED_STYLES: ReadonlySet<CellStyle> = new Set<CellStyle>(["input", "param"]);

export interface StyleParts {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

export const CELL_STYLES: Readonly<Record<CellStyle, StyleParts>> = {
  title: { font: { bold: true, size: 14 } },
  label: { font: { bold: true } },
  header: {
    font: { bold: true },
    fill: solid(HEADER_FILL),
    border: grid,
    alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
  },
  yearRow: { font: { italic: true, color: { argb: argb("#808080") } }, alignment: { horizontal: "center" } },
  plan: { border: grid },
  input: { fill: solid(INPUT_FILL), border: grid },
  computed: { font: { color: { argb: argb(COMPUTED_FONT) } }, border: grid },
  param: { font: { bold: true }, fill: solid(INPUT_FILL), border: grid },
  text: {},
};

/** Applies a layout style (and number format) to a cell. */
export function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, numFmt: string | undefined): void {
  if (style) {
    const parts = CELL_STYLES[style];
    if (parts.font) cell.font = { ...parts.font };
    if (parts.fill) cell.fill = parts.fill;
    if (parts.border) cell.border = parts.border;
    if (parts.alignment) cell.alignment = parts.alignment;
    if (UNLOCKED_STYLES.has(style)) cell.protection = { locked: false };
  }
  if (numFmt) cell.numFmt = numFmt;
}
