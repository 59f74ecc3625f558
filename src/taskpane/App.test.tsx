/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { App } from "./App";
import { STRINGS } from "./i18n";
import { asAdapter, fakeAdapter, renderInFluent, setupUser } from "./testUtils";

describe("App", () => {
  it("opens in Chinese on the plans tab and says Excel is needed without an adapter", () => {
    renderInFluent(<App adapter={null} />);
    expect(screen.getByRole("heading", { name: "规划指标监测" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "计划" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("未连接 Excel")).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("moves between tabs and switches the language in Settings", async () => {
    renderInFluent(<App adapter={asAdapter(fakeAdapter())} />);
    const user = setupUser();
    expect(screen.queryByText("未连接 Excel")).toBeNull();
    await user.click(screen.getByRole("tab", { name: "设置" }));
    expect(screen.getByRole("tabpanel", { name: "设置" }).hidden).toBe(false);
    expect(document.getElementById("panel-plans")?.hidden).toBe(true);
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByRole("heading", { name: "Plan Indicator Tracker" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Check" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en-US");
  });

  it("has every interface text in both languages", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
  });
});
