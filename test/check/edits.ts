/**
 * The edits people make to a workbook the tool wrote: text typed into figure
 * cells, figures pasted over the validated range, values in the wrong unit, a
 * percentage typed as a fraction, rows added by hand below the table.
 */
import type ExcelJS from "exceljs";
import { plan, rowOf, toolWorkbook, type } from "./helpers";

/** The edits, shared with the LibreOffice comparison. */
export async function editedJiaxingWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = await toolWorkbook([plan("jiaxing-13th-fyp-st"), plan("quanzhou-st-2017-plan")]);
  const ws = wb.getWorksheet("jiaxing-13th-fyp-st")!;
  // Figures typed as numbers, one a percentage typed as a fraction.
  type(ws, "rd-intensity", 2016, 2.8);
  type(ws, "rd-intensity", 2017, 2.88);
  type(ws, "rd-intensity", 2018, 0.0298);
  type(ws, "enterprise-rd-to-revenue", 2016, 1.38);
  type(ws, "enterprise-rd-to-revenue", 2017, 1.45);
  type(ws, "enterprise-rd-to-revenue", 2018, 1.5);
  // Figures pasted over the validated range as text (the paste drops the validation).
  for (const [year, text] of [[2016, "11.2"], [2017, "11.9"], [2018, "12.6"]] as const) {
    const address = type(ws, "labour-productivity", year, text);
    (ws as unknown as { dataValidations: { remove(a: string): void } }).dataValidations.remove(address);
  }
  // A value in the wrong unit, with its unit typed: 万元 in an 亿元 row.
  type(ws, "tech-transaction-value", 2016, 15.2);
  type(ws, "tech-transaction-value", 2017, "9602万元");
  type(ws, "tech-transaction-value", 2018, 19.6);
  // Text with the row's own unit, and a number typed in 万元 instead of 亿元.
  type(ws, "high-tech-investment", 2016, 300);
  type(ws, "high-tech-investment", 2017, "345.6亿元");
  type(ws, "high-tech-investment", 2018, 39800);
  // Full-width digits, no figure, a range.
  type(ws, "high-tech-enterprises", 2016, "６２０");
  type(ws, "high-tech-enterprises", 2017, "暂无");
  type(ws, "high-tech-enterprises", 2018, "15-20");
  type(ws, "st-smes", 2016, 1700);
  type(ws, "st-smes", 2017, 1750);
  type(ws, "st-smes", 2018, 1790);
  type(ws, "xiuzhou-tax-revenue", 2016, "96.02亿元");
  type(ws, "national-thousand-talents", 2016, "１２３");
  // Two rows added by hand below the table: a complete one without an id, and one with only a name and figures.
  const last = rowOf(ws, "outstanding-talents");
  ws.getRow(last + 1).values = ["", "规上工业企业研发机构覆盖率", "%", "pp", "increase", ">=", "50%", 2015, 2020, 30, 50, 4, "4个百分点", 0, null, 33, 36.5, "40%"];
  ws.getRow(last + 2).values = ["", "企业孵化器数量", "家", null, null, null, null, null, null, null, null, null, null, null, null, 12, 15];

  const qz = wb.getWorksheet("quanzhou-st-2017-plan")!;
  type(qz, "high-tech-va-share", 2017, "1");
  type(qz, "hi-tech-zone-output", 2017, 1650);
  type(qz, "major-innovation-projects", 2017, "26个");
  type(qz, "patent-applications", 2017, 63500);
  type(qz, "patent-grants", 2017, 28000);
  type(qz, "tech-commissioner-bases", 2017, "是");
  return wb;
}
