/**
 * Moving A1 formulas between rows the way Excel does when it copies a cell
 * down: relative row numbers shift, absolute ones ($7) and defined names stay.
 * Used to tell which cells of a column hold "the same" formula (one written
 * cell can then be filled down) and to write formulas for rows added by hand.
 * Pure.
 */

/** A cell reference outside string literals: optional sheet prefix is left as is. */
const REF = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** Applies `map` to the code parts of a formula (not to "string literals"). */
function mapCode(formula: string, map: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : map(part))).join("");
}

/** The formula copied from `fromRow` to `fromRow + delta` (relative row numbers shifted). */
export function shiftFormula(formula: string, delta: number): string {
  if (delta === 0 || !formula.startsWith("=")) return formula;
  return mapCode(formula, (code) =>
    code.replace(REF, (whole, colAbs: string, col: string, rowAbs: string, row: string) => {
      if (rowAbs === "$") return whole;
      const shifted = Number(row) + delta;
      if (shifted < 1) throw new RangeError(`shifting ${whole} by ${delta} leaves the sheet`);
      return `${colAbs}${col}${rowAbs}${shifted}`;
    }),
  );
}

/**
 * A key that is equal for two cells of one column exactly when copying the
 * first cell down onto the second gives the second's formula: relative row
 * numbers are replaced by their offset from the cell's own row.
 */
export function rowRelativeKey(formula: string, row: number): string {
  return mapCode(formula, (code) =>
    code.replace(REF, (whole, colAbs: string, col: string, rowAbs: string, r: string) =>
      rowAbs === "$" ? whole : `${colAbs}${col}R[${Number(r) - row}]`,
    ),
  );
}
