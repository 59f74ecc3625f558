/**
 * The figures CSV of `plan-tracker workbook --figures`: a header line naming
 * the columns `indicator,year,value` (and optionally `plan`), then one figure
 * a line. The indicator is its id or its name (Chinese or English), or
 * `plan-id/indicator-id`. A value that is a plain number is written as a
 * number; anything else is written as the text itself, as a planner typed it.
 * RFC 4180 quoting ("a, b", "say ""x""") is supported.
 */
import type { Plan, Texts } from "../core";
import { planYearSpan, type Entries } from "../sheet";

/** A problem in the CSV, in both languages, with its line number. */
export class FiguresCsvError extends Error {
  constructor(readonly texts: Texts) {
    super(texts.en);
    this.name = "FiguresCsvError";
  }
}

/** Splits CSV text into records of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) throw new FiguresCsvError({ zh: `第 ${start} 行：引号没有闭合`, en: `line ${start}: unclosed quote` });
  if (field !== "" || fields.length) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return records.filter((r) => r.fields.some((f) => f.trim() !== ""));
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A typed value: a plain number as a number, anything else as the text itself. */
export function typedValue(raw: string): string | number {
  const t = raw.trim();
  return PLAIN_NUMBER.test(t) ? Number(t) : raw;
}

export interface FiguresResult {
  /** Entries by plan id, then indicator id, then year. */
  entries: Record<string, Record<string, Record<number, string | number>>>;
  count: number;
}

/** Reads the figures CSV against the chosen plans; throws FiguresCsvError on unknown indicators, bad years, duplicates. */
export function readFiguresCsv(text: string, plans: readonly Plan[]): FiguresResult {
  const records = parseCsv(text);
  if (!records.length) throw new FiguresCsvError({ zh: "数据文件是空的", en: "the figures file is empty" });
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [ci, cy, cv, cp] = [col("indicator"), col("year"), col("value"), col("plan")];
  if (ci < 0 || cy < 0 || cv < 0) {
    throw new FiguresCsvError({
      zh: `第 1 行应是表头 indicator,year,value（可加 plan），而不是“${records[0].fields.join(",")}”`,
      en: `line 1 must be the header indicator,year,value (plan optional), not "${records[0].fields.join(",")}"`,
    });
  }
  const entries: FiguresResult["entries"] = {};
  let count = 0;
  for (const { line, fields } of records.slice(1)) {
    const at = (i: number) => (fields[i] ?? "").trim();
    let planKey = cp >= 0 ? at(cp) : "";
    let key = at(ci);
    const slash = key.indexOf("/");
    if (!planKey && slash > 0 && plans.some((p) => p.id === key.slice(0, slash))) {
      planKey = key.slice(0, slash);
      key = key.slice(slash + 1);
    }
    const candidates = plans.filter((p) => !planKey || p.id === planKey);
    if (planKey && !candidates.length) {
      throw new FiguresCsvError({ zh: `第 ${line} 行：规划“${planKey}”不在所选规划中`, en: `line ${line}: plan "${planKey}" is not among the chosen plans` });
    }
    const matches = candidates.flatMap((plan) =>
      plan.indicators.filter((i) => i.id === key || i.name.zh === key || (i.name.en !== "" && i.name.en === key)).map((ind) => ({ plan, ind })),
    );
    if (!matches.length) {
      throw new FiguresCsvError({ zh: `第 ${line} 行：未知指标“${key}”`, en: `line ${line}: unknown indicator "${key}"` });
    }
    if (matches.length > 1) {
      const where = matches.map((m) => `${m.plan.id}/${m.ind.id}`).join(", ");
      throw new FiguresCsvError({
        zh: `第 ${line} 行：指标“${key}”不唯一（${where}）；请写成“规划编号/指标编号”或加 plan 列`,
        en: `line ${line}: indicator "${key}" is ambiguous (${where}); write plan-id/indicator-id or add a plan column`,
      });
    }
    const { plan, ind } = matches[0];
    const yearText = at(cy).replace(/年$/, "");
    const year = Number(yearText);
    const span = planYearSpan(plan);
    if (!/^\d{4}$/.test(yearText) || year < span.firstYear || year > span.lastYear) {
      throw new FiguresCsvError({
        zh: `第 ${line} 行：年份“${at(cy)}”不在规划“${plan.id}”的填报年份 ${span.firstYear}–${span.lastYear} 内`,
        en: `line ${line}: year "${at(cy)}" is outside plan "${plan.id}"'s years ${span.firstYear}–${span.lastYear}`,
      });
    }
    const raw = fields[cv] ?? "";
    if (raw.trim() === "") continue;
    const rows = ((entries[plan.id] ??= {})[ind.id] ??= {});
    if (year in rows) {
      throw new FiguresCsvError({ zh: `第 ${line} 行：${ind.id} 的 ${year} 年数据重复`, en: `line ${line}: a second figure for ${ind.id} in ${year}` });
    }
    rows[year] = typedValue(raw);
    count++;
  }
  return { entries, count };
}

/** The entries of one plan, typed for buildPlanSheet. */
export function planEntries(result: FiguresResult, planId: string): Entries | undefined {
  return result.entries[planId];
}
