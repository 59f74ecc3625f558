/**
 * Units of entered figures: a scale (万 = 10^4, 亿 = 10^8) and a base (元, 家, %…).
 * Two units are compatible when their bases agree; they then differ by a power of ten.
 */

export interface UnitParts {
  /** Power of ten of the prefix: 0, 4 (万) or 8 (亿). */
  exponent: number;
  /** The unit without its prefix: "元", "家", "%", or "" for a bare count. */
  base: string;
}

/** Unit suffixes accepted after an entered figure (assessment-rules.md, "Entered figures"), plus 元. */
export const SUFFIX_UNITS = ["亿元", "万元", "亿", "万", "元", "件", "家", "个", "人", "项", "名", "%"] as const;

const PREFIXES: Record<string, number> = { 万: 4, 亿: 8 };

/** Splits a unit into prefix exponent and base ("亿元" → 8, "元"; "万人" → 4, "人"; "%" → 0, "%"). */
export function unitParts(unit: string): UnitParts {
  const trimmed = unit.trim();
  const first = trimmed.charAt(0);
  if (PREFIXES[first] !== undefined && trimmed.length >= 1) {
    return { exponent: PREFIXES[first], base: trimmed.slice(1) };
  }
  return { exponent: 0, base: trimmed };
}

/**
 * The power of ten that turns a figure in `entered` into the indicator's unit,
 * or null when the units are not compatible. A bare 万/亿 takes the indicator's base.
 */
export function conversionExponent(entered: string, indicatorUnit: string): number | null {
  const from = unitParts(entered);
  const to = unitParts(indicatorUnit);
  if (from.base === to.base) return from.exponent - to.exponent;
  if (from.base === "" && to.base !== "%") return from.exponent - to.exponent;
  if (to.base === "" && from.base !== "%" && to.exponent === 0) return from.exponent;
  return null;
}

/** Multiplies by 10^exponent, dividing for negative exponents so that 9602 → 0.9602 exactly as typed. */
export function scaleByPowerOfTen(value: number, exponent: number): number {
  if (exponent === 0) return value;
  const factor = Math.pow(10, Math.abs(exponent));
  return exponent > 0 ? value * factor : value / factor;
}
