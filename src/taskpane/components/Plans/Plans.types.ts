import type { ConsistencyResult, Lang, Plan } from "../../../core";
import type { WorkbookAdapter } from "../../adapter.types";

export interface PlansProps {
  lang: Lang;
  adapter: WorkbookAdapter | null;
  /** The catalog; defaults to catalogPlans(). */
  plans?: Plan[];
}

/** An inconsistent row of the open plan, with the indicator's name. */
export interface ConsistencyWarning {
  indicatorId: string;
  name: string;
  result: ConsistencyResult;
}
