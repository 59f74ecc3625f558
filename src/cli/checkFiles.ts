/**
 * Checking filled-in .xlsx files: every plan sheet of every file through the
 * pure sheet check, then the console report (per file, and consolidated across
 * files, e.g. the returns of every district) and the JSON rows.
 */
import { stat } from "node:fs/promises";
import {
  isLagging,
  statusLabel,
  STATUS_CODES,
  type Finding,
  type Lang,
  type StatusCode,
} from "../core";
import { checkGrid, countStatuses, isNotAPlanSheet, statusRank, type GridReport } from "../sheet/checkGrid";
import { readWorkbookFile, type SheetGrid } from "../xlsx/readWorkbook";
import { formatTable } from "./output";

export interface FileCheck {
  file: string;
  /** Why the file could not be read (not a workbook, missing, damaged). */
  error?: string;
  sheets: GridReport[];
  /** Sheets without a plan table (e.g. the summary sheet). */
  skipped: { sheet: string; reason: string }[];
}

/** Checks the grids of one workbook. */
export function checkGrids(file: string, grids: readonly SheetGrid[], lang: Lang): FileCheck {
  const result: FileCheck = { file, sheets: [], skipped: [] };
  for (const grid of grids) {
    const report = checkGrid(grid, { lang });
    if (isNotAPlanSheet(report)) result.skipped.push({ sheet: grid.sheet, reason: report.notAPlanSheet });
    else result.sheets.push(report);
  }
  return result;
}

/** Reads and checks one file; never throws (a file that cannot be read gets `error`). */
export async function checkFile(file: string, lang: Lang): Promise<FileCheck> {
  let grids: SheetGrid[];
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error(file), { code: "EISDIR" });
    grids = await readWorkbookFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? lang === "zh" ? "文件不存在" : "no such file"
        : code === "EISDIR"
          ? lang === "zh" ? "是目录，不是文件" : "a directory, not a file"
          : lang === "zh" ? "不是可读取的 .xlsx 工作簿" : "not a readable .xlsx workbook";
    return { file, error: reason, sheets: [], skipped: [] };
  }
  return checkGrids(file, grids, lang);
}

/** One row of `check --json`: one indicator of one file. */
export interface CheckJsonRow {
  file: string;
  sheet: string;
  planId: string;
  indicatorId: string;
  name: string;
  latestYear: number | null;
  latestValue: number | null;
  pathValue: number | null;
  ratio: number | null;
  status: StatusCode;
  findings: { cell: string; kind: Finding["kind"]; message: string }[];
}

export function jsonRows(checks: readonly FileCheck[], lang: Lang): CheckJsonRow[] {
  const rows: CheckJsonRow[] = [];
  for (const check of checks) {
    for (const sheet of check.sheets) {
      for (const ind of sheet.indicators) {
        const a = ind.assessment;
        rows.push({
          file: check.file,
          sheet: sheet.sheet,
          planId: sheet.planId,
          indicatorId: ind.indicatorId,
          name: ind.indicatorName,
          latestYear: a.latestYear,
          latestValue: a.latest,
          pathValue: a.pathValue,
          ratio: a.ratio,
          status: a.status,
          findings: sheet.findings
            .filter((f) => f.indicatorId === ind.indicatorId && f.indicatorId !== "")
            .map((f) => ({ cell: f.cell, kind: f.kind, message: f.message[lang] })),
        });
      }
    }
  }
  return rows;
}

const KIND_LABEL: Readonly<Record<Finding["kind"], { zh: string; en: string }>> = {
  refused: { zh: "无效", en: "refused" },
  readable: { zh: "文本数值", en: "text figure" },
  "unit-converted": { zh: "单位换算", en: "unit" },
  suspicious: { zh: "可疑", en: "suspicious" },
  inconsistent: { zh: "增速不一致", en: "inconsistent" },
  lagging: { zh: "滞后", en: "lagging" },
};

/** "已完成 2 · 符合进度 3 · …" (statuses with a count only). */
export function countsLine(counts: Readonly<Record<StatusCode, number>>, lang: Lang): string {
  const parts = [...STATUS_CODES]
    .sort((a, b) => statusRank(a) - statusRank(b))
    .filter((s) => counts[s] > 0)
    .map((s) => `${statusLabel(s, lang)} ${counts[s]}`);
  return parts.length ? parts.join(" · ") : lang === "zh" ? "无指标" : "no indicators";
}

