/** Import: paste a table, review and correct the parsed draft row by row, insert it. */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { GROWTH_KINDS, type GrowthKind, type Lang } from "../../../core";
import type { ImportDiagnostic, ImportSeverity } from "../../../core/import";
import { boxStyle } from "../../styles";
import { strings } from "../../i18n";
import { InsertPanel } from "../InsertPanel/InsertPanel";
import type { DraftRow, PlacedProblem, RowField, RowFields } from "./Import.types";
import { useImport } from "./useImport";
import type { ImportProps } from "./Import.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    ...boxStyle,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}`, overflowWrap: "anywhere" },
  wide: { gridColumn: "1 / -1" },
  diagList: { gridColumn: "1 / -1", listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  diag: { display: "flex", columnGap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  textarea: { width: "100%" },
  /** Inputs shrink with the pane (a native input is ~20 characters wide otherwise). */
  input: { width: "100%", minWidth: 0 },
  inputEl: { minWidth: 0, width: "100%" },
});

const SEVERITY_COLOR: Record<ImportSeverity, BadgeProps["color"]> = { error: "danger", warning: "warning", info: "informative" };

function Diagnostics({ items, lang }: { items: ImportDiagnostic[]; lang: Lang }) {
  const t = strings(lang);
  const styles = useStyles();
  if (!items.length) return null;
  return (
    <ul className={styles.diagList} aria-label={t.diagnosticsTitle}>
      {items.map((d, i) => (
        <li key={`${d.code}-${i}`} className={styles.diag}>
          <Badge appearance="tint" color={SEVERITY_COLOR[d.severity]} shape="rounded" className={styles.badge}>
            {t.severities[d.severity]}
          </Badge>
          <Caption1>{d[lang]}</Caption1>
        </li>
      ))}
    </ul>
  );
}

const TEXT_FIELDS: ReadonlyArray<{ field: Exclude<RowField, "kind">; wide?: boolean; numeric?: boolean }> = [
  { field: "name", wide: true },
  { field: "unit" },
  { field: "baselineYear", numeric: true },
  { field: "baselineValue", numeric: true },
  { field: "targetYear", numeric: true },
  { field: "targetValue", numeric: true },
  { field: "targetText" },
  { field: "rate", numeric: true },
];

function RowEditor(props: {
  row: DraftRow;
  index: number;
  lang: Lang;
  problems: PlacedProblem[];
  setField: <F extends RowField>(index: number, field: F, value: RowFields[F]) => void;
}) {
  const { row, index, lang, problems, setField } = props;
  const t = strings(lang);
  const styles = useStyles();
  const problemAt = (field: RowField) =>
    problems
      .filter((p) => p.rowIndex === index && p.field === field)
      .map((p) => p.problem[lang])
      .join("; ") || undefined;
  const inputFor = ({ field, wide, numeric }: (typeof TEXT_FIELDS)[number]) => {
    const message = problemAt(field);
    return (
      <Field
        key={field}
        className={wide ? styles.wide : undefined}
        label={t.fields[field]}
        size="small"
        validationState={message ? "error" : "none"}
        validationMessage={message}
      >
        <Input
          size="small"
          className={styles.input}
          input={{ className: styles.inputEl }}
          inputMode={numeric ? "decimal" : undefined}
          value={row.fields[field]}
          onChange={(_e, d) => setField(index, field, d.value)}
        />
      </Field>
    );
  };
  const kindMessage = problemAt("kind");
  return (
    <fieldset className={styles.row}>
      <legend className={styles.legend}>
        {t.rowLabel(index + 1, row.fields.name)} · {t.line(row.line)}
      </legend>
      {TEXT_FIELDS.slice(0, 2).map(inputFor)}
      <Field label={t.fields.kind} size="small" validationState={kindMessage ? "error" : "none"} validationMessage={kindMessage}>
        <Select size="small" className={styles.input} value={row.fields.kind} onChange={(_e, d) => setField(index, "kind", d.value as GrowthKind)}>
          {GROWTH_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      {TEXT_FIELDS.slice(2).map(inputFor)}
      <Diagnostics items={row.diagnostics} lang={lang} />
    </fieldset>
  );
}

/** The name of the field a problem is about, in the interface language. */
function fieldName(p: PlacedProblem, t: ReturnType<typeof strings>): string {
  if (p.field === "planId") return t.planId;
  if (p.field === "planTitle") return t.planTitle;
  return p.field ? t.fields[p.field] : "";
}

export function Import(props: ImportProps): React.JSX.Element {
  const { lang, adapter } = props;
  const t = strings(lang);
  const styles = useStyles();
  const s = useImport(props);
  const planProblem = (field: "planId" | "planTitle") =>
    s.problems
      .filter((p) => p.field === field)
      .map((p) => p.problem[lang])
      .join("; ") || undefined;

  return (
    <div className={styles.root}>
      <Field label={t.pasteLabel} hint={t.pasteHint}>
        <Textarea className={styles.textarea} resize="vertical" rows={6} value={s.pasted} onChange={(_e, d) => s.setPasted(d.value)} />
      </Field>
      <Button appearance="primary" disabled={s.pasted.trim() === ""} onClick={s.parse}>
        {t.parse}
      </Button>
      {!s.result && <Caption1>{t.draftEmpty}</Caption1>}
      {s.result && (
        <section aria-labelledby="import-draft-heading" className={styles.root}>
          <Subtitle2 as="h2" id="import-draft-heading" className={styles.heading}>
            {t.draftTitle(s.rows.length)}
          </Subtitle2>
          {s.general.length > 0 && (
            <section aria-label={t.tableDiagnostics}>
              <Diagnostics items={s.general} lang={lang} />
            </section>
          )}
          {s.result.plan && (
            <>
              <Field label={t.planId} validationState={planProblem("planId") ? "error" : "none"} validationMessage={planProblem("planId")}>
                <Input value={s.planId} onChange={(_e, d) => s.setPlanId(d.value)} />
              </Field>
              <Field label={t.planTitle} validationState={planProblem("planTitle") ? "error" : "none"} validationMessage={planProblem("planTitle")}>
                <Input value={s.planTitle} onChange={(_e, d) => s.setPlanTitle(d.value)} />
              </Field>
              {s.rows.map((row, i) => (
                <RowEditor key={row.original.id} row={row} index={i} lang={lang} problems={s.problems} setField={s.setField} />
              ))}
              {s.problems.length > 0 ? (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>
                    <MessageBarTitle>{t.problemsTitle(s.problems.length)}</MessageBarTitle>
                    <ul className={styles.list}>
                      {s.problems.map((p, i) => (
                        <li key={i}>
                          {p.rowIndex !== null ? `${t.rowLabel(p.rowIndex + 1, s.rows[p.rowIndex]?.fields.name ?? "")} · ` : ""}
                          {fieldName(p, t) ? `${fieldName(p, t)}${lang === "zh" ? "：" : ": "}` : ""}
                          {p.problem[lang]}
                        </li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              ) : (
                <MessageBar intent="success" layout="multiline">
                  <MessageBarBody>{t.draftValid}</MessageBarBody>
                </MessageBar>
              )}
              <InsertPanel lang={lang} adapter={adapter} plans={s.toInsert} idPrefix="import" />
            </>
          )}
        </section>
      )}
    </div>
  );
}
