/** The outcome of a workbook action: a success status or an error alert (text, never colour alone). */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ActionResultProps } from "./ActionResult.types";

export function ActionResult({ state, doneText, failedTitle }: ActionResultProps): React.ReactElement | null {
  if (state.kind === "done") {
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>{doneText(state.sheets)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{failedTitle}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
