/**
 * Checking plan sheets in the open workbook, and the actions on a finding.
 *
 * checkSheet reads in 2 syncs and writes in 1:
 *   1. the sheet names (and, with ExcelApi 1.18, the workbook's notes);
 *   2. every candidate sheet's used range: values and number formats, with the
 *      formulas of the plan columns (A:O; the computed columns' formulas are
 *      not needed and would push a big sheet's response over 5 MB), in one go;
 *      its protection, and where each note stands;
 *   3. the explanations: a note on each flagged cell (ExcelApi 1.18), or, where
 *      notes are not available, a findings column to the right of the table.
 * The checking itself is src/sheet/checkGrid.ts (pure).
 *
 * Notes the check writes start with a marker line (NOTE_MARK); a person's own
 * note on a flagged cell is kept and the check's text is appended below it.
 * Checking again replaces the check's texts and leaves people's notes alone.
 */
import { checkSettings, type Settings } from "./settings";
import { countSyncs } from "./syncCounter";
import { STATUS_CODES, statusLabel, type CheckReport, type Finding, type Lang, type StatusCode } from "../core";
import { cellAddress, columnLetter, HEADER_ROWS, HEADER_VALUE_COLUMN, LEADING_COLUMNS, parseAddress, rangeAddress, SUMMARY_SHEET_NAME } from "../sheet";
import { checkGrid, countStatuses, isNotAPlanSheet, summarizeReports, type GridReport } from "../sheet/checkGrid";
import { locateHeaderCell, locateTable, normalizeHeader } from "../sheet/gridLayout";
import type { CellValue } from "../sheet/readRow";
import { anchorAtA1, formulasOnly, type SheetGrids } from "./grid";
import { PROTECTION_OPTIONS } from "./render";
import { API_NOTES, EXCEL_API, officeSupports, type Supports } from "./supports";

/** First line of a note written by the check. */
export const NOTE_MARK: Readonly<Record<Lang, string>> = { zh: "【指标检查】", en: "[Indicator check]" };
/** First line of a note keeping the text a fix replaced. */
export const FIX_MARK: Readonly<Record<Lang, string>> = { zh: "【原填报内容】", en: "[Entered as]" };
/** Header of the findings column (where notes are not available). */
export const FINDINGS_HEADER: Readonly<Record<Lang, string>> = { zh: "检查说明", en: "Check findings" };

const MARKS = [NOTE_MARK.zh, NOTE_MARK.en];
/** The columns whose formulas the check reads (the plan columns, see src/sheet/columns.ts). */
const FORMULA_COLUMNS = `A:${columnLetter(LEADING_COLUMNS.length)}`;
const HEADERS = new Set([normalizeHeader(FINDINGS_HEADER.zh), normalizeHeader(FINDINGS_HEADER.en)]);

export interface CheckOptions {
  lang: Lang;
  /** Also write a one-line summary of the check into the sheet's status cell (default true). */
  statusLine?: boolean;
  /** Time stamp of the status line (default: now). */
  now?: Date;
  /** Which sheets: "active", one sheet's name, or every plan sheet (default). */
  sheet?: string;
  supports?: Supports;
}

export interface CheckResult extends CheckReport {
  /** Sheets read that hold no plan table, with the reason. */
  skipped: { sheet: string; reason: string }[];
  /** How flags were explained in the sheets. */
  marks: "notes" | "column";
  syncs: number;
}

/** The part of a note that is not the check's (text before the check's marker). */
export function ownNoteText(content: string): string {
  let cut = content.length;
  for (const mark of MARKS) {
    const i = content.indexOf(mark);
    if (i >= 0) cut = Math.min(cut, i);
  }
  return content.slice(0, cut).trimEnd();
}

/** The check's text for one cell: its findings' messages, one a line. */
export function noteText(findings: readonly Finding[], lang: Lang): string {
  return [NOTE_MARK[lang], ...findings.map((f) => f.message[lang])].join("\n");
}

