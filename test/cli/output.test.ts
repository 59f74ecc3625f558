/** Console tables: Chinese characters take two columns. */
import { displayWidth, formatTable } from "../../src/cli/output";

describe("output", () => {
  it("counts wide characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("指标")).toBe(4);
    expect(displayWidth("R&D经费（%）")).toBe(12);
  });

  it("aligns Chinese and ASCII cells", () => {
    const lines = formatTable([{ title: "指标" }, { title: "值", align: "right" }], [["R&D", "2.73"], ["专利", "20"]]);
    expect(lines).toEqual(["指标    值", "----  ----", "R&D   2.73", "专利    20"]);
  });
});
