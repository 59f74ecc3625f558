/**
 * The office.js adapter's insert: sync counts for every catalog plan and a
 * 2,000-indicator plan, request sizes, chunking, requirement sets, and a
 * re-insert that keeps what people entered.
 */
import { catalogPlans, findCatalogPlan } from "../../src/catalog";
import type { Plan } from "../../src/core";
import { insertPlan, insertPlans } from "../../src/excel/insertPlan";
import { supportsUpTo } from "../../src/excel/supports";
import { DEFAULT_MAX_REQUEST_BYTES } from "../../src/excel/payload";
import { buildPlanSheet, cellAddress, HEADER_ROWS, planSheetName, planYearSpan, tableColumns, type SheetLayout } from "../../src/sheet";
import { fakeContext, FakeWorkbook, MAX_REQUEST_BYTES, type FakeContext } from "./fakeExcel";

/** Every cell of the layout is in the sheet as the layout says (formulas, numbers, text). */
function expectSheetMatches(fake: FakeContext, layout: SheetLayout, sheet = layout.name): void {
  const mismatches: string[] = [];
  layout.cells.forEach((line, r) =>
    line.forEach((spec, c) => {
      if (!spec) return;
      const expected = spec.value === null ? "" : spec.value;
      const actual = fake.state.get(sheet, cellAddress(c + 1, r + 1));
      if (actual !== expected) mismatches.push(`${cellAddress(c + 1, r + 1)}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
    }),
  );
  expect(mismatches.slice(0, 5)).toEqual([]);
}

/** A plan of n indicators made from a catalog plan's rows (ids made unique). */
function synthetic(n: number): Plan {
  const base = findCatalogPlan("jiaxing-13th-fyp-st")!;
  return {
    ...base,
    id: "synthetic-2000",
    indicators: Array.from({ length: n }, (_, i) => ({ ...base.indicators[i % base.indicators.length], id: `s${i + 1}` })),
  };
}

async function insertFresh(plan: Plan, api: string, extra: { maxRequestBytes?: number; summary?: boolean } = {}) {
  const { context, fake } = fakeContext(new FakeWorkbook(), { api });
  fake.state.addSheet("Sheet1");
  const result = await insertPlan(context, plan, { lang: "zh", supports: supportsUpTo(api), ...extra });
  return { fake, result };
}

describe("insertPlan: syncs and requests", () => {
  const plans = catalogPlans();

  it.each(plans.map((p) => [p.id, p] as const))("writes %s in 2 syncs on ExcelApi 1.9+ and on 1.8", async (_id, plan) => {
    for (const api of ["1.8", "1.9", "1.18"]) {
      const { fake, result } = await insertFresh(plan, api, { summary: true });
      expect(fake.syncs).toBe(2);
      expect(result.syncs).toBe(2);
      expect(Math.max(...fake.requests)).toBeLessThan(MAX_REQUEST_BYTES);
      expectSheetMatches(fake, buildPlanSheet(plan, { lang: "zh" }));
      const sheet = fake.state.mustSheet(planSheetName(plan.id));
      expect(sheet.tables).toHaveLength(1);
      expect(sheet.protection.protected).toBe(true);
      expect(sheet.freeze).toBe("A1:B17");
      expect(fake.state.names.size).toBe(6);
      expect(fake.state.sheet("汇总")?.charts).toHaveLength(1);
    }
  });

  it("writes a 2,000-indicator plan in the same 2 syncs where autoFill exists (ExcelApi 1.9), each request under 5 MB", async () => {
    const plan = synthetic(2000);
    const { fake } = await insertFresh(plan, "1.9");
    expect(fake.syncs).toBe(2);
    // Under the chunking threshold, so no extra sync was needed.
    expect(Math.max(...fake.requests)).toBeLessThan(DEFAULT_MAX_REQUEST_BYTES);
    expectSheetMatches(fake, buildPlanSheet(plan, { lang: "zh" }));
    // One rule per run of rows sharing a unit (years and baselines), not one per row.
    const runs = plan.indicators.filter((ind, i) => i === 0 || plan.indicators[i - 1].unit !== ind.unit || plan.indicators[i - 1].growth.kind !== ind.growth.kind).length;
    expect(runs).toBeLessThan(2000);
    expect(fake.state.mustSheet(plan.id).validations.length).toBeLessThanOrEqual(2 * runs + 4);

    // Re-inserting it: 3 syncs, the read response under 5 MB too, entries kept.
    fake.state.type(plan.id, "P1500", 4.2);
    const again = fakeContext(fake.state, { api: "1.9" });
    await insertPlan(again.context, plan, { lang: "zh", supports: supportsUpTo("1.9") });
    expect(again.fake.syncs).toBe(3);
    expect(Math.max(...again.fake.requests, ...again.fake.responses)).toBeLessThan(MAX_REQUEST_BYTES);
    expect(fake.state.get(plan.id, "P1500")).toBe(4.2);
  });

  it("chunks a 2,000-indicator plan on ExcelApi 1.8 (every formula sent): extra syncs, every request under 5 MB", async () => {
    const plan = synthetic(2000);
    const { fake, result } = await insertFresh(plan, "1.8");
    expect(fake.syncs).toBeGreaterThan(2);
    expect(result.syncs).toBe(fake.syncs);
    expect(Math.max(...fake.requests)).toBeLessThan(MAX_REQUEST_BYTES);
    expectSheetMatches(fake, buildPlanSheet(plan, { lang: "zh" }));
  });

  it("chunks by rows once a request would pass the limit, and the sheet is the same", async () => {
    const plan = findCatalogPlan("jiaxing-13th-fyp-st")!;
    const { fake } = await insertFresh(plan, "1.8", { maxRequestBytes: 60_000 });
    expect(fake.syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.requests)).toBeLessThan(60_000 + 20_000);
    const formulaWrites = fake.calls.filter((c) => c.op === "set" && c.name === "formulas" && c.target.startsWith(`sheet[${plan.id}]`));
    expect(formulaWrites.length).toBeGreaterThan(1);
    expectSheetMatches(fake, buildPlanSheet(plan, { lang: "zh" }));
  });

  it("the fake refuses a request over 5 MB (what the budget prevents)", async () => {
    const { context, fake } = fakeContext(new FakeWorkbook(), { api: "1.8" });
    fake.state.addSheet("S");
    context.workbook.worksheets.getItem("S").getRange("A1").formulas = [["x".repeat(6_000_000)]];
    await expect(context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});

describe("insertPlan: requirement sets", () => {
  const plan = findCatalogPlan("xiamen-13th-fyp-st")!;

  it("on ExcelApi 1.8 uses no page layout, autoFill or notes (the fake would throw)", async () => {
    const { fake } = await insertFresh(plan, "1.8", { summary: true });
    const names = fake.calls.map((c) => `${c.target}.${c.name}`);
    expect(names.some((n) => /pageLayout|autoFill|notes/.test(n))).toBe(false);
  });

  it("on ExcelApi 1.9 sets landscape, one page wide, print titles, and fills formulas down", async () => {
    const { fake } = await insertFresh(plan, "1.9");
    const sheet = fake.state.mustSheet(plan.id);
    expect(sheet.pageLayout).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1 }, printTitleRows: "$17:$17" });
    expect(fake.calls.some((c) => c.name === "autoFill")).toBe(true);
  });

  it("asks the injected supports function, not the fake's version", async () => {
    const asked: string[] = [];
    const { context, fake } = fakeContext(new FakeWorkbook(), { api: "1.18" });
    await insertPlan(context, plan, { lang: "en", supports: (set, v) => (asked.push(`${set} ${v}`), false) });
    expect(asked).toContain("ExcelApi 1.9");
    expect(fake.calls.some((c) => /pageLayout|autoFill/.test(`${c.target}.${c.name}`))).toBe(false);
  });

  it("writes values before number formats, unlocks input cells before protecting", async () => {
    const { fake } = await insertFresh(plan, "1.9");
    const own = fake.calls.filter((c) => c.target.startsWith(`sheet[${plan.id}]`));
    const firstFormulas = own.findIndex((c) => c.name === "formulas");
    const firstFormat = own.findIndex((c) => c.name === "numberFormat");
    expect(firstFormulas).toBeGreaterThanOrEqual(0);
    expect(firstFormulas).toBeLessThan(firstFormat);
    const lastUnlock = own.map((c) => c.name).lastIndexOf("protection.locked");
    const protect = own.findIndex((c) => c.name === "protect");
    expect(lastUnlock).toBeLessThan(protect);
    expect(own[protect].args[0]).toEqual({ allowInsertRows: true, allowFormatColumns: true, allowSort: true, allowAutoFilter: true });
  });
});

describe("insertPlan: re-insert keeps what people entered", () => {
  it.each(["1.8", "1.18"])("keeps figures, a changed baseline, a changed threshold and a row added by hand (ExcelApi %s)", async (api) => {
    const plan = findCatalogPlan("jiaxing-13th-fyp-st")!;
    const state = new FakeWorkbook();
    state.addSheet("Sheet1");
    const first = fakeContext(state, { api });
    await insertPlan(first.context, plan, { lang: "zh", supports: supportsUpTo(api), summary: true });

    const span = planYearSpan(plan);
    const cols = tableColumns(span.firstYear, span.lastYear);
    const row = (i: number) => HEADER_ROWS.tableHeader + 1 + i;
    const at = (key: string, i: number) => `${cols.letter[key]}${row(i)}`;
    const y = (year: number, i: number) => at(`y${year}`, i);
    // Figures, text as typed, a changed baseline, a changed threshold.
    state.type(plan.id, y(2016, 0), 3.1);
    state.type(plan.id, y(2017, 0), "'3,2"); // text kept as text
    state.type(plan.id, y(2016, 5), "'12亿元");
    state.type(plan.id, at("baseline", 1), 123.45);
    state.type(plan.id, "C9", 0.9);
    state.type(plan.id, "C11", "growth-ratio");
    // A row added by hand below the table.
    const n = plan.indicators.length;
    state.type(plan.id, at("id", n), "my-row");
    state.type(plan.id, at("name", n), "自加指标");
    state.type(plan.id, at("kind", n), "level");
    state.type(plan.id, at("baseYear", n), 2015);
    state.type(plan.id, at("targetYear", n), 2020);
    state.type(plan.id, at("baseline", n), 10);
    state.type(plan.id, at("target", n), 20);
    state.type(plan.id, y(2016, n), 12);
    const before = state.contents(plan.id);

    const second = fakeContext(state, { api });
    const result = await insertPlan(second.context, plan, { lang: "zh", supports: supportsUpTo(api), summary: true });
    expect(second.fake.syncs).toBe(3);
    expect(result.sheets[0]).toMatchObject({ created: false });
    expect(result.sheets[0].kept).toMatchObject({ figures: 4, baselines: [plan.indicators[1].id], parameters: ["onTrack", "methodCode"], userRows: ["my-row"] });

    // Nothing lost: every cell typed is there again.
    const after = state.contents(plan.id);
    for (const address of [y(2016, 0), y(2017, 0), y(2016, 5), at("baseline", 1), "C9", "C11", at("id", n), at("name", n), at("kind", n), y(2016, n), at("target", n)]) {
      expect([address, after.get(address)]).toEqual([address, before.get(address)]);
    }
    expect(after.get(y(2017, 0))).toBe("3,2");
    // The recorded writes carry them (text with its leading quote).
    const writes = JSON.stringify(second.fake.calls.filter((c) => c.name === "formulas"));
    expect(writes).toContain(`"'3,2"`);
    expect(writes).toContain(`"'12亿元"`);
    // The added row is computed like the others: same formulas shifted.
    const statusPlan = String(after.get(at("status", n - 1)));
    const statusUser = String(after.get(at("status", n)));
    expect(statusUser).toBe(statusPlan.split(String(row(n - 1))).join(String(row(n))));
    // Table, validation and formats cover the added row; the summary counts it.
    const sheet = state.mustSheet(plan.id);
    expect(sheet.tables[0].address).toMatch(new RegExp(`:${cols.letter.targetFromStated}${row(n)}$`));
    expect(sheet.conditionalFormats[0].range).toMatch(new RegExp(`${row(n)}$`));
    expect(sheet.validations.some((v) => v.range.endsWith(`${row(n)}`) && v.range.startsWith(cols.letter[`y${span.firstYear}`]))).toBe(true);
    expect(sheet.protection.protected).toBe(true);
    expect(state.tables().filter((t) => t.sheet === plan.id)).toHaveLength(1);
    expect(JSON.stringify([...state.mustSheet("汇总").cells.values()].map((c) => c.content))).toContain(`$${row(n)}`);
  });

  it("leaves a sheet of the same name that holds something else alone", async () => {
    const plan = findCatalogPlan("xiamen-13th-fyp-st")!;
    const state = new FakeWorkbook();
    state.addSheet(plan.id);
    state.type(plan.id, "A1", "my own data");
    const { context } = fakeContext(state, { api: "1.8" });
    const result = await insertPlan(context, plan, { lang: "zh", supports: supportsUpTo("1.8") });
    expect(state.get(plan.id, "A1")).toBe("my own data");
    expect(result.sheets[0].sheet).toBe(`${plan.id} (2)`);
    expect(state.get(`${plan.id} (2)`, "C6")).toBe(plan.id);
  });

  it("a summary built when inserting one plan also covers the plan sheets already there (3 syncs)", async () => {
    const [a, b] = catalogPlans();
    const state = new FakeWorkbook();
    state.addSheet("Sheet1");
    await insertPlan(fakeContext(state, { api: "1.9" }).context, a, { lang: "zh", summary: true, supports: supportsUpTo("1.9") });
    const second = fakeContext(state, { api: "1.9" });
    await insertPlan(second.context, b, { lang: "zh", summary: true, supports: supportsUpTo("1.9") });
    expect(second.fake.syncs).toBe(3);
    const summary = [...state.mustSheet("汇总").cells.values()].map((c) => String(c.content));
    expect(summary).toContain(a.title.zh);
    expect(summary).toContain(b.title.zh);
    expect(summary.some((f) => f.includes(`${a.id}!$`) || f.includes(`'${a.id}'!$`))).toBe(true);
    expect(state.sheets.filter((s) => s.name === "汇总")).toHaveLength(1);
  });

  it("inserts several plans and one summary in 2 syncs", async () => {
    const plans = catalogPlans();
    const { context, fake } = fakeContext(new FakeWorkbook(), { api: "1.9" });
    fake.state.addSheet("Sheet1");
    const result = await insertPlans(context, plans, { lang: "en", summary: true, supports: supportsUpTo("1.9") });
    expect(fake.syncs).toBe(2);
    expect(result.summary).toBe("Summary");
    expect(fake.state.sheets[0].name).toBe("Summary");
    const chart = fake.state.mustSheet("Summary").charts[0];
    expect(chart).toMatchObject({ type: "BarClustered", name: "PIT_ProgressChart", legend: false });
    expect(chart.categories).toMatch(/^B\d+:B\d+$/);
    for (const plan of plans) expectSheetMatches(fake, buildPlanSheet(plan, { lang: "en" }));
  });
});
