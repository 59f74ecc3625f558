/**
 * Helpers for the task pane's component tests (jsdom): the Fluent provider, a
 * fake adapter of jest mocks, and structuredClone (the catalog copies plans
 * with it; jsdom does not provide it).
 */
import * as React from "react";
import { configure, render } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookAdapter } from "./adapter.types";

if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
}

if (typeof window !== "undefined" && typeof window.ResizeObserver !== "function") {
  // Fluent's MessageBar watches its width; jsdom has no layout, so nothing ever resizes.
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom's getComputedStyle is slow over Fluent's many CSS rules: role queries skip the
// visibility check (the components render nothing hidden) and clicks skip the pointer-events check.
configure({ defaultHidden: true });

/** user-event without the pointer-events check (see above). */
export function setupUser() {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

export type FakeAdapter = { [K in keyof WorkbookAdapter]: jest.Mock };

/** An adapter of jest mocks that succeed: insert and settings return the sheets written. */
export function fakeAdapter(): FakeAdapter {
  return {
    insertPlans: jest.fn(async (plans: Array<{ id: string }>) => ({ sheets: plans.map((p) => p.id) })),
    check: jest.fn(),
    selectCell: jest.fn(async () => undefined),
    applyFix: jest.fn(async () => undefined),
    writeSettings: jest.fn(async () => ({ sheets: ["Plan"] })),
  };
}

export function asAdapter(fake: FakeAdapter): WorkbookAdapter {
  return fake as unknown as WorkbookAdapter;
}

/** Renders inside the Fluent provider. */
export function renderInFluent(ui: React.ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}
