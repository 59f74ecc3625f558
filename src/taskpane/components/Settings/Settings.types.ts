import type { ActionState } from "../ActionResult/ActionResult.types";
import type { Lang } from "../../../core";
import type { WorkbookAdapter } from "../../adapter.types";

export interface SettingsProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  adapter: WorkbookAdapter | null;
}

export type SaveState = ActionState;
