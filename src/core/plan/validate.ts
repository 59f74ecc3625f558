/**
 * Plan validation: schema errors and cross-field rules, as messages that name
 * the field in Chinese and English.
 */
import { planSchema, type Plan } from "./model";

/** One problem in plan data; `path` names the field, e.g. "indicators[3].target.value". */
export interface PlanProblem {
  path: string;
  zh: string;
  en: string;
}

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

function pathText(path: ReadonlyArray<string | number>): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

/** Rules the schema cannot state alone: periods, ranges, what each growth kind needs. */
function crossFieldProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (path: string, zh: string, en: string) => problems.push({ path, zh, en });
  if (plan.targetYear <= plan.baseYear) {
    add("targetYear", "目标年必须晚于基期年", "the target year must come after the base year");
  }
  const seen = new Set<string>();
  plan.indicators.forEach((ind, i) => {
    const at = `indicators[${i}]`;
    if (seen.has(ind.id)) add(`${at}.id`, `指标编号重复：${ind.id}`, `duplicate indicator id: ${ind.id}`);
    seen.add(ind.id);
    const { target, baseline, growth } = ind;
    if (baseline && baseline.year >= target.year) {
      add(`${at}.baseline.year`, "基期年必须早于目标年", "the baseline year must come before the target year");
    }
    if (target.comparator === "range") {
      if (!target.range) add(`${at}.target.range`, "区间目标需要上下限", "a range target needs lo and hi");
      else if (target.range.lo > target.range.hi) {
        add(`${at}.target.range`, "区间下限大于上限", "the range's lo is above its hi");
      }
    }
    if (growth.kind === "yoy" && growth.rate === null) {
      add(`${at}.growth.rate`, "同比增长指标需要目标增速", "a year-on-year indicator needs its target rate");
    }
    if ((growth.rate === null) !== (growth.rateText === null)) {
      add(`${at}.growth.rateText`, "增速与其原文须同时给出或同时为空", "rate and rateText go together");
    }
  });
  return problems;
}

/** Validates plan JSON (already parsed) and returns the plan or every problem found. */
export function validatePlan(data: unknown): PlanValidation {
  const parsed = planSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = pathText(issue.path);
        return { path, zh: `${path || "计划"}：${issue.message}`, en: `${path || "plan"}: ${issue.message}` };
      }),
    };
  }
  const problems = crossFieldProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, plan: parsed.data };
}

/** Like validatePlan but throws (for catalog data that must be valid). */
export function parsePlan(data: unknown): Plan {
  const result = validatePlan(data);
  if (!result.ok) throw new Error(result.problems.map((p) => p.en).join("; "));
  return result.plan;
}
