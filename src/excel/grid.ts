/** Grids read back from office.js, anchored at A1 so that row/column indexes match the sheet. */
import { parseAddress } from "../sheet";
import type { CellValue } from "../sheet/readRow";

export interface SheetGrids {
  values: CellValue[][];
  /** office.js `formulas`: "=…" for formula cells, the constant otherwise. */
  formulas: unknown[][];
  numberFormat: (string | null)[][];
}

/** The top-left cell of a range address such as "'My sheet'!B2:D9". */
export function rangeOrigin(address: string): { row: number; column: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return parseAddress(local.split(":")[0]);
}

/** Pads a matrix read from a range starting at `address` so that [0][0] is A1. */
export function anchorAtA1<T>(address: string, matrix: readonly (readonly T[])[] | undefined, empty: T): T[][] {
  if (!matrix) return [];
  const { row, column } = rangeOrigin(address);
  const out: T[][] = [];
  for (let r = 1; r < row; r++) out.push([]);
  for (const line of matrix) out.push([...new Array<T>(column - 1).fill(empty), ...line]);
  return out;
}

/** Formula grid in checkGrid's form: "=…" where a cell has a formula, null elsewhere. */
export function formulasOnly(formulas: unknown[][]): (string | null)[][] {
  return formulas.map((line) => line.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)));
}
