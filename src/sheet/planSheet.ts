/**
 * The layout of one plan sheet: header, named parameter cells, the numeric
 * year row, and the indicator table with its formulas, formats, validation,
 * conditional formats, protection and print setup.
 */
import { DEFAULT_PARAMS, STATUS_CODES, statusLabel, type Indicator, type Lang, type Plan, type StatusCode } from "../core";
import { printedDecimals } from "../core/assessment/consistency";
import { resolveTerms } from "../core/assessment/terms";
import { absoluteAddress, cellAddress, columnLetter, rangeAddress } from "./a1";
import { FORMATS, LEADING_COLUMNS, TRAILING_COLUMNS, yearHeader, type ColumnSpec } from "./columns";
import { belowPathFormula, rowFormulas, type RowContext } from "./formulas";
import { STATUS_COLORS, type CellSpec, type ConditionalFormatSpec, type SheetLayout, type ValidationSpec } from "./layout.types";
import { createCellGrid } from "./cellGrid";
import { SHEET_TEXT } from "./sheetText";

/** What a user typed, by indicator id and year; written as is (numbers as numbers, text as text). */
export type Entries = Readonly<Record<string, Readonly<Record<number, string | number>>>>;

export interface PlanSheetOptions {
  lang: Lang;
  /** First and last year columns; default: the years after the earliest base year up to the latest target year. */
  firstYear?: number;
  lastYear?: number;
  entries?: Entries;
  /** Baselines a user entered, by indicator id (kept on re-insert). */
  baselines?: Readonly<Record<string, string | number>>;
  /** Parameter cells' values (default: assessment-rules.md's defaults). */
  thresholds?: { onTrack: number; lagging: number; method: "path" | "growth-ratio" };
}

/** Fixed rows of the header block. */
export const HEADER_ROWS = {
  title: 1,
  issuer: 2,
  source: 3,
  period: 4,
  method: 5,
  planId: 6,
  parameters: 8,
  onTrack: 9,
  lagging: 10,
  methodCode: 11,
  firstYear: 12,
  baseYear: 13,
  targetYear: 14,
  years: 16,
  tableHeader: 17,
} as const;

/** The value column of the header block. */
export const HEADER_VALUE_COLUMN = 3;

/** A plan's sheet name (its id, at most 31 characters). */
export function planSheetName(planId: string): string {
  return planId.slice(0, 31);
}

/** Prefix of a plan's defined names and table name: letters, digits and underscores. */
export function namePrefix(planId: string): string {
  return `PIT_${planId.replace(/[^A-Za-z0-9]/g, "_")}`;
}

export interface TableColumns {
  leading: ColumnSpec[];
  years: number[];
  trailing: ColumnSpec[];
  /** Column index (1-based) per key; year columns under "y2016" etc. */
  index: Record<string, number>;
  letter: Record<string, string>;
  count: number;
}

/** The column plan of a table with year columns firstYear..lastYear. */
export function tableColumns(firstYear: number, lastYear: number): TableColumns {
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const index: Record<string, number> = {};
  const letter: Record<string, string> = {};
  let i = 1;
  for (const c of LEADING_COLUMNS) index[c.key] = i++;
  for (const y of years) index[`y${y}`] = i++;
  for (const c of TRAILING_COLUMNS) index[c.key] = i++;
  for (const [k, v] of Object.entries(index)) letter[k] = columnLetter(v);
  return { leading: [...LEADING_COLUMNS], years, trailing: [...TRAILING_COLUMNS], index, letter, count: i - 1 };
}

/** The default year span of a plan: after the earliest base year up to the latest target year. */
export function planYearSpan(plan: Plan): { firstYear: number; lastYear: number } {
  let first = plan.baseYear;
  let last = plan.targetYear;
  for (const ind of plan.indicators) {
    if (ind.baseline) first = Math.min(first, ind.baseline.year);
    last = Math.max(last, ind.target.year);
  }
  return { firstYear: first + 1, lastYear: last };
}

