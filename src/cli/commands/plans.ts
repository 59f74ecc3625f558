/**
 * `plan-tracker plans [--json] [--lang zh|en]`: the plan catalog — ids, titles,
 * periods and indicator counts; --json prints the full plans.
 */
import { catalogPlans } from "../../catalog";
import { checkLang, COMMON_OPTIONS, noPositionals, parseCommandArgs, type CliCommand, type CliIo } from "../command";
import { formatTable, pick, printJson, printLines } from "../output";

const HELP = {
  zh: [
    "用法：plan-tracker plans [--json] [--lang zh|en]",
    "",
    "列出内置规划目录：编号、标题、规划期、指标数。",
    "  --json       输出完整的规划 JSON",
    "  --lang zh|en 输出语言（默认 zh）",
  ],
  en: [
    "Usage: plan-tracker plans [--json] [--lang zh|en]",
    "",
    "Lists the plan catalog: ids, titles, periods, indicator counts.",
    "  --json       print the full plans as JSON",
    "  --lang zh|en output language (default zh)",
  ],
};

/** Runs `plans`; returns the exit code. */
export function runPlans(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs("plans", args, COMMON_OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    printLines(io, HELP[lang]);
    return 0;
  }
  noPositionals("plans", positionals);
  const plans = catalogPlans();
  if (values.json) {
    printJson(io, plans);
    return 0;
  }
  const columns = [
    { title: pick(lang, "编号", "id") },
    { title: pick(lang, "标题", "title") },
    { title: pick(lang, "规划期", "period") },
    { title: pick(lang, "指标数", "indicators"), align: "right" as const },
  ];
  const rows = plans.map((p) => [
    p.id,
    lang === "en" && p.title.en ? p.title.en : p.title.zh,
    `${p.baseYear}–${p.targetYear}`,
    String(p.indicators.length),
  ]);
  printLines(io, formatTable(columns, rows));
  return 0;
}

export const plansCommand: CliCommand = {
  name: "plans",
  summary: { zh: "列出内置规划目录", en: "list the plan catalog" },
  run: runPlans,
};
