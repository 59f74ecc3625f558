/** Messages about entered figures, in the user's language. */
import type { FigureNote, FigureReading, RefusalReason } from "../figures/parseFigure";
import type { FigureWarning } from "../figures/warnings";
import { formatNumber, type Lang } from "./lang";

const REFUSALS: Readonly<Record<RefusalReason, { zh: (t: string) => string; en: (t: string) => string }>> = {
  "no-number": { zh: (t) => `“${t}”不含数字，不能作为数值`, en: (t) => `"${t}" contains no number` },
  "several-numbers": { zh: (t) => `“${t}”含有多个数字，请只填一个数值`, en: (t) => `"${t}" holds several numbers; enter one figure` },
  range: { zh: (t) => `“${t}”是一个区间，请填写一个数值`, en: (t) => `"${t}" is a range; enter one figure` },
  "unit-mismatch": { zh: (t) => `“${t}”的单位与指标单位不符`, en: (t) => `"${t}" has a unit that does not fit the indicator's` },
  "unknown-text": { zh: (t) => `“${t}”无法识别为数值`, en: (t) => `"${t}" cannot be read as a number` },
  "not-yes-no": { zh: (t) => `“${t}”应填“是”或“否”`, en: (t) => `"${t}" should be yes (是) or no (否)` },
};

/** Why a figure was refused. */
export function refusalMessage(reason: RefusalReason, text: string, lang: Lang): string {
  return REFUSALS[reason][lang](text);
}

/** A note on how a figure was read. */
export function figureNoteMessage(note: FigureNote, value: number, lang: Lang): string {
  if (note.code === "read-from-text") {
    return lang === "zh" ? `文本已按数值 ${formatNumber(value, 10)} 读取` : `text read as the number ${formatNumber(value, 10)}`;
  }
  return lang === "zh"
    ? `单位已由“${note.from}”换算为“${note.to}”：${formatNumber(value, 10)}`
    : `converted from ${note.from} to ${note.to}: ${formatNumber(value, 10)}`;
}

/** A plausibility warning. */
export function figureWarningMessage(warning: FigureWarning, lang: Lang): string {
  if (warning.code === "jump") {
    const factor = formatNumber(warning.factor, 2);
    return lang === "zh"
      ? `与上一年（${formatNumber(warning.previous)}）相比变化 ${factor} 倍，请核实是否单位有误`
      : `${factor} times the previous year's ${formatNumber(warning.previous)}; check the unit`;
  }
  return lang === "zh"
    ? `百分比指标填入了小数（基期值 ${formatNumber(warning.base)}），是否应乘以100？`
    : `a percentage entered as a fraction (baseline ${formatNumber(warning.base)}); multiply by 100?`;
}

/** One line describing a reading: the refusal, or the notes on how it was read ("" for a plain number). */
export function readingMessage(reading: FigureReading, lang: Lang): string {
  if (reading.kind === "refused") return refusalMessage(reading.reason, reading.text, lang);
  if (reading.kind === "number") {
    return reading.notes.map((n) => figureNoteMessage(n, reading.value, lang)).join(lang === "zh" ? "；" : "; ");
  }
  return "";
}
