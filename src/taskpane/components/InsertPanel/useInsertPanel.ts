/** State of the insert options and of one insert run. */
import * as React from "react";
import type { Lang } from "../../../core";
import type { InsertPanelProps, InsertState } from "./InsertPanel.types";

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : JSON.stringify(error);
}

export function useInsertPanel({ lang, adapter, plans }: InsertPanelProps) {
  const [sheetLang, setSheetLang] = React.useState<Lang>(lang);
  const [summary, setSummary] = React.useState(true);
  const [state, setState] = React.useState<InsertState>({ kind: "idle" });

  // A new selection of plans clears the previous result.
  React.useEffect(() => setState({ kind: "idle" }), [plans]);

  const canInsert = adapter !== null && plans !== null && plans.length > 0 && state.kind !== "running";

  const insert = React.useCallback(async () => {
    if (!adapter || !plans || plans.length === 0) return;
    setState({ kind: "running" });
    try {
      const result = await adapter.insertPlans(plans, { lang: sheetLang, summary });
      setState({ kind: "done", sheets: result.sheets });
    } catch (error) {
      setState({ kind: "failed", message: errorText(error) });
    }
  }, [adapter, plans, sheetLang, summary]);

  return { sheetLang, setSheetLang, summary, setSummary, state, canInsert, insert };
}
