/**
 * The statuses `check --json` reports equal the statuses LibreOffice computes
 * from the same files' formulas (recalculated on load with a fresh profile):
 * the demo workbooks, a workbook edited the way people do (with a row added by
 * hand that the table's calculated columns extend to), and one whose
 * parameter cells were changed.
 */
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { statusFromLabel } from "../../src/core";
import { writeDemoWorkbooks } from "../../src/cli/commands/demo";
import type { CheckJsonRow } from "../../src/cli/checkFiles";
import { locateTable } from "../../src/sheet/gridLayout";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { runCli } from "../cli/run";
import { convertAll } from "../formulas/libreoffice";
import { editedJiaxingWorkbook } from "./edits";
import { columnOf, rowOf, saveTo, tempDir, toolWorkbook, plan } from "./helpers";

/** Copies row `from`'s formulas into row `to`, as Excel's calculated columns do for a row added to a table. */
function extendFormulas(ws: ExcelJS.Worksheet, from: number, to: number): void {
  ws.getRow(from).eachCell((cell, col) => {
    const formula = cell.formula;
    if (!formula) return;
    ws.getCell(to, col).value = { formula: formula.replace(new RegExp(`(\\$[A-Z]{1,3})${from}(?![0-9])`, "g"), `$1${to}`) } as ExcelJS.CellFormulaValue;
  });
}

/** Status per "sheet|indicator" as LibreOffice computed it (rows whose status cell is empty are left out). */
async function libreOfficeStatuses(path: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const grid of await readWorkbookFile(path)) {
    const layout = locateTable(grid.values);
    if (!layout) continue;
    for (let r = layout.headerRow + 1; r < grid.values.length; r++) {
      const row = grid.values[r] ?? [];
      const id = String(row[layout.column.id] ?? "").trim() || String(row[layout.column.name] ?? "").trim();
      if (!id) break;
      const label = row[layout.column.status];
      if (label === null || label === undefined || label === "") continue;
      const status = statusFromLabel(String(label));
      out.set(`${grid.sheet}|${id}`, status ?? `unknown label ${String(label)}`);
    }
  }
  return out;
}

describe("check --json statuses equal LibreOffice's", () => {
  const dir = tempDir("check-lo-");
  const files: string[] = [];

  beforeAll(async () => {
    files.push(...(await writeDemoWorkbooks(join(dir, "demo"), "zh")));
    const en = await writeDemoWorkbooks(join(dir, "demo-en"), "en");
    files.push(en[0]);

    const edited = await editedJiaxingWorkbook();
    const ws = edited.getWorksheet("jiaxing-13th-fyp-st")!;
    const last = rowOf(ws, "outstanding-talents");
    extendFormulas(ws, last, last + 1);
    files.push(await saveTo(edited, join(dir, "edited.xlsx")));

    // Parameter cells changed by a user: lower on-track threshold and the growth-rate ratio method.
    const params = await toolWorkbook([plan("jiaxing-13th-fyp-st"), plan("xiamen-13th-fyp-st")]);
    for (const sheet of params.worksheets.filter((w) => w.name !== "汇总")) {
      sheet.getCell("C9").value = 0.7;
      sheet.getCell("C10").value = 0.3;
      sheet.getCell("C11").value = "growth-ratio";
    }
    const jx = params.getWorksheet("jiaxing-13th-fyp-st")!;
    const figures: Record<string, number[]> = {
      "rd-intensity": [2.8, 2.88, 2.98],
      "invention-patents-per-10k": [9.1, 10.8, 12.2],
      "st-smes": [1700, 1750, 1790],
      "tech-transaction-value": [15.2, 16, 17.3],
      "new-product-output-rate": [37.5, 37.2, 37.9],
    };
    for (const [id, values] of Object.entries(figures)) {
      values.forEach((v, i) => (jx.getCell(rowOf(jx, id), columnOf(jx, `${2016 + i}年`)).value = v));
    }
    const xm = params.getWorksheet("xiamen-13th-fyp-st")!;
    xm.getCell(rowOf(xm, "rd-intensity"), columnOf(xm, "2017年")).value = 3.5;
    xm.getCell(rowOf(xm, "tech-progress-contribution"), columnOf(xm, "2017年")).value = 63.8;
    files.push(await saveTo(params, join(dir, "params.xlsx")));
  });

  test("every status agrees", async () => {
    const run = runCli(["check", "--json", ...files]);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as CheckJsonRow[];
    const { outputs } = convertAll(files, join(dir, "recalculated"));

    let compared = 0;
    const differences: string[] = [];
    for (const file of files) {
      const lo = await libreOfficeStatuses(outputs.get(file)!);
      const mine = rows.filter((r) => r.file === file);
      expect(mine.length).toBeGreaterThan(0);
      for (const row of mine) {
        const theirs = lo.get(`${row.sheet}|${row.indicatorId}`);
        if (theirs === undefined) continue;
        compared++;
        if (theirs !== row.status) differences.push(`${file} ${row.sheet} ${row.indicatorId}: check ${row.status}, LibreOffice ${theirs}`);
      }
    }
    expect(differences).toEqual([]);
    // 4 demo workbooks (84 + 3×36), the English one (84), the edited one (52 + 1 added row), the parameters one (43).
    expect(compared).toBe(84 + 3 * 36 + 84 + 52 + 1 + 43);
    // Several statuses are reached, not only "no data".
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(7);
  });
});
