/**
 * The formula proof: workbooks written by the ExcelJS renderer, recalculated
 * by LibreOffice headless, read back; every computed cell of every plan row
 * must equal the engine's assessment of the same row's cells.
 */
import { DEFAULT_PARAMS, STATUS_CODES, type StatusCode } from "../../src/core";
import type ExcelJS from "exceljs";
import { assessSheetRow, HEADER_ROWS, planYearSpan, SUMMARY_SHEET_NAME, tableColumns } from "../../src/sheet";
import { cellResult } from "./libreoffice";
import { COMPUTED_KEYS, compareSummary, comparePlanSheet, type RowResult, type SheetComparison } from "./compareSheet";
import { runProof, type ProofRun } from "./proofRun";

let run: ProofRun;
const results = new Map<string, { comparisons: SheetComparison[]; summary: SheetComparison[] }>();

beforeAll(async () => {
  run = await runProof();
  for (const book of run.books) {
    const entry = results.get(book.set) ?? { comparisons: [], summary: [] };
    const sheets: RowResult[][] = [];
    for (const plan of run.plans) {
      const ws = book.result.getWorksheet(plan.id.slice(0, 31));
      if (!ws) throw new Error(`${book.input}: no sheet ${plan.id}`);
      const c = comparePlanSheet(ws, plan, book.lang);
      entry.comparisons.push(c);
      sheets.push(c.rows);
    }
    const summary = book.result.getWorksheet(SUMMARY_SHEET_NAME[book.lang]);
    if (!summary) throw new Error(`${book.input}: no summary sheet`);
    entry.summary.push(compareSummary(summary, run.plans, sheets, book.lang));
    results.set(book.set, entry);
  }
}, 300_000);

const report = (cs: SheetComparison[]) => {
  const mismatches = cs.flatMap((c) => c.mismatches);
  return { compared: cs.reduce((n, c) => n + c.compared, 0), mismatches, first: mismatches.slice(0, 40).join("\n") };
};
const allRows = (set: string) => results.get(set)!.comparisons.flatMap((c) => c.rows);

test("LibreOffice really recalculates on load (a stale cached result is replaced)", () => {
  expect(cellResult(run.probe.getWorksheet("probe")!.getCell("A2"))).toBe(6);
  console.log(`LibreOffice converted ${run.books.length + 1} workbooks in ${run.seconds.toFixed(1)} s`);
});

test.each(["default", "thresholds", "growth-ratio"])("every computed cell of every plan sheet agrees with the engine (%s)", (set) => {
  const r = report(results.get(set)!.comparisons);
  console.log(`${set}: ${r.compared} computed cells compared, ${r.mismatches.length} mismatches`);
  expect(r.compared).toBeGreaterThan(1000);
  expect(r.first).toBe("");
});

test.each(["default", "thresholds", "growth-ratio"])("the summary sheet agrees with the engine's statuses (%s)", (set) => {
  const r = report(results.get(set)!.summary);
  console.log(`${set} summary: ${r.compared} cells compared`);
  expect(r.first).toBe("");
});

test("the catalog plans reach every status; yes/no and year-on-year rows reach theirs", () => {
  const catalogRows = allRows("default").filter((x) => run.catalogIds.has(x.sheet));
  const reached = new Set(catalogRows.map((x) => x.assessment.status));
  expect([...STATUS_CODES].filter((s) => !reached.has(s))).toEqual([]);
  const byKind = (kind: string) => new Set(allRows("default").filter((x) => x.kind === kind).map((x) => x.assessment.status));
  const expected: Record<string, StatusCode[]> = {
    yoy: ["no-data", "not-assessable", "achieved", "missed", "on-track", "needs-acceleration", "off-track", "moving-away"],
    qualitative: ["no-data", "achieved", "missed", "off-track"],
    cumulative: ["no-data", "achieved", "missed", "on-track", "needs-acceleration", "off-track", "moving-away"],
    cagr: ["no-data", "achieved", "missed", "on-track", "needs-acceleration", "off-track", "moving-away"],
    pp: ["no-data", "achieved", "missed", "on-track", "needs-acceleration", "off-track", "moving-away"],
    level: [...STATUS_CODES],
  };
  for (const [kind, statuses] of Object.entries(expected)) {
    const got = byKind(kind);
    expect({ kind, missing: statuses.filter((s) => !got.has(s)) }).toEqual({ kind, missing: [] });
  }
});

