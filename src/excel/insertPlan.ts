/**
 * Inserting plans into the open workbook: one sheet per plan (and the summary),
 * in a constant number of syncs whatever the plans' size:
 *
 *   1. read the workbook's sheet names, defined names and table names;
 *   2. only when a plan's sheet already exists: read its used range (values and
 *      formulas), protection and tables, to keep what people entered; and, for
 *      the summary, where the other plan sheets' tables (PIT_…) stand;
 *   3. write everything.
 *
 * So a new plan takes 2 syncs and a re-insert 3. Only a write over ~4 MB in one
 * request adds syncs (payload.ts); with ExcelApi 1.9 that takes far more than
 * 2,000 indicators, on 1.8 hosts about 1,000 (render.ts).
 */
import { countSyncs } from "./syncCounter";
import type { Lang, Plan } from "../core";
import {
  buildPlanSheet,
  buildSummarySheet,
  HEADER_ROWS,
  HEADER_VALUE_COLUMN,
  parseAddress,
  planSheetName,
  planYearSpan,
  SUMMARY_SHEET_NAME,
  tableColumns,
  type PlanSheetOptions,
  type PlanTableRef,
  type SheetLayout,
} from "../sheet";
import { yearOfHeader } from "../sheet/gridLayout";
import { mergeEntries, oldYearSpan, type KeptEntries } from "../sheet/mergeEntries";
import type { CellValue } from "../sheet/readRow";
import { anchorAtA1, rangeOrigin } from "./grid";
import { RequestBudget } from "./payload";
import { renderLayout } from "./render";
import { officeSupports, type Supports } from "./supports";

export interface InsertOptions {
  lang: Lang;
  /** Also (re)build the summary sheet: over the inserted plans and the plan sheets already in the workbook. */
  summary?: boolean;
  /** Parameter cells of new sheets (a re-inserted sheet keeps its own). */
  thresholds?: PlanSheetOptions["thresholds"];
  /** Requirement-set check (default: Office.context.requirements.isSetSupported). */
  supports?: Supports;
  /** Request size limit (default: payload.ts). */
  maxRequestBytes?: number;
}

export interface InsertedSheet {
  planId: string;
  sheet: string;
  /** False when the sheet existed and was refreshed. */
  created: boolean;
  /** What was kept from the existing sheet. */
  kept?: KeptEntries;
}

export interface InsertResult {
  sheets: InsertedSheet[];
  summary?: string;
  /** context.sync() calls made. */
  syncs: number;
}

const lower = (s: string) => s.toLowerCase();

