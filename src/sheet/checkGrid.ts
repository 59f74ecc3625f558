/**
 * The check of a plan sheet read back as a grid of cell values (from office.js
 * or from an .xlsx file): per cell, refused and readable entries, unit slips,
 * suspicious figures and inconsistent plan rows; per indicator, the assessment
 * from exactly the cells the formulas read, so the report and the sheet agree;
 * lagging indicators with the growth still needed. Pure.
 */
import {
  CONSISTENCY_EPSILON,
  DEFAULT_PARAMS,
  figureWarnings,
  impliedRate,
  isLagging,
  LAGGING_STATUSES,
  parseFigure,
  STATUS_CODES,
  targetFromRate,
  blankAssessment,
  type Assessment,
  type AssessmentMethod,
  type AssessmentParams,
  type CheckReport,
  type Finding,
  type GrowthKind,
  type IndicatorReport,
  type Lang,
  type SheetReport,
  type StatusCode,
} from "../core";
import { cellAddress } from "./a1";
import {
  inconsistentMessage,
  laggingMessage,
  parameterMessage,
  readableMessage,
  refusedMessage,
  rowNotAssessableMessage,
  warningMessage,
  yesNoReadableMessage,
} from "./findings";
import { locateHeaderCell, locateTable, type FormulaGrid, type Grid, type TableLayout } from "./gridLayout";
import { assessSheetRow, knownGrowthKind, qualitativeValue, rowTerms, type CellValue, type SheetRow } from "./readRow";

export type { CellValue } from "./readRow";

export interface CheckGridInput {
  /** The sheet's name. */
  sheet: string;
  /** Cell values from A1 (formula cells: their cached result, or null when there is none). */
  values: Grid;
  /** Formulas from A1, same shape ("=…" or null). Used where a formula has no cached result. */
  formulas?: FormulaGrid;
}

export interface CheckGridOptions {
  /** Language of the "not a plan sheet" reason (findings carry both languages). */
  lang: Lang;
}

/** A sheet without a plan table. */
export interface NotAPlanSheet {
  notAPlanSheet: string;
}

/** A sheet report with where the table was found and the parameters used. */
export interface GridReport extends SheetReport {
  /** 1-based row of the table header. */
  headerRow: number;
  params: AssessmentParams;
}

export type CheckGridResult = GridReport | NotAPlanSheet;

export function isNotAPlanSheet(result: CheckGridResult): result is NotAPlanSheet {
  return (result as NotAPlanSheet).notAPlanSheet !== undefined;
}

const NOT_A_PLAN_SHEET: Readonly<Record<Lang, string>> = {
  zh: "未找到规划指标表（表头需含 编号/指标名称、增长类型、基期年、目标年 和年份列）",
  en: "no plan indicator table found (a header row with ID/Indicator, Growth kind, Base year, Target year and year columns)",
};

