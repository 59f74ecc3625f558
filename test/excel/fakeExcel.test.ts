/** The fake context enforces office.js's load/sync rules (so the adapter's tests mean something). */
import { fakeContext, FakeWorkbook } from "./fakeExcel";

describe("fake Excel context", () => {
  function setup(api = "1.8") {
    const state = new FakeWorkbook();
    state.addSheet("S");
    state.type("S", "B2", 5);
    return fakeContext(state, { api });
  }

  it("throws on a property read before load, and before sync after load", async () => {
    const { context } = setup();
    const range = context.workbook.worksheets.getItem("S").getRange("B2");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([[5]]);
    expect(() => range.formulas).toThrow(/PropertyNotLoaded/);
  });

  it("runs writes only at sync, in order, and counts syncs and calls", async () => {
    const { context, fake } = setup();
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
    range.formulas = [["x", "=A1"]];
    expect(fake.state.get("S", "A1")).toBe("");
    await context.sync();
    expect(fake.state.get("S", "B1")).toBe("=A1");
    expect(fake.syncs).toBe(1);
    expect(fake.calls.map((c) => c.name)).toEqual(["getItem", "formulas"]);
  });

  it("rejects the sync for a missing sheet, a mis-sized matrix, a locked cell on a protected sheet, newer APIs", async () => {
    const { context } = setup();
    context.workbook.worksheets.getItem("missing").getRange("A1").formulas = [[1]];
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
    context.workbook.worksheets.getItem("S").getRange("A1:B1").formulas = [[1]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").format.protection.locked = false;
    sheet.protection.protect();
    sheet.getRange("A1").formulas = [[1]];
    await context.sync();
    sheet.getRange("A2").formulas = [[1]];
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
    expect(() => sheet.pageLayout).toThrow(/ApiNotFound/);
    expect(() => sheet.notes).toThrow(/ApiNotFound/);
  });

  it("null objects: isNullObject after sync, properties of a null object stay unavailable", async () => {
    const { context } = setup();
    const ws = context.workbook.worksheets.getItemOrNullObject("nope");
    ws.load("name");
    await context.sync();
    expect(ws.isNullObject).toBe(true);
    expect(() => ws.name).toThrow(/PropertyNotLoaded/);
  });
});
