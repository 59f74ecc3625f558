/**
 * The task-pane shell: title, the language, one tab per workflow (plans,
 * import, check, settings). The workbook adapter is injected (index.tsx).
 */
import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../core";
import type { WorkbookAdapter } from "./adapter.types";
import { TAB_IDS, strings, type TabId } from "./i18n";
import { Plans } from "./components/Plans/Plans";
import { Import } from "./components/Import/Import";
import { Check } from "./components/Check/Check";
import { Settings } from "./components/Settings/Settings";

export { TAB_IDS, type TabId };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
  panel: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, minWidth: 0 },
});

export interface AppProps {
  /** Interface language; zh by default. */
  lang?: Lang;
  /** The workbook; null in a plain browser (insert, check and settings disabled, with a message). */
  adapter?: WorkbookAdapter | null;
  /** Tab shown first; "plans" by default. */
  initialTab?: TabId;
}

export function App({ lang: initialLang = "zh", adapter = null, initialTab = "plans" }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [tab, setTab] = React.useState<TabId>(initialTab);
  const t = strings(lang);

  React.useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
  }, [lang]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img src="assets/logo-filled.png" alt="" width={32} height={32} />
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.title}>
            {t.title}
          </Title3>
          <Caption1 lang={lang === "zh" ? "en" : "zh-CN"}>{t.subtitle}</Caption1>
        </div>
      </header>
      {!adapter && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noExcelTitle}</MessageBarTitle>
            {t.noExcel}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_e, data) => setTab(data.value as TabId)} aria-label={t.tabsLabel}>
        {TAB_IDS.map((id) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {TAB_IDS.map((id) => (
        <section key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={tab !== id} className={styles.panel}>
          {id === "plans" && <Plans lang={lang} adapter={adapter} />}
          {id === "import" && <Import lang={lang} adapter={adapter} />}
          {id === "check" && <Check lang={lang} adapter={adapter} />}
          {id === "settings" && <Settings lang={lang} onLangChange={setLang} adapter={adapter} />}
        </section>
      ))}
    </main>
  );
}

export default App;
