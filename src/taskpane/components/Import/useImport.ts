/**
 * The import: pasted text → parsePlanTable draft → editable rows → a plan
 * re-validated by validatePlan on every change.
 */
import * as React from "react";
import { validatePlan, type Plan, type PlanInput, type PlanProblem } from "../../../core";
import { parsePlanTable, type ImportDiagnostic, type ImportResult } from "../../../core/import";
import type { IndicatorInput } from "../../../core/import/indicator";
import type { DraftRow, ImportProps, PlacedProblem, RowField, RowFields } from "./Import.types";

const text = (v: number | null | undefined): string => (v === null || v === undefined ? "" : String(v));

export function fieldsOf(ind: IndicatorInput): RowFields {
  return {
    name: ind.name.zh,
    unit: ind.unit,
    kind: ind.growth.kind,
    baselineYear: text(ind.baseline?.year),
    baselineValue: text(ind.baseline?.value),
    targetYear: text(ind.target.year),
    targetValue: text(ind.target.value),
    targetText: ind.target.text,
    rate: text(ind.growth.rate),
  };
}

/** A typed number: null when empty, the number when it reads as one, else the text (so validation names the field). */
function typed(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed.replace(/,/g, ""));
  return Number.isFinite(n) ? n : trimmed;
}

/** The indicator with the row's edits applied. */
export function applyFields(row: DraftRow): unknown {
  const { original: o, fields: f } = row;
  const baseYear = typed(f.baselineYear);
  const baseValue = typed(f.baselineValue);
  const rate = typed(f.rate);
  const rateUnchanged = f.rate.trim() === text(o.growth.rate) && f.kind === o.growth.kind;
  const rateText = rate === null ? null : rateUnchanged && o.growth.rateText ? o.growth.rateText : `${f.rate.trim()}${f.kind === "pp" ? "个百分点" : "%"}`;
  return {
    ...o,
    name: { ...o.name, zh: f.name.trim() },
    unit: f.unit.trim(),
    baseline:
      baseYear === null && baseValue === null
        ? null
        : { ...(o.baseline?.source ? { source: o.baseline.source } : {}), year: baseYear, value: baseValue },
    target: { ...o.target, year: typed(f.targetYear), value: typed(f.targetValue), text: f.targetText },
    growth: { kind: f.kind, rate, rateText },
  };
}

const FIELD_PATHS: ReadonlyArray<readonly [RegExp, RowField]> = [
  [/^name/, "name"],
  [/^unit/, "unit"],
  [/^growth\.kind/, "kind"],
  [/^growth\.rate/, "rate"],
  [/^baseline\.year/, "baselineYear"],
  [/^baseline\.value/, "baselineValue"],
  [/^baseline$/, "baselineValue"],
  [/^target\.year/, "targetYear"],
  [/^target\.value/, "targetValue"],
  [/^target\.(text|range|comparator)/, "targetText"],
];

/** Places a validation problem on its row and field ("indicators[2].target.value" → row 2, targetValue). */
export function placeProblem(problem: PlanProblem): PlacedProblem {
  const m = /^indicators\[(\d+)\]\.?(.*)$/.exec(problem.path);
  if (!m) {
    const field = problem.path.startsWith("id") ? "planId" : problem.path.startsWith("title") ? "planTitle" : null;
    return { problem, rowIndex: null, field };
  }
  const rest = m[2];
  const field = FIELD_PATHS.find(([re]) => re.test(rest))?.[1] ?? null;
  return { problem, rowIndex: Number(m[1]), field };
}

function draftRows(result: ImportResult): DraftRow[] {
  if (!result.plan) return [];
  return result.plan.indicators.map((ind) => {
    const line = result.rows.find((r) => r.indicatorId === ind.id)?.row ?? 0;
    return {
      original: ind,
      line,
      fields: fieldsOf(ind),
      diagnostics: result.diagnostics.filter((d) => d.row === line && d.code !== "invalid-draft"),
    };
  });
}

/** Diagnostics about the table as a whole (header, title, period, rows that are not indicators). */
function tableDiagnostics(result: ImportResult, rows: readonly DraftRow[]): ImportDiagnostic[] {
  const lines = new Set(rows.map((r) => r.line));
  return result.diagnostics.filter((d) => !lines.has(d.row) && d.code !== "invalid-draft");
}

export function useImport(_props: ImportProps) {
  const [pasted, setPasted] = React.useState("");
  const [result, setResult] = React.useState<ImportResult | null>(null);
  const [rows, setRows] = React.useState<DraftRow[]>([]);
  const [planId, setPlanId] = React.useState("");
  const [planTitle, setPlanTitle] = React.useState("");

  const parse = React.useCallback(() => {
    const parsed = parsePlanTable(pasted);
    setResult(parsed);
    setRows(draftRows(parsed));
    setPlanId(parsed.plan?.id ?? "");
    setPlanTitle(parsed.plan?.title.zh ?? "");
  }, [pasted]);

  const setField = React.useCallback(<F extends RowField>(index: number, field: F, value: RowFields[F]) => {
    setRows((prev) => prev.map((r, i) => (i === index ? { ...r, fields: { ...r.fields, [field]: value } } : r)));
  }, []);

  const base: PlanInput | null = result?.plan ?? null;
  const validation = React.useMemo(() => {
    if (!base) return null;
    return validatePlan({
      ...base,
      id: planId.trim(),
      title: { ...base.title, zh: planTitle.trim() },
      indicators: rows.map(applyFields),
    });
  }, [base, planId, planTitle, rows]);

  const problems: PlacedProblem[] = validation && !validation.ok ? validation.problems.map(placeProblem) : [];
  const plan: Plan | null = validation?.ok ? validation.plan : null;
  const toInsert = React.useMemo(() => (plan ? [plan] : null), [plan]);
  const general = React.useMemo(() => (result ? tableDiagnostics(result, rows) : []), [result, rows]);

  return { pasted, setPasted, parse, result, rows, setField, planId, setPlanId, planTitle, setPlanTitle, problems, plan, toInsert, general };
}
