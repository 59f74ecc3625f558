/**
 * `plan-tracker`: the command-line tool. Dispatches to the commands in
 * registry.ts; prints CliError values as one line on stderr in the chosen
 * language (--lang, default zh) and exits 2. Run through bin/plan-tracker.js,
 * or directly with `tsx src/cli/main.ts …`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../core";
import { CliError, consoleIo, langFromArgs, type CliIo } from "./command";
import { formatTable, pick, printLines } from "./output";
import { COMMANDS, findCommand } from "./registry";

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: string }).version ?? "";
  } catch {
    return "";
  }
}

function globalHelp(lang: Lang): string[] {
  const rows = COMMANDS.map((c) => [c.name, typeof c.summary === "string" ? c.summary : c.summary[lang]]);
  return [
    pick(lang, "用法：plan-tracker <命令> [选项]", "Usage: plan-tracker <command> [options]"),
    "",
    pick(lang, "规划指标监测命令行工具。命令：", "Plan Indicator Tracker on the command line. Commands:"),
    ...formatTable([{ title: pick(lang, "命令", "command") }, { title: pick(lang, "说明", "what it does") }], rows)
      .slice(2)
      .map((l) => `  ${l}`),
    "",
    pick(lang, "通用选项：", "Common options:"),
    pick(lang, "  --lang zh|en   输出语言（默认 zh）", "  --lang zh|en   output language (default zh)"),
    pick(lang, "  --json         输出 JSON（支持的命令）", "  --json         print JSON (where a command supports it)"),
    pick(lang, "  --help, -h     帮助；plan-tracker <命令> --help 查看命令用法", "  --help, -h     help; plan-tracker <command> --help for a command"),
    pick(lang, "  --version      版本", "  --version      version"),
    "",
    pick(lang, "退出码：0 正常；2 参数、文件或规划编号错误；其他见各命令帮助。", "Exit codes: 0 fine; 2 bad arguments, file or plan id; others per command."),
  ];
}

/** Moves global options written before the command (`--lang en plans`) after it. */
function splitCommand(argv: readonly string[]): { name: string | undefined; rest: string[] } {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length && argv[i].startsWith("--lang")) {
    leading.push(argv[i]);
    if (argv[i] === "--lang" && i + 1 < argv.length) leading.push(argv[++i]);
    i += 1;
  }
  return { name: argv[i], rest: [...argv.slice(i + 1), ...leading] };
}

/** Runs the tool with these arguments (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = consoleIo): Promise<number> {
  const lang = langFromArgs(argv);
  const { name, rest } = splitCommand(argv);
  try {
    if (name === "--help" || name === "-h" || name === "help") {
      const target = name === "help" && rest[0] ? findCommand(rest[0]) : undefined;
      if (target) return await target.run(["--help", ...rest.slice(1)], io);
      printLines(io, globalHelp(lang));
      return 0;
    }
    if (name === "--version" || name === "-v") {
      io.out(version());
      return 0;
    }
    if (name === undefined) {
      throw new CliError({ zh: "缺少命令（用 plan-tracker --help 查看用法）", en: "no command given (see plan-tracker --help)" });
    }
    const command = findCommand(name);
    if (!command) {
      const names = COMMANDS.map((c) => c.name).join(", ");
      throw new CliError({ zh: `未知命令“${name}”；可用：${names}`, en: `unknown command "${name}"; available: ${names}` });
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`plan-tracker: ${error.text(lang)}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`plan-tracker: ${pick(lang, "内部错误", "internal error")}: ${message}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
