export * from "./normalize";
export * from "./units";
export * from "./parseFigure";
export * from "./warnings";
