/**
 * The ExcelJS renderer writes what the layouts describe: the table, the named
 * parameter cells, data validation with the unit in the message, conditional
 * formats and data bars, protection with input cells unlocked, print setup,
 * frozen panes, and no cached formula results (full calculation on load).
 */
import ExcelJS from "exceljs";
import { catalogPlans } from "../../src/catalog";
import { HEADER_ROWS, planYearSpan, tableColumns } from "../../src/sheet";
import { planWorkbookLayouts, workbookBuffer } from "../../src/xlsx";
import { xlsxParts } from "./zipXml";

const protection = (w: ExcelJS.Worksheet): unknown => (w as unknown as { sheetProtection?: unknown }).sheetProtection;
const conditionalFormats = (w: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] =>
  (w as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];

const jiaxing = catalogPlans().find((p) => p.id === "jiaxing-13th-fyp-st")!;
const city = catalogPlans().find((p) => p.id === "city-st-work-opinions-2015")!;
const span = planYearSpan(jiaxing);
const cols = tableColumns(span.firstYear, span.lastYear);
const first = HEADER_ROWS.tableHeader + 1;
const last = first + jiaxing.indicators.length - 1;
const L = cols.letter;

let buffer: Buffer;
let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;
let parts: Map<string, string>;

beforeAll(async () => {
  const layouts = planWorkbookLayouts([jiaxing, city], {
    lang: "zh",
    entries: { [jiaxing.id]: { "rd-intensity": { 2016: 2.81, 2017: "96亿元" } } },
  });
  buffer = await workbookBuffer(layouts);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  ws = wb.getWorksheet(jiaxing.id)!;
  parts = await xlsxParts(buffer);
});

const sheetXml = (index: number) => parts.get(`xl/worksheets/sheet${index}.xml`)!;

test("one sheet per plan, then the summary", () => {
  expect(wb.worksheets.map((w) => w.name)).toEqual([jiaxing.id, city.id, "汇总"]);
});

test("the indicator table is an Excel table over the header and every row, formulas kept", () => {
  const tables = (ws as unknown as { tables: Record<string, { table: { tableRef: string; columns: { name: string }[] } }> }).tables;
  const table = tables.PIT_jiaxing_13th_fyp_st;
  expect(table).toBeDefined();
  expect(table.table.tableRef).toBe(`A${HEADER_ROWS.tableHeader}:${L.targetFromStated}${last}`);
  expect(table.table.columns.map((c) => c.name)).toContain("2016年");
  const tableXml = [...parts.entries()].find(([name]) => name.startsWith("xl/tables/"))![1];
  expect(tableXml).toContain(`ref="A17:${L.targetFromStated}${last}"`);
  const status = ws.getCell(`${L.status}${first}`).value as ExcelJS.CellFormulaValue;
  expect(status.formula).toMatch(/^IF\(/);
  expect(ws.getCell(`${L.y2016}${first}`).value).toBe(2.81);
  expect(ws.getCell(`${L.y2017}${first}`).value).toBe("96亿元");
});

test("table headers are unique in both languages (Excel repairs a table with duplicate names)", () => {
  for (const lang of ["zh", "en"] as const) {
    for (const layout of planWorkbookLayouts(catalogPlans(), { lang, summary: false })) {
      const headers = layout.table!.headers;
      expect(new Set(headers).size).toBe(headers.length);
    }
  }
});

test("parameter cells carry the plan's defined names", () => {
  const names = Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges]));
  expect(names.PIT_jiaxing_13th_fyp_st_OnTrack).toEqual([`'${jiaxing.id}'!$C$${HEADER_ROWS.onTrack}`]);
  expect(names.PIT_jiaxing_13th_fyp_st_Lagging).toEqual([`'${jiaxing.id}'!$C$${HEADER_ROWS.lagging}`]);
  expect(names.PIT_jiaxing_13th_fyp_st_Method).toEqual([`'${jiaxing.id}'!$C$${HEADER_ROWS.methodCode}`]);
  expect(names.PIT_jiaxing_13th_fyp_st_FirstYear).toEqual([`'${jiaxing.id}'!$C$${HEADER_ROWS.firstYear}`]);
  expect(names.PIT_city_st_work_opinions_2015_OnTrack).toBeDefined();
  expect(ws.getCell(HEADER_ROWS.onTrack, 3).value).toBe(0.95);
});

