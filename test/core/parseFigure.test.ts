import fc from "fast-check";
import { figureWarnings, parseFigure, readingMessage, refusalMessage, type FigureReading } from "../../src/core";

const pct = { unit: "%" };
const yi = { unit: "亿元" };

function value(reading: FigureReading): number {
  if (reading.kind !== "number") throw new Error(`not a number: ${JSON.stringify(reading)}`);
  return reading.value;
}

describe("entered figures: accepted", () => {
  test.each([
    ["2.73", pct, 2.73],
    ["２．７３", pct, 2.73],
    ["2.73%", pct, 2.73],
    ["2.73％", pct, 2.73],
    ["1,234.5", yi, 1234.5],
    ["1，234，567", yi, 1234567],
    ["-3.5", pct, -3.5],
    ["＋12", pct, 12],
    [" 96.02 亿元 ", yi, 96.02],
    ["230家", { unit: "家" }, 230],
    ["12件", { unit: "件" }, 12],
    ["3名", { unit: "名" }, 3],
    [".5", pct, 0.5],
  ])("%s reads as %s", (text, ctx, expected) => {
    expect(value(parseFigure(text, ctx))).toBe(expected);
  });
  test("numbers and empties pass through", () => {
    expect(value(parseFigure(42, yi))).toBe(42);
    expect(parseFigure(null, yi)).toEqual({ kind: "empty" });
    expect(parseFigure("  ", yi)).toEqual({ kind: "empty" });
  });
  test("a unit that differs by a power of ten is converted and noted", () => {
    const r = parseFigure("9602万元", yi);
    expect(value(r)).toBe(0.9602);
    expect(r.kind === "number" && r.notes).toContainEqual({ code: "unit-converted", from: "万元", to: "亿元", exponent: -4 });
    expect(value(parseFigure("96.02亿元", { unit: "万元" }))).toBe(960200);
    expect(value(parseFigure("3.5万", { unit: "人" }))).toBe(35000);
    expect(value(parseFigure("35000人", { unit: "万人" }))).toBe(3.5);
    expect(readingMessage(parseFigure("9602万元", yi), "zh")).toContain("换算");
  });
});

describe("entered figures: refused, never zero", () => {
  test.each([
    ["暂无", "no-number"],
    ["N/A", "no-number"],
    ["12 34", "several-numbers"],
    ["1,23", "several-numbers"],
    ["15-20", "range"],
    ["15～20家", "range"],
    ["15至20", "range"],
    ["约100", "unknown-text"],
    ["100左右", "unknown-text"],
    ["100美元", "unknown-text"],
    ["5%", "unit-mismatch"],
  ])("%s is refused as %s", (text, reason) => {
    const r = parseFigure(text, yi);
    expect(r).toEqual({ kind: "refused", reason, text });
  });
  test("refusal messages exist in both languages and quote the text", () => {
    expect(refusalMessage("range", "15-20", "zh")).toContain("区间");
    expect(refusalMessage("range", "15-20", "en")).toContain("range");
  });
  test("qualitative figures read yes and no", () => {
    const q = { unit: "", kind: "qualitative" as const };
    for (const yes of ["是", "Y", "true", "1", "完成", "达成"]) expect(value(parseFigure(yes, q))).toBe(1);
    for (const no of ["否", "N", "FALSE", "0"]) expect(value(parseFigure(no, q))).toBe(0);
    expect(parseFigure("也许", q).kind).toBe("refused");
    expect(value(parseFigure(true, q))).toBe(1);
    expect(parseFigure(true, yi).kind).toBe("refused");
  });
  test("property: never throws, never turns text without digits into a number", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom("%", "亿元", "家", ""), (text, unit) => {
        const r = parseFigure(text, { unit });
        const hasDigit = /[0-9０-９]/.test(text);
        if (!hasDigit) expect(r.kind).not.toBe("number");
        if (r.kind === "number") expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("warnings", () => {
  test("jumps beyond ×5 or ÷5 of the previous year", () => {
    expect(figureWarnings(600, { unit: "亿元", previous: 100, base: 90 })).toEqual([{ code: "jump", previous: 100, factor: 6 }]);
    expect(figureWarnings(19, { unit: "亿元", previous: 100, base: 90 })[0].code).toBe("jump");
    expect(figureWarnings(499, { unit: "亿元", previous: 100, base: 90 })).toEqual([]);
    expect(figureWarnings(-600, { unit: "亿元", previous: 100, base: 90 })).toEqual([]);
  });
  test("a percentage entered as a fraction", () => {
    expect(figureWarnings(0.0273, { unit: "%", previous: null, base: 2.5 })).toEqual([{ code: "fraction-percent", base: 2.5 }]);
    expect(figureWarnings(0.5, { unit: "%", previous: null, base: 0.4 })).toEqual([]);
  });
});
