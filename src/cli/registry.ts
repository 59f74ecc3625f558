/**
 * The commands of `plan-tracker`, in the order the global help lists them.
 * To add a command, add one entry: a CliCommand object, or `lazy(…)` for a
 * command whose module is heavy (exceljs) and should load only when it runs.
 */
import type { CliCommand, CliIo } from "./command";
import { consistencyCommand } from "./commands/consistency";
import { importCommand } from "./commands/import";
import { plansCommand } from "./commands/plans";

type Run = (args: readonly string[], io: CliIo) => Promise<number> | number;

/**
 * A command whose module is loaded on first use. `load` should use require(): under the
 * tsx launcher a dynamic import() goes to Node's ESM loader, which cannot read .ts files.
 */
export function lazy(name: string, summary: CliCommand["summary"], load: () => Run): CliCommand {
  return { name, summary, run: (args, io) => load()(args, io) };
}

export const COMMANDS: readonly CliCommand[] = [
  plansCommand,
  importCommand,
  consistencyCommand,
  lazy(
    "check",
    { zh: "检查填报的 .xlsx 工作簿", en: "check filled-in .xlsx workbooks" },
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on use (exceljs)
    () => (require("./commands/check") as typeof import("./commands/check")).runCheck,
  ),
  lazy(
    "workbook",
    { zh: "写出规划工作簿（.xlsx）", en: "write a plan workbook (.xlsx)" },
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on use (exceljs)
    () => (require("./commands/workbook") as typeof import("./commands/workbook")).runWorkbook,
  ),
  lazy(
    "demo",
    { zh: "写出示例工作簿并检查", en: "write demo workbooks and check them" },
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on use (exceljs)
    () => (require("./commands/demo") as typeof import("./commands/demo")).runDemo,
  ),
];

/** The command with this name, or undefined. */
export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
