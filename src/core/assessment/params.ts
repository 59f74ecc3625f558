/** Assessment parameters a workbook keeps in named cells (assessment-rules.md, "Status"). */

/** `path`: R against the planned path (default); `growth-ratio`: the SDG growth-rate ratio. */
export type AssessmentMethod = "path" | "growth-ratio";

export interface AssessmentParams {
  /** R at or above this is "on track" (默认 0.95). */
  onTrackThreshold: number;
  /** R at or above this (and below onTrackThreshold) is "needs acceleration" (默认 0.60). */
  laggingThreshold: number;
  method: AssessmentMethod;
}

export const DEFAULT_PARAMS: Readonly<AssessmentParams> = Object.freeze({
  onTrackThreshold: 0.95,
  laggingThreshold: 0.6,
  method: "path",
});

/** Throws on thresholds that cannot order statuses (misuse, not a domain outcome). */
export function checkParams(params: AssessmentParams): AssessmentParams {
  const { onTrackThreshold: hi, laggingThreshold: lo } = params;
  if (!Number.isFinite(hi) || !Number.isFinite(lo) || lo < 0 || hi < lo) {
    throw new RangeError(`thresholds must satisfy 0 <= lagging (${lo}) <= on-track (${hi})`);
  }
  return params;
}
