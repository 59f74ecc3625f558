/**
 * Every formula written for every catalog plan (both languages) and the
 * summary sheet uses only functions that Excel 2016 and LibreOffice 7.4 both
 * have (ALLOWED_FUNCTIONS): no LET, XLOOKUP, LAMBDA, FILTER or dynamic arrays.
 * Scans what the ExcelJS renderer puts into the workbook: cell formulas,
 * conditional-format rules and validation formulae.
 */
import type ExcelJS from "exceljs";
import { catalogPlans } from "../../src/catalog";
import type { Lang } from "../../src/core";
import { ALLOWED_FUNCTIONS, disallowedFunctions, functionsIn } from "../../src/sheet";
import { planWorkbookLayouts, renderWorkbook } from "../../src/xlsx";

interface Written {
  where: string;
  formula: string;
}

/** ExcelJS keeps a sheet's conditional formats in `conditionalFormattings` (not in its typings). */
function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}

function writtenFormulas(wb: ExcelJS.Workbook): Written[] {
  const out: Written[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v && typeof v === "object" && "formula" in v) out.push({ where: `${ws.name}!${cell.address}`, formula: String(v.formula) });
      }),
    );
    for (const cf of conditionalFormats(ws)) {
      for (const rule of cf.rules) {
        for (const f of (rule as { formulae?: unknown[] }).formulae ?? []) out.push({ where: `${ws.name} CF ${cf.ref}`, formula: String(f) });
      }
    }
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { formulae?: unknown[] }> } }).dataValidations.model;
    for (const [ref, dv] of Object.entries(validations)) {
      for (const f of dv?.formulae ?? []) out.push({ where: `${ws.name} DV ${ref}`, formula: String(f) });
    }
  });
  return out;
}

const FORBIDDEN = ["LET", "LAMBDA", "XLOOKUP", "XMATCH", "FILTER", "SORT", "SORTBY", "UNIQUE", "SEQUENCE", "RANDARRAY", "TEXTJOIN", "IFS", "SWITCH", "CONCAT", "MAXIFS", "MINIFS"];

describe.each<Lang>(["zh", "en"])("formulas written in %s", (lang) => {
  const plans = catalogPlans();
  const written = writtenFormulas(renderWorkbook(planWorkbookLayouts(plans, { lang })));

  test("there are formulas on every plan sheet and on the summary", () => {
    const sheets = new Set(written.map((w) => w.where.split(/[! ]/)[0]));
    for (const p of plans) expect(sheets.has(p.id.slice(0, 31))).toBe(true);
    expect(sheets.has(lang === "zh" ? "汇总" : "Summary")).toBe(true);
    expect(written.length).toBeGreaterThan(1000);
  });

  test("only ALLOWED_FUNCTIONS are called", () => {
    const bad = written.flatMap((w) => disallowedFunctions(w.formula).map((f) => `${w.where}: ${f} in ${w.formula.slice(0, 80)}`));
    expect(bad).toEqual([]);
    for (const f of FORBIDDEN) expect(ALLOWED_FUNCTIONS.has(f)).toBe(false);
  });

  test("no dynamic-array syntax: no spill references, implicit intersection or _xlfn prefixes", () => {
    const strip = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');
    const bad = written.filter((w) => /#(?![A-Z/0]+[!?])|@|_xlfn\.|_xlws\./i.test(strip(w.formula)));
    expect(bad).toEqual([]);
  });

  test("the scanner sees the functions (sanity)", () => {
    const used = new Set(written.flatMap((w) => functionsIn(w.formula)));
    for (const f of ["IF", "INDEX", "SUMPRODUCT", "SUMIFS", "COUNTIF", "MATCH"]) expect(used.has(f)).toBe(true);
    expect(disallowedFunctions('LET(x,1,x)+XLOOKUP(1,A:A,B:B)&"FILTER(x)"')).toEqual(["LET", "XLOOKUP"]);
  });
});