const isNumber = (v: CellValue): v is number => typeof v === "number" && Number.isFinite(v);
const isBlank = (v: CellValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const text = (v: CellValue) => (isBlank(v) ? "" : String(v).trim());
/** Excel compares text case-insensitively: kinds, directions and comparators are read in lower case. */
const lower = (v: CellValue): CellValue => (typeof v === "string" ? v.toLowerCase() : v);

/** Reads the parameter cells; invalid values fall back to the defaults with a finding. */
function readParams(input: CheckGridInput, headerRow: number, findings: Finding[]): AssessmentParams {
  const at = (field: "onTrack" | "lagging" | "methodCode") => {
    const where = locateHeaderCell(input.values, field, headerRow);
    return { ...where, value: input.values[where.row]?.[where.column] };
  };
  const paramFinding = (cell: { row: number; column: number; label: string; value: CellValue }, fallback: string, problem: "invalid" | "order") =>
    findings.push({
      kind: "refused",
      sheet: input.sheet,
      cell: cellAddress(cell.column + 1, cell.row + 1),
      indicatorId: "",
      indicatorName: cell.label,
      entered: isBlank(cell.value) ? "" : String(cell.value),
      message: parameterMessage(cell.label, isBlank(cell.value) ? "" : String(cell.value), fallback, problem),
    });
  const threshold = (cell: ReturnType<typeof at>, fallback: number): number | null => {
    if (isNumber(cell.value) && cell.value >= 0 && cell.value <= 10) return cell.value;
    paramFinding(cell, String(fallback), "invalid");
    return null;
  };
  const onTrackCell = at("onTrack");
  const laggingCell = at("lagging");
  const methodCell = at("methodCode");
  let onTrack = threshold(onTrackCell, DEFAULT_PARAMS.onTrackThreshold) ?? DEFAULT_PARAMS.onTrackThreshold;
  let lagging = threshold(laggingCell, DEFAULT_PARAMS.laggingThreshold) ?? DEFAULT_PARAMS.laggingThreshold;
  if (lagging > onTrack) {
    paramFinding(laggingCell, "", "order");
    onTrack = DEFAULT_PARAMS.onTrackThreshold;
    lagging = DEFAULT_PARAMS.laggingThreshold;
  }
  let method: AssessmentMethod = DEFAULT_PARAMS.method;
  const m = text(methodCell.value).toLowerCase();
  if (m === "growth-ratio") method = "growth-ratio";
  else if (m !== "" && m !== "path") paramFinding(methodCell, DEFAULT_PARAMS.method, "invalid");
  return { onTrackThreshold: onTrack, laggingThreshold: lagging, method };
}

/** The plan id: the value beside the 计划编号 / Plan ID label, else the sheet's name. */
function readPlanId(input: CheckGridInput, headerRow: number): string {
  const where = locateHeaderCell(input.values, "planId", headerRow);
  return text(input.values[where.row]?.[where.column]) || input.sheet;
}

/** A row with no value and no formula at all ends the table. */
function rowIsEmpty(input: CheckGridInput, r: number): boolean {
  const values = input.values[r] ?? [];
  const formulas = input.formulas?.[r] ?? [];
  return values.every(isBlank) && formulas.every((f) => f === null || f === undefined || f === "");
}

/** An assessment for a row that cannot be assessed at all (its plan columns are not valid). */

interface RowContext {
  input: CheckGridInput;
  layout: TableLayout;
  r: number;
  indicatorId: string;
  indicatorName: string;
  findings: Finding[];
}

function push(ctx: RowContext, column: number, finding: Omit<Finding, "sheet" | "cell" | "indicatorId" | "indicatorName">): void {
  ctx.findings.push({
    sheet: ctx.input.sheet,
    cell: cellAddress(column + 1, ctx.r + 1),
    indicatorId: ctx.indicatorId,
    indicatorName: ctx.indicatorName,
    ...finding,
  });
}

/** Findings on a cell that holds something other than a number (numeric rows) or yes/no (qualitative rows). */
function entryFindings(ctx: RowContext, column: number, value: CellValue, unit: string, kind: GrowthKind | undefined, year: number | undefined): void {
  const entered = String(value);
  if (kind === "qualitative") {
    if (qualitativeValue(value) !== null) return;
    if (typeof value === "number") {
      push(ctx, column, { kind: "refused", year, entered, message: refusedMessage("not-yes-no", entered) });
      return;
    }
    const reading = parseFigure(value, { unit, kind });
    if (reading.kind === "empty") return;
    if (reading.kind === "refused") push(ctx, column, { kind: "refused", year, entered, message: refusedMessage(reading.reason, reading.text) });
    else push(ctx, column, { kind: "readable", year, entered, message: yesNoReadableMessage(entered, reading.value), fix: { value: reading.value } });
    return;
  }
  const reading = parseFigure(value, { unit, kind });
  if (reading.kind === "empty") return;
  if (reading.kind === "refused") {
    push(ctx, column, { kind: "refused", year, entered, message: refusedMessage(reading.reason, reading.text) });
    return;
  }
  const converted = reading.notes.some((note) => note.code === "unit-converted");
  push(ctx, column, { kind: converted ? "unit-converted" : "readable", year, entered, message: readableMessage(reading), fix: { value: reading.value } });
}

/** The target cell as the formulas see it; a yoy target formula without a cached result is computed like the sheet does. */
function targetValue(ctx: RowContext, values: Record<string, CellValue>): CellValue {
  const column = ctx.layout.column.target;
  if (column === undefined) return null;
  const value = ctx.input.values[ctx.r]?.[column];
  const formula = ctx.input.formulas?.[ctx.r]?.[column];
  if ((value === null || value === undefined) && formula && lower(values.kind) === "yoy") {
    const B = values.baseline;
    const s = values.rate;
    const b = values.baseYear;
    const T = values.targetYear;
    if (isNumber(B) && isNumber(s) && isNumber(b) && isNumber(T)) return B * Math.pow(1 + s / 100, T - b);
    return null;
  }
  return value;
}

/** The consistency check of a plan row, from its cells as the consistency formula reads them. */
function consistencyFinding(ctx: RowContext, values: Record<string, CellValue>): void {
  const kind = lower(values.kind);
  if (kind !== "cagr" && kind !== "pp") return;
  const { baseline: B, target: V, rate: s, baseYear: b, targetYear: T } = values;
  if (!isNumber(B) || !isNumber(V) || !isNumber(s) || !isNumber(b) || !isNumber(T) || T <= b) return;
  const implied = impliedRate(kind, B, V, T - b);
  if (implied === null) return;
  const d = isNumber(values.rateDecimals) ? values.rateDecimals : 0;
  if (Math.abs(implied - s) <= 0.5 * Math.pow(10, -d) + CONSISTENCY_EPSILON) return;
  const column = ctx.layout.column.rate ?? ctx.layout.column.rateText ?? ctx.layout.column.name ?? ctx.layout.column.id;
  const statedText = text(values.rateText) || String(s);
  const targetFromStated = targetFromRate(kind, B, s, T - b);
  push(ctx, column, {
    kind: "inconsistent",
    entered: statedText,
    message: inconsistentMessage({ kind, stated: s, statedText, base: B, target: V, targetYear: T, implied, decimals: d, targetFromStated }),
  });
}

/** Checks one data row: entries, warnings, consistency and the assessment. */
function checkRow(ctx: RowContext, values: Record<string, CellValue>, params: AssessmentParams, planId: string): IndicatorReport {
  const { layout, input, r } = ctx;
  const row = input.values[r] ?? [];
  const unit = text(values.unit);
  const kindText = lower(values.kind);
  const kind = typeof kindText === "string" && kindText !== "" ? (kindText as GrowthKind) : undefined;
  const B = isNumber(values.baseline) ? values.baseline : null;
  const b = isNumber(values.baseYear) ? values.baseYear : null;

  // Baseline cell.
  if (layout.column.baseline !== undefined && !isBlank(values.baseline) && !isNumber(values.baseline)) {
    entryFindings(ctx, layout.column.baseline, values.baseline, unit, kind === "qualitative" ? undefined : kind, b ?? undefined);
  }

  // Year cells: entries that are not figures, and warnings on figures.
  const years: Record<number, CellValue> = {};
  const figures: { year: number; value: number }[] = [];
  for (const { year, column } of layout.years) {
    const value = row[column];
    years[year] = value;
    if (isBlank(value)) continue;
    if (kind === "qualitative" || !isNumber(value)) {
      entryFindings(ctx, column, value, unit, kind, year);
      continue;
    }
    // previous: the nearest earlier valid figure after the base year, else the baseline.
    let previous: number | null = null;
    for (let i = figures.length - 1; i >= 0; i--) {
      if (b === null || figures[i].year > b) {
        previous = figures[i].value;
        break;
      }
    }
    if (previous === null && (b === null || year > b)) previous = B;
    for (const warning of figureWarnings(value, { unit, previous, base: B })) {
      push(ctx, column, { kind: "suspicious", year, entered: String(value), message: warningMessage(warning) });
    }
    figures.push({ year, value });
  }

  consistencyFinding(ctx, values);

  // The assessment, from the same cells the formulas read.
  const sheetRow: SheetRow = {
    values: { ...values, id: ctx.indicatorId, kind: lower(values.kind), direction: lower(values.direction), comparator: values.comparator },
    years,
  };
  const terms = rowTerms(sheetRow);
  const statusColumn = layout.column.status ?? layout.column.name ?? layout.column.id;
  let assessment: Assessment;
  const complete = terms !== null && knownGrowthKind(sheetRow) && terms.targetYear > terms.baseYear;
  if (!complete) push(ctx, layout.column.kind, { kind: "refused", entered: text(values.kind), message: rowNotAssessableMessage() });
  if (!terms) {
    assessment = blankAssessment(ctx.indicatorId, "not-assessable");
  } else {
    assessment = assessSheetRow(sheetRow, params) ?? blankAssessment(ctx.indicatorId, "not-assessable");
    if (isLagging(assessment.status)) {
      push(ctx, statusColumn, {
        kind: "lagging",
        year: assessment.latestYear ?? undefined,
        message: laggingMessage(assessment, terms.kind, unit, terms.targetYear),
      });
    }
  }
  return { sheet: input.sheet, planId, indicatorId: ctx.indicatorId, indicatorName: ctx.indicatorName, row: r + 1, assessment };
}

/**
 * Checks a plan sheet given as a grid of values (and formulas). Returns the
 * sheet's report, or `{ notAPlanSheet }` with the reason when no indicator table
 * is found. Never throws for what people type into sheets.
 */
export function checkGrid(input: CheckGridInput, options: CheckGridOptions): CheckGridResult {
  const layout = locateTable(input.values);
  if (!layout) return { notAPlanSheet: NOT_A_PLAN_SHEET[options.lang] };
  const findings: Finding[] = [];
  const params = readParams(input, layout.headerRow, findings);
  const planId = readPlanId(input, layout.headerRow);
  const indicators: IndicatorReport[] = [];
  const keys = Object.keys(layout.column);
  const yearColumns = layout.years.map((y) => y.column);

  for (let r = layout.headerRow + 1; r < input.values.length; r++) {
    if (rowIsEmpty(input, r)) break;
    const row = input.values[r] ?? [];
    const values: Record<string, CellValue> = {};
    for (const key of keys) values[key] = row[layout.column[key]];
    // Rows with formulas only (an emptied table row) are not indicators.
    const hasContent = ["id", "name", "kind", "baseline"].some((k) => !isBlank(values[k])) || yearColumns.some((c) => !isBlank(row[c]));
    if (!hasContent) continue;
    const id = text(values.id);
    const name = text(values.name);
    const indicatorId = id || name || `row-${r + 1}`;
    const ctx: RowContext = { input, layout, r, indicatorId, indicatorName: name || indicatorId, findings };
    values.target = targetValue(ctx, values);
    indicators.push(checkRow(ctx, values, params, planId));
  }
  return { sheet: input.sheet, planId, indicators, findings, headerRow: layout.headerRow + 1, params };
}

/** Report order of statuses: the lagging ones worst first, then the good ones, then those without an assessment. */
export const STATUS_REPORT_ORDER: readonly StatusCode[] = [...LAGGING_STATUSES, "on-track", "achieved", "not-assessable", "no-data"];

/** A status's place in STATUS_REPORT_ORDER. */
export function statusRank(status: StatusCode): number {
  return STATUS_REPORT_ORDER.indexOf(status);
}

/** Counts by status over sheets (every status present, 0 where none). */
export function countStatuses(reports: readonly SheetReport[]): Record<StatusCode, number> {
  const counts = Object.fromEntries(STATUS_CODES.map((s) => [s, 0])) as Record<StatusCode, number>;
  for (const report of reports) for (const ind of report.indicators) counts[ind.assessment.status]++;
  return counts;
}

/**
 * The check report over sheets: counts by status, and each sheet's indicators
 * ordered lagging first (worst first), then by row. Findings keep sheet order.
 */
export function summarizeReports(reports: readonly SheetReport[]): CheckReport {
  const sheets = reports.map((report) => ({
    ...report,
    indicators: [...report.indicators].sort(
      (a, b) => statusRank(a.assessment.status) - statusRank(b.assessment.status) || a.row - b.row,
    ),
  }));
  return { sheets, counts: countStatuses(reports) };
}
