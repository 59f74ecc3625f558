/**
 * The pure parts under the adapter: keeping entries on re-insert
 * (src/sheet/mergeEntries.ts) and moving formulas between rows
 * (src/sheet/formulaShift.ts).
 */
import { findCatalogPlan } from "../../src/catalog";
import { buildPlanSheet, HEADER_ROWS, planYearSpan, tableColumns, type SheetLayout } from "../../src/sheet";
import { rowRelativeKey, shiftFormula } from "../../src/sheet/formulaShift";
import { mergeEntries, oldYearSpan, type OldSheetGrid } from "../../src/sheet/mergeEntries";

const plan = findCatalogPlan("quanzhou-st-2017-plan")!;

/** The grid a sheet written from `layout` reads back as, with cells typed over it (A1 → content). */
function gridOf(layout: SheetLayout, typed: Record<string, string | number> = {}): OldSheetGrid {
  const formulas: unknown[][] = layout.cells.map((line) => line.map((c) => (c?.value === null || c?.value === undefined ? "" : c.value)));
  for (const [address, content] of Object.entries(typed)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    while (formulas.length <= row) formulas.push([]);
    while (formulas[row].length <= col) formulas[row].push("");
    formulas[row][col] = content;
  }
  const values = formulas.map((line) => line.map((f) => (typeof f === "string" && f.startsWith("=") ? "" : f)));
  return { values: values as OldSheetGrid["values"], formulas };
}

describe("formulaShift", () => {
  it("shifts relative rows only, not absolute rows, names or text", () => {
    expect(shiftFormula('=IF($A18="x",PIT_a1_OnTrack*$P$16:$U$16,SUM($P18:$U18))&"B18"', 3)).toBe('=IF($A21="x",PIT_a1_OnTrack*$P$16:$U$16,SUM($P21:$U21))&"B18"');
    expect(shiftFormula("=LOG10(A1)+1E-9*'汇总'!$B$5+C7", 2)).toBe("=LOG10(A3)+1E-9*'汇总'!$B$5+C9");
    expect(shiftFormula("plain", 5)).toBe("plain");
  });

  it("gives one key to the same formula copied down", () => {
    expect(rowRelativeKey("=$A18+$B$5+C17", 18)).toBe(rowRelativeKey("=$A40+$B$5+C39", 40));
    expect(rowRelativeKey("=$A18", 18)).not.toBe(rowRelativeKey("=$A18", 19));
  });

  it("holds for every computed column of a plan sheet", () => {
    const layout = buildPlanSheet(findCatalogPlan("jiaxing-13th-fyp-st")!, { lang: "zh" });
    const first = HEADER_ROWS.tableHeader + 1;
    const r1 = layout.cells[first - 1];
    const r9 = layout.cells[first + 8 - 1];
    r1.forEach((spec, c) => {
      if (spec?.style === "computed") expect(shiftFormula(String(spec.value), 8)).toBe(r9[c]?.value);
    });
  });
});