function planValues(ind: Indicator, plan: Plan, lang: Lang, baselineEntry: string | number | undefined): Record<string, CellSpec> {
  const terms = resolveTerms(ind, plan.baseYear);
  const name = lang === "en" && ind.name.en ? ind.name.en : ind.name.zh;
  const targetNeedsFormula = ind.growth.kind === "yoy" && ind.target.value === null && ind.target.comparator !== "range";
  return {
    id: { value: ind.id, style: "plan" },
    name: { value: name, style: "plan" },
    unit: { value: ind.unit, style: "plan" },
    kind: { value: ind.growth.kind, style: "plan" },
    direction: { value: ind.direction, style: "plan" },
    comparator: { value: terms.comparator, style: "plan" },
    targetText: { value: ind.target.text, style: "plan" },
    baseYear: { value: terms.baseYear, style: "plan", numFmt: FORMATS.integer },
    targetYear: { value: terms.targetYear, style: "plan", numFmt: FORMATS.integer },
    baseline: { value: baselineEntry ?? ind.baseline?.value ?? null, style: "input", numFmt: FORMATS.value },
    target: {
      value: targetNeedsFormula ? "__YOY_TARGET__" : terms.target,
      style: "plan",
      numFmt: FORMATS.value,
    },
    rate: { value: ind.growth.rate, style: "plan", numFmt: FORMATS.rate },
    rateText: { value: ind.growth.rateText, style: "plan" },
    rateDecimals: {
      value: ind.growth.rate === null ? null : printedDecimals(ind.growth.rateText, ind.growth.rate),
      style: "plan",
      numFmt: FORMATS.integer,
    },
  };
}

