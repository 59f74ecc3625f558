/**
 * Example figures for the demo workbooks: invented but realistic returns for
 * every catalog plan, reaching most statuses, with a few entries typed as text
 * and unit slips so that the check has something to say. Not plan data: the
 * catalog itself never holds invented figures.
 */
import type { Plan } from "../core";
import type { Entries } from "../sheet/planSheet";

/** Entries by plan id, then indicator id, then year. */
export const DEMO_ENTRIES: Readonly<Record<string, Entries>> = {
  "xiamen-13th-fyp-st": {
    "tech-progress-contribution": { 2016: 64.3, 2017: 64.5, 2018: 64.1 },
    "rd-intensity": { 2016: 3.1, 2017: 3.2, 2018: 3.3 },
    "invention-patents-per-10k": { 2016: 15.3, 2017: 16.9, 2018: 18.6 },
    "st-service-key-institutions": { 2016: 11, 2017: 9, 2018: 12 },
    "maker-space-incubated-smes": { 2016: 1500, 2017: 1800, 2018: 2100 },
  },
  "city-st-work-opinions-2015": {
    "high-tech-output-share": { 2015: 49.2 },
    "rd-intensity": { 2015: 2.58 },
    "new-high-tech-enterprises": { 2015: 72 },
    "patents-granted": { 2015: "1.05万" },
    "advanced-city-title": { 2015: "是" },
    "st-services-revenue": { 2015: 118 },
  },
  "quanzhou-st-2017-plan": {
    "patent-applications": { 2017: 63500 },
    "patent-grants": { 2017: 28000 },
    "invention-patents-per-10k": { 2017: 5.42 },
    "hi-tech-zone-output": { 2017: 1650 },
    "high-tech-va-share": { 2017: "是" },
    "new-maker-spaces-incubators": { 2017: "12家" },
    "tech-commissioner-bases": { 2017: "15-20" },
    "major-innovation-projects": { 2017: 26 },
  },
  "jiaxing-13th-fyp-st": {
    "rd-intensity": { 2016: 2.8, 2017: 2.88, 2018: 2.98 },
    "enterprise-rd-to-revenue": { 2016: 1.38, 2017: 1.45, 2018: 1.5 },
    "rd-personnel-per-10k-employed": { 2016: 124, 2017: 126.5, 2018: 130 },
    "invention-patents-per-10k": { 2016: 9.1, 2017: 10.8, 2018: 12.2 },
    "labour-productivity": { 2016: 11.2, 2017: 11.9, 2018: "１２．６" },
    "tech-transaction-value": { 2016: 15.2, 2017: "17.1亿元", 2018: "196000万元" },
    "high-tech-va-share": { 2016: 43.1, 2017: 0.441 },
    "new-product-output-rate": { 2016: 37.5, 2017: 37.2 },
    "high-tech-enterprises": { 2016: 620, 2017: "暂无", 2018: 731 },
    "st-smes": { 2016: 1700, 2017: 1750, 2018: 1790 },
    "high-tech-investment": { 2016: 300, 2017: 345, 2018: 402 },
    "high-skill-share": { 2016: 25 },
    "leading-talents": { 2016: 90, 2017: 110, 2018: 95 },
    "major-transfer-projects": { 2016: 12, 2017: 15, 2018: 14 },
    "venture-capital-firms": { 2016: 2, 2017: 1, 2018: 3 },
    "high-tech-va": { 2016: 680, 2017: 735, 2018: 790 },
  },
  "xiamen-st-industry-fusion-measures": {
    "rd-intensity": { 2025: 3.52 },
    "wipo-cluster-rank": { 2025: 68 },
    "fiscal-st-funds-annual": { 2025: 104 },
    "guided-funds": { 2025: 260 },
  },
};

/** The districts whose returns of the Jiaxing plan the demo writes, with how far each got (1 = as the city). */
export const DEMO_DISTRICTS: readonly { file: string; pace: number; typo?: { indicator: string; year: number; text: string } }[] = [
  { file: "jiaxing-nanhu.xlsx", pace: 1.3 },
  { file: "jiaxing-xiuzhou.xlsx", pace: 0.75, typo: { indicator: "st-smes", year: 2018, text: "约1800" } },
  { file: "jiaxing-haining.xlsx", pace: 0.4 },
];

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A district's return: the city's numeric figures with the change since the
 * baseline (cumulative: the yearly flows) scaled by `pace`. Text entries are
 * left out; the district's typo, if any, is typed in.
 */
export function districtEntries(plan: Plan, city: Entries, district: (typeof DEMO_DISTRICTS)[number]): Entries {
  const out: Record<string, Record<number, string | number>> = {};
  for (const ind of plan.indicators) {
    const figures = city[ind.id];
    if (!figures) continue;
    const row: Record<number, string | number> = {};
    for (const [year, value] of Object.entries(figures)) {
      if (typeof value !== "number" || (ind.unit === "%" && value < 1)) continue;
      const base = ind.baseline?.value;
      if (ind.growth.kind === "cumulative") row[Number(year)] = Math.round(value * district.pace);
      else if (base !== undefined) row[Number(year)] = round(base + (value - base) * district.pace);
      else row[Number(year)] = value;
    }
    out[ind.id] = row;
  }
  if (district.typo) (out[district.typo.indicator] ??= {})[district.typo.year] = district.typo.text;
  return out;
}
