/**
 * The pure engine: plans, growth paths, assessment, entered figures, messages.
 * Imports nothing from Office, React or Node (enforced by lint).
 */
export * from "./plan";
export * from "./growth";
export * from "./assessment";
export * from "./figures";
export * from "./i18n";
export * from "./check";
export * from "./import";
