/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { asAdapter, fakeAdapter, renderInFluent, setupUser } from "../../testUtils";
import { Settings } from "./Settings";
import { readSettings } from "./useSettings";

describe("Settings", () => {
  it("reads thresholds with the engine's rule", () => {
    expect(readSettings("0.95", "0.60", "path")).toEqual({ onTrack: 0.95, lagging: 0.6, method: "path" });
    expect(readSettings("0.5", "0.6", "path")).toBeNull();
    expect(readSettings("", "0.6", "path")).toBeNull();
    expect(readSettings("x", "0.6", "path")).toBeNull();
  });

  it("writes thresholds and method through the adapter", async () => {
    const adapter = fakeAdapter();
    renderInFluent(<Settings lang="zh" onLangChange={() => undefined} adapter={asAdapter(adapter)} />);
    const user = setupUser();
    const onTrack = screen.getByRole("spinbutton", { name: /符合进度阈值/ });
    await user.clear(onTrack);
    await user.type(onTrack, "0.9");
    await user.click(screen.getByRole("radio", { name: /增速比法/ }));
    await user.click(screen.getByRole("button", { name: "写入工作簿" }));
    expect(await screen.findByText("已写入参数：Plan")).toBeTruthy();
    expect(adapter.writeSettings).toHaveBeenCalledWith({ onTrack: 0.9, lagging: 0.6, method: "growth-ratio" });
  });

  it("refuses thresholds that cannot order statuses", async () => {
    renderInFluent(<Settings lang="en" onLangChange={() => undefined} adapter={asAdapter(fakeAdapter())} />);
    const user = setupUser();
    const lagging = screen.getByRole("spinbutton", { name: /Off-track threshold/ });
    await user.clear(lagging);
    await user.type(lagging, "0.99");
    expect(screen.getByText("Thresholds must satisfy 0 ≤ off-track ≤ on-track")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write to workbook" }).hasAttribute("disabled")).toBe(true);
  });

  it("switches the interface language", async () => {
    const onLangChange = jest.fn();
    renderInFluent(<Settings lang="zh" onLangChange={onLangChange} adapter={null} />);
    await setupUser().click(screen.getByRole("radio", { name: "English" }));
    expect(onLangChange).toHaveBeenCalledWith("en");
    expect(screen.getByText("写入参数需要在 Excel 中运行。")).toBeTruthy();
  });
});
