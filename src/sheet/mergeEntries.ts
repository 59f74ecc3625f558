/**
 * Re-inserting a plan into a workbook whose sheet already holds it: what people
 * entered is kept, the plan columns are refreshed. From the old sheet's grid
 * (values and formulas as read back) and the new layout, builds the layout to
 * write: every figure in a year column, every baseline that differs from the
 * plan's, the parameter cells, and the rows people added (rows whose id is not
 * in the plan: their cells as they were, with the computed columns' formulas
 * written for them too). Pure.
 */
import { statusLabel, STATUS_CODES, type Lang, type StatusCode } from "../core";
import { absoluteAddress, parseAddress, rangeAddress } from "./a1";
import { FORMATS, LEADING_COLUMNS, TRAILING_COLUMNS } from "./columns";
import { rowFormulas, type RowContext } from "./formulas";
import { locateHeaderCell, locateTable, type Grid, type HeaderField } from "./gridLayout";
import type { CellSpec, SheetLayout, ValidationSpec } from "./layout.types";
import { HEADER_ROWS, HEADER_VALUE_COLUMN, tableColumns, type TableColumns } from "./planSheet";
import { SHEET_TEXT } from "./sheetText";

/** An existing sheet as read back (office.js `values` and `formulas` of the used range, anchored at A1). */
export interface OldSheetGrid {
  values: Grid;
  /** "=…" for formula cells, the constant otherwise (office.js `formulas`); may be omitted. */
  formulas?: readonly (readonly unknown[] | undefined)[];
}

/** A cell's content: what to write back to reproduce it (a formula, or the constant). */
export type CellContent = string | number | boolean;

export interface KeptEntries {
  /** Year cells kept, by indicator id. */
  figures: number;
  /** Ids whose baseline differs from the plan's and was kept. */
  baselines: string[];
  /** Parameter fields whose value was kept (e.g. "onTrack"). */
  parameters: HeaderField[];
  /** Ids (or "row N") of rows added by hand and kept. */
  userRows: string[];
  /** Figures in year columns the new layout does not have (none when the layout spans the old years). */
  dropped: { id: string; year: number; content: CellContent }[];
}

