/**
 * Compares every computed cell of a recalculated plan sheet with the engine's
 * assessment of the same row's cells (assessSheetRow), and the summary sheet
 * with the statuses the engine gives.
 */
import type ExcelJS from "exceljs";
import {
  checkConsistency,
  CONSISTENCY_EPSILON,
  impliedRate,
  LAGGING_STATUSES,
  STATUS_CODES,
  statusLabel,
  targetFromRate,
  yoyTargetLevel,
  type Assessment,
  type AssessmentMethod,
  type AssessmentParams,
  type Lang,
  type Plan,
  type StatusCode,
} from "../../src/core";
import {
  assessSheetRow,
  HEADER_ROWS,
  HEADER_VALUE_COLUMN,
  LEADING_COLUMNS,
  planYearSpan,
  qualitativeValue,
  SHEET_TEXT,
  tableColumns,
  TRAILING_COLUMNS,
  type CellValue,
} from "../../src/sheet";
import { cellResult } from "./libreoffice";

type Sheetish = ReturnType<typeof cellResult>;
type Expected = number | string | boolean | null;

/** The computed columns the proof compares (the yoy target formula is checked as "target"). */
export const COMPUTED_KEYS = [...LEADING_COLUMNS, ...TRAILING_COLUMNS].filter((c) => c.role === "computed").map((c) => c.key);

export interface RowResult {
  sheet: string;
  row: number;
  indicatorId: string;
  kind: string;
  assessment: Assessment;
  /** The row's cells as read back (what the engine assessed). */
  cells: { values: Record<string, CellValue>; years: Record<number, CellValue> };
}

