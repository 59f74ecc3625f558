/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { asAdapter, fakeAdapter, renderInFluent, setupUser } from "../../testUtils";
import { Plans } from "./Plans";
import { filterPlans } from "./usePlans";
import { catalogPlans } from "../../../catalog";

const userEvent = setupUser();

describe("Plans", () => {
  it("lists the catalog and filters it by search words", async () => {
    renderInFluent(<Plans lang="zh" adapter={null} />);
    const list = screen.getByRole("list", { name: "规划目录" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(catalogPlans().length);
    await userEvent.type(screen.getByRole("searchbox", { name: "搜索规划" }), "嘉兴");
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
    await userEvent.clear(screen.getByRole("searchbox", { name: "搜索规划" }));
    await userEvent.type(screen.getByRole("searchbox", { name: "搜索规划" }), "no such plan");
    expect(screen.getByRole("status").textContent).toContain("没有符合条件的规划");
  });

  it("finds plans by indicator names in either language", () => {
    const plans = catalogPlans();
    expect(filterPlans(plans, "R&D expenditure").length).toBeGreaterThan(0);
    expect(filterPlans(plans, "").length).toBe(plans.length);
  });

  it("opens a plan with its indicators, period, source and consistency warnings, and inserts it", async () => {
    const adapter = fakeAdapter();
    renderInFluent(<Plans lang="zh" adapter={asAdapter(adapter)} />);
    await userEvent.click(screen.getByRole("button", { name: /嘉兴科技创新发展规划/ }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: /嘉兴科技创新发展规划/ }));
    const table = screen.getByRole("table", { name: "指标表" });
    expect(within(table).getByText(/R&D经费占GDP比重/)).toBeTruthy();
    expect(screen.getByText("2015–2020")).toBeTruthy();
    expect(screen.getByText(/003_c388b18c2f34bdc3\.txt/)).toBeTruthy();
    expect(screen.getByText("规划自身不一致")).toBeTruthy();
    expect(screen.getByText(/R&D经费占GDP比重：规划年均增长 0\.05个百分点/)).toBeTruthy();

    await userEvent.click(screen.getByRole("checkbox", { name: "生成汇总表" }));
    await userEvent.click(screen.getByRole("button", { name: "插入工作簿" }));
    expect(await screen.findByText("已插入：jiaxing-13th-fyp-st")).toBeTruthy();
    expect(adapter.insertPlans).toHaveBeenCalledWith([expect.objectContaining({ id: "jiaxing-13th-fyp-st" })], { lang: "zh", summary: false });

    await userEvent.click(screen.getByRole("button", { name: /返回目录/ }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /嘉兴科技创新发展规划/ }));
  });

  it("shows an error when the insert fails, and needs Excel without an adapter", async () => {
    const adapter = fakeAdapter();
    adapter.insertPlans.mockRejectedValueOnce(new Error("sheet is protected"));
    const { unmount } = renderInFluent(<Plans lang="en" adapter={asAdapter(adapter)} />);
    await userEvent.click(screen.getByRole("button", { name: /Jiaxing/ }));
    await userEvent.click(screen.getByRole("button", { name: "Insert into workbook" }));
    expect((await screen.findByRole("alert")).textContent).toContain("sheet is protected");
    unmount();
    renderInFluent(<Plans lang="en" adapter={null} />);
    await userEvent.click(screen.getByRole("button", { name: /Jiaxing/ }));
    expect(screen.getByRole("button", { name: "Insert into workbook" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Inserting needs Excel.")).toBeTruthy();
  });
});
