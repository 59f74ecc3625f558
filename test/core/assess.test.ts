import { assessIndicator, DEFAULT_PARAMS, statusFromRatio, type Indicator } from "../../src/core";
import { makeIndicator } from "./helpers";

const cagr = makeIndicator(); // 100 (2015) → 200 (2020), >=
const pp = makeIndicator({
  baseline: { year: 2015, value: 2.73 },
  target: { year: 2020, value: 3.2, comparator: ">=", text: "3.2" },
  growth: { kind: "pp", rate: 0.1, rateText: "0.1个百分点" },
});

function assess(ind: Indicator, figures: Record<number, number | null>, params = DEFAULT_PARAMS) {
  return assessIndicator(ind, figures, 2015, params);
}

describe("status rules in order", () => {
  test("no data when no year after b has a valid figure", () => {
    expect(assess(cagr, {}).status).toBe("no-data");
    expect(assess(cagr, { 2015: 120, 2016: null }).status).toBe("no-data");
  });
  test("not assessable: baseline needed and missing, target year not reported", () => {
    const noBase = makeIndicator({ baseline: null });
    expect(assess(noBase, { 2017: 150 }).status).toBe("not-assessable");
    // even a figure that meets the target: rule 2 comes first
    expect(assess(noBase, { 2017: 250 }).status).toBe("not-assessable");
  });
  test("without a baseline the target year is still judged by the target", () => {
    const noBase = makeIndicator({ baseline: null });
    expect(assess(noBase, { 2020: 250 }).status).toBe("achieved");
    expect(assess(noBase, { 2020: 150 }).status).toBe("missed");
  });
  test("achieved as soon as the latest figure meets the target", () => {
    const a = assess(cagr, { 2017: 210 });
    expect(a.status).toBe("achieved");
    expect(a.targetMet).toBe(true);
  });
  test("missed at the final year", () => {
    const a = assess(cagr, { 2019: 190, 2020: 199 });
    expect(a.status).toBe("missed");
    expect(a.growthNeeded).toBeNull();
  });
  test("on track, needs acceleration, off track, moving away by R", () => {
    const P2017 = 100 * Math.pow(2, 2 / 5);
    const at = (r: number) => assess(cagr, { 2017: 100 + r * (P2017 - 100) });
    expect(at(1).status).toBe("on-track");
    expect(at(0.95).status).toBe("on-track");
    expect(at(0.94).status).toBe("needs-acceleration");
    expect(at(0.6).status).toBe("needs-acceleration");
    expect(at(0.59).status).toBe("off-track");
    expect(at(0).status).toBe("off-track");
    expect(at(-0.1).status).toBe("moving-away");
  });
  test("thresholds are parameters", () => {
    const params = { ...DEFAULT_PARAMS, onTrackThreshold: 0.8, laggingThreshold: 0.5 };
    expect(statusFromRatio(0.85, params)).toBe("on-track");
    expect(statusFromRatio(0.55, params)).toBe("needs-acceleration");
    expect(statusFromRatio(0.45, params)).toBe("off-track");
  });
  test("the latest valid year is used, gaps before it are fine", () => {
    const a = assess(pp, { 2016: 2.8, 2017: null, 2018: 3.0 });
    expect(a.latestYear).toBe(2018);
    expect(a.latest).toBe(3.0);
  });
});

describe("figures beside the status", () => {
  test("cagr: path value, gap, R, shares, growth so far and needed, projection", () => {
    const a = assess(cagr, { 2016: 110, 2017: 121 });
    const P = 100 * Math.pow(2, 0.4);
    expect(a.pathValue).toBeCloseTo(P, 12);
    expect(a.gap).toBeCloseTo(121 - P, 12);
    expect(a.ratio).toBeCloseTo(21 / (P - 100), 12);
    expect(a.timeShare).toBeCloseTo(0.4, 12);
    expect(a.progressShare).toBeCloseTo(0.21, 12);
    expect(a.growthSoFar).toBeCloseTo(10, 9);
    expect(a.growthNeeded).toBeCloseTo((Math.pow(200 / 121, 1 / 3) - 1) * 100, 9);
    expect(a.projected).toBeCloseTo(121 * Math.pow(1.21, 3 / 2), 9);
  });
  test("pp: linear path and per-year growth", () => {
    const a = assess(pp, { 2017: 2.9 });
    expect(a.pathValue).toBeCloseTo(2.73 + 0.47 * 0.4, 12);
    expect(a.ratio).toBeCloseTo((2.9 - 2.73) / (0.47 * 0.4), 12);
    expect(a.growthSoFar).toBeCloseTo(0.085, 12);
    expect(a.growthNeeded).toBeCloseTo(0.1, 12);
    expect(a.projected).toBeCloseTo(2.9 + 0.085 * 3, 12);
  });
  test("cagr with a zero baseline uses the linear path and says why", () => {
    const zero = makeIndicator({ baseline: { year: 2015, value: 0 }, target: { year: 2020, value: 10, comparator: ">=", text: "10" } });
    const a = assess(zero, { 2016: 2 });
    expect(a.pathValue).toBe(2);
    expect(a.ratio).toBe(1);
    expect(a.status).toBe("on-track");
    expect(a.growthSoFar).toBeNull();
    expect(a.notes.map((n) => n.code)).toContain("linear-fallback");
  });
  test("cagr with a negative baseline: linear path, linear projection", () => {
    const neg = makeIndicator({ baseline: { year: 2015, value: -10 }, target: { year: 2020, value: 10, comparator: ">=", text: "10" } });
    const a = assess(neg, { 2017: -2 });
    expect(a.pathValue).toBe(-2);
    expect(a.ratio).toBe(1);
    expect(a.projected).toBe(10);
  });
});

