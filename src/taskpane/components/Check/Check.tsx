/** The check: run it, status counts, findings grouped by status and kind, select a cell, one-click fix. */
import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { statusLabel, type Finding, type Lang, type StatusCode } from "../../../core";
import { plainListStyle } from "../../styles";
import { strings } from "../../i18n";
import type { CheckProps } from "./Check.types";
import { findingKey, useCheck } from "./useCheck";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyleType: "none", margin: 0, padding: 0 },
  heading: { margin: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  kindHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: plainListStyle,
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    rowGap: tokens.spacingVerticalXXS,
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
  },
  itemSelected: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  findingButton: { justifyContent: "flex-start", textAlign: "start", height: "auto", width: "100%", minWidth: 0 },
  findingText: { display: "flex", flexDirection: "column", alignItems: "flex-start", overflowWrap: "anywhere" },
  fixButton: { alignSelf: "flex-start", marginInlineStart: tokens.spacingHorizontalS },
});

const STATUS_COLOR: Record<StatusCode, BadgeProps["color"]> = {
  achieved: "success",
  "on-track": "success",
  "needs-acceleration": "warning",
  "off-track": "danger",
  "moving-away": "danger",
  missed: "severe",
  "no-data": "informative",
  "not-assessable": "informative",
};

/** The status name shown as text, with a colour that is never the only signal. */
export function StatusBadge({ status, lang, count }: { status: StatusCode; lang: Lang; count?: number }) {
  const label = statusLabel(status, lang);
  return (
    <Badge appearance="tint" color={STATUS_COLOR[status]} shape="rounded">
      {count === undefined ? label : `${label} ${count}`}
    </Badge>
  );
}

function findingLine(f: Finding, lang: Lang): string {
  const t = strings(lang);
  return [`${f.sheet}!${f.cell}`, f.indicatorName, f.year !== undefined ? t.yearOf(f.year) : null, f.entered !== undefined ? t.entered(f.entered) : null]
    .filter(Boolean)
    .join(" · ");
}

export function Check(props: CheckProps): React.JSX.Element {
  const { lang, adapter } = props;
  const t = strings(lang);
  const styles = useStyles();
  const { report, run, check, groups, total, counts, selected, select, fix, action } = useCheck(props);
  const running = run.kind === "running";

  return (
    <div className={styles.root} aria-busy={running}>
      <Body1>{t.checkIntro}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!adapter || running} onClick={() => void check()}>
          {report ? t.refresh : t.runCheck}
        </Button>
        {running && <Spinner size="tiny" label={t.checking} />}
      </div>
      {!adapter && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.noExcel}</MessageBarBody>
        </MessageBar>
      )}
      {run.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.checkFailed}</MessageBarTitle>
            {run.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <>
          <section aria-labelledby="check-status-heading" className={styles.group}>
            <Subtitle2 as="h2" id="check-status-heading" className={styles.heading}>
              {t.statusCounts}
            </Subtitle2>
            <ul className={styles.badges}>
              {counts.map(({ status, count }) => (
                <li key={status}>
                  <StatusBadge status={status} lang={lang} count={count} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="check-findings-heading" className={styles.group}>
            <Subtitle2 as="h2" id="check-findings-heading" className={styles.heading}>
              {t.findingsTitle(total)}
            </Subtitle2>
            {total === 0 && <Body1>{t.noFindings}</Body1>}
            {groups.map((g) => {
              const statusText = g.status ? statusLabel(g.status, lang) : t.noStatus;
              const groupId = `check-group-${g.status ?? "none"}`;
              return (
                <section key={g.status ?? "none"} aria-labelledby={groupId} className={styles.group}>
                  <h3 id={groupId} className={styles.heading}>
                    {g.status ? <StatusBadge status={g.status} lang={lang} count={g.count} /> : t.groupCount(statusText, g.count)}
                  </h3>
                  {g.kinds.map((k) => (
                    <div key={k.kind} className={styles.group}>
                      <h4 className={styles.kindHeading}>{t.groupCount(t.findingKinds[k.kind], k.findings.length)}</h4>
                      <ul className={styles.list} aria-label={`${statusText} · ${t.findingKinds[k.kind]}`}>
                        {k.findings.map((f) => {
                          const key = findingKey(f);
                          const isSelected = selected === key;
                          return (
                            <li key={key} className={mergeClasses(styles.item, isSelected && styles.itemSelected)}>
                              <Button
                                appearance="subtle"
                                className={styles.findingButton}
                                aria-pressed={isSelected}
                                onClick={() => void select(f)}
                              >
                                <span className={styles.findingText}>
                                  <span>{f.message[lang] || f.message.zh}</span>
                                  <Caption1>{findingLine(f, lang)}</Caption1>
                                </span>
                              </Button>
                              {f.kind === "readable" && f.fix && (
                                <Button
                                  size="small"
                                  className={styles.fixButton}
                                  aria-label={`${t.fix(String(f.fix.value))} (${f.sheet}!${f.cell})`}
                                  onClick={() => void fix(f)}
                                >
                                  {t.fix(String(f.fix.value))}
                                </Button>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </div>
                  ))}
                </section>
              );
            })}
          </section>
        </>
      )}
      <div role="status" aria-live="polite">
        {action?.kind === "selected" && <Caption1>{t.selected(action.cell)}</Caption1>}
        {action?.kind === "fixed" && <Caption1>{t.fixDone(action.cell)}</Caption1>}
      </div>
      {action?.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{action.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
