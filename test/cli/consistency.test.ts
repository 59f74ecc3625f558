/** `plan-tracker consistency --plan ID`: implied rates, flags, --json and errors. */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { findCatalogPlan } from "../../src/catalog";
import { planConsistency } from "../../src/core";
import { errLines, FIXTURES, ROOT, runCli } from "./run";

const OUT = join(ROOT, "test-output", "cli-consistency");

beforeAll(() => mkdirSync(OUT, { recursive: true }));

describe("plan-tracker consistency", () => {
  it("lists every row with a stated rate and flags the inconsistent one with the target its rate gives", () => {
    const run = runCli(["consistency", "--plan", "jiaxing-13th-fyp-st"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/rd-intensity\s+R&D经费占GDP比重\s+2\.73 \(2015\)\s+3\.2 \(2020\)\s+0\.05个百分点\s+0\.094个百分点\s+不一致\s+2\.98/);
    expect(run.stdout).toMatch(/high-tech-enterprises\s.*12\.02%\s+12\.0169%\s+一致\s*$/m);
    expect(run.stdout).toContain("11 行可核对，其中 1 行不一致。");
  });

  it("writes English with --lang en", () => {
    const run = runCli(["consistency", "--plan", "jiaxing-13th-fyp-st", "--lang", "en"]);
    expect(run.stdout).toMatch(/rd-intensity\s.*0\.094 pp\s+NO\s+2\.98/);
    expect(run.stdout).toContain("11 rows checked, 1 inconsistent.");
  });

  it("prints the planConsistency results with --json", () => {
    const run = runCli(["consistency", "--plan", "jiaxing-13th-fyp-st", "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out).sort()).toEqual(["plan", "results", "unchecked"]);
    expect(out.plan).toEqual(expect.objectContaining({ id: "jiaxing-13th-fyp-st", baseYear: 2015, targetYear: 2020 }));
    const expected = planConsistency(findCatalogPlan("jiaxing-13th-fyp-st")!);
    expect(out.results).toHaveLength(expected.length);
    out.results.forEach((r: Record<string, unknown>, i: number) => {
      expect(r).toEqual(expect.objectContaining({ ...expected[i], name: expect.any(String), kind: expect.stringMatching(/^(cagr|pp)$/) }));
    });
    const rd = out.results.find((r: { indicatorId: string }) => r.indicatorId === "rd-intensity");
    expect(rd.consistent).toBe(false);
    expect(rd.implied).toBeCloseTo(0.094, 10);
    expect(rd.targetFromStated).toBeCloseTo(2.98, 10);
  });

  it("says so when a plan states no average growth", () => {
    const run = runCli(["consistency", "--plan", "xiamen-13th-fyp-st"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("没有给出年均增速的指标。");
  });

  it("checks a plan JSON file, such as the one import --json prints", () => {
    const imported = runCli(["import", join(FIXTURES, "jiaxing-main-indicators.txt"), "--json"]);
    const file = join(OUT, "jiaxing-import.json");
    writeFileSync(file, imported.stdout);
    const run = runCli(["consistency", "--plan", file, "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.results).toHaveLength(11);
    expect(out.results.filter((r: { consistent: boolean }) => !r.consistent).map((r: { name: string }) => r.name)).toEqual(["R&D经费占GDP比重"]);
  });

  it("prints its help", () => {
    const run = runCli(["consistency", "--help", "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: plan-tracker consistency --plan ID");
  });

  it.each([
    [["consistency", "--plan", "nope"], "未知的规划编号“nope”；可用：xiamen-13th-fyp-st"],
    [["consistency", "--plan", "nope", "--lang", "en"], 'unknown plan "nope"; available:'],
    [["consistency"], "缺少 --plan 编号"],
    [["consistency", "--plan"], "选项 --plan 需要一个值"],
    [["consistency", "--plan", "missing.json"], "无法读取文件“missing.json”：文件不存在"],
    [["consistency", "--plan", "package.json"], "文件“package.json”不是有效的规划"],
    [["consistency", "jiaxing-13th-fyp-st"], "多余的参数"],
  ])("exits 2 with one line on stderr for %j", (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(errLines(run)).toEqual([expect.stringContaining(message)]);
    expect(run.stdout).toBe("");
  });
});
