/**
 * Renders a SheetLayout (src/sheet) onto a worksheet with office.js. Only
 * queues commands: the caller syncs. Whole ranges are written at once
 * (`formulas` then `numberFormat`, values before formats), in row chunks that
 * keep each request under the size limit (see payload.ts).
 *
 * Where the host has ExcelApi 1.9, a column's run of cells holding the same
 * formula (same formula copied down, as every computed column is) is written
 * once and filled down with Range.autoFill: a 2,000-indicator plan is then a
 * request of about 1 MB instead of 9 MB, so it needs no extra sync. On 1.8
 * hosts every formula is sent; large plans take one extra sync per ~4 MB.
 */
import { rowRelativeKey } from "../sheet/formulaShift";
import { parseAddress, quoteSheet, rangeAddress, type CellSpec, type CellStyle, type SheetLayout, type ValidationSpec } from "../sheet";
import { jsonBytes, RequestBudget, utf8Bytes } from "./payload";
import { API_AUTOFILL, API_PAGE_LAYOUT, EXCEL_API, type Supports } from "./supports";

/** What a cell is written as in a `formulas` matrix; null leaves the cell as it is. */
export type CellInput = string | number | boolean | null;

/** Text that Excel would read as a number, date or boolean, or that starts with a quote. */
const COERCIBLE = /^\s*(?:[-+.,(0-9$¥€£'@]|[０-９])|^\s*(?:true|false)\s*$/i;

/** A layout cell as written: formulas as they are, text that Excel would convert kept as text (leading '). */
export function cellInput(spec: CellSpec | null | undefined): CellInput {
  if (!spec) return null;
  const v = spec.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "boolean") return v;
  if (v.startsWith("=")) return v;
  return COERCIBLE.test(v) ? `'${v}` : v;
}

/** Cells filled down from their block's first row with Range.autoFill (1-based, inclusive). */
export interface FillBlock {
  c1: number;
  c2: number;
  r1: number;
  r2: number;
}

export interface CellPlan {
  rows: number;
  columns: number;
  formulas: CellInput[][];
  formats: (string | null)[][];
  fills: FillBlock[];
}

/** Shortest run of equal formulas worth filling down instead of writing. */
export const MIN_FILL_RUN = 3;

/** The matrices to write, and (with `fillDown`) the runs of equal formulas to fill down instead. */
export function planCells(layout: SheetLayout, fillDown: boolean): CellPlan {
  const rows = layout.cells.length;
  const columns = Math.max(0, ...layout.cells.map((r) => r.length));
  const formulas: CellInput[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const line = layout.cells[r] ?? [];
    const f: CellInput[] = [];
    const n: (string | null)[] = [];
    for (let c = 0; c < columns; c++) {
      const spec = line[c];
      f.push(cellInput(spec));
      n.push(spec?.numFmt ?? null);
    }
    formulas.push(f);
    formats.push(n);
  }
  const fills: FillBlock[] = [];
  if (fillDown) {
    const runs: FillBlock[] = [];
    for (let c = 0; c < columns; c++) {
      let start = -1;
      let key = "";
      const close = (end: number) => {
        if (start >= 0 && end - start + 1 >= MIN_FILL_RUN) runs.push({ c1: c + 1, c2: c + 1, r1: start + 1, r2: end + 1 });
      };
      for (let r = 0; r < rows; r++) {
        const v = formulas[r][c];
        const k = typeof v === "string" && v.startsWith("=") ? `${formats[r][c] ?? ""}\u0000${rowRelativeKey(v, r + 1)}` : "";
        if (k !== "" && k === key) continue;
        close(r - 1);
        start = k === "" ? -1 : r;
        key = k;
      }
      close(rows - 1);
    }
    // Adjacent columns with the same rows fill as one block.
    runs.sort((a, b) => a.r1 - b.r1 || a.r2 - b.r2 || a.c1 - b.c1);
    for (const run of runs) {
      const last = fills[fills.length - 1];
      if (last && last.r1 === run.r1 && last.r2 === run.r2 && last.c2 + 1 === run.c1) last.c2 = run.c2;
      else fills.push({ ...run });
    }
    for (const f of fills) {
      for (let r = f.r1; r < f.r2; r++) {
        for (let c = f.c1 - 1; c < f.c2; c++) {
          formulas[r][c] = null;
          formats[r][c] = null;
        }
      }
    }
  }
  return { rows, columns, formulas, formats, fills };
}

/** Rectangles of cells sharing a style (runs per row, merged down). */
export function styleRects(cells: SheetLayout["cells"]): { style: CellStyle; r1: number; c1: number; r2: number; c2: number }[] {
  const done: { style: CellStyle; r1: number; c1: number; r2: number; c2: number }[] = [];
  let open = new Map<string, { style: CellStyle; r1: number; c1: number; r2: number; c2: number }>();
  cells.forEach((line, r) => {
    const row = r + 1;
    const next = new Map<string, { style: CellStyle; r1: number; c1: number; r2: number; c2: number }>();
    let c = 0;
    while (c < line.length) {
      const style = line[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      let e = c;
      while (e + 1 < line.length && line[e + 1]?.style === style) e++;
      const key = `${c + 1}:${e + 1}:${style}`;
      const prev = open.get(key);
      if (prev && prev.r2 === row - 1) {
        prev.r2 = row;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { style, r1: row, c1: c + 1, r2: row, c2: e + 1 });
      c = e + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  });
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
}

/** How each cell style looks (fills keep to light colours so the status colours stay readable). */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  switch (style) {
    case "title":
      format.font.bold = true;
      format.font.size = 14;
      break;
    case "label":
      format.font.bold = true;
      break;
    case "header":
      format.font.bold = true;
      format.fill.color = "#DDEBF7";
      format.wrapText = true;
      format.verticalAlignment = "Center";
      break;
    case "yearRow":
      format.font.color = "#7F7F7F";
      break;
    case "input":
      format.fill.color = "#FFF9E5";
      break;
    case "param":
      format.fill.color = "#FFF9E5";
      format.font.bold = true;
      break;
    case "computed":
      format.fill.color = "#F2F2F2";
      break;
    case "plan":
    case "text":
      break;
  }
}

/** Column width in points from a width in characters (Calibri 11: 7 px a character plus 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive row validations with the same columns and rule become one range. */
export function mergeValidations(validations: readonly ValidationSpec[]): ValidationSpec[] {
  const out: ValidationSpec[] = [];
  const sameRule = (a: ValidationSpec, b: ValidationSpec) =>
    a.type === b.type &&
    a.min === b.min &&
    a.max === b.max &&
    a.errorTitle === b.errorTitle &&
    a.errorMessage === b.errorMessage &&
    a.prompt === b.prompt &&
    JSON.stringify(a.list ?? null) === JSON.stringify(b.list ?? null);
  for (const v of validations) {
    const last = out[out.length - 1];
    if (last && sameRule(last, v)) {
      const [la, lb = la] = last.range.split(":");
      const [va, vb = va] = v.range.split(":");
      const ls = parseAddress(la);
      const le = parseAddress(lb);
      const vs = parseAddress(va);
      const ve = parseAddress(vb);
      if (ls.column === vs.column && le.column === ve.column && vs.row === le.row + 1) {
        last.range = rangeAddress(ls.column, ls.row, le.column, ve.row);
        continue;
      }
    }
    out.push({ ...v });
  }
  return out;
}

/** Excel's limits on validation texts. */
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function validationRule(v: ValidationSpec): Excel.DataValidationRule {
  if (v.type === "list") return { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } };
  return {
    decimal: {
      operator: "Between",
      formula1: v.min ?? -9.99e307,
      formula2: v.max ?? 9.99e307,
    },
  };
}

/** Protection a plan sheet gets: people can add rows, widen columns, sort and filter. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowInsertRows: true,
  allowFormatColumns: true,
  allowSort: true,
  allowAutoFilter: true,
};

export interface RenderTarget {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  supports: Supports;
  /** Defined names already in the workbook, lower case: skipped. */
  existingNames: Set<string>;
  budget: RequestBudget;
  /** Table name to use instead of the layout's (when the layout's is taken elsewhere). */
  tableName?: string;
}

/** Splits "'Sheet'!$B$5:$B$9" into the sheet-less address. */
function localAddress(ref: string): string {
  const i = ref.lastIndexOf("!");
  return i >= 0 ? ref.slice(i + 1) : ref;
}

/** Queues the layout's writes onto the (new or cleared) worksheet. */
export async function renderLayout(t: RenderTarget, layout: SheetLayout): Promise<void> {
  const { context, sheet, supports, budget } = t;
  const fillDown = supports(EXCEL_API, API_AUTOFILL);
  const plan = planCells(layout, fillDown);

  // 1. Values and formulas, then number formats, by row chunks that fit in a request.
  if (plan.rows > 0 && plan.columns > 0) {
    const rowBytes = (r: number) => jsonBytes(plan.formulas[r]) + jsonBytes(plan.formats[r]);
    const emit = async (start: number, end: number, bytes: number) => {
      await budget.reserve(bytes);
      const range = sheet.getRange(rangeAddress(1, start + 1, plan.columns, end));
      range.formulas = plan.formulas.slice(start, end) as unknown[][];
      range.numberFormat = plan.formats.slice(start, end) as unknown[][];
    };
    let start = 0;
    let bytes = 0;
    for (let r = 0; r < plan.rows; r++) {
      const rb = rowBytes(r);
      if (r > start && bytes + rb > budget.maxBytes / 2) {
        await emit(start, r, bytes);
        start = r;
        bytes = 0;
      }
      bytes += rb;
    }
    await emit(start, plan.rows, bytes);
  }
  for (const f of plan.fills) {
    await budget.reserve(64);
    sheet.getRange(rangeAddress(f.c1, f.r1, f.c2, f.r1)).autoFill(rangeAddress(f.c1, f.r1, f.c2, f.r2), "FillCopy");
  }

  // 2. Cell styles and column widths.
  for (const rect of styleRects(layout.cells)) {
    await budget.reserve(96);
    applyStyle(sheet.getRange(rangeAddress(rect.c1, rect.r1, rect.c2, rect.r2)).format, rect.style);
  }
  let c = 0;
  while (c < layout.columnWidths.length) {
    let e = c;
    while (e + 1 < layout.columnWidths.length && layout.columnWidths[e + 1] === layout.columnWidths[c]) e++;
    await budget.reserve(48);
    sheet.getRange(`${rangeAddress(c + 1, 1, e + 1, 1).replace(/\d+/g, "")}`).format.columnWidth = widthPoints(layout.columnWidths[c]);
    c = e + 1;
  }

  // 3. The table over the header and data rows.
  if (layout.table) {
    const spec = layout.table;
    const address = rangeAddress(spec.firstColumn, spec.headerRow, spec.firstColumn + spec.headers.length - 1, spec.headerRow + spec.rowCount);
    await budget.reserve(utf8Bytes(address) + 64);
    const table = sheet.tables.add(address, true);
    table.name = t.tableName ?? spec.name;
    table.style = "TableStyleLight1";
  }

  // 4. Defined names (skipped when they exist).
  for (const n of layout.names) {
    if (t.existingNames.has(n.name.toLowerCase())) continue;
    await budget.reserve(utf8Bytes(n.name) + 64);
    context.workbook.names.add(n.name, `=${quoteSheet(layout.name)}!${n.ref}`);
    t.existingNames.add(n.name.toLowerCase());
  }

  // 5. Data validation.
  for (const v of mergeValidations(layout.validations)) {
    await budget.reserve(utf8Bytes(v.errorMessage + (v.prompt ?? "")) + 128);
    const dv = sheet.getRange(v.range).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = validationRule(v);
    dv.errorAlert = { showAlert: true, style: "Stop", title: clip(v.errorTitle, 32), message: clip(v.errorMessage, 255) };
    if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: clip(v.prompt, 255) };
  }

  // 6. Conditional formats: custom formula rules with fill and font.
  for (const cf of layout.conditionalFormats) {
    await budget.reserve(utf8Bytes(cf.formula) + 96);
    const format = sheet.getRange(cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.fill.color = cf.fill;
    format.custom.format.font.color = cf.fontColor;
    if (cf.bold) format.custom.format.font.bold = true;
  }

  // 7. Freeze panes, print setup (ExcelApi 1.9), chart.
  if (layout.freeze) {
    await budget.reserve(32);
    sheet.freezePanes.freezeAt(rangeAddress(1, 1, layout.freeze.column, layout.freeze.row));
  }
  if (supports(EXCEL_API, API_PAGE_LAYOUT)) {
    await budget.reserve(96);
    if (layout.print.landscape) sheet.pageLayout.orientation = "Landscape";
    if (layout.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (layout.print.repeatRows) sheet.pageLayout.setPrintTitleRows(layout.print.repeatRows);
  }
  if (layout.chart) {
    await budget.reserve(256);
    const chart = sheet.charts.add("BarClustered", sheet.getRange(localAddress(layout.chart.values)), "Columns");
    chart.name = "PIT_ProgressChart";
    chart.title.text = layout.chart.title;
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange(localAddress(layout.chart.categories)));
    chart.setPosition(layout.chart.anchor);
  }

  // 8. Protection last: input cells unlocked first.
  if (layout.protect) {
    for (const u of layout.unlocked) {
      await budget.reserve(48);
      sheet.getRange(u).format.protection.locked = false;
    }
    await budget.reserve(64);
    sheet.protection.protect(PROTECTION_OPTIONS);
  }
}
