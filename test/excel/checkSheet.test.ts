/**
 * The office.js adapter's check: sync counts, notes (ExcelApi 1.18) and the
 * findings column fallback, people's own notes kept, the status line, fixes,
 * settings, selecting a cell, and the ribbon command.
 */
import { findCatalogPlan } from "../../src/catalog";
import type { Plan } from "../../src/core";
import { applyFix, checkSheet, FINDINGS_HEADER, FIX_MARK, NOTE_MARK, selectCell, writeSettings } from "../../src/excel/checkSheet";
import { insertPlan } from "../../src/excel/insertPlan";
import { writeSettingsToPlanSheets } from "../../src/excel/settings";
import { supportsUpTo } from "../../src/excel/supports";
import { columnIndex, HEADER_ROWS, planYearSpan, tableColumns } from "../../src/sheet";
import { fakeContext, FakeWorkbook } from "./fakeExcel";

const plan = findCatalogPlan("jiaxing-13th-fyp-st")!;
const span = planYearSpan(plan);
const cols = tableColumns(span.firstYear, span.lastYear);
const row = (i: number) => HEADER_ROWS.tableHeader + 1 + i;
const y = (year: number, i: number) => `${cols.letter[`y${year}`]}${row(i)}`;

/** A workbook with the plan inserted and figures typed: good ones, a full-width text, a refused text. */
async function filledWorkbook(api: string, p: Plan = plan): Promise<FakeWorkbook> {
  const state = new FakeWorkbook();
  state.addSheet("Notes");
  state.type("Notes", "A1", "not a plan");
  const { context } = fakeContext(state, { api });
  await insertPlan(context, p, { lang: "zh", supports: supportsUpTo(api) });
  state.type(p.id, y(2016, 0), 2.75);
  state.type(p.id, y(2017, 0), 2.8);
  state.type(p.id, y(2016, 1), "'１.４"); // full-width digits: readable, with a fix
  state.type(p.id, y(2016, 2), "不详"); // refused
  state.type(p.id, y(2016, 3), 7.5);
  return state;
}

describe("checkSheet with notes (ExcelApi 1.18)", () => {
  it("reads in 2 syncs, writes in 1, and notes every flagged cell", async () => {
    const state = await filledWorkbook("1.18");
    const { context, fake } = fakeContext(state, { api: "1.18" });
    const report = await checkSheet(context, { lang: "zh", supports: supportsUpTo("1.18"), now: new Date(2026, 10, 23, 9, 5) });
    expect(fake.syncs).toBe(3);
    expect(report.syncs).toBe(3);
    expect(report.marks).toBe("notes");
    expect(report.sheets.map((s) => s.sheet)).toEqual([plan.id]);
    expect(report.skipped.map((s) => s.sheet)).toEqual(["Notes"]);
    // The read request loads values, number formats and (plan columns') formulas together.
    const loads = fake.callsOf(2).filter((c) => c.op === "load" && c.target.includes("range(<used>)"));
    expect(loads.slice(0, 2).map((c) => c.args[0])).toEqual([
      ["address", "values", "numberFormat"],
      ["address", "formulas"],
    ]);

    const findings = report.sheets[0].findings;
    const cells = new Set(findings.map((f) => f.cell));
    expect(cells).toContain(y(2016, 1));
    expect(cells).toContain(y(2016, 2));
    const notes = state.mustSheet(plan.id).notes;
    expect(new Set(notes.keys())).toEqual(cells);
    for (const content of notes.values()) expect(content.startsWith(NOTE_MARK.zh)).toBe(true);
    expect(notes.get(y(2016, 2))).toMatch(/不详/);
    // Counts, the status line, protection restored.
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(plan.indicators.length);
    expect(String(state.get(plan.id, "A7"))).toMatch(/^检查于 2026-11-23 09:05：\d+ 处标注/);
    expect(state.mustSheet(plan.id).protection.protected).toBe(true);
    expect(state.get("Notes", "A1")).toBe("not a plan");
  });

  it("keeps a person's own note, appends below it, and takes the check's text away once fixed", async () => {
    const state = await filledWorkbook("1.18");
    state.mustSheet(plan.id).notes.set(y(2016, 2), "王: 待统计局核实");
    state.mustSheet(plan.id).notes.set("B2", "my note elsewhere");
    const first = fakeContext(state, { api: "1.18" });
    await checkSheet(first.context, { lang: "en", supports: supportsUpTo("1.18") });
    const notes = state.mustSheet(plan.id).notes;
    expect(notes.get(y(2016, 2))).toMatch(new RegExp(`^王: 待统计局核实\\n\\n\\${NOTE_MARK.en}`));
    expect(notes.get("B2")).toBe("my note elsewhere");
    const readable = notes.get(y(2016, 1));
    expect(readable).toBeDefined();

    state.type(plan.id, y(2016, 2), 124);
    state.type(plan.id, y(2016, 1), 1.35);
    const second = fakeContext(state, { api: "1.18" });
    const report = await checkSheet(second.context, { lang: "en", supports: supportsUpTo("1.18") });
    expect(second.fake.syncs).toBe(3);
    expect(notes.get(y(2016, 2))).toBe("王: 待统计局核实");
    expect(notes.has(y(2016, 1))).toBe(false);
    expect(notes.get("B2")).toBe("my note elsewhere");
    expect(new Set(notes.keys())).toEqual(new Set([...report.sheets[0].findings.map((f) => f.cell), y(2016, 2), "B2"]));
  });

  it("checks only the active sheet when asked", async () => {
    const state = await filledWorkbook("1.18");
    state.active = "Notes";
    const { context, fake } = fakeContext(state, { api: "1.18" });
    const report = await checkSheet(context, { lang: "zh", sheet: "active", supports: supportsUpTo("1.18") });
    expect(report.sheets).toEqual([]);
    expect(report.skipped.map((s) => s.sheet)).toEqual(["Notes"]);
    expect(fake.syncs).toBe(2);
    expect(fake.calls.some((c) => c.target.includes(plan.id))).toBe(false);
  });
});