/** Findings grouped by cell, in sheet order. */
function byCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.cell) ?? [];
    list.push(f);
    out.set(f.cell, list);
  }
  return out;
}

const localAddress = (address: string) => address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
const sheetOf = (address: string) => {
  const i = address.lastIndexOf("!");
  const raw = i >= 0 ? address.slice(0, i) : "";
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
};

/** Whether a read grid is a plan sheet: a plan id beside its label and the indicator table. */
function isPlanGrid(grids: SheetGrids): boolean {
  const table = locateTable(grids.values);
  if (!table) return false;
  const where = locateHeaderCell(grids.values, "planId", table.headerRow);
  const id = grids.values[where.row]?.[where.column];
  return typeof id === "string" && id.trim() !== "";
}

/** Checks the plan sheets of the workbook and explains each flag in the sheet. */
export async function checkSheet(context: Excel.RequestContext, options: CheckOptions): Promise<CheckResult> {
  const supports = options.supports ?? officeSupports;
  const useNotes = supports(EXCEL_API, API_NOTES);
  const counter = countSyncs(context);
  const sync = counter.sync;
  const wb = context.workbook;

  // Sync 1: which sheets, and the workbook's notes.
  const worksheets = wb.worksheets;
  worksheets.load("items/name");
  const active = options.sheet === "active" ? worksheets.getActiveWorksheet() : undefined;
  active?.load("name");
  const notes = useNotes ? wb.notes : undefined;
  notes?.load("items/content");
  await sync();

  // Every sheet but the summary (never a plan sheet, and large with large plans), or the one asked for.
  const summaries = new Set([SUMMARY_SHEET_NAME.zh, SUMMARY_SHEET_NAME.en].map((n) => n.toLowerCase()));
  const all = worksheets.items.map((s) => s.name);
  const names = active
    ? [active.name]
    : options.sheet
      ? all.filter((n) => n.toLowerCase() === options.sheet!.toLowerCase())
      : all.filter((n) => !summaries.has(n.toLowerCase()));

  // Sync 2: the sheets' cells, protection, and where the notes stand.
  const reads = names.map((name) => {
    const sheet = worksheets.getItem(name);
    const used = sheet.getUsedRange(true);
    used.load("address,values,numberFormat");
    // Formulas of the plan columns only (A:O, where a yoy target formula stands): the computed
    // columns' formulas are not needed and would make a large sheet's response pass 5 MB.
    const planColumns = used.getIntersectionOrNullObject(sheet.getRange(FORMULA_COLUMNS));
    planColumns.load("address,formulas");
    sheet.protection.load("protected");
    return { name, sheet, used, planColumns };
  });
  const noteItems = notes ? notes.items : [];
  const locations = noteItems.map((note) => {
    const where = note.getLocation();
    where.load("address");
    return { note, where };
  });
  await sync();

  const reports: GridReport[] = [];
  const skipped: { sheet: string; reason: string }[] = [];
  const planSheets: { name: string; sheet: Excel.Worksheet; grids: SheetGrids; report: GridReport }[] = [];
  for (const r of reads) {
    const grids: SheetGrids = {
      values: anchorAtA1(r.used.address, r.used.values as CellValue[][], null),
      formulas: r.planColumns.isNullObject ? [] : anchorAtA1(r.planColumns.address, r.planColumns.formulas, null),
      numberFormat: anchorAtA1(r.used.address, r.used.numberFormat as (string | null)[][], null),
    };
    const result = checkGrid({ sheet: r.name, values: grids.values, formulas: formulasOnly(grids.formulas) }, { lang: options.lang });
    if (isNotAPlanSheet(result)) {
      skipped.push({ sheet: r.name, reason: result.notAPlanSheet });
      continue;
    }
    if (!isPlanGrid(grids)) {
      skipped.push({ sheet: r.name, reason: "no plan id" });
      continue;
    }
    reports.push(result);
    planSheets.push({ name: r.name, sheet: r.sheet, grids, report: result });
  }

  // Sync 3: the explanations.
  for (const p of planSheets) {
    const flagged = byCell(p.report.findings);
    const wasProtected = p.sheet.protection.protected;
    if (wasProtected) p.sheet.protection.unprotect();
    if (useNotes) {
      const seen = new Set<string>();
      for (const { note, where } of locations) {
        if (sheetOf(where.address).toLowerCase() !== p.name.toLowerCase()) continue;
        const cell = localAddress(where.address);
        const own = ownNoteText(note.content);
        const list = flagged.get(cell);
        if (list) {
          seen.add(cell);
          const content = own ? `${own}\n\n${noteText(list, options.lang)}` : noteText(list, options.lang);
          if (content !== note.content) note.content = content;
        } else if (own !== note.content) {
          if (own === "") note.delete();
          else note.content = own;
        }
      }
      for (const [cell, list] of flagged) if (!seen.has(cell)) p.sheet.notes.add(cell, noteText(list, options.lang));
    } else {
      writeFindingsColumn(p.sheet, p.grids, p.report, options.lang);
    }
    if (options.statusLine !== false) {
      p.sheet.getRange(statusCell(p.report.headerRow)).values = [[statusText(p.report, options.lang, options.now ?? new Date())]];
    }
    if (wasProtected) p.sheet.protection.protect(PROTECTION_OPTIONS);
  }
  if (planSheets.length > 0) await sync();

  return { ...summarizeReports(reports), skipped, marks: useNotes ? "notes" : "column", syncs: counter.count };
}

