/**
 * Interface text of the task pane: Chinese (default) and English. Status names
 * come from the engine (statusLabel) so the pane and the sheets agree.
 */
import type { FindingKind, GrowthKind, Lang } from "../core";

export const TAB_IDS = ["plans", "import", "check", "settings"] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface Strings {
  title: string;
  subtitle: string;
  tabsLabel: string;
  tabs: Record<TabId, string>;
  noExcel: string;
  noExcelTitle: string;
  // plans
  searchPlans: string;
  searchPlaceholder: string;
  planList: string;
  noPlanMatches: string;
  indicatorCount: (n: number) => string;
  period: string;
  source: string;
  issuer: string;
  back: string;
  indicatorTable: string;
  colIndicator: string;
  colUnit: string;
  colBaseline: string;
  colTarget: string;
  colRate: string;
  consistencyTitle: string;
  consistencyItem: (name: string, stated: string, implied: string, target: string) => string;
  consistencyNone: string;
  // insert
  insertOptions: string;
  sheetLanguage: string;
  langZh: string;
  langEn: string;
  summarySheet: string;
  insert: string;
  inserting: string;
  insertDone: (sheets: string[]) => string;
  insertFailed: string;
  needsExcel: string;
  writeNeedsExcel: string;
  // import
  pasteLabel: string;
  pasteHint: string;
  parse: string;
  planId: string;
  planTitle: string;
  draftTitle: (n: number) => string;
  draftEmpty: string;
  rowLabel: (n: number, name: string) => string;
  fields: {
    name: string;
    unit: string;
    kind: string;
    baselineYear: string;
    baselineValue: string;
    targetYear: string;
    targetValue: string;
    targetText: string;
    rate: string;
  };
  kinds: Record<GrowthKind, string>;
  severities: { error: string; warning: string; info: string };
  diagnosticsTitle: string;
  tableDiagnostics: string;
  problemsTitle: (n: number) => string;
  draftValid: string;
  line: (n: number) => string;
  // check
  runCheck: string;
  refresh: string;
  checking: string;
  checkIntro: string;
  statusCounts: string;
  findingsTitle: (n: number) => string;
  noFindings: string;
  findingKinds: Record<FindingKind, string>;
  groupCount: (label: string, n: number) => string;
  noStatus: string;
  fix: (value: string) => string;
  fixDone: (cell: string) => string;
  selected: (cell: string) => string;
  checkFailed: string;
  yearOf: (year: number) => string;
  entered: (text: string) => string;
  // settings
  thresholds: string;
  onTrack: string;
  onTrackHint: string;
  lagging: string;
  laggingHint: string;
  method: string;
  methodPath: string;
  methodGrowth: string;
  saveSettings: string;
  saving: string;
  settingsSaved: (sheets: string[]) => string;
  settingsInvalid: string;
  settingsFailed: string;
  language: string;
  languageHint: string;
}

