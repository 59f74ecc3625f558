/**
 * Figures for the formula proof: per indicator, what a planner might type,
 * built from its baseline, target and planned path so that the catalog
 * reaches every status (on the path, 0.7 and 0.3 of the path's progress,
 * backwards, over the target, a final-year miss, gaps, text, yes/no).
 */
import { cagrPath, cumulativePath, linearPath, resolveTerms, type Indicator, type Plan } from "../../src/core";
import type { Entries } from "../../src/sheet";

export const SCENARIOS = [
  "none",
  "onPath",
  "accelerate",
  "slow",
  "reverse",
  "over",
  "finalMiss",
  "gaps",
  "textOnly",
  "negative",
  "flat",
  "noPrevious",
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Texts a planner types that the formulas must ignore. */
export const IGNORED_TEXTS = ["96亿元", "约3.1%", "待统计", "1,200", "—"] as const;

export interface IndicatorFigures {
  entries: Record<number, string | number>;
  /** A baseline to type into the baseline cell, when the scenario sets one. */
  baseline?: string | number;
}

/** A baseline to enter where the plan has none (so that the path rules can be reached). */
function inventedBaseline(ind: Indicator, target: number | null): number {
  if (target === null) return 50;
  if (target === 0) return 1;
  return ind.direction === "decrease" ? target * 1.25 : target * 0.8;
}

/** Figures for one indicator under a scenario; `variant` varies the baseline choice. */
export function indicatorFigures(ind: Indicator, plan: Plan, scenario: Scenario, variant: number): IndicatorFigures {
  const t = resolveTerms(ind, plan.baseYear);
  const { baseYear: b, targetYear: T, years: n, kind } = t;
  const out: IndicatorFigures = { entries: {} };
  const needsBase = kind !== "cumulative" && kind !== "qualitative";
  let B = t.base;
  if (B === null && needsBase && variant % 3 !== 0) {
    B = inventedBaseline(ind, t.target);
    out.baseline = B;
  }
  if (B !== null && needsBase && variant % 7 === 5) out.baseline = "约" + String(B); // a text baseline: not a number
  let V = t.target;
  if (kind === "yoy" && V === null && B !== null && t.rate !== null) V = B * Math.pow(1 + t.rate / 100, n);
  if (scenario === "flat" && V !== null && needsBase && kind !== "yoy") {
    B = V;
    out.baseline = V;
  }
  const mid = n > 1 ? b + Math.ceil(n / 2) : T;
  const up = ind.direction === "decrease" ? -1 : 1;
  const e = out.entries;

  if (kind === "qualitative") {
    const map: Partial<Record<Scenario, [number, string | number][]>> = {
      onPath: [[mid, "是"]],
      accelerate: [[mid, "Y"]],
      slow: [[mid, "否"]],
      reverse: [[b + 1, "是"], [mid, "未完成"]],
      over: [[T, "完成"]],
      finalMiss: [[T, "否"]],
      gaps: [[b + 1, "否"], [T, "待定"]],
      textOnly: [[mid, "也许"]],
      negative: [[mid, 0]],
      flat: [[mid, 1]],
      noPrevious: [[mid, "yes"]],
    };
    for (const [year, v] of map[scenario] ?? []) e[year] = v;
    return out;
  }

  // The value on the planned path at year `year`, scaled by the share `k` of the path's progress.
  const pathAt = (year: number, k: number): number | null => {
    if (kind === "cumulative") return V === null ? null : (k * cumulativePath(V, 1, n));
    if (B === null || V === null) return null;
    const P = kind === "cagr" ? cagrPath(B, V, year - b, n) : linearPath(B, V, year - b, n);
    return B + k * (P - B);
  };
  const fallback = (k: number) => (V !== null ? V * (0.5 + 0.2 * k) : B !== null ? B * (1 + 0.1 * k) : 10 * (1 + k));
  const fill = (to: number, k: number) => {
    if (kind === "yoy") {
      let prev = B ?? (V !== null ? V / Math.pow(1 + (t.rate ?? 10) / 100, n) : 100);
      for (let y = b + 1; y <= to; y++) {
        prev = prev * (1 + (k * (t.rate ?? 10)) / 100);
        e[y] = prev;
      }
      return;
    }
    for (let y = b + 1; y <= to; y++) e[y] = pathAt(y, k) ?? fallback(k);
  };

  switch (scenario) {
    case "none":
      break;
    case "onPath":
      fill(mid, 1);
      break;
    case "accelerate":
      fill(mid, 0.7);
      break;
    case "slow":
      fill(mid, 0.3);
      break;
    case "reverse":
      fill(mid, -0.4);
      break;
    case "over":
      fill(mid, 1);
      if (kind === "cumulative") e[mid] = (V ?? 10) * 1.2;
      else if (V !== null) e[mid] = V + up * (Math.abs(V - (B ?? 0)) * 0.1 + 1);
      else e[mid] = fallback(2);
      break;
    case "finalMiss":
      fill(T, 0.5);
      break;
    case "gaps":
      fill(T, 0.8);
      for (let y = b + 1; y <= T; y++) {
        if ((y - b) % 2 === 0) e[y] = IGNORED_TEXTS[(y - b) % IGNORED_TEXTS.length];
      }
      if (T - b >= 2) e[T] = "96亿元";
      break;
    case "textOnly":
      for (let y = b + 1; y <= T; y++) e[y] = IGNORED_TEXTS[(y + variant) % IGNORED_TEXTS.length];
      break;
    case "negative":
      fill(mid, 1);
      e[mid] = -5;
      break;
    case "flat":
      fill(mid, 1);
      e[mid] = (B ?? V ?? 10) - up * 1;
      break;
    case "noPrevious":
      fill(mid, 1);
      if (mid - 1 > b) delete e[mid - 1];
      break;
  }
  return out;
}

export interface PlanFigures {
  entries: Entries;
  baselines: Record<string, string | number>;
  scenarios: Record<string, Scenario>;
}

/** Figures for every indicator of a plan in variant `v`: indicator i gets scenario (i + v) mod count. */
export function planFigures(plan: Plan, v: number): PlanFigures {
  const entries: Record<string, Record<number, string | number>> = {};
  const baselines: Record<string, string | number> = {};
  const scenarios: Record<string, Scenario> = {};
  plan.indicators.forEach((ind, i) => {
    const scenario = SCENARIOS[(i + v) % SCENARIOS.length];
    const f = indicatorFigures(ind, plan, scenario, v + i);
    entries[ind.id] = f.entries;
    if (f.baseline !== undefined) baselines[ind.id] = f.baseline;
    scenarios[ind.id] = scenario;
  });
  return { entries, baselines, scenarios };
}

/**
 * Catalog plans with a longer horizon, so that yes/no and year-on-year rows
 * (one-year plans in the catalog) and decrease rows reach the in-between
 * statuses too. Ids end in "-x"; they extend the proof, the catalog is unchanged.
 */
export function extendedPlans(plans: readonly Plan[]): Plan[] {
  const out: Plan[] = [];
  for (const plan of plans) {
    const short = plan.targetYear - plan.baseYear < 3;
    const missingTargets = plan.indicators.some((i) => i.target.value === null && i.growth.kind === "level");
    if (!short && !missingTargets) continue;
    const x: Plan = structuredClone(plan);
    x.id = `${plan.id.slice(0, 26)}-x`;
    const shift = short ? 4 : 0;
    x.targetYear += shift;
    for (const ind of x.indicators) {
      ind.target.year += shift;
      if (ind.target.value === null && ind.growth.kind === "level" && ind.baseline) {
        ind.target.value = ind.direction === "decrease" ? ind.baseline.value * 0.7 : ind.baseline.value * 1.3;
      }
    }
    out.push(x);
  }
  return out;
}
