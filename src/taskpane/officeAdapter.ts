/**
 * The workbook adapter inside Excel: the pane's requests mapped onto the
 * office.js adapter in src/excel (whose run* functions open the Excel.run
 * batches; only src/excel may call Excel.run).
 *
 * Settings are kept per plan sheet (each has its own parameter cells), so
 * writeSettings writes every plan sheet the pane knows of: those of the last
 * check and those inserted since. When it knows none yet, it checks the
 * workbook first to find them.
 */
import type { Finding, Lang, Plan } from "../core";
import { runApplyFix, runCheck, runInsertPlans, runSelectCell, runWriteSettings } from "../excel";
import type { InsertOptions, WorkbookAdapter, WorkbookSettings } from "./adapter.types";

const FIX_REFUSED: Readonly<Record<Lang, string>> = {
  zh: "单元格内容在检查后已改变，未修改；请刷新检查结果。",
  en: "The cell changed since the check and was left alone; refresh the check.",
};

export function officeAdapter(): WorkbookAdapter {
  const planSheets = new Set<string>();
  let lang: Lang = "zh";

  const check = async (options: { lang: Lang }) => {
    lang = options.lang;
    const result = await runCheck({ lang: options.lang });
    planSheets.clear();
    for (const sheet of result.sheets) planSheets.add(sheet.sheet);
    return result;
  };

  return {
    async insertPlans(plans: Plan[], options: InsertOptions) {
      const result = await runInsertPlans(plans, { lang: options.lang, summary: options.summary });
      for (const s of result.sheets) planSheets.add(s.sheet);
      return { sheets: [...result.sheets.map((s) => s.sheet), ...(result.summary ? [result.summary] : [])] };
    },
    check,
    selectCell(sheet: string, address: string) {
      return runSelectCell(sheet, address);
    },
    async applyFix(finding: Finding) {
      const result = await runApplyFix(finding, { lang });
      if (!result.applied) throw new Error(result.reason === "changed" ? FIX_REFUSED[lang] : (result.reason ?? FIX_REFUSED[lang]));
    },
    async writeSettings(settings: WorkbookSettings) {
      if (planSheets.size === 0) await check({ lang });
      const sheets = [...planSheets];
      for (const sheet of sheets) await runWriteSettings(sheet, settings);
      return { sheets };
    },
  };
}
