/**
 * Properties of parsePlanTable on arbitrary and table-like text: it never
 * throws, accounts for every row, returns valid drafts and invents no number.
 */
import fc from "fast-check";
import { parsePlanTable, type ImportResult } from "../../src/core/import";
import { validatePlan } from "../../src/core/plan";

const TOKENS = [
  "指标名称", "指标", "单位", "属性", "序号", "类别", "2015年", "2020", "２０２０年", "年均增长", "年均增长(%)", "年均/累计", "目标值",
  "科技进步贡献率", "R&D经费占GDP比重(%)", "单位GDP能耗降低（％）", "科技投入", "（一）创新产出", "1、", "2.", "(3)",
  "%", "亿元", "件", "万元/人", "预期性", "约束性", "2.73", "3.20", "1000以上", ">6.5", "<5.5", "≥90%", "不低于3", "0.40以下",
  "15-20", "15～20家", "[50]", "〔15〕", "0.05个百分点", "6.5%", "—", "-", "", "保持在合理区间", "增长15%", "约100", "注：说明",
  "１２．５", "|---|", "十三五", "2016—2020年",
];

const cell = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }));
const line = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 7 }), fc.constantFrom("\t", " | ", "|", "｜")).map(
  ([cells, sep]) => cells.join(sep),
);
const HEADER_WORDS = ["单位", "属性", "序号", "类别", "2018年", "年均增长", "年均增长(%)", "年均/累计", "目标值", "备注"];
const headed = fc
  .tuple(
    fc.subarray(HEADER_WORDS),
    fc.constantFrom("指标名称", "指标"),
    fc.constantFrom(["2015年", "2020年"], ["2020"], ["２０１５年", "２０２０年"]),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 10 }),
    fc.constantFrom("\t", " | ", "｜"),
  )
  .map(([extra, name, years, rows, sep]) => [[name, ...years, ...extra], ...rows].map((r) => r.join(sep)).join("\n"));
const tableLike = fc.oneof(headed, fc.array(line, { maxLength: 14 }).map((lines) => lines.join("\n")));
const oneCellPerLine = fc.array(cell, { maxLength: 40 }).map((cells) => cells.join("\n"));
const anyText = fc.oneof(fc.string({ maxLength: 200, unit: "binary" }), tableLike, oneCellPerLine);

function nonBlankLines(text: string): number[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l, i) => ({ l, i: i + 1 }))
    .filter(({ l }) => l.split(/[\t|｜]/).some((c) => c.replace(/[\s\u3000]/g, "") !== ""))
    .map(({ i }) => i);
}

/** Every number printed in the text, full-width digits read as ASCII, thousands separators removed. */
function printedNumbers(text: string): Set<number> {
  const ascii = text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(\d),(?=\d{3})/g, "$1");
  return new Set((ascii.match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
}

function accountsForEveryRow(text: string, result: ImportResult): void {
  const covered = result.rows.flatMap((r) => r.lines);
  const lines = nonBlankLines(text);
  expect([...new Set(covered)].sort((a, b) => a - b)).toEqual(lines);
  const ids = new Set(result.plan?.indicators.map((i) => i.id) ?? []);
  const diagnosed = new Set(result.diagnostics.map((d) => d.row));
  for (const row of result.rows) {
    if (row.role === "header" || row.role === "separator") continue;
    const ok = (row.indicatorId !== undefined && ids.has(row.indicatorId)) || diagnosed.has(row.row);
    if (!ok) throw new Error(`row ${row.row} (${row.role}) has neither an indicator nor a diagnostic`);
  }
}

function inventsNoNumber(text: string, result: ImportResult): void {
  const printed = printedNumbers(text);
  for (const ind of result.plan?.indicators ?? []) {
    const figures = [ind.baseline?.value, ind.target.value, ind.target.range?.lo, ind.target.range?.hi, ind.growth.rate];
    for (const f of figures) if (f !== undefined && f !== null) expect(printed.has(Math.abs(f))).toBe(true);
  }
}

describe("parsePlanTable properties", () => {
  it("never throws, and returns diagnostics with 1-based rows", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parsePlanTable(text);
        for (const d of result.diagnostics) {
          expect(Number.isInteger(d.row) && d.row >= 1).toBe(true);
          expect(d.zh.length > 0 && d.en.length > 0).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("gives every non-empty non-header row an indicator or a diagnostic", () => {
    fc.assert(fc.property(anyText, (text) => accountsForEveryRow(text, parsePlanTable(text))), { numRuns: 600 });
  });

  it("returns drafts that validatePlan accepts", () => {
    fc.assert(
      fc.property(fc.oneof(tableLike, oneCellPerLine), (text) => {
        const result = parsePlanTable(text);
        if (result.plan) expect(validatePlan(result.plan)).toEqual(expect.objectContaining({ ok: true }));
        else expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it("takes every figure from the text (no number is invented)", () => {
    fc.assert(fc.property(fc.oneof(tableLike, oneCellPerLine), (text) => inventsNoNumber(text, parsePlanTable(text))), {
      numRuns: 600,
    });
  });

  it("finds tables in generated headers often enough to test something", () => {
    const samples = fc.sample(tableLike, { numRuns: 400, seed: 42 });
    const withIndicators = samples.filter((t) => (parsePlanTable(t).plan?.indicators.length ?? 0) > 0);
    expect(withIndicators.length).toBeGreaterThan(10);
  });
});
