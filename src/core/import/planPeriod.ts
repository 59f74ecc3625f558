/**
 * The draft plan's base and target years: given options first, then the
 * header's year columns, then the title (十三五, 2016—2020年), and as a last
 * resort a five-year period before the target year, said out loud.
 */
import type { ColumnPlan } from "./columns";
import type { ImportDiagnostic } from "./diagnostics";
import { say } from "./messages";
import { periodFromText, type Period } from "./period";

export interface PeriodOptions {
  baseYear?: number;
  targetYear?: number;
}

const validYear = (y: number | undefined): y is number => y !== undefined && Number.isInteger(y) && y >= 1949 && y <= 2100;

/** Resolves the plan period, or null (with an error diagnostic) when no target year can be found. */
export function resolvePeriod(
  options: PeriodOptions,
  cols: ColumnPlan,
  title: string | null,
  row: number,
  found: ImportDiagnostic[],
): Period | null {
  const fromTitle = title ? periodFromText(title) : null;
  const optTarget = validYear(options.targetYear) ? options.targetYear : undefined;
  const optBase = validYear(options.baseYear) ? options.baseYear : undefined;
  const targetYear = optTarget ?? cols.targetYear ?? fromTitle?.targetYear;
  if (targetYear === undefined) {
    found.push(say(row, "error", "no-target-year"));
    return null;
  }
  let baseYear = optBase ?? cols.baselineYear ?? undefined;
  if (baseYear === undefined && fromTitle && fromTitle.targetYear === targetYear) {
    baseYear = fromTitle.baseYear;
    found.push(say(row, "info", "period-from-title", title ?? "", baseYear, targetYear));
  }
  if (baseYear === undefined) {
    baseYear = targetYear - 5;
    found.push(say(row, "warning", "period-assumed", baseYear, targetYear));
  }
  if (optTarget !== undefined || optBase !== undefined) found.push(say(row, "info", "period-from-options", baseYear, targetYear));
  if (baseYear >= targetYear) {
    found.push(say(row, "error", "period-invalid", baseYear, targetYear));
    return null;
  }
  return { baseYear, targetYear };
}
