/**
 * Planned paths (assessment-rules.md, "Growth kinds and the planned path").
 * Pure arithmetic on plain numbers; the sheet formulas follow the same steps.
 */

/** True when the compound path can be used: both ends positive. Otherwise the linear path is used. */
export function compoundPathPossible(base: number, target: number): boolean {
  return base > 0 && target > 0;
}

/** B + (V − B)·(t − b)/n: the `pp` and `level` path, and the `cagr` fallback. */
export function linearPath(base: number, target: number, elapsed: number, years: number): number {
  return base + ((target - base) * elapsed) / years;
}

/** B·(V/B)^((t − b)/n): the `cagr` path. */
export function compoundPath(base: number, target: number, elapsed: number, years: number): number {
  return base * Math.pow(target / base, elapsed / years);
}

/** The `cagr` path where possible, else the linear one. */
export function cagrPath(base: number, target: number, elapsed: number, years: number): number {
  return compoundPathPossible(base, target)
    ? compoundPath(base, target, elapsed, years)
    : linearPath(base, target, elapsed, years);
}

/** C(t) = V·(t − b)/n: the planned running total of a `cumulative` indicator. */
export function cumulativePath(total: number, elapsed: number, years: number): number {
  return (total * elapsed) / years;
}

/** A(t − 1)·(1 + r/100): the planned value of a `yoy` indicator for the year after `previous`. */
export function yoyPath(previous: number, ratePercent: number): number {
  return previous * (1 + ratePercent / 100);
}

/** V = B·(1 + r/100)^n: the level a `yoy` target implies when the plan prints none. */
export function yoyTargetLevel(base: number, ratePercent: number, years: number): number {
  return base * Math.pow(1 + ratePercent / 100, years);
}
