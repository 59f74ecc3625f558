/** Insert options (sheet language, summary sheet), the Insert button, progress and the result. */
import * as React from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Field,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../../core";
import { boxStyle, legendStyle } from "../../styles";
import { strings } from "../../i18n";
import { ActionResult } from "../ActionResult/ActionResult";
import type { InsertPanelProps } from "./InsertPanel.types";
import { useInsertPanel } from "./useInsertPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    ...boxStyle,
  },
  legend: legendStyle,
});

export function InsertPanel(props: InsertPanelProps): React.JSX.Element {
  const { lang, adapter, idPrefix } = props;
  const t = strings(lang);
  const styles = useStyles();
  const { sheetLang, setSheetLang, summary, setSummary, state, canInsert, insert } = useInsertPanel(props);

  return (
    <fieldset className={styles.root} aria-busy={state.kind === "running"}>
      <legend className={styles.legend}>{t.insertOptions}</legend>
      <Field label={t.sheetLanguage}>
        <RadioGroup
          layout="horizontal"
          value={sheetLang}
          onChange={(_e, data) => setSheetLang(data.value as Lang)}
          name={`${idPrefix}-sheet-lang`}
        >
          <Radio value="zh" label={t.langZh} />
          <Radio value="en" label={t.langEn} />
        </RadioGroup>
      </Field>
      <Checkbox checked={summary} onChange={(_e, data) => setSummary(data.checked === true)} label={t.summarySheet} />
      <Button appearance="primary" disabled={!canInsert} onClick={() => void insert()}>
        {t.insert}
      </Button>
      {adapter === null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.needsExcel}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "running" && (
        <Field validationMessage={t.inserting} validationState="none">
          <ProgressBar aria-label={t.inserting} />
        </Field>
      )}
      <ActionResult state={state} doneText={t.insertDone} failedTitle={t.insertFailed} />
    </fieldset>
  );
}
