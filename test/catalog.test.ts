/** The plan catalog: every seed validates, counts per plan, and spot checks against the source documents. */
import * as fs from "fs";
import * as path from "path";
import { validatePlan, type Indicator, type Plan } from "../src/core/plan";
import { catalogPlans, findCatalogPlan } from "../src/catalog";

const SEEDS_DIR = path.join(__dirname, "..", "seeds");
const seedFiles = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".json")).sort();

function plan(id: string): Plan {
  const p = findCatalogPlan(id);
  if (!p) throw new Error(`no catalog plan ${id}`);
  return p;
}

function ind(planId: string, id: string): Indicator {
  const i = plan(planId).indicators.find((x) => x.id === id);
  if (!i) throw new Error(`no indicator ${planId}/${id}`);
  return i;
}

describe("seed files", () => {
  it("has one file per source document", () => {
    expect(seedFiles).toHaveLength(5);
  });

  it.each(seedFiles)("%s validates and its id is its file name", (file) => {
    const data = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, file), "utf8"));
    const result = validatePlan(data);
    if (!result.ok) throw new Error(result.problems.map((p) => p.en).join("\n"));
    expect(result.plan.id).toBe(file.replace(/\.json$/, ""));
  });
});

describe("catalog", () => {
  it("lists the plans in source-document order", () => {
    expect(catalogPlans().map((p) => [p.id, p.source.document])).toEqual([
      ["xiamen-13th-fyp-st", "000_2d8c6f07bde1e763.txt"],
      ["city-st-work-opinions-2015", "001_08fb4489c5a11158.txt"],
      ["quanzhou-st-2017-plan", "002_fa2a5beafb4408f4.txt"],
      ["jiaxing-13th-fyp-st", "003_c388b18c2f34bdc3.txt"],
      ["xiamen-st-industry-fusion-measures", "004_8ffd0d0a52d4a783.txt"],
    ]);
  });

  it("finds by id and returns undefined for an unknown id", () => {
    expect(findCatalogPlan("jiaxing-13th-fyp-st")?.title.zh).toBe("“十三五”嘉兴科技创新发展规划");
    expect(findCatalogPlan("no-such-plan")).toBeUndefined();
  });

  it("returns copies that callers cannot corrupt", () => {
    plan("xiamen-13th-fyp-st").indicators.length = 0;
    expect(plan("xiamen-13th-fyp-st").indicators).toHaveLength(7);
  });

  it.each([
    ["xiamen-13th-fyp-st", "five-year", 2015, 2020, 7],
    ["city-st-work-opinions-2015", "annual", 2014, 2015, 19],
    ["quanzhou-st-2017-plan", "annual", 2016, 2017, 16],
    ["jiaxing-13th-fyp-st", "five-year", 2015, 2020, 36],
    ["xiamen-st-industry-fusion-measures", "policy", 2024, 2027, 6],
  ] as const)("%s: %s %i-%i with %i indicators", (id, kind, baseYear, targetYear, count) => {
    const p = plan(id);
    expect(p.kind).toBe(kind);
    expect(p.baseYear).toBe(baseYear);
    expect(p.targetYear).toBe(targetYear);
    expect(p.indicators).toHaveLength(count);
  });

  describe.each(catalogPlans().map((p) => [p.id, p] as const))("%s", (_id, p) => {
    it("has unique lowercase-dash indicator ids", () => {
      const ids = p.indicators.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it("cites a section for every indicator and a source for every baseline", () => {
      for (const i of p.indicators) {
        expect(i.source.section.trim()).not.toBe("");
        expect(i.source.quote?.trim()).toBeTruthy();
        expect(i.name.en.trim()).not.toBe("");
        if (i.baseline) {
          expect(i.baseline.source?.section.trim()).toBeTruthy();
          expect(i.baseline.source?.quote?.trim()).toBeTruthy();
          expect(i.baseline.year).toBe(p.baseYear);
        }
      }
    });

    it("keeps kinds, comparators and target years coherent", () => {
      for (const i of p.indicators) {
        expect(i.target.year).toBe(p.targetYear);
        if (i.growth.kind === "qualitative") {
          expect(i.target.value).toBeNull();
          expect(i.target.comparator).toBe(">=");
        }
        if (i.target.comparator === "range") {
          const r = i.target.range!;
          expect(i.target.value).toBe(i.direction === "increase" ? r.lo : r.hi);
        }
        if (i.growth.kind === "cagr" || i.growth.kind === "pp" || i.growth.kind === "yoy") {
          expect(i.growth.rate).not.toBeNull();
        }
      }
    });
  });
});

describe("Xiamen 13th five-year plan (000)", () => {
  const P = "xiamen-13th-fyp-st";
  it("takes 专栏2 targets and 2015 baselines from the review", () => {
    const rd = ind(P, "rd-intensity");
    expect(rd.baseline?.value).toBe(3.03);
    expect(rd.target).toMatchObject({ value: 4, text: "4", comparator: ">=" });
    expect(rd.source.section).toBe("专栏2 主要目标");
    expect(ind(P, "invention-patents-per-10k").baseline?.value).toBe(14.13);
    expect(ind(P, "tech-progress-contribution").baseline?.value).toBe(64);
  });
  it("gives no baseline from a different measure", () => {
    expect(ind(P, "high-tech-va-share").baseline).toBeNull(); // 65.9% is an output share
    expect(ind(P, "tech-contract-turnover").baseline).toBeNull(); // 185.54 is a five-year total
  });
  it("reads period totals as cumulative", () => {
    expect(ind(P, "maker-space-incubated-smes")).toMatchObject({
      growth: { kind: "cumulative", rate: null, rateText: null },
      target: { value: 10000, text: "10000家以上", comparator: ">=" },
    });
  });
});

describe("annual S&T work opinions 2015 (001)", () => {
  const P = "city-st-work-opinions-2015";
  it("has the numbered targets, no 2014 baselines", () => {
    expect(plan(P).indicators.every((i) => i.baseline === null)).toBe(true);
    expect(ind(P, "high-tech-output-share").target).toMatchObject({ value: 48.5, text: "48.5%" });
    expect(ind(P, "rd-intensity").target.value).toBe(2.63);
    expect(ind(P, "rd-personnel-per-10k-labour")).toMatchObject({ unit: "人年", target: { value: 122 } });
    expect(ind(P, "advanced-city-title")).toMatchObject({
      growth: { kind: "qualitative" },
      target: { value: null, comparator: ">=", text: "第十次蝉联全国科技进步先进市" },
    });
  });
  it("keeps ranges and 超 as printed", () => {
    expect(ind(P, "comprehensive-iur-events").target).toMatchObject({
      comparator: "range",
      range: { lo: 2, hi: 3 },
      value: 2,
      text: "2-3场",
    });
    expect(ind(P, "new-provincial-iur-bases").target.range).toEqual({ lo: 1, hi: 2 });
    expect(ind(P, "patents-granted").target).toMatchObject({ value: 10000, comparator: ">", text: "超1万件" });
  });
});

describe("Quanzhou 2017 plan (002)", () => {
  const P = "quanzhou-st-2017-plan";
  it("has yoy targets with 2016 baselines where printed", () => {
    expect(ind(P, "patent-applications")).toMatchObject({
      baseline: { year: 2016, value: 54010 },
      growth: { kind: "yoy", rate: 15, rateText: "15%" },
      target: { value: null },
    });
    expect(ind(P, "patent-grants")).toMatchObject({ baseline: { value: 26851 }, growth: { rate: 10 } });
    expect(ind(P, "rd-share-growth")).toMatchObject({ baseline: null, growth: { kind: "yoy", rate: 20 } });
  });
  it("keeps a printed yoy level and the per-10k baseline", () => {
    expect(ind(P, "hi-tech-zone-output")).toMatchObject({
      growth: { kind: "yoy", rate: 15 },
      target: { value: 1600, comparator: ">", text: "突破1600亿元" },
    });
    expect(ind(P, "invention-patents-per-10k")).toMatchObject({
      baseline: { value: 4.58 },
      target: { value: 5.3, text: "5.3件" },
    });
  });
  it("has the ranges of the work items", () => {
    expect(ind(P, "tech-commissioner-bases").target).toMatchObject({ range: { lo: 15, hi: 20 }, value: 15 });
    expect(ind(P, "st-farmer-cooperatives").target).toMatchObject({ range: { lo: 8, hi: 10 }, value: 8 });
  });
});

describe("Jiaxing 13th five-year plan (003)", () => {
  const P = "jiaxing-13th-fyp-st";
  it("has the eleven table rows with 2015, 2020 and the stated rate", () => {
    const table = plan(P).indicators.filter((i) => i.source.section.includes("主要指标"));
    expect(table).toHaveLength(11);
    expect(table.every((i) => i.baseline?.year === 2015)).toBe(true);
    expect(ind(P, "rd-intensity")).toMatchObject({
      baseline: { value: 2.73 },
      target: { value: 3.2, text: "3.20" },
      growth: { kind: "pp", rate: 0.05, rateText: "0.05个百分点" },
    });
    expect(ind(P, "high-tech-enterprises")).toMatchObject({
      baseline: { value: 567 },
      target: { value: 1000, text: "1000以上", comparator: ">=" },
      growth: { kind: "cagr", rate: 12.02, rateText: "12.02%" },
    });
    expect(ind(P, "labour-productivity")).toMatchObject({ unit: "万元/人", growth: { rate: 6.5 } });
  });
  it("has prose targets, with a baseline only where the review gives it", () => {
    expect(ind(P, "high-tech-va")).toMatchObject({ baseline: { value: 628.87 }, target: { value: 1000 } });
    expect(ind(P, "incubation-institutions").baseline).toBeNull();
    expect(ind(P, "xiuzhou-new-foreign-investment")).toMatchObject({
      unit: "亿美元",
      growth: { kind: "cumulative" },
      category: { zh: "秀洲国家高新区" },
    });
    expect(ind(P, "sci-city-tax-per-mu").target).toMatchObject({ value: 30, text: "30万元" });
  });
});

describe("Xiamen S&T/industry measures (004)", () => {
  const P = "xiamen-st-industry-fusion-measures";
  it("keeps current levels as baselines with no target", () => {
    expect(ind(P, "rd-intensity")).toMatchObject({
      baseline: { value: 3.4 },
      target: { value: null, text: "" },
      growth: { kind: "level" },
    });
    expect(ind(P, "wipo-cluster-rank")).toMatchObject({
      direction: "decrease",
      baseline: { value: 72 },
      target: { comparator: "<=", value: null },
    });
  });
  it("has the funding commitments", () => {
    expect(ind(P, "fiscal-st-funds-annual").target).toMatchObject({ value: 100, text: "不少于100亿元", comparator: ">=" });
    expect(ind(P, "vc-fund-group").target).toMatchObject({ value: 100, comparator: ">" });
  });
});
