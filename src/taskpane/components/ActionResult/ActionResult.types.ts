/** The state of a workbook action (insert, save settings) as the pane shows it. */
export type ActionState =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; sheets: string[] }
  | { kind: "failed"; message: string };

export interface ActionResultProps {
  state: ActionState;
  /** The success text, naming the sheets written. */
  doneText: (sheets: string[]) => string;
  /** The title above an error message. */
  failedTitle: string;
}
