/**
 * `plan-tracker workbook --plan ID [--plan ID…] [--figures FILE.csv]
 * [--lang zh|en] [--no-summary] --out FILE.xlsx`: writes the workbook the
 * add-in would insert (one sheet per plan, then the summary sheet), with the
 * figures of a CSV file typed into the year cells.
 */
import { catalogPlans, findCatalogPlan } from "../../catalog";
import type { Plan } from "../../core";
import { planWorkbookLayouts, writeWorkbookFile } from "../../xlsx";
import { checkLang, CliError, COMMON_OPTIONS, noPositionals, parseCommandArgs, type CliCommand, type CliIo } from "../command";
import { FiguresCsvError, readFiguresCsv } from "../figuresCsv";
import { pick, printLines } from "../output";
import { readTextFile } from "../readText";

const OPTIONS = {
  ...COMMON_OPTIONS,
  plan: { type: "string", multiple: true },
  figures: { type: "string" },
  out: { type: "string" },
  "no-summary": { type: "boolean" },
} as const;

const HELP = {
  zh: [
    "用法：plan-tracker workbook --plan 编号 [--plan 编号…] [--figures 数据.csv] [--lang zh|en] [--no-summary] --out 文件.xlsx",
    "",
    "写出工作簿：每个规划一张工作表（参数单元格、指标表、公式、数据验证、条件格式、保护），另加汇总表。",
    "  --plan 编号        目录中的规划编号（见 plan-tracker plans），可重复",
    "  --figures 文件     CSV 数据：表头 indicator,year,value（可加 plan 列）；indicator 为指标编号或中文名称；",
    "                     纯数字写成数值，其他内容按原文写入（如“96亿元”）",
    "  --lang zh|en       工作簿语言（默认 zh）",
    "  --no-summary       不写汇总表",
    "  --out 文件         输出的 .xlsx 文件",
    "图表不写入文件（ExcelJS 不支持）；汇总表以数据条代替。",
  ],
  en: [
    "Usage: plan-tracker workbook --plan ID [--plan ID…] [--figures FILE.csv] [--lang zh|en] [--no-summary] --out FILE.xlsx",
    "",
    "Writes a workbook: one sheet per plan (parameter cells, indicator table, formulas, validation,",
    "conditional formats, protection) and a summary sheet.",
    "  --plan ID          a catalog plan id (see plan-tracker plans); repeat for several",
    "  --figures FILE     CSV figures: header indicator,year,value (plan optional); indicator is an id or",
    "                     the Chinese name; a plain number is written as a number, anything else as text",
    "  --lang zh|en       workbook language (default zh)",
    "  --no-summary       leave out the summary sheet",
    "  --out FILE         the .xlsx file to write",
    "Charts are not written (ExcelJS cannot); the summary shows data bars instead.",
  ],
};

function choosePlans(ids: readonly string[]): Plan[] {
  const plans: Plan[] = [];
  for (const id of ids) {
    const plan = findCatalogPlan(id);
    if (!plan) {
      const known = catalogPlans().map((p) => p.id).join(", ");
      throw new CliError({ zh: `未知的规划编号“${id}”；可用：${known}`, en: `unknown plan "${id}"; available: ${known}` });
    }
    if (!plans.some((p) => p.id === plan.id)) plans.push(plan);
  }
  return plans;
}

/** Runs `workbook`; returns the exit code. */
export async function runWorkbook(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("workbook", args, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    printLines(io, HELP[lang]);
    return 0;
  }
  noPositionals("workbook", positionals);
  if (!values.plan?.length) throw new CliError({ zh: "缺少 --plan（用 plan-tracker workbook --help 查看用法）", en: "--plan is missing (see plan-tracker workbook --help)" });
  if (!values.out) throw new CliError({ zh: "缺少 --out（用 plan-tracker workbook --help 查看用法）", en: "--out is missing (see plan-tracker workbook --help)" });
  if (!/\.xlsx$/i.test(values.out)) throw new CliError({ zh: `--out 应是 .xlsx 文件：“${values.out}”`, en: `--out must name an .xlsx file: "${values.out}"` });
  const plans = choosePlans(values.plan);
  let entries: Record<string, Record<string, Record<number, string | number>>> = {};
  let count = 0;
  if (values.figures) {
    try {
      ({ entries, count } = readFiguresCsv(readTextFile(values.figures), plans));
    } catch (error) {
      if (error instanceof FiguresCsvError) {
        throw new CliError({ zh: `${values.figures}：${error.texts.zh}`, en: `${values.figures}: ${error.texts.en}` });
      }
      throw error;
    }
  }
  const summary = !values["no-summary"];
  await writeWorkbookFile(planWorkbookLayouts(plans, { lang, entries, summary }), values.out);
  io.out(
    pick(
      lang,
      `已写出 ${values.out}：${plans.length} 张规划表${summary ? "和汇总表" : ""}，${count} 个数据`,
      `Wrote ${values.out}: ${plans.length} plan sheet(s)${summary ? " and the summary" : ""}, ${count} figure(s)`,
    ),
  );
  return 0;
}

export const workbookCommand: CliCommand = {
  name: "workbook",
  summary: { zh: "写出规划工作簿（.xlsx）", en: "write a plan workbook (.xlsx)" },
  run: runWorkbook,
};
