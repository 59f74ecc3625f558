/**
 * `plan-tracker consistency --plan ID [--json] [--lang zh|en]`: for every row
 * with a stated average growth, the rate its baseline and target imply, whether
 * the two agree, and for a row that disagrees the target the stated rate would
 * give (assessment-rules.md, "Plan self-consistency"). ID is a catalog id or
 * a plan .json file (a plan, or the {plan, diagnostics} that `import --json` prints).
 */
import { findCatalogPlan, catalogPlans } from "../../catalog";
import { checkConsistency, validatePlan, type ConsistencyResult, type Indicator, type Lang, type Plan } from "../../core";
import { checkLang, CliError, COMMON_OPTIONS, noPositionals, parseCommandArgs, type CliCommand, type CliIo } from "../command";
import { formatTable, num, pick, printJson, printLines } from "../output";
import { readTextFile } from "../readText";

const OPTIONS = { ...COMMON_OPTIONS, plan: { type: "string" } } as const;

const HELP = {
  zh: [
    "用法：plan-tracker consistency --plan 编号 [--json] [--lang zh|en]",
    "",
    "检查规划自洽性：对每个给出年均增速的指标，按基期值和目标值计算隐含增速，",
    "判断与规划增速是否一致（按规划增速的小数位四舍五入），不一致时给出按规划增速推算的目标值。",
    "  --plan 编号     目录中的规划编号（见 plan-tracker plans），或规划 JSON 文件",
    "  --json          输出 JSON",
    "  --lang zh|en    输出语言（默认 zh）",
  ],
  en: [
    "Usage: plan-tracker consistency --plan ID [--json] [--lang zh|en]",
    "",
    "Plan self-consistency: for every indicator with a stated average growth, the rate its baseline",
    "and target imply, whether it agrees with the stated rate (to the stated rate's decimals), and",
    "for a row that disagrees, the target the stated rate would give.",
    "  --plan ID       a catalog plan id (see plan-tracker plans) or a plan JSON file",
    "  --json          print JSON",
    "  --lang zh|en    output language (default zh)",
  ],
};

function unknownPlan(id: string): CliError {
  const ids = catalogPlans().map((p) => p.id).join(", ");
  return new CliError({ zh: `未知的规划编号“${id}”；可用：${ids}`, en: `unknown plan "${id}"; available: ${ids}` });
}

/** The plan named by --plan: a catalog id, or a .json file holding a plan or an import result. */
function loadPlan(id: string): Plan {
  const plan = findCatalogPlan(id);
  if (plan) return plan;
  if (!/\.json$/i.test(id)) throw unknownPlan(id);
  let data: unknown;
  try {
    data = JSON.parse(readTextFile(id));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError({ zh: `文件“${id}”不是有效的 JSON`, en: `file "${id}" is not valid JSON` });
  }
  const inner = data && typeof data === "object" && "plan" in data ? (data as { plan: unknown }).plan : data;
  const checked = validatePlan(inner);
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new CliError({ zh: `文件“${id}”不是有效的规划：${first.zh}`, en: `file "${id}" is not a valid plan: ${first.en}` });
  }
  return checked.plan;
}

interface Row {
  indicator: Indicator;
  result: ConsistencyResult | null;
}

function rateUnit(kind: string, lang: Lang): string {
  return kind === "pp" ? pick(lang, "个百分点", " pp") : "%";
}

function rowCells(row: Row, lang: Lang): string[] {
  const { indicator: ind, result } = row;
  const base = ind.baseline ? `${num(ind.baseline.value)} (${ind.baseline.year})` : "—";
  const target = ind.target.value === null ? "—" : `${num(ind.target.value)} (${ind.target.year})`;
  if (!result) {
    return [ind.id, ind.name.zh, base, target, ind.growth.rateText ?? "", pick(lang, "无法计算", "n/a"), pick(lang, "无法判断", "not checkable"), ""];
  }
  return [
    ind.id,
    ind.name.zh,
    base,
    target,
    result.statedText,
    `${num(result.implied, result.decimals + 2)}${rateUnit(ind.growth.kind, lang)}`,
    result.consistent ? pick(lang, "一致", "yes") : pick(lang, "不一致", "NO"),
    result.consistent ? "" : num(result.targetFromStated, 3),
  ];
}

function jsonOf(plan: Plan, rows: readonly Row[]) {
  return {
    plan: { id: plan.id, title: plan.title, baseYear: plan.baseYear, targetYear: plan.targetYear },
    results: rows
      .filter((r) => r.result)
      .map(({ indicator: ind, result }) => ({ name: ind.name.zh, unit: ind.unit, kind: ind.growth.kind, ...result })),
    unchecked: rows
      .filter((r) => !r.result)
      .map(({ indicator: ind }) => ({ indicatorId: ind.id, name: ind.name.zh, statedText: ind.growth.rateText })),
  };
}

/** Runs `consistency`; returns the exit code. */
export function runConsistency(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs("consistency", args, OPTIONS);
  const lang = checkLang(values.lang);
  if (values.help) {
    printLines(io, HELP[lang]);
    return 0;
  }
  noPositionals("consistency", positionals);
  if (!values.plan) {
    throw new CliError({ zh: "缺少 --plan 编号（用 plan-tracker plans 查看目录）", en: "missing --plan ID (see plan-tracker plans)" });
  }
  const plan = loadPlan(values.plan);
  const rows: Row[] = plan.indicators
    .filter((ind) => (ind.growth.kind === "cagr" || ind.growth.kind === "pp") && ind.growth.rate !== null)
    .map((indicator) => ({ indicator, result: checkConsistency(indicator) }));
  if (values.json) {
    printJson(io, jsonOf(plan, rows));
    return 0;
  }
  const title = lang === "en" && plan.title.en ? plan.title.en : plan.title.zh;
  const head = pick(lang, `规划自洽性：${title}（${plan.id}）`, `Plan self-consistency: ${title} (${plan.id})`);
  if (!rows.length) {
    printLines(io, [head, pick(lang, "没有给出年均增速的指标。", "No indicator states an average growth.")]);
    return 0;
  }
  const columns = [
    { title: pick(lang, "编号", "id") },
    { title: pick(lang, "指标", "indicator") },
    { title: pick(lang, "基期", "baseline"), align: "right" as const },
    { title: pick(lang, "目标", "target"), align: "right" as const },
    { title: pick(lang, "规划增速", "stated"), align: "right" as const },
    { title: pick(lang, "隐含增速", "implied"), align: "right" as const },
    { title: pick(lang, "一致", "consistent") },
    { title: pick(lang, "按规划增速的目标", "target at stated rate"), align: "right" as const },
  ];
  const bad = rows.filter((r) => r.result && !r.result.consistent).length;
  const checked = rows.filter((r) => r.result).length;
  printLines(io, [
    head,
    "",
    ...formatTable(columns, rows.map((r) => rowCells(r, lang))),
    "",
    pick(lang, `${checked} 行可核对，其中 ${bad} 行不一致。`, `${checked} rows checked, ${bad} inconsistent.`),
  ]);
  return 0;
}

export const consistencyCommand: CliCommand = {
  name: "consistency",
  summary: { zh: "检查规划增速与基期、目标是否一致", en: "check stated growth rates against baselines and targets" },
  run: runConsistency,
};