/**
 * The status cell: column A of the empty row between the plan id and the
 * parameters (A7), moved with the table when rows were inserted above it.
 */
export function statusCell(headerRow: number): string {
  return cellAddress(1, HEADER_ROWS.planId + 1 + (headerRow - HEADER_ROWS.tableHeader));
}

/** One line: when, how many flags, and the indicators by status. */
export function statusText(report: GridReport, lang: Lang, now: Date): string {
  const counts = countStatuses([report]);
  const parts = STATUS_CODES.filter((s: StatusCode) => counts[s] > 0).map((s) => `${statusLabel(s, lang)} ${counts[s]}`);
  const pad = (n: number) => String(n).padStart(2, "0");
  const when = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  const flags = report.findings.length;
  return lang === "zh"
    ? `检查于 ${when}：${flags} 处标注（见单元格批注或检查说明列）；${parts.join("，") || "无指标"}`
    : `Checked ${when}: ${flags} flag${flags === 1 ? "" : "s"} (see cell notes or the findings column); ${parts.join(", ") || "no indicators"}`;
}

/** Column (1-based) of the findings column: where its header is, else two columns right of the table. */
export function findingsColumn(grids: SheetGrids, headerRow: number): number {
  const header = grids.values[headerRow - 1] ?? [];
  const found = header.findIndex((v) => HEADERS.has(normalizeHeader(v)));
  if (found >= 0) return found + 1;
  const table = locateTable(grids.values);
  const last = table ? Math.max(...Object.values(table.column), ...table.years.map((y) => y.column)) + 1 : header.length;
  return last + 2;
}