describe("mergeEntries", () => {
  const layout = buildPlanSheet(plan, { lang: "zh" });
  const span = planYearSpan(plan);
  const cols = tableColumns(span.firstYear, span.lastYear);
  const first = HEADER_ROWS.tableHeader + 1;
  const at = (key: string, i: number) => `${cols.letter[key]}${first + i}`;
  const cell = (l: SheetLayout, address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return l.cells[Number(m[2]) - 1]?.[col - 1]?.value;
  };

  it("returns the layout unchanged for a sheet without a plan table", () => {
    const { layout: merged, kept } = mergeEntries({ values: [["hello"]] }, layout);
    expect(merged).toBe(layout);
    expect(kept.figures).toBe(0);
  });

  it("keeps figures (and formulas typed into year cells), changed baselines and parameters; refreshes plan columns", () => {
    const year = `y${span.firstYear}`;
    const old = gridOf(layout, {
      [at(year, 0)]: 12.5,
      [at(year, 1)]: "=1+2",
      [at(year, 2)]: "约3亿",
      [at("baseline", 0)]: 99,
      [at("name", 0)]: "renamed by hand",
      C10: 0.5,
    });
    const { layout: merged, kept } = mergeEntries(old, layout);
    expect(cell(merged, at(year, 0))).toBe(12.5);
    expect(cell(merged, at(year, 1))).toBe("=1+2");
    expect(cell(merged, at(year, 2))).toBe("约3亿");
    expect(cell(merged, at("baseline", 0))).toBe(99);
    expect(cell(merged, at("name", 0))).toBe(cell(layout, at("name", 0)));
    expect(cell(merged, "C10")).toBe(0.5);
    expect(kept).toMatchObject({ figures: 3, baselines: [plan.indicators[0].id], parameters: ["lagging"], userRows: [], dropped: [] });
    expect(layout.cells[first - 1][cols.index[year] - 1]?.value).toBeNull(); // the input layout is not modified
  });

  it("reports figures of years the new layout lacks, and oldYearSpan lets the caller keep them", () => {
    const wide = buildPlanSheet(plan, { lang: "zh", lastYear: span.lastYear + 2 });
    const lateYear = `y${span.lastYear + 2}`;
    const wideCols = tableColumns(span.firstYear, span.lastYear + 2);
    const old = gridOf(wide, { [`${wideCols.letter[lateYear]}${first}`]: 42 });
    expect(mergeEntries(old, layout).kept.dropped).toEqual([{ id: plan.indicators[0].id, year: span.lastYear + 2, content: 42 }]);
    const spanOld = oldYearSpan(old)!;
    const union = buildPlanSheet(plan, { lang: "zh", firstYear: Math.min(span.firstYear, spanOld.firstYear), lastYear: Math.max(span.lastYear, spanOld.lastYear) });
    const { layout: merged, kept } = mergeEntries(old, union);
    expect(kept.dropped).toEqual([]);
    expect(cell(merged, `${wideCols.letter[lateYear]}${first}`)).toBe(42);
  });

  it("keeps rows added by hand after the plan's rows, computed like the others, across a language change", () => {
    const n = plan.indicators.length;
    const extra = first + n;
    const old = gridOf(layout, {
      [`A${extra}`]: "hand-1",
      [`B${extra}`]: "手加指标",
      [`${cols.letter.kind}${extra}`]: "qualitative",
      [`${cols.letter[`y${span.firstYear}`]}${extra}`]: "是",
      [`A${extra + 1}`]: plan.indicators[0].id, // a copied row: its id is taken, so it is kept as a row of its own
      [`${cols.letter.unit}${extra + 1}`]: plan.indicators[0].unit,
      [`${cols.letter[`y${span.firstYear}`]}${extra + 1}`]: 5,
    });
    const en = buildPlanSheet(plan, { lang: "en" });
    const { layout: merged, kept } = mergeEntries(old, en);
    expect(kept.userRows).toEqual(["hand-1", plan.indicators[0].id]);
    expect(merged.table!.rowCount).toBe(n + 2);
    expect(cell(merged, `B${extra}`)).toBe("手加指标");
    expect(cell(merged, `${cols.letter[`y${span.firstYear}`]}${extra}`)).toBe("是");
    const status = (r: number) => String(cell(merged, `${cols.letter.status}${r}`));
    expect(status(extra)).toBe(shiftFormula(status(first), n));
    expect(status(extra)).toContain('"Achieved"');
    // The row's validation is the yes/no list; table-wide ranges now end at the last row.
    expect(merged.validations.find((v) => v.range.endsWith(`${extra}`) && v.type === "list")).toBeDefined();
    expect(merged.conditionalFormats.every((f) => f.range.endsWith(`${extra + 1}`))).toBe(true);
    expect(merged.unlocked.filter((u) => u.includes(`${first}:`)).every((u) => u.endsWith(`${extra + 1}`))).toBe(true);
    // The copied row's baseline is validated with its unit; the yes/no row has no baseline rule.
    const baselineRule = merged.validations.find((v) => v.range === `${cols.letter.baseline}${extra + 1}:${cols.letter.baseline}${extra + 1}`);
    expect(baselineRule?.errorMessage).toContain(plan.indicators[0].unit);
    expect(merged.validations.some((v) => v.range === `${cols.letter.baseline}${extra}:${cols.letter.baseline}${extra}`)).toBe(false);
  });
});
