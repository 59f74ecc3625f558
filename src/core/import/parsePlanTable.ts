/**
 * parsePlanTable: an indicator table pasted from a policy document to a plan
 * draft (kind "imported") and per-row diagnostics. No row is dropped without
 * a diagnostic and no figure is invented.
 */
import type { PlanInput } from "../plan/model";
import { validatePlan } from "../plan/validate";
import { splitLines, type SourceLine } from "./cells";
import { planColumns, type ColumnPlan } from "./columns";
import { sortDiagnostics, type ImportDiagnostic } from "./diagnostics";
import { findHeader, type Header } from "./header";
import { say } from "./messages";
import { resolvePeriod } from "./planPeriod";
import { isProse } from "./rowLabels";
import { duplicateNames, readRows, type ImportedRow } from "./readRows";
import { groupRows } from "./rows";
import { hasWordCharacter } from "./text";

export type { ImportedRow, RowRole } from "./readRows";

export interface ImportOptions {
  /** The draft's plan id (lowercase letters, digits, dashes); "imported" by default. */
  planId?: string;
  /** The plan title; by default the line above the table, if any. */
  title?: string;
  /** Base and target years where the table does not print them. */
  baseYear?: number;
  targetYear?: number;
  /** Where the table came from (a file name, a document title). */
  document?: string;
}

export interface ImportResult {
  /** The draft, or null when no header or no target year was found. */
  plan: PlanInput | null;
  diagnostics: ImportDiagnostic[];
  rows: ImportedRow[];
}

function planIdOf(wanted: string | undefined, row: number, found: ImportDiagnostic[]): string {
  if (wanted === undefined) return "imported";
  if (/^[a-z0-9][a-z0-9-]*$/.test(wanted)) return wanted;
  const used = wanted.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "imported";
  found.push(say(row, "warning", "plan-id-invalid", wanted, used));
  return used;
}

/** The line just above the header, if it reads as a title. */
function titleLine(lines: readonly SourceLine[], header: Header): SourceLine | null {
  const above = header.start > 0 ? lines[header.start - 1] : null;
  if (!above) return null;
  const text = above.cells.filter((c) => c !== "").join(" ");
  return hasWordCharacter(text) && !isProse(text) && text.length <= 80 ? above : null;
}

function unreadColumns(header: Header, cols: ColumnPlan, row: number, found: ImportDiagnostic[]): void {
  const label = (i: number) => header.columns[i].label;
  const years = cols.unread.filter((i) => header.columns[i].role.kind === "value").map(label);
  const others = cols.unread.filter((i) => header.columns[i].role.kind !== "value").map(label);
  if (years.length) found.push(say(row, "info", "extra-year-columns", years.join("、")));
  if (others.length) found.push(say(row, "info", "unknown-column", others.join("、")));
  if (cols.baseline < 0) found.push(say(row, "info", "no-baseline-column"));
  if (cols.target < 0) found.push(say(row, "warning", "no-target-column"));
}

function unreadResult(lines: readonly SourceLine[], found: ImportDiagnostic[]): ImportResult {
  found.push(say(lines[0].line, "error", "no-header"));
  for (const l of lines) found.push(say(l.line, "info", "not-read", "no-header"));
  return { plan: null, diagnostics: sortDiagnostics(found), rows: lines.map((l) => ({ row: l.line, lines: [l.line], role: "skipped" })) };
}

/** Parses a pasted indicator table into a plan draft and per-row diagnostics; never throws. */
export function parsePlanTable(text: string, options: ImportOptions = {}): ImportResult {
  const found: ImportDiagnostic[] = [];
  const lines = splitLines(typeof text === "string" ? text : "");
  if (!lines.length) return { plan: null, diagnostics: [say(1, "error", "empty-input")], rows: [] };
  const header = findHeader(lines);
  const cols = header ? planColumns(header) : null;
  if (!header || !cols) return unreadResult(lines, found);
  const headerRow = lines[header.start].line;
  const titled = titleLine(lines, header);
  const rows: ImportedRow[] = lines.slice(0, header.start).map((l) => {
    const asTitle = l === titled;
    found.push(say(l.line, "info", "before-header", l.cells.filter((c) => c !== "").join(" "), asTitle));
    return { row: l.line, lines: [l.line], role: asTitle ? "title" : "text" };
  });
  const headerLines = lines.slice(header.start, header.start + header.span).map((l) => l.line);
  rows.push({ row: headerRow, lines: headerLines, role: "header" });
  const title = titled ? titled.cells.filter((c) => c !== "").join(" ") : null;
  const planId = planIdOf(options.planId, headerRow, found);
  unreadColumns(header, cols, headerRow, found);
  const period = resolvePeriod(options, cols, title ?? options.title ?? null, headerRow, found);
  const logical = groupRows(lines, header, cols);
  if (!period) {
    for (const r of logical) {
      found.push(say(r.row, "info", "not-read", "no-period"));
      rows.push({ row: r.row, lines: r.lines, role: "skipped" });
    }
    return { plan: null, diagnostics: sortDiagnostics(found), rows };
  }
  const section = title ?? options.title ?? "导入的表格";
  const read = readRows(logical, header, cols, { ...period, section }, found);
  rows.push(...read.rows);
  const rowOf = (id: string) => read.rows.find((r) => r.indicatorId === id)?.row ?? headerRow;
  duplicateNames(read.indicators, rowOf, found);
  if (read.indicators.length) found.push(say(headerRow, "info", "name-en-missing", read.indicators.length));
  const plan: PlanInput = {
    id: planId,
    title: { zh: options.title?.trim() || title || "导入的指标表", en: "" },
    issuer: { zh: "未注明", en: "" },
    source: { document: options.document?.trim() || "粘贴的表格", ...(title ? { section: title } : {}) },
    kind: "imported",
    baseYear: period.baseYear,
    targetYear: period.targetYear,
    indicators: read.indicators,
  };
  const checked = validatePlan(plan);
  if (!checked.ok) for (const p of checked.problems) found.push(say(headerRow, "error", "invalid-draft", p.zh, p.en));
  return { plan, diagnostics: sortDiagnostics(found), rows: rows.sort((a, b) => a.row - b.row) };
}
