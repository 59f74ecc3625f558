/**
 * What the task pane asks of a workbook. The pane never calls office.js
 * itself: index.tsx injects an implementation (officeAdapter.ts inside Excel,
 * a fake in the browser tests) or none, in a plain browser.
 */
import type { AssessmentMethod, CheckReport, Finding, Lang, Plan } from "../core";

/** Assessment parameters kept in the workbook's named parameter cells. */
export interface WorkbookSettings {
  /** R at or above this is "on track" (default 0.95). */
  onTrack: number;
  /** R at or above this (below onTrack) is "needs acceleration" (default 0.60). */
  lagging: number;
  method: AssessmentMethod;
}

export interface InsertOptions {
  /** Language of the sheets written (headers, status texts, notes). */
  lang: Lang;
  /** Also write (or refresh) the summary sheet across plans. */
  summary: boolean;
}

export interface WorkbookAdapter {
  /** Writes one sheet per plan (and the summary sheet); returns the names of the sheets written. */
  insertPlans(plans: Plan[], options: InsertOptions): Promise<{ sheets: string[] }>;
  /** Reads the plan sheets and checks them. */
  check(options: { lang: Lang }): Promise<CheckReport>;
  /** Activates the sheet and selects the cell (A1 address). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Applies a finding's one-click fix (writes `finding.fix.value`, keeps the text in a note). */
  applyFix(finding: Finding): Promise<void>;
  /** Writes the thresholds and method into the parameter cells; returns the sheets changed. */
  writeSettings(settings: WorkbookSettings): Promise<{ sheets: string[] }>;
}

declare global {
  interface Window {
    /** Set by the browser tests before the bundle runs: a fake workbook. */
    __PIT_TEST_ADAPTER__?: WorkbookAdapter;
  }
}
