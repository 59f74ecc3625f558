/**
 * Reading an entered figure (assessment-rules.md, "Entered figures"): what a
 * planner typed or pasted becomes a number, a refusal with its reason, or empty.
 * Never throws, and never reads text without digits as a number.
 */
import type { GrowthKind } from "../plan/model";
import { normalizeFigureText } from "./normalize";
import { conversionExponent, scaleByPowerOfTen, SUFFIX_UNITS } from "./units";

export type RefusalReason = "no-number" | "several-numbers" | "range" | "unit-mismatch" | "unknown-text" | "not-yes-no";

export type FigureNote =
  | { code: "read-from-text" }
  | { code: "unit-converted"; from: string; to: string; exponent: number };

export type FigureReading =
  | { kind: "empty" }
  | { kind: "number"; value: number; notes: FigureNote[] }
  | { kind: "refused"; reason: RefusalReason; text: string };

/** What an entered figure is read against. */
export interface FigureContext {
  /** The indicator's unit as printed ("亿元", "%", "家", ""). */
  unit: string;
  /** Qualitative indicators read yes/no instead of numbers. */
  kind?: GrowthKind;
}

const YES = new Set(["是", "Y", "YES", "TRUE", "1", "完成", "达成", "已完成", "已达成"]);
const NO = new Set(["否", "N", "NO", "FALSE", "0", "未完成", "未达成"]);

/** Longest suffixes first so that 万元 wins over 元. */
const SUFFIX_PATTERN = [...SUFFIX_UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace("%", "\\%")).join("|");
const NUMBER_WITH_UNIT = new RegExp(`^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d*)(\\.\\d+)?(${SUFFIX_PATTERN})?$`);
const RANGE = /\d(?:-|~|至|到)[+-]?\d/;
const DIGIT_RUN = /\d+(?:\.\d+)?/g;
const SPACED_NUMBERS = /\d [+\-.]?\d/;

function readQualitative(text: string): FigureReading {
  const key = text.toUpperCase();
  if (YES.has(key)) return { kind: "number", value: 1, notes: [] };
  if (NO.has(key)) return { kind: "number", value: 0, notes: [] };
  return { kind: "refused", reason: "not-yes-no", text };
}

/** Reads one entered figure: a cell's value (number, text, boolean) or empty. */
export function parseFigure(entered: unknown, context: FigureContext): FigureReading {
  if (entered === null || entered === undefined) return { kind: "empty" };
  if (typeof entered === "number") {
    return Number.isFinite(entered) ? { kind: "number", value: entered, notes: [] } : { kind: "refused", reason: "no-number", text: String(entered) };
  }
  if (typeof entered === "boolean") {
    return context.kind === "qualitative"
      ? { kind: "number", value: entered ? 1 : 0, notes: [] }
      : { kind: "refused", reason: "no-number", text: String(entered) };
  }
  const original = String(entered);
  const spaced = normalizeFigureText(original);
  if (SPACED_NUMBERS.test(spaced)) return { kind: "refused", reason: "several-numbers", text: original };
  const text = spaced.replace(/ /g, "");
  if (text === "") return { kind: "empty" };
  if (context.kind === "qualitative") return readQualitative(text);
  if (!/\d/.test(text)) return { kind: "refused", reason: "no-number", text: original };
  if (RANGE.test(text)) return { kind: "refused", reason: "range", text: original };

  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match || (match[2] === "" && match[3] === undefined)) {
    const runs = text.match(DIGIT_RUN) ?? [];
    return { kind: "refused", reason: runs.length > 1 ? "several-numbers" : "unknown-text", text: original };
  }
  const [, sign, integer, fraction = "", suffix] = match;
  let value = Number(`${sign}${integer.replace(/,/g, "") || "0"}${fraction}`);
  const notes: FigureNote[] = [];
  if (typeof entered === "string") notes.push({ code: "read-from-text" });
  if (suffix) {
    const exponent = conversionExponent(suffix, context.unit);
    if (exponent === null) return { kind: "refused", reason: "unit-mismatch", text: original };
    if (exponent !== 0) {
      value = scaleByPowerOfTen(value, exponent);
      notes.push({ code: "unit-converted", from: suffix, to: context.unit, exponent });
    }
  }
  return { kind: "number", value, notes };
}