/** Builds the layout of a plan's sheet. */
export function buildPlanSheet(plan: Plan, options: PlanSheetOptions): SheetLayout {
  const { lang } = options;
  const text = SHEET_TEXT[lang];
  const span = planYearSpan(plan);
  const firstYear = options.firstYear ?? span.firstYear;
  const lastYear = options.lastYear ?? span.lastYear;
  if (lastYear < firstYear) throw new RangeError(`last year ${lastYear} before first year ${firstYear}`);
  const cols = tableColumns(firstYear, lastYear);
  const prefix = namePrefix(plan.id);
  const names = {
    onTrack: `${prefix}_OnTrack`,
    lagging: `${prefix}_Lagging`,
    method: `${prefix}_Method`,
    firstYear: `${prefix}_FirstYear`,
    baseYear: `${prefix}_BaseYear`,
    targetYear: `${prefix}_TargetYear`,
  };
  const params = options.thresholds ?? {
    onTrack: DEFAULT_PARAMS.onTrackThreshold,
    lagging: DEFAULT_PARAMS.laggingThreshold,
    method: DEFAULT_PARAMS.method,
  };

  const R = HEADER_ROWS;
  const { cells, put } = createCellGrid();
  const V = HEADER_VALUE_COLUMN;
  const title = lang === "en" && plan.title.en ? plan.title.en : plan.title.zh;
  const issuer = lang === "en" && plan.issuer.en ? plan.issuer.en : plan.issuer.zh;
  put(R.title, 1, { value: title, style: "title" });
  const label = (row: number, textValue: string) => put(row, 1, { value: textValue, style: "label" });
  label(R.issuer, text.issuer);
  put(R.issuer, V, { value: issuer, style: "text" });
  label(R.source, text.source);
  put(R.source, V, { value: [plan.source.document, plan.source.section].filter(Boolean).join(" · "), style: "text" });
  label(R.period, text.period);
  put(R.period, V, { value: `${plan.baseYear}–${plan.targetYear}`, style: "text" });
  label(R.method, text.methodLabel);
  put(R.method, V, { value: text.methodText, style: "text" });
  label(R.planId, text.planId);
  put(R.planId, V, { value: plan.id, style: "text" });
  put(R.parameters, 1, { value: text.parameters, style: "title" });
  label(R.onTrack, text.onTrack);
  put(R.onTrack, V, { value: params.onTrack, style: "param", numFmt: "0.00" });
  label(R.lagging, text.lagging);
  put(R.lagging, V, { value: params.lagging, style: "param", numFmt: "0.00" });
  label(R.methodCode, text.methodCode);
  put(R.methodCode, V, { value: params.method, style: "param" });
  label(R.firstYear, text.firstYear);
  put(R.firstYear, V, { value: firstYear, style: "plan", numFmt: FORMATS.integer });
  label(R.baseYear, text.baseYear);
  put(R.baseYear, V, { value: plan.baseYear, style: "plan", numFmt: FORMATS.integer });
  label(R.targetYear, text.targetYear);
  put(R.targetYear, V, { value: plan.targetYear, style: "plan", numFmt: FORMATS.integer });

  // The numeric year row above the year columns (table headers are always text).
  label(R.years, text.yearRow);
  for (const y of cols.years) put(R.years, cols.index[`y${y}`], { value: y, style: "yearRow", numFmt: FORMATS.integer });
  const yearsRef = `${absoluteAddress(cols.index[`y${firstYear}`], R.years)}:${absoluteAddress(cols.index[`y${lastYear}`], R.years)}`;

  // Table header.
  const headers: string[] = [];
  for (const c of cols.leading) headers.push(c.header[lang]);
  for (const y of cols.years) headers.push(yearHeader(y, lang));
  for (const c of cols.trailing) headers.push(c.header[lang]);
  headers.forEach((h, i) => put(R.tableHeader, i + 1, { value: h, style: "header" }));

  const labels = Object.fromEntries(STATUS_CODES.map((s) => [s, statusLabel(s, lang)])) as Record<StatusCode, string>;
  const rowContext = (row: number): RowContext => ({
    col: cols.letter,
    row,
    firstYearCol: cols.letter[`y${firstYear}`],
    lastYearCol: cols.letter[`y${lastYear}`],
    yearsRef,
    names,
    labels,
    consistencyLabels: { consistent: text.consistent, inconsistent: text.inconsistent },
  });
  const firstDataRow = R.tableHeader + 1;
  const rowCount = Math.max(plan.indicators.length, 1);
  const lastDataRow = firstDataRow + rowCount - 1;
  plan.indicators.forEach((ind, i) => {
    const row = firstDataRow + i;
    const values = planValues(ind, plan, lang, options.baselines?.[ind.id]);
    const formulas = rowFormulas(rowContext(row));
    for (const c of cols.leading) {
      const spec = c.role === "computed" ? { value: formulas[c.key], style: "computed" as const, numFmt: c.numFmt } : values[c.key];
      if (spec.value === "__YOY_TARGET__") {
        const B = `$${cols.letter.baseline}${row}`;
        spec.value = `=IF(ISNUMBER(${B}),${B}*(1+$${cols.letter.rate}${row}/100)^($${cols.letter.targetYear}${row}-$${cols.letter.baseYear}${row}),"")`;
      }
      put(row, cols.index[c.key], spec);
    }
    const entries = options.entries?.[ind.id] ?? {};
    for (const y of cols.years) {
      const entered = entries[y];
      put(row, cols.index[`y${y}`], { value: entered ?? null, style: "input", numFmt: FORMATS.value });
    }
    for (const c of cols.trailing) put(row, cols.index[c.key], { value: formulas[c.key], style: "computed", numFmt: c.numFmt });
  });

  const tableRange = (key: string) => rangeAddress(cols.index[key], firstDataRow, cols.index[key], lastDataRow);
  const yearRange = rangeAddress(cols.index[`y${firstYear}`], firstDataRow, cols.index[`y${lastYear}`], lastDataRow);
  // Validation by runs of consecutive rows that share a unit (and yes/no rows), so a
  // long table needs few rules: year cells and baseline cells, each naming the unit.
  const validations: ValidationSpec[] = [];
  const yearsFrom = cols.index[`y${firstYear}`];
  const yearsTo = cols.index[`y${lastYear}`];
  const baselineCol = cols.index.baseline;
  let runStart = 0;
  plan.indicators.forEach((ind, i) => {
    const next = plan.indicators[i + 1];
    const key = (x: Indicator) => (x.growth.kind === "qualitative" ? "(yes/no)" : x.unit);
    if (next && key(next) === key(ind)) return;
    const r1 = firstDataRow + runStart;
    const r2 = firstDataRow + i;
    runStart = i + 1;
    if (ind.growth.kind === "qualitative") {
      validations.push({ range: rangeAddress(yearsFrom, r1, yearsTo, r2), type: "list", list: [text.yes, text.no], errorTitle: text.invalidTitle, errorMessage: text.yesNoMessage });
      return;
    }
    const unit = ind.unit || text.noUnit;
    validations.push({
      range: rangeAddress(yearsFrom, r1, yearsTo, r2),
      type: "decimal",
      errorTitle: text.invalidTitle,
      errorMessage: text.decimalMessage(unit),
      prompt: text.inputPrompt(unit),
    });
    validations.push({
      range: rangeAddress(baselineCol, r1, baselineCol, r2),
      type: "decimal",
      errorTitle: text.invalidTitle,
      errorMessage: text.baselineMessage(unit),
    });
  });
  validations.push({ range: cellAddress(V, R.onTrack), type: "decimal", min: 0, max: 10, errorTitle: text.invalidTitle, errorMessage: text.thresholdMessage });
  validations.push({ range: cellAddress(V, R.lagging), type: "decimal", min: 0, max: 10, errorTitle: text.invalidTitle, errorMessage: text.thresholdMessage });
  validations.push({ range: cellAddress(V, R.methodCode), type: "list", list: ["path", "growth-ratio"], errorTitle: text.invalidTitle, errorMessage: text.methodMessage });

  // Conditional formats: status colours on the row, and year cells off their path.
  const statusCol = cols.letter.status;
  const fullRow = rangeAddress(1, firstDataRow, cols.count, lastDataRow);
  const conditionalFormats: ConditionalFormatSpec[] = STATUS_CODES.map((status) => ({
    range: fullRow,
    formula: `$${statusCol}${firstDataRow}="${labels[status]}"`,
    fill: STATUS_COLORS[status].fill,
    fontColor: STATUS_COLORS[status].font,
  }));
  const firstYearCell = cellAddress(cols.index[`y${firstYear}`], firstDataRow);
  const yearHeaderCell = `${cols.letter[`y${firstYear}`]}$${R.years}`;
  conditionalFormats.push({
    range: yearRange,
    formula: belowPathFormula(rowContext(firstDataRow), firstYearCell, yearHeaderCell),
    fill: "#FFFFFF",
    fontColor: "#C00000",
    bold: true,
  });

  const columnWidths = [...cols.leading.map((c) => c.width), ...cols.years.map(() => 10), ...cols.trailing.map((c) => c.width)];
  return {
    name: planSheetName(plan.id),
    cells,
    columnWidths,
    table: { name: prefix, headerRow: R.tableHeader, firstColumn: 1, headers, rowCount },
    names: [
      { name: names.onTrack, ref: absoluteAddress(V, R.onTrack) },
      { name: names.lagging, ref: absoluteAddress(V, R.lagging) },
      { name: names.method, ref: absoluteAddress(V, R.methodCode) },
      { name: names.firstYear, ref: absoluteAddress(V, R.firstYear) },
      { name: names.baseYear, ref: absoluteAddress(V, R.baseYear) },
      { name: names.targetYear, ref: absoluteAddress(V, R.targetYear) },
    ],
    validations,
    conditionalFormats,
    unlocked: [yearRange, tableRange("baseline"), rangeAddress(V, R.onTrack, V, R.methodCode)],
    protect: true,
    print: { landscape: true, fitToWidth: true, repeatRows: `$${R.tableHeader}:$${R.tableHeader}` },
    freeze: { row: R.tableHeader, column: cols.index.name },
  };
}
