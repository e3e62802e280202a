/**
 * Mocha set-up of a test file that drives the task pane: dist/ built if needed, served, and one
 * Chromium for the whole file; each test opens its own page (a new context) with its workbook.
 * Also the page-side helpers the tests share.
 */
import { strict as assert } from "assert";
import type { Browser, Page } from "playwright-core";
import type { SimState, SimWorkbook } from "../sim/excel";
import {
  DIST, OpenPaneOptions, Pane, PaneWorkbook, StaticServer, ensureDist, launchChromium, officeHostBundle, openPane, screenshotPath, serveDirectory,
} from "./harness";

declare global {
  interface Window {
    __sim: SimWorkbook;
    __xss?: unknown;
    __customFunctions?: string[];
    __ignoredDownloads?: string[];
  }
}

export interface PaneBrowser {
  open(workbook: PaneWorkbook, options?: OpenPaneOptions): Promise<Pane>;
}

/** Where the pane's page is served from and what it runs on: dist/ on the Excel simulator unless told. */
export interface PaneSite {
  dir: string;
  /** Builds what the pages need (once per file). */
  prepare(): Promise<unknown>;
  /** Another host than the Excel simulator (openPane's `host` option). */
  host?: () => Promise<OpenPaneOptions["host"]>;
}

const EXCEL_SITE: PaneSite = {
  dir: DIST,
  prepare: async () => {
    await ensureDist();
    await officeHostBundle();
  },
};

/** Registers before/after hooks for the file; `open` gives a new page per call, closed after each test. */
export function usePaneBrowser(site: PaneSite = EXCEL_SITE): PaneBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const open: Pane[] = [];

  before(async function () {
    this.timeout(180_000); // a first build of dist/ and the host bundle
    await site.prepare();
    server = await serveDirectory(site.dir);
    browser = await launchChromium();
  });

  afterEach(async () => {
    for (const pane of open.splice(0)) await pane.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    async open(workbook, options) {
      if (!browser || !server) throw new Error("usePaneBrowser: the before hook did not run");
      const pane = await openPane(browser, server, workbook, { ...options, ...(site.host ? { host: await site.host() } : {}) });
      open.push(pane);
      return pane;
    },
  };
}

/** Fails with the list when the page logged errors, broke its CSP or reached off the machine. */
export async function assertNoProblems(pane: Pane): Promise<void> {
  assert.deepEqual(await pane.problems(), []);
}

export const byTestId = (id: string): string => `[data-testid="${id}"]`;

/** The pane as the user sees it (the viewport, not the whole scrolled page). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = screenshotPath(name);
  await page.screenshot({ path: file });
  return file;
}

export function simState(page: Page): Promise<SimState> {
  return page.evaluate(() => window.__sim.snapshot());
}

export function simSelection(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => window.__sim.selection);
}

/** Clicks 检查工作簿 (or 重新检查) and waits until the run is over and its result is shown. */
export async function runCheck(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__sim.syncCount);
  await page.click(byTestId("check-run"));
  await page.waitForFunction((n) => {
    const run = document.querySelector<HTMLButtonElement>('[data-testid="check-run"]');
    return window.__sim.syncCount > n && run !== null && !run.disabled && document.querySelector('[data-testid="check-summary"]') !== null;
  }, before);
}

export interface ShownFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

/** The findings the list shows (not hidden by the filter or a collapsed sheet), in order. */
export function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval('[data-testid="finding"]', (buttons) =>
    (buttons as HTMLElement[])
      .filter((b) => b.offsetParent !== null)
      .map((b) => ({
        rule: b.dataset.rule ?? "",
        severity: b.dataset.severity ?? "",
        sheet: b.dataset.sheet ?? "",
        cell: b.dataset.cell ?? "",
        message: b.querySelector(".finding-message")?.textContent ?? "",
      })),
  );
}

export function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? "").trim());
}
