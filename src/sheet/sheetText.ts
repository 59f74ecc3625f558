/** Texts written into sheets, in zh-CN and en-US. */
import type { Lang } from "../core";

export interface SheetText {
  issuer: string;
  source: string;
  period: string;
  methodLabel: string;
  methodText: string;
  planId: string;
  parameters: string;
  onTrack: string;
  lagging: string;
  methodCode: string;
  firstYear: string;
  baseYear: string;
  targetYear: string;
  yearRow: string;
  consistent: string;
  inconsistent: string;
  yes: string;
  no: string;
  noUnit: string;
  invalidTitle: string;
  decimalMessage: (unit: string) => string;
  inputPrompt: (unit: string) => string;
  baselineMessage: (unit: string) => string;
  thresholdMessage: string;
  methodMessage: string;
  yesNoMessage: string;
  summaryTitle: string;
  summaryPlan: string;
  summaryTotal: string;
  laggingList: string;
  progressChart: string;
}

export const SHEET_TEXT: Readonly<Record<Lang, SheetText>> = {
  zh: {
    issuer: "发布机关",
    source: "来源",
    period: "规划期",
    methodLabel: "评估方法",
    methodText: "按规划路径计算进度比（assessment-rules.md）；阈值可在下方参数单元格修改",
    planId: "计划编号",
    parameters: "参数",
    onTrack: "符合进度阈值",
    lagging: "需加快阈值",
    methodCode: "进度比方法（path / growth-ratio）",
    firstYear: "首个填报年",
    baseYear: "基期年",
    targetYear: "目标年",
    yearRow: "年份",
    consistent: "一致",
    inconsistent: "不一致",
    yes: "是",
    no: "否",
    noUnit: "无单位",
    invalidTitle: "数据无效",
    decimalMessage: (unit) => `请填写一个数值（单位：${unit}），不要填写文字、区间或多个数字。`,
    inputPrompt: (unit) => `填写当年实际值，单位：${unit}`,
    baselineMessage: (unit) => `基期值必须是一个数值（单位：${unit}）。`,
    thresholdMessage: "阈值必须是 0 到 10 之间的数值。",
    methodMessage: "请选择 path 或 growth-ratio。",
    yesNoMessage: "请填写“是”或“否”。",
    summaryTitle: "规划指标监测汇总",
    summaryPlan: "计划",
    summaryTotal: "合计",
    laggingList: "滞后指标",
    progressChart: "进度比",
  },
  en: {
    issuer: "Issued by",
    source: "Source",
    period: "Period",
    methodLabel: "Method",
    methodText: "Progress ratio against the planned path (assessment-rules.md); thresholds are editable below",
    planId: "Plan ID",
    parameters: "Parameters",
    onTrack: "On-track threshold",
    lagging: "Needs-acceleration threshold",
    methodCode: "Ratio method (path / growth-ratio)",
    firstYear: "First year column",
    baseYear: "Base year",
    targetYear: "Target year",
    yearRow: "Year",
    consistent: "Consistent",
    inconsistent: "Inconsistent",
    yes: "是",
    no: "否",
    noUnit: "no unit",
    invalidTitle: "Invalid entry",
    decimalMessage: (unit) => `Enter one number (unit: ${unit}); no text, ranges or several numbers.`,
    inputPrompt: (unit) => `The year's actual figure, in ${unit}`,
    baselineMessage: (unit) => `The baseline must be one number (unit: ${unit}).`,
    thresholdMessage: "A threshold is a number from 0 to 10.",
    methodMessage: "Choose path or growth-ratio.",
    yesNoMessage: "Enter 是 (yes) or 否 (no).",
    summaryTitle: "Plan indicator summary",
    summaryPlan: "Plan",
    summaryTotal: "Total",
    laggingList: "Lagging indicators",
    progressChart: "Progress ratio",
  },
};
