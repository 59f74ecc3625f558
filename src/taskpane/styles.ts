/** Style pieces the pane's screens share (spread into each component's makeStyles). */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A bordered group of fields (fieldset) that may shrink to the pane's width. */
export const boxStyle: GriffelStyle = {
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  padding: tokens.spacingHorizontalS,
  margin: 0,
  minWidth: 0,
};

/** The legend of such a group. */
export const legendStyle: GriffelStyle = { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` };

/** A vertical list without bullets. */
export const plainListStyle: GriffelStyle = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalXS,
};