test("year and baseline cells are validated as decimals; the year cells' message names the unit", () => {
  const rd = ws.getCell(`${L.y2016}${first}`).dataValidation; // rd-intensity, %
  expect(rd.type).toBe("decimal");
  expect(rd.showErrorMessage).toBe(true);
  expect(rd.error).toContain("单位：%");
  const patents = jiaxing.indicators.findIndex((i) => i.unit === "件");
  expect(ws.getCell(`${L.y2020}${first + patents}`).dataValidation.error).toContain("单位：件");
  const baseline = ws.getCell(`${L.baseline}${first}`).dataValidation;
  expect(baseline.type).toBe("decimal");
  expect(baseline.error).toBeTruthy();
  expect(ws.getCell(HEADER_ROWS.methodCode, 3).dataValidation).toMatchObject({ type: "list", formulae: ['"path,growth-ratio"'] });
  // Yes/no rows of another plan get a list.
  const cityWs = wb.getWorksheet(city.id)!;
  const q = city.indicators.findIndex((i) => i.growth.kind === "qualitative");
  const cityCols = tableColumns(planYearSpan(city).firstYear, planYearSpan(city).lastYear);
  expect(cityWs.getCell(`${cityCols.letter.y2015}${first + q}`).dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] });
});

test("status colours and the below-path marker are conditional formats; the summary has data bars", () => {
  const rules = conditionalFormats(ws).flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, ...r })));
  expect(rules).toHaveLength(9);
  expect(rules[0]).toMatchObject({ type: "expression", ref: `A${first}:${L.targetFromStated}${last}`, formulae: [`$${L.status}${first}="未填报"`] });
  expect(JSON.stringify(rules[0])).toContain("FFEDEDED");
  const summary = wb.getWorksheet("汇总")!;
  expect(conditionalFormats(summary).flatMap((c) => c.rules).some((r) => r.type === "dataBar")).toBe(true);
  expect(sheetXml(1)).toContain("<conditionalFormatting");
});

test("the sheet is protected; input, baseline and parameter cells are unlocked, formulas locked", () => {
  expect(protection(ws)).toMatchObject({ sheet: true, formatColumns: true, formatRows: true, insertRows: true, sort: true, autoFilter: true });
  expect(sheetXml(1)).not.toMatch(/selectLockedCells="1"|selectUnlockedCells="1"/);
  expect(ws.getCell(`${L.y2016}${first}`).protection).toMatchObject({ locked: false });
  expect(ws.getCell(`${L.y2020}${last}`).protection).toMatchObject({ locked: false });
  expect(ws.getCell(`${L.baseline}${first}`).protection).toMatchObject({ locked: false });
  expect(ws.getCell(HEADER_ROWS.onTrack, 3).protection).toMatchObject({ locked: false });
  expect(ws.getCell(`${L.status}${first}`).protection?.locked).not.toBe(false);
  expect(ws.getCell(`${L.target}${first}`).protection?.locked).not.toBe(false);
  expect(protection(wb.getWorksheet("汇总")!)).toBeFalsy();
});

test("print setup: landscape, one page wide, the table header repeated; panes frozen", () => {
  expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "17:17" });
  expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: HEADER_ROWS.tableHeader });
});

test("styles: bold larger title, filled header, yellow inputs, grey computed font, column widths", () => {
  expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
  expect(ws.getCell(`A${HEADER_ROWS.tableHeader}`).fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
  expect(ws.getCell(`${L.y2016}${first}`).fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  expect(ws.getCell(`${L.status}${first}`).font?.color).toEqual({ argb: "FF595959" });
  expect(ws.getCell(`${L.y2016}${first}`).numFmt).toBe("#,##0.00##");
  expect(ws.getColumn(2).width).toBe(32);
});

test("no cached results: every reader computes the formulas on load", () => {
  expect(parts.get("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  expect(sheetXml(1)).not.toMatch(/<f>[^<]*<\/f><v>/);
});
