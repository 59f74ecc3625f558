/**
 * Deciding which header column holds what: the name, unit, category, the
 * baseline (first year column), the target (last year column or 目标), the
 * stated rate, and which columns are left unread.
 */
import type { ColumnRole, Header } from "./header";

type RateRole = ColumnRole & { kind: "rate" };

export interface ColumnPlan {
  /** Column positions, −1 where the table has none. */
  index: number;
  category: number;
  name: number;
  unit: number;
  nature: number;
  rate: number;
  baseline: number;
  target: number;
  rateRole: RateRole | null;
  baselineYear: number | null;
  targetYear: number | null;
  /** Labelled columns that are not read: middle years (2018年), 备注, unrecognised labels, a second rate column. */
  unread: number[];
  width: number;
}

function first(header: Header, kind: ColumnRole["kind"]): number {
  return header.columns.findIndex((c) => c.role.kind === kind);
}

function valueColumns(header: Header): Array<{ at: number; year: number | null; stage: string }> {
  const out: Array<{ at: number; year: number | null; stage: string }> = [];
  header.columns.forEach((c, at) => {
    if (c.role.kind === "value") out.push({ at, year: c.role.year, stage: c.role.stage });
  });
  return out;
}

function pickValueColumns(header: Header): { baseline: number; target: number } {
  const values = valueColumns(header);
  const byYear = [...values].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.at - b.at);
  const targets = values.filter((v) => v.stage === "target");
  const plain = byYear.filter((v) => v.stage === "year");
  const target = targets.length ? targets[targets.length - 1].at : plain.length ? plain[plain.length - 1].at : -1;
  const baselines = values.filter((v) => v.stage === "baseline");
  const candidates = baselines.length ? baselines : byYear.filter((v) => v.stage === "year" && v.at !== target);
  const baseline = candidates.length ? candidates[0].at : -1;
  return { baseline, target };
}

/** The name column: the one labelled 指标/名称, else the first unlabelled column before the figures. */
function pickName(header: Header): number {
  const named = first(header, "name");
  if (named >= 0) return named;
  const firstFigure = header.columns.findIndex((c) => c.role.kind === "value" || c.role.kind === "rate");
  const free = header.columns.findIndex((c, i) => c.role.kind === "unknown" && i < firstFigure);
  return free;
}

/** Resolves a header into column positions; null when no column can hold the names. */
export function planColumns(header: Header): ColumnPlan | null {
  const name = pickName(header);
  if (name < 0) return null;
  let category = first(header, "category");
  // An unlabelled first column before a labelled name column holds categories (a merged cell).
  if (category < 0 && name > 0 && header.columns[0].role.kind === "unknown" && header.columns[0].label.trim() === "") {
    category = 0;
  }
  const { baseline, target } = pickValueColumns(header);
  const rate = first(header, "rate");
  const role = (at: number) => (at >= 0 ? header.columns[at].role : null);
  const yearOf = (at: number) => {
    const r = role(at);
    return r && r.kind === "value" ? r.year : null;
  };
  const rateRole = role(rate);
  const used = {
    index: first(header, "index"),
    category,
    name,
    unit: first(header, "unit"),
    nature: first(header, "nature"),
    rate,
    baseline,
    target,
  };
  const usedAt = new Set(Object.values(used));
  const unread = header.columns.map((_, i) => i).filter((i) => !usedAt.has(i) && header.columns[i].label.trim() !== "");
  return {
    ...used,
    rateRole: rateRole && rateRole.kind === "rate" ? rateRole : null,
    baselineYear: yearOf(baseline),
    targetYear: yearOf(target),
    unread,
    width: header.columns.length,
  };
}
