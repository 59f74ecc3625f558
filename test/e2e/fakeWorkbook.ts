/**
 * A fake workbook for the browser test, installed with page.addInitScript
 * before the task pane's bundle runs: it records what the pane would write
 * (inserted plans, settings, selected cells, fixes) in window.__PIT_FAKE__ and
 * answers the check with a realistic report (a readable entry with its fix, a
 * refused entry, a suspicious jump, an inconsistent plan row, lagging rows).
 *
 * The function is serialised into the page: it must not use anything from
 * outside its own body.
 */
export function installFakeWorkbook(): void {
  type Anything = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const record = {
    inserted: [] as Anything[],
    settings: [] as Anything[],
    selected: [] as Anything[],
    fixes: [] as Anything[],
    checks: 0,
  };
  const w = window as Anything;
  w.__PIT_FAKE__ = record;
  const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const SHEET = "嘉兴科技创新";

  const assessment = (indicatorId: string, status: string, latest: number | null, ratio: number | null, needed: number | null) => ({
    indicatorId,
    status,
    latestYear: latest === null ? null : 2018,
    latest,
    runningTotal: null,
    targetLevel: null,
    targetMet: latest === null ? null : false,
    pathValue: null,
    gap: null,
    ratio,
    timeShare: latest === null ? null : 0.6,
    progressShare: null,
    growthSoFar: null,
    growthNeeded: needed,
    projected: null,
    notes: [],
  });
  const indicator = (indicatorId: string, indicatorName: string, row: number, a: Anything) => ({
    sheet: SHEET,
    planId: "jiaxing-13th-fyp-st",
    indicatorId,
    indicatorName,
    row,
    assessment: a,
  });

  function report() {
    const fixed = new Set(record.fixes.map((f) => `${f.sheet}!${f.cell}`));
    const findings: Anything[] = [
      {
        kind: "readable",
        sheet: SHEET,
        cell: "N8",
        indicatorId: "enterprise-rd-share",
        indicatorName: "企业R&D经费支出占主营业务收入比重",
        year: 2018,
        entered: "１.４５％",
        message: { zh: "文本已按数值 1.45 读取", en: "text read as the number 1.45" },
        fix: { value: 1.45 },
      },
      {
        kind: "refused",
        sheet: SHEET,
        cell: "N9",
        indicatorId: "rd-personnel",
        indicatorName: "每万名从业人员中R&D人员数",
        year: 2018,
        entered: "约125-126",
        message: { zh: "“约125-126”是一个区间，请填写一个数值", en: "\"约125-126\" is a range; enter one figure" },
      },
      {
        kind: "suspicious",
        sheet: SHEET,
        cell: "M10",
        indicatorId: "patents-per-10k",
        indicatorName: "每万人发明专利拥有量",
        year: 2017,
        entered: "98",
        message: {
          zh: "与上一年（9.6）相比变化 10.21 倍，请核实是否单位有误",
          en: "10.21 times the previous year's 9.6; check the unit",
        },
      },
      {
        kind: "inconsistent",
        sheet: SHEET,
        cell: "F7",
        indicatorId: "rd-intensity",
        indicatorName: "R&D经费占GDP比重",
        message: {
          zh: "规划年均增长 0.05个百分点，按基期值和目标值推算为 0.094 个百分点",
          en: "stated growth 0.05 points a year; baseline and target imply 0.094",
        },
      },
      {
        kind: "lagging",
        sheet: SHEET,
        cell: "W7",
        indicatorId: "rd-intensity",
        indicatorName: "R&D经费占GDP比重",
        message: { zh: "需加快：还需年均提高 0.15 个百分点", en: "Needs acceleration: 0.15 points a year still needed" },
      },
      {
        kind: "lagging",
        sheet: SHEET,
        cell: "W12",
        indicatorId: "tech-market-turnover",
        indicatorName: "技术交易总额",
        message: { zh: "明显滞后：还需年均增长 31.2%", en: "Off track: 31.2% a year still needed" },
      },
    ].filter((f) => !(f.kind === "readable" && fixed.has(`${f.sheet}!${f.cell}`)));
    const indicators = [
      indicator("rd-intensity", "R&D经费占GDP比重", 7, assessment("rd-intensity", "needs-acceleration", 2.9, 0.74, 0.15)),
      indicator("enterprise-rd-share", "企业R&D经费支出占主营业务收入比重", 8, assessment("enterprise-rd-share", fixed.size ? "on-track" : "no-data", fixed.size ? 1.45 : null, null, null)),
      indicator("rd-personnel", "每万名从业人员中R&D人员数", 9, assessment("rd-personnel", "no-data", null, null, null)),
      indicator("patents-per-10k", "每万人发明专利拥有量", 10, assessment("patents-per-10k", "on-track", 9.6, 1.02, 22.1)),
      indicator("labour-productivity", "全员劳动生产率", 11, assessment("labour-productivity", "achieved", 14.6, 1.2, null)),
      indicator("tech-market-turnover", "技术交易总额", 12, assessment("tech-market-turnover", "off-track", 15.1, 0.21, 31.2)),
    ];
    const counts: Record<string, number> = {
      "no-data": 0,
      "not-assessable": 0,
      achieved: 0,
      missed: 0,
      "on-track": 0,
      "needs-acceleration": 0,
      "off-track": 0,
      "moving-away": 0,
    };
    for (const i of indicators) counts[i.assessment.status] += 1;
    return { sheets: [{ sheet: SHEET, planId: "jiaxing-13th-fyp-st", indicators, findings }], counts };
  }

  w.__PIT_TEST_ADAPTER__ = {
    async insertPlans(plans: Anything[], options: Anything) {
      await delay(400);
      record.inserted.push({
        plans: plans.map((p) => ({ id: p.id, title: p.title.zh, indicators: p.indicators.map((i: Anything) => i.name.zh) })),
        options,
      });
      const sheets = plans.map((p) => String(p.title.zh).replace(/[“”"]/g, "").slice(0, 31));
      return { sheets: options.summary ? [...sheets, options.lang === "en" ? "Summary" : "汇总"] : sheets };
    },
    async check(options: Anything) {
      record.checks += 1;
      await delay(300);
      void options;
      return report();
    },
    async selectCell(sheet: string, address: string) {
      record.selected.push({ sheet, address });
    },
    async applyFix(finding: Anything) {
      await delay(100);
      record.fixes.push({ sheet: finding.sheet, cell: finding.cell, value: finding.fix.value });
    },
    async writeSettings(settings: Anything) {
      await delay(200);
      record.settings.push(settings);
      return { sheets: [SHEET] };
    },
  };
}
