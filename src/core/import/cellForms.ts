/**
 * Reading the printed forms of value and rate cells: `1000以上`, `>6.5`,
 * `不超过5`, `15～20家`, `[50]`, `0.05个百分点`, `6.5%`, `—`. Strict: a cell
 * that is not one of these forms is text, and no number is taken out of it.
 */
import type { Comparator } from "../plan/model";
import { normalizeCell } from "./text";

export type Bound = Exclude<Comparator, "range">;

/** A value cell (baseline, year or target column) as read. */
export type ValueForm =
  | { kind: "empty" }
  | { kind: "dash" }
  | { kind: "number"; value: number; comparator: Bound | null; approx: boolean; unit: string }
  | { kind: "range"; lo: number; hi: number; unit: string }
  | { kind: "cumulative"; inner: ValueForm & { kind: "number" | "range" } }
  | { kind: "yoy"; rate: number; comparator: Bound | null; approx: boolean }
  | { kind: "text" };

/** A rate cell (年均增长 column) as read. `sign` is −1 where the cell says 降低/下降/减少. */
export type RateForm =
  | { kind: "empty" }
  | { kind: "dash" }
  | { kind: "percent"; rate: number; sign: 1 | -1; qualifier: boolean }
  | { kind: "pp"; rate: number; sign: 1 | -1; qualifier: boolean }
  | { kind: "bare"; rate: number; sign: 1 | -1; qualifier: boolean }
  | { kind: "cumulative"; inner: ValueForm & { kind: "number" | "range" }; pp: boolean }
  | { kind: "text" };

const NUM = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const NUMBER = new RegExp(`^(${NUM})(.*)$`);
const RANGE = new RegExp(`^(${NUM})([^\\d~至到—–-]{0,6})(?:~|至|到|—|–|-{1,2})(${NUM})(.*)$`);
const UNIT = /^[A-Za-z%‰\u3400-\u9fff/·²³]{0,6}$/;
const COMPARATOR_WORD = /以上|以下|以内|左右|不|超过|低于|高于|达到|大于|小于/;
const DASH = /^(?:[—–\-/\\~…_]+|无|暂无|空|N\/?A)$/i;

/** Comparator words before a number, longest first so 不低于 wins over 低于. */
const PREFIXES: ReadonlyArray<readonly [string, Bound | "approx" | null]> = [
  ["不低于", ">="], ["不少于", ">="], ["不小于", ">="], ["不超过", "<="], ["不高于", "<="], ["不大于", "<="],
  ["不多于", "<="], ["控制在", null], ["保持在", null], ["力争达到", ">="], ["力争", null], ["达到", ">="],
  ["超过", ">"], ["高于", ">"], ["大于", ">"], ["多于", ">"], ["低于", "<"], ["小于", "<"], ["少于", "<"],
  [">=", ">="], ["<=", "<="], ["≥", ">="], ["≤", "<="], [">", ">"], ["<", "<"], ["约", "approx"], ["达", ">="],
];
/** Comparator words after a number (and its unit). */
const SUFFIXES: ReadonlyArray<readonly [string, Bound | "approx"]> = [
  ["及以上", ">="], ["及以下", "<="], ["以上", ">="], ["以下", "<="], ["以内", "<="], ["左右", "approx"], ["上下", "approx"],
];

/** Parses a printed number with optional thousands separators ("1,000" → 1000). */
export function parseNumber(text: string): number | null {
  if (!new RegExp(`^${NUM}$`).test(text)) return null;
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) ? value : null;
}

function stripPrefix(text: string): { rest: string; mark: Bound | "approx" | null } {
  for (const [word, mark] of PREFIXES) if (text.startsWith(word)) return { rest: text.slice(word.length), mark };
  return { rest: text, mark: null };
}

function stripSuffix(text: string): { rest: string; mark: Bound | "approx" | null } {
  for (const [word, mark] of SUFFIXES) if (text.endsWith(word)) return { rest: text.slice(0, -word.length), mark };
  return { rest: text, mark: null };
}

function isUnitText(text: string): boolean {
  return UNIT.test(text) && !COMPARATOR_WORD.test(text);
}

/** A number with optional comparator words around it and a unit after it, e.g. "不低于1000家", "18件以上". */
function readNumber(text: string): (ValueForm & { kind: "number" }) | null {
  const pre = stripPrefix(text);
  const suf = stripSuffix(pre.rest);
  const match = NUMBER.exec(suf.rest);
  if (!match) return null;
  const value = parseNumber(match[1]);
  const unit = match[2];
  if (value === null || !isUnitText(unit)) return null;
  const marks = [pre.mark, suf.mark];
  const comparator = (marks.find((m) => m !== null && m !== "approx") as Bound | undefined) ?? null;
  return { kind: "number", value, comparator, approx: marks.includes("approx"), unit };
}