describe("checkSheet without notes (ExcelApi 1.8): the findings column", () => {
  it("writes the findings right of the table, one line per flagged cell, and clears them once fixed", async () => {
    const state = await filledWorkbook("1.8");
    const { context, fake } = fakeContext(state, { api: "1.8" });
    const report = await checkSheet(context, { lang: "zh", supports: supportsUpTo("1.8") });
    expect(fake.syncs).toBe(3);
    expect(report.marks).toBe("column");
    expect(fake.calls.some((c) => /notes/.test(c.target))).toBe(false);
    const column = cols.count + 2;
    const letter = cols.letter.targetFromStated.replace(/[A-Z]$/, (ch) => String.fromCharCode(ch.charCodeAt(0) + 2));
    expect(columnIndex(letter)).toBe(column);
    expect(state.get(plan.id, `${letter}${HEADER_ROWS.tableHeader}`)).toBe(FINDINGS_HEADER.zh);
    expect(String(state.get(plan.id, `${letter}${row(2)}`))).toMatch(new RegExp(`^${y(2016, 2)}: .*不详`));
    expect(state.mustSheet(plan.id).protection.protected).toBe(true);
    // A table column next to the table would widen it: there is a gap.
    expect(state.get(plan.id, `${cols.letter.targetFromStated.replace(/[A-Z]$/, (ch) => String.fromCharCode(ch.charCodeAt(0) + 1))}${row(2)}`)).toBe("");

    state.type(plan.id, y(2016, 2), 124);
    const again = fakeContext(state, { api: "1.8" });
    await checkSheet(again.context, { lang: "zh", supports: supportsUpTo("1.8") });
    expect(state.get(plan.id, `${letter}${row(2)}`)).toBe("");
    expect(state.get(plan.id, `${letter}${HEADER_ROWS.tableHeader}`)).toBe(FINDINGS_HEADER.zh);
  });

  it("stays within 3 syncs on a 2,000-indicator sheet", async () => {
    const big: Plan = { ...plan, id: "big", indicators: Array.from({ length: 2000 }, (_, i) => ({ ...plan.indicators[i % plan.indicators.length], id: `b${i}` })) };
    const state = await filledWorkbook("1.9", big);
    const { context, fake } = fakeContext(state, { api: "1.9" });
    const report = await checkSheet(context, { lang: "zh", supports: supportsUpTo("1.9") });
    expect(fake.syncs).toBe(3);
    expect(report.sheets[0].indicators).toHaveLength(2000);
    expect(Math.max(...fake.responses)).toBeLessThan(5 * 1024 * 1024);
  });
});

