/**
 * Task-pane entry: waits for Office.onReady, then renders <App/> inside the
 * Fluent UI provider. Without office.js (a plain browser, the CDN out of reach)
 * it renders at once, so the pane can be opened and tested outside Excel.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type Locale } from "./App";

/** zh-CN unless Office reports an English display language. */
function localeFrom(displayLanguage: string | undefined): Locale {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

function render(locale: Locale, inExcel: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App locale={locale} inExcel={inExcel} />
      </FluentProvider>
    </React.StrictMode>,
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    render(localeFrom(inExcel ? Office.context?.displayLanguage : undefined), inExcel);
  });
} else {
  render("zh-CN", false);
}