describe("edge cases", () => {
  test("target equal to baseline: R undefined, judged by the target", () => {
    const flat = makeIndicator({
      growth: { kind: "level", rate: null, rateText: null },
      target: { year: 2020, value: 100, comparator: ">=", text: "保持100" },
    });
    expect(assess(flat, { 2017: 100 }).status).toBe("achieved");
    const below = assess(flat, { 2017: 95 });
    expect(below.ratio).toBeNull();
    expect(below.status).toBe("moving-away");
    expect(below.notes.map((n) => n.code)).toContain("ratio-undefined");
    expect(below.progressShare).toBeNull();
    const strict = makeIndicator({ ...flat, target: { year: 2020, value: 100, comparator: ">", text: "超过100" } });
    expect(assess(strict, { 2017: 100 }).status).toBe("off-track");
  });
  test("decrease indicators default to <= and move down", () => {
    const energy = makeIndicator({
      direction: "decrease",
      unit: "吨标准煤/万元",
      baseline: { year: 2015, value: 0.5 },
      target: { year: 2020, value: 0.4, comparator: "<=", text: "0.4" },
      growth: { kind: "level", rate: null, rateText: null },
    });
    expect(assess(energy, { 2017: 0.46 }).status).toBe("on-track");
    expect(assess(energy, { 2017: 0.48 }).status).toBe("off-track");
    expect(assess(energy, { 2017: 0.52 }).status).toBe("moving-away");
    expect(assess(energy, { 2018: 0.39 }).status).toBe("achieved");
  });
  test("range targets: met at lo for increase, path aims at lo, beyond hi is noted", () => {
    const range = makeIndicator({
      unit: "家",
      growth: { kind: "level", rate: null, rateText: null },
      baseline: { year: 2015, value: 5 },
      target: { year: 2020, value: 15, comparator: "range", range: { lo: 15, hi: 20 }, text: "15-20家" },
    });
    const a = assess(range, { 2017: 9 });
    expect(a.targetLevel).toBe(15);
    expect(a.pathValue).toBe(9);
    expect(a.status).toBe("on-track");
    expect(assess(range, { 2019: 16 }).status).toBe("achieved");
    const over = assess(range, { 2019: 25 });
    expect(over.status).toBe("achieved");
    expect(over.notes.map((n) => n.code)).toContain("outside-range");
  });
  test("range targets for decrease indicators are met at hi", () => {
    const range = makeIndicator({
      direction: "decrease",
      growth: { kind: "level", rate: null, rateText: null },
      baseline: { year: 2015, value: 30 },
      target: { year: 2020, value: 20, comparator: "range", range: { lo: 15, hi: 20 }, text: "15-20" },
    });
    expect(assess(range, { 2018: 20 }).status).toBe("achieved");
    expect(assess(range, { 2018: 10 }).notes.map((n) => n.code)).toContain("outside-range");
    expect(assess(range, { 2018: 21 }).status).toBe("on-track");
  });
  test("cumulative: running total against V·(t−b)/n, missing years noted", () => {
    const total = makeIndicator({
      unit: "项",
      baseline: null,
      growth: { kind: "cumulative", rate: null, rateText: null },
      target: { year: 2020, value: 1000, comparator: ">=", text: "[1000]" },
    });
    const a = assess(total, { 2016: 200, 2018: 250 });
    expect(a.runningTotal).toBe(450);
    expect(a.pathValue).toBe(600);
    expect(a.ratio).toBe(0.75);
    expect(a.status).toBe("needs-acceleration");
    expect(a.notes).toContainEqual({ code: "missing-years", years: [2017] });
    expect(a.progressShare).toBe(0.45);
    expect(a.growthNeeded).toBe(275);
    expect(a.projected).toBe(750);
    expect(assess(total, { 2016: 500, 2017: 500 }).status).toBe("achieved");
    expect(assess(total, { 2016: 100, 2020: 100 }).status).toBe("missed");
  });
  test("yoy: R from the year-on-year growth, V from B when no level is printed", () => {
    const yoy = makeIndicator({
      unit: "家",
      baseline: { year: 2016, value: 200 },
      target: { year: 2017, value: null, comparator: ">=", text: "增长15%" },
      growth: { kind: "yoy", rate: 15, rateText: "15%" },
    });
    const hit = assessIndicator(yoy, { 2017: 230 }, 2016);
    expect(hit.targetLevel).toBeCloseTo(230, 12);
    expect(hit.status).toBe("achieved");
    const miss = assessIndicator(yoy, { 2017: 220 }, 2016);
    expect(miss.status).toBe("missed");
    expect(miss.ratio).toBeCloseTo(10 / 15, 12);
    expect(miss.pathValue).toBeCloseTo(230, 12);
    expect(miss.growthSoFar).toBeCloseTo(10, 9);
  });
  test("yoy over several years uses the previous year's figure, and says when it is missing", () => {
    const yoy = makeIndicator({
      baseline: { year: 2015, value: 100 },
      target: { year: 2018, value: null, comparator: ">=", text: "年均增长10%" },
      growth: { kind: "yoy", rate: 10, rateText: "10%" },
    });
    const a = assessIndicator(yoy, { 2016: 110, 2017: 115.5 }, 2015);
    expect(a.ratio).toBeCloseTo(0.5, 12);
    expect(a.status).toBe("off-track");
    const gap = assessIndicator(yoy, { 2017: 121 }, 2015);
    expect(gap.status).toBe("not-assessable");
    expect(gap.notes).toContainEqual({ code: "previous-missing", years: [2016] });
  });
  test("qualitative: yes is achieved, no is off track (missed at the final year)", () => {
    const q = makeIndicator({
      unit: "",
      baseline: null,
      growth: { kind: "qualitative", rate: null, rateText: null },
      target: { year: 2020, value: null, comparator: ">=", text: "蝉联全国科技进步先进市" },
    });
    expect(assess(q, { 2017: 1 }).status).toBe("achieved");
    expect(assess(q, { 2017: 0 }).status).toBe("off-track");
    expect(assess(q, { 2020: 0 }).status).toBe("missed");
  });
  test("a text-only target cannot be assessed", () => {
    const text = makeIndicator({ target: { year: 2020, value: null, comparator: ">=", text: "保持在合理区间" } });
    const a = assess(text, { 2017: 5 });
    expect(a.status).toBe("not-assessable");
    expect(a.notes.map((n) => n.code)).toContain("no-target-level");
  });
  test("growth-rate ratio method, with a fallback where it cannot apply", () => {
    const params = { ...DEFAULT_PARAMS, method: "growth-ratio" as const };
    const a = assess(cagr, { 2017: 121 }, params);
    expect(a.ratio).toBeCloseTo(0.1 / (Math.pow(2, 0.2) - 1), 12);
    const zero = makeIndicator({ baseline: { year: 2015, value: 0 } });
    const b = assess(zero, { 2017: 80 }, params);
    expect(b.notes.map((n) => n.code)).toContain("method-fallback");
    expect(b.ratio).toBeCloseTo(1, 12);
  });
  test("misuse: a target year not after the base year throws", () => {
    const bad = makeIndicator({ baseline: { year: 2020, value: 1 } });
    expect(() => assess(bad, { 2020: 1 })).toThrow(RangeError);
  });
});

describe("target comparison slack", () => {
  test("a running total that equals its target up to float noise meets it", () => {
    const total = makeIndicator({
      baseline: null,
      growth: { kind: "cumulative", rate: null, rateText: null },
      target: { year: 2017, value: 0.9, comparator: ">=", text: "0.9" },
    });
    expect(0.7 + 0.2).toBeLessThan(0.9);
    expect(assessIndicator(total, { 2016: 0.7, 2017: 0.2 }, 2015).status).toBe("achieved");
    const strict = makeIndicator({ ...total, target: { year: 2017, value: 0.9, comparator: ">", text: "超过0.9" } });
    expect(assessIndicator(strict, { 2016: 0.7, 2017: 0.2 }, 2015).status).toBe("missed");
  });
});
