/**
 * The messages of a sheet check's findings, in both languages. Pure: built
 * from the engine's readings, warnings and assessments.
 */
import {
  formatNumber,
  readingMessage,
  figureWarningMessage,
  refusalMessage,
  statusLabel,
  type Assessment,
  type FigureReading,
  type FigureWarning,
  type GrowthKind,
  type Lang,
  type RefusalReason,
  type Texts,
} from "../core";

/** Builds a text in both languages from one function of the language. */
export function texts(build: (lang: Lang) => string): Texts {
  return { zh: build("zh"), en: build("en") };
}

const n = (value: number, digits = 4) => formatNumber(value, digits);

/** A refused entry: why, and that the cell is not counted. */
export function refusedMessage(reason: RefusalReason, text: string): Texts {
  return texts((lang) =>
    lang === "zh" ? `${refusalMessage(reason, text, "zh")}；该单元格不计入评估` : `${refusalMessage(reason, text, "en")}; the cell is not counted`,
  );
}

/** Text that reads as a number: how it reads, and that the formulas do not count text. */
export function readableMessage(reading: Extract<FigureReading, { kind: "number" }>): Texts {
  return texts((lang) =>
    lang === "zh"
      ? `${readingMessage(reading, "zh") || `可读作 ${n(reading.value, 10)}`}；公式不把文本计为数值，请改填数值 ${n(reading.value, 10)}`
      : `${readingMessage(reading, "en") || `reads as ${n(reading.value, 10)}`}; the formulas do not count text: enter the number ${n(reading.value, 10)}`,
  );
}

/** A yes/no cell that reads as yes or no only to the engine (e.g. the text "1"). */
export function yesNoReadableMessage(text: string, value: number): Texts {
  return texts((lang) =>
    lang === "zh"
      ? `“${text}”可读作“${value === 1 ? "是" : "否"}”，但公式不识别；请改填“${value === 1 ? "是" : "否"}”`
      : `"${text}" reads as ${value === 1 ? "yes" : "no"} but the formulas do not recognise it; enter ${value === 1 ? "是" : "否"}`,
  );
}

/** A plausibility warning on a figure. */
export function warningMessage(warning: FigureWarning): Texts {
  return texts((lang) => figureWarningMessage(warning, lang));
}

/** The unit of a growth figure of this kind ("%", "个百分点", the indicator's unit). */
function growthUnit(kind: GrowthKind, unit: string, lang: Lang): string {
  if (kind === "cagr" || kind === "yoy") return "%";
  if (kind === "pp" || unit.trim() === "%") return lang === "zh" ? " 个百分点" : " percentage points";
  return unit ? ` ${unit}` : "";
}

/** A plan row whose stated rate disagrees with its baseline and target. */
export function inconsistentMessage(p: {
  kind: "cagr" | "pp";
  stated: number;
  statedText: string;
  base: number;
  target: number;
  targetYear: number;
  implied: number;
  decimals: number;
  targetFromStated: number;
}): Texts {
  const digits = Math.max(2, p.decimals + 2);
  return texts((lang) => {
    const u = growthUnit(p.kind, "", lang);
    return lang === "zh"
      ? `规划年均增速 ${p.statedText} 与基期值 ${n(p.base)}、目标值 ${n(p.target)} 不一致：隐含年均增速为 ${n(p.implied, digits)}${u}；按规划增速，${p.targetYear}年目标应为 ${n(p.targetFromStated)}`
      : `stated growth ${p.statedText} disagrees with baseline ${n(p.base)} and target ${n(p.target)}: they imply ${n(p.implied, digits)}${u} a year; the stated rate gives a ${p.targetYear} target of ${n(p.targetFromStated)}`;
  });
}

