/**
 * `plan-tracker workbook`: writes a file LibreOffice opens and recalculates
 * (converted to csv and xlsx in one soffice run each), with its formulas
 * intact; figures CSV values are typed as numbers or kept as text; unknown
 * plans and indicators are clear errors with exit code 2.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { catalogPlans } from "../../src/catalog";
import { assessIndicator, statusLabel } from "../../src/core";
import { HEADER_ROWS, planYearSpan, tableColumns } from "../../src/sheet";
import { cellResult, convertAll, readWorkbook } from "../formulas/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "pit-cli-"));
const jiaxing = catalogPlans().find((p) => p.id === "jiaxing-13th-fyp-st")!;
const cols = tableColumns(planYearSpan(jiaxing).firstYear, planYearSpan(jiaxing).lastYear);
const first = HEADER_ROWS.tableHeader + 1;
const rowOf = (id: string) => first + jiaxing.indicators.findIndex((i) => i.id === id);

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const FIGURES = [
  "indicator,year,value",
  "rd-intensity,2016,2.81",
  'R&D经费占GDP比重,2017," 2.90 "',
  "jiaxing-13th-fyp-st/high-tech-enterprises,2016,96亿元",
  '每万人发明专利拥有量,2016,"1,200"',
  'labour-productivity,2016,"约""11""万元"',
  "tech-transaction-value,2016,-1.5",
  "tech-transaction-value,2017,1e1",
  "tech-transaction-value,2018,",
].join("\r\n");

const out = join(dir, "jiaxing.xlsx");
const outEn = join(dir, "two-plans-en.xlsx");
let written: ExcelJS.Workbook;

beforeAll(async () => {
  writeFileSync(join(dir, "figures.csv"), "\uFEFF" + FIGURES);
  const r = await run("workbook", "--plan", "jiaxing-13th-fyp-st", "--figures", join(dir, "figures.csv"), "--out", out);
  expect(r).toMatchObject({ code: 0, err: [] });
  expect(r.out.join("\n")).toContain("7");
  const r2 = await run("workbook", "--plan", "xiamen-13th-fyp-st", "--plan", "quanzhou-st-2017-plan", "--lang", "en", "--no-summary", "--out", outEn);
  expect(r2.code).toBe(0);
  written = new ExcelJS.Workbook();
  await written.xlsx.readFile(out);
}, 60_000);

test("figures: plain numbers are written as numbers, anything else as the text itself", () => {
  const ws = written.getWorksheet(jiaxing.id)!;
  const at = (id: string, year: number) => ws.getCell(`${cols.letter[`y${year}`]}${rowOf(id)}`).value;
  expect(at("rd-intensity", 2016)).toBe(2.81);
  expect(at("rd-intensity", 2017)).toBe(2.9);
  expect(at("high-tech-enterprises", 2016)).toBe("96亿元");
  expect(at("invention-patents-per-10k", 2016)).toBe("1,200");
  expect(at("labour-productivity", 2016)).toBe('约"11"万元');
  expect(at("tech-transaction-value", 2016)).toBe(-1.5);
  expect(at("tech-transaction-value", 2017)).toBe(10);
  expect(at("tech-transaction-value", 2018)).toBeNull();
});

test("--no-summary and --lang en", async () => {
  const wb = await readWorkbook(outEn);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["xiamen-13th-fyp-st", "quanzhou-st-2017-plan"]);
  expect(wb.worksheets[0].getCell(`A${HEADER_ROWS.tableHeader}`).value).toBe("ID");
});

test("LibreOffice opens the file: csv conversion succeeds with the computed statuses", () => {
  const { outputs } = convertAll([out, outEn], join(dir, "csv"), "csv:Text - txt - csv (StarCalc):44,34,76");
  const csv = readFileSync(outputs.get(out)!, "utf8");
  const expected = assessIndicator(jiaxing.indicators[0], { 2016: 2.81, 2017: 2.9 }, jiaxing.baseYear);
  const line = csv.split(/\r?\n/).find((l) => l.startsWith("rd-intensity,"))!;
  expect(line).toContain(statusLabel(expected.status, "zh"));
  expect(csv).toContain("未填报");
  expect(existsSync(outputs.get(outEn)!)).toBe(true);
});

test("LibreOffice keeps the formulas and computes them like the engine", async () => {
  const { outputs } = convertAll([out], join(dir, "xlsx"));
  const back = await readWorkbook(outputs.get(out)!);
  const ws = back.getWorksheet(jiaxing.id)!;
  const status = ws.getCell(`${cols.letter.status}${rowOf("rd-intensity")}`);
  const original = written.getWorksheet(jiaxing.id)!.getCell(status.address).value as ExcelJS.CellFormulaValue;
  expect(status.type).toBe(ExcelJS.ValueType.Formula);
  // LibreOffice writes 1E-9 as 0.000000001; otherwise the formula is the one written.
  expect((status.value as ExcelJS.CellFormulaValue).formula).toBe(original.formula.replace(/1E-9/g, "0.000000001"));
  const expected = assessIndicator(jiaxing.indicators[0], { 2016: 2.81, 2017: 2.9 }, jiaxing.baseYear);
  expect(cellResult(status)).toBe(statusLabel(expected.status, "zh"));
  expect(cellResult(ws.getCell(`${cols.letter.ratio}${rowOf("rd-intensity")}`))).toBeCloseTo(expected.ratio!, 9);
  expect(back.getWorksheet("汇总")).toBeDefined();
});

describe("errors exit with code 2 and one clear line", () => {
  const csv = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  test.each([
    ["unknown plan", ["--plan", "no-such-plan"], /未知的规划编号“no-such-plan”/],
    ["unknown indicator", ["--plan", "jiaxing-13th-fyp-st", "--figures", csv("u.csv", "indicator,year,value\nno-such,2016,1\n")], /第 2 行：未知指标“no-such”/],
    ["year outside the plan", ["--plan", "jiaxing-13th-fyp-st", "--figures", csv("y.csv", "indicator,year,value\nrd-intensity,2030,1\n")], /年份“2030”不在/],
    ["no header", ["--plan", "jiaxing-13th-fyp-st", "--figures", csv("h.csv", "name,value\nrd-intensity,1\n")], /表头 indicator,year,value/],
    ["ambiguous indicator", ["--plan", "jiaxing-13th-fyp-st", "--plan", "xiamen-13th-fyp-st", "--figures", csv("a.csv", "indicator,year,value\nrd-intensity,2016,1\n")], /不唯一/],
    ["missing figures file", ["--plan", "jiaxing-13th-fyp-st", "--figures", join(dir, "missing.csv")], /无法读取文件/],
  ])("%s", async (_label, args, message) => {
    const target = join(dir, "err.xlsx");
    const r = await run("workbook", ...(args as string[]), "--out", target);
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toMatch(message as RegExp);
    expect(existsSync(target)).toBe(false);
  });
  test("--out is required", async () => {
    const r = await run("workbook", "--plan", "jiaxing-13th-fyp-st");
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("--out");
  });
  test("an unknown indicator, in English", async () => {
    const r = await run("workbook", "--lang", "en", "--plan", "jiaxing-13th-fyp-st", "--figures", csv("u2.csv", "indicator,year,value\nfoo,2016,1\n"), "--out", join(dir, "e.xlsx"));
    expect(r).toMatchObject({ code: 2 });
    expect(r.err[0]).toMatch(/line 2: unknown indicator "foo"/);
  });
});
