export * from "./params";
export * from "./status";
export * from "./terms";
export * from "./assess";
export * from "./consistency";
