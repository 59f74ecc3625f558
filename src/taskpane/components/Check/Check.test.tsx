/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { blankAssessment, type CheckReport, type Finding, type StatusCode } from "../../../core";
import { asAdapter, fakeAdapter, renderInFluent, setupUser } from "../../testUtils";
import { Check } from "./Check";
import { groupFindings } from "./useCheck";

const SHEET = "Plan";

function assessment(indicatorId: string, status: StatusCode) {
  return { ...blankAssessment(indicatorId, status, 2), latestYear: 2018, latest: 1, targetMet: false };
}

const readable: Finding = {
  kind: "readable",
  sheet: SHEET,
  cell: "J7",
  indicatorId: "a",
  indicatorName: "专利",
  year: 2018,
  entered: "1,234件",
  message: { zh: "文本已按数值 1234 读取", en: "text read as the number 1234" },
  fix: { value: 1234 },
};
const refused: Finding = {
  kind: "refused",
  sheet: SHEET,
  cell: "K8",
  indicatorId: "b",
  indicatorName: "R&D",
  year: 2019,
  entered: "待定",
  message: { zh: "“待定”不含数字，不能作为数值", en: '"待定" contains no number' },
};
const lagging: Finding = {
  kind: "lagging",
  sheet: SHEET,
  cell: "W8",
  indicatorId: "b",
  indicatorName: "R&D",
  message: { zh: "明显滞后", en: "Off track" },
};

function report(findings: Finding[]): CheckReport {
  return {
    sheets: [
      {
        sheet: SHEET,
        planId: "p",
        indicators: [
          { sheet: SHEET, planId: "p", indicatorId: "a", indicatorName: "专利", row: 7, assessment: assessment("a", "on-track") },
          { sheet: SHEET, planId: "p", indicatorId: "b", indicatorName: "R&D", row: 8, assessment: assessment("b", "off-track") },
        ],
        findings,
      },
    ],
    counts: { "no-data": 0, "not-assessable": 0, achieved: 0, missed: 0, "on-track": 1, "needs-acceleration": 0, "off-track": 1, "moving-away": 0 },
  };
}

describe("Check", () => {
  it("groups findings by their indicator's status, then by kind, with counts", () => {
    const groups = groupFindings(report([readable, lagging, refused]));
    expect(groups.map((g) => [g.status, g.count, g.kinds.map((k) => [k.kind, k.findings.length])])).toEqual([
      ["off-track", 2, [["refused", 1], ["lagging", 1]]],
      ["on-track", 1, [["readable", 1]]],
    ]);
  });

  it("runs the check, shows counts and findings, selects a cell and applies a fix", async () => {
    const adapter = fakeAdapter();
    adapter.check.mockResolvedValueOnce(report([readable, refused, lagging])).mockResolvedValueOnce(report([refused, lagging]));
    renderInFluent(<Check lang="zh" adapter={asAdapter(adapter)} />);
    const user = setupUser();
    await user.click(screen.getByRole("button", { name: "检查工作表" }));
    expect(await screen.findByRole("heading", { name: "检查结果（3 条）" })).toBeTruthy();
    expect(adapter.check).toHaveBeenCalledWith({ lang: "zh" });
    // Status text is always shown with its count (colour is not the only signal).
    expect(screen.getAllByText("明显滞后 1").length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { name: "无效数据（1）" })).toBeTruthy();
    const list = screen.getByRole("list", { name: "明显滞后 · 无效数据" });
    await user.click(within(list).getByRole("button", { name: /不含数字/ }));
    expect(adapter.selectCell).toHaveBeenCalledWith(SHEET, "K8");
    expect(within(list).getByRole("button", { name: /不含数字/ }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText("已选中 Plan!K8")).toBeTruthy();

    // Only readable findings have the one-click fix.
    expect(screen.getAllByRole("button", { name: /改为数值/ })).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "改为数值 1234 (Plan!J7)" }));
    expect(adapter.applyFix).toHaveBeenCalledWith(readable);
    expect(await screen.findByRole("heading", { name: "检查结果（2 条）" })).toBeTruthy();
    expect(screen.getByText("已修正 Plan!J7")).toBeTruthy();
    expect(screen.getByRole("button", { name: "刷新" })).toBeTruthy();
  });

  it("reports a failed check and needs Excel without an adapter", async () => {
    const adapter = fakeAdapter();
    adapter.check.mockRejectedValueOnce(new Error("no plan sheet"));
    const { unmount } = renderInFluent(<Check lang="en" adapter={asAdapter(adapter)} />);
    await setupUser().click(screen.getByRole("button", { name: "Check workbook" }));
    expect((await screen.findByRole("alert")).textContent).toContain("no plan sheet");
    unmount();
    renderInFluent(<Check lang="en" adapter={null} />);
    expect(screen.getByRole("button", { name: "Check workbook" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText(/need the add-in running in Excel/)).toBeTruthy();
  });
});
