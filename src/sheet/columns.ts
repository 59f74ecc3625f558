/**
 * The columns of a plan sheet's indicator table, in order. Plan columns hold
 * the plan's values, input columns what people enter, computed columns a
 * formula each (one per column, branching on the row's growth kind).
 */
import type { Texts } from "../core";

export type ColumnRole = "plan" | "input" | "computed";

export interface ColumnSpec {
  key: string;
  header: Texts;
  role: ColumnRole;
  width: number;
  numFmt?: string;
}

/** Number formats (invariant en-US form). */
export const FORMATS = {
  value: "#,##0.00##",
  rate: "0.00",
  ratio: "0.00",
  share: "0.0%",
  year: "0;-0;;@",
  integer: "0",
} as const;

/** Columns before the year columns. */
export const LEADING_COLUMNS: readonly ColumnSpec[] = [
  { key: "id", header: { zh: "编号", en: "ID" }, role: "plan", width: 14 },
  { key: "name", header: { zh: "指标名称", en: "Indicator" }, role: "plan", width: 32 },
  { key: "unit", header: { zh: "单位", en: "Unit" }, role: "plan", width: 8 },
  { key: "kind", header: { zh: "增长类型", en: "Growth kind" }, role: "plan", width: 11 },
  { key: "direction", header: { zh: "方向", en: "Direction" }, role: "plan", width: 10 },
  { key: "comparator", header: { zh: "比较", en: "Comparator" }, role: "plan", width: 8 },
  { key: "targetText", header: { zh: "目标（原文）", en: "Target as printed" }, role: "plan", width: 14 },
  { key: "baseYear", header: { zh: "基期年", en: "Base year" }, role: "plan", width: 8, numFmt: FORMATS.integer },
  { key: "targetYear", header: { zh: "目标年", en: "Target year" }, role: "plan", width: 8, numFmt: FORMATS.integer },
  { key: "baseline", header: { zh: "基期值", en: "Baseline" }, role: "input", width: 11, numFmt: FORMATS.value },
  { key: "target", header: { zh: "目标值", en: "Target" }, role: "plan", width: 11, numFmt: FORMATS.value },
  { key: "rate", header: { zh: "规划年均增速", en: "Stated growth" }, role: "plan", width: 10, numFmt: FORMATS.rate },
  { key: "rateText", header: { zh: "增速原文", en: "Growth as printed" }, role: "plan", width: 12 },
  { key: "rateDecimals", header: { zh: "增速小数位", en: "Decimals" }, role: "plan", width: 8, numFmt: FORMATS.integer },
  { key: "implied", header: { zh: "隐含年均增速", en: "Implied growth" }, role: "computed", width: 10, numFmt: FORMATS.rate },
];

/** Columns after the year columns. */
export const TRAILING_COLUMNS: readonly ColumnSpec[] = [
  { key: "latestYear", header: { zh: "最新年份", en: "Latest year" }, role: "computed", width: 8, numFmt: FORMATS.year },
  { key: "latest", header: { zh: "最新值", en: "Latest figure" }, role: "computed", width: 11, numFmt: FORMATS.value },
  { key: "runningTotal", header: { zh: "累计值", en: "Running total" }, role: "computed", width: 11, numFmt: FORMATS.value },
  { key: "previous", header: { zh: "上年值", en: "Previous year" }, role: "computed", width: 11, numFmt: FORMATS.value },
  { key: "assessable", header: { zh: "可评估", en: "Assessable" }, role: "computed", width: 8 },
  { key: "met", header: { zh: "已达标", en: "Target met" }, role: "computed", width: 8 },
  { key: "pathValue", header: { zh: "规划路径值", en: "Path value" }, role: "computed", width: 11, numFmt: FORMATS.value },
  { key: "gap", header: { zh: "差距", en: "Gap" }, role: "computed", width: 11, numFmt: FORMATS.value },
  { key: "ratio", header: { zh: "进度比", en: "Progress ratio" }, role: "computed", width: 9, numFmt: FORMATS.ratio },
  { key: "timeShare", header: { zh: "时间进度", en: "Time share" }, role: "computed", width: 9, numFmt: FORMATS.share },
  { key: "progressShare", header: { zh: "目标完成度", en: "Progress share" }, role: "computed", width: 9, numFmt: FORMATS.share },
  { key: "growthSoFar", header: { zh: "已实现年均增速", en: "Growth so far" }, role: "computed", width: 10, numFmt: FORMATS.rate },
  { key: "growthNeeded", header: { zh: "尚需年均增速", en: "Growth needed" }, role: "computed", width: 10, numFmt: FORMATS.rate },
  { key: "projected", header: { zh: "按现速度目标年预计值", en: "Projected at target year" }, role: "computed", width: 12, numFmt: FORMATS.value },
  { key: "status", header: { zh: "状态", en: "Status" }, role: "computed", width: 11 },
  { key: "consistency", header: { zh: "增速一致性", en: "Rate consistency" }, role: "computed", width: 10 },
  { key: "targetFromStated", header: { zh: "按规划增速应达目标", en: "Target from stated rate" }, role: "computed", width: 12, numFmt: FORMATS.value },
];

/** The year column header: "2016年" / "2016". */
export function yearHeader(year: number, lang: "zh" | "en"): string {
  return lang === "zh" ? `${year}年` : String(year);
}
