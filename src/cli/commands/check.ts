/**
 * `plan-tracker check FILE.xlsx… [--json] [--lang zh|en]`: checks filled-in
 * workbooks (e.g. the returns of every district). Exit codes: 0 every file was
 * read, 2 usage error, 3 some file could not be read (the others are still
 * checked and reported; a file that is not a workbook gets one line on stderr).
 */
import type { Lang } from "../../core";
import { checkFile, consolidatedReport, fileProblemLine, fileReport, jsonRows, type FileCheck } from "../checkFiles";
import { checkLang, CliError, COMMON_OPTIONS, consoleIo, parseCommandArgs, type CliCommand, type CliIo } from "../command";
import { printJson, printLines } from "../output";

const HELP = {
  zh: [
    "用法：plan-tracker check 文件.xlsx… [--json] [--lang zh|en]",
    "",
    "检查填报后的工作簿（可一次检查多个，如各区县的报表）：无效或可疑的数据、单位换算、",
    "增速不一致的规划行、滞后指标及尚需年均增速，最后汇总各指标在各文件中的状态。",
    "  --json       按“文件 × 指标”输出 JSON 数组",
    "  --lang zh|en 输出语言（默认 zh）",
    "退出码：0 全部文件已读取；2 参数有误；3 有文件无法读取。",
  ],
  en: [
    "Usage: plan-tracker check FILE.xlsx… [--json] [--lang zh|en]",
    "",
    "Checks filled-in workbooks (one or many, e.g. every district's return): invalid or",
    "suspicious entries, unit slips, inconsistent plan rows, lagging indicators with the",
    "growth still needed, then a table of each indicator's statuses across the files.",
    "  --json       print a JSON array, one element per file and indicator",
    "  --lang zh|en output language (default zh)",
    "Exit codes: 0 every file was read; 2 bad arguments; 3 a file could not be read.",
  ],
};

export interface CheckArgs {
  files: string[];
  json: boolean;
  lang: Lang;
}

/** Checks the files and prints the reports; returns the exit code and the checks. */
export async function checkFiles(args: CheckArgs, io: CliIo = consoleIo): Promise<{ code: number; checks: FileCheck[] }> {
  const checks: FileCheck[] = [];
  for (const file of args.files) checks.push(await checkFile(file, args.lang));
  const unreadable = checks.some((c) => c.error !== undefined);
  if (args.json) {
    for (const c of checks) {
      const problem = fileProblemLine(c, args.lang);
      if (problem) io.err(problem);
      for (const s of c.sheets) {
        for (const f of s.findings.filter((x) => x.indicatorId === "")) io.err(`${c.file} [${s.sheet}] ${f.cell}: ${f.message[args.lang]}`);
      }
    }
    printJson(io, jsonRows(checks, args.lang));
  } else {
    for (const c of checks) {
      const lines = fileReport(c, args.lang);
      if (c.error) io.err(lines[0]);
      else printLines(io, lines);
    }
    const table = consolidatedReport(checks, args.lang);
    if (table.length) printLines(io, ["", ...table]);
  }
  return { code: unreadable ? 3 : 0, checks };
}

/** Runs `check`; returns the exit code (usage errors throw CliError, exit code 2). */
export async function runCheck(args: readonly string[], io: CliIo = consoleIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("check", args, COMMON_OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    printLines(io, HELP[lang]);
    return 0;
  }
  if (positionals.length === 0) {
    throw new CliError({
      zh: "请给出要检查的 .xlsx 文件（用 plan-tracker check --help 查看用法）",
      en: "give the .xlsx files to check (see plan-tracker check --help)",
    });
  }
  return (await checkFiles({ files: positionals, json: values.json ?? false, lang }, io)).code;
}

export const checkCommand: CliCommand = {
  name: "check",
  summary: { zh: "检查填报的 .xlsx 工作簿（数据问题、滞后指标、跨文件汇总）", en: "check filled-in .xlsx workbooks (entries, lagging indicators, across files)" },
  run: runCheck,
};