describe("applyFix, writeSettings, selectCell", () => {
  it.each(["1.18", "1.8"])("writes the number and keeps the text it replaces (ExcelApi %s)", async (api) => {
    const state = await filledWorkbook(api);
    const check = fakeContext(state, { api });
    const report = await checkSheet(check.context, { lang: "zh", supports: supportsUpTo(api) });
    const finding = report.sheets[0].findings.find((f) => f.cell === y(2016, 1) && f.fix)!;
    expect(finding.fix!.value).toBeCloseTo(1.4);

    const { context, fake } = fakeContext(state, { api });
    const result = await applyFix(context, finding, { lang: "zh", supports: supportsUpTo(api) });
    expect(result).toEqual({ applied: true });
    expect(fake.syncs).toBe(2);
    expect(state.get(plan.id, y(2016, 1))).toBeCloseTo(1.4);
    if (api === "1.18") {
      expect(state.mustSheet(plan.id).notes.get(y(2016, 1))).toBe(`${FIX_MARK.zh}\n１.４`);
    } else {
      const all = [...state.contents(plan.id).values()].map(String);
      expect(all.some((v) => v.startsWith(`${y(2016, 1)}: ${FIX_MARK.zh}`) && v.includes("１.４"))).toBe(true);
    }
    expect(state.mustSheet(plan.id).protection.protected).toBe(true);

    // The cell changed since: nothing is written.
    state.type(plan.id, y(2016, 1), "'2,0");
    const later = fakeContext(state, { api });
    expect(await applyFix(later.context, finding, { lang: "zh", supports: supportsUpTo(api) })).toEqual({ applied: false, reason: "changed" });
    expect(state.get(plan.id, y(2016, 1))).toBe("2,0");
  });

  it("writes the parameter cells in one sync, and refuses bad values", async () => {
    const state = await filledWorkbook("1.8");
    const { context, fake } = fakeContext(state, { api: "1.8" });
    await writeSettings(context, plan.id, { onTrack: 0.9, lagging: 0.5, method: "growth-ratio" });
    expect(fake.syncs).toBe(1);
    expect([state.get(plan.id, "C9"), state.get(plan.id, "C10"), state.get(plan.id, "C11")]).toEqual([0.9, 0.5, "growth-ratio"]);
    await expect(writeSettings(context, plan.id, { onTrack: 0.5, lagging: 0.9, method: "path" })).rejects.toThrow(RangeError);
  });

  it("selects a finding's cell on its sheet", async () => {
    const state = await filledWorkbook("1.8");
    state.active = "Notes";
    const { context, fake } = fakeContext(state, { api: "1.8" });
    await selectCell(context, plan.id, y(2016, 2));
    expect(fake.syncs).toBe(1);
    expect(state.active).toBe(plan.id);
    expect(state.selection).toEqual({ sheet: plan.id, address: y(2016, 2) });
  });
});

describe("the ribbon command", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("checks the active sheet through Excel.run and writes the status line", async () => {
    const state = await filledWorkbook("1.18");
    state.active = plan.id;
    const { context, fake } = fakeContext(state, { api: "1.18" });
    (globalThis as Record<string, unknown>).Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
    (globalThis as Record<string, unknown>).Office = {
      context: { displayLanguage: "en-US", requirements: { isSetSupported: (set: string, v: string) => supportsUpTo("1.18")(set, v) } },
    };
    const { runCheckCommand } = await import("../../src/commands/runCheck");
    const result = await runCheckCommand();
    expect(fake.syncs).toBe(3);
    expect(result.marks).toBe("notes");
    expect(String(state.get(plan.id, "A7"))).toMatch(/^Checked .*: \d+ flags? \(see cell notes/);
  });
});

describe("writeSettingsToPlanSheets", () => {
  it("writes every plan sheet's parameter cells in 3 syncs and leaves other sheets alone", async () => {
    const state = await filledWorkbook("1.8");
    const second = findCatalogPlan("xiamen-13th-fyp-st")!;
    await insertPlan(fakeContext(state, { api: "1.8" }).context, second, { lang: "en", supports: supportsUpTo("1.8") });
    const { context, fake } = fakeContext(state, { api: "1.8" });
    const result = await writeSettingsToPlanSheets(context, { onTrack: 0.9, lagging: 0.5, method: "growth-ratio" });
    expect(fake.syncs).toBe(3);
    expect(result.sheets.sort()).toEqual([plan.id, second.id].sort());
    for (const sheet of [plan.id, second.id]) {
      expect([state.get(sheet, "C9"), state.get(sheet, "C10"), state.get(sheet, "C11")]).toEqual([0.9, 0.5, "growth-ratio"]);
    }
    expect(state.get("Notes", "C9")).toBe("");
    await expect(writeSettingsToPlanSheets(context, { onTrack: 0.5, lagging: 0.9, method: "path" })).rejects.toThrow(RangeError);
  });
});
