/** A growing grid of cell specs from A1, filled cell by cell. */
import type { CellSpec } from "./layout.types";

export interface CellGrid {
  cells: (CellSpec | null)[][];
  /** Sets the cell at a 1-based row and column, growing the grid as needed. */
  put(row: number, column: number, spec: CellSpec): void;
}

/** An empty grid. */
export function createCellGrid(): CellGrid {
  const cells: (CellSpec | null)[][] = [];
  return {
    cells,
    put(row, column, spec) {
      while (cells.length < row) cells.push([]);
      const line = cells[row - 1];
      while (line.length < column) line.push(null);
      line[column - 1] = spec;
    },
  };
}
