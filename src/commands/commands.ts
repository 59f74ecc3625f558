/**
 * Ribbon commands (loaded by commands.html, the manifest's FunctionFile).
 * `checkActiveSheet` is the manifest's ExecuteFunction button.
 */
import { runCheckCommand } from "./runCheck";

/** Runs the sheet check; always signals completion so Excel releases the button. */
export async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runCheckCommand();
  } catch (error) {
    console.error("checkActiveSheet failed", error);
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // Nothing to initialise before commands run.
  });
  Office.actions?.associate("checkActiveSheet", checkActiveSheet);
}
