/**
 * One LibreOffice run for the whole formula proof: writes a workbook per
 * (parameter set, variant) with every catalog plan (and the extended-horizon
 * plans), plus a probe with a stale cached result, converts them all in one
 * soffice call and reads them back.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { catalogPlans } from "../../src/catalog";
import type { Lang, Plan } from "../../src/core";
import type { PlanSheetOptions } from "../../src/sheet";
import { planWorkbookLayouts, writeWorkbookFile } from "../../src/xlsx";
import { convertAll, readWorkbook } from "./libreoffice";
import { extendedPlans, planFigures, SCENARIOS, type PlanFigures } from "./scenarios";

export interface ProofBook {
  set: string;
  variant: number;
  lang: Lang;
  thresholds?: PlanSheetOptions["thresholds"];
  figures: Record<string, PlanFigures>;
  input: string;
  result: ExcelJS.Workbook;
}

export interface ProofRun {
  plans: Plan[];
  catalogIds: Set<string>;
  books: ProofBook[];
  probe: ExcelJS.Workbook;
  seconds: number;
}

export const PARAMETER_SETS: { set: string; variants: number; thresholds?: PlanSheetOptions["thresholds"] }[] = [
  { set: "default", variants: SCENARIOS.length },
  { set: "thresholds", variants: 6, thresholds: { onTrack: 0.5, lagging: 0.3, method: "path" } },
  { set: "growth-ratio", variants: 6, thresholds: { onTrack: 0.95, lagging: 0.6, method: "growth-ratio" } },
];

async function writeProbe(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("probe");
  ws.getCell("A1").value = 3;
  // A stale cached result: only a real recalculation turns it into 6.
  ws.getCell("A2").value = { formula: "A1*2", result: 99 } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(path);
}

export async function runProof(): Promise<ProofRun> {
  const catalog = catalogPlans();
  const plans = [...catalog, ...extendedPlans(catalog)];
  const dir = mkdtempSync(join(tmpdir(), "pit-proof-"));
  const pending: Omit<ProofBook, "result">[] = [];
  for (const { set, variants, thresholds } of PARAMETER_SETS) {
    for (let v = 0; v < variants; v++) {
      const lang: Lang = v % 2 === 0 ? "zh" : "en";
      const figures = Object.fromEntries(plans.map((p) => [p.id, planFigures(p, v)]));
      const input = join(dir, "in", `${set}-${v}.xlsx`);
      const layouts = planWorkbookLayouts(plans, {
        lang,
        thresholds,
        entries: Object.fromEntries(plans.map((p) => [p.id, figures[p.id].entries])),
        baselines: Object.fromEntries(plans.map((p) => [p.id, figures[p.id].baselines])),
      });
      await writeWorkbookFile(layouts, input);
      pending.push({ set, variant: v, lang, thresholds, figures, input });
    }
  }
  const probePath = join(dir, "in", "probe.xlsx");
  await writeProbe(probePath);
  const { outputs, seconds } = convertAll([...pending.map((p) => p.input), probePath], join(dir, "out"));
  const books: ProofBook[] = [];
  for (const p of pending) books.push({ ...p, result: await readWorkbook(outputs.get(p.input)!) });
  return { plans, catalogIds: new Set(catalog.map((p) => p.id)), books, probe: await readWorkbook(outputs.get(probePath)!), seconds };
}
