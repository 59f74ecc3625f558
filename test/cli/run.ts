/** Runs the real command-line tool (node bin/plan-tracker.js …) as a child process. */
import { spawnSync } from "child_process";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs plan-tracker with these arguments from the repository root; `input` goes to stdin. */
export function runCli(args: readonly string[], input?: string | Buffer): Run {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "plan-tracker.js"), ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines of stderr, without blank ones. */
export function errLines(run: Run): string[] {
  return run.stderr.split("\n").filter((l) => l.trim() !== "");
}
