/** R on a threshold up to float noise takes the status at the threshold (as the sheet formulas do). */
import { DEFAULT_PARAMS, RATIO_EPSILON, statusFromRatio } from "../../src/core";

test("a ratio a few ulps below a threshold counts as on it; a real shortfall does not", () => {
  const params = { ...DEFAULT_PARAMS, onTrackThreshold: 0.5, laggingThreshold: 0.3 };
  expect(statusFromRatio(0.29999999999999993, params)).toBe("needs-acceleration");
  expect(statusFromRatio(0.3 - 1e-6, params)).toBe("off-track");
  expect(statusFromRatio(0.49999999999999994, params)).toBe("on-track");
  expect(statusFromRatio(-1e-17, params)).toBe("off-track");
  expect(statusFromRatio(-1e-6, params)).toBe("moving-away");
  expect(RATIO_EPSILON).toBe(1e-9);
});
