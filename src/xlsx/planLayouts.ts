/** The layouts of a workbook for some plans: one sheet per plan, then the summary sheet. */
import type { Lang, Plan } from "../core";
import { buildPlanSheet, buildSummarySheet, planTableRef, planYearSpan, type PlanSheetOptions, type SheetLayout } from "../sheet";

export interface PlanWorkbookOptions {
  lang: Lang;
  /** Entered figures and baselines by plan id, then indicator id. */
  entries?: Readonly<Record<string, PlanSheetOptions["entries"]>>;
  baselines?: Readonly<Record<string, PlanSheetOptions["baselines"]>>;
  thresholds?: PlanSheetOptions["thresholds"];
  /** Add the summary sheet (default true). */
  summary?: boolean;
}

export function planWorkbookLayouts(plans: readonly Plan[], options: PlanWorkbookOptions): SheetLayout[] {
  const { lang } = options;
  const layouts = plans.map((plan) =>
    buildPlanSheet(plan, {
      lang,
      entries: options.entries?.[plan.id],
      baselines: options.baselines?.[plan.id],
      thresholds: options.thresholds,
    }),
  );
  if (options.summary ?? true) {
    layouts.push(buildSummarySheet(plans.map((plan) => planTableRef(plan, lang, planYearSpan(plan))), lang));
  }
  return layouts;
}
