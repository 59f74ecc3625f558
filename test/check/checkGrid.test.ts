/**
 * The pure sheet check on grids: tolerance of people's layout edits (rows
 * inserted above, columns widened, moved or added at the right, English
 * headers), parameter cells, sheets that are not plan sheets, and the summary.
 */
import { buildPlanSheet, buildSummarySheet, planTableRef, type PlanSheetOptions } from "../../src/sheet";
import { checkGrid, isNotAPlanSheet, summarizeReports, type CheckGridResult, type GridReport } from "../../src/sheet/checkGrid";
import { layoutGrid, plan } from "./helpers";

const ENTRIES: PlanSheetOptions["entries"] = {
  "rd-intensity": { 2016: 2.8, 2017: 2.88, 2018: 2.98 },
  "tech-transaction-value": { 2016: 15.2, 2017: "17.1亿元", 2018: 19.6 },
  "st-smes": { 2016: 1700, 2017: 1750, 2018: 1790 },
  "high-tech-investment": { 2016: 300, 2017: 345, 2018: 402 },
  "venture-capital-firms": { 2016: 2, 2017: 1, 2018: 3 },
  "new-product-output-rate": { 2016: 37.5, 2017: 37.2 },
};

function grid(lang: "zh" | "en" = "zh", options: Partial<PlanSheetOptions> = {}) {
  return layoutGrid(buildPlanSheet(plan("jiaxing-13th-fyp-st"), { lang, entries: ENTRIES, ...options }));
}

function report(result: CheckGridResult): GridReport {
  if (isNotAPlanSheet(result)) throw new Error(result.notAPlanSheet);
  return result;
}

const statusList = (r: GridReport) => r.indicators.map((i) => `${i.indicatorId}:${i.assessment.status}`);
const findingList = (r: GridReport) => r.findings.map((f) => `${f.kind} ${f.cell}`);

