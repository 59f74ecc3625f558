/** The launcher, global help, version and dispatch errors. */
import { readFileSync } from "fs";
import { join } from "path";
import { errLines, ROOT, runCli } from "./run";

describe("plan-tracker (global)", () => {
  it("prints the global help in Chinese by default, listing every command", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("用法：plan-tracker <命令>");
    for (const name of ["plans", "import", "consistency"]) expect(run.stdout).toMatch(new RegExp(`^\\s+${name}\\s`, "m"));
    expect(run.stderr).toBe("");
  });

  it("prints the global help in English with --lang en, before or after --help", () => {
    expect(runCli(["--help", "--lang", "en"]).stdout).toContain("Usage: plan-tracker <command>");
    expect(runCli(["--lang=en", "--help"]).stdout).toContain("Usage: plan-tracker <command>");
  });

  it("prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const run = runCli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it("forwards `help COMMAND` to the command's help", () => {
    const run = runCli(["help", "import", "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: plan-tracker import FILE");
  });

  it("accepts --lang before the command", () => {
    const run = runCli(["--lang", "en", "plans"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^id\s+title\s+period\s+indicators/);
  });

  it.each([
    [["frob"], "未知命令“frob”"],
    [[], "缺少命令"],
  ])("exits 2 with one line on stderr for %j", (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(errLines(run)).toEqual([expect.stringContaining(message)]);
    expect(run.stdout).toBe("");
  });

  it("writes the error line in English with --lang en", () => {
    const run = runCli(["frob", "--lang", "en"]);
    expect(run.status).toBe(2);
    expect(errLines(run)).toEqual([expect.stringMatching(/^plan-tracker: unknown command "frob"; available: plans, import, consistency/)]);
  });
});
