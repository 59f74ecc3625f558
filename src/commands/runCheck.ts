/**
 * The "check active sheet" ribbon command: reads the active plan sheet, runs the
 * engine's checks and reports the findings. The check itself is wired in by
 * issue 5; until then the command completes without doing anything.
 */
export async function runCheckCommand(): Promise<void> {}