describe("checkGrid", () => {
  const base = report(checkGrid(grid(), { lang: "zh" }));

  test("the tool's own sheet", () => {
    expect(base.headerRow).toBe(17);
    expect(base.planId).toBe("jiaxing-13th-fyp-st");
    expect(base.indicators).toHaveLength(36);
    expect(findingList(base)).toEqual(["inconsistent L18", "lagging AI18", "readable Q23", "lagging AI23", "lagging AI25", "lagging AI27"]);
    const some = Object.fromEntries(base.indicators.filter((i) => i.assessment.status !== "no-data").map((i) => [i.indicatorId, i.assessment.status]));
    expect(some).toEqual({
      "rd-intensity": "needs-acceleration",
      "tech-transaction-value": "needs-acceleration",
      "new-product-output-rate": "moving-away",
      "st-smes": "off-track",
      "high-tech-investment": "on-track",
      "venture-capital-firms": "achieved",
    });
  });

  test("rows inserted above the table: the header is found, cells move with it", () => {
    const g = grid();
    const blank = () => [] as never[];
    g.values.splice(3, 0, blank(), blank(), ["备注：第二批数据"]);
    g.formulas.splice(3, 0, blank(), blank(), blank());
    const moved = report(checkGrid(g, { lang: "zh" }));
    expect(moved.headerRow).toBe(20);
    expect(moved.planId).toBe("jiaxing-13th-fyp-st");
    expect(statusList(moved)).toEqual(statusList(base));
    expect(findingList(moved)).toEqual(["inconsistent L21", "lagging AI21", "readable Q26", "lagging AI26", "lagging AI28", "lagging AI30"]);
  });

  test("extra columns at the right and columns moved: mapped by header text", () => {
    const g = grid();
    const width = g.values[16].length;
    for (let r = 16; r < g.values.length; r++) {
      while (g.values[r].length < width) g.values[r].push(null);
      g.values[r].push(r === 16 ? "备注" : "核实中");
    }
    // Swap the unit and name columns, and the rate text and decimals columns.
    for (const row of g.values.slice(16)) {
      [row[1], row[2]] = [row[2], row[1]];
      [row[12], row[13]] = [row[13], row[12]];
    }
    const edited = report(checkGrid(g, { lang: "zh" }));
    expect(statusList(edited)).toEqual(statusList(base));
    expect(findingList(edited)).toEqual(findingList(base));
    expect(edited.indicators[0].indicatorName).toBe("R&D经费占GDP比重");
  });

  test("header text with line breaks and spaces still matches", () => {
    const g = grid();
    g.values[16] = g.values[16].map((v) => (v === "规划年均增速" ? "规划年均\n增速" : v === "目标（原文）" ? "目标 (原文)" : v));
    expect(statusList(report(checkGrid(g, { lang: "zh" })))).toEqual(statusList(base));
  });

  test("an English sheet", () => {
    const en = report(checkGrid(grid("en"), { lang: "en" }));
    expect(statusList(en)).toEqual(statusList(base));
    expect(findingList(en)).toEqual(findingList(base));
    expect(en.findings[1].message.en).toBe(
      "Needs acceleration: progress ratio 0.89; 2.98 in 2018, path value 3.012; reaching the 2020 target of 3.2 needs +0.11 percentage points a year",
    );
  });

  test("a table row emptied but for its formulas is skipped; the table ends at the first empty row", () => {
    const g = grid();
    const r = 18; // enterprise-rd-to-revenue, 0-based row 18 = sheet row 19
    g.values[r] = g.values[r].map(() => null);
    g.values.push([], ["孤立的单元格"]);
    g.formulas.push([], []);
    const edited = report(checkGrid(g, { lang: "zh" }));
    expect(edited.indicators).toHaveLength(35);
    expect(edited.indicators.map((i) => i.row)).not.toContain(19);
  });

  test("parameter cells: thresholds and method are read; invalid ones fall back to the defaults with a finding", () => {
    const relaxed = report(checkGrid(grid("zh", { thresholds: { onTrack: 0.7, lagging: 0.2, method: "path" } }), { lang: "zh" }));
    expect(relaxed.params).toEqual({ onTrackThreshold: 0.7, laggingThreshold: 0.2, method: "path" });
    const st = relaxed.indicators.find((i) => i.indicatorId === "st-smes")!;
    expect(st.assessment.status).toBe("needs-acceleration");
    expect(relaxed.indicators.find((i) => i.indicatorId === "tech-transaction-value")!.assessment.status).toBe("on-track");

    const g = grid();
    g.values[8][2] = "九成五";
    g.values[10][2] = "sdg";
    const bad = report(checkGrid(g, { lang: "en" }));
    expect(bad.params).toEqual({ onTrackThreshold: 0.95, laggingThreshold: 0.6, method: "path" });
    expect(bad.findings.slice(0, 2).map((f) => [f.kind, f.cell, f.message.en])).toEqual([
      ["refused", "C9", 'parameter "符合进度阈值" holds "九成五", which is not valid: the check uses the default 0.95'],
      ["refused", "C11", 'parameter "进度比方法（path / growth-ratio）" holds "sdg", which is not valid: the check uses the default path'],
    ]);
    expect(statusList(bad)).toEqual(statusList(base));

    const swapped = grid();
    swapped.values[8][2] = 0.5;
    swapped.values[9][2] = 0.8;
    const order = report(checkGrid(swapped, { lang: "zh" }));
    expect(order.params).toEqual({ onTrackThreshold: 0.95, laggingThreshold: 0.6, method: "path" });
    expect(order.findings[0]).toMatchObject({ cell: "C10", kind: "refused" });
  });

  test("sheets without a plan table", () => {
    const p = plan("jiaxing-13th-fyp-st");
    const summary = layoutGrid(buildSummarySheet([planTableRef(p, "zh")], "zh"));
    expect(checkGrid(summary, { lang: "zh" })).toEqual({ notAPlanSheet: expect.stringContaining("未找到规划指标表") });
    expect(checkGrid({ sheet: "Sheet1", values: [] }, { lang: "en" })).toEqual({ notAPlanSheet: expect.stringContaining("no plan indicator table") });
    expect(isNotAPlanSheet(checkGrid({ sheet: "x", values: [["编号", "指标名称", "2016年"]] }, { lang: "zh" }))).toBe(true);
  });

  test("a yoy target formula without a cached result is computed like the sheet; with a cached result, that is used", () => {
    const p = plan("quanzhou-st-2017-plan");
    const g = layoutGrid(buildPlanSheet(p, { lang: "zh", entries: { "patent-grants": { 2017: 29000 } } }));
    const row = 17 + p.indicators.findIndex((i) => i.id === "patent-grants");
    const computed = report(checkGrid(g, { lang: "zh" })).indicators.find((i) => i.indicatorId === "patent-grants")!;
    expect(computed.assessment.targetLevel).toBeCloseTo(29536.1, 6);
    expect(computed.assessment.status).toBe("missed");
    g.values[row][10] = 28000; // K: a cached result
    const cached = report(checkGrid(g, { lang: "zh" })).indicators.find((i) => i.indicatorId === "patent-grants")!;
    expect(cached.assessment.status).toBe("achieved");
  });

  test("summarizeReports: counts over sheets, lagging first (worst first), then by row", () => {
    const other = report(checkGrid(layoutGrid(buildPlanSheet(plan("xiamen-13th-fyp-st"), { lang: "zh", entries: { "rd-intensity": { 2016: 3.0 } } })), { lang: "zh" }));
    const summary = summarizeReports([base, other]);
    expect(summary.counts).toEqual({
      "no-data": 30 + 6,
      "not-assessable": 0,
      achieved: 1,
      missed: 0,
      "on-track": 1,
      "needs-acceleration": 2,
      "off-track": 1,
      "moving-away": 2,
    });
    expect(summary.sheets[0].indicators.slice(0, 6).map((i) => `${i.assessment.status} ${i.row}`)).toEqual([
      "moving-away 25",
      "off-track 27",
      "needs-acceleration 18",
      "needs-acceleration 23",
      "on-track 28",
      "achieved 36",
    ]);
    expect(summary.sheets[1].indicators[0].assessment.status).toBe("moving-away");
    // The input reports are left as they were.
    expect(base.indicators[0].row).toBe(18);
  });
});
