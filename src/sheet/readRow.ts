/**
 * Reading a plan sheet's row back into the engine's terms: the check assesses
 * exactly the cells the formulas read, so the report and the sheet agree.
 */
import {
  assessTerms,
  blankAssessment,
  GROWTH_KINDS,
  type Assessment,
  type AssessmentParams,
  type GrowthKind,
  type IndicatorTerms,
  type YearFigures,
} from "../core";
import type { EffectiveComparator } from "../core/assessment/terms";
import { QUALITATIVE_NO, QUALITATIVE_YES } from "./formulas";

/** A cell's value as read from a workbook. */
export type CellValue = string | number | boolean | null | undefined;

/** The plan columns of a row, by column key, plus its year cells. */
export interface SheetRow {
  values: Readonly<Record<string, CellValue>>;
  /** Year cells, by year. */
  years: Readonly<Record<number, CellValue>>;
}

const num = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

const YES = new Set<string>(QUALITATIVE_YES.map((t) => t.toUpperCase()));
const NO = new Set<string>(QUALITATIVE_NO.map((t) => t.toUpperCase()));

/** A qualitative cell as the sheet's MATCH reads it: 1 yes, 0 no, null neither. */
export function qualitativeValue(v: CellValue): number | null {
  if (v === true || v === 1) return 1;
  if (v === false || v === 0) return 0;
  if (typeof v !== "string") return null;
  const key = v.toUpperCase();
  if (YES.has(key)) return 1;
  if (NO.has(key)) return 0;
  return null;
}

/**
 * The terms of a row as the formulas read them, or null when a year cell holds
 * text. Like the formulas, an unknown growth kind is computed as `level`, an
 * unknown comparator as `>=`, and a blank base or target year as 0.
 */
export function rowTerms(row: SheetRow): IndicatorTerms | null {
  const v = row.values;
  const rawKind = String(v.kind ?? "").toLowerCase() as GrowthKind;
  const kind: GrowthKind = GROWTH_KINDS.includes(rawKind) ? rawKind : "level";
  const rawComparator = String(v.comparator ?? "") as EffectiveComparator;
  const comparator: EffectiveComparator = ["<", ">", "<="].includes(rawComparator) ? rawComparator : ">=";
  const year = (cell: CellValue): number | null => (cell === null || cell === undefined || cell === "" ? 0 : num(cell));
  const baseYear = year(v.baseYear);
  const targetYear = year(v.targetYear);
  if (baseYear === null || targetYear === null) return null;
  return {
    kind,
    direction: String(v.direction ?? "").toLowerCase() === "decrease" ? "decrease" : "increase",
    baseYear,
    base: num(v.baseline),
    targetYear,
    target: num(v.target),
    years: targetYear - baseYear,
    rate: num(v.rate),
    comparator,
    range: null,
  };
}

/** Whether the row's growth kind is one the plan model knows (else it is computed as `level`). */
export function knownGrowthKind(row: SheetRow): boolean {
  return GROWTH_KINDS.includes(String(row.values.kind ?? "").toLowerCase() as GrowthKind);
}

/** The valid figures of a row as the formulas see them: numbers (qualitative: yes/no). */
export function rowFigures(row: SheetRow, kind: GrowthKind): YearFigures {
  const figures: Record<number, number | null> = {};
  for (const [year, value] of Object.entries(row.years)) {
    figures[Number(year)] = kind === "qualitative" ? qualitativeValue(value) : num(value);
  }
  return figures;
}

/**
 * Assesses a sheet row with the engine; null when a year cell holds text. A
 * row whose target year is not after its base year has no year the formulas
 * count: no data, as the sheet shows.
 */
export function assessSheetRow(row: SheetRow, params: AssessmentParams): Assessment | null {
  const terms = rowTerms(row);
  if (!terms) return null;
  const id = String(row.values.id ?? "");
  if (terms.targetYear <= terms.baseYear) return blankAssessment(id, "no-data", terms.target);
  return assessTerms(id, terms, rowFigures(row, terms.kind), params);
}
