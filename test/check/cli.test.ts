/**
 * `plan-tracker check` and `plan-tracker demo` as child processes: exit codes
 * 0/2/3, one line for a file that is not a workbook or has no plan sheet, the
 * --json shape, and the demo on a machine without Excel or LibreOffice.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { STATUS_CODES } from "../../src/core";
import type { CheckJsonRow } from "../../src/cli/checkFiles";
import { writeDemoWorkbooks } from "../../src/cli/commands/demo";
import { errLines, runCli } from "../cli/run";
import { tempDir, toolWorkbook, plan, saveTo } from "./helpers";
import { editedJiaxingWorkbook } from "./edits";

const dir = tempDir("check-cli-");
let demo: string[];
let edited: string;
let summaryOnly: string;
const notWorkbook = join(dir, "notes.xlsx");

beforeAll(async () => {
  demo = await writeDemoWorkbooks(join(dir, "demo"), "zh");
  edited = await saveTo(await editedJiaxingWorkbook(), join(dir, "edited.xlsx"));
  // A workbook without a plan sheet: only the summary sheet is left.
  const wb = await toolWorkbook([plan("xiamen-13th-fyp-st")]);
  wb.removeWorksheet(wb.getWorksheet("xiamen-13th-fyp-st")!.id);
  summaryOnly = await saveTo(wb, join(dir, "summary-only.xlsx"));
  writeFileSync(notWorkbook, "指标,2016\nR&D,2.8\n");
});

describe("plan-tracker check", () => {
  test("usage errors exit 2 with one line", () => {
    for (const args of [["check"], ["check", "--lang", "fr", demo[0]], ["check", "--bogus", demo[0]]]) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(errLines(run)).toHaveLength(1);
      expect(run.stdout).toBe("");
    }
  });

  test("--help exits 0", () => {
    const run = runCli(["check", "--help", "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: plan-tracker check FILE.xlsx");
  });

  test("all files read: exit 0, report per file and across files", () => {
    const run = runCli(["check", ...demo]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    for (const file of demo) expect(run.stdout).toContain(`== ${file} ==`);
    expect(run.stdout).toContain("[jiaxing-13th-fyp-st] 计划 jiaxing-13th-fyp-st，36 个指标：");
    expect(run.stdout).toContain("滞后指标：");
    expect(run.stdout).toContain("尚需年均增长");
    expect(run.stdout).toContain("[单位换算] 技术交易总额 2018：文本已按数值 19.6 读取；单位已由“万元”换算为“亿元”");
    expect(run.stdout).toContain("== 汇总：4 个文件 ==");
    // Across the four files: R&D intensity on track in 1, lagging in 3.
    expect(run.stdout).toMatch(/jiaxing-13th-fyp-st\s+R&D经费占GDP比重\s+4\s+1\s+3\s+0/);
  });

  test("a file that is not a workbook gets one line, the others are still checked, exit 3", () => {
    const run = runCli(["check", "--lang", "en", notWorkbook, edited, join(dir, "missing.xlsx")]);
    expect(run.status).toBe(3);
    expect(errLines(run)).toEqual([`${notWorkbook}: not a readable .xlsx workbook`, `${join(dir, "missing.xlsx")}: no such file`]);
    expect(run.stdout).toContain(`== ${edited} ==`);
    expect(run.stdout).toContain("Moving away");
  });

  test("a workbook without a plan sheet gets one line and exit 0", () => {
    const run = runCli(["check", summaryOnly, edited]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines).toContain(`${summaryOnly}: 没有规划指标工作表`);
    expect(lines.filter((l) => l.includes(summaryOnly))).toHaveLength(1);
  });

  test("--json: one element per file and indicator, with the documented fields", () => {
    const run = runCli(["check", "--json", "--lang", "en", edited, notWorkbook]);
    expect(run.status).toBe(3);
    expect(errLines(run)).toEqual([`${notWorkbook}: not a readable .xlsx workbook`]);
    const rows = JSON.parse(run.stdout) as CheckJsonRow[];
    expect(rows).toHaveLength(38 + 16);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        ["file", "sheet", "planId", "indicatorId", "name", "latestYear", "latestValue", "pathValue", "ratio", "status", "findings"].sort(),
      );
      expect(row.file).toBe(edited);
      expect(STATUS_CODES).toContain(row.status);
    }
    const tech = rows.find((r) => r.indicatorId === "tech-transaction-value")!;
    expect(tech).toMatchObject({
      sheet: "jiaxing-13th-fyp-st",
      planId: "jiaxing-13th-fyp-st",
      name: "技术交易总额",
      latestYear: 2018,
      latestValue: 19.6,
      status: "needs-acceleration",
    });
    expect(tech.pathValue).toBeCloseTo(21.9004, 4);
    expect(tech.ratio).toBeCloseTo(0.7208, 4);
    expect(tech.findings).toEqual([
      {
        cell: "Q23",
        kind: "unit-converted",
        message: "text read as the number 0.9602; converted from 万元 to 亿元: 0.9602; the formulas do not count text: enter the number 0.9602",
      },
      {
        cell: "AI23",
        kind: "lagging",
        message: "Needs acceleration: progress ratio 0.72; 19.6 in 2018, path value 21.9004; reaching the 2020 target of 30 needs 23.72% growth a year",
      },
    ]);
    const none = rows.find((r) => r.indicatorId === "high-tech-enterprises")!;
    expect(none).toMatchObject({ status: "no-data", latestYear: null, latestValue: null, pathValue: null, ratio: null });
    expect(none.findings.map((f) => f.kind)).toEqual(["readable", "refused", "refused"]);
  });

  test("a parameter cell with an invalid value: defaults are used and it is reported", async () => {
    const wb = await toolWorkbook([plan("xiamen-13th-fyp-st")]);
    wb.getWorksheet("xiamen-13th-fyp-st")!.getCell("C9").value = "九成五";
    const file = await saveTo(wb, join(dir, "bad-param.xlsx"));
    const run = runCli(["check", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("C9 [无效] 符合进度阈值：参数“符合进度阈值”的值“九成五”无效，检查按默认值 0.95 进行");
    const json = runCli(["check", "--json", file]);
    expect(errLines(json)).toEqual([`${file} [xiamen-13th-fyp-st] C9: 参数“符合进度阈值”的值“九成五”无效，检查按默认值 0.95 进行`]);
  });
});

describe("plan-tracker demo", () => {
  test("writes the workbooks, checks them and prints the report", () => {
    const out = join(dir, "demo-run");
    const run = runCli(["demo", "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    for (const name of ["plan-tracker-demo.xlsx", "jiaxing-nanhu.xlsx", "jiaxing-xiuzhou.xlsx", "jiaxing-haining.xlsx"]) {
      expect(existsSync(join(out, name))).toBe(true);
    }
    expect(run.stdout).toContain("已写出 4 个示例工作簿");
    expect(run.stdout).toContain("滞后指标：");
    expect(run.stdout).toContain("[无效] 高新技术企业数 2017：“暂无”不含数字");
    expect(run.stdout).toContain("[可疑]");
    expect(run.stdout).toContain("[增速不一致]");
    expect(run.stdout).toContain("== 汇总：4 个文件 ==");
  });

  test("in English, and a bad argument exits 2", () => {
    const run = runCli(["demo", "--out", join(dir, "demo-en"), "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Wrote 4 demo workbooks:");
    expect(run.stdout).toContain("Lagging indicators:");
    expect(runCli(["demo", "extra"]).status).toBe(2);
  });
});
