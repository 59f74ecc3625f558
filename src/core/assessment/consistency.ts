/**
 * Plan self-consistency: does a row's stated average growth agree with its
 * baseline and target? (assessment-rules.md, "Plan self-consistency")
 */
import type { Indicator, Plan } from "../plan/model";

/** Tolerance added to the half-unit of the last printed decimal, for float noise. */
export const CONSISTENCY_EPSILON = 1e-9;

export interface ConsistencyResult {
  indicatorId: string;
  stated: number;
  statedText: string;
  /** Decimals of the stated rate as printed. */
  decimals: number;
  /** The rate the baseline and target imply, in the stated rate's unit. */
  implied: number;
  consistent: boolean;
  /** The target the stated rate would give from the baseline. */
  targetFromStated: number;
}

/** Number of decimals of the first number in a printed rate ("0.5个百分点" → 1). */
export function printedDecimals(rateText: string | null, rate: number): number {
  const match = rateText?.replace(/[０-９．]/g, (c) => (c === "．" ? "." : String(c.charCodeAt(0) - 0xff10))).match(/\d+(?:\.(\d+))?/);
  if (match) return match[1]?.length ?? 0;
  const text = String(rate);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Implied rate: ((V/B)^(1/n) − 1)·100 for cagr, (V − B)/n for pp; null where it cannot be computed. */
export function impliedRate(kind: "cagr" | "pp", base: number, target: number, years: number): number | null {
  if (years <= 0) return null;
  if (kind === "pp") return (target - base) / years;
  if (base <= 0 || target <= 0) return null;
  return (Math.pow(target / base, 1 / years) - 1) * 100;
}

/** The target a stated rate gives: B·(1 + s/100)^n for cagr, B + s·n for pp. */
export function targetFromRate(kind: "cagr" | "pp", base: number, rate: number, years: number): number {
  return kind === "pp" ? base + rate * years : base * Math.pow(1 + rate / 100, years);
}

/** The consistency check of one indicator, or null when it has no stated rate, baseline or target to check. */
export function checkConsistency(indicator: Indicator): ConsistencyResult | null {
  const { growth, baseline, target } = indicator;
  if (growth.kind !== "cagr" && growth.kind !== "pp") return null;
  if (growth.rate === null || baseline === null || target.value === null) return null;
  const years = target.year - baseline.year;
  const implied = impliedRate(growth.kind, baseline.value, target.value, years);
  if (implied === null) return null;
  const decimals = printedDecimals(growth.rateText, growth.rate);
  const tolerance = 0.5 * Math.pow(10, -decimals) + CONSISTENCY_EPSILON;
  return {
    indicatorId: indicator.id,
    stated: growth.rate,
    statedText: growth.rateText ?? String(growth.rate),
    decimals,
    implied,
    consistent: Math.abs(implied - growth.rate) <= tolerance,
    targetFromStated: targetFromRate(growth.kind, baseline.value, growth.rate, years),
  };
}

/** Consistency results for every checkable row of a plan. */
export function planConsistency(plan: Plan): ConsistencyResult[] {
  return plan.indicators.map(checkConsistency).filter((r): r is ConsistencyResult => r !== null);
}
