/**
 * The two indicator tables of the source documents, copied verbatim into
 * test/fixtures, parse to exactly the catalog's figures.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { findCatalogPlan } from "../../src/catalog";
import { parsePlanTable, type ImportResult } from "../../src/core/import";
import { validatePlan, type Indicator, type Plan } from "../../src/core/plan";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", name), "utf8");

function catalog(id: string): Plan {
  const plan = findCatalogPlan(id);
  if (!plan) throw new Error(`catalog plan ${id} missing`);
  return plan;
}

/** The parts of an indicator the table prints: compared field by field. */
function figures(ind: Indicator, withBaseline: boolean) {
  return {
    name: ind.name.zh,
    baseline: withBaseline ? (ind.baseline ? { year: ind.baseline.year, value: ind.baseline.value } : null) : undefined,
    target: { year: ind.target.year, value: ind.target.value, comparator: ind.target.comparator, text: ind.target.text },
    growth: ind.growth,
  };
}

function parsed(result: ImportResult): Plan {
  const checked = validatePlan(result.plan);
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.en).join("; "));
  return checked.plan;
}

describe("Jiaxing main-indicators table (003_c388b18c2f34bdc3.txt)", () => {
  const result = parsePlanTable(fixture("jiaxing-main-indicators.txt"));
  const plan = parsed(result);
  const expected = catalog("jiaxing-13th-fyp-st").indicators.filter((i) => (i.source.quote ?? "").includes(" | "));

  it("reads the catalog's eleven table rows, in order", () => {
    expect(expected).toHaveLength(11);
    expect(plan.indicators.map((i) => i.name.zh)).toEqual(expected.map((i) => i.name.zh));
  });

  it("gives each row the catalog's baseline, target, rate, kind and comparator", () => {
    expect(plan.indicators.map((i) => figures(i, true))).toEqual(expected.map((i) => figures(i, true)));
  });

  it("takes units from the names and the period from the year columns", () => {
    expect(plan.indicators.map((i) => i.unit)).toEqual(expected.map((i) => i.unit));
    expect([plan.baseYear, plan.targetYear]).toEqual([2015, 2020]);
    expect(plan.kind).toBe("imported");
    expect(plan.title.zh).toBe("“十三五”嘉兴科技创新发展规划主要指标");
  });

  it("quotes each row as the catalog does", () => {
    expect(plan.indicators.map((i) => i.source.quote)).toEqual(expected.map((i) => i.baseline?.source?.quote));
  });

  it("raises no warning or error", () => {
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(["before-header", "name-en-missing"]);
  });
});

describe("Xiamen 专栏2 box (000_2d8c6f07bde1e763.txt), one cell per line", () => {
  const result = parsePlanTable(fixture("xiamen-box2.txt"));
  const plan = parsed(result);
  const expected = catalog("xiamen-13th-fyp-st").indicators.filter((i) => i.source.section.startsWith("专栏2"));

  it("reads the catalog's five box rows, in order", () => {
    expect(expected).toHaveLength(5);
    expect(plan.indicators.map((i) => i.name.zh)).toEqual(expected.map((i) => i.name.zh));
  });

  it("gives each row the catalog's target, kind and comparator", () => {
    expect(plan.indicators.map((i) => figures(i, false))).toEqual(expected.map((i) => figures(i, false)));
  });

  it("leaves baselines empty: the box prints none (the catalog takes them from the prose)", () => {
    expect(plan.indicators.every((i) => i.baseline === null)).toBe(true);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "no-baseline-column", severity: "info" }));
  });

  it("takes the period 2015–2020 from the box title's 十三五", () => {
    expect([plan.baseYear, plan.targetYear]).toEqual([2015, 2020]);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "period-from-title" }));
  });

  it("resyncs on the row numbers where row 3 prints no unit, and says so", () => {
    const patents = plan.indicators[2];
    expect(patents.name.zh).toBe("每万人有效发明专利拥有量");
    expect(patents.target.value).toBe(18);
    expect(patents.unit).toBe("");
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ row: 27, code: "missing-cells", severity: "warning" }));
    expect(plan.indicators.map((i) => i.unit)).toEqual(["%", "%", "", "%", "亿元"]);
  });
});
