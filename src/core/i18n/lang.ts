/** The two languages of the pane and the sheets: Chinese first, English second. */
export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

/** A text in both languages. */
export interface Texts {
  zh: string;
  en: string;
}

/** Picks a language from a BCP 47 tag such as Office's display language ("zh-CN", "en-US"). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "zh";
}

/** Number formatting for messages: at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toFixed(digits)));
}
