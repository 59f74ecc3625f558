/** Settings: interface language, thresholds and method (written to the workbook's parameter cells). */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AssessmentMethod, Lang } from "../../../core";
import { boxStyle, legendStyle } from "../../styles";
import { strings } from "../../i18n";
import { ActionResult } from "../ActionResult/ActionResult";
import type { SettingsProps } from "./Settings.types";
import { useSettings } from "./useSettings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    ...boxStyle,
  },
  legend: legendStyle,
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function Settings(props: SettingsProps): React.JSX.Element {
  const { lang, onLangChange, adapter } = props;
  const t = strings(lang);
  const styles = useStyles();
  const { onTrack, setOnTrack, lagging, setLagging, method, setMethod, valid, state, save } = useSettings(props);

  return (
    <div className={styles.root}>
      <Field label={t.language} hint={t.languageHint}>
        <RadioGroup value={lang} onChange={(_e, data) => onLangChange(data.value as Lang)} name="ui-lang" layout="horizontal">
          <Radio value="zh" label="中文" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <fieldset className={styles.fieldset} aria-busy={state.kind === "running"}>
        <legend className={styles.legend}>{t.thresholds}</legend>
        <Field label={t.onTrack} hint={t.onTrackHint} validationMessage={valid ? undefined : t.settingsInvalid}>
          <Input type="number" inputMode="decimal" step={0.05} min={0} value={onTrack} onChange={(_e, d) => setOnTrack(d.value)} />
        </Field>
        <Field label={t.lagging} hint={t.laggingHint}>
          <Input type="number" inputMode="decimal" step={0.05} min={0} value={lagging} onChange={(_e, d) => setLagging(d.value)} />
        </Field>
        <Field label={t.method}>
          <RadioGroup value={method} onChange={(_e, data) => setMethod(data.value as AssessmentMethod)} name="method">
            <Radio value="path" label={t.methodPath} />
            <Radio value="growth-ratio" label={t.methodGrowth} />
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!adapter || !valid || state.kind === "running"} onClick={() => void save()}>
            {t.saveSettings}
          </Button>
          {state.kind === "running" && <Spinner size="tiny" label={t.saving} />}
        </div>
        {!adapter && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.writeNeedsExcel}</MessageBarBody>
          </MessageBar>
        )}
        <ActionResult state={state} doneText={t.settingsSaved} failedTitle={t.settingsFailed} />
      </fieldset>
    </div>
  );
}