/** One line for a file that could not be read or has no plan sheet; null when it has plan sheets. */
export function fileProblemLine(check: FileCheck, lang: Lang): string | null {
  if (check.error) return `${check.file}: ${check.error}`;
  if (check.sheets.length === 0) return `${check.file}: ${lang === "zh" ? "没有规划指标工作表" : "no plan sheet"}`;
  return null;
}

/** The console report of one file. */
export function fileReport(check: FileCheck, lang: Lang): string[] {
  const zh = lang === "zh";
  const problem = fileProblemLine(check, lang);
  if (problem) return [problem];
  const lines: string[] = [`== ${check.file} ==`];
  for (const sheet of check.sheets) {
    const total = sheet.indicators.length;
    lines.push(
      zh
        ? `[${sheet.sheet}] 计划 ${sheet.planId}，${total} 个指标：${countsLine(countStatuses([sheet]), lang)}`
        : `[${sheet.sheet}] plan ${sheet.planId}, ${total} indicators: ${countsLine(countStatuses([sheet]), lang)}`,
    );
    const lagging = sheet.findings
      .filter((f) => f.kind === "lagging")
      .map((f) => ({ f, ind: sheet.indicators.find((i) => i.indicatorId === f.indicatorId) }))
      .sort((a, b) => statusRank(a.ind?.assessment.status ?? "no-data") - statusRank(b.ind?.assessment.status ?? "no-data"));
    if (lagging.length) {
      lines.push(zh ? "  滞后指标：" : "  Lagging indicators:");
      for (const { f } of lagging) lines.push(`    ${f.cell} ${f.indicatorName} — ${f.message[lang]}`);
    }
    const others = sheet.findings.filter((f) => f.kind !== "lagging");
    if (others.length) {
      lines.push(zh ? `  数据问题（${others.length}）：` : `  Entries to look at (${others.length}):`);
      for (const f of others) {
        const who = f.indicatorName ? `${f.indicatorName}${f.year ? ` ${f.year}` : ""}` : "";
        lines.push(`    ${f.cell} [${KIND_LABEL[f.kind][lang]}] ${who}${who ? (zh ? "：" : ": ") : ""}${f.message[lang]}`);
      }
    }
  }
  return lines;
}

/** Per indicator across files: how many files have it on track (achieved + on-track), lagging, without data. */
export interface ConsolidatedRow {
  planId: string;
  indicatorId: string;
  name: string;
  files: number;
  good: number;
  lagging: number;
  missing: number;
}

export function consolidate(checks: readonly FileCheck[]): ConsolidatedRow[] {
  const rows = new Map<string, ConsolidatedRow>();
  for (const check of checks) {
    for (const sheet of check.sheets) {
      for (const ind of sheet.indicators) {
        const key = `${sheet.planId}\u0000${ind.indicatorId}`;
        let row = rows.get(key);
        if (!row) {
          row = { planId: sheet.planId, indicatorId: ind.indicatorId, name: ind.indicatorName, files: 0, good: 0, lagging: 0, missing: 0 };
          rows.set(key, row);
        }
        const s = ind.assessment.status;
        row.files++;
        if (s === "achieved" || s === "on-track") row.good++;
        else if (isLagging(s)) row.lagging++;
        else row.missing++;
      }
    }
  }
  return [...rows.values()];
}

/** The consolidated table as console lines (indicators with data in some file; the rest counted). */
export function consolidatedReport(checks: readonly FileCheck[], lang: Lang): string[] {
  const rows = consolidate(checks);
  if (rows.length === 0) return [];
  const zh = lang === "zh";
  const read = checks.filter((c) => c.sheets.length > 0).length;
  const withData = rows.filter((r) => r.missing < r.files);
  const columns = [
    { title: zh ? "计划" : "plan" },
    { title: zh ? "指标" : "indicator" },
    { title: zh ? "文件数" : "files", align: "right" as const },
    { title: zh ? "达标/符合进度" : "on track", align: "right" as const },
    { title: zh ? "滞后" : "lagging", align: "right" as const },
    { title: zh ? "缺数据" : "no data", align: "right" as const },
  ];
  const table = formatTable(
    columns,
    withData.map((r) => [r.planId, r.name, String(r.files), String(r.good), String(r.lagging), String(r.missing)]),
  );
  const lines = [zh ? `== 汇总：${read} 个文件 ==` : `== Across ${read} file(s) ==`, ...table];
  const empty = rows.length - withData.length;
  if (empty > 0) lines.push(zh ? `另有 ${empty} 个指标在所有文件中均无数据` : `${empty} more indicator(s) without data in any file`);
  return lines;
}
