/**
 * Requirement-set checks. The add-in needs ExcelApi 1.8; anything newer
 * (page layout 1.9, autoFill 1.9, notes 1.18) is used only where the host says
 * it is supported. Injected so tests can play any host.
 */

/** Whether the host supports a requirement set at a version, e.g. ("ExcelApi", "1.18"). */
export type Supports = (set: string, version: string) => boolean;

/** The host's answer through `Office.context.requirements.isSetSupported`; false outside Office. */
export const officeSupports: Supports = (set, version) => {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
};

/** Every set up to ExcelApi `max` (tests and documentation). */
export function supportsUpTo(max: string): Supports {
  const [maxMajor, maxMinor] = max.split(".").map(Number);
  return (set, version) => {
    if (set !== "ExcelApi") return false;
    const [major, minor] = version.split(".").map(Number);
    return major < maxMajor || (major === maxMajor && (minor || 0) <= maxMinor);
  };
}

export const EXCEL_API = "ExcelApi";
/** PageLayout, Range.autoFill. */
export const API_PAGE_LAYOUT = "1.9";
export const API_AUTOFILL = "1.9";
/** Worksheet.notes, Workbook.notes. */
export const API_NOTES = "1.18";