export interface MergeResult {
  layout: SheetLayout;
  kept: KeptEntries;
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The content of an old cell: its formula if it has one, else its value; null when empty. */
function contentAt(old: OldSheetGrid, r: number, c: number): CellContent | null {
  const f = old.formulas?.[r]?.[c];
  if (typeof f === "string" && f.startsWith("=")) return f;
  const v = old.values[r]?.[c];
  if (isBlank(v)) return null;
  return v as CellContent;
}

/** The years of the old sheet's year columns, or null when it has no plan table. */
export function oldYearSpan(old: OldSheetGrid): { firstYear: number; lastYear: number } | null {
  const table = locateTable(old.values);
  if (!table || table.years.length === 0) return null;
  return { firstYear: table.years[0].year, lastYear: table.years[table.years.length - 1].year };
}

/** The language a layout was built in (its first table header). */
export function layoutLang(layout: SheetLayout): Lang {
  return layout.table?.headers[0] === LEADING_COLUMNS[0].header.en ? "en" : "zh";
}

/** The year columns of a plan layout, read from its numeric year row. */
function layoutColumns(layout: SheetLayout): TableColumns {
  const yearRow = layout.cells[HEADER_ROWS.years - 1] ?? [];
  const years = yearRow.map((c) => c?.value).filter((v): v is number => typeof v === "number");
  if (years.length === 0) throw new RangeError(`layout ${layout.name} has no year columns`);
  return tableColumns(Math.min(...years), Math.max(...years));
}

const sameContent = (a: CellContent | null, b: CellSpec["value"] | undefined): boolean => {
  if (a === null) return b === null || b === undefined || b === "";
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  return a === b;
};

/** Moves the end row of an A1 range from `from` to `to` (ranges ending elsewhere are left alone). */
function extendRange(range: string, from: number, to: number): string {
  const [a, b] = range.split(":");
  if (!b) return range;
  const start = parseAddress(a);
  const end = parseAddress(b);
  if (end.row !== from || start.row !== HEADER_ROWS.tableHeader + 1) return range;
  return rangeAddress(start.column, start.row, end.column, to);
}

/** The row context for the formulas of a row added by hand (same names and columns as the layout's). */
function rowContext(layout: SheetLayout, cols: TableColumns, lang: Lang, row: number): RowContext {
  const name = (suffix: string) => {
    const found = layout.names.find((n) => n.name.endsWith(`_${suffix}`));
    if (!found) throw new RangeError(`layout ${layout.name} has no ${suffix} name`);
    return found.name;
  };
  const first = cols.years[0];
  const last = cols.years[cols.years.length - 1];
  const text = SHEET_TEXT[lang];
  return {
    col: cols.letter,
    row,
    firstYearCol: cols.letter[`y${first}`],
    lastYearCol: cols.letter[`y${last}`],
    yearsRef: `${absoluteAddress(cols.index[`y${first}`], HEADER_ROWS.years)}:${absoluteAddress(cols.index[`y${last}`], HEADER_ROWS.years)}`,
    names: { onTrack: name("OnTrack"), lagging: name("Lagging"), method: name("Method"), firstYear: name("FirstYear") },
    labels: Object.fromEntries(STATUS_CODES.map((s) => [s, statusLabel(s, lang)])) as Record<StatusCode, string>,
    consistencyLabels: { consistent: text.consistent, inconsistent: text.inconsistent },
  };
}

/**
 * The new layout with the old sheet's entries kept. The layout should span
 * the old sheet's years (build it with `oldYearSpan`), else figures of the
 * missing years are reported in `kept.dropped`.
 */
export function mergeEntries(oldGrid: OldSheetGrid, newLayout: SheetLayout): MergeResult {
  const kept: KeptEntries = { figures: 0, baselines: [], parameters: [], userRows: [], dropped: [] };
  const oldTable = locateTable(oldGrid.values);
  if (!oldTable || !newLayout.table) return { layout: newLayout, kept };
  const layout: SheetLayout = structuredClone(newLayout);
  const table = layout.table!;
  const lang = layoutLang(layout);
  const text = SHEET_TEXT[lang];
  const cols = layoutColumns(layout);
  const firstDataRow = HEADER_ROWS.tableHeader + 1;

  const cellAt = (row: number, col: number): CellSpec | null => layout.cells[row - 1]?.[col - 1] ?? null;
  const put = (row: number, col: number, spec: CellSpec) => {
    while (layout.cells.length < row) layout.cells.push([]);
    const line = layout.cells[row - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = spec;
  };

  // Plan rows of the new layout, by id.
  const planRow = new Map<string, number>();
  for (let row = firstDataRow; row < firstDataRow + table.rowCount; row++) {
    const id = cellAt(row, cols.index.id)?.value;
    if (typeof id === "string" && id !== "") planRow.set(id, row);
  }
  const layoutLastRow = firstDataRow + table.rowCount - 1;

  // Parameter cells.
  for (const field of ["onTrack", "lagging", "methodCode"] as const) {
    const where = locateHeaderCell(oldGrid.values, field, oldTable.headerRow);
    const content = contentAt(oldGrid, where.row, where.column);
    const row = HEADER_ROWS[field];
    const spec = cellAt(row, HEADER_VALUE_COLUMN);
    if (content === null || !spec || sameContent(content, spec.value)) continue;
    put(row, HEADER_VALUE_COLUMN, { ...spec, value: content });
    kept.parameters.push(field);
  }

  const oldCol = oldTable.column;
  const userRows: number[] = [];
  const usedIds = new Set<string>();
  for (let r = oldTable.headerRow + 1; r < oldGrid.values.length; r++) {
    const idContent = oldCol.id !== undefined ? contentAt(oldGrid, r, oldCol.id) : null;
    const id = idContent === null ? "" : String(idContent).trim();
    const hasContent =
      id !== "" ||
      ["name", "baseline", "kind"].some((k) => oldCol[k] !== undefined && contentAt(oldGrid, r, oldCol[k]) !== null) ||
      oldTable.years.some((y) => contentAt(oldGrid, r, y.column) !== null);
    if (!hasContent) continue;
    const row = id !== "" && !usedIds.has(id) ? planRow.get(id) : undefined;
    if (row === undefined) {
      userRows.push(r);
      continue;
    }
    usedIds.add(id);
    for (const { year, column } of oldTable.years) {
      const content = contentAt(oldGrid, r, column);
      if (content === null) continue;
      const col = cols.index[`y${year}`];
      if (col === undefined) {
        kept.dropped.push({ id, year, content });
        continue;
      }
      const spec = cellAt(row, col) ?? { value: null, style: "input" as const, numFmt: FORMATS.value };
      put(row, col, { ...spec, value: content });
      kept.figures++;
    }
    if (oldCol.baseline !== undefined) {
      const content = contentAt(oldGrid, r, oldCol.baseline);
      const spec = cellAt(row, cols.index.baseline);
      if (content !== null && spec && !sameContent(content, spec.value)) {
        put(row, cols.index.baseline, { ...spec, value: content });
        kept.baselines.push(id);
      }
    }
  }

  if (userRows.length === 0) return { layout, kept };

  // Rows added by hand: after the plan's rows, in their old order.
  let row = firstDataRow + planRow.size;
  for (const r of userRows) {
    const ctx = rowContext(layout, cols, lang, row);
    const formulas = rowFormulas(ctx);
    const prev = (key: string) => (oldCol[key] === undefined ? null : contentAt(oldGrid, r, oldCol[key]));
    for (const c of LEADING_COLUMNS) {
      if (c.role === "computed") put(row, cols.index[c.key], { value: formulas[c.key], style: "computed", numFmt: c.numFmt });
      else put(row, cols.index[c.key], { value: prev(c.key), style: c.role === "input" ? "input" : "plan", numFmt: c.numFmt });
    }
    const id = prev("id");
    for (const year of cols.years) {
      const oc = oldTable.years.find((y) => y.year === year)?.column;
      const content = oc === undefined ? null : contentAt(oldGrid, r, oc);
      if (content !== null) kept.figures++;
      put(row, cols.index[`y${year}`], { value: content, style: "input", numFmt: FORMATS.value });
    }
    for (const { year, column } of oldTable.years) {
      const content = contentAt(oldGrid, r, column);
      if (content !== null && cols.index[`y${year}`] === undefined) kept.dropped.push({ id: String(id ?? `row ${r + 1}`), year, content });
    }
    for (const c of TRAILING_COLUMNS) put(row, cols.index[c.key], { value: formulas[c.key], style: "computed", numFmt: c.numFmt });

    const rowYears = rangeAddress(cols.index[`y${cols.years[0]}`], row, cols.index[`y${cols.years[cols.years.length - 1]}`], row);
    const kind = String(prev("kind") ?? "").toLowerCase();
    const unit = String(prev("unit") ?? "") || text.noUnit;
    const validation: ValidationSpec =
      kind === "qualitative"
        ? { range: rowYears, type: "list", list: [text.yes, text.no], errorTitle: text.invalidTitle, errorMessage: text.yesNoMessage }
        : { range: rowYears, type: "decimal", errorTitle: text.invalidTitle, errorMessage: text.decimalMessage(unit), prompt: text.inputPrompt(unit) };
    layout.validations.push(validation);
    if (kind !== "qualitative") {
      const baselineCell = rangeAddress(cols.index.baseline, row, cols.index.baseline, row);
      layout.validations.push({ range: baselineCell, type: "decimal", errorTitle: text.invalidTitle, errorMessage: text.baselineMessage(unit) });
    }
    kept.userRows.push(id === null ? `row ${r + 1}` : String(id));
    row++;
  }
  const newLastRow = row - 1;
  // Ranges over the whole table body now end at the last added row.
  layout.conditionalFormats = layout.conditionalFormats.map((f) => ({ ...f, range: extendRange(f.range, layoutLastRow, newLastRow) }));
  layout.unlocked = layout.unlocked.map((u) => extendRange(u, layoutLastRow, newLastRow));
  table.rowCount = newLastRow - firstDataRow + 1;
  return { layout, kept };
}
