/**
 * Benchmark: assessments per second over 100,000 indicator-years
 * (20,000 indicators of every growth kind, each assessed as of each of its 5 years).
 */
import { assessIndicator, DEFAULT_PARAMS, type Indicator, type YearFigures } from "../src/core";

const KINDS = ["cagr", "pp", "level", "cumulative", "yoy"] as const;

function makeCases(indicatorCount: number): Array<{ indicator: Indicator; figures: YearFigures }> {
  const cases: Array<{ indicator: Indicator; figures: YearFigures }> = [];
  for (let i = 0; i < indicatorCount; i++) {
    const kind = KINDS[i % KINDS.length];
    const base = 50 + (i % 97);
    const indicator: Indicator = {
      id: `i${i}`,
      name: { zh: `指标${i}`, en: `Indicator ${i}` },
      unit: "亿元",
      direction: i % 11 === 0 ? "decrease" : "increase",
      baseline: { year: 2015, value: base },
      target: { year: 2020, value: kind === "yoy" ? null : base * 1.6, comparator: i % 11 === 0 ? "<=" : ">=", text: "" },
      growth: { kind, rate: kind === "yoy" ? 10 : null, rateText: kind === "yoy" ? "10%" : null },
      source: { section: "bench" },
    };
    const all: Record<number, number> = {};
    for (let t = 2016; t <= 2020; t++) all[t] = base * (1 + ((i * 7 + t) % 13) / 100) ** (t - 2015);
    // One case per year: the figures reported up to that year.
    for (let y = 2016; y <= 2020; y++) {
      const figures: Record<number, number> = {};
      for (let t = 2016; t <= y; t++) figures[t] = kind === "cumulative" ? base / 4 : all[t];
      cases.push({ indicator, figures });
    }
  }
  return cases;
}

/** Runs the benchmark and returns assessments per second (best of several rounds). */
export function benchAssessment(): { count: number; perSecond: number } {
  const cases = makeCases(20_000);
  let best = 0;
  let sink = 0;
  for (let round = 0; round < 7; round++) {
    const start = process.hrtime.bigint();
    for (const c of cases) sink += assessIndicator(c.indicator, c.figures, 2015, DEFAULT_PARAMS).ratio ?? 0;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.max(best, cases.length / seconds);
  }
  if (!Number.isFinite(sink)) throw new Error("benchmark result not finite");
  return { count: cases.length, perSecond: best };
}
