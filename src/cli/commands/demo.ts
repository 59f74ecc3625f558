/**
 * `plan-tracker demo [--out DIR] [--lang zh|en]`: writes demo workbooks with
 * example figures (every catalog plan in one workbook with the summary sheet,
 * plus three district returns of the Jiaxing plan), then checks them and
 * prints the report. Needs neither Excel nor LibreOffice.
 */
import { join } from "node:path";
import { catalogPlans } from "../../catalog";
import type { Lang } from "../../core";
import { planWorkbookLayouts, writeWorkbookFile } from "../../xlsx";
import { checkLang, COMMON_OPTIONS, consoleIo, noPositionals, parseCommandArgs, type CliCommand, type CliIo } from "../command";
import { DEMO_DISTRICTS, DEMO_ENTRIES, districtEntries } from "../demoData";
import { printLines } from "../output";
import { checkFiles } from "./check";

const HELP = {
  zh: [
    "用法：plan-tracker demo [--out 目录] [--lang zh|en]",
    "",
    "写出示例工作簿（全部内置规划及汇总表，另加嘉兴规划的三个区县报表，含示例数据、",
    "文本数值和单位错误），再检查它们并输出报告。不需要 Excel 或 LibreOffice。",
    "  --out 目录   输出目录（默认 out）",
    "  --lang zh|en 工作簿和输出的语言（默认 zh）",
  ],
  en: [
    "Usage: plan-tracker demo [--out DIR] [--lang zh|en]",
    "",
    "Writes demo workbooks (every catalog plan with the summary sheet, plus three district",
    "returns of the Jiaxing plan, with example figures, text entries and unit slips), then",
    "checks them and prints the report. Needs neither Excel nor LibreOffice.",
    "  --out DIR    output folder (default out)",
    "  --lang zh|en language of the workbooks and the report (default zh)",
  ],
};

/** The main demo workbook's file name. */
export const DEMO_WORKBOOK = "plan-tracker-demo.xlsx";

/** Writes the demo workbooks into `outDir`; returns their paths (main workbook first). */
export async function writeDemoWorkbooks(outDir: string, lang: Lang): Promise<string[]> {
  const plans = catalogPlans();
  const main = join(outDir, DEMO_WORKBOOK);
  await writeWorkbookFile(planWorkbookLayouts(plans, { lang, entries: DEMO_ENTRIES }), main);
  const paths = [main];
  const jiaxing = plans.find((p) => p.id === "jiaxing-13th-fyp-st");
  if (jiaxing) {
    for (const district of DEMO_DISTRICTS) {
      const path = join(outDir, district.file);
      const entries = { [jiaxing.id]: districtEntries(jiaxing, DEMO_ENTRIES[jiaxing.id] ?? {}, district) };
      await writeWorkbookFile(planWorkbookLayouts([jiaxing], { lang, entries, summary: false }), path);
      paths.push(path);
    }
  }
  return paths;
}

/** Runs `demo`; returns the exit code. */
export async function runDemo(args: readonly string[], io: CliIo = consoleIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("demo", args, { ...COMMON_OPTIONS, out: { type: "string" } });
  const lang = checkLang(values.lang);
  if (values.help) {
    printLines(io, HELP[lang]);
    return 0;
  }
  noPositionals("demo", positionals);
  const paths = await writeDemoWorkbooks(values.out ?? "out", lang);
  io.out(lang === "zh" ? `已写出 ${paths.length} 个示例工作簿：` : `Wrote ${paths.length} demo workbooks:`);
  for (const p of paths) io.out(`  ${p}`);
  io.out("");
  return (await checkFiles({ files: paths, json: values.json ?? false, lang }, io)).code;
}

export const demoCommand: CliCommand = {
  name: "demo",
  summary: { zh: "写出示例工作簿并检查", en: "write demo workbooks with example figures and check them" },
  run: runDemo,
};
