/**
 * The table importer: an indicator table pasted from a policy document to a
 * plan draft with per-row diagnostics.
 */
export { parsePlanTable, type ImportOptions, type ImportResult, type ImportedRow, type RowRole } from "./parsePlanTable";
export { IMPORT_CODES, sortDiagnostics, type ImportCode, type ImportDiagnostic, type ImportSeverity } from "./diagnostics";
export { readRateCell, readValueCell, type RateForm, type ValueForm } from "./cellForms";
export { classifyHeaderCell, type ColumnRole } from "./header";
export { periodFromText, type Period } from "./period";
