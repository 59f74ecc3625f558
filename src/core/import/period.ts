/**
 * Plan periods named in text: "“十三五”" (2016–2020, base year 2015),
 * "2021—2025年" (base year 2020).
 */

export interface Period {
  baseYear: number;
  targetYear: number;
}

const FIVE_YEAR_ORDINALS = "一二三四五六七八九";

/** The n-th five-year plan's period: the 13th runs 2016–2020, so its base year is 2015. */
export function fiveYearPlanPeriod(ordinal: number): Period {
  const targetYear = 1955 + 5 * ordinal;
  return { baseYear: targetYear - 5, targetYear };
}

/** The period a title or label names, or null: 十X五 first, then a year span "2016-2020". */
export function periodFromText(text: string): Period | null {
  const plan = /十([一二三四五六七八九])五/.exec(text);
  if (plan) return fiveYearPlanPeriod(10 + FIVE_YEAR_ORDINALS.indexOf(plan[1]) + 1);
  const span = /((?:19|20)\d{2})\s*年?\s*[-—–~～至到]+\s*((?:19|20)\d{2})/.exec(text);
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    if (to > from) return { baseYear: from - 1, targetYear: to };
  }
  return null;
}
