/**
 * The workbook adapter inside Excel: the pane's requests mapped onto the
 * office.js adapter in src/excel (whose run* functions open the Excel.run
 * batches; only src/excel may call Excel.run).
 *
 * Settings are kept per plan sheet (each has its own named parameter cells);
 * writeSettings writes them into every plan sheet of the workbook.
 */
import type { Finding, Lang, Plan } from "../core";
import { runApplyFix, runCheck, runInsertPlans, runSelectCell, runWriteSettingsToPlanSheets } from "../excel";
import type { InsertOptions, WorkbookAdapter, WorkbookSettings } from "./adapter.types";

const FIX_REFUSED: Readonly<Record<Lang, string>> = {
  zh: "单元格内容在检查后已改变，未修改；请刷新检查结果。",
  en: "The cell changed since the check and was left alone; refresh the check.",
};

export function officeAdapter(): WorkbookAdapter {
  let lang: Lang = "zh";

  return {
    async insertPlans(plans: Plan[], options: InsertOptions) {
      const result = await runInsertPlans(plans, { lang: options.lang, summary: options.summary });
      return { sheets: [...result.sheets.map((s) => s.sheet), ...(result.summary ? [result.summary] : [])] };
    },
    check(options: { lang: Lang }) {
      lang = options.lang;
      return runCheck({ lang: options.lang });
    },
    selectCell(sheet: string, address: string) {
      return runSelectCell(sheet, address);
    },
    async applyFix(finding: Finding) {
      const result = await runApplyFix(finding, { lang });
      if (!result.applied) throw new Error(result.reason === "changed" ? FIX_REFUSED[lang] : (result.reason ?? FIX_REFUSED[lang]));
    },
    writeSettings(settings: WorkbookSettings) {
      return runWriteSettingsToPlanSheets(settings);
    },
  };
}
