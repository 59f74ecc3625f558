/** The sheet layout and formula builder (pure): what both adapters render. */
export * from "./a1";
export * from "./columns";
export * from "./formulas";
export * from "./functions";
export * from "./layout.types";
export * from "./planSheet";
export * from "./readRow";
export * from "./sheetText";
export * from "./summarySheet";
export * from "./checkGrid";
export * from "./gridLayout";
export * from "./findings";
