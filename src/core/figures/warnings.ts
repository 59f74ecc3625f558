/** Plausibility warnings on a valid figure (assessment-rules.md, "Entered figures: Warned"). */

export type FigureWarning =
  | { code: "jump"; previous: number; factor: number }
  | { code: "fraction-percent"; base: number };

/** Factor beyond which a year-on-year change is suspicious. */
export const JUMP_FACTOR = 5;

export interface WarningContext {
  unit: string;
  /** The figure of the year before (the baseline for the first year), if any. */
  previous: number | null;
  /** B, if any. */
  base: number | null;
}

/** Warnings for a figure that was read: jumps beyond ×5 or ÷5, and a percentage typed as a fraction. */
export function figureWarnings(value: number, context: WarningContext): FigureWarning[] {
  const warnings: FigureWarning[] = [];
  const { previous, base } = context;
  if (previous !== null && previous > 0 && value > 0) {
    if (value > JUMP_FACTOR * previous || value < previous / JUMP_FACTOR) {
      warnings.push({ code: "jump", previous, factor: value / previous });
    }
  }
  if (context.unit.trim() === "%" && base !== null && base > 1 && value <= 1) {
    warnings.push({ code: "fraction-percent", base });
  }
  return warnings;
}
