/**
 * Finding a plan sheet's parts in a grid of cell values read back from a
 * workbook: the table header row (matched by header text in zh or en, so
 * moved, widened or extra columns are tolerated), the column of each key,
 * the year columns, the plan id and the parameter cells. Pure.
 */
import { LEADING_COLUMNS, TRAILING_COLUMNS } from "./columns";
import { HEADER_ROWS, HEADER_VALUE_COLUMN } from "./planSheet";
import type { CellValue } from "./readRow";
import { SHEET_TEXT } from "./sheetText";

/** A grid of cell values from A1 (rows, then columns; 0-based indexes). */
export type Grid = readonly (readonly CellValue[] | undefined)[];
/** Formulas, same shape as the values ("=…" or null where a cell holds a constant). */
export type FormulaGrid = readonly (readonly (string | null | undefined)[] | undefined)[];

/** Header text made comparable: no white space, one form of parentheses, lower case. */
export function normalizeHeader(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .replace(/[\s\u3000]+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .toLowerCase();
}

const KEY_BY_HEADER: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const c of [...LEADING_COLUMNS, ...TRAILING_COLUMNS]) {
    map.set(normalizeHeader(c.header.zh), c.key);
    map.set(normalizeHeader(c.header.en), c.key);
  }
  return map;
})();

/** The year a year column's header names ("2016年", "2016", 2016), or null. */
export function yearOfHeader(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1949 && value <= 2100 ? value : null;
  const text = normalizeHeader(value).replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  const m = /^(\d{4})(?:年|年度)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 1949 && year <= 2100 ? year : null;
}

export interface TableLayout {
  /** 0-based row index of the header row. */
  headerRow: number;
  /** 0-based column index per column key (only keys found). */
  column: Record<string, number>;
  /** Year columns, ascending by year. */
  years: { year: number; column: number }[];
}

/** Keys a row must have to be a plan table header. */
const REQUIRED_KEYS = ["kind", "baseYear", "targetYear"] as const;

/** Reads one row as a header: its column map and a score (number of known headers). */
function headerCandidate(row: readonly CellValue[], headerRow: number): { layout: TableLayout; score: number } | null {
  const column: Record<string, number> = {};
  const years: { year: number; column: number }[] = [];
  const seenYears = new Set<number>();
  let score = 0;
  row.forEach((value, c) => {
    const key = KEY_BY_HEADER.get(normalizeHeader(value));
    if (key !== undefined) {
      if (column[key] === undefined) {
        column[key] = c;
        score++;
      }
      return;
    }
    const year = yearOfHeader(value);
    if (year !== null && !seenYears.has(year)) {
      seenYears.add(year);
      years.push({ year, column: c });
    }
  });
  if (years.length > 0) score++;
  const complete = REQUIRED_KEYS.every((k) => column[k] !== undefined) && (column.name !== undefined || column.id !== undefined) && years.length > 0;
  if (!complete) return null;
  years.sort((a, b) => a.year - b.year);
  return { layout: { headerRow, column, years }, score };
}

/** Rows scanned for the header. */
const HEADER_SCAN_ROWS = 200;

/** Locates the indicator table: the row whose cells best match the known headers (row 17 wins ties). */
export function locateTable(values: Grid): TableLayout | null {
  let best: { layout: TableLayout; score: number } | null = null;
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = values[r];
    if (!row) continue;
    const candidate = headerCandidate(row, r);
    if (!candidate) continue;
    const preferred = r === HEADER_ROWS.tableHeader - 1;
    if (!best || candidate.score > best.score || (candidate.score === best.score && preferred)) best = candidate;
  }
  return best?.layout ?? null;
}

export type HeaderField = "planId" | "onTrack" | "lagging" | "methodCode";

export interface HeaderCell {
  /** 0-based row and column of the value cell. */
  row: number;
  column: number;
  /** The label beside it as found in the sheet (or the default label). */
  label: string;
}

/**
 * Where a header field's value stands: the row whose column A holds its label
 * (zh or en) above the table, else its fixed row shifted by as many rows as the
 * table header moved. The value is in column C.
 */
export function locateHeaderCell(values: Grid, field: HeaderField, headerRow: number): HeaderCell {
  const labels = new Set([normalizeHeader(SHEET_TEXT.zh[field]), normalizeHeader(SHEET_TEXT.en[field])]);
  for (let r = 0; r < Math.min(headerRow, values.length); r++) {
    const label = values[r]?.[0];
    if (labels.has(normalizeHeader(label))) return { row: r, column: HEADER_VALUE_COLUMN - 1, label: String(label) };
  }
  const shift = headerRow - (HEADER_ROWS.tableHeader - 1);
  const row = Math.max(0, HEADER_ROWS[field] - 1 + shift);
  return { row, column: HEADER_VALUE_COLUMN - 1, label: SHEET_TEXT.zh[field] };
}