/** What still has to happen, for a lagging indicator. */
function neededClause(a: Assessment, kind: GrowthKind, unit: string, targetYear: number, lang: Lang): string {
  if (a.growthNeeded === null || a.targetLevel === null) return "";
  const x = n(a.growthNeeded, 2);
  const V = n(a.targetLevel);
  const u = growthUnit(kind, unit, lang);
  if (lang === "zh") {
    const verb = kind === "cagr" || kind === "yoy" ? "年均增长" : kind === "pp" ? "年均提高" : kind === "cumulative" ? "每年完成" : "每年增加";
    return `；实现${targetYear}年目标 ${V} 尚需${verb} ${x}${u}`;
  }
  const what = kind === "cagr" || kind === "yoy" ? `${x}% growth a year` : kind === "cumulative" ? `${x}${u} a year` : `+${x}${u} a year`;
  return `; reaching the ${targetYear} target of ${V} needs ${what}`;
}

/** A lagging indicator: status, progress ratio, where it stands against its path, and the growth still needed. */
export function laggingMessage(a: Assessment, kind: GrowthKind, unit: string, targetYear: number): Texts {
  return texts((lang) => {
    const status = statusLabel(a.status, lang);
    if (kind === "qualitative") {
      return lang === "zh" ? `${status}：目标尚未达成` : `${status}: the target is not achieved`;
    }
    const compared = kind === "cumulative" ? a.runningTotal : a.latest;
    if (a.status === "missed") {
      const V = a.targetLevel === null ? "" : n(a.targetLevel);
      return lang === "zh"
        ? `${status}：${targetYear}年${kind === "cumulative" ? "累计" : ""}为 ${n(compared ?? 0)}，目标 ${V}`
        : `${status}: ${kind === "cumulative" ? "running total " : ""}${n(compared ?? 0)} in ${targetYear}, target ${V}`;
    }
    const parts: string[] = [];
    if (a.ratio !== null) parts.push(lang === "zh" ? `进度比 ${n(a.ratio, 2)}` : `progress ratio ${n(a.ratio, 2)}`);
    if (a.latestYear !== null && compared !== null) {
      const where =
        a.pathValue !== null
          ? lang === "zh"
            ? `${a.latestYear}年${kind === "cumulative" ? "累计" : ""} ${n(compared)}，规划路径值 ${n(a.pathValue)}`
            : `${n(compared)} in ${a.latestYear}${kind === "cumulative" ? " (running total)" : ""}, path value ${n(a.pathValue)}`
          : lang === "zh"
            ? `${a.latestYear}年 ${n(compared)}`
            : `${n(compared)} in ${a.latestYear}`;
      parts.push(where);
    }
    const head = parts.length ? (lang === "zh" ? `${status}：${parts.join("；")}` : `${status}: ${parts.join("; ")}`) : status;
    return head + neededClause(a, kind, unit, targetYear, lang);
  });
}

/** A row whose plan columns (growth kind, base year, target year, comparator) cannot be read. */
export function rowNotAssessableMessage(): Texts {
  return texts((lang) =>
    lang === "zh"
      ? "该行缺少有效的增长类型、基期年或目标年：表中公式按“level”（目标值）计算，缺年份时显示未填报；请补全该行"
      : "the row lacks a valid growth kind, base year or target year: the sheet's formulas compute it as a level target, and show no data without years; complete the row",
  );
}

/** A parameter cell with an invalid value; the default is used. */
export function parameterMessage(label: string, entered: string, fallback: string, problem: "invalid" | "order"): Texts {
  return texts((lang) => {
    if (problem === "order") {
      return lang === "zh"
        ? `需加快阈值大于符合进度阈值，两个阈值均按默认值（0.95、0.6）检查`
        : `the needs-acceleration threshold exceeds the on-track threshold: both defaults (0.95, 0.6) are used`;
    }
    return lang === "zh"
      ? `参数“${label}”的值“${entered}”无效，检查按默认值 ${fallback} 进行`
      : `parameter "${label}" holds "${entered}", which is not valid: the check uses the default ${fallback}`;
  });
}