const zh: Strings = {
  title: "规划指标监测",
  subtitle: "Plan Indicator Tracker",
  tabsLabel: "功能",
  tabs: { plans: "计划", import: "导入", check: "检查", settings: "设置" },
  noExcelTitle: "未连接 Excel",
  noExcel: "在浏览器中打开：插入和检查需要在 Excel 中运行本加载项。浏览规划目录和导入表格仍可使用。",
  searchPlans: "搜索规划",
  searchPlaceholder: "名称、机关或指标",
  planList: "规划目录",
  noPlanMatches: "没有符合条件的规划",
  indicatorCount: (n) => `${n} 个指标`,
  period: "规划期",
  source: "来源",
  issuer: "发布机关",
  back: "返回目录",
  indicatorTable: "指标表",
  colIndicator: "指标",
  colUnit: "单位",
  colBaseline: "基期值",
  colTarget: "目标值",
  colRate: "年均增长",
  consistencyTitle: "规划自身不一致",
  consistencyItem: (name, stated, implied, target) =>
    `${name}：规划年均增长 ${stated}，按基期值和目标值推算为 ${implied}；按 ${stated} 推算的目标值为 ${target}`,
  consistencyNone: "规划年均增长与基期值、目标值一致",
  insertOptions: "插入选项",
  sheetLanguage: "工作表语言",
  langZh: "中文",
  langEn: "English",
  summarySheet: "生成汇总表",
  insert: "插入工作簿",
  inserting: "正在写入工作簿…",
  insertDone: (sheets) => `已插入：${sheets.join("、")}`,
  insertFailed: "插入失败",
  needsExcel: "插入需要在 Excel 中运行。",
  writeNeedsExcel: "写入参数需要在 Excel 中运行。",
  pasteLabel: "粘贴指标表",
  pasteHint: "从政策文件复制的表格：每行一条指标，单元格以制表符、“|”分隔，或每格一行；含表头（指标名称、单位、2015年、2020年、年均增长）。",
  parse: "解析",
  planId: "规划编号",
  planTitle: "规划名称",
  draftTitle: (n) => `解析出的草稿（${n} 个指标）`,
  draftEmpty: "粘贴表格后点击“解析”。",
  rowLabel: (n, name) => `第 ${n} 个指标：${name}`,
  fields: {
    name: "指标名称",
    unit: "单位",
    kind: "增长类型",
    baselineYear: "基期年",
    baselineValue: "基期值",
    targetYear: "目标年",
    targetValue: "目标值",
    targetText: "目标原文",
    rate: "年均增长",
  },
  kinds: {
    cagr: "年均增长率（%）",
    pp: "年均提高（百分点）",
    level: "达到水平",
    cumulative: "期间累计",
    yoy: "比上年增长",
    qualitative: "定性（是/否）",
  },
  severities: { error: "错误", warning: "提醒", info: "说明" },
  diagnosticsTitle: "解析说明",
  tableDiagnostics: "整表说明",
  problemsTitle: (n) => `校验未通过（${n} 处）`,
  draftValid: "草稿校验通过，可以插入。",
  line: (n) => `第 ${n} 行`,
  runCheck: "检查工作表",
  refresh: "刷新",
  checking: "正在检查…",
  checkIntro: "读取工作簿中的规划表，报告无效或可疑的数据、单位错误、不一致的规划行和滞后指标。",
  statusCounts: "指标状态",
  findingsTitle: (n) => `检查结果（${n} 条）`,
  noFindings: "没有发现问题。",
  findingKinds: {
    refused: "无效数据",
    readable: "可识别的文本",
    "unit-converted": "单位已换算",
    suspicious: "可疑数据",
    inconsistent: "规划行不一致",
    lagging: "进度滞后",
  },
  groupCount: (label, n) => `${label}（${n}）`,
  noStatus: "未评估",
  fix: (value) => `改为数值 ${value}`,
  fixDone: (cell) => `已修正 ${cell}`,
  selected: (cell) => `已选中 ${cell}`,
  checkFailed: "检查失败",
  yearOf: (year) => `${year}年`,
  entered: (text) => `填入“${text}”`,
  thresholds: "评估参数",
  onTrack: "符合进度阈值",
  onTrackHint: "进度比 R 不低于此值为“符合进度”（默认 0.95）",
  lagging: "明显滞后阈值",
  laggingHint: "R 低于此值为“明显滞后”（默认 0.60）",
  method: "评估方法",
  methodPath: "路径法（与规划路径比较）",
  methodGrowth: "增速比法（SDG 监测）",
  saveSettings: "写入工作簿",
  saving: "正在写入…",
  settingsSaved: (sheets) => (sheets.length ? `已写入参数：${sheets.join("、")}` : "已写入参数"),
  settingsInvalid: "阈值须满足 0 ≤ 明显滞后阈值 ≤ 符合进度阈值",
  settingsFailed: "写入失败",
  language: "界面语言",
  languageHint: "默认随 Office 显示语言",
};

