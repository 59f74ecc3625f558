/**
 * The terms of assessment-rules.md's notation, resolved from an indicator:
 * b, B, T, V (the level the path aims at), n, k, r and the comparator in force.
 */
import type { Direction, GrowthKind, Indicator } from "../plan/model";
import { yoyTargetLevel } from "../growth/path";

/** The comparison in force once a range has been reduced to the bound it aims at. */
export type EffectiveComparator = ">=" | ">" | "<=" | "<";

export interface IndicatorTerms {
  kind: GrowthKind;
  direction: Direction;
  /** b: the baseline year (the plan's base year when the indicator has no baseline). */
  baseYear: number;
  /** B, or null when the plan gives none. */
  base: number | null;
  /** T */
  targetYear: number;
  /** V: the level compared and aimed at, or null when there is none to compare with. */
  target: number | null;
  /** n = T − b */
  years: number;
  /** r or s: the stated rate, or null. */
  rate: number | null;
  comparator: EffectiveComparator;
  /** The planned range, when the target is one. */
  range: { lo: number; hi: number } | null;
}

/** Resolves an indicator's terms; `planBaseYear` stands in for b when there is no baseline. */
export function resolveTerms(indicator: Indicator, planBaseYear: number): IndicatorTerms {
  const { target, growth, baseline, direction } = indicator;
  const baseYear = baseline?.year ?? planBaseYear;
  const base = baseline?.value ?? null;
  const years = target.year - baseYear;
  const range = target.comparator === "range" && target.range ? target.range : null;
  let level: number | null;
  let comparator: EffectiveComparator;
  if (range) {
    level = direction === "decrease" ? range.hi : range.lo;
    comparator = direction === "decrease" ? "<=" : ">=";
  } else {
    level = target.value;
    comparator = target.comparator === "range" ? (direction === "decrease" ? "<=" : ">=") : target.comparator;
  }
  if (level === null && growth.kind === "yoy" && growth.rate !== null && base !== null) {
    level = yoyTargetLevel(base, growth.rate, years);
  }
  return {
    kind: growth.kind,
    direction,
    baseYear,
    base,
    targetYear: target.year,
    target: level,
    years,
    rate: growth.rate,
    comparator,
    range,
  };
}

/**
 * Relative slack of the target comparison: a running total of decimal figures
 * (0.7 + 0.2) lands a few ulps beside the target it equals, and spreadsheets
 * compare approximately. The sheet formulas use the same slack.
 */
export const TARGET_EPSILON = 1e-9;

/** Whether `value` meets the target under the comparator (equality within TARGET_EPSILON·max(1, |target|)). */
export function meetsTarget(value: number, target: number, comparator: EffectiveComparator): boolean {
  const slack = TARGET_EPSILON * Math.max(1, Math.abs(target));
  switch (comparator) {
    case ">=":
      return value >= target - slack;
    case ">":
      return value > target + slack;
    case "<=":
      return value <= target + slack;
    case "<":
      return value < target - slack;
  }
}
