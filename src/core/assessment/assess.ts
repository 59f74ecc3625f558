/**
 * Assessment of one indicator from its yearly figures (assessment-rules.md):
 * status, progress ratio R and the figures shown beside the status.
 */
import type { Indicator } from "../plan/model";
import { cagrPath, compoundPathPossible, cumulativePath, linearPath, yoyPath } from "../growth/path";
import { DEFAULT_PARAMS, type AssessmentParams } from "./params";
import type { StatusCode } from "./status";
import { meetsTarget, resolveTerms, type IndicatorTerms } from "./terms";

/** Reported figures by year; null or undefined where a year has no valid figure. Qualitative: 1 yes, 0 no. */
export type YearFigures = Readonly<Record<number, number | null | undefined>>;

export type AssessmentNoteCode =
  | "linear-fallback"
  | "outside-range"
  | "missing-years"
  | "ratio-undefined"
  | "method-fallback"
  | "previous-missing"
  | "no-target-level";

export interface AssessmentNote {
  code: AssessmentNoteCode;
  /** Years concerned (missing years of a cumulative indicator, the missing previous year). */
  years?: number[];
}

export interface Assessment {
  indicatorId: string;
  status: StatusCode;
  /** y: the latest year after b with a valid figure. */
  latestYear: number | null;
  /** A: the figure of year y. */
  latest: number | null;
  /** S(y): the running total of a cumulative indicator. */
  runningTotal: number | null;
  /** V as compared (range bound, or B·(1+r/100)^n for yoy without a printed level). */
  targetLevel: number | null;
  targetMet: boolean | null;
  /** P(y) (C(y) for cumulative). */
  pathValue: number | null;
  /** A − P(y) (S − C(y) for cumulative). */
  gap: number | null;
  /** R; null where undefined. */
  ratio: number | null;
  /** (y − b)/n */
  timeShare: number | null;
  /** (A − B)/(V − B) (S/V for cumulative). */
  progressShare: number | null;
  /** Average growth so far: % a year for cagr and yoy, units a year for pp, level and cumulative. */
  growthSoFar: number | null;
  /** Average growth still needed to reach V by T, in the same unit; null at T. */
  growthNeeded: number | null;
  /** The value at T if the pace so far goes on (the running total for cumulative). */
  projected: number | null;
  notes: AssessmentNote[];
}

/** An assessment with a status and no figures (no data, or a row that cannot be read). */
export function blankAssessment(indicatorId: string, status: StatusCode, targetLevel: number | null = null): Assessment {
  return {
    indicatorId,
    status,
    latestYear: null,
    latest: null,
    runningTotal: null,
    targetLevel,
    targetMet: null,
    pathValue: null,
    gap: null,
    ratio: null,
    timeShare: null,
    progressShare: null,
    growthSoFar: null,
    growthNeeded: null,
    projected: null,
    notes: [],
  };
}

