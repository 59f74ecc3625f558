/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { catalogPlans } from "../../../catalog";
import { asAdapter, fakeAdapter, renderInFluent, setupUser } from "../../testUtils";
import { InsertPanel } from "./InsertPanel";

describe("InsertPanel", () => {
  it("shows progress while inserting, then the sheets written", async () => {
    const adapter = fakeAdapter();
    let finish: (value: { sheets: string[] }) => void = () => undefined;
    adapter.insertPlans.mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
    const plans = catalogPlans().slice(0, 1);
    renderInFluent(<InsertPanel lang="zh" adapter={asAdapter(adapter)} plans={plans} idPrefix="t" />);
    const user = setupUser();
    expect(screen.getByRole("group", { name: "插入选项" })).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "插入工作簿" }));
    expect(screen.getByRole("progressbar", { name: "正在写入工作簿…" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "插入工作簿" }).hasAttribute("disabled")).toBe(true);
    finish({ sheets: ["A", "汇总"] });
    expect(await screen.findByText("已插入：A、汇总")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(adapter.insertPlans).toHaveBeenCalledWith(plans, { lang: "en", summary: true });
  });

  it("cannot insert without plans", () => {
    renderInFluent(<InsertPanel lang="en" adapter={asAdapter(fakeAdapter())} plans={null} idPrefix="t" />);
    expect(screen.getByRole("button", { name: "Insert into workbook" }).hasAttribute("disabled")).toBe(true);
  });
});
