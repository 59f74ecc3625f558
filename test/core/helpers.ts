import type { Indicator } from "../../src/core";

/** A valid indicator with overridable parts, for engine tests. */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: "x",
    name: { zh: "测试指标", en: "Test indicator" },
    unit: "%",
    direction: "increase",
    baseline: { year: 2015, value: 100 },
    target: { year: 2020, value: 200, comparator: ">=", text: "200" },
    growth: { kind: "cagr", rate: null, rateText: null },
    source: { section: "test" },
    ...overrides,
  };
}
