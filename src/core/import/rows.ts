/**
 * Gathering the lines after the header into table rows: one line per row for
 * tab- and pipe-separated tables; for one cell per line, the header's width
 * tells how many cells make a row, with row numbers and names used to resync
 * where a cell is missing.
 */
import type { SourceLine } from "./cells";
import type { ColumnPlan } from "./columns";
import type { Header } from "./header";
import { isNameLike, isNoteText, isProse, rowNumberValue } from "./rowLabels";

export type RowKind = "data" | "separator" | "repeated-header" | "note" | "prose";

/** A table row as printed: the lines it spans and its cells. */
export interface LogicalRow {
  /** 1-based line number of the row's first line. */
  row: number;
  lines: number[];
  cells: string[];
  kind: RowKind;
}

interface Item {
  line: number;
  text: string;
}

function rowOf(items: readonly Item[], kind: RowKind): LogicalRow {
  return { row: items[0].line, lines: [...new Set(items.map((i) => i.line))], cells: items.map((i) => i.text), kind };
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Could a row begin at this cell (a name, a row number, a note)? */
function canStartRow(items: readonly Item[], at: number, cols: ColumnPlan): boolean {
  if (at >= items.length) return true;
  const text = items[at].text;
  if (isNoteText(text) || isProse(text)) return true;
  if (cols.index >= 0 && rowNumberValue(text) !== null) return true;
  return isNameLike(text);
}

/** Size of a numbered row: up to the cell holding the next number, preferring the header's width. */
function numberedRowSize(items: readonly Item[], at: number, width: number, n: number): number {
  const offsets = [width];
  for (let k = width - 1; k >= 2; k -= 1) offsets.push(k);
  offsets.push(width + 1);
  for (const k of offsets) {
    const j = at + k;
    if (j === items.length) return k;
    if (j < items.length && rowNumberValue(items[j].text) === n + 1) {
      // A heading between two numbered rows stays out of the first.
      return k === width + 1 && isNameLike(items[at + width].text) ? width : k;
    }
  }
  return Math.min(width, items.length - at);
}

/** Size of an unnumbered row: the expected width, shortened if a new row plainly starts earlier. */
function plainRowSize(items: readonly Item[], at: number, expected: number, cols: ColumnPlan): number {
  const room = items.length - at;
  if (room <= expected) return room;
  for (let k = expected; k >= 2; k -= 1) if (canStartRow(items, at + k, cols)) return k;
  return expected;
}

function groupOnePerLine(items: readonly Item[], cols: ColumnPlan): LogicalRow[] {
  const out: LogicalRow[] = [];
  let i = 0;
  while (i < items.length) {
    const text = items[i].text;
    const next = items[i + 1]?.text;
    if (isNoteText(text) || isProse(text)) {
      out.push(rowOf([items[i]], isNoteText(text) ? "note" : "prose"));
      i += 1;
      continue;
    }
    const n = cols.index >= 0 ? rowNumberValue(text) : null;
    let size: number;
    if (n !== null) {
      size = numberedRowSize(items, i, cols.width, n);
    } else if (isNameLike(text) && (next === undefined || isProse(next) || isNoteText(next) || (cols.index >= 0 && rowNumberValue(next) !== null))) {
      size = 1; // a heading before a numbered row or before running text, or a lone trailing cell
    } else if (cols.category < 0 && isNameLike(text) && isNameLike(next) && !isNameLike(items[i + 2]?.text)) {
      size = 1; // a category heading: a text, then a name followed by its figures
    } else {
      let expected = cols.width - (cols.index >= 0 ? 1 : 0);
      if (cols.category >= 0 && !(isNameLike(text) && isNameLike(next))) expected -= 1;
      size = plainRowSize(items, i, Math.max(expected, 1), cols);
    }
    out.push(rowOf(items.slice(i, i + size), "data"));
    i += size;
  }
  return out;
}

/** The rows after the header, each with the lines it spans. */
export function groupRows(lines: readonly SourceLine[], header: Header, cols: ColumnPlan): LogicalRow[] {
  const after = lines.slice(header.start + header.span);
  if (header.layout === "line") {
    return groupOnePerLine(
      after.flatMap((l) => l.cells.filter((c) => c !== "").map((text) => ({ line: l.line, text }))),
      cols,
    );
  }
  const labels = header.columns.map((c) => c.label);
  return after.map((l) => {
    const items = l.cells.map((text) => ({ line: l.line, text }));
    const single = l.cells.filter((c) => c !== "");
    let kind: RowKind = "data";
    if (l.separator) kind = "separator";
    else if (sameLabels(l.cells, labels)) kind = "repeated-header";
    else if (single.length === 1 && isNoteText(single[0])) kind = "note";
    else if (single.length === 1 && isProse(single[0])) kind = "prose";
    return rowOf(items, kind);
  });
}
