/** Status codes, in the order their rules are tried (assessment-rules.md, "Status"). */
export const STATUS_CODES = [
  "no-data",
  "not-assessable",
  "achieved",
  "missed",
  "on-track",
  "needs-acceleration",
  "off-track",
  "moving-away",
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** Statuses a manager must look at: the lagging ones, worst first. */
export const LAGGING_STATUSES: readonly StatusCode[] = ["missed", "moving-away", "off-track", "needs-acceleration"];

export function isLagging(status: StatusCode): boolean {
  return LAGGING_STATUSES.includes(status);
}
