/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { renderInFluent } from "../../testUtils";
import { ActionResult } from "./ActionResult";

const doneText = (sheets: string[]) => `已写入：${sheets.join("、")}`;

describe("ActionResult", () => {
  it("announces success with the sheets written", () => {
    renderInFluent(<ActionResult state={{ kind: "done", sheets: ["a", "b"] }} doneText={doneText} failedTitle="失败" />);
    expect(screen.getByRole("status").textContent).toContain("已写入：a、b");
  });
  it("shows an error as an alert with its title and message", () => {
    renderInFluent(<ActionResult state={{ kind: "failed", message: "工作表受密码保护" }} doneText={doneText} failedTitle="插入失败" />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("插入失败");
    expect(alert.textContent).toContain("工作表受密码保护");
  });
  it("renders nothing while idle or running", () => {
    const { container } = renderInFluent(<ActionResult state={{ kind: "running" }} doneText={doneText} failedTitle="x" />);
    expect(container.textContent).toBe("");
  });
});
