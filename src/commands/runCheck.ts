/**
 * The "check active sheet" ribbon command: checks the active plan sheet with
 * the engine (src/excel checkSheet, one Excel.run batch of 3 syncs) and
 * explains every flag in the sheet itself: a note on each flagged cell where
 * Excel has notes (ExcelApi 1.18), else a findings column right of the table.
 *
 * The counts are shown in the sheet's status cell (A7, the empty row between
 * the plan id and the parameters): "检查于 …：n 处标注；符合进度 5，需加快 2 …".
 * A ribbon command has no UI of its own (no task pane, and a dialog would be
 * heavy for one line), and a line in the sheet is seen by every reader and
 * printed with it. A sheet without a plan table is left untouched.
 */
import { langFromLocale } from "../core";
import { runCheck, type CheckResult } from "../excel";

export async function runCheckCommand(): Promise<CheckResult> {
  const locale = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return runCheck({ lang: langFromLocale(locale), sheet: "active" });
}
