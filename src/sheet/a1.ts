/** A1 addressing helpers. */

/** Column letters for a 1-based column index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`column index ${index}`);
  let n = index;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based column index for letters (A → 1). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B7" for column 2, row 7. */
export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "$B$7" */
export function absoluteAddress(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** "A1:C3" for a rectangle given by its corners (1-based). */
export function rangeAddress(c1: number, r1: number, c2: number, r2: number): string {
  return `${cellAddress(c1, r1)}:${cellAddress(c2, r2)}`;
}

/** A sheet name quoted for use in a formula: 'My sheet'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "B7" into column 2 and row 7; throws on anything else. */
export function parseAddress(address: string): { column: number; row: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`not an A1 address: ${address}`);
  return { column: columnIndex(m[1]), row: Number(m[2]) };
}
