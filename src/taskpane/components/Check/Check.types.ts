import type { Finding, FindingKind, Lang, StatusCode } from "../../../core";
import type { WorkbookAdapter } from "../../adapter.types";

export interface CheckProps {
  lang: Lang;
  adapter: WorkbookAdapter | null;
}

/** Findings of one kind inside a status group. */
export interface KindGroup {
  kind: FindingKind;
  findings: Finding[];
}

/** Findings of indicators with one status (null: the indicator was not assessed). */
export interface StatusGroup {
  status: StatusCode | null;
  count: number;
  kinds: KindGroup[];
}

export type CheckRun =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "failed"; message: string };

/** What the last action on a finding did, for the status line. */
export type FindingAction = { kind: "selected" | "fixed"; cell: string } | { kind: "failed"; message: string } | null;
