/** `plan-tracker plans`: the catalog table and --json. */
import { catalogPlans } from "../../src/catalog";
import { errLines, runCli } from "./run";

describe("plan-tracker plans", () => {
  const plans = catalogPlans();

  it("lists every catalog plan with its title, period and indicator count", () => {
    const run = runCli(["plans"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^编号\s+标题\s+规划期\s+指标数$/);
    expect(lines).toHaveLength(plans.length + 2);
    plans.forEach((plan, i) => {
      const line = lines[i + 2];
      expect(line.startsWith(plan.id)).toBe(true);
      expect(line).toContain(plan.title.zh);
      expect(line).toContain(`${plan.baseYear}–${plan.targetYear}`);
      expect(line).toMatch(new RegExp(`\\s${plan.indicators.length}$`));
    });
  });

  it("uses English titles with --lang en", () => {
    const run = runCli(["plans", "--lang", "en"]);
    expect(run.status).toBe(0);
    for (const plan of plans) expect(run.stdout).toContain(plan.title.en || plan.title.zh);
  });

  it("prints the full plans with --json", () => {
    const run = runCli(["plans", "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(plans)));
  });

  it("prints its help", () => {
    const run = runCli(["plans", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("用法：plan-tracker plans");
  });

  it.each([
    [["plans", "extra"], "多余的参数“extra”"],
    [["plans", "--bogus"], "未知选项 --bogus"],
    [["plans", "--lang", "fr"], "--lang 只能是 zh 或 en"],
    [["plans", "--json=yes"], "选项 --json 不接受值"],
  ])("exits 2 on bad arguments %j", (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(errLines(run)).toEqual([expect.stringContaining(message)]);
  });
});
