/** The plan catalog: search, the list, one plan's detail (indicators, source, period, consistency) and Insert. */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  SearchBox,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang, Plan } from "../../../core";
import { plainListStyle } from "../../styles";
import { num, strings } from "../../i18n";
import { InsertPanel } from "../InsertPanel/InsertPanel";
import type { ConsistencyWarning, PlansProps } from "./Plans.types";
import { pick, usePlans } from "./usePlans";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: plainListStyle,
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    height: "auto",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  itemText: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, overflowWrap: "anywhere" },
  table: { tableLayout: "auto", width: "100%" },
  nameCell: { overflowWrap: "anywhere" },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  rate: { textAlign: "end" },
  back: { alignSelf: "flex-start" },
  warnList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function rateUnit(plan: Plan, w: ConsistencyWarning, lang: Lang): string {
  const kind = plan.indicators.find((i) => i.id === w.indicatorId)?.growth.kind;
  if (kind === "pp") return lang === "zh" ? "个百分点" : " points";
  return "%";
}

function PlanDetail({ plan, lang, warnings }: { plan: Plan; lang: Lang; warnings: ConsistencyWarning[] }) {
  const t = strings(lang);
  const styles = useStyles();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headingRef.current?.focus(), [plan.id]);
  return (
    <>
      <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
        <Subtitle2>{pick(plan.title, lang)}</Subtitle2>
      </h2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.issuer}</dt>
        <dd className={styles.def}>{pick(plan.issuer, lang)}</dd>
        <dt className={styles.term}>{t.period}</dt>
        <dd className={styles.def}>
          {plan.baseYear}–{plan.targetYear}
        </dd>
        <dt className={styles.term}>{t.source}</dt>
        <dd className={styles.def}>
          {plan.source.document}
          {plan.source.section ? ` · ${plan.source.section}` : ""}
        </dd>
      </dl>
      {warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.consistencyTitle}</MessageBarTitle>
            <ul className={styles.warnList}>
              {warnings.map((w) => {
                const unit = rateUnit(plan, w, lang);
                const indicator = plan.indicators.find((i) => i.id === w.indicatorId);
                return (
                  <li key={w.indicatorId}>
                    {t.consistencyItem(
                      w.name,
                      w.result.statedText,
                      `${num(w.result.implied, w.result.decimals + 2)}${unit}`,
                      `${num(w.result.targetFromStated, 2)}${indicator?.unit && indicator.unit !== "%" ? ` ${indicator.unit}` : ""}`,
                    )}
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Caption1>{t.consistencyNone}</Caption1>
      )}
      <Table size="extra-small" aria-label={t.indicatorTable} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colIndicator}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.colBaseline}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.colTarget}</TableHeaderCell>
            <TableHeaderCell className={styles.rate}>{t.colRate}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.indicators.map((ind) => (
            <TableRow key={ind.id}>
              <TableCell className={styles.nameCell}>
                {pick(ind.name, lang)}
                {ind.unit ? ` (${ind.unit})` : ""}
              </TableCell>
              <TableCell className={styles.num}>{ind.baseline ? num(ind.baseline.value) : "—"}</TableCell>
              <TableCell className={styles.num}>{ind.target.text || num(ind.target.value)}</TableCell>
              <TableCell className={styles.rate}>{ind.growth.rateText ?? "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function Plans(props: PlansProps): React.JSX.Element {
  const { lang, adapter } = props;
  const t = strings(lang);
  const styles = useStyles();
  const { query, setQuery, found, open, openPlan, close, toInsert, warnings } = usePlans(props);
  const lastOpened = React.useRef<string | null>(null);
  const itemRefs = React.useRef(new Map<string, HTMLElement>());

  React.useEffect(() => {
    // Back from a plan: focus returns to the plan that was open.
    if (!open && lastOpened.current) itemRefs.current.get(lastOpened.current)?.focus();
  }, [open]);

  if (open) {
    return (
      <div className={styles.root}>
        <Button className={styles.back} appearance="subtle" onClick={close}>
          ← {t.back}
        </Button>
        <PlanDetail plan={open} lang={lang} warnings={warnings} />
        <InsertPanel lang={lang} adapter={adapter} plans={toInsert} idPrefix="plans" />
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <SearchBox
        aria-label={t.searchPlans}
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(_e, data) => setQuery(data.value)}
      />
      <ul className={styles.list} aria-label={t.planList}>
        {found.map((plan) => (
          <li key={plan.id}>
            <Button
              className={styles.item}
              appearance="subtle"
              ref={(el) => {
                if (el) itemRefs.current.set(plan.id, el);
              }}
              onClick={() => {
                lastOpened.current = plan.id;
                openPlan(plan.id);
              }}
            >
              <span className={styles.itemText}>
                <Body1>{pick(plan.title, lang)}</Body1>
                <Caption1>
                  {plan.baseYear}–{plan.targetYear} · {t.indicatorCount(plan.indicators.length)}
                </Caption1>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {found.length === 0 && <Body1 role="status">{t.noPlanMatches}</Body1>}
    </div>
  );
}
