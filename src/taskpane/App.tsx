/**
 * The task-pane shell: title and one tab per workflow (plans, import, check,
 * settings). Each tab states what it does; the screens themselves plug in here.
 */
import * as React from "react";
import { Body1, Caption1, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { SelectTabData, SelectTabEvent } from "@fluentui/react-components";

export type Locale = "zh-CN" | "en-US";

export const TAB_IDS = ["plans", "import", "check", "settings"] as const;
export type TabId = (typeof TAB_IDS)[number];

interface TabText {
  label: string;
  description: string;
}

interface ShellText {
  title: string;
  subtitle: string;
  tabsLabel: string;
  noHost: string;
  tabs: Record<TabId, TabText>;
}

/** Interface text; zh-CN is the default, en-US is used when Office runs in English. */
export const TEXT: Record<Locale, ShellText> = {
  "zh-CN": {
    title: "规划指标监测",
    subtitle: "Plan Indicator Tracker",
    tabsLabel: "功能",
    noHost: "未连接 Excel：在浏览器中打开，工作簿操作不可用。",
    tabs: {
      plans: {
        label: "计划",
        description: "从规划目录选择规划并插入工作簿：每个规划一张工作表，含参数、指标表、计算列，另有跨规划汇总表。",
      },
      import: {
        label: "导入",
        description: "粘贴从政策文件复制的指标表，核对解析出的草稿，修改后插入工作簿。",
      },
      check: {
        label: "检查",
        description: "读取当前工作表，报告无效或可疑的数据、单位错误、不一致的规划行和滞后指标，每条结果可定位到单元格。",
      },
      settings: {
        label: "设置",
        description: "设置界面语言和评估阈值等选项。",
      },
    },
  },
  "en-US": {
    title: "Plan Indicator Tracker",
    subtitle: "规划指标监测",
    tabsLabel: "Workflows",
    noHost: "Not connected to Excel: opened in a browser, workbook actions are unavailable.",
    tabs: {
      plans: {
        label: "Plans",
        description:
          "Pick a plan from the catalog and insert it: one sheet per plan with parameters, the indicator table and computed columns, plus a summary sheet across plans.",
      },
      import: {
        label: "Import",
        description: "Paste an indicator table copied from a policy document, review the parsed draft, correct it and insert it.",
      },
      check: {
        label: "Check",
        description:
          "Read the active sheet and report invalid or suspicious entries, unit slips, inconsistent plan rows and lagging indicators, each linked to its cell.",
      },
      settings: {
        label: "Settings",
        description: "Choose the interface language and options such as the assessment thresholds.",
      },
    },
  },
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  titles: {
    display: "flex",
    flexDirection: "column",
  },
  title: {
    margin: 0,
  },
  panel: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
});

export interface AppProps {
  /** Interface language; defaults to zh-CN. */
  locale?: Locale;
  /** True when running inside Excel (Office.onReady reported an Excel host). */
  inExcel?: boolean;
  /** Tab shown first; defaults to "plans". */
  initialTab?: TabId;
}

export function App({ locale = "zh-CN", inExcel = false, initialTab = "plans" }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const text = TEXT[locale];
  const [tab, setTab] = React.useState<TabId>(initialTab);

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData): void => {
    setTab(data.value as TabId);
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img src="assets/logo-filled.png" alt="" width={32} height={32} />
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.title}>
            {text.title}
          </Title3>
          <Caption1>{text.subtitle}</Caption1>
        </div>
      </header>
      {!inExcel && <Caption1 role="status">{text.noHost}</Caption1>}
      <TabList selectedValue={tab} onTabSelect={onTabSelect} aria-label={text.tabsLabel}>
        {TAB_IDS.map((id) => (
          <Tab key={id} id={`tab-${id}`} value={id}>
            {text.tabs[id].label}
          </Tab>
        ))}
      </TabList>
      <section role="tabpanel" aria-labelledby={`tab-${tab}`} className={styles.panel}>
        <Body1>{text.tabs[tab].description}</Body1>
      </section>
    </main>
  );
}

export default App;