/** A sheet name not yet taken: "name", "name (2)", … (at most 31 characters). */
function freeSheetName(base: string, taken: Set<string>): string {
  if (!taken.has(lower(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(lower(name))) return name;
  }
}

function freeTableName(base: string, taken: Set<string>): string {
  if (!taken.has(lower(base))) return base;
  for (let i = 2; ; i++) if (!taken.has(lower(`${base}_${i}`))) return `${base}_${i}`;
}

interface Target {
  plan: Plan;
  name: string;
  sheet?: Excel.Worksheet;
  usedRange?: Excel.Range;
  inputRange?: Excel.Range;
  tables?: Excel.TableCollection;
  existing: boolean;
}

/** Inserts (or refreshes) the sheets of several plans, and the summary when asked. */
export async function insertPlans(context: Excel.RequestContext, plans: readonly Plan[], options: InsertOptions): Promise<InsertResult> {
  const supports = options.supports ?? officeSupports;
  const counter = countSyncs(context);
  const sync = counter.sync;
  const wb = context.workbook;

  // Sync 1: what the workbook holds.
  const worksheets = wb.worksheets;
  worksheets.load("items/name");
  const names = wb.names;
  names.load("items/name");
  const tables = wb.tables;
  tables.load("items/name,items/worksheet/name");
  await sync();

  const sheetNames = new Map(worksheets.items.map((s) => [lower(s.name), s.name]));
  const targets: Target[] = plans.map((plan) => ({ plan, name: planSheetName(plan.id), existing: sheetNames.has(lower(planSheetName(plan.id))) }));

  // Sync 2 (only for sheets that exist): their content, protection and tables.
  const existing = targets.filter((t) => t.existing);
  for (const t of existing) {
    t.sheet = worksheets.getItem(t.name);
    t.usedRange = t.sheet.getUsedRange(true);
    t.usedRange.load("address,values");
    // Formulas only where entries can be (header block, plan and year columns): the computed
    // columns' formulas are rewritten anyway and would make the response large (5 MB limit).
    const span = planYearSpan(t.plan);
    const lastInput = tableColumns(span.firstYear, span.lastYear).letter[`y${span.lastYear}`];
    t.inputRange = t.usedRange.getIntersectionOrNullObject(t.sheet.getRange(`A:${lastInput}`));
    t.inputRange.load("address,formulas");
    t.sheet.protection.load("protected");
    t.tables = t.sheet.tables;
    t.tables.load("items/name");
  }
  // Other plan sheets (their tables are named PIT_…): the summary covers them too.
  const targetSheets = new Set(targets.map((t) => lower(t.name)));
  const others = options.summary
    ? tables.items
        .filter((tb) => /^PIT_/i.test(tb.name) && !targetSheets.has(lower(tb.worksheet.name)))
        .map((tb) => {
          const range = tb.getRange();
          range.load("address");
          const header = tb.getHeaderRowRange();
          header.load("values");
          const title = worksheets.getItem(tb.worksheet.name).getRange("A1");
          title.load("values");
          return { sheet: tb.worksheet.name, range, header, title };
        })
    : [];
  if (existing.length > 0 || others.length > 0) await sync();
  const otherRefs: PlanTableRef[] = [];
  for (const o of others) {
    const headers = o.header.values[0] ?? [];
    const years = headers.map((h) => yearOfHeader(h as CellValue)).filter((y): y is number => y !== null);
    if (years.length === 0) continue;
    const columns = tableColumns(Math.min(...years), Math.max(...years));
    const origin = rangeOrigin(o.range.address);
    const end = parseAddress(o.range.address.slice(o.range.address.lastIndexOf(":") + 1));
    // Only tables laid out as this version writes them (header at row 17, standard columns from A).
    if (headers.length !== columns.count || origin.column !== 1 || origin.row !== HEADER_ROWS.tableHeader) continue;
    const title = o.title.values[0]?.[0];
    otherRefs.push({
      sheet: o.sheet,
      planTitle: typeof title === "string" && title !== "" ? title : o.sheet,
      firstRow: HEADER_ROWS.tableHeader + 1,
      rowCount: Math.max(end.row - HEADER_ROWS.tableHeader, 1),
      columns,
    });
  }

  // Layouts: a sheet that exists but holds another plan (or none) is left alone: a new name is used.
  const takenSheets = new Set(sheetNames.keys());
  const layouts: { target: Target; layout: SheetLayout; span: { firstYear: number; lastYear: number }; kept?: KeptEntries; refresh: boolean }[] = [];
  for (const t of targets) {
    let refresh = false;
    let layout: SheetLayout | undefined;
    let span = planYearSpan(t.plan);
    let kept: KeptEntries | undefined;
    const blank = !!t.usedRange && t.usedRange.values.length === 1 && t.usedRange.values[0].length === 1 && t.usedRange.values[0][0] === "";
    if (t.existing && t.usedRange && !blank) {
      const grids = {
        values: anchorAtA1(t.usedRange.address, t.usedRange.values as CellValue[][], null),
        formulas: t.inputRange && !t.inputRange.isNullObject ? anchorAtA1(t.inputRange.address, t.inputRange.formulas, null) : [],
      };
      const planIdCell = grids.values[HEADER_ROWS.planId - 1]?.[HEADER_VALUE_COLUMN - 1];
      const oldSpan = oldYearSpan(grids);
      if (planIdCell === t.plan.id && oldSpan) {
        refresh = true;
        span = { firstYear: Math.min(span.firstYear, oldSpan.firstYear), lastYear: Math.max(span.lastYear, oldSpan.lastYear) };
        const fresh = buildPlanSheet(t.plan, { lang: options.lang, ...span, thresholds: options.thresholds });
        ({ layout, kept } = mergeEntries(grids, fresh));
      }
    } else if (t.existing && blank) {
      refresh = true; // an empty sheet of that name: written over
    }
    if (!layout) layout = buildPlanSheet(t.plan, { lang: options.lang, thresholds: options.thresholds });
    if (t.existing && !refresh) {
      t.name = freeSheetName(t.name, takenSheets);
      layout.name = t.name;
      t.existing = false;
    }
    takenSheets.add(lower(t.name));
    layout.name = t.name;
    layouts.push({ target: t, layout, span, kept, refresh });
  }

  // Sync 3: the writes.
  const budget = new RequestBudget(context, options.maxRequestBytes);
  const existingNames = new Set(names.items.map((n) => lower(n.name)));
  const refreshed = new Set(layouts.filter((l) => l.refresh).map((l) => lower(l.target.name)));
  const takenTables = new Set(tables.items.filter((tb) => !refreshed.has(lower(tb.worksheet.name))).map((tb) => lower(tb.name)));
  const result: InsertResult = { sheets: [], syncs: 0 };
  let firstSheet: Excel.Worksheet | undefined;
  for (const { target, layout, kept, refresh } of layouts) {
    let sheet: Excel.Worksheet;
    if (refresh && target.sheet) {
      sheet = target.sheet;
      if (sheet.protection.protected) sheet.protection.unprotect();
      for (const tb of target.tables?.items ?? []) tb.delete();
      const all = sheet.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear("All");
      all.format.protection.locked = true;
      sheet.freezePanes.unfreeze();
    } else {
      sheet = worksheets.add(layout.name);
    }
    firstSheet ??= sheet;
    const tableName = layout.table ? freeTableName(layout.table.name, takenTables) : undefined;
    if (tableName) takenTables.add(lower(tableName));
    await renderLayout({ context, sheet, supports, existingNames, budget, tableName }, layout);
    result.sheets.push({ planId: target.plan.id, sheet: layout.name, created: !refresh, kept });
  }

  if (options.summary) {
    const refs: PlanTableRef[] = [...otherRefs, ...layouts.map(({ target, layout, span }) => ({
      sheet: layout.name,
      planTitle: options.lang === "en" && target.plan.title.en ? target.plan.title.en : target.plan.title.zh,
      firstRow: HEADER_ROWS.tableHeader + 1,
      rowCount: layout.table?.rowCount ?? Math.max(target.plan.indicators.length, 1),
      columns: tableColumns(span.firstYear, span.lastYear),
    }))];
    const summary = buildSummarySheet(refs, options.lang);
    const name = SUMMARY_SHEET_NAME[options.lang];
    if (sheetNames.has(lower(name))) worksheets.getItem(name).delete();
    const sheet = worksheets.add(name);
    sheet.position = 0;
    await renderLayout({ context, sheet, supports, existingNames, budget }, summary);
    result.summary = name;
  }
  firstSheet?.activate();
  await sync();
  result.syncs = counter.count + budget.extraSyncs;
  return result;
}

/** Inserts (or refreshes) one plan's sheet; with `summary`, a summary over this plan. */
export async function insertPlan(context: Excel.RequestContext, plan: Plan, options: InsertOptions): Promise<InsertResult> {
  return insertPlans(context, [plan], options);
}
