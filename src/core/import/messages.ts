/**
 * The importer's messages in Chinese and English, one builder per diagnostic code.
 */
import type { ImportCode, ImportDiagnostic, ImportSeverity } from "./diagnostics";

type Texts = { zh: string; en: string };

const q = (text: string) => `“${text}”`;
const qe = (text: string) => `"${text}"`;

/** Message builders; each takes what the message names. */
export const MESSAGES = {
  "empty-input": (): Texts => ({ zh: "没有可读取的内容", en: "nothing to read" }),
  "no-header": (): Texts => ({
    zh: "未找到表头：需要“指标名称”等列名和年份（如2015年、2020年）、“目标值”或“年均增长”列",
    en: "no header found: it needs a name column (指标名称) and year (2015年, 2020年), target (目标值) or growth (年均增长) columns",
  }),
  "before-header": (text: string, asTitle: boolean): Texts =>
    asTitle
      ? { zh: `表头前的文字${q(text)}已作为表名`, en: `text before the header, ${qe(text)}, taken as the table's title` }
      : { zh: `表头前的文字${q(text)}未读取`, en: `text before the header, ${qe(text)}, not read` },
  "not-read": (why: "no-header" | "no-period"): Texts =>
    why === "no-header"
      ? { zh: "未读取：没有找到表头", en: "not read: no header found" }
      : { zh: "未导入：无法确定目标年", en: "not imported: no target year" },
  "repeated-header": (): Texts => ({ zh: "重复的表头行，已跳过", en: "a repeated header row, skipped" }),
  "unknown-column": (labels: string): Texts => ({ zh: `未读取的列：${labels}`, en: `columns not read: ${labels}` }),
  "extra-year-columns": (labels: string): Texts => ({
    zh: `中间年份列未读取（基期取第一年份列，目标取最后年份列）：${labels}`,
    en: `middle year columns not read (baseline from the first year column, target from the last): ${labels}`,
  }),
  "no-baseline-column": (): Texts => ({ zh: "表中没有基期列，基期值留空", en: "no baseline column: baselines left empty" }),
  "no-target-column": (): Texts => ({ zh: "表中没有目标列，目标值留空", en: "no target column: targets left empty" }),
  "period-from-title": (title: string, base: number, target: number): Texts => ({
    zh: `规划期按标题${q(title)}取为${base}—${target}年`,
    en: `plan period ${base}–${target} taken from the title ${qe(title)}`,
  }),
  "period-from-options": (base: number, target: number): Texts => ({
    zh: `规划期按指定取为${base}—${target}年`,
    en: `plan period ${base}–${target} as given`,
  }),
  "period-assumed": (base: number, target: number): Texts => ({
    zh: `表中未给出基期年，暂按五年规划取${base}年（期末${target}年），请核对`,
    en: `no base year in the table: ${base} assumed (a five-year plan ending ${target}); please check`,
  }),
  "no-target-year": (): Texts => ({
    zh: "无法确定目标年：表头没有年份，请指定目标年",
    en: "no target year: the header has no year; give the target year",
  }),
  "period-invalid": (base: number, target: number): Texts => ({
    zh: `规划期无效：基期年${base}不早于目标年${target}`,
    en: `invalid period: base year ${base} is not before target year ${target}`,
  }),
  "plan-id-invalid": (id: string, used: string): Texts => ({
    zh: `规划编号${q(id)}只能含小写字母、数字和连字符，已改用${q(used)}`,
    en: `plan id ${qe(id)} may hold only lowercase letters, digits and dashes; ${qe(used)} used`,
  }),
  "category-row": (text: string): Texts => ({ zh: `${q(text)}作为类别标题`, en: `${qe(text)} read as a category heading` }),
  "note-row": (): Texts => ({ zh: "表注，未读取", en: "a note under the table, not read" }),
  "prose-row": (): Texts => ({ zh: "正文段落，未读取", en: "running text, not read" }),
  "missing-cells": (labels: string): Texts => ({
    zh: `本行缺少单元格，以下列留空：${labels}`,
    en: `cells missing in this row; left empty: ${labels}`,
  }),
  "extra-cells": (cells: string): Texts => ({ zh: `多余的单元格未读取：${cells}`, en: `extra cells not read: ${cells}` }),
  "no-name": (cells: string): Texts => ({
    zh: `本行没有指标名称，未导入：${cells}`,
    en: `no indicator name in this row, not imported: ${cells}`,
  }),
  "name-en-missing": (count: number): Texts => ({
    zh: `${count}个指标的英文名称留空，发布机关记为“未注明”，请补充`,
    en: `English names left empty for ${count} indicators and the issuer marked "not stated"; please complete them`,
  }),
  "unit-from-value": (unit: string): Texts => ({ zh: `单位${q(unit)}取自数值`, en: `unit ${qe(unit)} taken from the figures` }),
  "unit-conflict": (a: string, b: string): Texts => ({
    zh: `单位列${q(a)}与名称中的单位${q(b)}不一致，取单位列`,
    en: `the unit column's ${qe(a)} differs from the name's ${qe(b)}; the unit column is used`,
  }),
  "direction-inferred": (why: string, from: "name" | "target"): Texts =>
    from === "target"
      ? { zh: `目标${q(why)}是上限，判断为逆向指标（越低越好）`, en: `the target ${qe(why)} is an upper bound: read as lower-is-better` }
      : {
          zh: `按名称中的${q(why)}判断为逆向指标（越低越好）；若数值本身是降幅，应改为正向`,
          en: `read as lower-is-better from ${qe(why)} in the name; if the figure is the size of a reduction, make it higher-is-better`,
        },
  "nature-unknown": (text: string): Texts => ({
    zh: `属性${q(text)}不是“预期性”或“约束性”，未读取`,
    en: `nature ${qe(text)} is neither 预期性 nor 约束性; not read`,
  }),
  "baseline-empty": (): Texts => ({ zh: "基期值为空", en: "no baseline figure" }),
  "baseline-unreadable": (text: string): Texts => ({
    zh: `基期值${q(text)}不是单一数值，留空`,
    en: `baseline ${qe(text)} is not a single figure; left empty`,
  }),
  "baseline-comparator": (text: string, value: number): Texts => ({
    zh: `基期值${q(text)}按${value}读取`,
    en: `baseline ${qe(text)} read as ${value}`,
  }),
  "baseline-cumulative": (text: string): Texts => ({
    zh: `基期栏${q(text)}是上一时期累计数，不作基期值`,
    en: `${qe(text)} in the baseline column is the previous period's total, not a baseline`,
  }),
  "target-empty": (): Texts => ({ zh: "目标值为空", en: "no target figure" }),
  "text-target": (text: string): Texts => ({
    zh: `目标${q(text)}不是数值，目标值留空`,
    en: `target ${qe(text)} is not a figure; no target value`,
  }),
  "target-approximate": (text: string): Texts => ({
    zh: `目标${q(text)}为约数，按该数值读取`,
    en: `target ${qe(text)} is approximate; read as that figure`,
  }),
  "target-cumulative": (text: string): Texts => ({
    zh: `${q(text)}按规划期累计目标读取`,
    en: `${qe(text)} read as a total over the plan period`,
  }),
  "target-yoy": (text: string): Texts => ({
    zh: `${q(text)}按比上年增长目标读取，目标水平留空`,
    en: `${qe(text)} read as a year-on-year growth target; no target level`,
  }),
  "rate-bare": (text: string): Texts => ({
    zh: `增速${q(text)}按年均增长百分比读取`,
    en: `rate ${qe(text)} read as % a year`,
  }),
  "rate-unreadable": (text: string): Texts => ({
    zh: `年均增长${q(text)}无法识别，留空`,
    en: `growth ${qe(text)} not understood; left empty`,
  }),
  "rate-negative": (text: string): Texts => ({ zh: `${q(text)}按负增长读取`, en: `${qe(text)} read as a negative rate` }),
  "rate-comparator": (text: string): Texts => ({
    zh: `增速${q(text)}中的“以上/左右”等未计入`,
    en: `the qualifier in ${qe(text)} (以上, 左右 …) is not kept`,
  }),
  "rate-ignored": (text: string): Texts => ({
    zh: `目标栏已定为累计或比上年增长目标，增速栏${q(text)}不作年均增速，仅记入备注`,
    en: `the target cell makes this a cumulative or year-on-year target; ${qe(text)} is not used as the yearly rate, only noted`,
  }),
  "cumulative-change": (text: string): Texts => ({
    zh: `${q(text)}是规划期累计变化，已记入备注`,
    en: `${qe(text)} is the change over the period; kept in the notes`,
  }),
  "duplicate-name": (name: string): Texts => ({ zh: `指标名称${q(name)}重复`, en: `indicator name ${qe(name)} appears twice` }),
  "invalid-draft": (zh: string, en: string): Texts => ({ zh: `草稿未通过校验：${zh}`, en: `the draft fails validation: ${en}` }),
} satisfies Record<ImportCode, (...args: never[]) => Texts>;

/** Builds the diagnostic for `code` at `row` with the message's arguments. */
export function say<C extends ImportCode>(
  row: number,
  severity: ImportSeverity,
  code: C,
  ...args: Parameters<(typeof MESSAGES)[C]>
): ImportDiagnostic {
  const build = MESSAGES[code] as (...a: Parameters<(typeof MESSAGES)[C]>) => Texts;
  return { row, severity, code, ...build(...args) };
}
