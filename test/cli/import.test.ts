/** `plan-tracker import FILE`: the draft table, diagnostics, --json and errors. */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { validatePlan } from "../../src/core/plan";
import { errLines, FIXTURES, ROOT, runCli } from "./run";

const OUT = join(ROOT, "test-output", "cli-import");
const JIAXING = join(FIXTURES, "jiaxing-main-indicators.txt");

beforeAll(() => mkdirSync(OUT, { recursive: true }));

describe("plan-tracker import", () => {
  it("prints the draft as a table and its diagnostics", () => {
    const run = runCli(["import", JIAXING]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("规划草稿：“十三五”嘉兴科技创新发展规划主要指标（imported），2015–2020年，11 个指标");
    expect(run.stdout).toMatch(/row-9\s+高新技术企业数\s+家\s+↑\s+567 \(2015\)\s+≥1000\s+1000以上\s+年均增速 12\.02%/);
    expect(run.stdout).toContain("诊断（2）：");
    expect(run.stderr).toBe("");
  });

  it("prints {plan, diagnostics} with --json, the plan valid", () => {
    const run = runCli(["import", JIAXING, "--json", "--plan-id", "jiaxing-table"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { plan: unknown; diagnostics: unknown[] };
    expect(Object.keys(out).sort()).toEqual(["diagnostics", "plan"]);
    const checked = validatePlan(out.plan);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.plan.id).toBe("jiaxing-table");
      expect(checked.plan.kind).toBe("imported");
      expect(checked.plan.source.document).toBe(JIAXING);
      expect(checked.plan.indicators).toHaveLength(11);
    }
    expect(out.diagnostics).toContainEqual({
      row: 1,
      severity: "info",
      code: "before-header",
      zh: expect.any(String),
      en: expect.any(String),
    });
  });

  it("writes the table and the diagnostics in English with --lang en", () => {
    const run = runCli(["import", join(FIXTURES, "xiamen-box2.txt"), "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Plan draft:");
    expect(run.stdout).toMatch(/27\s+warning\s+cells missing in this row; left empty: 单位/);
  });

  it("passes --title, --base-year and --target-year to the importer", () => {
    const file = join(OUT, "no-years.txt");
    writeFileSync(file, "指标\t基期值\t目标值\n科技进步贡献率（%）\t60\t65\n");
    const run = runCli(["import", file, "--json", "--title", "测试规划", "--base-year", "2020", "--target-year", "2025"]);
    expect(run.status).toBe(0);
    const { plan } = JSON.parse(run.stdout);
    expect([plan.title.zh, plan.baseYear, plan.targetYear]).toEqual(["测试规划", 2020, 2025]);
    expect(plan.indicators[0].baseline).toEqual({ year: 2020, value: 60 });
  });

  it("reads standard input for FILE -, and UTF-16 files with a BOM", () => {
    const text = readFileSync(JIAXING, "utf8");
    const fromStdin = runCli(["import", "-", "--json"], text);
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.stdout).plan.indicators).toHaveLength(11);
    const utf16 = join(OUT, "jiaxing-utf16.txt");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const fromUtf16 = runCli(["import", utf16, "--json"]);
    expect(JSON.parse(fromUtf16.stdout).plan.indicators).toHaveLength(11);
  });

  it("exits 1 when the import finds errors (no header), still printing the diagnostics", () => {
    const file = join(OUT, "prose.txt");
    writeFileSync(file, "这不是表格。\n只是两行文字。\n");
    const run = runCli(["import", file, "--json"]);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.plan).toBeNull();
    expect(out.diagnostics[0]).toEqual(expect.objectContaining({ code: "no-header", severity: "error" }));
  });

  it("prints its help", () => {
    const run = runCli(["import", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("用法：plan-tracker import 文件");
  });

  it.each([
    [["import", "missing.txt"], "无法读取文件“missing.txt”：文件不存在"],
    [["import", "missing.txt", "--lang", "en"], 'cannot read file "missing.txt": no such file'],
    [["import", "test"], "无法读取文件“test”：是目录，不是文件"],
    [["import"], "缺少要导入的文件"],
    [["import", "a.txt", "b.txt"], "只能导入一个文件"],
    [["import", JIAXING, "--target-year", "soon"], "--target-year 应为 1949–2100 之间的年份"],
    [["import", JIAXING, "--plan"], "未知选项 --plan"],
    [["import", JIAXING, "--title"], "选项 --title 需要一个值"],
  ])("exits 2 with one line on stderr for %j", (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(errLines(run)).toEqual([expect.stringContaining(`plan-tracker: ${message}`)]);
    expect(run.stdout).toBe("");
  });
});
