/**
 * Splitting pasted text into lines and cells: tabs (Excel, web pages), pipes
 * (markdown-ish, leading and trailing pipes allowed), or one cell per line.
 */

/** A non-blank line of the pasted text and its cells (printed text, trimmed). */
export interface SourceLine {
  /** 1-based line number in the pasted text. */
  line: number;
  cells: string[];
  /** A markdown separator row such as |---|:---:| */
  separator: boolean;
}

const PIPE = /[|｜]/;
const SEPARATOR_CELL = /^:?-+:?$/;

function trimCell(cell: string): string {
  return cell.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/**
 * The cells of one line: split on tabs if it has any, else on pipes (one leading and one
 * trailing pipe are borders, not empty cells), else the whole line is one cell.
 */
export function splitCells(text: string): string[] {
  if (text.includes("\t")) return text.split("\t").map(trimCell);
  if (PIPE.test(text)) {
    const parts = text.split(PIPE).map(trimCell);
    if (parts.length > 1 && parts[0] === "") parts.shift();
    if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
    return parts;
  }
  const cell = trimCell(text);
  return cell === "" ? [] : [cell];
}

/** True for a markdown separator row: every non-empty cell is hyphens, optionally with colons (a lone cell needs three). */
export function isSeparatorRow(cells: readonly string[]): boolean {
  const nonEmpty = cells.filter((c) => c !== "");
  if (nonEmpty.length === 0 || !nonEmpty.every((c) => SEPARATOR_CELL.test(c))) return false;
  return nonEmpty.length > 1 || /-{3,}/.test(nonEmpty[0]);
}

/** The non-blank lines of a pasted text with their cells (CRLF, CR and LF all end a line). */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const cells = splitCells(raw);
    if (cells.every((c) => c === "")) return;
    out.push({ line: i + 1, cells, separator: PIPE.test(raw) && !raw.includes("\t") && isSeparatorRow(cells) });
  });
  return out;
}
