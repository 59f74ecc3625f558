/** Printed cell forms: comparators, ranges, cumulative brackets, rates, dashes, text. */
import { readRateCell, readValueCell } from "../../src/core/import";
import { classifyHeaderCell } from "../../src/core/import";

describe("readValueCell", () => {
  it.each([
    ["3.20", 3.2, null, ""],
    ["1000以上", 1000, ">=", ""],
    ["18件以上", 18, ">=", "件"],
    [">6.5", 6.5, ">", ""],
    ["＞６．５", 6.5, ">", ""],
    ["<5.5", 5.5, "<", ""],
    ["≥90%", 90, ">=", "%"],
    ["不低于3", 3, ">=", ""],
    ["不少于100家", 100, ">=", "家"],
    ["0.40以下", 0.4, "<=", ""],
    ["5%以内", 5, "<=", "%"],
    ["不超过5", 5, "<=", ""],
    ["超过1万", 1, ">", "万"],
    ["达到65%", 65, ">=", "%"],
    ["1,000", 1000, null, ""],
    ["-2.5", -2.5, null, ""],
  ])("%s → %s %s", (cell, value, comparator, unit) => {
    expect(readValueCell(cell)).toEqual(expect.objectContaining({ kind: "number", value, comparator, unit }));
  });

  it("marks approximate figures", () => {
    expect(readValueCell("约100")).toEqual(expect.objectContaining({ kind: "number", value: 100, approx: true }));
    expect(readValueCell("100左右")).toEqual(expect.objectContaining({ kind: "number", value: 100, approx: true }));
  });

  it.each([
    ["15-20", 15, 20, ""],
    ["15～20家", 15, 20, "家"],
    ["15~20", 15, 20, ""],
    ["15至20个", 15, 20, "个"],
    ["2.5—3.0%", 2.5, 3, "%"],
  ])("range %s", (cell, lo, hi, unit) => {
    expect(readValueCell(cell)).toEqual({ kind: "range", lo, hi, unit });
  });

  it.each([
    ["[50]", 50, null],
    ["〔15〕", 15, null],
    ["［>5000］", 5000, ">"],
    ["累计100亿元", 100, null],
  ])("cumulative %s", (cell, value, comparator) => {
    expect(readValueCell(cell)).toEqual({ kind: "cumulative", inner: expect.objectContaining({ kind: "number", value, comparator }) });
  });

  it("reads year-on-year growth targets", () => {
    expect(readValueCell("增长15%")).toEqual(expect.objectContaining({ kind: "yoy", rate: 15 }));
    expect(readValueCell("比上年增长10%以上")).toEqual(expect.objectContaining({ kind: "yoy", rate: 10, comparator: ">=" }));
  });

  it.each(["—", "-", "——", "/", "无"])("dash %s", (cell) => {
    expect(readValueCell(cell)).toEqual({ kind: "dash" });
  });

  it.each(["保持在合理区间", "进入全国前10", "第十次蝉联全国科技进步先进市", "2个以上百分点", "3.2.1", "20-15"])(
    "text %s (no number taken out of it)",
    (cell) => {
      expect(readValueCell(cell)).toEqual({ kind: "text" });
    },
  );

  it("reads empty cells as empty", () => {
    expect(readValueCell("")).toEqual({ kind: "empty" });
    expect(readValueCell("  ")).toEqual({ kind: "empty" });
    expect(readValueCell(undefined)).toEqual({ kind: "empty" });
  });
});

describe("readRateCell", () => {
  it.each([
    ["6.5%", "percent", 6.5, 1],
    ["１２．０２％", "percent", 12.02, 1],
    ["0.05个百分点", "pp", 0.05, 1],
    ["0.5百分点", "pp", 0.5, 1],
    ["年均提高0.3个百分点", "pp", 0.3, 1],
    ["下降2%", "percent", 2, -1],
    ["15", "bare", 15, 1],
    ["-2.3", "bare", -2.3, 1],
  ])("%s → %s %s", (cell, kind, rate, sign) => {
    expect(readRateCell(cell)).toEqual(expect.objectContaining({ kind, rate, sign }));
  });

  it("keeps a qualifier as a flag only", () => {
    expect(readRateCell(">6.5%")).toEqual(expect.objectContaining({ kind: "percent", rate: 6.5, qualifier: true }));
    expect(readRateCell("7%以上")).toEqual(expect.objectContaining({ kind: "percent", rate: 7, qualifier: true }));
  });

  it("reads [x] as a total over the period", () => {
    expect(readRateCell("〔3.9〕")).toEqual(expect.objectContaining({ kind: "cumulative", pp: false }));
    expect(readRateCell("[0.4个百分点]")).toEqual(expect.objectContaining({ kind: "cumulative", pp: true }));
  });

  it("reads dashes, empties and text", () => {
    expect(readRateCell("—").kind).toBe("dash");
    expect(readRateCell("").kind).toBe("empty");
    expect(readRateCell("稳步提高").kind).toBe("text");
  });
});

describe("classifyHeaderCell", () => {
  it.each([
    ["指标名称", "name"],
    ["指标", "name"],
    ["单位", "unit"],
    ["属性", "nature"],
    ["序号", "index"],
    ["类别", "category"],
    ["备注", "other"],
    ["责任单位", "other"],
    ["年均增长", "rate"],
    ["年均增长(%)", "rate"],
    ["年均增长（％）", "rate"],
    ["年均增幅", "rate"],
    ["年均/累计", "rate"],
    ["年均增长〔累计〕", "rate"],
    ["科技投入", "unknown"],
    ["技术合同累计成交额", "unknown"],
  ])("%s → %s", (label, kind) => {
    expect(classifyHeaderCell(label).kind).toBe(kind);
  });

  it.each([
    ["2015年", 2015, "year"],
    ["2015", 2015, "year"],
    ["２０２０年", 2020, "year"],
    ["2015年基期", 2015, "baseline"],
    ["2020年目标值", 2020, "target"],
    ["2016年完成", 2016, "baseline"],
    ["目标值", null, "target"],
    ["目标", null, "target"],
    ["基期值", null, "baseline"],
    ["“十四五”目标", 2025, "target"],
  ])("%s → value column %s (%s)", (label, year, stage) => {
    expect(classifyHeaderCell(label)).toEqual({ kind: "value", year, stage });
  });

  it("knows percent and cumulative rate columns", () => {
    expect(classifyHeaderCell("年均增长(%)")).toEqual({ kind: "rate", percent: true, cumulative: false, yoy: false });
    expect(classifyHeaderCell("年均/累计")).toEqual({ kind: "rate", percent: false, cumulative: true, yoy: false });
    expect(classifyHeaderCell("比上年增长")).toEqual({ kind: "rate", percent: false, cumulative: false, yoy: true });
  });
});
