import { findCatalogPlan, catalogPlans } from "../../src/catalog";
import {
  buildPlanSheet,
  buildSummarySheet,
  columnLetter,
  HEADER_ROWS,
  LEADING_COLUMNS,
  parseAddress,
  planTableRef,
  TRAILING_COLUMNS,
} from "../../src/sheet";

const jiaxing = findCatalogPlan("jiaxing-13th-fyp-st")!;

describe("plan sheet layout", () => {
  const layout = buildPlanSheet(jiaxing, { lang: "zh" });
  const cell = (address: string) => {
    const { column, row } = parseAddress(address);
    return layout.cells[row - 1]?.[column - 1] ?? null;
  };

  test("one table row per indicator, year columns for 2016–2020 between plan and computed columns", () => {
    expect(layout.table!.rowCount).toBe(jiaxing.indicators.length);
    expect(layout.table!.headers).toHaveLength(LEADING_COLUMNS.length + 5 + TRAILING_COLUMNS.length);
    expect(layout.table!.headers.slice(LEADING_COLUMNS.length, LEADING_COLUMNS.length + 5)).toEqual([
      "2016年", "2017年", "2018年", "2019年", "2020年",
    ]);
    const yearRow = layout.cells[HEADER_ROWS.years - 1];
    expect(yearRow[LEADING_COLUMNS.length]?.value).toBe(2016);
  });

  test("every computed column holds a formula in every row; plan values are constants", () => {
    const first = HEADER_ROWS.tableHeader + 1;
    for (let i = 0; i < jiaxing.indicators.length; i++) {
      const row = layout.cells[first - 1 + i];
      const computed = row.filter((c) => c?.style === "computed");
      expect(computed).toHaveLength(TRAILING_COLUMNS.length + 1);
      for (const c of computed) expect(String(c!.value)).toMatch(/^=/);
    }
    expect(cell(`B${first}`)!.value).toBe("R&D经费占GDP比重");
    expect(cell(`J${first}`)!.value).toBe(2.73);
  });

  test("thresholds, years and method are named parameter cells", () => {
    const names = Object.fromEntries(layout.names.map((n) => [n.name, n.ref]));
    expect(names).toEqual({
      PIT_jiaxing_13th_fyp_st_OnTrack: "$C$9",
      PIT_jiaxing_13th_fyp_st_Lagging: "$C$10",
      PIT_jiaxing_13th_fyp_st_Method: "$C$11",
      PIT_jiaxing_13th_fyp_st_FirstYear: "$C$12",
      PIT_jiaxing_13th_fyp_st_BaseYear: "$C$13",
      PIT_jiaxing_13th_fyp_st_TargetYear: "$C$14",
    });
    expect(cell("C9")!.value).toBe(0.95);
    expect(cell("C10")!.value).toBe(0.6);
    const statusFormula = String(layout.cells[HEADER_ROWS.tableHeader][LEADING_COLUMNS.length + 5 + 14]!.value);
    expect(statusFormula).toContain("PIT_jiaxing_13th_fyp_st_OnTrack");
    expect(statusFormula).toContain("PIT_jiaxing_13th_fyp_st_Lagging");
  });

  test("input cells validated with the unit in the message, and left unlocked", () => {
    const first = layout.validations[0];
    expect(first).toMatchObject({ range: "P18:T19", type: "decimal" });
    expect(first.errorMessage).toContain("%");
    expect(layout.validations[1]).toMatchObject({ range: "J18:J19", type: "decimal" });
    expect(layout.validations[1].errorMessage).toContain("%");
    const patentsRow = 18 + jiaxing.indicators.findIndex((i) => i.id === "invention-patents-per-10k");
    const patents = layout.validations.filter((v) => v.range === `P${patentsRow}:T${patentsRow}` || v.range === `J${patentsRow}:J${patentsRow}`);
    expect(patents).toHaveLength(2);
    for (const v of patents) expect(v.errorMessage).toContain("件");
    expect(layout.unlocked[0]).toBe(`P18:T${17 + jiaxing.indicators.length}`);
    expect(layout.protect).toBe(true);
    expect(layout.print).toEqual({ landscape: true, fitToWidth: true, repeatRows: "$17:$17" });
  });

  test("status colours: one rule per status plus the below-path marker", () => {
    expect(layout.conditionalFormats).toHaveLength(9);
    expect(layout.conditionalFormats[0].formula).toBe(`$AI18="未填报"`);
  });

  test("English sheets use English headers and status texts", () => {
    const en = buildPlanSheet(jiaxing, { lang: "en" });
    expect(en.table!.headers[1]).toBe("Indicator");
    expect(JSON.stringify(en.cells)).toContain("On track");
    expect(JSON.stringify(en.cells)).not.toContain("符合进度");
  });

  test("a yoy row without a printed level gets V = B·(1+r/100)^n as a formula", () => {
    const quanzhou = findCatalogPlan("quanzhou-st-2017-plan")!;
    const q = buildPlanSheet(quanzhou, { lang: "zh" });
    const idx = quanzhou.indicators.findIndex((i) => i.id === "patent-applications");
    const targetCell = q.cells[HEADER_ROWS.tableHeader + idx][10]!;
    expect(targetCell.value).toBe("=IF(ISNUMBER($J" + (18 + idx) + "),$J" + (18 + idx) + "*(1+$L" + (18 + idx) + "/100)^($I" + (18 + idx) + "-$H" + (18 + idx) + "),\"\")");
  });

  test("entries are written as typed: numbers as numbers, text as text", () => {
    const filled = buildPlanSheet(jiaxing, { lang: "zh", entries: { "rd-intensity": { 2016: 2.8, 2017: "2.9%" } } });
    const row = filled.cells[HEADER_ROWS.tableHeader];
    expect(row[LEADING_COLUMNS.length]!.value).toBe(2.8);
    expect(row[LEADING_COLUMNS.length + 1]!.value).toBe("2.9%");
  });
});

describe("summary sheet", () => {
  test("counts by status for every plan, and a lagging list over every indicator", () => {
    const plans = catalogPlans();
    const summary = buildSummarySheet(plans.map((p) => planTableRef(p, "zh")), "zh");
    const total = plans.reduce((n, p) => n + Math.max(p.indicators.length, 1), 0);
    expect(summary.cells[3][1]!.value).toMatch(/^=COUNTIF\(/);
    const formulas = summary.cells.flat().filter((c) => typeof c?.value === "string" && c.value.startsWith("="));
    expect(formulas.length).toBeGreaterThan(total * 5);
    expect(summary.chart!.values).toContain(`$D$`);
    expect(columnLetter(summary.columnWidths.length)).toBe("L");
  });
});
