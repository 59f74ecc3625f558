/**
 * Task-pane entry. Picks the workbook adapter: the browser tests' fake
 * (window.__PIT_TEST_ADAPTER__, set before this bundle runs), else the
 * office.js adapter when Office.onReady reports Excel, else none (a plain
 * browser: the catalog and the import work, insert and check say they need
 * Excel). The language follows Office's display language: zh-CN by default.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { langFromLocale, type Lang } from "../core";
import { App } from "./App";
import type { WorkbookAdapter } from "./adapter.types";
import { officeAdapter } from "./officeAdapter";

function render(lang: Lang, adapter: WorkbookAdapter | null): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App lang={lang} adapter={adapter} />
      </FluentProvider>
    </React.StrictMode>,
  );
}

const testAdapter = typeof window !== "undefined" ? window.__PIT_TEST_ADAPTER__ : undefined;

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    const lang = langFromLocale(inExcel ? Office.context?.displayLanguage : undefined);
    render(lang, testAdapter ?? (inExcel ? officeAdapter() : null));
  });
} else {
  render("zh", testAdapter ?? null);
}
