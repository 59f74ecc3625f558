/**
 * The summary sheet across plans: counts by status per plan, every indicator
 * with its ratio and status (the chart's data), and a live list of the
 * lagging ones. Plain formulas only (COUNTIF, INDEX, MATCH, MAX).
 */
import { LAGGING_STATUSES, STATUS_CODES, statusLabel, type Lang, type Plan } from "../core";
import { absoluteAddress, cellAddress, columnLetter, quoteSheet, rangeAddress } from "./a1";
import { FORMATS } from "./columns";
import { STATUS_COLORS, type ConditionalFormatSpec, type SheetLayout } from "./layout.types";
import { HEADER_ROWS, planSheetName, planYearSpan, tableColumns } from "./planSheet";
import { createCellGrid } from "./cellGrid";
import { SHEET_TEXT } from "./sheetText";

export const SUMMARY_SHEET_NAME = { zh: "汇总", en: "Summary" } as const;

/** Where a plan's table stands, as the summary needs it. */
export interface PlanTableRef {
  sheet: string;
  planTitle: string;
  firstRow: number;
  rowCount: number;
  columns: ReturnType<typeof tableColumns>;
}

/** The table reference of a plan sheet built with default options. */
export function planTableRef(plan: Plan, lang: Lang, years?: { firstYear: number; lastYear: number }): PlanTableRef {
  const span = years ?? planYearSpan(plan);
  return {
    sheet: planSheetName(plan.id),
    planTitle: lang === "en" && plan.title.en ? plan.title.en : plan.title.zh,
    firstRow: HEADER_ROWS.tableHeader + 1,
    rowCount: Math.max(plan.indicators.length, 1),
    columns: tableColumns(span.firstYear, span.lastYear),
  };
}

