import type { Lang } from "../../../core";
import type { WorkbookAdapter } from "../../adapter.types";

export interface SettingsProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  adapter: WorkbookAdapter | null;
}

export type SaveState =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; sheets: string[] }
  | { kind: "failed"; message: string };
