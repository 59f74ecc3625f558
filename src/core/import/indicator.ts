/**
 * One aligned table row to one indicator draft: name, unit, category,
 * direction, 属性, baseline, target and growth, citing the row as printed.
 */
import type { Direction, PlanInput } from "../plan/model";
import type { ColumnPlan } from "./columns";
import type { ImportDiagnostic } from "./diagnostics";
import { readBaseline, readGrowth, readTarget, targetHasUpperBound } from "./figures";
import { say } from "./messages";
import { decreaseWord, splitName } from "./nameParts";
import { natureOf } from "./rowLabels";
import { hasWordCharacter, normalizeCell } from "./text";

export type IndicatorInput = PlanInput["indicators"][number];

export interface RowContext {
  row: number;
  /** Position among the imported indicators, 1-based; gives the id row-N. */
  ordinal: number;
  baseYear: number;
  targetYear: number;
  section: string;
  category?: string;
  /** The row's cells as printed, for the citation. */
  printed: readonly string[];
}

export interface BuiltRow {
  indicator: IndicatorInput | null;
  diagnostics: ImportDiagnostic[];
}

function unitOf(column: string, fromName: string, fromValues: string, row: number, found: ImportDiagnostic[]): string {
  const cell = normalizeCell(column);
  const printed = /^[—–\-/]+$/.test(cell) ? "" : cell;
  if (printed && fromName && printed !== fromName) found.push(say(row, "warning", "unit-conflict", printed, fromName));
  if (printed || fromName) return printed || fromName;
  if (fromValues) found.push(say(row, "info", "unit-from-value", fromValues));
  return fromValues;
}

/**
 * Lower-is-better where the name says 降低/下降/能耗/排放 or the target is an upper bound.
 * 降低/下降 is a warning: such a name often states the size of a reduction, where higher is better.
 */
function directionOf(name: string, targetCell: string | undefined, row: number, found: ImportDiagnostic[]): Direction {
  const word = decreaseWord(name);
  if (word) {
    found.push(say(row, /降低|下降/.test(word) ? "warning" : "info", "direction-inferred", word, "name"));
    return "decrease";
  }
  if (targetHasUpperBound(targetCell)) {
    found.push(say(row, "info", "direction-inferred", (targetCell ?? "").trim(), "target"));
    return "decrease";
  }
  return "increase";
}

/** Builds the indicator for one data row, or null (with a diagnostic) when the row has no name. */
export function buildIndicator(cells: ReadonlyArray<string | undefined>, cols: ColumnPlan, ctx: RowContext): BuiltRow {
  const found: ImportDiagnostic[] = [];
  const notes: string[] = [];
  const at = (i: number) => (i >= 0 ? cells[i] : undefined);
  const { row } = ctx;
  const { name, unit: nameUnit } = splitName(at(cols.name) ?? "");
  if (!hasWordCharacter(name)) {
    found.push(say(row, "warning", "no-name", ctx.printed.filter((c) => c !== "").join(" | ")));
    return { indicator: null, diagnostics: found };
  }
  const direction = directionOf(name, at(cols.target), row, found);
  const target = readTarget(at(cols.target), at(cols.rate), direction, row, found);
  const baseline = cols.baseline >= 0 ? readBaseline(at(cols.baseline), row, found, notes) : { value: null, unit: "" };
  const growth = readGrowth(at(cols.rate), cols.rateRole, target, row, found, notes);
  const natureCell = (at(cols.nature) ?? "").trim();
  const nature = natureOf(natureCell) ?? undefined;
  if (natureCell && !nature && !/^[—–\-/]+$/.test(natureCell)) found.push(say(row, "warning", "nature-unknown", natureCell));
  const indicator: IndicatorInput = {
    id: `row-${ctx.ordinal}`,
    name: { zh: name, en: "" },
    unit: unitOf(at(cols.unit) ?? "", nameUnit, target.unit || baseline.unit, row, found),
    direction,
    baseline: baseline.value === null ? null : { year: cols.baselineYear ?? ctx.baseYear, value: baseline.value },
    target: {
      year: cols.targetYear ?? ctx.targetYear,
      value: target.value,
      comparator: target.comparator,
      ...(target.range ? { range: target.range } : {}),
      text: target.text,
    },
    growth,
    source: { section: ctx.section, quote: ctx.printed.filter((c) => c !== "").join(" | ") },
  };
  if (ctx.category) indicator.category = { zh: ctx.category, en: "" };
  if (nature) indicator.nature = nature;
  if (notes.length) indicator.notes = notes.join("；");
  return { indicator, diagnostics: found };
}