/** Fallback: the findings, one line per flagged cell, in a column to the right of the table (old texts cleared). */
function writeFindingsColumn(sheet: Excel.Worksheet, grids: SheetGrids, report: GridReport, lang: Lang): void {
  const headerRow = report.headerRow;
  const column = findingsColumn(grids, headerRow);
  const byRow = new Map<number, string[]>();
  for (const f of report.findings) {
    const row = parseAddress(f.cell).row;
    const list = byRow.get(row) ?? [];
    list.push(`${f.cell}: ${f.message[lang]}`);
    byRow.set(row, list);
  }
  const findingRows = [...byRow.keys()];
  const lastRow = Math.max(grids.values.length, headerRow + 1, ...findingRows);
  const firstRow = Math.min(headerRow, ...findingRows);
  const matrix: string[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    matrix.push([row === headerRow ? FINDINGS_HEADER[lang] : (byRow.get(row)?.join("\n") ?? "")]);
  }
  const range = sheet.getRange(rangeAddress(column, firstRow, column, lastRow));
  range.values = matrix;
  range.format.wrapText = true;
  sheet.getRange(cellAddress(column, headerRow)).format.font.bold = true;
  sheet.getRange(rangeAddress(column, 1, column, 1).replace(/\d+/g, "")).format.columnWidth = 300;
}

/** Selects a cell (the finding's link in the pane). */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

export interface FixResult {
  applied: boolean;
  /** Why not: the cell changed since the check. */
  reason?: string;
}

/**
 * Writes a finding's fix (the number) into its cell and keeps the text that
 * was there in a note (ExcelApi 1.18) or in the findings column. 2 syncs: read
 * the cell (and its note), write. Nothing is written when the cell no longer
 * holds what the check found.
 */
export async function applyFix(context: Excel.RequestContext, finding: Finding, options: { lang: Lang; supports?: Supports }): Promise<FixResult> {
  if (!finding.fix) return { applied: false, reason: "no fix" };
  const supports = options.supports ?? officeSupports;
  const useNotes = supports(EXCEL_API, API_NOTES);
  const sheet = context.workbook.worksheets.getItem(finding.sheet);
  const cell = sheet.getRange(finding.cell);
  cell.load("values");
  sheet.protection.load("protected");
  const note = useNotes ? sheet.notes.getItemOrNullObject(finding.cell) : undefined;
  note?.load("content");
  const headerRow = HEADER_ROWS.tableHeader;
  const header = useNotes ? undefined : sheet.getRange(`A${headerRow}:ZZ${headerRow}`);
  header?.load("values");
  await context.sync();

  const current = cell.values[0]?.[0];
  if (finding.entered !== undefined && String(current ?? "") !== finding.entered) return { applied: false, reason: "changed" };
  const kept = `${FIX_MARK[options.lang]}\n${finding.entered ?? String(current ?? "")}`;
  const wasProtected = sheet.protection.protected;
  if (wasProtected) sheet.protection.unprotect();
  cell.values = [[finding.fix.value]];
  if (note) {
    if (note.isNullObject) sheet.notes.add(finding.cell, kept);
    else {
      const own = ownNoteText(note.content);
      note.content = own ? `${own}\n\n${kept}` : kept;
    }
  } else if (header) {
    const values = header.values[0] ?? [];
    let column = values.findIndex((v) => HEADERS.has(normalizeHeader(v as string))) + 1;
    if (column === 0) {
      let last = values.length;
      while (last > 0 && (values[last - 1] === "" || values[last - 1] === null)) last--;
      column = last + 2;
      sheet.getRange(cellAddress(column, headerRow)).values = [[FINDINGS_HEADER[options.lang]]];
    }
    const row = parseAddress(finding.cell).row;
    sheet.getRange(cellAddress(column, row)).values = [[`${finding.cell}: ${kept.replace("\n", " ")}`]];
  }
  if (wasProtected) sheet.protection.protect(PROTECTION_OPTIONS);
  await context.sync();
  return { applied: true };
}

/** Writes a plan sheet's parameter cells (unlocked cells: no unprotecting). One sync. */
export async function writeSettings(context: Excel.RequestContext, sheetName: string, settings: Settings): Promise<void> {
  checkSettings(settings);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const range = sheet.getRange(rangeAddress(HEADER_VALUE_COLUMN, HEADER_ROWS.onTrack, HEADER_VALUE_COLUMN, HEADER_ROWS.methodCode));
  range.values = [[settings.onTrack], [settings.lagging], [settings.method]];
  await context.sync();
}
