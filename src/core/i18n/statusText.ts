/** Status names as written into sheets and shown in the pane (assessment-rules.md, "Status"). */
import type { StatusCode } from "../assessment/status";
import type { Lang, Texts } from "./lang";

export const STATUS_TEXT: Readonly<Record<StatusCode, Texts>> = {
  "no-data": { zh: "未填报", en: "No data" },
  "not-assessable": { zh: "无法评估", en: "Not assessable" },
  achieved: { zh: "已完成", en: "Achieved" },
  missed: { zh: "未完成", en: "Missed" },
  "on-track": { zh: "符合进度", en: "On track" },
  "needs-acceleration": { zh: "需加快", en: "Needs acceleration" },
  "off-track": { zh: "明显滞后", en: "Off track" },
  "moving-away": { zh: "逆向变化", en: "Moving away" },
};

/** The status name in a language. */
export function statusLabel(status: StatusCode, lang: Lang): string {
  return STATUS_TEXT[status][lang];
}

/** The status code for a status name in either language, or null. */
export function statusFromLabel(label: string): StatusCode | null {
  const wanted = label.trim();
  for (const [code, texts] of Object.entries(STATUS_TEXT) as [StatusCode, Texts][]) {
    if (texts.zh === wanted || texts.en === wanted) return code;
  }
  return null;
}
