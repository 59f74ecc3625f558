/**
 * Indicator names as printed: a leading row number, a unit in brackets at the
 * end (“R&D经费占GDP比重(%)”, “全员劳动生产率（万元/人）”), and the words
 * that mark a lower-is-better indicator.
 */
import { stripRowNumber } from "./rowLabels";
import { normalizeCell } from "./text";

export interface NameParts {
  name: string;
  /** The unit printed in brackets after the name, or "" */
  unit: string;
}

const UNIT_IN_NAME = /[（(]([^（）()]{1,10})[)）]\s*$/;
const NOT_A_UNIT = /\d|含|其中|按|以|注|包括|不|占|为|和|与/;

/** Splits a printed name into the name and the unit in its trailing brackets (row number removed). */
export function splitName(printed: string): NameParts {
  const { text } = stripRowNumber(printed.replace(/\s+/g, " ").trim());
  const match = UNIT_IN_NAME.exec(text);
  if (!match || NOT_A_UNIT.test(match[1].replace(/[²³]/g, "")) || match.index === 0) return { name: text, unit: "" };
  return { name: text.slice(0, match.index).trim(), unit: normalizeCell(match[1]) };
}

const DECREASE_WORDS = /降低|下降|能耗|排放/;

/** The word in a name that marks a lower-is-better indicator (降低, 下降, 能耗, 排放), or null. */
export function decreaseWord(name: string): string | null {
  return DECREASE_WORDS.exec(name)?.[0] ?? null;
}