test("thresholds typed into the parameter cells change the statuses", () => {
  const comps = results.get("thresholds")!.comparisons;
  for (const c of comps) expect([c.params.onTrackThreshold, c.params.laggingThreshold, c.params.method]).toEqual([0.5, 0.3, "path"]);
  // Rows whose status under 0.5 / 0.3 differs from the status under the default thresholds.
  const changed = comps.flatMap((c) => c.rows).filter((x) => {
    const r = x.assessment.ratio;
    if (r === null || !["on-track", "needs-acceleration", "off-track"].includes(x.assessment.status)) return false;
    const under = (t: { on: number; lag: number }) => (r >= t.on ? 1 : r >= t.lag ? 2 : r >= 0 ? 3 : 4);
    return under({ on: 0.5, lag: 0.3 }) !== under({ on: DEFAULT_PARAMS.onTrackThreshold, lag: DEFAULT_PARAMS.laggingThreshold });
  });
  expect(changed.length).toBeGreaterThan(5);
  const statuses = new Set(changed.map((x) => x.assessment.status));
  expect(statuses.has("on-track")).toBe(true);
  expect(statuses.has("needs-acceleration")).toBe(true);
});

test("the growth-ratio method gives the SDG ratio where it applies", () => {
  const comps = results.get("growth-ratio")!.comparisons;
  for (const c of comps) expect(c.params.method).toBe("growth-ratio");
  // The sheet's ratio equals the engine's growth-ratio R (compared above); here: it is not the path R.
  const differs = comps
    .flatMap((c) => c.rows)
    .filter((x) => {
      const path = assessSheetRow(x.cells, { ...comps[0].params, method: "path" });
      return x.assessment.ratio !== null && path?.ratio !== null && Math.abs(x.assessment.ratio - (path?.ratio ?? 0)) > 1e-6;
    });
  expect(differs.length).toBeGreaterThan(10);
});

test("every computed column is compared with values, not only with empty cells", () => {
  const filled: Record<string, number> = {};
  for (const c of results.get("default")!.comparisons) for (const [k, n] of Object.entries(c.filled)) filled[k] = (filled[k] ?? 0) + n;
  console.log(`non-empty computed cells by column: ${JSON.stringify(filled)}`);
  expect(COMPUTED_KEYS.filter((k) => !filled[k])).toEqual([]);
});

test("a wrong computed cell is caught and named (sheet, cell, column, both values)", () => {
  const book = run.books.find((b) => b.set === "default" && b.lang === "zh")!;
  const plan = run.plans.find((p) => p.id === "jiaxing-13th-fyp-st")!;
  const ws = book.result.getWorksheet(plan.id)!;
  const span = planYearSpan(plan);
  const cols = tableColumns(span.firstYear, span.lastYear);
  const cell = ws.getCell(`${cols.letter.growthNeeded}${HEADER_ROWS.tableHeader + 1}`);
  const saved = cell.value;
  try {
    cell.value = { formula: "1+1", result: 12345 } as ExcelJS.CellFormulaValue;
    const c = comparePlanSheet(ws, plan, book.lang);
    expect(c.mismatches).toHaveLength(1);
    expect(c.mismatches[0]).toMatch(new RegExp(`^jiaxing-13th-fyp-st!${cell.address} \\[growthNeeded\\] .*sheet 12345, engine `));
  } finally {
    cell.value = saved;
  }
});
