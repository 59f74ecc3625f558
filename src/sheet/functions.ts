/** The functions formulas may use: those Excel 2016 and LibreOffice 7.4 both have. */

export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  "ABS", "AND", "COUNTIF", "IF", "IFERROR", "INDEX", "ISNUMBER", "MATCH", "MAX", "NOT", "OR", "SUM", "SUMIFS", "SUMPRODUCT",
]);

/** Every function name called in a formula (string literals ignored). */
export function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/([A-Za-z][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}

/** Function names in a formula that are not allowed. */
export function disallowedFunctions(formula: string): string[] {
  return functionsIn(formula).filter((f) => !ALLOWED_FUNCTIONS.has(f));
}
