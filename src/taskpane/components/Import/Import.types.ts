import type { GrowthKind, Lang, PlanProblem } from "../../../core";
import type { ImportDiagnostic } from "../../../core/import";
import type { IndicatorInput } from "../../../core/import/indicator";
import type { WorkbookAdapter } from "../../adapter.types";

export interface ImportProps {
  lang: Lang;
  adapter: WorkbookAdapter | null;
}

/** The editable fields of one draft indicator, as typed (numbers as text). */
export interface RowFields {
  name: string;
  unit: string;
  kind: GrowthKind;
  baselineYear: string;
  baselineValue: string;
  targetYear: string;
  targetValue: string;
  targetText: string;
  rate: string;
}
export type RowField = keyof RowFields;

/** One indicator of the draft: what the importer made of it, the user's edits and its diagnostics. */
export interface DraftRow {
  /** The indicator as the importer built it (kept for the fields the grid does not edit). */
  original: IndicatorInput;
  /** 1-based line of the pasted text where the row starts. */
  line: number;
  fields: RowFields;
  diagnostics: ImportDiagnostic[];
}

/** A validation problem placed on its row and field where the path names one. */
export interface PlacedProblem {
  problem: PlanProblem;
  rowIndex: number | null;
  field: RowField | "planId" | "planTitle" | null;
}
