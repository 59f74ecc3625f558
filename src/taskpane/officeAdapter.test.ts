/** The office adapter maps the pane's requests onto src/excel's run* functions (mocked here). */
import type { Finding } from "../core";
import * as excel from "../excel";
import { officeAdapter } from "./officeAdapter";

jest.mock("../excel", () => ({
  runInsertPlans: jest.fn(),
  runCheck: jest.fn(),
  runSelectCell: jest.fn(),
  runApplyFix: jest.fn(),
  runWriteSettingsToPlanSheets: jest.fn(),
}));

const mocked = excel as jest.Mocked<typeof excel>;
const finding: Finding = {
  kind: "readable",
  sheet: "P",
  cell: "J7",
  indicatorId: "a",
  indicatorName: "A",
  entered: "1,234",
  message: { zh: "", en: "" },
  fix: { value: 1234 },
};

beforeEach(() => jest.resetAllMocks());

describe("officeAdapter", () => {
  it("returns the sheets inserted, the summary last", async () => {
    mocked.runInsertPlans.mockResolvedValue({
      sheets: [{ planId: "p", sheet: "P", created: true }],
      summary: "汇总",
      syncs: 2,
    });
    const result = await officeAdapter().insertPlans([], { lang: "en", summary: true });
    expect(result).toEqual({ sheets: ["P", "汇总"] });
    expect(mocked.runInsertPlans).toHaveBeenCalledWith([], { lang: "en", summary: true });
  });

  it("writes the settings into every plan sheet of the workbook in one batch", async () => {
    mocked.runWriteSettingsToPlanSheets.mockResolvedValue({ sheets: ["A", "B"] });
    const settings = { onTrack: 0.9, lagging: 0.5, method: "path" as const };
    expect(await officeAdapter().writeSettings(settings)).toEqual({ sheets: ["A", "B"] });
    expect(mocked.runWriteSettingsToPlanSheets).toHaveBeenCalledWith(settings);
    expect(mocked.runCheck).not.toHaveBeenCalled();
  });

  it("passes selection through and reports a fix the cell no longer fits", async () => {
    const adapter = officeAdapter();
    await adapter.selectCell("P", "J7");
    expect(mocked.runSelectCell).toHaveBeenCalledWith("P", "J7");
    mocked.runApplyFix.mockResolvedValueOnce({ applied: true });
    await adapter.applyFix(finding);
    expect(mocked.runApplyFix).toHaveBeenCalledWith(finding, { lang: "zh" });
    mocked.runApplyFix.mockResolvedValueOnce({ applied: false, reason: "changed" });
    await expect(adapter.applyFix(finding)).rejects.toThrow("单元格内容在检查后已改变");
  });
});
