export * from "./lang";
export * from "./statusText";
export * from "./figureMessages";
export * from "./assessmentNotes";
