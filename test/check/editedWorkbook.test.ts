/**
 * A workbook written by the tool, then edited the way people do (text typed
 * into figure cells, figures pasted over the validated range, a row added by
 * hand below the table, values in the wrong unit, a percentage typed as a
 * fraction), saved, read back and checked: findings and statuses are exact.
 */
import { join } from "node:path";
import type { GridReport } from "../../src/sheet/checkGrid";
import { editedJiaxingWorkbook } from "./edits";
import { brief, checkSaved, statuses, tempDir } from "./helpers";

describe("check of an edited workbook", () => {
  let jiaxing: GridReport;
  let quanzhou: GridReport;

  beforeAll(async () => {
    const reports = await checkSaved(await editedJiaxingWorkbook(), join(tempDir(), "edited.xlsx"));
    expect(reports.map((r) => r.sheet)).toEqual(["jiaxing-13th-fyp-st", "quanzhou-st-2017-plan"]);
    [jiaxing, quanzhou] = reports;
  });

  test("finds the table and the plan", () => {
    expect(jiaxing.planId).toBe("jiaxing-13th-fyp-st");
    expect(jiaxing.headerRow).toBe(17);
    expect(jiaxing.params).toEqual({ onTrackThreshold: 0.95, laggingThreshold: 0.6, method: "path" });
    // 36 catalog rows plus the two added by hand.
    expect(jiaxing.indicators).toHaveLength(38);
    expect(jiaxing.indicators.at(-2)).toMatchObject({ indicatorId: "规上工业企业研发机构覆盖率", indicatorName: "规上工业企业研发机构覆盖率", row: 54 });
    expect(jiaxing.indicators.at(-1)).toMatchObject({ indicatorId: "企业孵化器数量", row: 55 });
  });

  test("findings, exactly", () => {
    expect(brief(jiaxing)).toEqual([
      'suspicious R18 2018 "0.0298"',
      'suspicious R18 2018 "0.0298"',
      'inconsistent L18 "0.05个百分点"',
      "lagging AI18 2018",
      'readable P22 2016 "11.2" → 11.2',
      'readable Q22 2017 "11.9" → 11.9',
      'readable R22 2018 "12.6" → 12.6',
      'unit-converted Q23 2017 "9602万元" → 0.9602',
      "lagging AI23 2018",
      'readable P26 2016 "６２０" → 620',
      'refused Q26 2017 "暂无"',
      'refused R26 2018 "15-20"',
      "lagging AI27 2018",
      'readable Q28 2017 "345.6亿元" → 345.6',
      'suspicious R28 2018 "39800"',
      'readable P41 2016 "96.02亿元" → 96.02',
      'readable P51 2016 "１２３" → 123',
      'readable R54 2018 "40%" → 40',
      "lagging AI54 2017",
      'refused D55 ""',
    ]);
    expect(brief(quanzhou)).toEqual([
      'readable P21 2017 "1" → 1',
      'readable P25 2017 "26个" → 26',
      'refused P30 2017 "是"',
      "lagging AE33 2017",
    ]);
  });

  test("statuses, exactly: text cells are not figures, as in the sheet", () => {
    expect(statuses(jiaxing)).toEqual({
      "rd-intensity": "moving-away",
      "enterprise-rd-to-revenue": "on-track",
      "tech-transaction-value": "needs-acceleration",
      "st-smes": "off-track",
      "high-tech-investment": "achieved",
      规上工业企业研发机构覆盖率: "needs-acceleration",
    });
    // The yoy target without a printed level is computed like the sheet's formula: 26851·1.1 = 29536.1.
    expect(statuses(quanzhou)).toEqual({
      "hi-tech-zone-output": "achieved",
      "patent-applications": "achieved",
      "patent-grants": "missed",
    });
    const grants = quanzhou.indicators.find((i) => i.indicatorId === "patent-grants")!;
    expect(grants.assessment.targetLevel).toBeCloseTo(29536.1, 6);
  });

  test("messages in both languages", () => {
    const at = (r: GridReport, cell: string, kind?: string) => r.findings.find((f) => f.cell === cell && (!kind || f.kind === kind))!;
    expect(at(jiaxing, "Q23").message).toEqual({
      zh: "文本已按数值 0.9602 读取；单位已由“万元”换算为“亿元”：0.9602；公式不把文本计为数值，请改填数值 0.9602",
      en: "text read as the number 0.9602; converted from 万元 to 亿元: 0.9602; the formulas do not count text: enter the number 0.9602",
    });
    expect(at(jiaxing, "R26").message).toEqual({
      zh: "“15-20”是一个区间，请填写一个数值；该单元格不计入评估",
      en: '"15-20" is a range; enter one figure; the cell is not counted',
    });
    expect(at(jiaxing, "Q26").message.zh).toBe("“暂无”不含数字，不能作为数值；该单元格不计入评估");
    expect(jiaxing.findings.filter((f) => f.cell === "R18").map((f) => f.message.zh)).toEqual([
      "与上一年（2.88）相比变化 0.01 倍，请核实是否单位有误",
      "百分比指标填入了小数（基期值 2.73），是否应乘以100？",
    ]);
    expect(at(jiaxing, "R28").message.en).toBe("132.67 times the previous year's 300; check the unit");
    expect(at(jiaxing, "L18").message).toEqual({
      zh: "规划年均增速 0.05个百分点 与基期值 2.73、目标值 3.2 不一致：隐含年均增速为 0.094 个百分点；按规划增速，2020年目标应为 2.98",
      en: "stated growth 0.05个百分点 disagrees with baseline 2.73 and target 3.2: they imply 0.094 percentage points a year; the stated rate gives a 2020 target of 2.98",
    });
    // Growth still needed: (30 / 19.6)^(1/2) − 1 = 23.72 %.
    expect(at(jiaxing, "AI23").message).toEqual({
      zh: "需加快：进度比 0.72；2018年 19.6，规划路径值 21.9004；实现2020年目标 30 尚需年均增长 23.72%",
      en: "Needs acceleration: progress ratio 0.72; 19.6 in 2018, path value 21.9004; reaching the 2020 target of 30 needs 23.72% growth a year",
    });
    // The added pp row: (50 − 36.5) / 3 = 4.5 points a year.
    expect(at(jiaxing, "AI54").message.zh).toBe("需加快：进度比 0.81；2017年 36.5，规划路径值 38；实现2020年目标 50 尚需年均提高 4.5 个百分点");
    expect(at(jiaxing, "D55").message.en).toBe(
      "the row lacks a valid growth kind, base year or target year: the sheet's formulas compute it as a level target, and show no data without years; complete the row",
    );
    // With no years the formulas count no figure: the sheet shows 未填报, and so does the check.
    expect(jiaxing.indicators.find((i) => i.indicatorName === "企业孵化器数量")!.assessment.status).toBe("no-data");
    expect(at(quanzhou, "P21").message.zh).toBe("“1”可读作“是”，但公式不识别；请改填“是”");
    expect(at(quanzhou, "P30").message.zh).toBe("“是”不含数字，不能作为数值；该单元格不计入评估");
    expect(at(quanzhou, "AE33").message).toEqual({ zh: "未完成：2017年为 28000，目标 29536.1", en: "Missed: 28000 in 2017, target 29536.1" });
  });

  test("every finding names its sheet and indicator; fixes only on readable entries", () => {
    for (const f of [...jiaxing.findings, ...quanzhou.findings]) {
      expect([jiaxing.sheet, quanzhou.sheet]).toContain(f.sheet);
      expect(f.indicatorId).not.toBe("");
      expect(f.indicatorName).not.toBe("");
      expect(f.fix !== undefined).toBe(f.kind === "readable" || f.kind === "unit-converted");
    }
  });
});
