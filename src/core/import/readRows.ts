/**
 * Reading the table rows after the header into indicators: category headings
 * and columns carried down, notes and prose set aside, each data row aligned
 * and built, every row accounted for.
 */
import { alignRow } from "./align";
import type { ColumnPlan } from "./columns";
import type { ImportDiagnostic } from "./diagnostics";
import type { Header } from "./header";
import { buildIndicator, type IndicatorInput } from "./indicator";
import { say } from "./messages";
import { stripRowNumber } from "./rowLabels";
import type { LogicalRow } from "./rows";

export type RowRole = "title" | "text" | "header" | "separator" | "category" | "note" | "prose" | "indicator" | "skipped";

/** What became of one row of the pasted text. */
export interface ImportedRow {
  /** 1-based line where the row starts. */
  row: number;
  lines: number[];
  role: RowRole;
  indicatorId?: string;
}

export interface RowsContext {
  baseYear: number;
  targetYear: number;
  section: string;
}

export interface RowsOutcome {
  indicators: IndicatorInput[];
  rows: ImportedRow[];
}

/** Builds the indicators of the rows and records what became of each row. */
export function readRows(rows: readonly LogicalRow[], header: Header, cols: ColumnPlan, ctx: RowsContext, found: ImportDiagnostic[]): RowsOutcome {
  const indicators: IndicatorInput[] = [];
  const out: ImportedRow[] = [];
  let category: string | undefined;
  const mark = (r: LogicalRow, role: RowRole, indicatorId?: string) =>
    out.push({ row: r.row, lines: r.lines, role, ...(indicatorId ? { indicatorId } : {}) });
  for (const r of rows) {
    if (r.kind === "separator") mark(r, "separator");
    else if (r.kind === "repeated-header") {
      found.push(say(r.row, "info", "repeated-header"));
      mark(r, "header");
    } else if (r.kind === "note" || r.kind === "prose") {
      found.push(say(r.row, "info", r.kind === "note" ? "note-row" : "prose-row"));
      mark(r, r.kind);
    } else {
      const shape = alignRow(r.cells, header.columns, cols);
      if (shape.kind === "category") {
        category = stripRowNumber(shape.text).text || shape.text;
        found.push(say(r.row, "info", "category-row", category));
        mark(r, "category");
        continue;
      }
      if (shape.kind !== "data") {
        found.push(say(r.row, "info", shape.kind === "note" ? "note-row" : "prose-row"));
        mark(r, shape.kind);
        continue;
      }
      const catCell = cols.category >= 0 ? (shape.cells[cols.category] ?? "").trim() : "";
      if (catCell) category = stripRowNumber(catCell).text || catCell;
      if (shape.category) category = stripRowNumber(shape.category).text || shape.category;
      if (shape.missing.length) {
        found.push(say(r.row, "warning", "missing-cells", shape.missing.map((i) => header.columns[i].label || `#${i + 1}`).join("、")));
      }
      if (shape.extra.length) found.push(say(r.row, "warning", "extra-cells", shape.extra.join(" | ")));
      const built = buildIndicator(shape.cells, cols, {
        ...ctx,
        row: r.row,
        ordinal: indicators.length + 1,
        category,
        printed: r.cells,
      });
      found.push(...built.diagnostics);
      if (built.indicator) {
        indicators.push(built.indicator);
        mark(r, "indicator", built.indicator.id);
      } else mark(r, "skipped");
    }
  }
  return { indicators, rows: out };
}

/** Warns about indicator names printed twice. */
export function duplicateNames(indicators: readonly IndicatorInput[], rowOf: (id: string) => number, found: ImportDiagnostic[]): void {
  const seen = new Set<string>();
  for (const ind of indicators) {
    if (seen.has(ind.name.zh)) found.push(say(rowOf(ind.id), "warning", "duplicate-name", ind.name.zh));
    seen.add(ind.name.zh);
  }
}

