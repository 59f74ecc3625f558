/**
 * Table layouts and row forms: tabs, pipes, one cell per line, category
 * columns and headings, row numbers, decrease indicators, cumulative rows,
 * text targets, full-width text.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parsePlanTable, type ImportResult } from "../../src/core/import";
import { validatePlan, type Plan } from "../../src/core/plan";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", name), "utf8");

function draft(result: ImportResult): Plan {
  const checked = validatePlan(result.plan);
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.en).join("; "));
  return checked.plan;
}

const codesAt = (result: ImportResult, row: number) => result.diagnostics.filter((d) => d.row === row).map((d) => d.code);

describe("the Jiaxing table in other layouts", () => {
  const cells = fixture("jiaxing-main-indicators.txt")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => l.replace(/\s*\|\s*$/, ""));
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += 4) rows.push(cells.slice(i, i + 4));
  const reference = draft(parsePlanTable(fixture("jiaxing-main-indicators.txt"))).indicators;

  it.each([
    ["tabs", rows.map((r) => r.join("\t")).join("\n")],
    ["tabs with CRLF", rows.map((r) => r.join("\t")).join("\r\n") + "\r\n"],
    ["markdown pipes", [`| ${rows[0].join(" | ")} |`, "|---|---:|---:|---:|", ...rows.slice(1).map((r) => `| ${r.join(" | ")} |`)].join("\n")],
    ["pipes without borders", rows.map((r) => r.join(" | ")).join("\n")],
    ["one cell per line", rows.flat().join("\n")],
    ["one cell per line, blank lines between", rows.flat().join("\n\n")],
  ])("%s gives the same indicators", (_layout, text) => {
    const plan = draft(parsePlanTable(text, { title: "嘉兴主要指标" }));
    expect(plan.indicators.map(({ source: _s, ...rest }) => rest)).toEqual(reference.map(({ source: _s, ...rest }) => rest));
  });

  it("reads a one-cell-per-line table with a missing rate cell by resyncing on the next name", () => {
    const broken = rows.flat().filter((c) => c !== "0.06个百分点");
    const result = parsePlanTable(broken.join("\n"));
    const plan = draft(result);
    expect(plan.indicators).toHaveLength(11);
    expect(plan.indicators[1]).toEqual(
      expect.objectContaining({ baseline: expect.objectContaining({ value: 1.32 }), growth: { kind: "level", rate: null, rateText: null } }),
    );
    expect(plan.indicators[2].baseline?.value).toBe(122.31);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "missing-cells", severity: "warning" }));
  });
});

describe("tab table with a category column, 属性 and a 年均增长〔累计〕 column", () => {
  const result = parsePlanTable(fixture("import-tab-category.txt"));
  const plan = draft(result);
  const byName = (name: string) => plan.indicators.find((i) => i.name.zh === name)!;

  it("carries the category over merged (empty) cells", () => {
    expect(plan.indicators.map((i) => i.category?.zh)).toEqual([
      "经济发展", "经济发展", "经济发展", "创新驱动", "创新驱动", "资源环境", "民生福祉", "民生福祉",
    ]);
    expect(plan.indicators.every((i) => i.nature === "预期性" || i.nature === "约束性")).toBe(true);
  });

  it("reads >92.7 and >6.5% as a strict comparator and a cagr rate", () => {
    const gdp = byName("国内生产总值");
    expect(gdp.unit).toBe("万亿元");
    expect(gdp.target).toEqual({ year: 2020, value: 92.7, comparator: ">", text: ">92.7" });
    expect(gdp.growth).toEqual({ kind: "cagr", rate: 6.5, rateText: ">6.5%" });
  });

  it("keeps a bracketed change over the period in the notes, not as a rate", () => {
    const rd = byName("研究与试验发展经费投入强度");
    expect(rd.growth).toEqual({ kind: "level", rate: null, rateText: null });
    expect(rd.notes).toContain("〔0.4〕");
    expect(codesAt(result, 5)).toContain("cumulative-change");
  });

  it("reads 〔15〕 under the rate column as a cumulative target and flags the inferred direction", () => {
    const energy = byName("单位国内生产总值能源消耗降低");
    expect(energy.growth.kind).toBe("cumulative");
    expect(energy.target.value).toBe(15);
    expect(energy.target.text).toBe("〔15〕");
    expect(energy.direction).toBe("decrease");
    expect(energy.baseline).toBeNull();
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ row: 7, code: "direction-inferred", severity: "warning" }));
  });

  it("reads 〔>5000〕 as a cumulative target and 〔6431〕 in the base column as no baseline", () => {
    const jobs = byName("城镇新增就业人数");
    expect(jobs.target).toEqual({ year: 2020, value: 5000, comparator: ">", text: "〔>5000〕" });
    expect(jobs.growth.kind).toBe("cumulative");
    expect(jobs.baseline).toBeNull();
    expect(codesAt(result, 8)).toEqual(expect.arrayContaining(["baseline-cumulative", "target-cumulative"]));
  });

  it("reads <5.5 as an upper bound and the indicator as lower-is-better", () => {
    const jobless = byName("城镇调查失业率");
    expect(jobless.direction).toBe("decrease");
    expect(jobless.target.comparator).toBe("<");
    expect(codesAt(result, 9)).toContain("direction-inferred");
  });
});

describe("markdown table with row numbers, ranges, 以下, text targets", () => {
  const result = parsePlanTable(fixture("import-pipe-numbered.md"), { planId: "district-14th" });
  const plan = draft(result);

  it("skips the separator row and reads six indicators over 2020–2025", () => {
    expect(plan.id).toBe("district-14th");
    expect(plan.indicators.map((i) => i.id)).toEqual(["row-1", "row-2", "row-3", "row-4", "row-5", "row-6"]);
    expect([plan.baseYear, plan.targetYear]).toEqual([2020, 2025]);
    expect(result.rows.find((r) => r.row === 2)?.role).toBe("separator");
  });

  it("reads 不低于3 with a pp rate, and a bare rate under 年均增长(%) as cagr", () => {
    expect(plan.indicators[0].target).toEqual({ year: 2025, value: 3, comparator: ">=", text: "不低于3" });
    expect(plan.indicators[0].growth).toEqual({ kind: "pp", rate: 0.14, rateText: "0.14个百分点" });
    expect(plan.indicators[1].growth).toEqual({ kind: "cagr", rate: 10.8, rateText: "10.8" });
    expect(codesAt(result, 4)).not.toContain("rate-bare");
  });

  it("reads 15～20家 as a range", () => {
    expect(plan.indicators[2].target).toEqual({ year: 2025, value: 15, comparator: "range", range: { lo: 15, hi: 20 }, text: "15～20家" });
  });

  it("reads 能耗 … 0.40以下 as a decrease indicator", () => {
    const energy = plan.indicators[3];
    expect(energy.direction).toBe("decrease");
    expect(energy.unit).toBe("吨标准煤/万元");
    expect(energy.target).toEqual({ year: 2025, value: 0.4, comparator: "<=", text: "0.40以下" });
    expect(energy.growth).toEqual({ kind: "cagr", rate: -2.3, rateText: "-2.3" });
    expect(energy.nature).toBe("约束性");
  });

  it("keeps a text-only target as printed, with no value and a warning", () => {
    const economy = plan.indicators[4];
    expect(economy.target.value).toBeNull();
    expect(economy.target.text).toBe("保持在合理区间");
    expect(economy.growth.kind).toBe("qualitative");
    expect(economy.unit).toBe("");
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ row: 7, code: "text-target", severity: "warning" }));
  });

  it("reads 约100 with a note that it is approximate", () => {
    expect(plan.indicators[5].target.value).toBe(100);
    expect(codesAt(result, 8)).toContain("target-approximate");
  });
});

describe("one cell per line with 1、 row numbers and （一） category headings", () => {
  const result = parsePlanTable(fixture("import-lines-numbered.txt"));
  const plan = draft(result);

  it("groups the cells by row number and carries the headings as categories", () => {
    expect(plan.indicators.map((i) => [i.name.zh, i.unit, i.baseline?.value, i.target.value, i.category?.zh])).toEqual([
      ["R&D经费支出占GDP比重", "%", 2.1, 2.5, "科技投入"],
      ["地方财政科技支出占比", "%", 3.2, 4, "科技投入"],
      ["每万人发明专利拥有量", "件", 6, 12, "创新产出"],
    ]);
    expect(result.diagnostics.filter((d) => d.code === "category-row").map((d) => d.row)).toEqual([7, 18]);
    expect(plan.title.zh).toBe("二、主要指标");
  });
});

describe("tab table whose merged category cells are left out of later rows", () => {
  const result = parsePlanTable(fixture("import-tab-merged-category.txt"));
  const plan = draft(result);

  it("aligns the shorter rows, strips 1. row numbers from names and carries the category", () => {
    expect(plan.indicators.map((i) => [i.name.zh, i.unit, i.category?.zh, i.baseline?.value])).toEqual([
      ["R&D经费占GDP比重", "%", "科技投入", 2.73],
      ["企业R&D经费支出占主营业务收入比重", "%", "科技投入", 1.32],
      ["每万人发明专利拥有量", "件", "创新产出", 7.4],
      ["技术交易总额", "亿元", "创新产出", 13.66],
    ]);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("tab table with category heading rows and a note", () => {
  const result = parsePlanTable(fixture("import-tab-category-rows.txt"));
  const plan = draft(result);

  it("reads heading rows as categories and the note as a note", () => {
    expect(plan.indicators.map((i) => i.category?.zh)).toEqual(["科技投入", "创新产出"]);
    expect(codesAt(result, 2)).toEqual(["category-row"]);
    expect(codesAt(result, 6)).toEqual(["note-row"]);
    expect(plan.indicators[1].growth).toEqual({ kind: "cagr", rate: 13.8, rateText: "13.8" });
  });
});

describe("an unlabelled category column printed on a group's first row only", () => {
  const text = "指标名称\t2015年\t2020年\n科技投入\tR&D经费占GDP比重(%)\t2.73\t3.20\n\t企业R&D经费支出占比(%)\t1.32\t1.6\n创新产出\t(1)每万人发明专利拥有量(件)\t7.4\t20\n";
  const result = parsePlanTable(text);
  const plan = draft(result);

  it("takes the leading cell as the category and carries it over the empty cell", () => {
    expect(plan.indicators.map((i) => [i.name.zh, i.unit, i.category?.zh, i.baseline?.value, i.target.value])).toEqual([
      ["R&D经费占GDP比重", "%", "科技投入", 2.73, 3.2],
      ["企业R&D经费支出占比", "%", "科技投入", 1.32, 1.6],
      ["每万人发明专利拥有量", "件", "创新产出", 7.4, 20],
    ]);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("a one-cell-per-line box followed by the document's next heading and prose", () => {
  const prose = "围绕建设福厦泉国家自主创新示范区厦门片区，进一步增强政策先行先试优势，加快形成以创新为主要引领和支撑的经济体系和发展模式，着力构建创新创业生态。";
  const text = `${fixture("xiamen-box2.txt")}\n三、主要任务\n\n${prose}\n\n(一)健全区域特色的创新创业体系\n\n${prose}\n`;
  const result = parsePlanTable(text);

  it("reads the same five indicators and notes the heading and prose instead of inventing rows", () => {
    expect(draft(result).indicators.map((i) => i.name.zh)).toEqual(draft(parsePlanTable(fixture("xiamen-box2.txt"))).indicators.map((i) => i.name.zh));
    const tail = result.rows.filter((r) => r.row > 47).map((r) => r.role);
    expect(tail).toEqual(["category", "prose", "category", "prose"]);
  });
});

describe("full-width digits, brackets and pipes", () => {
  const plan = draft(parsePlanTable(fixture("import-fullwidth.txt")));

  it("reads the figures and keeps the printed text", () => {
    expect(plan.indicators[0]).toEqual(
      expect.objectContaining({
        name: { zh: "科技进步贡献率", en: "" },
        unit: "%",
        baseline: { year: 2015, value: 55 },
        target: { year: 2020, value: 60, comparator: ">=", text: "６０" },
        growth: { kind: "pp", rate: 1, rateText: "１个百分点" },
      }),
    );
    expect(plan.indicators[1].growth).toEqual({ kind: "cagr", rate: 15, rateText: "１５％" });
    expect(plan.indicators[1].baseline?.value).toBe(12.5);
  });
});

describe("diagnostics for what cannot be read", () => {
  it("reports an empty paste", () => {
    expect(parsePlanTable("  \n\n")).toEqual({ plan: null, diagnostics: [expect.objectContaining({ code: "empty-input", severity: "error" })], rows: [] });
  });

  it("reports a paste with no header, line by line", () => {
    const result = parsePlanTable("科技进步贡献率\t65\nR&D投入\t4");
    expect(result.plan).toBeNull();
    expect(result.diagnostics[0]).toEqual(expect.objectContaining({ code: "no-header", severity: "error", row: 1 }));
    expect(result.diagnostics.filter((d) => d.code === "not-read").map((d) => d.row)).toEqual([1, 2]);
  });

  it("needs a target year when the header prints none", () => {
    const text = "指标\t基期值\t目标值\n科技进步贡献率\t60\t65";
    const without = parsePlanTable(text);
    expect(without.plan).toBeNull();
    expect(without.diagnostics).toContainEqual(expect.objectContaining({ code: "no-target-year", severity: "error" }));
    expect(without.diagnostics).toContainEqual(expect.objectContaining({ code: "not-read", row: 2 }));
    const plan = draft(parsePlanTable(text, { baseYear: 2020, targetYear: 2025 }));
    expect(plan.indicators[0]).toEqual(expect.objectContaining({ baseline: { year: 2020, value: 60 }, target: expect.objectContaining({ year: 2025, value: 65 }) }));
  });

  it("assumes a five-year period only with a warning", () => {
    const result = parsePlanTable("指标\t2025年\n研发投入强度（%）\t3.5");
    expect(draft(result).baseYear).toBe(2020);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "period-assumed", severity: "warning" }));
  });

  it("skips a nameless row with a warning, reports extra cells, ignores middle years", () => {
    const text = "指标名称\t2015年\t2018年\t2020年\n\t1\t2\t3\n专利（件）\t5\t6\t7\t多余";
    const result = parsePlanTable(text);
    const plan = draft(result);
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]).toEqual(expect.objectContaining({ baseline: { year: 2015, value: 5 }, target: expect.objectContaining({ value: 7 }) }));
    expect(codesAt(result, 1)).toContain("extra-year-columns");
    expect(codesAt(result, 2)).toEqual(["no-name"]);
    expect(codesAt(result, 3)).toContain("extra-cells");
    expect(result.rows.find((r) => r.row === 2)?.role).toBe("skipped");
  });

  it("warns on duplicate names, unknown 属性 and unreadable rates, and fixes a bad plan id", () => {
    const text = "指标\t单位\t2015\t2020\t年均增长\t属性\n专利\t件\t5\t7\t稳步提高\t重要\n专利\t件\t5\t7\t—\t预期性";
    const result = parsePlanTable(text, { planId: "My Plan!" });
    const plan = draft(result);
    expect(plan.id).toBe("my-plan");
    expect(codesAt(result, 1)).toContain("plan-id-invalid");
    expect(codesAt(result, 2)).toEqual(expect.arrayContaining(["rate-unreadable", "nature-unknown"]));
    expect(codesAt(result, 3)).toContain("duplicate-name");
    expect(plan.indicators[0].notes).toContain("稳步提高");
  });

  it("reads yoy targets from an annual plan's 增长 cells", () => {
    const plan = draft(parsePlanTable("指标\t2016年完成\t2017年目标\n技术合同交易额（亿元）\t12\t增长15%", {}));
    expect(plan.indicators[0].growth).toEqual({ kind: "yoy", rate: 15, rateText: "增长15%" });
    expect(plan.indicators[0].target.value).toBeNull();
    expect([plan.baseYear, plan.targetYear]).toEqual([2016, 2017]);
  });
});
