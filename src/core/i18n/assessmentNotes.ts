/** Notes that explain an assessment, in the user's language. */
import type { AssessmentNote } from "../assessment/assess";
import type { Lang } from "./lang";

/** One sentence for an assessment note. */
export function assessmentNoteMessage(note: AssessmentNote, lang: Lang): string {
  const years = (note.years ?? []).join(lang === "zh" ? "、" : ", ");
  switch (note.code) {
    case "linear-fallback":
      return lang === "zh"
        ? "基期值或目标值不为正，规划路径按线性计算"
        : "baseline or target not positive: the planned path is linear";
    case "outside-range":
      return lang === "zh" ? "已达标，但超出规划区间" : "met, but outside the planned range";
    case "missing-years":
      return lang === "zh" ? `累计值未含缺报年份：${years}` : `running total leaves out unreported years: ${years}`;
    case "ratio-undefined":
      return lang === "zh" ? "目标值等于基期值，进度比无法计算，按目标比较判定" : "target equals baseline: no progress ratio, judged by the target alone";
    case "method-fallback":
      return lang === "zh" ? "增速比法需正值，已改用路径法" : "growth-rate ratio needs positive values: path method used";
    case "previous-missing":
      return lang === "zh" ? `缺少上年数据（${years}），无法计算同比` : `the previous year (${years}) is missing: no year-on-year growth`;
    case "no-target-level":
      return lang === "zh" ? "规划未给出可比较的目标值" : "the plan gives no target level to compare with";
  }
}