const en: Strings = {
  title: "Plan Indicator Tracker",
  subtitle: "规划指标监测",
  tabsLabel: "Workflows",
  tabs: { plans: "Plans", import: "Import", check: "Check", settings: "Settings" },
  noExcelTitle: "Not connected to Excel",
  noExcel: "Opened in a browser: inserting and checking need the add-in running in Excel. The catalog and the import still work.",
  searchPlans: "Search plans",
  searchPlaceholder: "Title, issuer or indicator",
  planList: "Plan catalog",
  noPlanMatches: "No plan matches",
  indicatorCount: (n) => `${n} indicator${n === 1 ? "" : "s"}`,
  period: "Period",
  source: "Source",
  issuer: "Issued by",
  back: "Back to the catalog",
  indicatorTable: "Indicators",
  colIndicator: "Indicator",
  colUnit: "Unit",
  colBaseline: "Baseline",
  colTarget: "Target",
  colRate: "Avg. growth",
  consistencyTitle: "The plan contradicts itself",
  consistencyItem: (name, stated, implied, target) =>
    `${name}: stated growth ${stated}, baseline and target imply ${implied}; ${stated} would give a target of ${target}`,
  consistencyNone: "Stated growth agrees with baseline and target",
  insertOptions: "Insert options",
  sheetLanguage: "Sheet language",
  langZh: "中文",
  langEn: "English",
  summarySheet: "Summary sheet",
  insert: "Insert into workbook",
  inserting: "Writing to the workbook…",
  insertDone: (sheets) => `Inserted: ${sheets.join(", ")}`,
  insertFailed: "Insert failed",
  needsExcel: "Inserting needs Excel.",
  writeNeedsExcel: "Writing the parameters needs Excel.",
  pasteLabel: "Paste an indicator table",
  pasteHint:
    "A table copied from a policy document: one indicator a row, cells separated by tabs, “|” or one cell a line, with its header (指标名称, 单位, 2015年, 2020年, 年均增长).",
  parse: "Parse",
  planId: "Plan ID",
  planTitle: "Plan title",
  draftTitle: (n) => `Parsed draft (${n} indicator${n === 1 ? "" : "s"})`,
  draftEmpty: "Paste a table and choose Parse.",
  rowLabel: (n, name) => `Indicator ${n}: ${name}`,
  fields: {
    name: "Name",
    unit: "Unit",
    kind: "Growth kind",
    baselineYear: "Base year",
    baselineValue: "Baseline",
    targetYear: "Target year",
    targetValue: "Target",
    targetText: "Target as printed",
    rate: "Avg. growth",
  },
  kinds: {
    cagr: "Growth rate (%)",
    pp: "Points a year",
    level: "Level to reach",
    cumulative: "Total over period",
    yoy: "Year on year",
    qualitative: "Yes / no",
  },
  severities: { error: "Error", warning: "Warning", info: "Note" },
  diagnosticsTitle: "Parser notes",
  tableDiagnostics: "About the table",
  problemsTitle: (n) => `Validation failed (${n})`,
  draftValid: "The draft is valid and can be inserted.",
  line: (n) => `line ${n}`,
  runCheck: "Check workbook",
  refresh: "Refresh",
  checking: "Checking…",
  checkIntro: "Reads the plan sheets and reports invalid or suspicious entries, unit slips, inconsistent plan rows and lagging indicators.",
  statusCounts: "Indicator statuses",
  findingsTitle: (n) => `Findings (${n})`,
  noFindings: "No findings.",
  findingKinds: {
    refused: "Refused entries",
    readable: "Text read as numbers",
    "unit-converted": "Units converted",
    suspicious: "Suspicious entries",
    inconsistent: "Inconsistent plan rows",
    lagging: "Lagging",
  },
  groupCount: (label, n) => `${label} (${n})`,
  noStatus: "Not assessed",
  fix: (value) => `Replace with ${value}`,
  fixDone: (cell) => `Fixed ${cell}`,
  selected: (cell) => `Selected ${cell}`,
  checkFailed: "Check failed",
  yearOf: (year) => String(year),
  entered: (text) => `entered "${text}"`,
  thresholds: "Assessment parameters",
  onTrack: "On-track threshold",
  onTrackHint: "R at or above this is on track (default 0.95)",
  lagging: "Off-track threshold",
  laggingHint: "R below this is off track (default 0.60)",
  method: "Method",
  methodPath: "Planned path",
  methodGrowth: "Growth-rate ratio (SDG)",
  saveSettings: "Write to workbook",
  saving: "Writing…",
  settingsSaved: (sheets) => (sheets.length ? `Parameters written: ${sheets.join(", ")}` : "Parameters written"),
  settingsInvalid: "Thresholds must satisfy 0 ≤ off-track ≤ on-track",
  settingsFailed: "Writing failed",
  language: "Interface language",
  languageHint: "Follows Office's display language by default",
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

/** The interface text in a language. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** A number for display: at most `digits` decimals, no trailing zeros. */
export function num(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return String(Number(value.toFixed(digits)));
}
