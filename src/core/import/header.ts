/**
 * Header recognition: what each header word means (指标名称, 单位, 属性, 2015年,
 * 年均增长(%), 年均/累计, 目标值 …) and where the header stands in the pasted
 * lines, as one row of cells or as one cell per line.
 */
import type { SourceLine } from "./cells";
import { periodFromText } from "./period";
import { normalizeCell } from "./text";

export type ValueStage = "baseline" | "target" | "year";

export type ColumnRole =
  | { kind: "index" }
  | { kind: "category" }
  | { kind: "name" }
  | { kind: "unit" }
  | { kind: "nature" }
  | { kind: "value"; year: number | null; stage: ValueStage }
  | { kind: "rate"; percent: boolean; cumulative: boolean; yoy: boolean }
  | { kind: "other" }
  | { kind: "unknown" };

export interface HeaderColumn {
  /** The header cell as printed. */
  label: string;
  role: ColumnRole;
}

export interface Header {
  layout: "row" | "line";
  /** Index of the header's first line in the SourceLine list, and the number of lines it spans. */
  start: number;
  span: number;
  columns: HeaderColumn[];
}

const FIXED: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/^(?:序号|编号|序|No\.?)$/i, { kind: "index" }],
  [/^(?:类别|分类|类型|领域|方面|维度|板块|一级指标|指标类别|指标类型|指标分类)$/, { kind: "category" }],
  [/^(?:指标名称|指标|名称|项目|指标项|指标名|主要指标|具体指标|二级指标|指标内容|指标及单位)$/, { kind: "name" }],
  [/^(?:计量)?单位$/, { kind: "unit" }],
  [/^(?:指标)?(?:属性|性质)$/, { kind: "nature" }],
  [/^(?:备注|说明|责任单位|牵头单位|责任部门|牵头部门|责任处室|数据来源|来源|主管部门)$/, { kind: "other" }],
  [/^(?:基期|基期值|基准值|基准|基数|现状|现状值|现值)$/, { kind: "value", year: null, stage: "baseline" }],
  [/^(?:目标|目标值|规划目标|预期目标|目标任务|规划值|规划目标值)$/, { kind: "value", year: null, stage: "target" }],
];

const RATE_LABEL = /^(?:(?:19|20)\d{2}[-~—–至到](?:19|20)\d{2}年?|“?十[一二三四五六七八九]五”?|五年|期间|规划期)?(?:年均|累计)/;
const YOY_LABEL = /^(?:比上年|同比|较上年)?(?:增长|增速|增幅|增长率)(?:\(%\))?$/;

function rateRole(text: string): ColumnRole | null {
  const yoy = YOY_LABEL.test(text);
  if (!yoy && !RATE_LABEL.test(text)) return null;
  return { kind: "rate", percent: text.includes("%"), cumulative: /累计/.test(text), yoy };
}

function yearRole(text: string): ColumnRole | null {
  const match = /^((?:19|20|21)\d{2})年?(.*)$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    if (year < 1949 || year > 2100) return null;
    const rest = match[2].replace(/[()[\]]/g, "");
    if (/基期|基数|现状|实际|完成|基准/.test(rest)) return { kind: "value", year, stage: "baseline" };
    if (/目标|规划|计划/.test(rest)) return { kind: "value", year, stage: "target" };
    return rest.length <= 6 ? { kind: "value", year, stage: "year" } : null;
  }
  const plan = /^“?十[一二三四五六七八九]五”?(?:末|目标|规划目标|目标值)?$/.exec(text);
  const period = plan ? periodFromText(text) : null;
  return period ? { kind: "value", year: period.targetYear, stage: "target" } : null;
}

/** What a header cell means; "unknown" for an empty or unrecognised label. */
export function classifyHeaderCell(printed: string): ColumnRole {
  const text = normalizeCell(printed).replace(/[：:]$/, "");
  if (text === "") return { kind: "unknown" };
  for (const [pattern, role] of FIXED) if (pattern.test(text)) return role;
  return rateRole(text) ?? yearRole(text) ?? { kind: "unknown" };
}

/** A set of labelled columns reads as a header: figure columns, and a name column or nothing unrecognised. */
export function looksLikeHeader(columns: readonly HeaderColumn[]): boolean {
  const known = columns.filter((c) => c.role.kind !== "unknown").length;
  const unknown = columns.filter((c) => c.role.kind === "unknown" && c.label.trim() !== "").length;
  const hasFigures = columns.some((c) => c.role.kind === "value" || c.role.kind === "rate");
  const hasName = columns.some((c) => c.role.kind === "name" || c.role.kind === "index");
  return hasFigures && known >= 2 && unknown < known && (hasName || unknown === 0);
}

function columnsOf(labels: readonly string[]): HeaderColumn[] {
  return labels.map((label) => ({ label, role: classifyHeaderCell(label) }));
}

/** A header spread over consecutive one-cell lines, starting at `start`, or null. */
function lineHeaderAt(lines: readonly SourceLine[], start: number): Header | null {
  const labels: string[] = [];
  for (let i = start; i < lines.length && lines[i].cells.length === 1; i += 1) {
    if (classifyHeaderCell(lines[i].cells[0]).kind === "unknown") break;
    labels.push(lines[i].cells[0]);
  }
  const columns = columnsOf(labels);
  return labels.length >= 2 && looksLikeHeader(columns) ? { layout: "line", start, span: labels.length, columns } : null;
}

/** The first header in the pasted lines: a row of header cells, or a run of one-cell header lines. */
export function findHeader(lines: readonly SourceLine[]): Header | null {
  for (let i = 0; i < lines.length; i += 1) {
    const { cells, separator } = lines[i];
    if (separator) continue;
    if (cells.length >= 2) {
      const columns = columnsOf(cells);
      if (looksLikeHeader(columns)) return { layout: "row", start: i, span: 1, columns };
    } else {
      const header = lineHeaderAt(lines, i);
      if (header) return header;
    }
  }
  return null;
}
