/**
 * Formula builder: one formula per computed column, branching on the row's
 * growth kind, written in invariant (en-US) form with only functions that
 * Excel 2016 and LibreOffice 7.4 both have. Each formula follows
 * src/core/assessment/assess.ts step for step; tests prove both engines agree.
 */
import type { StatusCode } from "../core";

/** Where a row's inputs stand. */
export interface RowContext {
  /** Column letter per column key (see columns.ts). */
  col: Readonly<Record<string, string>>;
  row: number;
  /** Letters of the first and last year columns. */
  firstYearCol: string;
  lastYearCol: string;
  /** Absolute reference of the numeric year row above the table, e.g. "$P$16:$U$16". */
  yearsRef: string;
  /** Defined names of the parameter cells. */
  names: { onTrack: string; lagging: string; method: string; firstYear: string };
  /** Status texts in the sheet's language. */
  labels: Readonly<Record<StatusCode, string>>;
  consistencyLabels: { consistent: string; inconsistent: string };
}

/** Texts that read as yes / no in a qualitative row (same lists as the engine's sheet reader). */
export const QUALITATIVE_YES = ["是", "Y", "YES", "TRUE", "完成", "达成", "已完成", "已达成"] as const;
export const QUALITATIVE_NO = ["否", "N", "NO", "FALSE", "未完成", "未达成"] as const;

function arrayConstant(texts: readonly string[], numbers: readonly (number | boolean)[]): string {
  const parts = [...texts.map((t) => `"${t}"`), ...numbers.map((n) => String(n).toUpperCase())];
  return `{${parts.join(",")}}`;
}