function valid(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Slack of the threshold comparisons: R computed from decimal figures lands a
 * few ulps beside a threshold it equals (0.29999999999999993 for 0.3), and
 * spreadsheets compare approximately. The sheet formulas use the same 1E-9.
 */
export const RATIO_EPSILON = 1e-9;

/** Status from R and the thresholds (the last four rules). */
export function statusFromRatio(ratio: number, params: AssessmentParams): StatusCode {
  if (ratio >= params.onTrackThreshold - RATIO_EPSILON) return "on-track";
  if (ratio >= params.laggingThreshold - RATIO_EPSILON) return "needs-acceleration";
  if (ratio >= -RATIO_EPSILON) return "off-track";
  return "moving-away";
}

/**
 * Status when R is undefined and the target is not met before T: "moving away"
 * when the figure moved against the indicator's direction from B, else "off track"
 * (assessment-rules.md leaves this case to "the target comparison alone").
 */
function statusWithoutRatio(terms: IndicatorTerms, latest: number): StatusCode {
  if (terms.base === null) return "off-track";
  const wrongWay = terms.direction === "decrease" ? latest > terms.base : latest < terms.base;
  return wrongWay ? "moving-away" : "off-track";
}

/** The SDG growth-rate ratio g_actual / g_required, or null where it cannot be computed. */
export function growthRateRatio(
  base: number,
  latest: number,
  target: number,
  elapsed: number,
  years: number,
): number | null {
  if (!(base > 0 && latest > 0 && target > 0) || target === base) return null;
  const actual = Math.pow(latest / base, 1 / elapsed) - 1;
  const required = Math.pow(target / base, 1 / years) - 1;
  return actual / required;
}

/**
 * Assesses one indicator. `planBaseYear` stands in for b where the indicator
 * has no baseline. Never throws for domain data; misuse (a plan whose target
 * year is not after its base year) throws.
 */
export function assessIndicator(
  indicator: Indicator,
  figures: YearFigures,
  planBaseYear: number,
  params: AssessmentParams = DEFAULT_PARAMS,
): Assessment {
  const terms = resolveTerms(indicator, planBaseYear);
  return assessTerms(indicator.id, terms, figures, params);
}

/** Assessment from resolved terms; the hot path the benchmark measures. */
export function assessTerms(
  indicatorId: string,
  terms: IndicatorTerms,
  figures: YearFigures,
  params: AssessmentParams = DEFAULT_PARAMS,
): Assessment {
  const { baseYear: b, targetYear: T, years: n, kind } = terms;
  if (n <= 0) throw new RangeError(`indicator ${indicatorId}: target year ${T} is not after base year ${b}`);

  let y = 0;
  for (let t = T; t > b; t--) {
    if (valid(figures[t])) {
      y = t;
      break;
    }
  }
  if (y === 0) return blankAssessment(indicatorId, "no-data", terms.target);

  const result = blankAssessment(indicatorId, "not-assessable", terms.target);
  const A = figures[y] as number;
  result.latestYear = y;
  result.latest = A;
  result.timeShare = (y - b) / n;

  if (kind === "qualitative") {
    result.targetMet = A === 1;
    result.status = result.targetMet ? "achieved" : y === T ? "missed" : "off-track";
    return result;
  }

  const B = terms.base;
  const V = terms.target;
  // Rule 2: a baseline is needed (every kind but cumulative) and missing, and T is not reported.
  if (B === null && kind !== "cumulative" && y !== T) return result;
  const elapsed = y - b;
  const remaining = T - y;
  const notes = result.notes;

  // The compared value: the running total for cumulative indicators, else A.
  let compared = A;
  if (kind === "cumulative") {
    let sum = 0;
    let missing: number[] | null = null;
    for (let t = b + 1; t <= y; t++) {
      const f = figures[t];
      if (valid(f)) sum += f;
      else (missing ??= []).push(t);
    }
    if (missing) notes.push({ code: "missing-years", years: missing });
    compared = sum;
    result.runningTotal = sum;
  }

  if (V === null) {
    notes.push({ code: "no-target-level" });
    return result;
  }
  const met = meetsTarget(compared, V, terms.comparator);
  result.targetMet = met;
  if (met && terms.range) {
    const beyond = terms.direction === "decrease" ? compared < terms.range.lo : compared > terms.range.hi;
    if (beyond) notes.push({ code: "outside-range" });
  }

  // Path value, R and the figures beside the status, by growth kind.
  let ratio: number | null = null;
  if (kind === "cumulative") {
    const C = cumulativePath(V, elapsed, n);
    result.pathValue = C;
    result.gap = compared - C;
    ratio = C !== 0 ? compared / C : null;
    result.progressShare = V !== 0 ? compared / V : null;
    result.growthSoFar = compared / elapsed;
    result.growthNeeded = remaining > 0 ? (V - compared) / remaining : null;
    result.projected = (compared * n) / elapsed;
  } else if (kind === "yoy") {
    const rate = terms.rate as number;
    const previous = y - 1 === b ? B : figures[y - 1];
    if (valid(previous)) {
      const planned = yoyPath(previous, rate);
      result.pathValue = planned;
      result.gap = A - planned;
      ratio = previous !== 0 && rate !== 0 ? (A / previous - 1) / (rate / 100) : null;
      result.growthSoFar = previous !== 0 ? (A / previous - 1) * 100 : null;
      result.projected = previous > 0 && A > 0 ? A * Math.pow(A / previous, remaining) : null;
    } else {
      notes.push({ code: "previous-missing", years: [y - 1] });
    }
    if (B !== null && V !== B) result.progressShare = (A - B) / (V - B);
    result.growthNeeded = remaining > 0 && A > 0 && V > 0 ? (Math.pow(V / A, 1 / remaining) - 1) * 100 : null;
  } else if (B !== null) {
    // cagr, pp, level
    const compound = kind === "cagr" && compoundPathPossible(B, V);
    if (kind === "cagr" && !compound) notes.push({ code: "linear-fallback" });
    const P = kind === "cagr" ? cagrPath(B, V, elapsed, n) : linearPath(B, V, elapsed, n);
    result.pathValue = P;
    result.gap = A - P;
    ratio = P !== B ? (A - B) / (P - B) : null;
    if (params.method === "growth-ratio") {
      const g = growthRateRatio(B, A, V, elapsed, n);
      if (g === null) notes.push({ code: "method-fallback" });
      else ratio = g;
    }
    result.progressShare = V !== B ? (A - B) / (V - B) : null;
    if (kind === "cagr") {
      const positive = A > 0 && B > 0;
      result.growthSoFar = positive ? (Math.pow(A / B, 1 / elapsed) - 1) * 100 : null;
      result.growthNeeded = remaining > 0 && A > 0 && V > 0 ? (Math.pow(V / A, 1 / remaining) - 1) * 100 : null;
      result.projected = positive ? A * Math.pow(A / B, remaining / elapsed) : A + ((A - B) * remaining) / elapsed;
    } else {
      result.growthSoFar = (A - B) / elapsed;
      result.growthNeeded = remaining > 0 ? (V - A) / remaining : null;
      result.projected = A + ((A - B) * remaining) / elapsed;
    }
  }
  result.ratio = ratio;

  if (met) result.status = "achieved";
  else if (y === T) result.status = "missed";
  else if (ratio !== null) result.status = statusFromRatio(ratio, params);
  else if (kind === "yoy" && result.pathValue === null) result.status = "not-assessable";
  else {
    notes.push({ code: "ratio-undefined" });
    result.status = statusWithoutRatio(terms, A);
  }
  return result;
}
