/** Runs the check through the adapter, groups its findings, selects and fixes cells. */
import * as React from "react";
import { STATUS_CODES, type CheckReport, type Finding, type FindingKind, type StatusCode } from "../../../core";
import { errorText } from "../InsertPanel/useInsertPanel";
import type { CheckProps, CheckRun, FindingAction, StatusGroup } from "./Check.types";

/** Order of finding kinds: what refuses a figure first, lagging last. */
export const KIND_ORDER: readonly FindingKind[] = ["refused", "readable", "unit-converted", "suspicious", "inconsistent", "lagging"];

/** Order of status groups: the ones needing attention first. */
const STATUS_ORDER: readonly StatusCode[] = [
  "missed",
  "moving-away",
  "off-track",
  "needs-acceleration",
  "not-assessable",
  "no-data",
  "on-track",
  "achieved",
];

/** A stable key for a finding (sheet, cell, kind). */
export function findingKey(f: Finding): string {
  return `${f.sheet}!${f.cell}#${f.kind}`;
}

/** Findings grouped by their indicator's status, then by kind; each group counted. */
export function groupFindings(report: CheckReport): StatusGroup[] {
  const statusOf = new Map<string, StatusCode>();
  for (const sheet of report.sheets) {
    for (const ind of sheet.indicators) statusOf.set(`${sheet.sheet}\u0000${ind.indicatorId}`, ind.assessment.status);
  }
  const groups = new Map<StatusCode | null, Map<FindingKind, Finding[]>>();
  for (const sheet of report.sheets) {
    for (const f of sheet.findings) {
      const status = statusOf.get(`${f.sheet}\u0000${f.indicatorId}`) ?? null;
      const kinds = groups.get(status) ?? new Map<FindingKind, Finding[]>();
      groups.set(status, kinds);
      kinds.set(f.kind, [...(kinds.get(f.kind) ?? []), f]);
    }
  }
  const order: Array<StatusCode | null> = [...STATUS_ORDER, ...STATUS_CODES.filter((s) => !STATUS_ORDER.includes(s)), null];
  return order
    .filter((s) => groups.has(s))
    .map((status) => {
      const kinds = groups.get(status)!;
      const list = KIND_ORDER.filter((k) => kinds.has(k)).map((kind) => ({ kind, findings: kinds.get(kind)! }));
      return { status, count: list.reduce((n, g) => n + g.findings.length, 0), kinds: list };
    });
}

export function useCheck({ adapter, lang }: CheckProps) {
  const [report, setReport] = React.useState<CheckReport | null>(null);
  const [run, setRun] = React.useState<CheckRun>({ kind: "idle" });
  const [selected, setSelected] = React.useState<string | null>(null);
  const [action, setAction] = React.useState<FindingAction>(null);

  const check = React.useCallback(async () => {
    if (!adapter) return;
    setRun({ kind: "running" });
    try {
      const result = await adapter.check({ lang });
      setReport(result);
      setRun({ kind: "idle" });
    } catch (error) {
      setRun({ kind: "failed", message: errorText(error) });
    }
  }, [adapter, lang]);

  const select = React.useCallback(
    async (finding: Finding) => {
      if (!adapter) return;
      setSelected(findingKey(finding));
      try {
        await adapter.selectCell(finding.sheet, finding.cell);
        setAction({ kind: "selected", cell: `${finding.sheet}!${finding.cell}` });
      } catch (error) {
        setAction({ kind: "failed", message: errorText(error) });
      }
    },
    [adapter],
  );

  const fix = React.useCallback(
    async (finding: Finding) => {
      if (!adapter || !finding.fix) return;
      try {
        await adapter.applyFix(finding);
        setAction({ kind: "fixed", cell: `${finding.sheet}!${finding.cell}` });
        await check();
      } catch (error) {
        setAction({ kind: "failed", message: errorText(error) });
      }
    },
    [adapter, check],
  );

  const groups = React.useMemo(() => (report ? groupFindings(report) : []), [report]);
  const total = groups.reduce((n, g) => n + g.count, 0);
  const counts = report ? STATUS_ORDER.filter((s) => report.counts[s] > 0).map((s) => ({ status: s, count: report.counts[s] })) : [];

  return { report, run, check, groups, total, counts, selected, select, fix, action };
}
