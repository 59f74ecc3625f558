/** The ExcelJS adapter: renders sheet layouts into .xlsx workbooks (used by the CLI). */
export { renderWorkbook } from "./renderWorkbook";
export { renderSheet } from "./renderSheet";
export { workbookBuffer, writeWorkbookFile } from "./workbookFile";
export { argb, CELL_STYLES, UNLOCKED_STYLES } from "./styles";
export { PROTECTION_OPTIONS, rangeCells } from "./sheetSetup";
export { planWorkbookLayouts, type PlanWorkbookOptions } from "./planLayouts";
