import fc from "fast-check";
import { cagrPath, compoundPath, cumulativePath, linearPath, yoyPath, yoyTargetLevel } from "../../src/core";

describe("planned paths", () => {
  test("compound path follows B·(V/B)^((t−b)/n)", () => {
    expect(compoundPath(100, 200, 1, 5)).toBeCloseTo(100 * Math.pow(2, 0.2), 12);
    expect(cagrPath(100, 161.051, 2, 5)).toBeCloseTo(121, 9);
  });
  test("cagr falls back to the linear path when B or V is not positive", () => {
    expect(cagrPath(0, 10, 1, 5)).toBe(2);
    expect(cagrPath(-10, 10, 1, 4)).toBe(-5);
    expect(cagrPath(10, 0, 1, 5)).toBe(8);
  });
  test("linear, cumulative and yoy paths", () => {
    expect(linearPath(2.73, 3.2, 2, 5)).toBeCloseTo(2.918, 12);
    expect(cumulativePath(1000, 2, 5)).toBe(400);
    expect(yoyPath(200, 15)).toBeCloseTo(230, 12);
    expect(yoyTargetLevel(200, 10, 2)).toBeCloseTo(242, 12);
  });
  test("property: every path passes through (b, B) and (T, V)", () => {
    const value = fc.integer({ min: -1e8, max: 1e8 }).map((x) => x / 100);
    fc.assert(
      fc.property(value, value, fc.integer({ min: 1, max: 30 }), (B, V, n) => {
        for (const path of [cagrPath, linearPath]) {
          expect(path(B, V, 0, n) === B).toBe(true);
          const end = path(B, V, n, n);
          expect(Math.abs(end - V)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(V), Math.abs(B)));
        }
        expect(cumulativePath(V, 0, n) + 0).toBe(0);
        expect(cumulativePath(V, n, n)).toBeCloseTo(V, 6);
      }),
    );
  });
});