export interface SheetComparison {
  compared: number;
  mismatches: string[];
  rows: RowResult[];
  params: AssessmentParams;
  /** Per computed column: how many compared cells held a value (not empty). */
  filled: Record<string, number>;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Same value: numbers within a relative 1e-9 (absolute near 0); null ↔ empty; booleans and texts exactly. */
export function sameValue(sheet: Sheetish, engine: Expected): boolean {
  if (sheet !== null && typeof sheet === "object") return false; // an error value
  if (engine === null) return sheet === null || sheet === "";
  if (typeof engine === "number") {
    if (typeof sheet !== "number") return false;
    return Math.abs(sheet - engine) <= 1e-9 * Math.max(1, Math.abs(engine));
  }
  return sheet === engine;
}

const show = (v: unknown) => (v === null ? "(empty)" : JSON.stringify(v));

/** Compares one recalculated plan sheet with the engine. */
export function comparePlanSheet(ws: ExcelJS.Worksheet, plan: Plan, lang: Lang): SheetComparison {
  const span = planYearSpan(plan);
  const cols = tableColumns(span.firstYear, span.lastYear);
  const mismatches: string[] = [];
  let compared = 0;
  const rows: RowResult[] = [];
  const filled: Record<string, number> = {};
  const V = HEADER_VALUE_COLUMN;
  const method = cellResult(ws.getCell(HEADER_ROWS.methodCode, V));
  const params: AssessmentParams = {
    onTrackThreshold: num(cellResult(ws.getCell(HEADER_ROWS.onTrack, V))) ?? NaN,
    laggingThreshold: num(cellResult(ws.getCell(HEADER_ROWS.lagging, V))) ?? NaN,
    method: (method === "growth-ratio" ? "growth-ratio" : "path") as AssessmentMethod,
  };
  const text = SHEET_TEXT[lang];
  const firstRow = HEADER_ROWS.tableHeader + 1;

  plan.indicators.forEach((ind, i) => {
    const r = firstRow + i;
    const at = (key: string) => ws.getCell(r, cols.index[key]);
    const check = (key: string, expected: Expected, sheetValue: Sheetish = cellResult(at(key))) => {
      compared++;
      if (expected !== null) filled[key] = (filled[key] ?? 0) + 1;
      if (!sameValue(sheetValue, expected)) {
        mismatches.push(
          `${ws.name}!${at(key).address} [${key}] (${ind.id}, ${String(cellResult(at("kind")))}): sheet ${show(sheetValue)}, engine ${show(expected)}`,
        );
      }
    };
    const values: Record<string, CellValue> = {};
    for (const c of LEADING_COLUMNS) {
      const v = cellResult(at(c.key));
      values[c.key] = v !== null && typeof v === "object" ? null : v;
    }
    const years: Record<number, CellValue> = {};
    for (const y of cols.years) {
      const v = cellResult(at(`y${y}`));
      years[y] = v !== null && typeof v === "object" ? null : v;
    }
    if (values.id !== ind.id) mismatches.push(`${ws.name}!${at("id").address}: id ${show(values.id)}, expected ${ind.id}`);
    const a = assessSheetRow({ values, years }, params);
    if (!a) {
      mismatches.push(`${ws.name} row ${r} (${ind.id}): the engine cannot read the row's plan columns`);
      return;
    }
    rows.push({ sheet: ws.name, row: r, indicatorId: ind.id, kind: String(values.kind), assessment: a, cells: { values, years } });

    const kind = String(values.kind);
    const b = num(values.baseYear) as number;
    const T = num(values.targetYear) as number;
    const B = num(values.baseline);
    const Vt = num(values.target);
    const s = num(values.rate);
    const d = num(values.rateDecimals);
    const n = T - b;
    const y = a.latestYear;

    // The yoy target formula (a plan column that is computed where the plan prints no level).
    if (kind === "yoy" && ind.target.value === null) {
      check("target", B !== null && s !== null ? yoyTargetLevel(B, s, n) : null);
    }
    const implied = (kind === "cagr" || kind === "pp") && B !== null && Vt !== null && n > 0 ? impliedRate(kind, B, Vt, n) : null;
    check("implied", implied);
    check("latestYear", y ?? 0);
    if (kind === "qualitative") {
      const sheetLatest = cellResult(at("latest"));
      check("latest", a.latest, y === null ? sheetLatest : qualitativeValue(sheetLatest as CellValue));
    } else check("latest", a.latest);
    check("runningTotal", kind === "cumulative" && y !== null ? a.runningTotal : null);
    let previous: number | null = null;
    if (kind === "yoy" && y !== null) previous = y - 1 === b ? B : num(years[y - 1]);
    check("previous", previous);
    const assessable = y !== null && kind !== "qualitative" && a.targetMet !== null;
    check("assessable", assessable);
    check("met", a.targetMet);
    check("pathValue", a.pathValue);
    check("gap", a.gap);
    check("ratio", a.ratio);
    check("timeShare", a.timeShare);
    check("progressShare", a.progressShare);
    check("growthSoFar", a.growthSoFar);
    check("growthNeeded", a.growthNeeded);
    check("projected", a.projected);
    check("status", statusLabel(a.status, lang));

    let consistency: string | null = null;
    let fromStated: number | null = null;
    if (implied !== null && s !== null && (kind === "cagr" || kind === "pp")) {
      const tolerance = 0.5 * Math.pow(10, -(d ?? 0)) + CONSISTENCY_EPSILON;
      const ok = Math.abs(implied - s) <= tolerance;
      consistency = ok ? text.consistent : text.inconsistent;
      fromStated = targetFromRate(kind, B as number, s, n);
      // Where the row keeps the plan's own baseline, the engine's plan check must say the same.
      const planCheck = checkConsistency(ind);
      if (planCheck && B === ind.baseline?.value) {
        compared++;
        if (planCheck.consistent !== ok || Math.abs(planCheck.implied - implied) > 1e-9 * Math.max(1, Math.abs(implied))) {
          mismatches.push(`${ws.name} row ${r} (${ind.id}): checkConsistency ${JSON.stringify(planCheck)} vs sheet terms implied ${implied}, ${ok}`);
        }
      }
    }
    check("consistency", consistency);
    check("targetFromStated", fromStated);
  });
  return { compared, mismatches, rows, params, filled };
}

/** Compares the summary sheet (counts by status, the indicator block, the lagging list) with the engine's statuses. */
export function compareSummary(ws: ExcelJS.Worksheet, plans: readonly Plan[], sheets: readonly RowResult[][], lang: Lang): SheetComparison {
  const mismatches: string[] = [];
  let compared = 0;
  const check = (row: number, col: number, expected: Expected, what: string) => {
    compared++;
    const cell = ws.getCell(row, col);
    const v = cellResult(cell);
    if (!sameValue(v, expected)) mismatches.push(`${ws.name}!${cell.address} [${what}]: sheet ${show(v)}, engine ${show(expected)}`);
  };
  const countHeader = 3;
  const totals = new Array<number>(STATUS_CODES.length + 1).fill(0);
  sheets.forEach((rows, p) => {
    const r = countHeader + 1 + p;
    STATUS_CODES.forEach((s, i) => {
      const count = rows.filter((x) => x.assessment.status === s).length;
      totals[i] += count;
      check(r, 2 + i, count, `count ${s}`);
    });
    totals[STATUS_CODES.length] += rows.length;
    check(r, 2 + STATUS_CODES.length, rows.length, "total");
  });
  const totalRow = countHeader + 1 + sheets.length;
  totals.forEach((t, i) => check(totalRow, 2 + i, t, "sum"));

  const blockHeader = totalRow + 2;
  let row = blockHeader + 1;
  let seq = 0;
  const lagging: { plan: string; name: string; status: string; needed: number | null }[] = [];
  sheets.forEach((rows, p) => {
    const plan = plans[p];
    const title = lang === "en" && plan.title.en ? plan.title.en : plan.title.zh;
    rows.forEach((x) => {
      const ind = plan.indicators.find((i) => i.id === x.indicatorId)!;
      const name = lang === "en" && ind.name.en ? ind.name.en : ind.name.zh;
      const status = statusLabel(x.assessment.status, lang);
      check(row, 2, name, "name");
      check(row, 3, status, "status");
      check(row, 4, x.assessment.ratio, "ratio");
      check(row, 5, x.assessment.growthNeeded, "growth needed");
      const isLag = (LAGGING_STATUSES as readonly StatusCode[]).includes(x.assessment.status);
      check(row, 6, isLag ? ++seq : null, "lagging no.");
      if (isLag) lagging.push({ plan: title, name, status, needed: x.assessment.growthNeeded });
      row++;
    });
  });
  const total = row - blockHeader - 1;
  for (let k = 1; k <= total; k++) {
    const r = blockHeader + k;
    const item = lagging[k - 1];
    check(r, 9, item ? item.plan : null, "lagging plan");
    check(r, 10, item ? item.name : null, "lagging name");
    check(r, 11, item ? item.status : null, "lagging status");
    // INDEX of an empty cell gives 0 in a formula; the block's "" stays "".
    check(r, 12, item ? item.needed : null, "lagging growth needed");
  }
  return { compared, mismatches, rows: [], params: { onTrackThreshold: NaN, laggingThreshold: NaN, method: "path" }, filled: {} };
}
