/**
 * Import diagnostics: what the table importer noticed about each row, in
 * Chinese and English. Codes are stable; messages are for people.
 */

export type ImportSeverity = "error" | "warning" | "info";

export const IMPORT_CODES = [
  "empty-input",
  "no-header",
  "before-header",
  "not-read",
  "repeated-header",
  "unknown-column",
  "extra-year-columns",
  "no-baseline-column",
  "no-target-column",
  "period-from-title",
  "period-from-options",
  "period-assumed",
  "no-target-year",
  "period-invalid",
  "plan-id-invalid",
  "category-row",
  "note-row",
  "prose-row",
  "missing-cells",
  "extra-cells",
  "no-name",
  "name-en-missing",
  "unit-from-value",
  "unit-conflict",
  "direction-inferred",
  "nature-unknown",
  "baseline-empty",
  "baseline-unreadable",
  "baseline-comparator",
  "baseline-cumulative",
  "target-empty",
  "text-target",
  "target-approximate",
  "target-cumulative",
  "target-yoy",
  "rate-bare",
  "rate-unreadable",
  "rate-negative",
  "rate-comparator",
  "rate-ignored",
  "cumulative-change",
  "duplicate-name",
  "invalid-draft",
] as const;
export type ImportCode = (typeof IMPORT_CODES)[number];

/** One finding of the importer; `row` is the 1-based line of the pasted text where the row starts. */
export interface ImportDiagnostic {
  row: number;
  severity: ImportSeverity;
  code: ImportCode;
  zh: string;
  en: string;
}

const SEVERITY_ORDER: Readonly<Record<ImportSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** Diagnostics sorted by row, then errors before warnings before notes (stable otherwise). */
export function sortDiagnostics(list: readonly ImportDiagnostic[]): ImportDiagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.row - b.d.row || SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || a.i - b.i)
    .map(({ d }) => d);
}
