/**
 * One row's figures: baseline, target and stated growth read from their cells,
 * with what was noticed along the way. Nothing is computed: a figure is either
 * printed in the row or left empty.
 */
import type { Comparator, Direction, GrowthKind } from "../plan/model";
import { readRateCell, readValueCell, type Bound, type ValueForm } from "./cellForms";
import type { ImportDiagnostic } from "./diagnostics";
import { say } from "./messages";

export interface TargetReading {
  value: number | null;
  comparator: Comparator;
  range?: { lo: number; hi: number };
  text: string;
  /** What the target cell says about the growth kind. */
  kindHint: "cumulative" | "yoy" | "text" | "none" | "number";
  yoyRate: number | null;
  unit: string;
  /** An explicit upper bound (以下, 不超过, <) — a hint that lower is better. */
  upperBound: boolean;
}

export interface GrowthReading {
  kind: GrowthKind;
  rate: number | null;
  rateText: string | null;
}

type Found = ImportDiagnostic[];

const defaultComparator = (direction: Direction): Bound => (direction === "decrease" ? "<=" : ">=");

function fromForm(form: ValueForm, printed: string, direction: Direction): Omit<TargetReading, "kindHint" | "yoyRate"> | null {
  if (form.kind === "number") {
    const comparator = form.comparator ?? defaultComparator(direction);
    return { value: form.value, comparator, text: printed, unit: form.unit, upperBound: comparator === "<" || comparator === "<=" };
  }
  if (form.kind === "range") {
    const value = direction === "decrease" ? form.hi : form.lo;
    return { value, comparator: "range", range: { lo: form.lo, hi: form.hi }, text: printed, unit: form.unit, upperBound: false };
  }
  return null;
}

/** An explicit upper bound in the target cell, read before the direction is settled. */
export function targetHasUpperBound(printed: string | undefined): boolean {
  const form = readValueCell(printed);
  const inner = form.kind === "cumulative" ? form.inner : form;
  return inner.kind === "number" && (inner.comparator === "<" || inner.comparator === "<=");
}

/** Reads the target cell; a cumulative [x] in the rate cell stands in for an empty target. */
export function readTarget(printed: string | undefined, ratePrinted: string | undefined, direction: Direction, row: number, found: Found): TargetReading {
  const text = (printed ?? "").trim();
  const form = readValueCell(text);
  const empty = { value: null, comparator: defaultComparator(direction), text, unit: "", upperBound: false, yoyRate: null };
  const plain = fromForm(form, text, direction);
  if (plain) {
    if (form.kind === "number" && form.approx) found.push(say(row, "info", "target-approximate", text));
    return { ...plain, kindHint: "number", yoyRate: null };
  }
  if (form.kind === "cumulative") {
    found.push(say(row, "info", "target-cumulative", text));
    return { ...fromForm(form.inner, text, direction)!, kindHint: "cumulative", yoyRate: null };
  }
  if (form.kind === "yoy") {
    found.push(say(row, "info", "target-yoy", text));
    return { ...empty, kindHint: "yoy", yoyRate: form.rate };
  }
  if (form.kind === "text") {
    found.push(say(row, "warning", "text-target", text));
    return { ...empty, kindHint: "text" };
  }
  const rate = readRateCell(ratePrinted);
  if (rate.kind === "cumulative") {
    const rateText = (ratePrinted ?? "").trim();
    found.push(say(row, "info", "target-cumulative", rateText));
    return { ...fromForm(rate.inner, rateText, direction)!, kindHint: "cumulative", yoyRate: null };
  }
  found.push(say(row, "warning", "target-empty"));
  return { ...empty, kindHint: "none" };
}

/** Reads the baseline cell: a single figure, or null with a note saying why. */
export function readBaseline(printed: string | undefined, row: number, found: Found, notes: string[]): { value: number | null; unit: string } {
  const text = (printed ?? "").trim();
  const form = readValueCell(text);
  if (form.kind === "number") {
    if (form.comparator !== null || form.approx) found.push(say(row, "warning", "baseline-comparator", text, form.value));
    return { value: form.value, unit: form.unit };
  }
  if (form.kind === "empty" || form.kind === "dash") {
    found.push(say(row, "info", "baseline-empty"));
  } else if (form.kind === "cumulative") {
    found.push(say(row, "info", "baseline-cumulative", text));
    notes.push(`基期栏：${text}`);
  } else {
    found.push(say(row, "warning", "baseline-unreadable", text));
    notes.push(`基期栏：${text}`);
  }
  return { value: null, unit: "" };
}

/** The growth kind and stated rate, from the rate cell and what the target cell implies. */
export function readGrowth(
  printed: string | undefined,
  header: { percent: boolean; yoy: boolean } | null,
  target: TargetReading,
  row: number,
  found: Found,
  notes: string[],
): GrowthReading {
  const text = (printed ?? "").trim();
  const form = readRateCell(text);
  let stated: GrowthReading | null = null;
  if (form.kind === "percent" || form.kind === "pp" || form.kind === "bare") {
    const kind: GrowthKind = form.kind === "pp" ? "pp" : header?.yoy ? "yoy" : "cagr";
    stated = { kind, rate: form.sign * form.rate, rateText: text };
    if (form.kind === "bare" && !header?.percent) found.push(say(row, "info", "rate-bare", text));
    if (form.sign < 0) found.push(say(row, "info", "rate-negative", text));
    if (form.qualifier) found.push(say(row, "info", "rate-comparator", text));
  } else if (form.kind === "cumulative" && target.kindHint !== "cumulative") {
    found.push(say(row, "info", "cumulative-change", text));
    notes.push(`规划期累计：${text}`);
  } else if (form.kind === "text") {
    found.push(say(row, "warning", "rate-unreadable", text));
    notes.push(`年均增长：${text}`);
  }
  if (target.kindHint === "cumulative") {
    if (stated) {
      found.push(say(row, "warning", "rate-ignored", text));
      notes.push(`年均增长：${text}`);
    }
    return { kind: "cumulative", rate: null, rateText: null };
  }
  if (target.kindHint === "yoy") {
    const rateText = target.text;
    if (stated) {
      found.push(say(row, "warning", "rate-ignored", text));
      notes.push(`增速栏：${text}`);
    }
    return { kind: "yoy", rate: target.yoyRate, rateText };
  }
  if (stated) return stated;
  return { kind: target.kindHint === "text" ? "qualitative" : "level", rate: null, rateText: null };
}
