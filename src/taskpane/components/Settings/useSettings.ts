/** Thresholds and method as typed, checked by the engine's rule, written through the adapter. */
import * as React from "react";
import { DEFAULT_PARAMS, checkParams, type AssessmentMethod } from "../../../core";
import type { WorkbookSettings } from "../../adapter.types";
import { errorText } from "../InsertPanel/useInsertPanel";
import type { SaveState, SettingsProps } from "./Settings.types";

/** The settings from the typed text, or null when the thresholds cannot order statuses. */
export function readSettings(onTrack: string, lagging: string, method: AssessmentMethod): WorkbookSettings | null {
  const hi = Number(onTrack.trim().replace(",", "."));
  const lo = Number(lagging.trim().replace(",", "."));
  if (onTrack.trim() === "" || lagging.trim() === "") return null;
  try {
    checkParams({ onTrackThreshold: hi, laggingThreshold: lo, method });
  } catch {
    return null;
  }
  return { onTrack: hi, lagging: lo, method };
}

export function useSettings({ adapter }: SettingsProps) {
  const [onTrack, setOnTrack] = React.useState(String(DEFAULT_PARAMS.onTrackThreshold));
  const [lagging, setLagging] = React.useState(DEFAULT_PARAMS.laggingThreshold.toFixed(2));
  const [method, setMethod] = React.useState<AssessmentMethod>(DEFAULT_PARAMS.method);
  const [state, setState] = React.useState<SaveState>({ kind: "idle" });
  const settings = readSettings(onTrack, lagging, method);

  const save = React.useCallback(async () => {
    if (!adapter || !settings) return;
    setState({ kind: "running" });
    try {
      const result = await adapter.writeSettings(settings);
      setState({ kind: "done", sheets: result.sheets });
    } catch (error) {
      setState({ kind: "failed", message: errorText(error) });
    }
  }, [adapter, settings]);

  return { onTrack, setOnTrack, lagging, setLagging, method, setMethod, valid: settings !== null, state, save };
}
