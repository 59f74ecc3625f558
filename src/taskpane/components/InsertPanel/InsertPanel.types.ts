import type { ActionState } from "../ActionResult/ActionResult.types";
import type { Lang, Plan } from "../../../core";
import type { WorkbookAdapter } from "../../adapter.types";

export interface InsertPanelProps {
  /** Interface language. */
  lang: Lang;
  /** The workbook, or null outside Excel (insert disabled, with a message). */
  adapter: WorkbookAdapter | null;
  /** The plans to insert; null while there is nothing valid to insert. */
  plans: Plan[] | null;
  /** Prefix for element ids, unique per screen. */
  idPrefix: string;
}

export type InsertState = ActionState;