export const YES_ARRAY = arrayConstant(QUALITATIVE_YES, [1, true]);
export const YES_NO_ARRAY = arrayConstant([...QUALITATIVE_YES, ...QUALITATIVE_NO], [1, 0, true, false]);

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The formulas of one row, keyed by computed column. */
export function rowFormulas(ctx: RowContext): Record<string, string> {
  const r = ctx.row;
  const c = (key: string) => `$${ctx.col[key]}${r}`;
  const K = c("kind");
  const D = c("direction");
  const CMP = c("comparator");
  const b = c("baseYear");
  const T = c("targetYear");
  const B = c("baseline");
  const V = c("target");
  const s = c("rate");
  const d = c("rateDecimals");
  const Y = c("latestYear");
  const A = c("latest");
  const S = c("runningTotal");
  const PREV = c("previous");
  const Z = c("assessable");
  const M = c("met");
  const P = c("pathValue");
  const R = c("ratio");
  const I = c("implied");
  const CONS = c("consistency");
  const yearsRow = `$${ctx.firstYearCol}${r}:$${ctx.lastYearCol}${r}`;
  const yrs = ctx.yearsRef;
  const first = ctx.names.firstYear;
  const L = (status: StatusCode) => q(ctx.labels[status]);
  const numB = `ISNUMBER(${B})`;
  const numV = `ISNUMBER(${V})`;
  const X = `IF(${K}="cumulative",${S},${A})`;
  const at = (yearExpr: string) => `INDEX(${yearsRow},1,${yearExpr}-${first}+1)`;
  const pv = `INDEX(${yearsRow},1,${Y}-1-${first}+1)`;
  // Same slack as the engine's meetsTarget: 1E-9·MAX(1,|V|).
  const slack = `1E-9*MAX(1,ABS(${V}))`;

  return {
    implied: `=IF(AND(OR(${K}="cagr",${K}="pp"),${numB},${numV},${T}>${b}),IF(${K}="pp",(${V}-${B})/(${T}-${b}),IF(AND(${B}>0,${V}>0),((${V}/${B})^(1/(${T}-${b}))-1)*100,"")),"")`,
    latestYear:
      `=IF(${K}="qualitative",SUMPRODUCT(MAX(ISNUMBER(MATCH(${yearsRow},${YES_NO_ARRAY},0))*(${yrs}>${b})*(${yrs}<=${T})*${yrs})),` +
      `SUMPRODUCT(MAX(ISNUMBER(${yearsRow})*(${yrs}>${b})*(${yrs}<=${T})*${yrs})))`,
    latest: `=IF(${Y}=0,"",${at(Y)})`,
    runningTotal: `=IF(AND(${K}="cumulative",${Y}>0),SUMIFS(${yearsRow},${yrs},">"&${b},${yrs},"<="&${Y}),"")`,
    previous:
      `=IF(AND(${K}="yoy",${Y}>0),IF(${Y}-1=${b},IF(${numB},${B},""),IF(ISNUMBER(${pv}),${pv},"")),"")`,
    assessable: `=AND(${Y}>0,${K}<>"qualitative",${numV},OR(${K}="cumulative",${numB},${Y}=${T}))`,
    // Empty where the row is not assessable (the engine compares nothing there).
    // Any comparator other than <, > and <= (a blank one in a row added by hand) means >=.
    met:
      `=IF(${Y}=0,"",IF(${K}="qualitative",ISNUMBER(MATCH(${A},${YES_ARRAY},0)),IF(NOT(${Z}),"",` +
      `IF(${CMP}="<",${X}<${V}-${slack},IF(${CMP}=">",${X}>${V}+${slack},IF(${CMP}="<=",${X}<=${V}+${slack},${X}>=${V}-${slack}))))))`,
    pathValue:
      `=IF(NOT(${Z}),"",IF(${K}="cumulative",${V}*(${Y}-${b})/(${T}-${b}),IF(${K}="yoy",IF(ISNUMBER(${PREV}),${PREV}*(1+${s}/100),""),` +
      `IF(NOT(${numB}),"",IF(AND(${K}="cagr",${B}>0,${V}>0),${B}*(${V}/${B})^((${Y}-${b})/(${T}-${b})),${B}+(${V}-${B})*(${Y}-${b})/(${T}-${b}))))))`,
    gap: `=IF(ISNUMBER(${P}),${X}-${P},"")`,
    ratio:
      `=IF(NOT(${Z}),"",IF(${K}="cumulative",IF(${P}<>0,${S}/${P},""),IF(${K}="yoy",IF(AND(ISNUMBER(${PREV}),${PREV}<>0,${s}<>0),(${A}/${PREV}-1)/(${s}/100),""),` +
      `IF(NOT(${numB}),"",IF(AND(${ctx.names.method}="growth-ratio",${B}>0,${A}>0,${V}>0,${V}<>${B}),((${A}/${B})^(1/(${Y}-${b}))-1)/((${V}/${B})^(1/(${T}-${b}))-1),` +
      `IF(${P}<>${B},(${A}-${B})/(${P}-${B}),""))))))`,
    timeShare: `=IF(${Y}=0,"",(${Y}-${b})/(${T}-${b}))`,
    progressShare:
      `=IF(NOT(${Z}),"",IF(${K}="cumulative",IF(${V}<>0,${S}/${V},""),IF(AND(${numB},${V}<>${B}),(${A}-${B})/(${V}-${B}),"")))`,
    growthSoFar:
      `=IF(NOT(${Z}),"",IF(${K}="cumulative",${S}/(${Y}-${b}),IF(${K}="yoy",IF(AND(ISNUMBER(${PREV}),${PREV}<>0),(${A}/${PREV}-1)*100,""),` +
      `IF(NOT(${numB}),"",IF(${K}="cagr",IF(AND(${A}>0,${B}>0),((${A}/${B})^(1/(${Y}-${b}))-1)*100,""),(${A}-${B})/(${Y}-${b}))))))`,
    growthNeeded:
      `=IF(OR(NOT(${Z}),${Y}>=${T}),"",IF(${K}="cumulative",(${V}-${S})/(${T}-${Y}),IF(OR(${K}="yoy",${K}="cagr"),` +
      `IF(AND(OR(${K}="yoy",${numB}),${A}>0,${V}>0),((${V}/${A})^(1/(${T}-${Y}))-1)*100,""),IF(NOT(${numB}),"",(${V}-${A})/(${T}-${Y})))))`,
    projected:
      `=IF(NOT(${Z}),"",IF(${K}="cumulative",${S}*(${T}-${b})/(${Y}-${b}),IF(${K}="yoy",IF(AND(ISNUMBER(${PREV}),${PREV}>0,${A}>0),${A}*(${A}/${PREV})^(${T}-${Y}),""),` +
      `IF(NOT(${numB}),"",IF(AND(${K}="cagr",${A}>0,${B}>0),${A}*(${A}/${B})^((${T}-${Y})/(${Y}-${b})),${A}+(${A}-${B})*(${T}-${Y})/(${Y}-${b}))))))`,
    status:
      `=IF(${Y}=0,${L("no-data")},IF(${K}="qualitative",IF(${M},${L("achieved")},IF(${Y}=${T},${L("missed")},${L("off-track")})),` +
      `IF(NOT(${Z}),${L("not-assessable")},IF(${M},${L("achieved")},IF(${Y}=${T},${L("missed")},` +
      `IF(ISNUMBER(${R}),IF(${R}>=${ctx.names.onTrack}-1E-9,${L("on-track")},IF(${R}>=${ctx.names.lagging}-1E-9,${L("needs-acceleration")},IF(${R}>=-1E-9,${L("off-track")},${L("moving-away")}))),` +
      `IF(AND(${K}="yoy",NOT(ISNUMBER(${P}))),${L("not-assessable")},IF(NOT(${numB}),${L("off-track")},` +
      `IF(IF(${D}="decrease",${A}>${B},${A}<${B}),${L("moving-away")},${L("off-track")})))))))))`,
    consistency:
      `=IF(AND(ISNUMBER(${I}),ISNUMBER(${s})),IF(ABS(${I}-${s})<=0.5*10^(-${d})+1E-9,${q(ctx.consistencyLabels.consistent)},${q(ctx.consistencyLabels.inconsistent)}),"")`,
    targetFromStated:
      `=IF(${CONS}="","",IF(${K}="pp",${B}+${s}*(${T}-${b}),${B}*(1+${s}/100)^(${T}-${b})))`,
  };
}

/**
 * Conditional-format formula (relative to the top-left year cell) that marks a
 * figure below its planned path (above it for decrease indicators), for cagr,
 * pp and level rows.
 */
export function belowPathFormula(ctx: RowContext, yearCell: string, yearHeaderCell: string): string {
  const r = ctx.row;
  const c = (key: string) => `$${ctx.col[key]}${r}`;
  const K = c("kind");
  const B = c("baseline");
  const V = c("target");
  const b = c("baseYear");
  const T = c("targetYear");
  const t = yearHeaderCell;
  const path = `IF(AND(${K}="cagr",${B}>0,${V}>0),${B}*(${V}/${B})^((${t}-${b})/(${T}-${b})),${B}+(${V}-${B})*(${t}-${b})/(${T}-${b}))`;
  return (
    `AND(ISNUMBER(${yearCell}),OR(${K}="cagr",${K}="pp",${K}="level"),ISNUMBER(${B}),ISNUMBER(${V}),${t}>${b},${t}<=${T},` +
    `IF(${c("direction")}="decrease",${yearCell}>${path},${yearCell}<${path}))`
  );
}
