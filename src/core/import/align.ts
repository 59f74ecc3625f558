/**
 * Fitting a row's cells to the header's columns: a leading row number or
 * category cell, a merged category cell left out, missing cells (matched by
 * what each cell looks like), extra cells.
 */
import { readRateCell, readValueCell } from "./cellForms";
import type { ColumnPlan } from "./columns";
import type { HeaderColumn } from "./header";
import { isNameLike, isNoteText, isProse, isUnitLike, natureOf, rowNumberValue } from "./rowLabels";
import { hasWordCharacter } from "./text";

export type RowShape =
  | { kind: "category"; text: string }
  | { kind: "note" }
  | { kind: "prose" }
  | { kind: "data"; cells: Array<string | undefined>; category?: string; missing: number[]; extra: string[] };

/** How well a cell fits a column (higher is better); used only when cells are missing. */
function fit(cell: string, column: HeaderColumn, at: number, cols: ColumnPlan): number {
  if (cell === "") return 1;
  if (at === cols.index) return rowNumberValue(cell) !== null ? 3 : 0;
  if (at === cols.name) return isNameLike(cell) ? 3 : hasWordCharacter(cell) ? 1 : 0;
  if (at === cols.category) return isNameLike(cell) ? 1 : 0;
  if (at === cols.unit) return isUnitLike(cell) ? 3 : 0;
  if (at === cols.nature) return natureOf(cell) ? 3 : 0;
  if (column.role.kind === "rate") {
    const form = readRateCell(cell).kind;
    return form === "percent" || form === "pp" ? 4 : form === "cumulative" ? 3 : form === "bare" || form === "dash" ? 2 : 0;
  }
  if (column.role.kind === "value") {
    const form = readValueCell(cell).kind;
    if (form === "dash") return 2;
    if (form === "text") return isUnitLike(cell) ? 0 : 1;
    return 3;
  }
  return 1;
}

/** Assigns cells to columns in order, leaving out the columns that fit worst (cells.length < columns.length). */
function alignByFit(cells: readonly string[], columns: readonly HeaderColumn[], cols: ColumnPlan): Array<string | undefined> {
  const m = cells.length;
  const h = columns.length;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(h + 1).fill(-Infinity));
  const took: boolean[][] = Array.from({ length: m + 1 }, () => new Array<boolean>(h + 1).fill(false));
  for (let j = 0; j <= h; j += 1) best[0][j] = 0;
  for (let i = 1; i <= m; i += 1) {
    for (let j = i; j <= h; j += 1) {
      const skip = j > i ? best[i][j - 1] : -Infinity;
      const take = best[i - 1][j - 1] + fit(cells[i - 1], columns[j - 1], j - 1, cols);
      // On a tie leave the later column out, so cells keep their printed order from the left.
      took[i][j] = take > skip;
      best[i][j] = Math.max(skip, take);
    }
  }
  const out: Array<string | undefined> = new Array(h).fill(undefined);
  for (let i = m, j = h; i > 0 && j > 0; j -= 1) {
    if (took[i][j]) {
      out[j - 1] = cells[i - 1];
      i -= 1;
    }
  }
  return out;
}

/** What a row is (category heading, note, prose, data) and, for data, its cell under each column. */
export function alignRow(printed: readonly string[], columns: readonly HeaderColumn[], cols: ColumnPlan): RowShape {
  const nonEmpty = printed.filter((c) => c !== "");
  if (nonEmpty.length === 1 && columns.length > 1) {
    const only = nonEmpty[0];
    if (isNoteText(only)) return { kind: "note" };
    if (isProse(only)) return { kind: "prose" };
    const form = readValueCell(only).kind;
    if (hasWordCharacter(only) && (form === "text" || form === "dash") && !isUnitLike(only) && !natureOf(only)) {
      return { kind: "category", text: only };
    }
  }
  const work = [...printed];
  let category: string | undefined;
  if (cols.index < 0 && work.length > 1 && rowNumberValue(work[0]) !== null && isNameLike(work[1])) work.shift();
  if (cols.category < 0 && work.length > cols.width && isNameLike(work[1])) {
    // An unlabelled leading category column: its cell is printed on a group's first row only.
    if (isNameLike(work[0])) category = work.shift();
    else if (work[0] === "") work.shift();
  }
  const extra = work.length > cols.width ? work.splice(cols.width).filter((c) => c !== "") : [];
  const aligned = work.length === cols.width ? [...work] : alignByFit(work, columns, cols);
  const missing = aligned
    .map((c, i) => (c === undefined && i !== cols.category && i !== cols.index ? i : -1))
    .filter((i) => i >= 0);
  return { kind: "data", cells: aligned, category, missing, extra };
}
