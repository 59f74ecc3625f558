import { checkConsistency, impliedRate, printedDecimals } from "../../src/core";
import { makeIndicator } from "./helpers";

describe("plan self-consistency", () => {
  test("Jiaxing R&D intensity: 2.73 → 3.2 over 5 years at 0.1 个百分点 is consistent", () => {
    const row = makeIndicator({
      baseline: { year: 2015, value: 2.73 },
      target: { year: 2020, value: 3.2, comparator: ">=", text: "3.2" },
      growth: { kind: "pp", rate: 0.1, rateText: "0.1个百分点" },
    });
    const result = checkConsistency(row)!;
    expect(result.implied).toBeCloseTo(0.094, 12);
    expect(result.decimals).toBe(1);
    expect(result.consistent).toBe(true);
  });
  test("a cagr row whose stated rate disagrees reports the implied rate and the target s would give", () => {
    const row = makeIndicator({
      baseline: { year: 2015, value: 100 },
      target: { year: 2020, value: 200, comparator: ">=", text: "200" },
      growth: { kind: "cagr", rate: 12, rateText: "12%" },
    });
    const result = checkConsistency(row)!;
    expect(result.implied).toBeCloseTo(14.8698355, 6);
    expect(result.consistent).toBe(false);
    expect(result.targetFromStated).toBeCloseTo(100 * Math.pow(1.12, 5), 9);
  });
  test("tolerance is half a unit of the last printed decimal", () => {
    // implied (V−B)/n = 0.149 → printed 0.1 is off by 0.049 ≤ 0.05: consistent; printed 0.10 is not.
    const base = { baseline: { year: 2015, value: 1 }, target: { year: 2020, value: 1.745, comparator: ">=" as const, text: "" } };
    expect(checkConsistency(makeIndicator({ ...base, growth: { kind: "pp", rate: 0.1, rateText: "0.1" } }))!.consistent).toBe(true);
    expect(checkConsistency(makeIndicator({ ...base, growth: { kind: "pp", rate: 0.1, rateText: "0.10" } }))!.consistent).toBe(false);
  });
  test("rows without a rate, baseline, or with non-positive cagr ends are not checked", () => {
    expect(checkConsistency(makeIndicator())).toBeNull();
    expect(checkConsistency(makeIndicator({ baseline: null, growth: { kind: "cagr", rate: 10, rateText: "10%" } }))).toBeNull();
    expect(impliedRate("cagr", 0, 10, 5)).toBeNull();
    expect(impliedRate("pp", 0, 10, 5)).toBe(2);
  });
  test("printed decimals read full-width digits and fall back to the number", () => {
    expect(printedDecimals("１５．５％", 15.5)).toBe(1);
    expect(printedDecimals(null, 2.25)).toBe(2);
    expect(printedDecimals("20%", 20)).toBe(0);
  });
});
