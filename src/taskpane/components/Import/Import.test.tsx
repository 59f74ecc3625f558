/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { screen, within } from "@testing-library/react";
import { asAdapter, fakeAdapter, renderInFluent, setupUser } from "../../testUtils";
import { Import } from "./Import";
import { placeProblem } from "./useImport";

const JIAXING = fs.readFileSync(path.resolve(__dirname, "../../../../test/fixtures/jiaxing-main-indicators.txt"), "utf8");
/** The title, the header and the first three indicators (queries by role are slow over the whole draft in jsdom). */
const JIAXING_SHORT = JIAXING.split("\n").slice(0, 17).join("\n");

/** The validation summary (Fluent fields also render their messages as alerts). */
function summary(): HTMLElement | undefined {
  return screen.queryAllByRole("alert").find((a) => /Validation failed|校验未通过/.test(a.textContent ?? ""));
}

async function pasteAndParse(text: string) {
  const user = setupUser();
  await user.click(screen.getByRole("textbox", { name: /粘贴指标表/ }));
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "解析" }));
  return user;
}

// Fields are found by their labels: role queries compute accessible names through jsdom's slow getComputedStyle.
describe("Import", () => {
  it("parses Jiaxing's table into an editable draft with each row's fields and diagnostics", async () => {
    const { container } = renderInFluent(<Import lang="zh" adapter={null} />);
    await pasteAndParse(JIAXING);
    expect(screen.getByText(/解析出的草稿（11 个指标）/)).toBeTruthy();
    const rows = Array.from(container.querySelectorAll("fieldset")).filter((f) => /^第 \d+ 个指标/.test(f.querySelector("legend")?.textContent ?? ""));
    expect(rows).toHaveLength(11);
    const first = within(rows[0]);
    expect((first.getByLabelText("指标名称") as HTMLInputElement).value).toBe("R&D经费占GDP比重");
    expect((first.getByLabelText("单位") as HTMLInputElement).value).toBe("%");
    expect((first.getByLabelText("增长类型") as HTMLSelectElement).value).toBe("pp");
    expect((first.getByLabelText("基期值") as HTMLInputElement).value).toBe("2.73");
    expect((first.getByLabelText("目标值") as HTMLInputElement).value).toBe("3.2");
    expect((first.getByLabelText("年均增长") as HTMLInputElement).value).toBe("0.05");
    expect((screen.getByLabelText("规划编号") as HTMLInputElement).value).toBe("imported");
    // Table-level notes (title taken from the line above the header, English names missing).
    expect(screen.getAllByText(/英文名称留空/).length).toBe(1);
    expect(screen.getByText("草稿校验通过，可以插入。")).toBeTruthy();
  });

  it("re-validates corrections and names the field of each problem", async () => {
    renderInFluent(<Import lang="en" adapter={null} />);
    const user = setupUser();
    await user.click(screen.getByRole("textbox", { name: /Paste an indicator table/ }));
    await user.paste(JIAXING_SHORT);
    await user.click(screen.getByRole("button", { name: "Parse" }));
    const first = within(screen.getAllByRole("group", { name: /^Indicator 1:/ })[0]);
    const baseYear = first.getByLabelText("Base year");
    await user.clear(baseYear);
    await user.type(baseYear, "2021");
    const alert = summary()!;
    expect(alert.textContent).toContain("Validation failed (1)");
    expect(alert.textContent).toContain("Indicator 1: R&D经费占GDP比重 · Base year: the baseline year must come before the target year");
    await user.clear(screen.getByLabelText("Plan ID"));
    await user.type(screen.getByLabelText("Plan ID"), "Bad Id");
    expect(summary()!.textContent).toContain("Plan ID: id: id: lowercase letters");
    await user.clear(baseYear);
    await user.type(baseYear, "2015");
    await user.clear(screen.getByLabelText("Plan ID"));
    await user.type(screen.getByLabelText("Plan ID"), "jiaxing-draft");
    expect(summary()).toBeUndefined();
  });

  it("inserts the corrected draft through the adapter", async () => {
    const adapter = fakeAdapter();
    renderInFluent(<Import lang="zh" adapter={asAdapter(adapter)} />);
    const user = await pasteAndParse(JIAXING_SHORT);
    const first = within(screen.getAllByRole("group", { name: /^第 \d+ 个指标/ })[0]);
    await user.clear(first.getByLabelText("指标名称"));
    await user.type(first.getByLabelText("指标名称"), "研发经费投入强度");
    await user.selectOptions(first.getByLabelText("增长类型"), "level");
    await user.click(screen.getByRole("button", { name: "插入工作簿" }));
    expect(await screen.findByText(/^已插入：/)).toBeTruthy();
    const [plans, options] = adapter.insertPlans.mock.calls[0];
    expect(options).toEqual({ lang: "zh", summary: true });
    expect(plans[0].kind).toBe("imported");
    expect(plans[0].indicators[0].name.zh).toBe("研发经费投入强度");
    expect(plans[0].indicators[0].growth.kind).toBe("level");
    expect(plans[0].indicators[0].baseline.value).toBe(2.73);
  });

  it("reports a table it cannot read", async () => {
    renderInFluent(<Import lang="zh" adapter={null} />);
    await pasteAndParse("这不是一张表");
    expect(screen.getByRole("heading", { name: /解析出的草稿（0 个指标）/ })).toBeTruthy();
    expect(screen.getByText(/未找到表头/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "插入工作簿" })).toBeNull();
  });

  it("places validation problems on their row and field", () => {
    expect(placeProblem({ path: "indicators[3].target.value", zh: "", en: "" })).toMatchObject({ rowIndex: 3, field: "targetValue" });
    expect(placeProblem({ path: "indicators[0].growth.rateText", zh: "", en: "" })).toMatchObject({ rowIndex: 0, field: "rate" });
    expect(placeProblem({ path: "id", zh: "", en: "" })).toMatchObject({ rowIndex: null, field: "planId" });
    expect(placeProblem({ path: "targetYear", zh: "", en: "" })).toMatchObject({ rowIndex: null, field: null });
  });
});
