/**
 * `plan-tracker import FILE [--json] [--lang zh|en] [--plan-id ID] [--title T]
 * [--base-year Y] [--target-year Y]`: parses an indicator table pasted into a
 * text file and prints the plan draft and its diagnostics.
 * Exit codes: 0 a draft without errors, 1 the import found errors, 2 usage or file error.
 */
import type { Indicator, Lang, PlanInput } from "../../core";
import { parsePlanTable, type ImportDiagnostic } from "../../core/import";
import { checkLang, CliError, COMMON_OPTIONS, parseCommandArgs, type CliCommand, type CliIo } from "../command";
import { formatTable, num, pick, printJson, printLines } from "../output";
import { readTextFile } from "../readText";

const OPTIONS = {
  ...COMMON_OPTIONS,
  "plan-id": { type: "string" },
  title: { type: "string" },
  "base-year": { type: "string" },
  "target-year": { type: "string" },
} as const;

const HELP = {
  zh: [
    "用法：plan-tracker import 文件 [--json] [--lang zh|en] [--plan-id 编号] [--title 标题] [--base-year 年] [--target-year 年]",
    "",
    "读取从规划文件复制的指标表（制表符、| 分隔，或每行一个单元格），输出规划草稿和逐行诊断。",
    "文件为 UTF-8、UTF-16（带 BOM）或 GB18030 文本；文件名为 - 时读标准输入。",
    "  --json             输出 {plan, diagnostics}",
    "  --plan-id 编号     草稿的规划编号（小写字母、数字、连字符）",
    "  --title 标题       规划标题（默认取表格上方一行）",
    "  --base-year 年     表中没有基期年时使用",
    "  --target-year 年   表中没有目标年时使用",
    "  --lang zh|en       输出语言（默认 zh）",
    "退出码：0 草稿无错误；1 导入发现错误；2 参数或文件错误。",
  ],
  en: [
    "Usage: plan-tracker import FILE [--json] [--lang zh|en] [--plan-id ID] [--title T] [--base-year Y] [--target-year Y]",
    "",
    "Reads an indicator table copied from a plan document (cells separated by tabs, |, or one per line)",
    "and prints the plan draft with per-row diagnostics.",
    "The file is UTF-8, UTF-16 (with BOM) or GB18030 text; FILE - reads standard input.",
    "  --json             print {plan, diagnostics}",
    "  --plan-id ID       the draft's plan id (lowercase letters, digits, dashes)",
    "  --title T          the plan title (default: the line above the table)",
    "  --base-year Y      used where the table prints no base year",
    "  --target-year Y    used where the table prints no target year",
    "  --lang zh|en       output language (default zh)",
    "Exit codes: 0 a draft without errors; 1 the import found errors; 2 usage or file error.",
  ],
};

function yearOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (Number.isInteger(year) && year >= 1949 && year <= 2100) return year;
  throw new CliError({ zh: `--${name} 应为 1949–2100 之间的年份，不能是“${value}”`, en: `--${name} takes a year 1949–2100, not "${value}"` });
}

const KIND_NAMES: Record<string, [string, string]> = {
  cagr: ["年均增速", "cagr"],
  pp: ["年均百分点", "pp"],
  level: ["水平", "level"],
  cumulative: ["累计", "cumulative"],
  yoy: ["同比", "yoy"],
  qualitative: ["定性", "qualitative"],
};

const COMPARATOR_SIGNS: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" };

function targetText(ind: PlanInput["indicators"][number]): string {
  const { target } = ind;
  if (target.comparator === "range" && target.range) return `${num(target.range.lo)}–${num(target.range.hi)}`;
  return target.value === null ? "—" : `${COMPARATOR_SIGNS[target.comparator] ?? ""}${num(target.value)}`;
}

function draftLines(plan: PlanInput, lang: Lang): string[] {
  const indicators = plan.indicators as Indicator[];
  const head = pick(
    lang,
    `规划草稿：${plan.title.zh}（${plan.id}），${plan.baseYear}–${plan.targetYear}年，${indicators.length} 个指标`,
    `Plan draft: ${plan.title.zh} (${plan.id}), ${plan.baseYear}–${plan.targetYear}, ${indicators.length} indicators`,
  );
  const columns = [
    { title: pick(lang, "编号", "id") },
    { title: pick(lang, "指标", "indicator") },
    { title: pick(lang, "单位", "unit") },
    { title: pick(lang, "方向", "dir") },
    { title: pick(lang, "基期", "baseline"), align: "right" as const },
    { title: pick(lang, "目标", "target"), align: "right" as const },
    { title: pick(lang, "原文", "as printed") },
    { title: pick(lang, "增长", "growth") },
    { title: pick(lang, "类别", "category") },
  ];
  const rows = indicators.map((ind) => [
    ind.id,
    ind.name.zh,
    ind.unit,
    ind.direction === "decrease" ? "↓" : "↑",
    ind.baseline ? `${num(ind.baseline.value)} (${ind.baseline.year})` : "—",
    targetText(ind),
    ind.target.text,
    [KIND_NAMES[ind.growth.kind]?.[lang === "zh" ? 0 : 1] ?? ind.growth.kind, ind.growth.rateText ?? ""].join(" ").trim(),
    ind.category?.zh ?? "",
  ]);
  return [head, "", ...(indicators.length ? formatTable(columns, rows) : [pick(lang, "（没有指标）", "(no indicators)")])];
}

const SEVERITY_NAMES = { error: ["错误", "error"], warning: ["警告", "warning"], info: ["提示", "info"] } as const;

function diagnosticLines(diagnostics: readonly ImportDiagnostic[], lang: Lang): string[] {
  if (!diagnostics.length) return [pick(lang, "没有诊断信息。", "No diagnostics.")];
  const columns = [{ title: pick(lang, "行", "row"), align: "right" as const }, { title: pick(lang, "级别", "level") }, { title: pick(lang, "说明", "message") }];
  const rows = diagnostics.map((d) => [String(d.row), SEVERITY_NAMES[d.severity][lang === "zh" ? 0 : 1], d[lang]]);
  return [pick(lang, `诊断（${diagnostics.length}）：`, `Diagnostics (${diagnostics.length}):`), ...formatTable(columns, rows)];
}

/** Runs `import`; returns the exit code. */
export function runImport(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs("import", args, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    printLines(io, HELP[lang]);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new CliError(
      positionals.length === 0
        ? { zh: "缺少要导入的文件（用 plan-tracker import --help 查看用法）", en: "no file to import (see plan-tracker import --help)" }
        : { zh: `只能导入一个文件，收到 ${positionals.length} 个`, en: `import takes one file, got ${positionals.length}` },
    );
  }
  const text = readTextFile(positionals[0]);
  const result = parsePlanTable(text, {
    planId: values["plan-id"],
    title: values.title,
    baseYear: yearOption("base-year", values["base-year"]),
    targetYear: yearOption("target-year", values["target-year"]),
    document: positionals[0] === "-" ? undefined : positionals[0],
  });
  const failed = !result.plan || result.diagnostics.some((d) => d.severity === "error");
  if (values.json) {
    printJson(io, { plan: result.plan, diagnostics: result.diagnostics });
  } else {
    if (result.plan) printLines(io, [...draftLines(result.plan, lang), ""]);
    printLines(io, diagnosticLines(result.diagnostics, lang));
  }
  return failed ? 1 : 0;
}

export const importCommand: CliCommand = {
  name: "import",
  summary: { zh: "导入粘贴的指标表，输出规划草稿和诊断", en: "import a pasted indicator table: plan draft and diagnostics" },
  run: runImport,
};
