/**
 * What a check of a filled-in plan sheet reports: findings per cell and the
 * assessment per indicator. Shared by the Excel adapter, the xlsx checker,
 * the command line and the task pane.
 */
import type { Assessment } from "../assessment/assess";
import type { StatusCode } from "../assessment/status";
import type { Texts } from "../i18n/lang";

export type FindingKind =
  | "refused" // not a number: the reason
  | "readable" // text that reads as a number (units, full-width digits, separators): the value, with a fix
  | "unit-converted" // a figure typed in another unit of the same base
  | "suspicious" // a jump beyond the plausibility bounds, a percentage typed as a fraction
  | "inconsistent" // the plan row's stated growth disagrees with baseline and target
  | "lagging"; // the indicator is lagging: status and the growth still needed

export interface Finding {
  kind: FindingKind;
  /** The sheet's name. */
  sheet: string;
  /** A1 address of the cell on that sheet, e.g. "J7". */
  cell: string;
  indicatorId: string;
  /** The indicator's name as shown in the sheet. */
  indicatorName: string;
  /** The year of the figure, when the finding is about one. */
  year?: number;
  /** The cell's content as found. */
  entered?: string;
  message: Texts;
  /** A one-click fix: the number to write in place of the text (the text goes into a note). */
  fix?: { value: number };
}

export interface IndicatorReport {
  sheet: string;
  planId: string;
  indicatorId: string;
  indicatorName: string;
  /** Row of the indicator on the sheet (1-based). */
  row: number;
  assessment: Assessment;
}

export interface SheetReport {
  sheet: string;
  planId: string;
  indicators: IndicatorReport[];
  findings: Finding[];
}

export interface CheckReport {
  sheets: SheetReport[];
  /** Counts by status over every sheet. */
  counts: Record<StatusCode, number>;
}
