/**
 * Recognising the non-figure cells of a row: row numbers (1. / 1、/ （一）/ (1)),
 * units, 属性 words, indicator names and category headings, notes and prose.
 */
import { isRateForm, isValueForm } from "./cellForms";
import { hasWordCharacter, normalizeCell } from "./text";

const HAN_DIGITS = "零一二三四五六七八九";

/** Value of a Chinese numeral up to 99 (一 → 1, 十二 → 12, 二十 → 20), or null. */
export function hanNumber(text: string): number | null {
  if (!/^[零一二三四五六七八九十]{1,3}$/.test(text)) return null;
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 ? HAN_DIGITS.indexOf(text) : null;
  const tens = ten === 0 ? 1 : HAN_DIGITS.indexOf(text[0]);
  const ones = ten === text.length - 1 ? 0 : HAN_DIGITS.indexOf(text[ten + 1]);
  if (tens < 0 || ones < 0 || text.length - ten > 2 || ten > 1) return null;
  return tens * 10 + ones;
}

const ROW_NUMBER_FORMS: ReadonlyArray<RegExp> = [
  /^(\d{1,3})[.、)]?$/,
  /^\((\d{1,3}|[零一二三四五六七八九十]{1,3})\)$/,
  /^([零一二三四五六七八九十]{1,3})、$/,
];

/** The number of a row-number cell ("3", "3.", "3、", "(3)", "（三）", "三、"), or null. */
export function rowNumberValue(printed: string): number | null {
  const text = normalizeCell(printed);
  for (const form of ROW_NUMBER_FORMS) {
    const match = form.exec(text);
    if (match) return /^\d+$/.test(match[1]) ? Number(match[1]) : hanNumber(match[1]);
  }
  return null;
}

/** Splits a leading row number off a name ("1.科技进步贡献率", "（一）科技投入", "三、主要任务"). */
export function stripRowNumber(printed: string): { text: string; number: number | null } {
  const match = /^\s*(\d{1,3}[.、．](?!\d)|[(（](?:\d{1,3}|[零一二三四五六七八九十]{1,3})[)）]|[零一二三四五六七八九十]{1,3}、)\s*/.exec(printed);
  if (!match || match[0].length === printed.length) return { text: printed.trim(), number: null };
  return { text: printed.slice(match[0].length).trim(), number: rowNumberValue(match[1]) };
}

const UNIT_END = /[元个件家人项名台套座所吨米次户亩%‰年天时株只辆篇册支批栋瓦克升方斤顷]$/;
const KNOWN_UNITS = new Set(["%", "‰", "kg", "t", "km", "m", "m²", "kWh", "GW", "MW", "万kW", "倍", "个百分点", "-"]);

/** True for a short cell that reads as a unit: %, 亿元, 件, 万元/人, 人年 … */
export function isUnitLike(printed: string): boolean {
  const text = normalizeCell(printed);
  if (text === "" || text.length > 6 || /\d/.test(text.replace(/[²³]/g, ""))) return false;
  if (KNOWN_UNITS.has(text)) return true;
  return /^[A-Za-z%‰\u3400-\u9fff/·²³]+$/.test(text) && (text.includes("/") || (UNIT_END.test(text) && text.length <= 4));
}

/** 预期性 / 约束性 (also the short forms 预期 / 约束), or null. */
export function natureOf(printed: string): "预期性" | "约束性" | null {
  const text = normalizeCell(printed);
  if (/^预期性?$/.test(text)) return "预期性";
  if (/^约束性?$/.test(text)) return "约束性";
  return null;
}

/** A note under a table: 注：…, 备注：…, 资料来源：… */
export function isNoteText(printed: string): boolean {
  return /^(?:注|备注|说明|资料来源|数据来源|来源)\d*[:：]/.test(printed.trim());
}

/** A line of running prose rather than a cell: long and punctuated like a sentence. */
export function isProse(printed: string): boolean {
  const text = printed.trim();
  return text.length > 40 && /[，。；,;]/.test(text);
}

/** True for a cell that could be an indicator name or a category heading (text, not a figure, unit or 属性 word). */
export function isNameLike(printed: string | undefined): boolean {
  if (printed === undefined) return false;
  const text = normalizeCell(printed);
  if (!hasWordCharacter(text) || natureOf(text) !== null || isUnitLike(text)) return false;
  return !isValueForm(text) && !isRateForm(text) && rowNumberValue(text) === null;
}