function readRange(text: string): (ValueForm & { kind: "range" }) | null {
  const match = RANGE.exec(stripSuffix(text).rest);
  if (!match) return null;
  const lo = parseNumber(match[1]);
  const hi = parseNumber(match[3]);
  const unit = match[4] || match[2];
  if (lo === null || hi === null || lo >= hi || !isUnitText(match[2]) || !isUnitText(match[4])) return null;
  if (match[2] && match[4] && match[2] !== match[4]) return null;
  return { kind: "range", lo, hi, unit };
}

function readPlain(text: string): (ValueForm & { kind: "number" | "range" }) | null {
  return readNumber(text) ?? readRange(text);
}

function readCumulative(text: string): ValueForm | null {
  const bracket = /^\[(.*)\]$/.exec(text);
  const word = /^(?:五年|期间|规划期内?|“十.五”期间)?累计(.*)$/.exec(text);
  const inner = bracket?.[1] ?? word?.[1];
  if (inner === undefined) return null;
  const form = readPlain(inner);
  return form ? { kind: "cumulative", inner: form } : { kind: "text" };
}

function readYoy(text: string): ValueForm | null {
  const match = /^(?:比上年|同比|较上年)?(?:增长|增加|提高)(.*)$/.exec(text);
  if (!match) return null;
  const form = readNumber(match[1]);
  if (!form || form.unit !== "%") return null;
  return { kind: "yoy", rate: form.value, comparator: form.comparator, approx: form.approx };
}

/** Reads a value cell: a number (with comparator and unit), a range, a cumulative [x], a yoy growth, a dash, or text. */
export function readValueCell(printed: string | undefined): ValueForm {
  const text = normalizeCell(printed ?? "");
  if (text === "") return { kind: "empty" };
  if (DASH.test(text)) return { kind: "dash" };
  return readCumulative(text) ?? readYoy(text) ?? readPlain(text) ?? { kind: "text" };
}

/** Reads a rate cell: x% (cagr), x个百分点 (pp), a bare number, [x] (a total over the period), a dash, or text. */
export function readRateCell(printed: string | undefined): RateForm {
  const text = normalizeCell(printed ?? "");
  if (text === "") return { kind: "empty" };
  if (DASH.test(text)) return { kind: "dash" };
  const bracket = /^\[(.*)\]$/.exec(text);
  if (bracket) {
    const pp = /个?百分点$/.test(bracket[1]);
    const inner = readPlain(bracket[1].replace(/个?百分点$/, ""));
    return inner ? { kind: "cumulative", inner, pp } : { kind: "text" };
  }
  const verb = /^(?:年均)?(增长|提高|增加|上升|降低|下降|减少)?(.*)$/.exec(text);
  const sign: 1 | -1 = verb?.[1] && /降低|下降|减少/.test(verb[1]) ? -1 : 1;
  let rest = verb ? verb[2] : text;
  const suffix = stripSuffix(rest);
  const prefix = stripPrefix(suffix.rest);
  const qualifier = suffix.mark !== null || prefix.mark !== null;
  rest = prefix.rest;
  const pp = new RegExp(`^(${NUM})个?百分点$`).exec(rest);
  if (pp) return { kind: "pp", rate: Number(pp[1].replace(/,/g, "")), sign, qualifier };
  const pct = new RegExp(`^(${NUM})%$`).exec(rest);
  if (pct) return { kind: "percent", rate: Number(pct[1].replace(/,/g, "")), sign, qualifier };
  const bare = parseNumber(rest);
  if (bare !== null) return { kind: "bare", rate: bare, sign, qualifier };
  return { kind: "text" };
}

/** True when the cell is a number, range, cumulative or yoy form (not a dash, empty or text). */
export function isValueForm(printed: string): boolean {
  const form = readValueCell(printed);
  return form.kind === "number" || form.kind === "range" || form.kind === "cumulative" || form.kind === "yoy";
}

/** True when the cell reads as a rate (x%, x个百分点, bare number or [x]). */
export function isRateForm(printed: string): boolean {
  const kind = readRateCell(printed).kind;
  return kind !== "empty" && kind !== "dash" && kind !== "text";
}