/** Builds the summary sheet over the given plan tables. */
export function buildSummarySheet(tables: PlanTableRef[], lang: Lang): SheetLayout {
  const text = SHEET_TEXT[lang];
  const { cells, put } = createCellGrid();
  put(1, 1, { value: text.summaryTitle, style: "title" });

  // Counts by status.
  const countHeader = 3;
  put(countHeader, 1, { value: text.summaryPlan, style: "header" });
  STATUS_CODES.forEach((s, i) => put(countHeader, 2 + i, { value: statusLabel(s, lang), style: "header" }));
  const totalCol = 2 + STATUS_CODES.length;
  put(countHeader, totalCol, { value: text.summaryTotal, style: "header" });
  tables.forEach((t, p) => {
    const row = countHeader + 1 + p;
    const col = t.columns.index.status;
    const statusRange = `${quoteSheet(t.sheet)}!${absoluteAddress(col, t.firstRow)}:${absoluteAddress(col, t.firstRow + t.rowCount - 1)}`;
    put(row, 1, { value: t.planTitle, style: "text" });
    STATUS_CODES.forEach((s, i) =>
      put(row, 2 + i, { value: `=COUNTIF(${statusRange},${cellAddress(2 + i, countHeader).replace(/(\d+)$/, "$$$1")})`, style: "computed", numFmt: "0" }),
    );
    put(row, totalCol, { value: `=SUM(${rangeAddress(2, row, totalCol - 1, row)})`, style: "computed", numFmt: "0" });
  });
  const totalRow = countHeader + 1 + tables.length;
  put(totalRow, 1, { value: text.summaryTotal, style: "header" });
  for (let c = 2; c <= totalCol; c++) {
    put(totalRow, c, { value: `=SUM(${rangeAddress(c, countHeader + 1, c, Math.max(totalRow - 1, countHeader + 1))})`, style: "computed", numFmt: "0" });
  }

  // Every indicator: plan, name, status, ratio, growth needed, lagging sequence number.
  const blockHeader = totalRow + 2;
  const blockHeaders =
    lang === "zh"
      ? ["计划", "指标", "状态", "进度比", "尚需年均增速", "滞后序号"]
      : ["Plan", "Indicator", "Status", "Progress ratio", "Growth needed", "Lagging no."];
  blockHeaders.forEach((h, i) => put(blockHeader, 1 + i, { value: h, style: "header" }));
  const laggingArray = `{${LAGGING_STATUSES.map((s) => `"${statusLabel(s, lang)}"`).join(",")}}`;
  let row = blockHeader + 1;
  for (const t of tables) {
    for (let i = 0; i < t.rowCount; i++, row++) {
      const src = (key: string) => `${quoteSheet(t.sheet)}!$${t.columns.letter[key]}$${t.firstRow + i}`;
      put(row, 1, { value: t.planTitle, style: "text" });
      put(row, 2, { value: `=${src("name")}&""`, style: "computed" });
      put(row, 3, { value: `=${src("status")}&""`, style: "computed" });
      put(row, 4, { value: `=IF(ISNUMBER(${src("ratio")}),${src("ratio")},"")`, style: "computed", numFmt: FORMATS.ratio });
      put(row, 5, { value: `=IF(ISNUMBER(${src("growthNeeded")}),${src("growthNeeded")},"")`, style: "computed", numFmt: FORMATS.rate });
      put(row, 6, {
        value: `=IF(ISNUMBER(MATCH(C${row},${laggingArray},0)),MAX($F$${blockHeader}:F${row - 1})+1,"")`,
        style: "computed",
        numFmt: "0",
      });
    }
  }
  const blockFirst = blockHeader + 1;
  const blockLast = Math.max(row - 1, blockFirst);

  // Live list of lagging indicators, in sheet order.
  const listCol = 8;
  const listHeaders = lang === "zh" ? ["序号", "计划", "滞后指标", "状态", "尚需年均增速"] : ["No.", "Plan", "Lagging indicator", "Status", "Growth needed"];
  put(blockHeader - 1, listCol, { value: text.laggingList, style: "title" });
  listHeaders.forEach((h, i) => put(blockHeader, listCol + i, { value: h, style: "header" }));
  const seq = `$F$${blockFirst}:$F$${blockLast}`;
  for (let k = 1; k <= blockLast - blockFirst + 1; k++) {
    const r = blockHeader + k;
    const pick = (col: string) => `IFERROR(INDEX($${col}$${blockFirst}:$${col}$${blockLast},MATCH(${k},${seq},0)),"")`;
    put(r, listCol, { value: k, style: "text" });
    put(r, listCol + 1, { value: `=${pick("A")}`, style: "computed" });
    put(r, listCol + 2, { value: `=${pick("B")}`, style: "computed" });
    put(r, listCol + 3, { value: `=${pick("C")}`, style: "computed" });
    put(r, listCol + 4, { value: `=${pick("E")}`, style: "computed", numFmt: FORMATS.rate });
  }

  const conditionalFormats: ConditionalFormatSpec[] = STATUS_CODES.map((s) => ({
    range: rangeAddress(3, blockFirst, 3, blockLast),
    formula: `$C${blockFirst}="${statusLabel(s, lang)}"`,
    fill: STATUS_COLORS[s].fill,
    fontColor: STATUS_COLORS[s].font,
  }));

  return {
    name: SUMMARY_SHEET_NAME[lang],
    cells,
    columnWidths: [28, 32, 12, 10, 12, 8, 2, 6, 28, 32, 12, 12],
    names: [],
    validations: [],
    conditionalFormats,
    unlocked: [],
    protect: false,
    print: { landscape: true, fitToWidth: true },
    chart: {
      title: text.progressChart,
      categories: `${quoteSheet(SUMMARY_SHEET_NAME[lang])}!$B$${blockFirst}:$B$${blockLast}`,
      values: `${quoteSheet(SUMMARY_SHEET_NAME[lang])}!$D$${blockFirst}:$D$${blockLast}`,
      anchor: `${columnLetter(14)}${countHeader}`,
    },
    dataBars: [{ range: rangeAddress(4, blockFirst, 4, blockLast), color: "#5B9BD5" }],
  };
}
